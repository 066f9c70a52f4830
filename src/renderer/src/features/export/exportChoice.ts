/**
 * What the user picks in the export dialog, remembered between exports (a user who sends to the same
 * regulator every time should not set the portal limits again), and turned into export.start's input.
 */
import type { InputOf } from '@shared/api/contract';
import { DOSSIER_LANGUAGES, EXPORT_FORMATS, type DossierLanguage, type ExportFormat } from '@shared/dossier';
import { readStored, writeStored } from '@renderer/lib/storage';

/** Known upload forms. The Hong Kong SFC's online complaint form takes 4 attachments of up to 4 MB each. */
export const PORTAL_PRESETS = { sfc: { maxFiles: 4, maxFileMb: 4 } } as const;
export type PortalPreset = keyof typeof PORTAL_PRESETS | 'custom';

/** The contract's bounds for custom limits (export.start refuses anything outside them). */
export const PORTAL_BOUNDS = { maxFiles: { min: 1, max: 100 }, maxFileMb: { min: 0.5, max: 1024 } } as const;

export interface ExportChoice {
  format: ExportFormat;
  language: DossierLanguage;
  redact: boolean;
  portalPreset: PortalPreset;
  /** Custom limits as typed, so a half-typed number is not lost or "corrected" under the user's fingers. */
  customFiles: string;
  customMb: string;
}

/**
 * Both languages side by side by default: a dossier travels to people who may read only one of them (a
 * Hong Kong regulator, a mainland police station, a foreign lawyer), and the user can check every line
 * in their own language next to what the recipient reads.
 */
export const DEFAULT_CHOICE: ExportChoice = {
  format: 'zip',
  language: 'both',
  redact: false,
  portalPreset: 'sfc',
  customFiles: '4',
  customMb: '4',
};

const STORAGE_KEY = 'casefile.exportChoice';

function parseChoice(raw: unknown): ExportChoice | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const format = EXPORT_FORMATS.find((f) => f === r.format);
  const language = DOSSIER_LANGUAGES.find((l) => l === r.language);
  const preset = r.portalPreset === 'custom' || r.portalPreset === 'sfc' ? r.portalPreset : null;
  if (!format || !language || !preset || typeof r.redact !== 'boolean') return null;
  return {
    format,
    language,
    redact: r.redact,
    portalPreset: preset,
    customFiles: typeof r.customFiles === 'string' ? r.customFiles : DEFAULT_CHOICE.customFiles,
    customMb: typeof r.customMb === 'string' ? r.customMb : DEFAULT_CHOICE.customMb,
  };
}

export function loadChoice(): ExportChoice {
  return readStored(STORAGE_KEY, parseChoice) ?? DEFAULT_CHOICE;
}

export function saveChoice(choice: ExportChoice): void {
  writeStored(STORAGE_KEY, choice);
}

export type PortalProblem = 'filesRange' | 'mbRange';

/** The portal limits to send, or which custom number is out of bounds. */
export function portalLimits(choice: ExportChoice): { maxFiles: number; maxFileMb: number } | { problem: PortalProblem } {
  if (choice.portalPreset !== 'custom') return PORTAL_PRESETS[choice.portalPreset];
  const files = Number(choice.customFiles.trim());
  // Accept a decimal comma ("2,5") as well as a point: both are how people write half a megabyte.
  const mb = Number(choice.customMb.trim().replace(',', '.'));
  const { maxFiles, maxFileMb } = PORTAL_BOUNDS;
  if (choice.customFiles.trim() === '' || !Number.isInteger(files) || files < maxFiles.min || files > maxFiles.max) {
    return { problem: 'filesRange' };
  }
  if (choice.customMb.trim() === '' || !Number.isFinite(mb) || mb < maxFileMb.min || mb > maxFileMb.max) {
    return { problem: 'mbRange' };
  }
  return { maxFiles: files, maxFileMb: mb };
}

/** export.start's input, or the problem that keeps the choice from being sent. */
export function startInput(ticketId: number, choice: ExportChoice): InputOf<'export.start'> | { problem: PortalProblem } {
  const base = { ticketId, format: choice.format, language: choice.language, redact: choice.redact };
  if (choice.format !== 'portal') return base;
  const limits = portalLimits(choice);
  if ('problem' in limits) return limits;
  return { ...base, portal: limits };
}
