/**
 * Portal mode: the dossier cut to fit an online complaint form that takes at most `maxFiles` files of
 * `maxFileBytes` each, JPEG or PDF only (the Hong Kong SFC's form: 4 files of 4 MB). The result is a ZIP
 * of exactly the files to upload, plus PORTAL-README.txt (for the user, not for uploading) saying what
 * each file is and what was left out, and why.
 *
 * What goes in, in this order, while there is room:
 *  1. the dossier PDF (fitPdf.ts: downscaled images, else text only, else split into parts);
 *  2. each evidence image as a JPEG that fits (fitImage.ts; a fitting JPEG original is kept as it is);
 *  3. each evidence PDF as it is, if it fits.
 * Everything else (videos, audio, e-mails, text files), anything that cannot be made to fit, and
 * whatever comes after the last free slot is listed in `leftOut` with a reason in both languages.
 */
import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import yazl from 'yazl';
import type { Evidence, Job } from '../../../../shared/domain';
import type { ExportResult } from '../../../../shared/dossier';
import type { CoreContext } from '../../context';
import { archiveName, entryOptions, exportFileName, sha256Hex } from '../archiveNames';
import { readDossierData } from '../dossierData';
import type { DossierOptions } from '../dossierOptions';
import { findMissingEvidence, missingForResult, missingReasons } from '../evidencePresence';
import { renderDossierPdf } from '../pdf/renderDossierPdf';
import { dossierRedactor, redactedDossierData } from '../redactedData';
import { recordExport } from '../exportRecord';
import { fitDossierPdf, type RenderPdf } from './fitPdf';
import { fitImageAsJpeg } from './fitImage';
import { portalReadme, type PortalFile } from './portalReadme';
import { LEFT_OUT, type LeftOutReason } from './leftOutReasons';

export interface PortalDeps {
  renderPdf?: RenderPdf;
}

export interface PortalLimits {
  maxFiles: number;
  maxFileBytes: number;
}

export interface PortalZip {
  fileName: string;
  stream: Readable;
  fileCount: number;
  leftOut: ExportResult['leftOut'];
  missingEvidence: ExportResult['missingEvidence'];
  record(): void;
}

/** Raster types sharp can re-encode; SVG is deliberately not one (it is a document, not a picture). */
const CONVERTIBLE_IMAGES = new Set(['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/tiff', 'image/avif', 'image/heic', 'image/heif']);

