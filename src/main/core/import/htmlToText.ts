/**
 * HTML e-mail bodies → plain text that is safe to show anywhere: no markup survives (the result is text,
 * never re-parsed as HTML), script/style/head contents are dropped, block ends and <br> become line
 * breaks, links keep their target beside their text (a support e-mail's links are evidence too), entities
 * are decoded. One forward scan: linear even on hostile input (thousands of unclosed "<script").
 */

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', copy: '©', reg: '®', trade: '™', hellip: '…',
  mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bull: '•', middot: '·', yen: '¥', euro: '€',
  pound: '£', cent: '¢', times: '×', divide: '÷', laquo: '«', raquo: '»', deg: '°', plusmn: '±', para: '¶', sect: '§',
  ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', zwnj: '\u200C', zwj: '\u200D', lrm: '\u200E', rlm: '\u200F',
};

// Private-use characters mark structure during the scan; any in the input are removed first.
const LINK_OPEN = '\uE001';
const LINK_MID = '\uE002';
const LINK_CLOSE = '\uE003';
const SOFT_BREAK = '\uE004';
const PARAGRAPH = '\uE005';
const MARKERS = /[\uE001-\uE005]/g;

export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});?/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || (code >= 0xe001 && code <= 0xe005)) return '\uFFFD';
      return String.fromCodePoint(code);
    }
    return NAMED[body] ?? NAMED[body.toLowerCase()] ?? whole;
  });
}

/** Elements whose content is never text for the reader. */
const DROPPED = new Set(['script', 'style', 'head', 'title', 'template', 'noscript', 'iframe', 'object', 'svg', 'xml']);
const PARAGRAPHS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'table', 'ul', 'ol', 'pre', 'hr']);
const BLOCKS = new Set(['div', 'tr', 'section', 'article', 'header', 'footer', 'dl', 'dt', 'dd', 'center', 'address', 'form', 'fieldset', 'main', 'nav', 'aside', 'figure', 'caption', 'tbody', 'thead']);

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? decodeEntities((m[1] ?? m[2] ?? m[3] ?? '').trim()) : undefined;
}

const textPiece = (raw: string) => decodeEntities(raw.replace(MARKERS, '').replace(/[ \t\r\n\f]+/g, ' '));

export function htmlToText(html: string): string {
  const lower = html.toLowerCase();
  const out: string[] = [];
  const hrefs: string[] = [];
  const n = html.length;
  let i = 0;
  let gt = -1; // index of the next '>' at or after the current '<' (kept, so the scan stays linear)
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out.push(textPiece(html.slice(i)));
      break;
    }
    out.push(textPiece(html.slice(i, lt)));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (gt < lt) gt = html.indexOf('>', lt);
    if (gt < 0) {
      out.push(textPiece(html.slice(lt)));
      break;
    }
    const tag = html.slice(lt + 1, gt);
    const m = /^(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/.exec(tag);
    if (!m) {
      if (tag.startsWith('!') || tag.startsWith('?')) i = gt + 1; // <!DOCTYPE>, <?xml?>
      else {
        out.push('<');
        i = lt + 1;
      }
      continue;
    }
    i = gt + 1;
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    if (!closing && DROPPED.has(name) && !tag.endsWith('/')) {
      const end = lower.indexOf(`</${name}`, i);
      const after = end < 0 ? -1 : lower.indexOf('>', end);
      i = after < 0 ? n : after + 1;
      continue;
    }
    if (name === 'br') out.push('\n');
    else if (name === 'li') out.push(closing ? SOFT_BREAK : `${SOFT_BREAK}• `);
    else if ((name === 'td' || name === 'th') && closing) out.push('\t');
    else if (PARAGRAPHS.has(name)) out.push(PARAGRAPH);
    else if (BLOCKS.has(name)) out.push(SOFT_BREAK);
    else if (name === 'a') {
      if (closing) out.push(LINK_CLOSE);
      else {
        hrefs.push(attribute(tag, 'href') ?? '');
        out.push(`${LINK_OPEN}${hrefs.length - 1}${LINK_MID}`);
      }
    } else if (name === 'img') {
      const alt = attribute(tag, 'alt');
      if (alt) out.push(`[${alt}]`);
    }
  }
  const linked = out.join('').replace(/\uE001(\d+)\uE002([^\uE001\uE003]*)\uE003?/g, (_m, index: string, text: string) => {
    const href = hrefs[Number(index)] ?? '';
    const shown = text.replace(/[\uE004\uE005]/g, ' ').trim();
    if (!/^(https?:|mailto:)/i.test(href) || shown === href || shown === href.replace(/^mailto:/i, '')) return text;
    return `${text} (${href})`;
  });
  return linked
    .replace(/[\uE001-\uE003]/g, '')
    .replace(/[ \t]*(?:[\uE004\uE005][ \t]*)+/g, (run) => (run.includes(PARAGRAPH) ? '\n\n' : '\n'))
    .split('\n')
    .map((line) => line.replace(/[ \u00A0]+/g, ' ').replace(/^[ \u00A0]+|[ \t\u00A0]+$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
