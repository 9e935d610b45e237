/**
 * Phones and paper: on a 360 × 800 screen the results and the key figures come first and chart
 * text is readable; project pages, searches and the dashboard print without navigation or
 * controls, with the addresses that matter.
 */
import { expect, type Page, test } from "@playwright/test";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { expectNoAxeViolations } from "./axe";

const PHONE = { width: 360, height: 800 };

/** The text of a PDF, page by page joined (its line breaks, even inside a word or address, as spaces). */
async function pdfText(pdf: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  return pages.join("\n").replace(/\s+/g, " ");
}

/** The shown chart texts and the smallest of them as drawn, in CSS pixels (font size × the drawing's scale). */
function chartTextSizes(page: Page): Promise<{ texts: number; smallest: number }> {
  return page.evaluate(() => {
    let smallest = Infinity;
    let texts = 0;
    for (const text of document.querySelectorAll<SVGTextElement>("figure svg text")) {
      const svg = text.ownerSVGElement!;
      if (svg.getBoundingClientRect().width === 0 || !text.textContent?.trim()) continue;
      texts++;
      smallest = Math.min(smallest, parseFloat(getComputedStyle(text).fontSize) * svg.getScreenCTM()!.a);
    }
    return { texts, smallest };
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: PHONE });

  test("a search shows its count and first result on the first screen; facets open from one control", async ({
    page,
  }) => {
    await page.goto("/hankkeet?q=ty%C3%B6hyvinvoinnin");
    const count = page.getByRole("heading", { name: /^3 hanketta/ });
    const first = page.locator("li h3").first();
    await expect(count).toBeInViewport();
    await expect(first).toBeInViewport();
    const facet = page.getByRole("link", { name: /Työsuojelurahasto/ });
    await expect(facet).toBeHidden();

    await page.locator("summary", { hasText: /^Rajaa$/ }).click();
    await expect(facet).toBeVisible();
    await facet.click();
    await expect(page).toHaveURL(/funder=TSR/);
    await expect(page.locator("summary", { hasText: /^Rajaa \(1\)$/ })).toBeVisible();
    await expect(
      page.getByRole("list", { name: "Valitut rajaukset" }).getByRole("link", { name: /Työsuojelurahasto/ }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the dashboard puts key figures before its filters' form, and no chart text is under 12 px", async ({
    page,
  }) => {
    await page.goto("/tilastot");
    await expect(page.getByRole("heading", { name: "Avainluvut" })).toBeInViewport();
    await expect(page.getByRole("button", { name: "Päivitä tilastot" })).toBeHidden();
    await page.locator("summary", { hasText: /^Rajaa$/ }).click();
    await expect(page.getByRole("button", { name: "Päivitä tilastot" })).toBeVisible();
    const { texts, smallest } = await chartTextSizes(page);
    expect(texts).toBeGreaterThan(20);
    expect(smallest).toBeGreaterThanOrEqual(12);
    await expectNoAxeViolations(page);
  });

  test("a project page states what its source does not say in one line, and fits 320 px", async ({ page }) => {
    await page.goto("/hankkeet?q=ty%C3%B6hyvinvoinnin");
    await page.locator("li h3 a").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: /^ei ilmoitettu$/ })).toHaveCount(0);
    await expect(page.getByText(/^Ei ilmoitettu: /).first()).toBeVisible();
    await expectNoAxeViolations(page);
    // Timeline, money and parties reflow: nothing but a table's own frame scrolls sideways.
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test("in English too", async ({ page }) => {
    await page.goto("/hankkeet?q=kotihoito");
    await page.getByRole("link", { name: "In English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator("summary", { hasText: /^Refine$/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: /^1 project/ })).toBeInViewport();
    await expectNoAxeViolations(page);
    await page.goto("/en/tilastot");
    await expect(page.getByRole("heading", { name: "Key figures" })).toBeInViewport();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Suomeksi" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "fi");
  });
});

test("project page, search and dashboard print without navigation or controls", async ({ page }) => {
  await page.goto("/hankkeet?q=ty%C3%B6hyvinvoinnin");
  const projectHref = await page.locator("li h3 a").first().getAttribute("href");
  const searchPdf = await pdfText(await page.pdf({ format: "A4" }));
  expect(searchPdf).toContain("3 hanketta");
  expect(searchPdf).not.toContain("Avoin rajapinta"); // the site navigation
  expect(searchPdf).not.toContain("Rahoittaja"); // the facets

  await page.goto(projectHref!);
  const title = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
  const projectPdf = await pdfText(await page.pdf({ format: "A4" }));
  expect(projectPdf).toContain(title.slice(0, 40));
  // The source's address, printed beside its link (compared without the spaces line breaks left in it).
  expect(projectPdf.replace(/\s/g, "")).toContain(`${projectHref}/lahde`);
  expect(projectPdf).not.toContain("Kopioi lähdeviite");
  expect(projectPdf).not.toContain("Avoin rajapinta");

  await page.goto("/tilastot");
  const dashboardPdf = await pdfText(await page.pdf({ format: "A4" }));
  expect(dashboardPdf).toContain("Avainluvut");
  expect(dashboardPdf).toContain("Myönnetty");
  expect(dashboardPdf).not.toContain("Päivitä tilastot");
  expect(dashboardPdf).not.toContain("Lataa:"); // the downloads
  expect(dashboardPdf).not.toContain("Avoin rajapinta");
});
