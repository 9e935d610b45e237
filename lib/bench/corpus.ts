/**
 * A synthetic corpus of realistic Finnish projects for the benchmark: titles built from the
 * domain's vocabulary, bodies from sentences of the seed texts, real municipalities and regions,
 * log-normal grants. Deterministic (seeded PRNG), so runs are comparable.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type pg from "pg";
import { parseSource } from "../ingest/parse";
import { genitiveCandidates } from "../regions/infer";
import { REGIONS } from "../regions/regions";

export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = [
  "Työhyvinvointi",
  "Dialoginen johtaminen",
  "Sosiaalinen pääoma",
  "Kotihoidon kehittäminen",
  "Työkyvyn tuki",
  "Psykologinen turvallisuus",
  "Itseohjautuvat tiimit",
  "Esihenkilötyön kehittäminen",
  "Palautuminen vuorotyössä",
  "Ikäjohtaminen",
  "Työn imu",
  "Osallistava kehittäminen",
  "Muutosjohtaminen",
  "Työturvallisuus",
  "Etätyön johtaminen",
  "Valmentava johtaminen",
  "Työyhteisötaidot",
  "Kuormituksen hallinta",
  "Yhteisöllisyys",
  "Tiedolla johtaminen",
];
const SECTORS = [
  "kunta-alalla",
  "sosiaali- ja terveyspalveluissa",
  "vanhuspalveluissa",
  "lastensuojelussa",
  "varhaiskasvatuksessa",
  "rakennusalalla",
  "teollisuudessa",
  "kaupan alalla",
  "pienyrityksissä",
  "asiantuntijatyössä",
  "kotihoidossa",
  "opetusalalla",
  "logistiikassa",
  "hyvinvointialueella",
  "ravintola-alalla",
];
const SUFFIXES = ["", "", " – kehittämishanke", " – tutkimus", " 2.0", " pilotointi", " – toimintamalli"];
const GRANT_TYPES = ["Kehittämisavustus", "Tutkimus", "Väitöskirjastipendi", "Tiedonvälityshanke", "Kehittämishanke"];
const ORG_TYPES = ["Kunta", "Kuntayhtymä", "Yliopisto", "Ammattikorkeakoulu", "Yritys", "Yhdistys", "Säätiö"];
const THEMES = [
  "Johtaminen",
  "Työhyvinvointi",
  "Työturvallisuus",
  "Työkyky",
  "Osaaminen",
  "Digitalisaatio",
  "Tasa-arvo",
  "Vuorovaikutus",
  "Työaika",
  "Sosiaali- ja terveysala",
];

function seedSentences(seedsDir: string): string[] {
  const sentences: string[] = [];
  for (const file of readdirSync(seedsDir).filter((f) => f.endsWith(".txt"))) {
    const { record } = parseSource(readFileSync(path.join(seedsDir, file), "utf8"), file);
    for (const text of [...record.sections.map((s) => s.body), ...record.pressReleases.map((p) => p.body)]) {
      for (const s of text.replace(/\s+/g, " ").split(/(?<=[.!?])\s+/))
        if (s.length >= 40 && s.length <= 400) sentences.push(s);
    }
  }
  return sentences;
}

/**
 * A second, Zipf-distributed vocabulary: made-up Finnish-looking words whose frequencies fall
 * off as 1/rank, as words in real texts do. Every document gets a sentence of them beside the
 * seed sentences (whose words occur in most documents: the worst case, kept on purpose).
 */
export const ZIPF_VOCABULARY_SIZE = 20_000;
const ZIPF_WORDS_PER_DOCUMENT = 25;
const SYLLABLES = [
  "ka",
  "lo",
  "mi",
  "ve",
  "tu",
  "sa",
  "ri",
  "no",
  "pe",
  "hy",
  "jä",
  "kö",
  "la",
  "si",
  "mu",
  "ta",
  "ne",
  "vo",
  "ry",
  "äl",
];

