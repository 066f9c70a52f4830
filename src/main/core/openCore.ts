/**
 * Opens Casefile's core on a data folder: the SQLite store, the evidence vault, the audit trail and the
 * API router over them. The shells (Electron, web mode) and the tests all start here.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { LIMITS } from '../../shared/limits';
import { createAuditTrail } from './audit/auditTrail';
import { createHandlers } from './api/handlers';
import { createRouter, type Handlers, type Router } from './api/router';
import type { CoreContext } from './context';
import { openDatabase } from './db/openDatabase';
import { createEvidenceVault } from './evidence/vault';
import { createJobRegistry } from './jobs/jobRegistry';
import { rescanMissingFlags } from './log/entryFlags';
import { sweepOldExports } from './export/exportFiles';
import { sweepStaleVerifyCopies } from './export/verify/verifyUpload';

export interface CoreOptions {
  dataDir: string;
  appVersion: string;
  shell: 'desktop' | 'web';
  now?: () => Date;
  /** The per-file limit when the user has not set one in Settings (tests pass a small one). */
  evidenceMaxBytes?: number;
  log?: (message: string) => void;
  /**
   * Methods only a shell can carry out (the desktop's native picker, screen capture, "open with").
   * Without them those methods answer `unsupported`, which the UI turns into the browser's way of
   * doing the same (a file input, pasting a screenshot, a download).
   */
  shellHandlers?: (ctx: CoreContext) => Partial<Handlers>;
}

export interface Core {
  ctx: CoreContext;
  router: Router;
  close(): void;
}

export const DATABASE_FILE = 'casefile.sqlite';

export function openCore(options: CoreOptions): Core {
  // Private data: the folder is readable by its owner only.
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const db = openDatabase(join(options.dataDir, DATABASE_FILE));
  const now = options.now ?? (() => new Date());
  const log = options.log ?? console.error;
  const ctx: CoreContext = {
    db,
    vault: createEvidenceVault(options.dataDir),
    audit: createAuditTrail(db, now),
    now,
    appVersion: options.appVersion,
    dataDir: options.dataDir,
    shell: options.shell,
    evidenceMaxBytes: options.evidenceMaxBytes ?? LIMITS.evidenceBytes,
    jobs: createJobRegistry(now, log),
    log,
    capabilities: { pickFiles: false, screenCapture: false, openExternally: false },
  };
  // Agent entries never scanned (written before schema v4) or scanned with other rules get their guard flags
  // now. Never fatal: the store works without them.
  try {
    rescanMissingFlags(ctx);
  } catch (error) {
    log(`guard: rescan at start-up failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  // Finished exports older than a day are nobody's any more (jobs do not survive a restart): remove them,
  // and dossier copies a crash left in the middle of a check.
  void sweepOldExports(ctx);
  void sweepStaleVerifyCopies(ctx);
  const shellHandlers = options.shellHandlers?.(ctx) ?? {};
  ctx.capabilities = {
    pickFiles: 'evidence.pick' in shellHandlers,
    screenCapture: 'capture.take' in shellHandlers,
    openExternally: 'evidence.openExternal' in shellHandlers,
  };
  return {
    ctx,
    router: createRouter({ ...createHandlers(ctx), ...shellHandlers }, log),
    close: () => {
      // A running vault check stops at its next chunk and writes nothing once cancelled.
      void ctx.jobs.cancelAll();
      db.close();
    },
  };
}
