import path from "node:path";
import { defineConfig } from "vitest/config";

// The suite guard (tests/suite-guard/check.ts) runs one deliberately failing fixture through a
// project, with that project's setup and teardown, to prove that failures fail the run.
const guardFixture = process.env.SUITE_GUARD_FIXTURE;
const testFiles = (globs: string[]) => (guardFixture ? [guardFixture] : globs);

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: testFiles(["lib/**/*.test.ts", "tests/unit/**/*.test.ts"]),
          setupFiles: ["tests/setup/fail-on-console-error.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: testFiles(["tests/integration/**/*.test.ts"]),
          // One real Postgres for the run, on its own port and throwaway data folder.
          globalSetup: ["tests/setup/global-database.ts"],
          setupFiles: ["tests/setup/fail-on-console-error.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
