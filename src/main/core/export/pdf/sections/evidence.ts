/**
 * The evidence index (every file: name, type, size, captured-at and where that time came from, added-at,
 * the entry it belongs to, its SHA-256 in full) and then the images, one per block with a caption that
 * repeats the E-number and hash so a printed page can be matched to its file.
 *
 * Missing files are listed as MISSING with the hash they were added with; an image that no longer matches
 * its hash is ALTERED and not shown. Images are prepared and placed one at a time (see evidenceFiles.ts).
 */
import { formatBytes } from '../../../evidence/vault';
import { VOCABULARY } from '../labels';
import { COLOR, SIZE } from '../pdfWriter';
import { isImage } from '../evidenceFiles';
import { prepareImage } from '../embeddedImage';
import { entryTime, utc, type SectionContext } from './sectionContext';

/** Most of a page: a phone screenshot is tall, and its text must stay readable on paper. */
const IMAGE_MAX_HEIGHT_PT = 620;
/**
 * A description above a picture is cut here (the index above prints it in full): a description of pages
 * would otherwise leave the picture a thumbnail, or no room for it at all.
 */
const CAPTION_CHARS = 300;

export async function renderEvidence(section: SectionContext): Promise<void> {
  const { w, data, evidenceLabel, evidenceState, options } = section;
  const say = w.wording;
  w.heading(say.label('evidence'), { newPage: true });
  w.sentences(say.sentences('evidenceIntro'));
  if (data.evidence.length === 0) {
    w.paragraph(say.label('noEvidence'), { color: COLOR.muted, verbatim: true });
    return;
  }
  const entries = new Map(data.entries.map((e) => [e.id, e]));

  // Compact: three or four lines per file, so an index of hundreds of files stays a few pages.
  for (const item of data.evidence) {
    const state = evidenceState.get(item.id) ?? 'ok';
    w.ensureSpace(60);
    w.paragraph(`${evidenceLabel.get(item.id)}  ${item.originalName}`, { bold: true, size: SIZE.small, gap: 1 });
    if (state !== 'ok') w.paragraph(say.label(state), { bold: true, size: SIZE.small, color: COLOR.warn, verbatim: true, indent: 12, gap: 1 });
    const facts = [
      `${say.label('fileType')}: ${item.mimeType}`,
      `${say.label('size')}: ${formatBytes(item.size)} (${item.size} ${say.label('bytes')})`,
      `${say.label('capturedAt')}: ${utc(item.capturedAt)} (${say.say(VOCABULARY.capturedSource[item.capturedAtSource])})`,
      `${say.label('added')}: ${utc(item.addedAt)}`,
    ];
    w.paragraph(facts.join(' · '), { size: SIZE.tiny, color: COLOR.muted, verbatim: true, indent: 12, gap: 1 });
    const entry = item.entryId === null ? undefined : entries.get(item.entryId);
    if (entry) w.paragraph(say.label('linkedEntry', { time: entryTime(entry) }), { size: SIZE.tiny, color: COLOR.muted, verbatim: true, indent: 12, gap: 1 });
    if (item.description) w.paragraph(`${say.label('description')}: ${item.description}`, { size: SIZE.small, indent: 12, gap: 1 });
    w.paragraph(`SHA-256 ${item.sha256}`, { verbatim: true, size: SIZE.small, indent: 12, color: state === 'ok' ? undefined : COLOR.warn, gap: 6 });
  }

  const images = data.evidence.filter((item) => isImage(item) && evidenceState.get(item.id) === 'ok');
  if (images.length === 0) return;
  w.heading(say.label('evidenceImages'), { newPage: true });
  if (options.images === 'none') {
    w.paragraph(say.label('imagesLeftOut'), { color: COLOR.muted, verbatim: true });
    return;
  }
  for (const item of images) await renderImage(section, item, IMAGE_MAX_HEIGHT_PT);
}

async function renderImage({ w, core, options, evidenceLabel }: SectionContext, item: SectionContext['data']['evidence'][number], maxHeight: number): Promise<void> {
  const say = w.wording;
  const title = `${evidenceLabel.get(item.id)}  ${item.originalName}`;
  const hash = { text: `SHA-256 ${item.sha256}`, style: { verbatim: true, size: SIZE.tiny, color: COLOR.muted } };
  const prepared = await prepareImage(core, item, {
    maxWidthPt: w.width,
    maxHeightPt: maxHeight,
    maxPixels: options.imageMaxPixels,
    jpegQuality: options.jpegQuality,
  });
  if (!prepared.ok) {
    const why =
      prepared.reason === 'missing' ? 'missing' : prepared.reason === 'altered' ? 'altered' : prepared.reason === 'too_large' ? 'notEmbeddedTooLarge' : 'notEmbeddedUndecodable';
    w.ensureSpace(50);
    w.paragraph(title, { bold: true, size: SIZE.small });
    w.paragraph(say.label(why), { size: SIZE.small, color: COLOR.warn, verbatim: true });
    w.paragraph(hash.text, hash.style);
    w.space(6);
    return;
  }
  const captions = [
    { text: title, style: { bold: true, size: SIZE.small } },
    ...(item.description ? [{ text: captionExcerpt(item.description), style: { size: SIZE.small } }] : []),
    hash,
    ...(prepared.scaled ? [{ text: say.label('imageScaled'), style: { size: SIZE.tiny, color: COLOR.muted, verbatim: true } }] : []),
  ];
  w.image(prepared.bytes, prepared, captions, maxHeight);
}

function captionExcerpt(text: string): string {
  const chars = [...text.trim()];
  return chars.length > CAPTION_CHARS ? `${chars.slice(0, CAPTION_CHARS).join('')}...` : chars.join('');
}
