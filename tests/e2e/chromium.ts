/**
 * Headless Chromium for end-to-end tests: Debian's `chromium` package driven by
 * playwright-core (no browser download). `CHROMIUM_PATH` overrides the default path.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Where Chromium is expected; tests skip, saying so, when nothing is there. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const HAS_CHROMIUM = existsSync(CHROMIUM_PATH);

/** Why browser tests are skipped, for the test name and the console. */
export const SKIP_REASON = `skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`;

/**
 * Launches headless Chromium. Note: without the background-networking flags Chromium keeps
 * trying to reach Google's hosts, which this closed network refuses; --no-sandbox because CI
 * runs as root.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
