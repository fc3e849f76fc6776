import { defineConfig } from "@playwright/test";

/**
 * e2e runs the product as shipped: the built CLI (dist/) on a temp copy of the
 * fixture logs, in Debian's Chromium (Playwright cannot download browsers here).
 */
const PORT = Number(process.env.E2E_PORT ?? 4610);

export default defineConfig({
  testDir: "e2e",
  // Playwright empties its output dir; keep it apart from the vitest JSON report.
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 800 },
    reducedMotion: "reduce",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-quic",
        "--disable-sync",
      ],
    },
  },
  // Proves the server wrote nothing into the served logs but ANALYSIS_REPORT.md.
  globalTeardown: "./e2e/support/integrity-teardown.mjs",
  webServer: {
    command: `node e2e/support/serve-fixtures.mjs ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "pipe",
  },
});
