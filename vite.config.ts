import { defineConfig } from 'vitest/config';

export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts', 'geo/**/*.test.ts'],
    environment: 'node',
  },
});
