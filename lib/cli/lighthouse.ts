/**
 * `npm run lighthouse [-- --url http://127.0.0.1:3000]`: Lighthouse (mobile) on the home, search,
 * project and dashboard pages of a running portal, in Debian's chromium; prints the performance
 * and accessibility scores and every accessibility audit that did not pass. Exits 1 when an
 * accessibility score is under 100.
 */
import { execFileSync } from "node:child_process";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const urlArg = process.argv.indexOf("--url");
const base = (urlArg > 0 ? process.argv[urlArg + 1] : undefined) ?? "http://127.0.0.1:3000";
const chromePath =
  process.env.CHROME_PATH ??
  execFileSync("sh", ["-c", "command -v chromium || command -v chromium-browser"], { encoding: "utf8" }).trim();

/** The first project the search page lists: a real project page without knowing a slug. */
async function firstProjectPath(): Promise<string> {
  const html = await (await fetch(`${base}/hankkeet?q=ty%C3%B6hyvinvointi`)).text();
  const slug = /href="(\/hankkeet\/[a-z0-9-]+)"/.exec(html)?.[1];
  if (!slug) throw new Error("no project found on the search page");
  return slug;
}

const pages: Array<[string, string]> = [
  ["home", "/"],
  ["search", "/hankkeet?q=ty%C3%B6hyvinvoinnin"],
  ["project", await firstProjectPath()],
  ["dashboard", "/tilastot"],
];

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
});
let failed = false;
try {
  for (const [name, path] of pages) {
    const result = await lighthouse(`${base}${path}`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
      formFactor: "mobile",
    });
    if (!result) throw new Error(`no Lighthouse result for ${path}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    console.log(
      `${name.padEnd(10)} performance ${String(score("performance")).padStart(3)}  ` +
        `accessibility ${String(score("accessibility")).padStart(3)}  ${path}`,
    );
    for (const ref of categories.accessibility?.auditRefs ?? []) {
      const audit = audits[ref.id];
      if (audit && audit.score !== null && audit.score < 1 && ref.weight > 0)
        console.log(`  ✗ ${audit.id}: ${audit.title}`);
    }
    if (score("accessibility") < 100) failed = true;
  }
} finally {
  await chrome.kill();
}
console.log("(targets: performance ≥ 95, accessibility 100, mobile)");
process.exit(failed ? 1 : 0);
