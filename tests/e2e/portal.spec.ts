import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

test("home page lists the seeded projects and the document", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Työhyvinvointihankkeet/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fi");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Työhyvinvointihankkeet");
  const projects = page.getByRole("region", { name: "Hankkeet" }).getByRole("link");
  await expect(projects).toHaveCount(4);
  await expect(page.getByRole("link", { name: "Johtamisen kehittäminen ja mittaaminen" })).toBeVisible();
  // Finnish money format with a non-breaking space before the euro sign.
  await expect(page.getByRole("cell", { name: /^40\s752\s€$/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a project page shows its stored fields and where they came from", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /^SoteDialogit muutoksessa/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "SoteDialogit muutoksessa - johtaminen, työhyvinvointi ja tuloksellisuus",
  );
  await expect(page.locator("dd", { hasText: "S21565" })).toContainText("(lähde: rivi 7)");
  await expect(page.getByText(/1\s365\s804\s€/).first()).toBeVisible();
  await expect(page.getByText("1.1.2019 – 31.12.2022")).toBeVisible();
  await expect(page.getByRole("table", { name: /Pilottiorganisaatiot/ }).getByRole("row")).toHaveCount(21);
  await expect(page.getByRole("heading", { name: "Loppuraportin tiivistelmä" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goBack();
  await page.getByRole("link", { name: /^Yhteisöllisyys ja yhteisöllinen johtaminen/ }).click();
  await expect(page.getByText("Lappi (päätelty: kunta: Posio (hakija))")).toBeVisible();
  await expect(page.getByText(/17\s605\s€/).first()).toBeVisible();
});

test("the skip link moves keyboard focus to the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Siirry sisältöön" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#main")).toBeFocused();
});

test("an unknown project gives a Finnish 404 page", async ({ page }) => {
  const response = await page.goto("/hankkeet/ei-ole-olemassa");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sivua ei löytynyt");
});
