/**
 * Hostile and broken values in every public URL parameter: the answer is a page or a 400 that
 * names the parameter, never a 5xx, and nothing of the input runs as script.
 */
import { expect, test } from "@playwright/test";
import { HOSTILE_STRINGS } from "../hostile-inputs";

const PAGES = [
  "/hankkeet",
  "/tilastot",
  "/api/projects",
  "/api/stats",
  "/api/projects/export",
  "/api/organizations",
  "/tilastot/csv/maakunnat",
];
const PARAMS = [
  "q",
  "pageSize",
  "funder",
  "region",
  "theme",
  "yearFrom",
  "minGranted",
  "sort",
  "page",
  "national",
  "decisionYear",
  "ganttYear",
  "groupBy",
  "columns",
  "format",
];

test("hostile URL parameters never give a server error", async ({ request }) => {
  test.setTimeout(180_000);
  let requests = 0;
  for (const [i, value] of HOSTILE_STRINGS.entries()) {
    // Each value goes to every page, in a parameter that changes from value to value.
    const param = PARAMS[i % PARAMS.length]!;
    for (const page of PAGES) {
      const response = await request.get(`${page}?${new URLSearchParams({ [param]: value.slice(0, 2000) })}`, {
        maxRedirects: 0,
      });
      requests++;
      expect([page, param, JSON.stringify(value).slice(0, 80), response.status() < 500]).toEqual([
        page,
        param,
        JSON.stringify(value).slice(0, 80),
        true,
      ]);
      if (response.status() === 400 && page.startsWith("/api"))
        expect((await response.json()).error.param).toBeTruthy();
    }
  }
  expect(requests).toBeGreaterThan(800);
});

test("a script in the query is shown as text, never run", async ({ page }) => {
  let alerted = false;
  page.on("dialog", async (dialog) => {
    alerted = true;
    await dialog.dismiss();
  });
  for (const value of HOSTILE_STRINGS.filter((v) => /<|javascript:/.test(v))) {
    await page.goto(`/hankkeet?${new URLSearchParams({ q: value })}`);
    await expect(page.getByRole("searchbox", { name: "Hae hankkeita" })).toHaveValue(value.trim());
  }
  expect(alerted).toBe(false);
});

test("every page and API answer carries the security headers", async ({ request }) => {
  for (const path of ["/", "/hankkeet", "/tilastot", "/sv/hankkeet", "/api/projects", "/hallinta/kirjaudu"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["strict-transport-security"], path).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["x-frame-options"], path).toBe("DENY");
    const csp = headers["content-security-policy"] ?? "";
    for (const directive of ["base-uri 'none'", "frame-ancestors 'none'"]) expect(csp, path).toContain(directive);
    // A data answer may run and load nothing at all.
    if (path.startsWith("/api/")) expect(csp, path).toMatch(/^default-src 'none'/);
    else {
      expect(csp, path).toContain("object-src 'none'");
      // No inline script runs unless Next gave it this answer's nonce.
      const scripts = csp.split("; ").find((d) => d.startsWith("script-src "))!;
      expect(scripts, path).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{22,}' 'strict-dynamic'$/);
    }
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
  // A fresh nonce for every answer.
  const nonceOf = async () =>
    (await request.get("/")).headers()["content-security-policy"]!.match(/'nonce-([^']+)'/)![1];
  expect(await nonceOf()).not.toBe(await nonceOf());
});

test("pages run their scripts under the strict policy, and only those", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
  });
  for (const path of ["/", "/hankkeet?q=johtaminen", "/tilastot", "/en/hankkeet", "/hallinta/kirjaudu"]) {
    await page.goto(path);
    // Next's client runtime started: its scripts carried the nonce.
    await page.waitForFunction(() => Boolean((window as { next?: { version?: string } }).next?.version));
    const withoutNonce = await page.evaluate(
      () => [...document.querySelectorAll("script")].filter((s) => s.type !== "application/ld+json" && !s.nonce).length,
    );
    expect(withoutNonce, path).toBe(0);
  }
  expect(violations).toEqual([]);
});
