import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The browser shells the tests start leave the extension's ports to the extension's test.
    env: { DOSSIER_CAPTURE_PORTS: 'off' },
    environment: 'node',
    // Upper bounds only: every wait is on a state (a poll, a locator), never a fixed sleep, so a
    // fast machine finishes as soon as the state is reached and a loaded one still passes.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    expect: { poll: { timeout: 30_000 } },
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
