/**
 * The ticket as a ZIP a third party can check: dossier.pdf, readable transcripts (HTML, text, CSV), the
 * original evidence files, README.txt, manifest.json (every file with size and SHA-256, app version,
 * export time, options, redaction, missing evidence, audit fingerprint) and SHA256SUMS that
 * `sha256sum -c` accepts. Streamed with yazl: evidence is read from the vault as the archive is written,
 * so memory does not grow with the evidence. Entries carry the export time as their mtime and a fixed
 * mode, so the same data exported at the same time gives the same archive.
 *
 * Each evidence file is opened only when its turn comes (thousands of items never hold thousands of open
 * files) and hashed on the way (verifiedEvidence.ts): a file altered after the export began fails the
 * export instead of shipping. A file already missing (or changed) when the export begins is listed as
 * such and left out (evidencePresence.ts). The export is recorded (exportRecord.ts: audit event, custody
 * events) only once the archive is complete.
 */
import { Readable } from 'node:stream';
import yazl from 'yazl';
import type { ExportResult } from '../../../shared/dossier';
import type { CoreContext } from '../context';
import { entryOptions, exportFileName, sha256Hex, uniqueEvidencePaths } from './archiveNames';
import { readDossierData, type DossierData } from './dossierData';
import { manifestJson, sha256Sums, type ManifestFile } from './dossierManifest';
import { dossierOptions, type DossierOptions } from './dossierOptions';
import { findMissingEvidence, missingForResult, missingReasons, type MissingEvidence } from './evidencePresence';
import { recordExport } from './exportRecord';
import { renderDossierPdf } from './pdf/renderDossierPdf';
import { readmeText } from './readme';
import { dossierRedactor, redactedDossierData } from './redactedData';
import { transcriptHtml, transcriptText } from './transcript';
import { transcriptCsv } from './transcriptCsv';
import { verifiedEvidenceStream } from './verifiedEvidence';

export interface ZipExport {
  fileName: string;
  contentType: string;
  stream: Readable;
}

/** Reported as the archive is written: one call per finished file, and the file bytes read so far. */
export interface ZipProgress {
  fileDone?(): void;
  bytes?(count: number): void;
}

export interface DossierZip extends ZipExport {
  /** Files in the archive and their total size: the job's progress totals. */
  fileCount: number;
  contentBytes: number;
  missingEvidence: ExportResult['missingEvidence'];
  /** Writes the audit and custody record (exportRecord.ts): call once the whole archive is written. */
  record(): void;
}

/** export.zip: the dossier ZIP as a download stream. */
export async function exportZip(
  ctx: CoreContext,
  input: { ticketId: number; language?: DossierOptions['language']; redact?: boolean },
): Promise<ZipExport> {
  const zip = await buildDossierZip(ctx, input.ticketId, dossierOptions(input));
  // Recorded when the last byte has been handed to the shell; a download that fails or is aborted before
  // (an altered file, the browser gone) delivered no dossier and is not recorded as an export.
  zip.stream.once('end', () => recordSafely(ctx, zip.record));
  return { fileName: zip.fileName, contentType: zip.contentType, stream: zip.stream };
}

