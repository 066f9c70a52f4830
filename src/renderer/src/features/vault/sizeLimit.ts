import { LIMITS } from '@shared/limits';

export const MB = 1024 * 1024;
export const MIN_MB = 1;
export const MAX_MB = Math.floor(LIMITS.evidenceBytes / MB);

export type SizeLimitProblem = 'required' | 'notWhole' | 'tooSmall' | 'tooBig';

/** The typed megabytes as bytes, or what is wrong with them. */
export function parseMegabytes(text: string): { bytes: number } | { problem: SizeLimitProblem } {
  const trimmed = text.trim();
  if (trimmed === '') return { problem: 'required' };
  if (!/^\d+$/.test(trimmed)) return { problem: 'notWhole' };
  const value = Number(trimmed);
  if (value < MIN_MB) return { problem: 'tooSmall' };
  if (value > MAX_MB) return { problem: 'tooBig' };
  return { bytes: value * MB };
}
