import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The app is served from the project root: index.html loads src/app/main.ts, and
// data/ (events, articles, built geo files) is copied verbatim as public assets.
export default defineConfig({
  plugins: [svelte()],
  publicDir: 'data',
  build: {
    outDir: 'dist', target: 'es2022', chunkSizeWarningLimit: 1500,
    // maplibre-gl in a chunk of its own, so the app's own code can be measured against its size budget.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] } } },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 5173 },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
});
