/**
 * Bytes → text for the text formats. A BOM decides (UTF-8, UTF-16LE/BE); BOM-less UTF-16 is recognised by
 * its zero bytes; otherwise UTF-8, and when that fails, line by line: lines that are valid UTF-8 stay
 * UTF-8 (files glued together from several sources mix encodings), the others are decoded as GB18030 or
 * Big5, whichever reads as more plausible Chinese, with an 'encoding_guessed' warning naming the lines.
 * Binary files (NUL bytes, control characters, known binary signatures) are refused as 'not_text'.
 */
import { ImportError } from './importError';
import type { ParseWarning } from './types';

export interface DecodedText {
  text: string;
  encoding: string;
  warnings: ParseWarning[];
}

const SIGNATURES: { bytes: number[]; what: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (unzip the export first)' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: 'a 7z archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Office document' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], what: 'an SQLite database' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'a program' },
  { bytes: [0x4d, 0x5a], what: 'a Windows program' },
];

/** Refuses known binary signatures before any decoding. */
export function assertNotBinarySignature(bytes: Uint8Array, name: string): void {
  for (const sig of SIGNATURES) {
    if (sig.bytes.every((b, i) => bytes[i] === b)) {
      throw new ImportError('not_text', `"${name}" is ${sig.what}, not a chat transcript.`);
    }
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeText(bytes: Uint8Array, name: string): DecodedText {
  assertNotBinarySignature(bytes, name);
  const bom = detectBom(bytes);
  if (bom) {
    const text = decodeOrRefuse(bom.encoding, bytes.subarray(bom.length), name);
    return checked({ text, encoding: bom.encoding, warnings: [] }, name);
  }
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return checked({ text: decodeOrRefuse(utf16, bytes, name), encoding: utf16, warnings: [] }, name);
  if (bytes.includes(0)) throw notText(name, 'it contains NUL bytes');
  try {
    return checked({ text: utf8.decode(bytes), encoding: 'utf-8', warnings: [] }, name);
  } catch {
    return checked(decodeByLine(bytes, name), name);
  }
}

function detectBom(b: Uint8Array): { encoding: string; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Mostly-ASCII UTF-16 has a zero in every other byte. */
function guessBomlessUtf16(b: Uint8Array): string | null {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZeros++;
    if (b[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function decodeOrRefuse(encoding: string, bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw notText(name, `it is not valid ${encoding.toUpperCase()} text`);
  }
}

function notText(name: string, why: string): ImportError {
  return new ImportError('not_text', `"${name}" is not a text transcript: ${why}.`);
}

/** Control characters other than tab, line feed, form feed and carriage return mean binary data. */
function checked(decoded: DecodedText, name: string): DecodedText {
  const { text } = decoded;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d && c !== 0x0b && c !== 0x1b) {
      if (c === 0) throw notText(name, 'it contains NUL characters');
      controls++;
    }
  }
  if (controls > 8 && controls > text.length / 200) throw notText(name, 'it contains binary control characters');
  return decoded;
}

/** Split on LF/CR bytes: safe for UTF-8, GB18030 and Big5, whose multi-byte sequences never contain them. */
function splitLines(bytes: Uint8Array): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0a || b === 0x0d) {
      lines.push({ start, end: i });
      start = i + 1;
    }
  }
  lines.push({ start, end: bytes.length });
  return lines;
}

const FALLBACKS = ['gb18030', 'big5'] as const;

