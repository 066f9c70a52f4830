import { useEffect, useState } from 'react';
import { readStored, writeStored } from '@renderer/lib/storage';

const KEY = 'casefile.detailsPanelOpen';

/** Whether the details panel is shown, remembered across tickets and reloads. */
export function usePanelOpen() {
  const [open, setOpen] = useState(() => readStored(KEY, (raw) => (typeof raw === 'boolean' ? raw : null)) ?? true);
  useEffect(() => writeStored(KEY, open), [open]);
  return [open, setOpen] as const;
}
