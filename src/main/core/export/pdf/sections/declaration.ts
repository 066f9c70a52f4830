/**
 * The closing page the complainant prints, signs and dates: a declaration in the dossier's language(s),
 * the name from the profile (or a line to write it on), and lines for signature, date and place.
 */
import { COLOR, SIZE } from '../pdfWriter';
import type { SectionContext } from './sectionContext';

export function renderDeclaration({ w, data }: SectionContext): void {
  const say = w.wording;
  w.heading(say.label('declaration'), { newPage: true });
  w.space(6);
  for (const text of say.sentences('declarationText')) w.paragraph(text, { verbatim: true, gap: 8 });
  w.space(30);
  const line = '_'.repeat(48);
  const rows: [string, string][] = [
    [say.label('name'), data.profile.name ?? line],
    [say.label('signature'), line],
    [say.label('date'), line],
    [say.label('place'), line],
  ];
  for (const [label, value] of rows) {
    w.field(label, value, { size: SIZE.body });
    w.space(18);
  }
  w.paragraph(`#${data.ticket.id} · ${data.platform.name}`, { size: SIZE.tiny, color: COLOR.muted });
}
