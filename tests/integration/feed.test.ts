/**
 * "Follow a search": the Atom feed of a filtered search lists exactly the newest projects that
 * match it (by start, as the search's `newest` order), at most FEED_SIZE, in the language asked.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Element, xml2js } from "xml-js";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { ingestFiles } from "../../lib/ingest/ingest-files";
import { FEED_SIZE, searchFeed } from "../../lib/search/feed";
import { parseSearchParams, type SearchParams } from "../../lib/search/filters";
import { seed } from "../../prisma/seed";
import { tsrNewPage, writeSourceTexts } from "../factories";
import { resetDatabase, testDatabaseUrl, testPrisma } from "../setup/db-utils";

const ORIGIN = "https://hankkeet.example.fi";
let prisma: PrismaClient;
let dir: string;

interface Fixture {
  number: string;
  start: Date;
  matches: boolean;
}
const fixtures: Fixture[] = [];

function params(query: string): SearchParams {
  const parsed = parseSearchParams(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.params;
}

/** The feed's entries as { id, title, updated, summary }, read by an XML parser as a reader would. */
function entriesOf(xml: string) {
  const root = (xml2js(xml) as Element).elements!.find((e) => e.name === "feed")!;
  const text = (e: Element | undefined) => e?.elements?.map((c) => c.text ?? c.cdata ?? "").join("") ?? "";
  const child = (e: Element, name: string) => e.elements?.find((c) => c.name === name);
  const entries = (root.elements ?? [])
    .filter((e) => e.name === "entry")
    .map((e) => ({
      id: text(child(e, "id")),
      title: text(child(e, "title")),
      updated: text(child(e, "updated")),
      summary: text(child(e, "summary")),
    }));
  return { root, title: text(child(root, "title")), entries };
}

beforeAll(async () => {
  prisma = testPrisma();
  await resetDatabase(prisma);
  await seed(testDatabaseUrl());
  dir = await mkdtemp(path.join(os.tmpdir(), "feed-"));
  // 140 projects, each with its own start: the matching ones about circadian rhythm in Pirkanmaa
  // (Tampere), others elsewhere or on another topic, newer and older, so that filters, the order
  // and the cap all decide what the feed lists.
  const texts = Array.from({ length: 140 }, (_, i) => {
    const year = 1990 + Math.floor(i / 12);
    const month = 1 + (i % 12);
    const inTampere = i % 2 === 0;
    const onTopic = i % 7 !== 3;
    fixtures.push({
      number: String(400000 + i),
      start: new Date(Date.UTC(year, month - 1, 1)),
      matches: inTampere && onTopic,
    });
    return tsrNewPage({
      number: String(400000 + i),
      title: onTopic ? `Sirkadiaaninen rytmi vuorotyössä ${i}` : `Melu avokonttorissa ${i}`,
      applicant: inTampere ? "Tampereen kaupunki" : "Oulun kaupunki",
      granted: "12 500",
      start: `1.${month}.${year}`,
      end: `31.12.${year + 2}`,
      summary: onTopic ? "Sirkadiaaninen rytmi, uni ja palautuminen vuorotyössä." : "Melu ja keskittyminen.",
    });
  });
  const files = await writeSourceTexts(dir, "feed", texts);
  await ingestFiles(prisma, files);
}, 120_000);

afterAll(async () => {
  await prisma.$disconnect();
  await rm(dir, { recursive: true, force: true });
});

describe("the Atom feed of a search", () => {
  it("lists exactly the newest matching projects, newest first, at most FEED_SIZE", async () => {
    const xml = await searchFeed(prisma, params("q=sirkadiaaninen&region=pirkanmaa&funder=TSR"), "fi", ORIGIN);
    const feed = entriesOf(xml);
    const newest = fixtures
      .filter((f) => f.matches)
      .sort((a, b) => b.start.getTime() - a.start.getTime())
      .slice(0, FEED_SIZE);
    const slugs = await prisma.project.findMany({
      where: { projectNumber: { in: newest.map((f) => f.number) } },
      select: { projectNumber: true, slug: true },
    });
    const slugOf = new Map(slugs.map((p) => [p.projectNumber, p.slug]));
    expect(fixtures.filter((f) => f.matches).length).toBeGreaterThan(FEED_SIZE);
    expect(feed.entries.map((e) => e.id)).toEqual(newest.map((f) => `${ORIGIN}/hankkeet/${slugOf.get(f.number)}`));
    expect(feed.root.attributes?.["xml:lang"]).toBe("fi-FI");
    expect(feed.title).toBe("Työhyvinvointihankkeet: Uusimmat hankkeet haulla ”sirkadiaaninen” (2 rajausta)");
    const first = feed.entries[0]!;
    expect(first.title).toMatch(/^Sirkadiaaninen rytmi vuorotyössä \d+$/);
    expect(first.summary).toContain("Myönnetty: 12\u00a0500\u00a0€");
    expect(first.summary).toContain("Hakija: Tampereen kaupunki");
    expect(first.summary).toContain("Maakunnat: Pirkanmaa");
    expect(Number.isNaN(Date.parse(first.updated))).toBe(false);
  });

  it("links back to the search it follows and to itself, filters and language kept", async () => {
    const xml = await searchFeed(prisma, params("q=sirkadiaaninen&region=pirkanmaa"), "sv", ORIGIN);
    const feed = entriesOf(xml);
    const links = (feed.root.elements ?? []).filter((e) => e.name === "link").map((e) => e.attributes);
    expect(links).toContainEqual(
      expect.objectContaining({
        rel: "self",
        href: `${ORIGIN}/api/projects/feed?q=sirkadiaaninen&region=pirkanmaa&lang=sv`,
      }),
    );
    expect(links).toContainEqual(
      expect.objectContaining({ href: `${ORIGIN}/sv/hankkeet?q=sirkadiaaninen&region=pirkanmaa&sort=newest` }),
    );
    expect(feed.root.attributes?.["xml:lang"]).toBe("sv-FI");
    expect(feed.title).toBe(
      "Projekt för välbefinnande i arbetet: De nyaste projekten för sökningen ”sirkadiaaninen” (1 avgränsning)",
    );
    expect(feed.entries[0]!.summary).toContain("Beviljat: 12\u00a0500\u00a0€");
    expect(feed.entries[0]!.summary).toContain("Ansökare: Tampereen kaupunki");
    expect(feed.entries[0]!.id).toMatch(new RegExp(`^${ORIGIN}/sv/hankkeet/`));
  });

  it("is empty but valid when nothing matches", async () => {
    const feed = entriesOf(await searchFeed(prisma, params("q=olematonsanaxyz"), "en", ORIGIN));
    expect(feed.entries).toEqual([]);
    expect(feed.title).toBe("Workplace wellbeing projects: Newest projects for “olematonsanaxyz”");
  });
});
