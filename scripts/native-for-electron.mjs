// The one switch between Node's and Electron's ABI for better-sqlite3. Tests, web mode and the bench use
// the Node build in node_modules; the desktop app loads a second copy built here for Electron's ABI,
// passed to the core as CASEFILE_SQLITE_BINDING (src/main/core/db/openDatabase.ts). Needs Electron's
// headers (downloaded by node-gyp from electronjs.org once); exits non-zero when they cannot be had.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
const sqliteVersion = JSON.parse(readFileSync(join(sqliteDir, 'package.json'), 'utf8')).version;
const outDir = join(root, 'build/electron-native');
const stamp = join(outDir, 'VERSION');
const wanted = `electron ${electronVersion} better-sqlite3 ${sqliteVersion}`;

if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) process.exit(0);

console.error(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (once, about a minute)…`);
const work = join(outDir, 'src');
rmSync(work, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
cpSync(sqliteDir, work, { recursive: true, filter: (src) => !src.includes(`${sqliteDir}/build`) });
const gyp = spawnSync(
  'npx',
  ['node-gyp', 'rebuild', '--release', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers'],
  { cwd: work, stdio: 'inherit' },
);
if (gyp.status !== 0) process.exit(gyp.status ?? 1);
copyFileSync(join(work, 'build/Release/better_sqlite3.node'), join(outDir, 'better_sqlite3.node'));
writeFileSync(stamp, wanted);
rmSync(work, { recursive: true, force: true });
