/**
 * Opens Casefile's core on a data folder: the SQLite store, the evidence vault, the audit trail and the
 * API router over them. The shells (Electron, web mode) and the tests all start here.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { LIMITS } from '../../shared/limits';
import { createAuditTrail } from './audit/auditTrail';
import { createHandlers } from './api/handlers';
import { createRouter, type Router } from './api/router';
import type { CoreContext } from './context';
import { openDatabase } from './db/openDatabase';
import { createEvidenceVault } from './evidence/vault';

export interface CoreOptions {
  dataDir: string;
  appVersion: string;
  shell: 'desktop' | 'web';
  now?: () => Date;
  evidenceMaxBytes?: number;
  log?: (message: string) => void;
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
  const ctx: CoreContext = {
    db,
    vault: createEvidenceVault(options.dataDir),
    audit: createAuditTrail(db, now),
    now,
    appVersion: options.appVersion,
    dataDir: options.dataDir,
    shell: options.shell,
    evidenceMaxBytes: options.evidenceMaxBytes ?? LIMITS.evidenceBytes,
  };
  return {
    ctx,
    router: createRouter(createHandlers(ctx), options.log),
    close: () => db.close(),
  };
}
