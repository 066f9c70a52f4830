import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { test as base, expect } from '@playwright/test';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../..');
/** Shared fixtures live beside the repository (CI clones it with shared/ next to it). */
export const sharedFixture = (name: string) => path.resolve(repoRoot, '../shared/fixtures', name);

const CLI = path.join(repoRoot, 'out/main/cli.js');
const URL_LINE = /^http:\/\/127\.0\.0\.1:\d+\/\?token=[^\s]+$/;

interface RunningServer {
  url: string;
  dataDir: string;
  token: string;
  stop: () => Promise<void>;
}

/** What a test may know about its server: the URL to open, its data directory, its token. */
export interface ServerInfo {
  url: string;
  dataDir: string;
  token: string;
}

/** Starts `cli.js serve` on a free port; resolves with the URL it prints as its first stdout line. */
async function startServer(): Promise<RunningServer> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first.`);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'casefile-e2e-'));
  const token = randomBytes(18).toString('base64url');
  const child: ChildProcess = spawn(
    process.execPath,
    [CLI, 'serve', '--data-dir', dataDir, '--port', '0', '--token', token],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not print its URL in 15 s\n${stderr}`)), 15_000);
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      clearTimeout(timer);
      if (URL_LINE.test(line.trim())) resolve(line.trim());
      else reject(new Error(`unexpected first line from the server: ${JSON.stringify(line)}\n${stderr}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before printing its URL\n${stderr}`));
    });
  });

  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      const forced = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(forced);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { url, dataDir, token, stop };
}

/**
 * `server`: a fresh Casefile (own data directory, own token) for each test; `serverUrl` is its address
 * with the token, for tests that only open the page.
 */
export const test = base.extend<{ server: ServerInfo; serverUrl: string }>({
  // Playwright reads the fixtures a test needs from this object pattern, so it must be one, even empty.
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, provide) => {
    const server = await startServer();
    try {
      await provide({ url: server.url, dataDir: server.dataDir, token: server.token });
    } finally {
      await server.stop();
    }
  },
  serverUrl: async ({ server }, provide) => {
    await provide(server.url);
  },
});

export { expect };
