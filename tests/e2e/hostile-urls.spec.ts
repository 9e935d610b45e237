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
  "/tilastot/csv/maakunnat",
];
const PARAMS = [
  "q",
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
