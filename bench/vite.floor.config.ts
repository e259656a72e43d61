import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { assetFileNames } from '../scripts/asset-names.ts';

// Builds the floor page exactly as the app is built, so the two differ only in what the app adds.
export default defineConfig({
  root: fileURLToPath(new URL('./floor', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../dist-bench/floor', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: { output: { assetFileNames } },
  },
});
