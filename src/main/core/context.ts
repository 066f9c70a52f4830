/**
 * What every core module works with: the open store, the evidence vault, the audit trail and the clock.
 * Passing the clock in (never calling new Date() deep inside) lets tests fix time.
 */
import type { Database } from 'better-sqlite3';
import type { AuditTrail } from './audit/auditTrail';
import type { EvidenceVault } from './evidence/vault';
import type { JobRegistry } from './jobs/jobRegistry';
import type { AppInfo } from '../../shared/domain';

export interface CoreContext {
  db: Database;
  vault: EvidenceVault;
  audit: AuditTrail;
  now: () => Date;
  appVersion: string;
  dataDir: string;
  shell: 'desktop' | 'web';
  /** Largest evidence file accepted, in bytes, unless the user's settings say otherwise (settingsStore). */
  evidenceMaxBytes: number;
  /** Background work (the vault check), polled through jobs.get. */
  jobs: JobRegistry;
  /** Where unexpected failures of background work are reported (the router logs call failures itself). */
  log: (message: string) => void;
  /** Which shell-only methods the running shell provides (see openCore's shellHandlers). */
  capabilities: AppInfo['capabilities'];
}

/** Runs fn in one IMMEDIATE transaction: the change and its audit event commit together or not at all. */
export function inTransaction<T>(ctx: CoreContext, fn: () => T): T {
  return ctx.db.transaction(fn).immediate();
}
