import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `vite` (dev) proxies the API to the portal on :4000; `vite build` writes dist/, which the portal serves itself.
export default defineConfig({
  plugins: [react()],
  // The shared file reader is bundled from its source (as the tests read it), so the web build needs no invoer/dist.
  resolve: { alias: { '@portal/invoer': new URL('../invoer/src/index.ts', import.meta.url).pathname } },
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://localhost:4000', '/auth': 'http://localhost:4000' },
  },
  build: { outDir: 'dist', sourcemap: true },
});
