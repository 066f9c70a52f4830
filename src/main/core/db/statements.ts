/**
 * Prepared statements, prepared once per connection and reused: preparing costs more than running a short
 * query, and hot paths (the timeline, search, the import's insert loop) run the same SQL again and again.
 * Keyed by the SQL text. Search builds its SQL from the query's shape (how many terms, which filters), so the
 * cache is bounded: when it grows past MAX it is emptied and refills with what is in use.
 */
import type { Database, Statement } from 'better-sqlite3';

const MAX = 500;
const caches = new WeakMap<Database, Map<string, Statement>>();

/**
 * The prepared statement for `sql` on this connection. `pluck` (answer the first column only) and `raw`
 * (rows as arrays: no property names to build, the fastest way to read many rows) are fixed when the
 * statement is prepared and are part of the key: never call .pluck()/.raw() on a shared statement.
 */
export function statement(db: Database, sql: string, options: { pluck?: boolean; raw?: boolean } = {}): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const key = (options.pluck ? 'pluck:' : options.raw ? 'raw:' : 'rows:') + sql;
  let prepared = cache.get(key);
  if (!prepared) {
    if (cache.size >= MAX) cache.clear();
    prepared = db.prepare(sql);
    if (options.pluck) prepared.pluck();
    else if (options.raw) prepared.raw();
    cache.set(key, prepared);
  }
  return prepared;
}
