import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

/**
 * One build for every shell: out/main holds the Electron main process (index.js) and the web-mode
 * server (cli.js), which share the core; out/preload the sandboxed bridge (CommonJS, as Electron's
 * sandbox requires); out/renderer the UI both shells serve.
 */
const root = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        input: {
          index: resolve(root, 'src/main/index.ts'),
          cli: resolve(root, 'src/main/web/cli.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src/renderer'),
    resolve: {
      alias: {
        '@renderer': resolve(root, 'src/renderer/src'),
        '@shared': resolve(root, 'src/shared'),
      },
    },
    plugins: [react()],
    build: {
      // electron-vite leaves the renderer unminified by default; the same bundle is served in web mode.
      minify: true,
      rolldownOptions: { input: resolve(root, 'src/renderer/index.html') },
    },
  },
});
