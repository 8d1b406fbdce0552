import { defineConfig } from 'vite';

// The gateway serves the built page under /diary/ (ADR 0049); Maven packs target/classes/ejd-diary-page into the jar.
export default defineConfig({
  base: '/diary/',
  build: {
    outDir: '../../../target/classes/ejd-diary-page',
    emptyOutDir: true,
    reportCompressedSize: false,
  },
});
