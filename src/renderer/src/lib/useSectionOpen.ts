import { useState } from 'react';
import { readStored, writeStored } from '@renderer/lib/storage';

/**
 * Whether a collapsible panel section is open: the user's last choice (kept for every ticket), else the
 * section's own default (the checklist starts open while something is missing).
 */
export function useSectionOpen(name: string, fallback: boolean) {
  const key = `casefile.section.${name}`;
  const [choice, setChoice] = useState<boolean | null>(() => readStored(key, (raw) => (typeof raw === 'boolean' ? raw : null)));
  const open = choice ?? fallback;
  const set = (next: boolean) => {
    setChoice(next);
    writeStored(key, next);
  };
  return [open, set] as const;
}
