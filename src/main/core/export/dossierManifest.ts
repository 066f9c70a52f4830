/**
 * manifest.json and SHA256SUMS of a dossier ZIP. The manifest lists every file (size + SHA-256) except
 * itself and SHA256SUMS; SHA256SUMS lists every file except itself, manifest.json included, so editing
 * the manifest is caught too. verify/verifyDossier.ts reads both back.
 */
import type { DossierOptions } from './dossierOptions';
import type { DossierData } from './dossierData';
import type { MissingEvidence } from './evidencePresence';
import { suspectedImpersonation } from './impersonation';
import { sha256Hex } from './archiveNames';

export interface ManifestFile {
  path: string;
  size: number;
  sha256: string;
}

/** What redaction masks, as the manifest and README state it. */
export const REDACTION_WHAT = [
  'e-mail addresses',
  'phone numbers',
  'the platform account UID',
  'wallet addresses (all but the first 6 and last 4 characters)',
];

export const MANIFEST_FORMAT = 'casefile-dossier';
export const MANIFEST_FORMAT_VERSION = 2;

export interface ManifestInput {
  appVersion: string;
  exportedAt: Date;
  options: DossierOptions;
  /** The data as shown in the archive (redacted when asked). */
  data: DossierData;
  evidencePaths: Map<number, string>;
  missing: MissingEvidence[];
  /** Every file of the archive but manifest.json and SHA256SUMS, in archive order. */
  files: ManifestFile[];
}

export function manifestJson(input: ManifestInput): Buffer {
  const { data, evidencePaths, missing, options } = input;
  const missingIds = new Set(missing.map((m) => m.item.id));
  const suspicions = suspectedImpersonation(data);
  const manifest = {
    format: MANIFEST_FORMAT,
    formatVersion: MANIFEST_FORMAT_VERSION,
    app: { name: 'Casefile', version: input.appVersion },
    exportedAt: input.exportedAt.toISOString(),
    options: { language: options.language, redact: options.redact },
    redaction: options.redact
      ? {
          applied: true,
          what: REDACTION_WHAT,
          appliesTo: ['dossier.pdf', 'transcript.html', 'transcript.txt', 'transcript.csv'],
          evidenceOriginals: 'unaltered',
        }
      : { applied: false, what: [] },
    ticket: { id: data.ticket.id, title: data.ticket.title, platform: data.platform.name },
    auditTrail: { events: data.auditEvents.length, fingerprint: data.auditFingerprint },
    suspectedImpersonation: {
      contacts: suspicions.contacts.map(({ channel }) => channel.address),
      flaggedMessages: suspicions.messages.length,
    },
    evidence: data.evidence
      .filter((item) => !missingIds.has(item.id))
      .map((item) => ({
        path: evidencePaths.get(item.id),
        originalName: item.originalName,
        sha256: item.sha256,
        size: item.size,
        mimeType: item.mimeType,
        capturedAt: item.capturedAt,
        capturedAtSource: item.capturedAtSource,
        addedAt: item.addedAt,
      })),
    missingEvidence: missing.map(({ item, reason }) => ({
      evidenceId: item.id,
      originalName: item.originalName,
      sha256: item.sha256,
      size: item.size,
      reason:
        reason === 'missing'
          ? 'the file was not in the vault at export time'
          : 'the file in the vault is no longer the one added (its size differs); run "Check the vault"',
    })),
    files: input.files,
  };
  return Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8');
}

/** `<sha256>  <path>` lines, the format `sha256sum -c` reads. */
export function sha256Sums(files: ManifestFile[], manifest: Buffer): Buffer {
  const all = [...files, { path: 'manifest.json', size: manifest.length, sha256: sha256Hex(manifest) }];
  return Buffer.from(all.map((f) => `${f.sha256}  ${f.path}\n`).join(''), 'utf8');
}
