/**
 * Tokens derived on write: every write stores its rows' tokens, an index built from them answers
 * exactly as one that tokenises the texts, and rows without them (a database written before
 * they were stored) are read from their text and brought up to date by `deriveMissingTokens`.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { ReadIndex } from "../../lib/read-index";
import { dashboardIndex } from "../../lib/read-index/dashboard";
import { TOKENS_USABLE } from "../../lib/read-index/load";
import { occurrencesOf } from "../../lib/read-index/postings";
import { searchIndex } from "../../lib/read-index/search";
import type { IndexStore } from "../../lib/read-index/store";
import { parseSearchParams } from "../../lib/search/filters";
import { deriveMissingTokens } from "../../lib/search/refresh";
import { seed } from "../../prisma/seed";
import { resetDatabase, testDatabaseUrl, testPrisma } from "../setup/db-utils";

let prisma: PrismaClient;

const QUERIES = [
  "",
  "q=työhyvinvoinnin",
  "q=tyoterveyshuolto",
  "q=väkivalta",
  "q=etätyössä",
  'q="työn kuormitus"',
  "q=hyvinvointi&funder=TSR",
  "funder=ESR&sort=granted",
];

/** Each word's postings (project, term frequency and field, positions): what the index read, whichever way. */
function postingsByWord(store: IndexStore) {
  const out: Record<string, Array<[number, number, number[]]>> = {};
  for (let id = 0; id < store.lexicon.size; id++) {
    const list = store.postings.list(id);
    if (!list) continue;
    let end = 0;
    out[store.lexicon.word(id)] = Array.from({ length: list.length }, (_, i) => {
      const start = end;
      end += occurrencesOf(list.info[i]!);
      return [store.projectId[list.docs[i]!]!, list.info[i]!, [...list.positions.subarray(start, end)]];
    });
  }
  return out;
}

async function aFreshBuild() {
  const index = await ReadIndex.open(testDatabaseUrl(), { listen: false, snapshots: false });
  try {
    const store = index.peek();
    return {
      postings: postingsByWord(store),
      answers: QUERIES.map((q) => {
        const parsed = parseSearchParams(new URLSearchParams(q));
        if (!parsed.ok) throw new Error(parsed.message);
        return { search: searchIndex(store, parsed.params), dashboard: dashboardIndex(store, parsed.params) };
      }),
    };
  } finally {
    await index.close();
  }
}

const withoutTokens = async () =>
  Number(
    (
      await prisma.$queryRawUnsafe<Array<{ n: bigint }>>(
        `SELECT count(*) AS n FROM "ProjectSearch" s WHERE NOT ${TOKENS_USABLE}`,
      )
    )[0]!.n,
  );

beforeAll(async () => {
  prisma = testPrisma();
  await resetDatabase(prisma);
  await seed(testDatabaseUrl());
}, 60_000);

afterAll(async () => {
  await prisma.$disconnect();
});

it("are stored by every write, and read as the texts would be", async () => {
  const rows = await prisma.projectSearch.count();
  expect(rows).toBeGreaterThanOrEqual(4);
  expect(await withoutTokens()).toBe(0);
  expect(await prisma.searchWord.count()).toBeGreaterThan(100);
  const fromTokens = await aFreshBuild();
  expect(fromTokens.answers[1]!.search.total).toBeGreaterThan(0);
  expect(Object.keys(fromTokens.postings).length).toBeGreaterThan(100);

  // As a database written before tokens were stored: the index reads the texts.
  await prisma.$executeRawUnsafe(`UPDATE "ProjectSearch" SET tokens = NULL`);
  expect(await withoutTokens()).toBe(rows);
  expect(await aFreshBuild()).toEqual(fromTokens);

  // Brought up to date, and read from the tokens again.
  expect(await deriveMissingTokens(prisma)).toBe(rows);
  expect(await withoutTokens()).toBe(0);
  expect(await deriveMissingTokens(prisma)).toBe(0);
  expect(await aFreshBuild()).toEqual(fromTokens);
});
