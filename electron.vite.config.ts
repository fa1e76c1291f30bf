import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Small pure-JS libraries every command needs go into the bundle: resolving zod's hundred
      // files at each start cost the CLI more than its work. Large, lazily loaded readers stay
      // external.
      externalizeDeps: { exclude: ['zod', 'fuse.js'] },
      rolldownOptions: {
        // The desktop app, the CLI and the browser shell: one build of the same service code.
        input: {
          index: resolve(__dirname, 'electron/main/app/index.ts'),
          cli: resolve(__dirname, 'electron/main/cli/entry.ts'),
          web: resolve(__dirname, 'electron/main/shell/webEntry.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rolldownOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        // A sandboxed preload cannot be an ES module.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      minify: true,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'renderer/index.html') },
        output: {
          // The window's words (i18next and the catalogues) and React in chunks of their own,
          // each under the size the build warns at.
          codeSplitting: {
            groups: [
              { name: 'words', test: /i18next|[\\/]i18n[\\/].*\.json/ },
              { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            ],
          },
        },
      },
    },
  },
});
