/** The admin area in Swedish and English: signed in there, every page in that language, axe clean. */
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { ADMIN } from "./users";

const SIGN_IN = {
  sv: { email: "E-post", password: "Lösenord", submit: "Logga in", home: "Administration av projekt" },
  en: { email: "Email", password: "Password", submit: "Sign in", home: "Project administration" },
} as const;

for (const locale of ["sv", "en"] as const) {
  test(`the admin pages in ${locale}, axe clean`, async ({ page }) => {
    const say = SIGN_IN[locale];
    await page.goto(`/${locale}/hallinta`);
    await expect(page).toHaveURL(new RegExp(`/${locale}/hallinta/kirjaudu`));
    await expectNoAxeViolations(page);
    await page.getByLabel(say.email).fill(ADMIN.email);
    await page.getByLabel(say.password).fill(ADMIN.password);
    await page.getByRole("button", { name: say.submit }).click();
    // Signed in, back in the same language.
    await expect(page).toHaveURL(new RegExp(`/${locale}/hallinta$`));
    await expect(page.getByRole("heading", { name: say.home })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expectNoAxeViolations(page);
    const project = await page.locator(`a[href^="/${locale}/hallinta/hankkeet/"]`).first().getAttribute("href");
    for (const path of [
      project!,
      `${project}/historia`,
      "/hallinta/hankkeet/uusi",
      "/hallinta/tuonti",
      "/hallinta/laatu",
      "/hallinta/roskakori",
      "/hallinta/kayttajat",
      "/hallinta/salasana",
    ]) {
      await page.goto(path.startsWith(`/${locale}/`) ? path : `/${locale}${path}`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expectNoAxeViolations(page);
    }
  });
}