function decodeByLine(bytes: Uint8Array, name: string): DecodedText {
  const lines = splitLines(bytes);
  const foreign: number[] = [];
  const pieces: (string | null)[] = lines.map(({ start, end }, i) => {
    try {
      return utf8.decode(bytes.subarray(start, end));
    } catch {
      foreign.push(i);
      return null;
    }
  });
  const fallback = pickFallback(foreign.map((i) => bytes.subarray(lines[i]!.start, lines[i]!.end)));
  const strict = new TextDecoder(fallback, { fatal: true });
  const lenient = new TextDecoder(fallback);
  const undecodable: number[] = [];
  for (const i of foreign) {
    const slice = bytes.subarray(lines[i]!.start, lines[i]!.end);
    try {
      pieces[i] = strict.decode(slice);
    } catch {
      undecodable.push(i);
      pieces[i] = lenient.decode(slice);
    }
  }
  if (undecodable.length > Math.max(2, lines.length * 0.1)) throw notText(name, 'most of it decodes as no known text encoding');
  // Rebuild with the original line break bytes.
  let text = '';
  for (let i = 0; i < lines.length; i++) {
    text += pieces[i];
    const brk = lines[i]!.end;
    if (brk < bytes.length) text += bytes[brk] === 0x0d ? '\r' : '\n';
  }
  const lineNo = lineNumbers(lines, bytes);
  const warnings: ParseWarning[] = [];
  const allForeign = foreign.length === lines.filter((l) => l.end > l.start).length;
  warnings.push({
    code: 'encoding_guessed',
    message: allForeign
      ? `The file is not UTF-8; it was read as ${fallback.toUpperCase()}. Check that the Chinese text looks right.`
      : `${foreign.length} line(s) were not UTF-8 and were read as ${fallback.toUpperCase()} (lines ${listLines(foreign.map((i) => lineNo[i]!))}). Check that they look right.`,
  });
  for (const i of undecodable) {
    warnings.push({
      code: 'undecodable_line',
      line: lineNo[i]!,
      message: 'Some bytes on this line are not valid in any encoding tried; they show as �.',
      text: pieces[i] ?? '',
    });
  }
  return { text, encoding: allForeign ? fallback : `utf-8+${fallback}`, warnings };
}

/** Byte-line index → 1-based line number as the text parsers count it (CRLF is one break). */
function lineNumbers(lines: { start: number; end: number }[], bytes: Uint8Array): number[] {
  const numbers: number[] = [];
  let n = 1;
  for (let i = 0; i < lines.length; i++) {
    numbers.push(n);
    const brk = lines[i]!.end;
    if (!(bytes[brk] === 0x0d && bytes[brk + 1] === 0x0a)) n++;
  }
  return numbers;
}

function listLines(numbers: number[]): string {
  const unique = [...new Set(numbers)];
  const shown = unique.slice(0, 10).join(', ');
  return unique.length > 10 ? `${shown}, …` : shown;
}

/** GB18030 accepts almost any byte pair, so "decodes without error" is not enough: score plausibility. */
function pickFallback(samples: Uint8Array[]): (typeof FALLBACKS)[number] {
  let best: (typeof FALLBACKS)[number] = 'gb18030';
  let bestScore = -Infinity;
  for (const encoding of FALLBACKS) {
    const strict = new TextDecoder(encoding, { fatal: true });
    const lenient = new TextDecoder(encoding);
    let score = 0;
    for (const sample of samples.slice(0, 200)) {
      let text: string;
      try {
        text = strict.decode(sample);
      } catch {
        score -= 50;
        text = lenient.decode(sample);
      }
      for (const ch of text) {
        if (COMMON.has(ch)) score += 2;
        else if (ch === '\uFFFD') score -= 10;
        else if (/[\u4e00-\u9fff]/.test(ch)) score += 0;
        else if (ch.charCodeAt(0) > 0x7f && !/[\u3000-\u303f\uff00-\uffef]/.test(ch)) score -= 1;
      }
    }
    if (score > bestScore) {
      bestScore = score;
      best = encoding;
    }
  }
  return best;
}

/** Frequent characters of support chats, simplified and traditional. */
const COMMON = new Set(
  '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代产入先五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴切米规们為來說這個國時會對學過後麼與發經見長樣現將當還從動兩點問關機間實種氣開頭體東業話號報兒無進請應該員賬戶帳號錢幣額處於客服務單提現儲值您充值提现账户冻结凍結审核審核交易哈希址网络網絡到账到帳工单工單',
);
