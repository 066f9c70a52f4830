/**
 * Text as the PDF can lay it out without surprises. Whatever a user pasted (or an import brought in) must
 * never crash the export or stall it:
 * - control characters (NUL, BEL, ESC…) become spaces, CR LF and lone CR become line breaks, tabs spaces;
 * - zero-width and directional format characters (ZWJ, variation selectors, RLO…) are dropped: the font
 *   has no glyph for them, so each would print as a box, and the PDF does not reorder right-to-left text
 *   anyway;
 * - lone UTF-16 surrogates become U+FFFD;
 * - a run of characters with no line-break opportunity (a 100,000-character "word") gets a line break
 *   every 80 characters: pdfkit splits an over-long word by re-measuring the rest of it for every line,
 *   which is quadratic (20,000 characters took 6 s). Runs that short never reach pdfkit's slow path, and
 *   real words, URLs and 64-digit hashes stay whole.
 */

// These patterns are about control and format characters: that is the point of them.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** Format characters (ZWSP, ZWJ, bidi controls, soft hyphen, tags), variation selectors, Hangul fillers. */
const FORMAT = /\p{Cf}|\p{Variation_Selector}|\u115f|\u1160|\u3164|\uffa0/gu;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Characters after or before which a line may break: spaces, CJK, and the hyphen and slash of URLs. */
const BREAKABLE = /[\s\-/\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;
const MAX_RUN = 80;

export function printable(text: string): string {
  const cleaned = text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '    ')
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(FORMAT, '')
    .replace(CONTROL, ' ');
  return breakLongRuns(cleaned);
}

function breakLongRuns(text: string): string {
  let run = 0;
  let longest = 0;
  for (const ch of text) {
    run = BREAKABLE.test(ch) ? 0 : run + 1;
    if (run > longest) longest = run;
  }
  if (longest <= MAX_RUN) return text;
  let out = '';
  run = 0;
  for (const ch of text) {
    if (BREAKABLE.test(ch)) run = 0;
    else if (++run > MAX_RUN) {
      out += '\n';
      run = 1;
    }
    out += ch;
  }
  return out;
}
