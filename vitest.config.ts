import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The build test runs a real vite build; software-only CI machines need the time.
    testTimeout: 60_000,
  },
});
