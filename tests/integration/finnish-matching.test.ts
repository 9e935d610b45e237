/**
 * Finnish matching gaps found on real project pages, on the read index: letters typed without
 * dots, compound query words matched by their parts, gradation inside compound parts,
 * hyphenated coordination, and no cap on how many corpus forms one word reaches.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { ingestFiles } from "../../lib/ingest/ingest-files";
import { ensureReferenceData } from "../../lib/ingest/reference-data";
import { parseSearchParams } from "../../lib/search/filters";
import { search } from "../../lib/search/search";
import { tsrNewPage, writeSourceTexts } from "../factories";
import { resetDatabase, testPrisma } from "../setup/db-utils";

let prisma: PrismaClient;
let dir: string;

const project = (number: string, title: string, summary: string) =>
  tsrNewPage({
    number,
    title,
    summary,
    applicant: "Oulun kaupunki",
    granted: "10 000",
    start: "1.1.2021",
    end: "31.12.2022",
  });

/** 70 projects, each with a compound of its own ending in `turvallisuuden`: more forms than the old cap of 60. */
const COMPOUND_PROJECTS = 70;
const compoundPrefix = (i: number) =>
  `${String.fromCharCode(97 + Math.floor(i / 26))}${String.fromCharCode(97 + (i % 26))}ko`;

beforeAll(async () => {
  prisma = testPrisma();
  await resetDatabase(prisma);
  await ensureReferenceData(prisma);
  dir = await mkdtemp(path.join(os.tmpdir(), "finnish-"));
  const pages = [
    project("400001", "Työterveyshuollon ja esihenkilöiden yhteistyö", "Työterveyshuollon palvelut tukevat työkykyä."),
    project("400002", "Koronapandemian vaikutukset hoitotyöhön", "Hoitajien jaksaminen poikkeusaikana."),
    project("400003", "Etätyön johtaminen", "Hanke kehitti etä- ja hybridityössä toimivien tiimien johtamista."),
    project("400004", "Asiakasväkivallan ennaltaehkäisy", "Asiakasväkivaltaan varautuminen sosiaalipalveluissa."),
    project(
      "400005",
      "Poikkeusajasta palautuminen",
      "Koronan aikana työpaikat muuttuivat, ja pandemian jälkeen palauduttiin.",
    ),
    project("400006", "Hybridityössä jaksaminen", "Hybridityössä tiimit tarvitsevat tukea."),
    project("400007", "Väkivallan uhka asiakastyössä", "Uhkaavat tilanteet ja turvallinen asiointi."),
    ...Array.from({ length: COMPOUND_PROJECTS }, (_, i) =>
      project(String(410000 + i), `Hanke ${i}`, `Kehitimme ${compoundPrefix(i)}turvallisuuden käytäntöjä.`),
    ),
  ];
  const files = await writeSourceTexts(dir, "finnish", pages);
  await ingestFiles(prisma, files);
}, 120_000);

afterAll(async () => {
  await prisma.$disconnect();
  await rm(dir, { recursive: true, force: true });
});

async function numbers(q: string, extra = ""): Promise<string[]> {
  const parsed = parseSearchParams(new URLSearchParams(`q=${encodeURIComponent(q)}&pageSize=100${extra}`));
  if (!parsed.ok) throw new Error(parsed.message);
  return (await search(prisma, parsed.params)).items.map((i) => i.projectNumber);
}

describe("Finnish matching on the read index", () => {
  it("finds words typed without ä, ö, å and highlights the original letters", async () => {
    expect((await numbers("tyoterveyshuolto"))[0]).toBe("400001");
    const parsed = parseSearchParams(new URLSearchParams("q=tyoterveyshuolto"));
    if (!parsed.ok) throw new Error(parsed.message);
    const hit = (await search(prisma, parsed.params)).items[0]!;
    /* biome-ignore lint/suspicious/noControlCharactersInRegex: the snippet's highlight marks are control characters
       by design */
    expect(hit.snippet).toMatch(/\u0001Työterveyshuollon\u0002/);
  });

  it("matches a compound query word by its parts, the compound itself first", async () => {
    const found = await numbers("koronapandemia");
    expect(found[0]).toBe("400002");
    expect(found).toContain("400005");
  });

  it("finds gradated forms inside compound parts", async () => {
    const found = await numbers("väkivalta");
    expect(found).toEqual(expect.arrayContaining(["400004", "400007"]));
  });

  it("reads hyphenated coordination in the query and in the texts", async () => {
    expect(await numbers("etä- ja hybridityössä")).toEqual(["400003"]);
    expect(await numbers("etätyössä")).toContain("400003");
    expect(await numbers("hybridityössä")).toEqual(expect.arrayContaining(["400003", "400006"]));
  });

  it("reaches every corpus form of a word: no cap on the expansions", async () => {
    const parsed = parseSearchParams(new URLSearchParams("q=turvallisuus"));
    if (!parsed.ok) throw new Error(parsed.message);
    expect((await search(prisma, parsed.params)).total).toBeGreaterThanOrEqual(COMPOUND_PROJECTS);
  });

  it("keeps an exact word apart from a word that merely shares letters", async () => {
    expect(await numbers("asiointi")).toEqual(["400007"]);
  });
});
