/**
 * transcript.csv: the conversation as a spreadsheet, one row per entry, oldest first.
 *  - UTF-8 with a byte-order mark: without it Excel reads UTF-8 as the local code page and Chinese
 *    turns into mojibake.
 *  - RFC 4180: every field quoted, quotes doubled, rows end in CRLF; line breaks inside a message stay
 *    inside its quoted field.
 *  - Formula injection: a spreadsheet runs a cell that starts with = + - @ (or a tab / carriage return
 *    before one) as a formula. An agent's message is untrusted text, so such cells get a leading
 *    apostrophe, which makes Excel and LibreOffice show them as text.
 */
import type { DossierData } from './dossierData';
import { formatInZone, formatUtc } from './formatTime';
import { AUTHOR_LABEL, MISSING_MARK, type MissingMarks } from './transcript';

const HEADER = [
  'Time (local) / 当地时间',
  'Time zone / 时区',
  'Time (UTC) / UTC 时间',
  'Author / 作者',
  'Agent / 客服',
  'Channel / 渠道',
  'Kind / 类型',
  'Text / 内容',
  'Revision / 版本',
  'Evidence / 证据',
];

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function transcriptCsv(data: DossierData, evidenceNames: Map<number, string>, missing: MissingMarks = new Map()): string {
  const rows = [HEADER];
  for (const entry of data.entries) {
    const attached = data.evidence
      .filter((e) => e.entryId === entry.id)
      .map((e) => {
        const mark = missing.get(e.id);
        return `${evidenceNames.get(e.id) ?? e.originalName}${mark ? ` (${MISSING_MARK[mark]})` : ''}`;
      });
    const call = entry.call ? `[Phone call / 电话: ${entry.call.number ?? '-'} ${entry.call.durationSec ?? '?'} s]\n` : '';
    rows.push([
      formatInZone(entry.occurredAt, entry.timeZone),
      entry.timeZone,
      formatUtc(entry.occurredAt),
      AUTHOR_LABEL[entry.author],
      entry.agentName ?? '',
      entry.channel ?? '',
      entry.kind,
      call + entry.text,
      String(entry.revision),
      attached.join('; '),
    ]);
  }
  return BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
