/**
 * The admin forms without JavaScript: the browser's own form post reaches the server action
 * directly (no browser-side check in between), so hostile values arrive over HTTP exactly as an
 * attacker would send them. Every answer is a page with a field error or a saved record — never
 * a server error — and what is stored reads back valid.
 */
import { expect, test } from "@playwright/test";
import { HOSTILE_STRINGS } from "../hostile-inputs";
import { signIn } from "./users";

test.use({ javaScriptEnabled: false });

const FIELDS = ["Hankkeen nimi", "Hankenumero", "Alkamispäivä", "Päättymispäivä", "Myönnetty (€)", "Avustuslaji"];

test("hostile values posted to the edit form without JavaScript never give a server error", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page);
  await page.getByRole("link", { name: /^Yhteisöllisyys ja yhteisöllinen johtaminen/ }).click();
  const editUrl = page.url();

  let refused = 0;
  let saved = 0;
  const values = HOSTILE_STRINGS.filter((_, i) => i % 3 === 0);
  for (const [i, value] of values.entries()) {
    const field = FIELDS[i % FIELDS.length]!;
    await page.goto(editUrl);
    await page.getByLabel(field, { exact: true }).fill(value.slice(0, 30_000));
    const response = page.waitForResponse((r) => r.request().method() === "POST");
    await page.getByRole("button", { name: "Tallenna muutokset" }).click();
    const status = (await response).status();
    expect([field, JSON.stringify(value).slice(0, 60), status < 500]).toEqual([
      field,
      JSON.stringify(value).slice(0, 60),
      true,
    ]);
    await page.waitForLoadState();
    if (await page.getByText("Muutokset tallennettu").count()) saved++;
    else {
      await expect(page.getByRole("alert").first()).toBeVisible();
      refused++;
    }
  }
  expect(refused).toBeGreaterThan(5);
  expect(saved).toBeGreaterThan(5);
  // Whatever was stored still opens in the form with no complaint.
  await page.goto(editUrl);
  await expect(page.getByRole("button", { name: "Tallenna muutokset" })).toBeVisible();
});
