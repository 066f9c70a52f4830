/**
 * Shared test plumbing: a real core on a real SQLite file in a temp folder, a fake clock, and call
 * helpers that unwrap the router's ApiResult envelope. Every test file calls `afterEach(cleanup)`.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { ApiErrorBody, ErrorCode } from '../../src/shared/api/errors';
import type { CallOptions, CallResult, Router } from '../../src/main/core/api/router';
import { openCore, type Core, type CoreOptions } from '../../src/main/core/openCore';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fixturesDir = path.join(repoRoot, 'tests/fixtures');
/** A real 320x200 PNG screenshot (copied from ../shared/fixtures so unit tests stand alone). */
export const FIXTURE_PNG = path.join(fixturesDir, 'screenshot-withdrawal-pending.png');

export const T0 = '2024-03-01T02:00:00.000Z';

export interface FakeClock {
  now: () => Date;
  set(iso: string): void;
  advance(ms: number): void;
  /** The current time as an ISO string. */
  iso(): string;
}

/** A clock that only moves when told to. */
export function fakeClock(start: string = T0): FakeClock {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    set: (iso) => {
      t = Date.parse(iso);
    },
    advance: (ms) => {
      t += ms;
    },
    iso: () => new Date(t).toISOString(),
  };
}

const tempDirs: string[] = [];
const cores: Core[] = [];

export function makeTempDir(prefix = 'casefile-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** Closes every core opened by openTestCore and removes every temp folder. */
export function cleanup(): void {
  for (const core of cores.splice(0)) {
    try {
      core.close();
    } catch {
      // already closed by the test
    }
  }
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

export interface TestCore {
  core: Core;
  router: Router;
  ctx: Core['ctx'];
  dataDir: string;
  clock: FakeClock;
  /** What the router logged (internal errors). */
  logs: string[];
}

export function openTestCore(options: Partial<CoreOptions> & { clock?: FakeClock } = {}): TestCore {
  const clock = options.clock ?? fakeClock();
  const dataDir = options.dataDir ?? path.join(makeTempDir(), 'data');
  const logs: string[] = [];
  const core = openCore({
    appVersion: '0.0.0-test',
    shell: 'web',
    now: clock.now,
    log: (message) => logs.push(message),
    ...options,
    dataDir,
  });
  cores.push(core);
  return { core, router: core.router, ctx: core.ctx, dataDir, clock, logs };
}

type Body = Buffer | Uint8Array | AsyncIterable<Uint8Array>;

function callOptions(body?: Body): CallOptions {
  if (body === undefined) return {};
  return { body: body instanceof Uint8Array ? Readable.from([Buffer.from(body)]) : body };
}

export async function callRaw(router: Router, method: string, input: unknown, body?: Body): Promise<CallResult> {
  return router.call(method, input, callOptions(body));
}

/** Calls a method that must succeed; returns its value. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function call<T = any>(router: Router, method: string, input?: unknown, body?: Body): Promise<T> {
  const result = await callRaw(router, method, input, body);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** Calls a method that must fail with `code`; returns the error body. */
export async function callError(
  router: Router,
  method: string,
  input: unknown,
  code: ErrorCode,
  body?: Body,
): Promise<ApiErrorBody> {
  const result = await callRaw(router, method, input, body);
  if (result.ok) throw new Error(`${method} unexpectedly succeeded: ${JSON.stringify(result.value).slice(0, 300)}`);
  expect(result.error.code, result.error.message).toBe(code);
  return result.error;
}

export async function createPlatform(router: Router, name = 'Binance'): Promise<number> {
  return (await call<{ id: number }>(router, 'platforms.create', { name })).id;
}

export async function createTicket(
  router: Router,
  input: Record<string, unknown> = {},
): Promise<{ platformId: number; ticketId: number }> {
  const platformId = (input.platformId as number | undefined) ?? (await createPlatform(router));
  const { id } = await call<{ id: number }>(router, 'tickets.create', {
    title: 'Withdrawal stuck / 提现卡住',
    ...input,
    platformId,
  });
  return { platformId, ticketId: id };
}

export async function readStream(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Every file (not folder) below dir, as paths relative to it; [] when dir does not exist. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();
}

export function count(ctx: Core['ctx'], table: string): number {
  return ctx.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}
