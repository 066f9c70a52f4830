/**
 * Where Casefile keeps its data when not told otherwise: the per-user app data folder named "Casefile",
 * the same folder Electron's app.getPath('userData') gives for this app, so the desktop app and web mode
 * open the same store. Order: --data-dir, then CASEFILE_DATA_DIR, then this default.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_FOLDER = 'Casefile';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = homedir();
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_FOLDER);
}

export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag || env.CASEFILE_DATA_DIR || defaultDataDir(env);
}