export function zipfVocabulary(): string[] {
  const random = prng(7);
  const words = new Set<string>();
  while (words.size < ZIPF_VOCABULARY_SIZE) {
    const length = 3 + Math.floor(random() * 3);
    words.add(
      Array.from({ length }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join("") +
        ["nen", "us", "o", "a", "in"][Math.floor(random() * 5)],
    );
  }
  return [...words];
}

/** Draws vocabulary ranks with probability ∝ 1/rank (inverse of the cumulative weights). */
function zipfSampler(random: () => number): () => number {
  const cumulative = new Float64Array(ZIPF_VOCABULARY_SIZE);
  let sum = 0;
  for (let r = 0; r < ZIPF_VOCABULARY_SIZE; r++) cumulative[r] = sum += 1 / (r + 1);
  return () => {
    const target = random() * sum;
    let low = 0;
    let high = ZIPF_VOCABULARY_SIZE - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

export interface CorpusOptions {
  projects: number;
  seedsDir: string;
  onProgress?: (done: number) => void;
}

/** Inserts the corpus with set-based SQL (unnest of arrays), far faster than row by row. */
export async function generateCorpus(client: pg.Client, options: CorpusOptions): Promise<void> {
  const random = prng(20261123);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const sentences = seedSentences(options.seedsDir);
  const paragraph = (n: number) => Array.from({ length: n }, () => pick(sentences)).join(" ");
  const vocabulary = zipfVocabulary();
  const zipfRank = zipfSampler(random);
  const zipfSentence = () =>
    `${Array.from({ length: ZIPF_WORDS_PER_DOCUMENT }, () => vocabulary[zipfRank()]).join(" ")}.`;

  const { rows: funders } = await client.query<{ id: number; code: string }>(`SELECT id, code FROM "Funder"`);
  const { rows: regions } = await client.query<{ id: number; name: string }>(`SELECT id, name FROM "Region"`);
  const { rows: municipalities } = await client.query<{ id: number; name: string; regionId: number }>(
    `SELECT id, name, "regionId" FROM "Municipality"`,
  );
  const regionByName = new Map(regions.map((r) => [r.name, r.id]));

  // Organisations: municipalities, their joint authorities, universities, companies.
  const orgCount = Math.min(5000, Math.max(200, Math.floor(options.projects / 20)));
  const orgs = Array.from({ length: orgCount }, (_, i) => {
    const m = pick(municipalities);
    const genitive = genitiveCandidates(m.name)[0] ?? `${m.name}n`;
    const type = pick(ORG_TYPES);
    const name =
      type === "Kunta"
        ? `${genitive} ${m.name.endsWith("i") ? "kaupunki" : "kunta"}`
        : type === "Yritys"
          ? `${pick(["Työkyky", "Hyvinvointi", "Johtamis", "Valmennus", "Kehitys"])}` +
            `${pick(["palvelu", "kumppani", "talo", "tiimi"])} ${m.name} Oy`
          : `${genitive} ${type.toLowerCase()}`;
    return {
      name: `${name} ${i}`,
      key: `${name} ${i}`.toLowerCase(),
      slug: `bench-org-${i}`,
      type,
      municipalityId: m.id,
      regionId: m.regionId,
    };
  });
  const { rows: orgIds } = await client.query<{ id: number }>(
    `INSERT INTO "Organization" (name, "nameKey", slug, type, "municipalityId", "updatedAt")
     SELECT * , now() FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[]) RETURNING id`,
    [
      orgs.map((o) => o.name),
      orgs.map((o) => o.key),
      orgs.map((o) => o.slug),
      orgs.map((o) => o.type),
      orgs.map((o) => o.municipalityId),
    ],
  );
  const { rows: themeRows } = await client.query<{ id: number }>(
    `INSERT INTO "Theme" (name, slug)
     SELECT n, lower(regexp_replace(n, '[^a-zA-Z0-9]+', '-', 'g')) FROM unnest($1::text[]) n
     ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
    [THEMES],
  );

  const BATCH = 2000;
  for (let start = 0; start < options.projects; start += BATCH) {
    const n = Math.min(BATCH, options.projects - start);
    const p = Array.from({ length: n }, (_, j) => {
      const i = start + j;
      const funder = random() < 0.8 ? funders.find((f) => f.code === "TSR")! : funders.find((f) => f.code === "ESR")!;
      const year = 2005 + Math.floor(random() * 21);
      const startDate = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-01`;
      const months = 6 + Math.floor(random() * 36);
      const end = new Date(Date.UTC(year, Number(startDate.slice(5, 7)) - 1 + months, 0)).toISOString().slice(0, 10);
      const granted = Math.round(Math.exp(9 + random() * 4.5)); // ~8 000 € … ~730 000 €
      const title = `${pick(TOPICS)} ${pick(SECTORS)}${pick(SUFFIXES)}`;
      const number = funder.code === "ESR" ? `S${20000 + i}` : String(100000 + i);
      const orgIndex = Math.floor(random() * orgs.length);
      return {
        funderId: funder.id,
        number,
        key: number.toLowerCase(),
        slug: `bench-${number.toLowerCase()}`,
        title,
        grantType: funder.code === "TSR" ? pick(GRANT_TYPES) : null,
        start: startDate,
        end,
        granted,
        total: Math.round(granted * (1.5 + random())),
        summary: paragraph(3 + Math.floor(random() * 3)),
        rest: `${paragraph(4 + Math.floor(random() * 6))} ${zipfSentence()}`,
        orgIndex,
        themes: random() < 0.6 ? [themeRows[Math.floor(random() * themeRows.length)]!.id] : [],
        extraRegion: funder.code === "ESR" && random() < 0.5 ? regionByName.get(pick(REGIONS).name)! : null,
      };
    });
    const { rows: ids } = await client.query<{ id: number }>(
      `INSERT INTO "Project" ("funderId", "projectNumber", "projectNumberKey", slug, title, "grantType", "periodStart",
         "periodEnd", "decisionDate", "grantedEur", "totalCostEur", "updatedAt")
       SELECT f, n, k, s, t, g, ps::date, pe::date, ps::date - 30, gr, tc, now()
       FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                   $9::int[], $10::int[]) AS x(f, n, k, s, t, g, ps, pe, gr, tc)
       RETURNING id`,
      [
        p.map((x) => x.funderId),
        p.map((x) => x.number),
        p.map((x) => x.key),
        p.map((x) => x.slug),
        p.map((x) => x.title),
        p.map((x) => x.grantType),
        p.map((x) => x.start),
        p.map((x) => x.end),
        p.map((x) => x.granted),
        p.map((x) => x.total),
      ],
    );
    const projectIds = ids.map((r) => r.id);
    await client.query(
      `INSERT INTO "Section" ("projectId", heading, body, ordinal)
       SELECT id, h, b, o FROM unnest($1::int[], $2::text[], $3::text[], $4::int[]) AS x(id, h, b, o)`,
      [
        [...projectIds, ...projectIds],
        [...p.map(() => "Tiivistelmä"), ...p.map(() => pick(["Tulokset", "Menetelmät", "Vaikuttavuus"]))],
        [...p.map((x) => x.summary), ...p.map((x) => x.rest)],
        [...p.map(() => 0), ...p.map(() => 1)],
      ],
    );
    await client.query(
      `INSERT INTO "ProjectOrganization" ("projectId", "organizationId", role)
       SELECT id, o, 'APPLICANT' FROM unnest($1::int[], $2::int[]) AS x(id, o)`,
      [projectIds, p.map((x) => orgIds[x.orgIndex]!.id)],
    );
    const regionRows = p.flatMap((x, j) => {
      const own = orgs[x.orgIndex]!.regionId;
      return [
        [projectIds[j]!, own, true],
        ...(x.extraRegion && x.extraRegion !== own ? [[projectIds[j]!, x.extraRegion, false]] : []),
      ] as Array<[number, number, boolean]>;
    });
    await client.query(
      `INSERT INTO "ProjectRegion" ("projectId", "regionId", inferred, basis)
       SELECT id, r, i, CASE WHEN i THEN 'hakijan kunta' END
       FROM unnest($1::int[], $2::int[], $3::bool[]) AS x(id, r, i)`,
      [regionRows.map((r) => r[0]), regionRows.map((r) => r[1]), regionRows.map((r) => r[2])],
    );
    const themeLinks = p.flatMap((x, j) => x.themes.map((t) => [projectIds[j]!, t] as [number, number]));
    if (themeLinks.length) {
      await client.query(
        `INSERT INTO "ProjectTheme" ("projectId", "themeId") SELECT * FROM unnest($1::int[], $2::int[])`,
        [themeLinks.map((t) => t[0]), themeLinks.map((t) => t[1])],
      );
    }
    options.onProgress?.(start + n);
  }
}
