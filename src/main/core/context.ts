/**
 * What every core module works with: the open store, the evidence vault, the audit trail and the clock.
 * Passing the clock in (never calling new Date() deep inside) lets tests fix time.
 */
import type { Database } from 'better-sqlite3';
import type { AuditTrail } from './audit/auditTrail';
import type { EvidenceVault } from './evidence/vault';

export interface CoreContext {
  db: Database;
  vault: EvidenceVault;
  audit: AuditTrail;
  now: () => Date;
  appVersion: string;
  dataDir: string;
  shell: 'desktop' | 'web';
  /** Largest evidence file accepted, in bytes. */
  evidenceMaxBytes: number;
}

/** Runs fn in one IMMEDIATE transaction: the change and its audit event commit together or not at all. */
export function inTransaction<T>(ctx: CoreContext, fn: () => T): T {
  return ctx.db.transaction(fn).immediate();
}
