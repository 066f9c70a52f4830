/**
 * The complaint dossier (issue 6): the complainant's profile, export options and what an export or a
 * verification reports. Plain types only: every layer may import this file.
 */
import type { Instant } from './domain';

/** The complainant, filled once and used on every dossier's cover and in letters. */
export interface Profile {
  name: string | null;
  contact: string | null;
  /** ISO 3166-1 alpha-2 ("CN", "HK", "GB"): picks the venues and goes on the cover. */
  country: string | null;
  postalAddress: string | null;
}

export const DOSSIER_LANGUAGES = ['en', 'zh-CN', 'both'] as const;
export type DossierLanguage = (typeof DOSSIER_LANGUAGES)[number];

export const EXPORT_FORMATS = ['zip', 'pdf', 'portal'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  language: DossierLanguage;
  /** Mask e-mail addresses, phone numbers, the platform UID and the middle of wallet addresses in the PDF and transcripts. */
  redact: boolean;
  /** Portal mode: fit the dossier into at most maxFiles files of maxFileBytes each, JPEG/PDF only. */
  portal?: { maxFiles: number; maxFileBytes: number };
}

/** What a finished export job holds. */
export interface ExportResult {
  format: ExportFormat;
  fileName: string;
  size: number;
  sha256: string;
  /**
   * Evidence items left out: 'missing' (the vault has no file) or 'altered' (the vault's file is no longer
   * the one added). Listed in the dossier with the reason, not included.
   */
  missingEvidence: { evidenceId: number; name: string; sha256: string; reason: 'missing' | 'altered' }[];
  /** Portal mode: what could not fit, and why. */
  leftOut: { name: string; reason: string }[];
  redacted: boolean;
}

export interface DossierVerifyReport {
  intact: boolean;
  /** One line: "intact: 14 files match manifest.json and SHA256SUMS" or what is wrong. */
  summary: string;
  checkedFiles: number;
  /** Files whose bytes differ from the manifest / SHA256SUMS. */
  changed: string[];
  /** Listed in the manifest but absent from the archive. */
  missing: string[];
  /** In the archive but in neither list. */
  extra: string[];
  /** The manifest or SHA256SUMS itself is absent, unreadable or disagrees with the other. */
  problems: string[];
  exportedAt: Instant | null;
  appVersion: string | null;
  redacted: boolean | null;
}
