/** The app version, from package.json at build time (electron-vite/vitest inline the JSON import). */
import pkg from '../../../package.json';

export function appVersion(): string {
  return pkg.version;
}
