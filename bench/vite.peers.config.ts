import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Builds the peer pages (Leaflet, ECharts) exactly as the app and the floor are built.
export default defineConfig({
  root: fileURLToPath(new URL('./peers', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../dist-bench/peers', import.meta.url)),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        leaflet: fileURLToPath(new URL('./peers/leaflet/index.html', import.meta.url)),
        echarts: fileURLToPath(new URL('./peers/echarts/index.html', import.meta.url)),
      },
    },
  },
});
