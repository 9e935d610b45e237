import { type Browser, expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { ADMIN, signIn } from "./users";

async function openProject(page: Page, title: RegExp) {
  await page.goto("/hallinta");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("button", { name: "Tallenna muutokset" })).toBeVisible();
}

async function newSignedInPage(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page);
  return page;
}

test.describe.configure({ mode: "serial" });

test("sign in, edit, see it public and in history, restore the previous revision", async ({ page }) => {
  await page.goto("/hallinta/kirjaudu");
  await expectNoAxeViolations(page);
  await signIn(page);
  await expectNoAxeViolations(page);
  await openProject(page, /^Perhepalveluiden sosiaalisen pääoman/);
  await expectNoAxeViolations(page);
  const original = await page.getByLabel("Hankkeen nimi").inputValue();

  // A field error from the browser-side check, next to the field.
  await page.getByLabel("Alkamispäivä").fill("31.2.2009");
  await page.getByRole("button", { name: "Tallenna muutokset" }).click();
  await expect(page.getByLabel("Alkamispäivä")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Anna päivämäärä muodossa p.k.vvvv, esim. 1.9.2019.").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Alkamispäivä").fill("1.3.2009");

  await page.getByLabel("Hankkeen nimi").fill(`${original} (korjattu)`);
  await page.getByLabel("Myönnetty (€)").fill("7 000");
  await page.getByRole("button", { name: "Tallenna muutokset" }).click();
  await expect(page.getByRole("status")).toContainText("Muutokset tallennettu");

  await page.getByRole("link", { name: "Julkinen sivu" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("(korjattu)");
  await expect(page.getByText("7 000 €").first()).toBeVisible();

  await page.goBack();
  await page.getByRole("link", { name: "Muutoshistoria" }).click();
  await expect(page.getByRole("heading", { name: /Muokattu/ }).first()).toBeVisible();
  await expect(page.getByText("Maija Muokkaaja").first()).toBeVisible();
  await expect(page.locator("ins", { hasText: "(korjattu)" })).toBeVisible();
  await expectNoAxeViolations(page);
  const previous = page.getByRole("button", { name: /^Palauta versio/ }).first();
  await previous.click();
  await expect(page.getByRole("status")).toContainText("palautettu");
  await page
    .getByRole("link", { name: /korjattu|Perhepalveluiden/ })
    .first()
    .click();
  await expect(page.getByLabel("Hankkeen nimi")).toHaveValue(original);
});

test("an edit is fresh at once on every page and answer that shows the record", async ({ page, request }) => {
  await signIn(page);
  await openProject(page, /^Perhepalveluiden sosiaalisen pääoman/);
  const original = await page.getByLabel("Hankkeen nimi").inputValue();
  const word = `Tuoreustarkistus${Date.now() % 100000}`;
  // Each save from a freshly opened form: the status then speaks of this save, not the last one.
  const save = async (title: string) => {
    await openProject(page, /^Perhepalveluiden sosiaalisen pääoman/);
    await page.getByLabel("Hankkeen nimi").fill(title);
    await page.getByRole("button", { name: "Tallenna muutokset" }).click();
    await expect(page.getByRole("status")).toContainText("Muutokset tallennettu");
  };
  await save(`${original} ${word}`);
  const publicPage = page.getByRole("link", { name: "Julkinen sivu" });
  const projectPath = (await publicPage.getAttribute("href"))!;
  const slug = projectPath.split("/").pop()!;

  // A visitor's next request, on each page and answer that shows the title (no reload needed
  // beyond the request itself; the visitor has no session).
  const html = async (path: string) => (await request.get(path)).text();
  expect(await html(projectPath)).toContain(word);
  expect(await html(`/sv${projectPath}`)).toContain(word);
  expect(await html(`/hankkeet?q=${word}`)).toContain(word);
  expect(await html("/")).toContain(word);
  const organization = (await html(projectPath)).match(/href="(\/organisaatiot\/[^"]+)"/)![1]!;
  expect(await html(organization)).toContain(word);
  expect((await (await request.get(`/api/projects/${slug}`)).json()).title).toContain(word);
  expect((await (await request.get(`/api/projects?q=${word}`)).json()).total).toBe(1);
  expect((await (await request.get(`/api/stats?q=${word}`)).json()).total.projects).toBe(1);
  expect(await (await request.get(`/api/projects/export?q=${word}&format=csv`)).text()).toContain(word);

  // And the next edit takes it away again, everywhere.
  await save(original);
  expect(await html(projectPath)).not.toContain(word);
  expect((await (await request.get(`/api/projects?q=${word}`)).json()).total).toBe(0);
  expect((await (await request.get(`/api/stats?q=${word}`)).json()).total.projects).toBe(0);
  expect(await html("/")).not.toContain(word);
});

test("two editors on one record: the second sees the conflict with their input intact", async ({ browser }) => {
  const first = await newSignedInPage(browser);
  const second = await newSignedInPage(browser);
  await openProject(first, /^KOEDIGI/);
  await openProject(second, /^KOEDIGI/);

  await first.getByLabel("Myönnetty (€)").fill("41 000");
  await first.getByRole("button", { name: "Tallenna muutokset" }).click();
  await expect(first.getByRole("status")).toContainText("Muutokset tallennettu");

  await second.getByLabel("Hankkeen nimi").fill("Toisen muokkaajan nimi");
  await second.getByRole("button", { name: "Tallenna muutokset" }).click();
  const conflict = second.getByRole("alert").filter({ hasText: "Joku muu tallensi" });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText("Myönnetty (€)");
  await expect(conflict).toContainText("41 000 €");
  await expect(second.getByLabel("Hankkeen nimi")).toHaveValue("Toisen muokkaajan nimi");
  await expectNoAxeViolations(second);

  // Saving again is a deliberate choice, and now it goes through.
  await second.getByRole("button", { name: "Tallenna muutokset" }).click();
  await expect(second.getByRole("status")).toContainText("Muutokset tallennettu");
  await expect(second.getByLabel("Hankkeen nimi")).toHaveValue("Toisen muokkaajan nimi");
});

test("import a new source text through the preview", async ({ page }) => {
  await signIn(page);
  await page.goto("/hallinta/tuonti");
  await expectNoAxeViolations(page);
  const text = [
    "Etätyön ergonomia pienissä kunnissa",
    "",
    "Hanketiedot",
    "",
    "Hankenumero",
    "777001",
    "",
    "Hakija",
    "Kuopion kaupunki",
    "",
    "Toteutusaika",
    "1.2.2024 - 31.1.2026",
    "",
    "Työsuojelurahaston päätös",
    "15.12.2023",
    "55 000 euroa",
    "",
    "Kokonaiskustannukset",
    "110 000 euroa",
    "",
    "Tiivistelmä",
    "",
    "Etätyön ergonomiaa kehitetään yhdessä työterveyshuollon kanssa.",
    "",
  ].join("\n");
  await page.getByLabel("Lähdeteksti").fill(text);
  await page.getByRole("button", { name: "Esikatsele" }).click();
  await expect(page.getByRole("heading", { name: "Esikatselu" })).toBeVisible();
  await expect(page.getByText("Luo uuden hankkeen.")).toBeVisible();
  await expect(page.getByRole("cell", { name: "55 000 €" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Vahvista tuonti" }).click();
  await expect(page.getByRole("status")).toContainText("Lähdeteksti tuotu");
  await expect(page.getByLabel("Hankkeen nimi")).toHaveValue("Etätyön ergonomia pienissä kunnissa");
  await page.getByRole("link", { name: "Julkinen sivu" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Etätyön ergonomia");
});

test("trash, quality queue and users pages; editors cannot manage users", async ({ page, browser }) => {
  await signIn(page);
  for (const path of ["/hallinta/laatu", "/hallinta/roskakori", "/hallinta/hankkeet/uusi", "/hallinta/salasana"]) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
  await page.goto("/hallinta/kayttajat");
  await expect(page).toHaveURL(/\/hallinta\?kielletty=1/);

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, ADMIN);
  await admin.goto("/hallinta/kayttajat");
  await expect(admin.getByRole("heading", { name: "Käyttäjät" })).toBeVisible();
  await admin.getByLabel("Salasana").fill("lyhyt");
  await expect(admin.getByText(/Salasanan vahvuus: Erittäin heikko|Salasanan vahvuus: Heikko/)).toBeVisible();
  await expectNoAxeViolations(admin);

  await page.getByRole("button", { name: "Kirjaudu ulos" }).click();
  await expect(page).toHaveURL(/\/hallinta\/kirjaudu/);
});
