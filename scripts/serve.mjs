// npm run serve -- [--data-dir DIR] [--port N] [--token T]: web mode, building first if needed.
import { spawn } from 'node:child_process';
import { buildIfMissing } from './buildIfMissing.mjs';
import { fileURLToPath } from 'node:url';

buildIfMissing();
const root = fileURLToPath(new URL('..', import.meta.url));
const child = spawn(process.execPath, ['out/main/cli.js', 'serve', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 1));
