/**
 * The full conversation, entry by entry: who (and which agent), the channel, the local time where it
 * happened with its zone and the same instant in UTC, the text in full, calls, edits, attached evidence
 * (by its E-number in the index) and impersonation flags.
 *
 * Portal mode splits a long transcript over several PDFs: `entrySlice` picks the entries this part holds,
 * and the part says which ones and where the rest continues.
 */
import { durationBi, VOCABULARY } from '../labels';
import { COLOR, SIZE } from '../pdfWriter';
import { entryTime, type SectionContext } from './sectionContext';

export function renderTranscript({ w, data, options, evidenceLabel, evidenceByEntry }: SectionContext): void {
  const say = w.wording;
  const total = data.entries.length;
  const [from, to] = sliceOf(options.entrySlice, total);

  w.heading(say.label('transcript'), { newPage: true });
  w.sentences(say.sentences('transcriptIntro'));
  if (options.entrySlice && total > 0) {
    w.paragraph(say.label('transcriptPart', { from: from + 1, to, total }), { bold: true, size: SIZE.small, verbatim: true });
  }
  if (total === 0) {
    w.paragraph(say.label('noEntries'), { color: COLOR.muted, verbatim: true });
    return;
  }
  w.space(4);

  for (const entry of data.entries.slice(from, to)) {
    const who = say.say(VOCABULARY.author[entry.author]) + (entry.agentName ? ` · ${entry.agentName}` : '');
    const via = entry.channel ? ` · ${say.say(VOCABULARY.channel[entry.channel])}` : '';
    const color = entry.author === 'me' ? COLOR.me : entry.author === 'agent' ? COLOR.agent : COLOR.muted;
    w.ensureSpace(40);
    w.paragraph(`${who}${via}`, { bold: true, size: SIZE.small, color, gap: 0 });
    w.paragraph(entryTime(entry), { size: SIZE.tiny, color: COLOR.muted, verbatim: true, gap: 2 });
    if (entry.call) {
      const duration = entry.call.durationSec === null ? '?' : durationBi(entry.call.durationSec);
      w.paragraph(say.label('call', { number: entry.call.number ?? '—', duration }), { size: SIZE.small, indent: 10 });
    }
    // Lines of one message sit close together (pdfkit adds the gap after every line break).
    if (entry.text.trim()) w.paragraph(entry.text, { indent: 10, gap: 1 });
    if (entry.revision > 1) {
      w.paragraph(say.label('edited', { n: entry.revision }), { size: SIZE.tiny, color: COLOR.muted, indent: 10, verbatim: true });
    }
    for (const flag of entry.flags) {
      w.paragraph(`⚠ ${say.label('flagged')}: "${flag.excerpt}": ${say.say({ en: flag.reason.text.en, zh: flag.reason.text['zh-CN'] })}`, {
        size: SIZE.small,
        color: COLOR.warn,
        indent: 10,
      });
    }
    const attached = evidenceByEntry.get(entry.id) ?? [];
    if (attached.length > 0) {
      const list = attached.map((item) => `${evidenceLabel.get(item.id)} ${item.originalName}`).join('; ');
      w.paragraph(`${say.label('attached')}: ${list}`, { size: SIZE.small, color: COLOR.muted, indent: 10 });
    }
    w.space(5);
  }
  if (to < total) {
    w.paragraph(say.label('transcriptContinues', { from: to + 1, total }), { bold: true, size: SIZE.small, verbatim: true });
  }
}

/** [start, end) clamped to the entries; the whole transcript without a slice. */
export function sliceOf(slice: [number, number] | undefined, total: number): [number, number] {
  if (!slice) return [0, total];
  const start = Math.min(Math.max(0, Math.floor(slice[0])), total);
  const end = Math.min(Math.max(start, Math.floor(slice[1])), total);
  return [start, end];
}
