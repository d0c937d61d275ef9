import { defineConfig } from "vitest/config";

/**
 * Test files that replace a module (`vi.mock`, `vi.doMock`): each runs in a fresh module graph of its
 * own. tests/helpers/isolation.test.ts fails when a file that mocks a module is missing here.
 */
export const ISOLATED = ["tests/read/pdfOcrPages.test.ts", "tests/batch/early-start.test.ts"];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    projects: [
      {
        extends: true,
        // Note: every other file shares its worker's module graph (`isolate: false`): importing the
        // pipeline (compromise, chrono, the rule tables) once per worker instead of once per file cut
        // tests/resolve from 111 to 16 CPU s (docs/performance.md "Test time").
        test: { name: "shared", include: ["tests/**/*.test.ts"], exclude: ISOLATED, isolate: false },
      },
      { extends: true, test: { name: "isolated", include: ISOLATED } },
    ],
  },
});
