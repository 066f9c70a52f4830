import type { CasefileBridge } from '@shared/api/bridge';

declare global {
  interface Window {
    /** Present only inside the desktop shell (the preload's bridge). */
    casefile?: CasefileBridge;
  }
}

export {};
