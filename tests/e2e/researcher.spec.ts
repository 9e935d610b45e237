import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

test("search → filter → open project → back keeps the state → export", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Hae hankkeita" }).fill("työhyvinvoinnin");
  await page.getByRole("button", { name: "Hae" }).click();
  await expect(page).toHaveURL(/\/hankkeet\?q=ty%C3%B6hyvinvoinnin/);
  await expect(page.getByRole("heading", { name: /^3 hanketta, myönnetty yhteensä/ })).toBeVisible();
  await expect(page.locator("mark").first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: /Työsuojelurahasto/ }).click();
  await expect(page).toHaveURL(/funder=TSR/);
  await expect(page.getByRole("heading", { name: /^2 hanketta/ })).toBeVisible();
  await page.getByRole("link", { name: /Lappi/ }).first().click();
  await expect(page.getByRole("heading", { name: /^1 hanke, myönnetty yhteensä 17\s605\s€/ })).toBeVisible();
  const filteredUrl = page.url();

  await page.getByRole("link", { name: /^Yhteisöllisyys ja yhteisöllinen johtaminen/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Posion kunnassa");
  await page.goBack();
  await expect(page).toHaveURL(filteredUrl);
  await expect(page.getByRole("searchbox", { name: "Hae hankkeita" })).toHaveValue("työhyvinvoinnin");
  await expect(page.getByRole("heading", { name: /^1 hanke/ })).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "CSV (Excel, puolipiste)" }).click();
  const file = await download;
  const text = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  expect(text.startsWith("\uFEFFslug;projectNumber")).toBe(true);
  expect(text).toContain("210445;TSR;");
});

test("an empty result suggests a spelling and removing filters", async ({ page }) => {
  await page.goto("/hankkeet?q=kotihoitto&funder=TSR");
  await expect(page.getByText("Haulla ei löytynyt hankkeita.")).toBeVisible();
  await page.getByRole("link", { name: "Hae ilman rajauksia" }).click();
  await expect(page.getByRole("heading", { name: /^1 hanke/ })).toBeVisible();
});

test("project, source, organisation and document pages are accessible", async ({ page }) => {
  await page.goto("/hankkeet?q=S21565");
  await page.getByRole("link", { name: /^SoteDialogit muutoksessa/ }).click();
  await expect(page.getByRole("heading", { name: "Aikajana" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Viittaa hankkeeseen" })).toBeVisible();
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({ "@type": "ResearchProject", identifier: "ESR-S21565" });
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: /Näytä lähdeteksti/ }).click();
  await expect(page.locator("#L7")).toContainText("Hankekoodi: S21565");
  await expect(page.locator("#L7")).toContainText("Hankenumero");
  await expectNoAxeViolations(page);

  await page.goBack();
  await page.getByRole("link", { name: "Tampereen korkeakoulusäätiö sr" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tampereen korkeakoulusäätiö sr");
  await expect(page.getByText(/1 hanke, myönnetty yhteensä 1\s365\s804\s€/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/");
  await page.getByRole("link", { name: "Johtamisen kehittäminen ja mittaaminen" }).click();
  await expect(page.getByText("Tiina Mäki")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the API validates parameters and answers JSON", async ({ request }) => {
  const ok = await request.get("/api/projects?q=kotihoito&pageSize=5");
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  expect(body.total).toBe(1);
  expect(body.items[0]).toMatchObject({ projectNumber: "S21565", funder: "ESR", grantedEur: 1365804 });
  const bad = await request.get("/api/projects?pageSize=0");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.param).toBe("pageSize");
  const one = await request.get(`/api/projects/${body.items[0].slug}`);
  expect((await one.json()).projectNumber).toBe("S21565");
  expect((await request.get("/api/openapi.json")).ok()).toBe(true);
});

test("an organisation's units count in its totals, on its page and in the API", async ({ page, request }) => {
  const listed = await (await request.get("/api/organizations?q=vantaan")).json();
  const city = listed.items.find((o: { name: string }) => o.name === "Vantaan kaupunki");
  const unit = listed.items.find((o: { name: string }) => o.name === "Vantaan kaupunki, Henkilöstökeskus");
  expect(listed.total).toBe(2);
  expect(city).toMatchObject({ parent: null, funders: ["TSR"], projects: 1 });
  expect(unit).toMatchObject({ parent: { slug: city.slug, name: "Vantaan kaupunki" }, projects: 1 });
  const detail = await (await request.get(`/api/organizations/${city.slug}`)).json();
  expect(detail.units).toEqual([{ slug: unit.slug, name: unit.name, projects: 1 }]);
  expect(detail.totals.projects).toBe(1);
  expect((await request.get("/api/organizations?pageSize=0")).status()).toBe(400);
  expect((await (await request.get("/api/organizations?size=5")).json()).error.param).toBe("size");
  expect((await request.get("/api/organizations/ei-ole")).status()).toBe(404);

  await page.goto(`/organisaatiot/${city.slug}`);
  await expect(page.getByText("Luvut sisältävät yksiköiden hankkeet.")).toBeVisible();
  await expect(page.getByRole("table", { name: "Hankkeet ja myönnetty rahoitus rahoittajittain" })).toContainText(
    "TSR",
  );
  await expectNoAxeViolations(page);
  await page.getByRole("region", { name: "Yksiköt" }).getByRole("link", { name: unit.name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(unit.name);
  await page.getByRole("link", { name: "Vantaan kaupunki", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vantaan kaupunki");
});

test("a search can be followed as an Atom feed that keeps its filters", async ({ page, request }) => {
  await page.goto("/hankkeet?q=kotihoito&funder=ESR");
  const alternate = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(alternate).toHaveAttribute("href", "/api/projects/feed?q=kotihoito&funder=ESR");
  const follow = page.getByRole("link", { name: "Seuraa tätä hakua" });
  await expect(follow).toHaveAttribute("href", "/api/projects/feed?q=kotihoito&funder=ESR");
  const feed = await request.get((await follow.getAttribute("href"))!);
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await feed.text();
  expect(xml.match(/<entry>/g)).toHaveLength(1);
  expect(xml).toContain("S21565");
  expect((await request.get("/api/projects/feed?q=kotihoito&lang=de")).status()).toBe(400);
  const sorted = await request.get("/api/projects/feed?q=kotihoito&sort=title");
  expect((await sorted.json()).error.param).toBe("sort");
});

test("search works by keyboard alone", async ({ page }) => {
  await page.goto("/hankkeet");
  await page.keyboard.press("Tab"); // skip link
  await page.keyboard.press("Tab"); // site name
  await page.getByRole("searchbox", { name: "Hae hankkeita" }).focus();
  await page.keyboard.type("kotihoito");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: /^1 hanke/ })).toBeVisible();
});

test("the interface switches to English and back, keeping the page", async ({ page }) => {
  await page.goto("/hankkeet?q=kotihoito");
  await page.getByRole("link", { name: "In English" }).click();
  await expect(page).toHaveURL(/\/en\/hankkeet\?q=kotihoito$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: /^1 project, 1\s365\s804\s€ granted in total$/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Search" })).toBeVisible();
  await page.getByRole("link", { name: "Suomeksi" }).click();
  await expect(page).toHaveURL(/:\d+\/hankkeet\?q=kotihoito$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fi");
  await expect(page.getByRole("heading", { name: /^1 hanke/ })).toBeVisible();
});
