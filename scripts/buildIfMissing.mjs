// Builds the app (npm run build) when out/ is missing or older than the sources, so `npm start` and
// `npm run serve` work straight after `npm install`. Build output goes to stderr: the first stdout line of
// `npm run serve` must stay the URL.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outputs = ['out/main/index.js', 'out/main/cli.js', 'out/preload/index.cjs', 'out/renderer/index.html'];

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function buildIfMissing() {
  const missing = outputs.filter((file) => !existsSync(join(root, file)));
  const builtAt = missing.length ? 0 : Math.min(...outputs.map((file) => statSync(join(root, file)).mtimeMs));
  if (missing.length === 0 && builtAt >= newestSource(join(root, 'src'))) return;
  console.error(missing.length ? 'Building Casefile (first run)…' : 'Sources changed: rebuilding Casefile…');
  const result = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: ['ignore', 2, 'inherit'] });
  if (result.status !== 0) {
    console.error('The build failed; see the messages above.');
    process.exit(result.status ?? 1);
  }
}

// Run as a script (`node scripts/buildIfMissing.mjs && node out/main/cli.js verify`, npm run verify): build if needed.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) buildIfMissing();
