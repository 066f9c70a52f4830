/**
 * The ticket as a ZIP a third party can check: readable transcripts, the original evidence files,
 * manifest.json (every file with size and SHA-256, app version, export time, audit fingerprint) and
 * SHA256SUMS that `sha256sum -c` accepts. Streamed with yazl: evidence is read from the vault as the
 * archive is written, so memory does not grow with the evidence. Entries carry the export time as their
 * mtime and a fixed mode, so the same data exported at the same time gives the same archive.
 *
 * Each evidence file is opened only when its turn comes (thousands of items never hold thousands of open
 * files) and hashed on the way (verifiedEvidence.ts): an altered or missing file fails the export instead
 * of shipping, and each item that went out gets an 'exported' custody event with the hash it had.
 */
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import yazl from 'yazl';
import { inTransaction, type CoreContext } from '../context';
import { safeFileName } from '../../../shared/safeFileName';
import { readDossierData } from './dossierData';
import { transcriptHtml, transcriptText } from './transcript';
import { readmeText } from './readme';
import { suspectedImpersonation } from './impersonation';
import { verifiedEvidenceStream } from './verifiedEvidence';

export interface ManifestFile {
  path: string;
  size: number;
  sha256: string;
}

export interface ZipExport {
  fileName: string;
  contentType: string;
  stream: Readable;
}

export function exportZip(ctx: CoreContext, ticketId: number): ZipExport {
  const data = readDossierData(ctx, ticketId);
  const exportedAt = ctx.now();
  const evidenceNames = uniqueEvidencePaths(data.evidence.map((e) => ({ id: e.id, name: e.originalName })));

  const generated = new Map<string, Buffer>([
    ['README.txt', Buffer.from(readmeText(data, exportedAt.toISOString()), 'utf8')],
    ['transcript.html', Buffer.from(transcriptHtml(data, evidenceNames), 'utf8')],
    ['transcript.txt', Buffer.from(transcriptText(data, evidenceNames), 'utf8')],
  ]);
  const files: ManifestFile[] = [...generated].map(([path, bytes]) => ({
    path,
    size: bytes.length,
    sha256: sha256(bytes),
  }));
  for (const item of data.evidence) {
    files.push({ path: evidenceNames.get(item.id)!, size: item.size, sha256: item.sha256 });
  }

  const suspicions = suspectedImpersonation(data);
  const manifest = Buffer.from(
    JSON.stringify(
      {
        format: 'casefile-dossier',
        formatVersion: 1,
        app: { name: 'Casefile', version: ctx.appVersion },
        exportedAt: exportedAt.toISOString(),
        ticket: { id: data.ticket.id, title: data.ticket.title, platform: data.platform.name },
        auditTrail: { events: data.auditEvents.length, fingerprint: data.auditFingerprint },
        suspectedImpersonation: {
          contacts: suspicions.contacts.map(({ channel }) => channel.address),
          flaggedMessages: suspicions.messages.length,
        },
        evidence: data.evidence.map((item) => ({
          path: evidenceNames.get(item.id),
          originalName: item.originalName,
          sha256: item.sha256,
          size: item.size,
          mimeType: item.mimeType,
          capturedAt: item.capturedAt,
          capturedAtSource: item.capturedAtSource,
          addedAt: item.addedAt,
        })),
        files,
      },
      null,
      2,
    ) + '\n',
    'utf8',
  );
  const sums = [...files, { path: 'manifest.json', size: manifest.length, sha256: sha256(manifest) }]
    .map((f) => `${f.sha256}  ${f.path}\n`)
    .join('');

  // The custody record: which evidence (by hash) left the app in which export.
  inTransaction(ctx, () =>
    ctx.audit.record('ticket.exported', {
      ticketId,
      subject: `ticket:${ticketId}`,
      detail: { format: 'zip', exportedAt: exportedAt.toISOString(), evidence: data.evidence.map((e) => e.sha256) },
    }),
  );

  const fileName = `casefile-ticket-${ticketId}-${exportedAt.toISOString().slice(0, 10)}.zip`;
  const zip = new yazl.ZipFile();
  const output = zip.outputStream as unknown as Readable;
  // Every failure (an evidence file altered or missing, a read error, yazl's own checks) ends the archive
  // with that error; the shells then abort the download instead of delivering a damaged dossier.
  const fail = (error: Error) => output.destroy(error);
  zip.on('error', fail);
  // A failure can come before the shell has attached its own listener; without one it would crash the process.
  output.on('error', () => undefined);
  // ZIP's DOS time fields are local wall time: write the UTC wall time and no extended (zone-aware) field,
  // so the same export made in Shanghai and in London is the same bytes.
  const utcWallTime = new Date(exportedAt.getTime() + exportedAt.getTimezoneOffset() * 60_000);
  const options = { mtime: utcWallTime, mode: 0o100644, forceDosTimestamp: true };
  for (const [path, bytes] of generated) zip.addBuffer(bytes, path, options);
  for (const item of data.evidence) {
    // Evidence is usually compressed already (PNG, JPEG, MP4): store it as it is, which is also faster.
    zip.addReadStreamLazy(evidenceNames.get(item.id)!, { ...options, compress: false, size: item.size }, (open) => {
      const stream = verifiedEvidenceStream(ctx, item, fileName);
      stream.on('error', fail);
      open(null, stream);
    });
  }
  zip.addBuffer(manifest, 'manifest.json', options);
  zip.addBuffer(Buffer.from(sums, 'utf8'), 'SHA256SUMS', options);
  zip.end();

  return { fileName, contentType: 'application/zip', stream: output };
}

/** evidence/001_name.png, evidence/002_… : numbered so identical names never collide, safe on any disk. */
function uniqueEvidencePaths(items: { id: number; name: string }[]): Map<number, string> {
  const width = Math.max(3, String(items.length).length);
  return new Map(
    items.map((item, index) => [
      item.id,
      `evidence/${String(index + 1).padStart(width, '0')}_${archiveName(item.name)}`,
    ]),
  );
}

/**
 * At most 240 UTF-8 bytes, so "001_" + the name stays within the 255-byte file name limit of ext4 and APFS
 * (120 Chinese characters are 360 bytes). 60 characters always fit: a character is at most 4 bytes.
 */
function archiveName(name: string): string {
  for (let max = 120; ; max -= 20) {
    const safe = safeFileName(name, max).replace(/\s/g, '_');
    if (Buffer.byteLength(safe, 'utf8') <= 240 || max <= 60) return safe;
  }
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
