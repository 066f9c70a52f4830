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
 * export instead of shipping, and each item that went out gets an 'exported' custody event. A file
 * already missing when the export begins is listed as missing and left out (evidencePresence.ts).
 */
import { Readable } from 'node:stream';
import yazl from 'yazl';
import type { ExportResult } from '../../../shared/dossier';
import { inTransaction, type CoreContext } from '../context';
import { recordCustody } from '../evidence/custody';
import { entryOptions, exportFileName, sha256Hex, uniqueEvidencePaths } from './archiveNames';
import { readDossierData, type DossierData } from './dossierData';
import { manifestJson, sha256Sums, type ManifestFile } from './dossierManifest';
import { dossierOptions, type DossierOptions } from './dossierOptions';
import { findMissingEvidence, type MissingEvidence } from './evidencePresence';
import { renderDossierPdf } from './pdf/renderDossierPdf';
import { readmeText } from './readme';
import { dossierRedactor, redactedDossierData } from './redactedData';
import { transcriptHtml, transcriptText } from './transcript';
import { transcriptCsv } from './transcriptCsv';
import { verifiedEvidenceStream } from './verifiedEvidence';

export type { ManifestFile } from './dossierManifest';

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
  redacted: boolean;
  /** Writes the 'ticket.exported' audit event (and 'missing' custody events): call once the export is delivered. */
  record(): void;
}

/** export.zip: the dossier ZIP as a download stream. */
export async function exportZip(
  ctx: CoreContext,
  input: { ticketId: number; language?: DossierOptions['language']; redact?: boolean },
): Promise<ZipExport> {
  const zip = await buildDossierZip(ctx, input.ticketId, dossierOptions(input));
  // A download has no "finished" moment the core sees: the export is recorded as it starts.
  zip.record();
  return { fileName: zip.fileName, contentType: zip.contentType, stream: zip.stream };
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
  const missingIds = new Set(missing.map((m) => m.item.id));
  const evidencePaths = uniqueEvidencePaths(data.evidence.map((e) => ({ id: e.id, name: e.originalName })));
  const shown = options.redact ? redactedDossierData(data, dossierRedactor(data)) : data;

  const pdf = await renderDossierPdf(ctx, data, {
    language: options.language,
    redact: options.redact,
    exportedAt,
    images: 'embed',
    missingEvidenceIds: [...missingIds],
  });
  const generated: [string, Buffer][] = [
    ['README.txt', utf8(readmeText(shown, { exportedAt: exportedAt.toISOString(), redacted: options.redact, missing: missingList(missing, evidencePaths) }))],
    ['dossier.pdf', pdf],
    ['transcript.html', utf8(transcriptHtml(shown, evidencePaths, missingIds))],
    ['transcript.txt', utf8(transcriptText(shown, evidencePaths, missingIds))],
    ['transcript.csv', utf8(transcriptCsv(shown, evidencePaths, missingIds))],
  ];
  const included = data.evidence.filter((item) => !missingIds.has(item.id));
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
    missingEvidence: missing.map(({ item }) => ({ evidenceId: item.id, name: item.originalName, sha256: item.sha256 })),
    redacted: options.redact,
    record: () => recordExport(ctx, data, { format: 'zip', exportedAt, fileName, options, missing }),
  };
}

/**
 * The custody record: which evidence (by hash) left the app in which export, and which was left out (each
 * missing item gets a 'missing' custody event, each changed one 'altered' and an audit event, as a vault
 * check would give them).
 */
export function recordExport(
  ctx: CoreContext,
  data: DossierData,
  facts: { format: string; exportedAt: Date; fileName: string; options: DossierOptions; missing: MissingEvidence[] },
): void {
  const missingIds = new Set(facts.missing.map((m) => m.item.id));
  inTransaction(ctx, () => {
    for (const { item, reason, actualSha256 } of facts.missing) {
      if (reason === 'altered' && actualSha256) {
        recordCustody(ctx, {
          evidenceId: item.id,
          ticketId: item.ticketId,
          sha256: actualSha256,
          event: 'altered',
          via: facts.fileName,
          detail: { expectedSha256: item.sha256 },
        });
        ctx.audit.record('evidence.altered', {
          ticketId: item.ticketId,
          subject: `evidence:${item.id}`,
          detail: { name: item.originalName, sha256: item.sha256, actualSha256, during: 'export' },
        });
      } else {
        recordCustody(ctx, { evidenceId: item.id, ticketId: item.ticketId, sha256: item.sha256, event: 'missing', via: facts.fileName });
      }
    }
    ctx.audit.record('ticket.exported', {
      ticketId: data.ticket.id,
      subject: `ticket:${data.ticket.id}`,
      detail: {
        format: facts.format,
        exportedAt: facts.exportedAt.toISOString(),
        language: facts.options.language,
        redacted: facts.options.redact,
        evidence: data.evidence.filter((e) => !missingIds.has(e.id)).map((e) => e.sha256),
        ...(facts.missing.length ? { missing: facts.missing.map((m) => m.item.sha256) } : {}),
      },
    });
  });
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
  return missing.map(({ item }) => ({ item, path: paths.get(item.id)! }));
}

function utf8(text: string): Buffer {
  return Buffer.from(text, 'utf8');
}
