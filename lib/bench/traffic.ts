/**
 * URLs that look like traffic for the HTTP bench (issue 11): hundreds of distinct searches (words
 * of every frequency, filters, sorts, later pages), a thousand distinct project pages and a score
 * of dashboard filters — so that a cache is measured as a first visitor meets it, not on a handful
 * of URLs asked for again and again. Deterministic: the same corpus gives the same URLs.
 */
import { REGION_SLUGS, SORTS } from "../search/filters";
import { prng as random } from "./corpus";

export interface TrafficInput {
  /** Words of the corpus, most frequent first (the bench's Zipf vocabulary). */
  vocabulary: string[];
  themeSlugs: string[];
  projectSlugs: string[];
}

const FUNDERS = ["TSR", "ESR"];
const STATUSES = ["running", "ended", "upcoming"];
/** Words people type: inflected, compound parts, without ä/ö, phrases. */
const TYPED = [
  "työhyvinvoinnin",
  "hyvinvointi",
  "johtaminen",
  "kotihoito",
  "väkivalta",
  "tyoterveyshuolto",
  '"sosiaalinen pääoma"',
  "etätyö",
  "gerontologian",
  "työkyky",
];

/** A seeded generator and a pick from a list by it. */
function chooser(seed: number) {
  const r = random(seed);
  return { r, pick: <T>(values: readonly T[]): T => values[Math.floor(r() * values.length)]! };
}

export function searchUrls(input: TrafficInput, count = 240): string[] {
  const { r, pick } = chooser(20261202);
  // Zipf-like: mostly frequent words, a long tail of rare ones.
  const word = () => {
    if (r() < 0.25) return pick(TYPED);
    const rank = Math.floor(input.vocabulary.length ** r()) - 1;
    return input.vocabulary[Math.min(rank, input.vocabulary.length - 1)]!;
  };
  const urls = new Set<string>();
  while (urls.size < count) {
    const params = new URLSearchParams();
    if (r() < 0.8) params.set("q", r() < 0.15 ? `${word()} ${word()}` : word());
    if (r() < 0.3) params.append("funder", pick(FUNDERS));
    if (r() < 0.25) params.append("region", pick(REGION_SLUGS));
    if (r() < 0.15 && input.themeSlugs.length) params.append("theme", pick(input.themeSlugs));
    if (r() < 0.15) params.append("status", pick(STATUSES));
    if (r() < 0.2) {
      const from = 2008 + Math.floor(r() * 14);
      params.set("yearFrom", String(from));
      params.set("yearTo", String(from + Math.floor(r() * 5)));
    }
    if (r() < 0.3) params.set("sort", pick(SORTS));
    if (r() < 0.2) params.set("page", String(2 + Math.floor(r() * 4)));
    urls.add(`/hankkeet?${params}`);
  }
  return [...urls];
}

export function projectUrls(input: TrafficInput, count = 1000): string[] {
  return input.projectSlugs.slice(0, count).map((slug) => `/hankkeet/${slug}`);
}

export function dashboardUrls(input: TrafficInput, count = 20): string[] {
  const { r, pick } = chooser(7);
  const urls = new Set<string>(["/tilastot"]);
  while (urls.size < count) {
    const params = new URLSearchParams();
    if (r() < 0.5) params.append("funder", pick(FUNDERS));
    if (r() < 0.4) params.append("region", pick(REGION_SLUGS));
    if (r() < 0.3 && input.themeSlugs.length) params.append("theme", pick(input.themeSlugs));
    if (r() < 0.4) {
      const from = 2008 + Math.floor(r() * 10);
      params.set("yearFrom", String(from));
      params.set("yearTo", String(from + 2 + Math.floor(r() * 6)));
    }
    if (r() < 0.25) params.set("q", pick(TYPED));
    if ([...params.keys()].length) urls.add(`/tilastot?${params}`);
  }
  return [...urls];
}