export async function buildPortalZip(
  ctx: CoreContext,
  ticketId: number,
  options: DossierOptions,
  limits: PortalLimits,
  run: PortalDeps & { signal: AbortSignal; progress(update: Partial<Job['progress']>): void },
): Promise<PortalZip> {
  const { signal } = run;
  const data = readDossierData(ctx, ticketId);
  const exportedAt = ctx.now();
  const fileName = exportFileName(ticketId, exportedAt, '-portal.zip');
  const missing = await findMissingEvidence(ctx, data.evidence);
  const marks = missingReasons(missing);
  const files: PortalFile[] = [];
  const leftOut: { name: string; reason: LeftOutReason }[] = [];
  const width = String(limits.maxFiles).length;
  const slotName = (name: string) => `${String(files.length + 1).padStart(Math.max(2, width), '0')}_${name}`;
  const roomLeft = () => files.length < limits.maxFiles;
  let done = 0;
  run.progress({ total: data.evidence.length + 1 });

  // 1. The dossier PDF.
  const pdf = await fitDossierPdf(
    ctx,
    data,
    { ...options, exportedAt, missingEvidence: marks },
    limits.maxFileBytes,
    run.renderPdf ?? renderDossierPdf,
    signal,
  );
  for (const part of pdf.parts) {
    const name = part.label ? `dossier_part${pdf.parts.indexOf(part) + 1}.pdf` : 'dossier.pdf';
    if (!roomLeft()) {
      leftOut.push({ name, reason: 'no_room' });
      continue;
    }
    files.push({ path: slotName(name), bytes: part.bytes, what: { kind: 'dossier', label: part.label, images: pdf.images } });
  }
  for (const [start, end] of pdf.tooLarge) {
    const name = end - start === 1 && data.entries.length > 1 ? `dossier.pdf (entry ${start + 1})` : 'dossier.pdf';
    leftOut.push({ name, reason: 'pdf_too_large' });
  }
  run.progress({ done: ++done });

  // 2 and 3. The evidence, in the ticket's order.
  for (const item of data.evidence) {
    signal.throwIfAborted();
    // The reason that holds whatever the room (its type, its size) is the more useful one to give.
    const reason =
      marks.get(item.id) ?? cannotFit(item, limits) ?? (!roomLeft() ? 'no_room' : await addEvidence(ctx, item, limits, files, slotName, signal));
    if (reason) leftOut.push({ name: item.originalName, reason });
    run.progress({ done: ++done });
  }

  const shown = options.redact ? redactedDossierData(data, dossierRedactor(data)) : data;
  const readme = Buffer.from(portalReadme({ data: shown, limits, files, leftOut, exportedAt: exportedAt.toISOString(), redacted: options.redact }), 'utf8');
  const zip = new yazl.ZipFile();
  const entry = entryOptions(exportedAt);
  // JPEG and PDF are compressed already; the README is for the user and does not count against the limits.
  for (const file of files) zip.addBuffer(file.bytes, file.path, { ...entry, compress: false });
  zip.addBuffer(readme, 'PORTAL-README.txt', entry);
  zip.end();
  const stream = zip.outputStream as unknown as Readable;
  stream.on('error', () => undefined);

  return {
    fileName,
    stream,
    fileCount: files.length + 1,
    leftOut: leftOut.map(({ name, reason }) => ({ name, reason: LEFT_OUT[reason] })),
    missingEvidence: missingForResult(missing),
    record: () => recordExport(ctx, data, { format: 'portal', exportedAt, fileName, options, missing }),
  };
}

/** Why an item can never go in, known from its row alone. */
function cannotFit(item: Evidence, limits: PortalLimits): LeftOutReason | null {
  const isPdf = item.mimeType === 'application/pdf';
  if (!isPdf && !CONVERTIBLE_IMAGES.has(item.mimeType)) return 'not_jpeg_or_pdf';
  if (isPdf && item.size > limits.maxFileBytes) return 'too_large';
  return null;
}

/** Adds one evidence item (a PDF or an image, see cannotFit) if it can be made to fit; otherwise answers why not. */
async function addEvidence(
  ctx: CoreContext,
  item: Evidence,
  limits: PortalLimits,
  files: PortalFile[],
  slotName: (name: string) => string,
  signal: AbortSignal,
): Promise<LeftOutReason | null> {
  const isPdf = item.mimeType === 'application/pdf';
  // Read and checked against its hash: a portal copy is made only from the genuine original.
  const original = await readFile(ctx.vault.pathOf(item.sha256)).catch(() => null);
  if (!original) return 'missing';
  if (sha256Hex(original) !== item.sha256) return 'altered';
  const name = archiveName(item.originalName);
  if (isPdf) {
    files.push({ path: slotName(name), bytes: original, what: { kind: 'evidence', item, conversion: null } });
    return null;
  }
  const fitted = await fitImageAsJpeg(original, item.mimeType, limits.maxFileBytes, signal).catch(() => undefined);
  if (fitted === undefined) return 'unreadable_image';
  if (fitted === null) return 'too_large';
  const jpegName = fitted.kind === 'original' ? name : `${name.replace(/\.[^.]{1,10}$/, '')}.jpg`;
  files.push({ path: slotName(jpegName), bytes: fitted.bytes, what: { kind: 'evidence', item, conversion: fitted.kind === 'jpeg' ? fitted : null } });
  return null;
}
