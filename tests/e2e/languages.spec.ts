/**
 * Finnish at /…, Swedish at /sv/…, English at /en/…: every public page in each, with hreflang
 * alternates, the language switch keeping the page, old cookie-switch links still arriving, and
 * axe finding nothing in any of the three.
 */
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

const PROJECT = "/hankkeet?q=kotihoito";

test("the same search in Finnish, Swedish and English, switched by links that keep it", async ({ page }) => {
  await page.goto(PROJECT);
  await expect(page.locator("html")).toHaveAttribute("lang", "fi");
  await page.getByRole("link", { name: "På svenska" }).click();
  await expect(page).toHaveURL(/\/sv\/hankkeet\?q=kotihoito$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await expect(page.getByRole("heading", { name: /^1 projekt, sammanlagt beviljat 1\s365\s804\s€$/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sök" })).toBeVisible();
  // Links on the page stay in Swedish.
  await page.getByRole("link", { name: /^SoteDialogit muutoksessa/ }).click();
  await expect(page).toHaveURL(/\/sv\/hankkeet\/[^/?]+$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await page.getByRole("link", { name: "In English" }).click();
  await expect(page).toHaveURL(/\/en\/hankkeet\/[^/?]+$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("every page names its versions in the other languages (hreflang)", async ({ page, baseURL }) => {
  await page.goto(`/sv${PROJECT}`);
  const alternates = await page
    .locator('head link[rel="alternate"][hreflang]')
    .evaluateAll((links) => links.map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")]));
  expect(alternates).toEqual([
    ["fi", `${baseURL}${PROJECT}`],
    ["sv", `${baseURL}/sv${PROJECT}`],
    ["en", `${baseURL}/en${PROJECT}`],
    ["x-default", `${baseURL}${PROJECT}`],
  ]);
});

test("old language-switch links and prefixed Finnish links arrive at the right URL", async ({ page }) => {
  await page.goto(`/kieli?lang=en&back=${encodeURIComponent(PROJECT)}`);
  await expect(page).toHaveURL(/\/en\/hankkeet\?q=kotihoito$/);
  await page.goto(`/kieli?lang=fi&back=${encodeURIComponent(`/sv${PROJECT}`)}`);
  await expect(page).toHaveURL(/:\d+\/hankkeet\?q=kotihoito$/);
  await page.goto("/fi/tilastot");
  await expect(page).toHaveURL(/:\d+\/tilastot$/);
});

test("the dashboard's charts and CSV speak Swedish", async ({ page }) => {
  await page.goto("/sv/tilastot");
  await expect(page.getByRole("heading", { level: 1, name: "Statistik" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Beviljade euro per landskap" })).toBeVisible();
  const csv = await (await page.request.get("/sv/tilastot/csv/maakunnat")).text();
  expect(csv.replace(/^\uFEFF/, "").split("\r\n")[0]).toMatch(/^Landskap,/);
});

for (const locale of ["sv", "en"]) {
  test(`no axe violations in ${locale}: home, search, project, source, organisation, document, dashboard`, async ({
    page,
  }) => {
    await page.goto(`/${locale}`);
    await expectNoAxeViolations(page);
    const document = await page.locator('a[href*="/aineistot/"]').first().getAttribute("href");
    await page.goto(`/${locale}${PROJECT}`);
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: /^SoteDialogit muutoksessa/ }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/hankkeet/esr-s21565`));
    await expectNoAxeViolations(page);
    const project = new URL(page.url()).pathname;
    const organisation = await page.locator('a[href*="/organisaatiot/"]').first().getAttribute("href");
    await page.goto(`${project}/lahde`);
    await expectNoAxeViolations(page);
    await page.goto(organisation!);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expectNoAxeViolations(page);
    await page.goto(document!);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expectNoAxeViolations(page);
    await page.goto(`/${locale}/tilastot`);
    await expectNoAxeViolations(page);
  });
}
