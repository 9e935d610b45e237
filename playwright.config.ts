import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "@playwright/test";

// Debian's chromium where installed (machines without internet cannot download Playwright's);
// Playwright's own browser elsewhere.
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

// The suite guard (tests/suite-guard/check.ts) runs one deliberately failing fixture through this
// configuration (browser, reporter, retries as here), without building the portal for it.
const guardFixture = process.env.SUITE_GUARD_FIXTURE;

// The admin tests change records; they run after the read-only ones, which count the seeds.
const SPECS = {
  public: /(^|\/)(portal|researcher|funder|hostile-urls|phone-print|languages)\.spec\.ts$/,
  admin: /(^|\/)(access|admin|admin-nojs|admin-languages)\.spec\.ts$/,
};
// A spec that no project matches would never run, and so never fail: refuse to start instead.
const unmatched = readdirSync(path.join(import.meta.dirname, "tests/e2e")).filter(
  (file) => file.endsWith(".spec.ts") && !Object.values(SPECS).some((spec) => spec.test(file)),
);
if (unmatched.length) throw new Error(`tests/e2e: no Playwright project runs ${unmatched.join(", ")}`);

export default defineConfig({
  testDir: guardFixture ? path.dirname(guardFixture) : "tests/e2e",
  testMatch: guardFixture ? path.basename(guardFixture) : "**/*.spec.ts",
  timeout: 30_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? "line" : "list",
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    locale: "fi-FI",
    trace: "retain-on-failure",
    launchOptions: {
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: guardFixture
    ? [{ name: "suite-guard" }]
    : [
        { name: "public", testMatch: SPECS.public },
        { name: "admin", testMatch: SPECS.admin, dependencies: ["public"] },
      ],
  webServer: guardFixture
    ? undefined
    : {
        // Builds the app and serves it on a throwaway embedded Postgres seeded from seeds/.
        command: "npx tsx tests/e2e/serve.ts",
        url: `http://127.0.0.1:${E2E_PORT}/`,
        timeout: 240_000,
        reuseExistingServer: false,
        stdout: "ignore",
        stderr: "pipe",
        env: { E2E_PORT: String(E2E_PORT) },
      },
});