/** The stream's reader cannot be told of a failure any more: log it rather than throw into the stream. */
function recordSafely(ctx: CoreContext, record: () => void): void {
  try {
    record();
  } catch (error) {
    ctx.log(`[casefile] export not recorded: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function buildDossierZip(
  ctx: CoreContext,
  ticketId: number,
  options: DossierOptions,
  progress: ZipProgress = {},
): Promise<DossierZip> {
  const data = readDossierData(ctx, ticketId);
  const exportedAt = ctx.now();
  const fileName = exportFileName(ticketId, exportedAt, '.zip');
  const missing = await findMissingEvidence(ctx, data.evidence);
  const marks = missingReasons(missing);
  const evidencePaths = uniqueEvidencePaths(data.evidence.map((e) => ({ id: e.id, name: e.originalName })));
  const shown = options.redact ? redactedDossierData(data, dossierRedactor(data)) : data;

  const pdf = await renderDossierPdf(ctx, data, { language: options.language, redact: options.redact, exportedAt, images: 'embed', missingEvidence: marks });
  const generated: [string, Buffer][] = [
    ['README.txt', utf8(readmeText(shown, { exportedAt: exportedAt.toISOString(), redacted: options.redact, missing: missingList(missing, evidencePaths) }))],
    ['dossier.pdf', pdf],
    ['transcript.html', utf8(transcriptHtml(shown, evidencePaths, marks))],
    ['transcript.txt', utf8(transcriptText(shown, evidencePaths, marks))],
    ['transcript.csv', utf8(transcriptCsv(shown, evidencePaths, marks))],
  ];
  const included = data.evidence.filter((item) => !marks.has(item.id));
  const files: ManifestFile[] = [
    ...generated.map(([path, bytes]) => ({ path, size: bytes.length, sha256: sha256Hex(bytes) })),
    ...included.map((item) => ({ path: evidencePaths.get(item.id)!, size: item.size, sha256: item.sha256 })),
  ];
  const manifest = manifestJson({ appVersion: ctx.appVersion, exportedAt, options, data: shown, evidencePaths, missing, files });
  const sums = sha256Sums(files, manifest);

  const stream = writeArchive(ctx, {
    exportedAt,
    fileName,
    generated,
    evidence: included.map((item) => ({ item, path: evidencePaths.get(item.id)! })),
    trailer: [
      ['manifest.json', manifest],
      ['SHA256SUMS', sums],
    ],
    progress,
  });
  const all = [...files, { size: manifest.length }, { size: sums.length }];
  return {
    fileName,
    contentType: 'application/zip',
    stream,
    fileCount: all.length,
    contentBytes: all.reduce((sum, f) => sum + f.size, 0),
    missingEvidence: missingForResult(missing),
    // Called once the archive is complete, so every included file was streamed and matched its hash.
    record: () => recordExport(ctx, data, { format: 'zip', exportedAt, fileName, options, missing, shipped: included }),
  };
}

interface ArchivePlan {
  exportedAt: Date;
  fileName: string;
  generated: [string, Buffer][];
  evidence: { item: DossierData['evidence'][number]; path: string }[];
  trailer: [string, Buffer][];
  progress: ZipProgress;
}

function writeArchive(ctx: CoreContext, plan: ArchivePlan): Readable {
  const zip = new yazl.ZipFile();
  const output = zip.outputStream as unknown as Readable;
  let current: Readable | undefined;
  // Every failure (an evidence file altered or gone, a read error, yazl's own checks) ends the archive with
  // that error; the shells then abort the download, and a job removes its partial file.
  const fail = (error: Error) => {
    current?.destroy();
    output.destroy(error);
  };
  zip.on('error', fail);
  // A failure can come before the caller has attached its own listener; without one it would crash the process.
  output.on('error', () => undefined);
  // The reader went away (download aborted, job cancelled): stop reading evidence too.
  output.on('close', () => current?.destroy());
  const options = entryOptions(plan.exportedAt);

  const add = (path: string, size: number, compress: boolean, open: () => Readable) => {
    zip.addReadStreamLazy(path, { ...options, compress, size }, (callback) => {
      const stream = open();
      current = stream;
      stream.on('error', fail);
      callback(null, stream);
      // After yazl has piped it, so no chunk is emitted before yazl listens.
      stream.on('data', (chunk: Buffer) => plan.progress.bytes?.(chunk.length));
      stream.on('end', () => plan.progress.fileDone?.());
    });
  };
  const buffer = (bytes: Buffer) => () => Readable.from([bytes], { objectMode: false });
  for (const [path, bytes] of plan.generated) add(path, bytes.length, true, buffer(bytes));
  // Evidence is usually compressed already (PNG, JPEG, MP4): store it as it is, which is also faster.
  for (const { item, path } of plan.evidence) add(path, item.size, false, () => verifiedEvidenceStream(ctx, item, plan.fileName));
  for (const [path, bytes] of plan.trailer) add(path, bytes.length, true, buffer(bytes));
  zip.end();
  return output;
}

function missingList(missing: MissingEvidence[], paths: Map<number, string>) {
  return missing.map(({ item, reason }) => ({ item, reason, path: paths.get(item.id)! }));
}

function utf8(text: string): Buffer {
  return Buffer.from(text, 'utf8');
}
