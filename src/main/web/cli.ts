/**
 * Casefile's command line:
 *   casefile serve [--data-dir DIR] [--port N] [--token T]   web mode: prints the URL to open as its first
 *                                                            line of standard output, then serves until stopped
 *   casefile verify <dossier.zip>                            checks an exported dossier (verifyCommand.ts)
 */
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveDataDir } from '../core/dataDir';
import { openCore } from '../core/openCore';
import { appVersion } from '../core/appVersion';
import { NewerDatabaseError } from '../core/errors';
import { createWebServer, listen } from './server';
import { parseServeArgs } from './serveArgs';
import { runVerify, VERIFY_USAGE } from './verifyCommand';

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'verify') {
    return runVerify(rest, { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) });
  }
  if (command !== 'serve') {
    process.stderr.write(`Usage: casefile serve [--data-dir DIR] [--port N] [--token T]\n       ${VERIFY_USAGE.slice('Usage: '.length)}\n`);
    return 2;
  }
  const args = parseServeArgs(rest);
  if ('error' in args) {
    process.stderr.write(`${args.error}\nUsage: casefile serve [--data-dir DIR] [--port N] [--token T]\n`);
    return 2;
  }
  const dataDir = resolveDataDir(args.dataDir);
  let core;
  try {
    core = openCore({ dataDir, appVersion: appVersion(), shell: 'web' });
  } catch (error) {
    if (error instanceof NewerDatabaseError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const token = args.token ?? randomBytes(24).toString('base64url');
  const rendererDir = join(dirname(fileURLToPath(import.meta.url)), '../renderer');
  const server = createWebServer({ router: core.router, token, rendererDir });
  let url: string;
  try {
    url = await listen(server, args.port ?? 0, token);
  } catch (error) {
    core.close();
    process.stderr.write(`Could not listen on 127.0.0.1:${args.port}: ${(error as Error).message}\n`);
    return 1;
  }
  process.stdout.write(`${url}\n`);
  process.stderr.write(`Casefile web mode. Data: ${dataDir}\nOpen the URL above in your browser. Ctrl+C stops.\n`);

  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    server.on('close', () => resolve());
  });
  server.closeAllConnections();
  core.close();
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Casefile could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
