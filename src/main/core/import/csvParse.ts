/**
 * RFC 4180 CSV: quoted fields, "" for a quote inside quotes, line breaks inside quotes, CRLF/LF/CR rows.
 * Lenient where real files are sloppy: a quote inside an unquoted field is kept as a character, and an
 * unterminated quote runs to the end of the file (reported, not thrown). The delimiter (, ; tab |) is the
 * one that splits the first rows into the most consistent number of fields.
 */

export interface CsvRow {
  cells: string[];
  /** 1-based line where the row starts. */
  line: number;
}

export interface CsvParsed {
  rows: CsvRow[];
  /** Line where a quoted field opened and never closed. */
  unterminatedAt: number | null;
}

export const DELIMITERS = [',', ';', '\t', '|'] as const;

export function parseCsv(text: string, delimiter: string, maxRows = Infinity): CsvParsed {
  const rows: CsvRow[] = [];
  const d = delimiter.charCodeAt(0);
  let cells: string[] = [];
  let i = 0;
  let line = 1;
  let rowLine = 1;
  let unterminatedAt: number | null = null;
  const n = text.length;
  let atRowStart = true;

  const endRow = () => {
    rows.push({ cells, line: rowLine });
    cells = [];
    atRowStart = true;
  };

  while (i < n && rows.length < maxRows) {
    if (atRowStart) {
      rowLine = line;
      atRowStart = false;
    }
    if (text.charCodeAt(i) === 0x22 /* " */) {
      // Quoted field.
      const openedAt = line;
      let value = '';
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          value += text.slice(j);
          line += countBreaks(text, j, n);
          unterminatedAt = openedAt;
          i = n;
          break;
        }
        value += text.slice(j, q);
        line += countBreaks(text, j, q);
        if (text.charCodeAt(q + 1) === 0x22) {
          value += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      // Anything between the closing quote and the delimiter is kept (sloppy files: "a"b,c).
      const stop = nextStop(text, i, d);
      value += text.slice(i, stop);
      i = stop;
      cells.push(value);
    } else {
      const stop = nextStop(text, i, d);
      cells.push(text.slice(i, stop));
      i = stop;
    }
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === d) {
      i++;
      if (i >= n) cells.push('');
    } else {
      // Line break: CRLF, LF or CR.
      i += c === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      line++;
      endRow();
    }
  }
  if (!atRowStart) endRow();
  return { rows, unterminatedAt };
}

function nextStop(text: string, from: number, delimiter: number): number {
  for (let k = from; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === delimiter || c === 0x0a || c === 0x0d) return k;
  }
  return text.length;
}

function countBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a) count++;
    else if (c === 0x0d && text.charCodeAt(k + 1) !== 0x0a) count++;
  }
  return count;
}

/** The delimiter giving the most rows with the same number (≥ 2) of fields, among the first rows. */
export function detectDelimiter(text: string): { delimiter: string; fields: number; consistency: number } {
  const sample = text.slice(0, 64 * 1024);
  let best = { delimiter: ',', fields: 1, consistency: 0 };
  for (const delimiter of DELIMITERS) {
    const { rows } = parseCsv(sample, delimiter, 30);
    const usable = rows.filter((r) => r.cells.some((c) => c !== ''));
    if (usable.length === 0) continue;
    const header = usable[0]!.cells.length;
    if (header < 2) continue;
    const same = usable.filter((r) => r.cells.length === header).length;
    const consistency = same / usable.length;
    if (consistency > best.consistency || (consistency === best.consistency && header > best.fields)) {
      best = { delimiter, fields: header, consistency };
    }
  }
  return best;
}
