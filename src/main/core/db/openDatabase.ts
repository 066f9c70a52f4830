/**
 * Opens (or creates) the Casefile SQLite store: durable pragmas first, then pending migrations in one
 * transaction. A database from a newer Casefile is refused untouched.
 */
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { NewerDatabaseError } from '../errors';
import { migrations as allMigrations, type Migration } from './migrations';

export interface OpenOptions {
  /** Tests pass a shorter or longer list to exercise upgrades; the app uses the built-in one. */
  migrations?: Migration[];
  /**
   * Path of a better-sqlite3 native binary built for another runtime (Electron's ABI). See
   * scripts/native-for-electron.mjs; the env var CASEFILE_SQLITE_BINDING sets it for the desktop shell.
   */
  nativeBinding?: string;
}

export function openDatabase(file: string, options: OpenOptions = {}): Database {
  const migrations = options.migrations ?? allMigrations;
  const nativeBinding = options.nativeBinding ?? process.env.CASEFILE_SQLITE_BINDING;
  const db = new BetterSqlite3(file, nativeBinding ? { nativeBinding } : {});
  try {
    // Refuse a newer store before any pragma runs: switching to WAL rewrites the file's header.
    const found = schemaVersion(db);
    if (found > migrations.length) throw new NewerDatabaseError(found, migrations.length);
    // WAL: readers never block the writer; FULL: a committed entry survives power loss.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function migrate(db: Database, migrations: Migration[]): void {
  const current = schemaVersion(db);
  if (current > migrations.length) throw new NewerDatabaseError(current, migrations.length);
  if (current === migrations.length) return;
  db.transaction(() => {
    for (let version = current; version < migrations.length; version++) migrations[version]!(db);
    db.pragma(`user_version = ${migrations.length}`);
  }).immediate();
}
