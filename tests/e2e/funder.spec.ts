import { expect, type Locator, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

/** "1 365 804 €" → 1365804 (Finnish formats use no-break spaces between thousands). */
const euros = (text: string) => Number(text.replace(/[^\d-]/g, ""));

async function figure(page: Page, label: string): Promise<string> {
  return (await page.locator(`[data-figure="${label}"]`).textContent()) ?? "";
}

/** The chart's drawn values, its table's values and its CSV's values for one column. */
async function chartNumbers(page: Page, chart: Locator, column: string, csvColumn: number) {
  // A chart is drawn for a wide screen and for a phone: both drawings show the same numbers.
  const drawings = await chart
    .locator("svg[role=group]")
    .evaluateAll((svgs) =>
      svgs.map((svg) =>
        [...svg.querySelectorAll("[data-value]")].map((e) => Number(e.getAttribute("data-value"))).filter((v) => v > 0),
      ),
    );
  for (const other of drawings.slice(1)) expect(other).toEqual(drawings[0]);
  const drawn = drawings[0] ?? [];
  await chart.getByText("Näytä tiedot taulukkona").click();
  const table = (await chart.locator(`td[data-column="${column}"]`).allTextContents()).map(euros).filter((v) => v > 0);
  const csvHref = await chart.getByRole("link", { name: "CSV" }).getAttribute("href");
  const csv = await (await page.request.get(csvHref!)).text();
  const fromCsv = csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n")
    .slice(1)
    .map((line) => Number(line.split(",")[csvColumn]))
    .filter((v) => v > 0);
  return { drawn, table, csv: fromCsv };
}

test("dashboard: filter by funder and years, click a region, land on its projects", async ({ page }) => {
  await page.goto("/tilastot");
  await expect(page.getByRole("heading", { level: 1, name: "Tilastot" })).toBeVisible();
  expect(await figure(page, "Hankkeita")).toBe("4");
  expect(await figure(page, "Myönnetty yhteensä")).toMatch(/^1,4\smilj\.\s€$/);
  await expectNoAxeViolations(page);

  await page.getByRole("checkbox", { name: "Työsuojelurahasto" }).check();
  await page.getByLabel("Alkanut vuodesta").fill("2005");
  await page.getByLabel("Alkanut vuoteen").fill("2023");
  await page.getByRole("button", { name: "Päivitä tilastot" }).click();
  await expect(page).toHaveURL(/funder=TSR/);
  await expect(page).toHaveURL(/yearFrom=2005&yearTo=2023/);
  expect(await figure(page, "Hankkeita")).toBe("3");

  await page.getByRole("link", { name: /^Lappi: 17\s605\s€/ }).click();
  await expect(page).toHaveURL(/region=lappi/);
  expect(await figure(page, "Hankkeita")).toBe("1");
  await page.getByRole("link", { name: /Näytä tämä hanke hakusivulla/ }).click();
  await expect(page).toHaveURL(/\/hankkeet\?.*funder=TSR.*region=lappi/);
  await expect(page.getByRole("heading", { name: /^1 hanke, myönnetty yhteensä 17\s605\s€/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Yhteisöllisyys ja yhteisöllinen johtaminen/ })).toBeVisible();
});

test("a funder's view, and every chart's table and CSV agree with the drawing", async ({ page }) => {
  await page.goto("/tilastot?rahoittaja=ESR");
  await expect(page.getByRole("heading", { level: 1, name: "Tilastot: Euroopan sosiaalirahasto" })).toBeVisible();
  expect(await figure(page, "Hankkeita")).toBe("1");

  await page.goto("/tilastot");
  const regions = await chartNumbers(page, page.locator('[data-chart="maakunnat"]'), "grantedEur", 1);
  expect(regions.drawn.sort()).toEqual(regions.table.sort());
  expect(regions.csv.sort()).toEqual(regions.table.sort());
  expect(regions.table.reduce((a, b) => a + b, 0)).toBe(1365804 + 40752 + 17605 + 6800);

  const years = await chartNumbers(page, page.locator('[data-chart="vuodet"]'), "total", 3);
  expect(years.csv).toEqual(years.table);
  // Stacks: the drawn segments of a year add up to the year's total.
  expect(years.drawn.reduce((a, b) => a + b, 0)).toBe(years.table.reduce((a, b) => a + b, 0));

  // The drawing itself downloads as SVG, with the numbers it shows.
  const svgDownload = page.waitForEvent("download");
  await page.locator('[data-chart="maakunnat"]').getByRole("button", { name: "SVG" }).click();
  const svgFile = await svgDownload;
  expect(svgFile.suggestedFilename()).toBe("maakunnat.svg");
  const svgText = Buffer.concat(await (await svgFile.createReadStream()).toArray()).toString("utf8");
  expect(svgText).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svgText).toContain('data-value="1365804"');

  const types = await chartNumbers(page, page.locator('[data-chart="organisaatiotyypit"]'), "grantedEur", 1);
  expect(types.drawn).toEqual(types.table);
  expect(types.csv).toEqual(types.table);
  await expectNoAxeViolations(page);

  // One click from a table row to the matching projects.
  await page.locator('[data-chart="maakunnat"]').getByRole("link", { name: "Valtakunnallinen", exact: true }).click();
  await expect(page).toHaveURL(/\/hankkeet\?national=true/);
  await expect(page.getByRole("heading", { name: /^1 hanke, myönnetty yhteensä 1\s365\s804\s€/ })).toBeVisible();
});

test("GET /api/stats groups and refuses unknown parameters", async ({ request }) => {
  const body = await (await request.get("/api/stats?groupBy=year&funder=TSR")).json();
  expect(body.total.projects).toBe(3);
  expect(body.groups.reduce((n: number, g: { projects: number }) => n + g.projects, 0)).toBe(3);
  const bad = await request.get("/api/stats?groupBy=colour");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.param).toBe("groupBy");
});

test("the dashboard in English", async ({ page }) => {
  await page.goto("/tilastot?rahoittaja=TSR");
  await page.getByRole("link", { name: "In English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Statistics: Työsuojelurahasto" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Granted euros by region" })).toBeVisible();
  await expect(page.getByText(/The most was granted in \d{4}/)).toBeVisible();
  await expectNoAxeViolations(page);
  const csv = await (await page.request.get("/en/tilastot/csv/maakunnat?funder=TSR")).text();
  expect(csv.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe("Region,Granted,Projects,Of which region inferred");
  await page.getByRole("link", { name: "Suomeksi" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tilastot: Työsuojelurahasto" })).toBeVisible();
});
