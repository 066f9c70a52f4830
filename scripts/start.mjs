// npm start: the desktop app. Where the Electron binary cannot be had (no download possible), say so in
// one sentence and start web mode on the default data folder instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildIfMissing } from './buildIfMissing.mjs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

/** The Electron executable, downloading it once if the electron package has not yet (it fetches lazily). */
function electronBinary() {
  let pkgDir;
  try {
    pkgDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const binary = () => {
    const pathFile = join(pkgDir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const file = join(pkgDir, 'dist', readFileSync(pathFile, 'utf8'));
    return existsSync(file) ? file : null;
  };
  if (binary()) return binary();
  if (process.env.CASEFILE_NO_ELECTRON_DOWNLOAD) return null;
  spawnSync(process.execPath, [join(pkgDir, 'install.js')], { stdio: 'ignore', timeout: 120_000 });
  return binary();
}

buildIfMissing();
const electron = electronBinary();
if (electron) {
  // better-sqlite3 must match Electron's ABI; scripts/native-for-electron.mjs builds that copy once.
  const native = spawnSync(process.execPath, [join(root, 'scripts/native-for-electron.mjs')], { stdio: 'inherit' });
  if (native.status === 0) {
    const child = spawn(electron, ['.', ...process.argv.slice(2)], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, CASEFILE_SQLITE_BINDING: join(root, 'build/electron-native/better_sqlite3.node') },
    });
    child.on('exit', (code) => process.exit(code ?? 0));
  } else {
    fallBackToWeb('better-sqlite3 could not be built for Electron');
  }
} else {
  fallBackToWeb('the Electron binary is not installed and cannot be downloaded here');
}

function fallBackToWeb(reason) {
  console.error(`Casefile cannot open its desktop window because ${reason}, so it is starting web mode instead: open the URL below in your browser.`);
  const child = spawn(process.execPath, ['out/main/cli.js', 'serve', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 1));
}
