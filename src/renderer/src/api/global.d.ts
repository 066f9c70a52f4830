import type { CasefileBridge } from '@shared/api/bridge';
import type { CasefileEvents } from '@shared/api/events';

declare global {
  interface Window {
    /** Present only inside the desktop shell (the preload's bridge). */
    casefile?: CasefileBridge;
    /** Present only inside the desktop shell: events the main process sends (a reminder notification was clicked). */
    casefileEvents?: CasefileEvents;
  }
}

export {};
