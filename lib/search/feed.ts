/**
 * "Follow a search": the newest projects matching a search as an Atom feed (RFC 4287, by the
 * `feed` package), so that a researcher's feed reader shows each new project on a topic. Newest is
 * the search's own `newest` order (latest start first); every filter of the search applies, and
 * the feed's texts, money and dates are in the language asked for. Records stay in their own
 * language, as on the pages.
 */
import { Feed } from "feed";
import type { PrismaClient } from "../generated/prisma/client";
import { activeFilterCount, type SearchParams, toQueryString } from "./filters";
import { type SearchHit, search } from "./search";

export const FEED_LOCALES = ["fi", "sv", "en"] as const;
export type FeedLocale = (typeof FEED_LOCALES)[number];
/** How many of the newest matching projects a feed lists. */
export const FEED_SIZE = 50;

interface FeedTexts {
  bcp47: string;
  site: string;
  title: (q: string | undefined, filters: number) => string;
  funder: string;
  applicant: string;
  period: string;
  granted: string;
  regions: string;
}

const quoted = (q: string) => `”${q}”`;
const TEXTS: Record<FeedLocale, FeedTexts> = {
  fi: {
    bcp47: "fi-FI",
    site: "Työhyvinvointihankkeet",
    title: (q, n) =>
      (q ? `Uusimmat hankkeet haulla ${quoted(q)}` : "Uusimmat hankkeet") +
      (n ? ` (${n} ${n === 1 ? "rajaus" : "rajausta"})` : ""),
    funder: "Rahoittaja",
    applicant: "Hakija",
    period: "Toteutusaika",
    granted: "Myönnetty",
    regions: "Maakunnat",
  },
  sv: {
    bcp47: "sv-FI",
    site: "Projekt för arbetshälsa",
    title: (q, n) =>
      (q ? `De nyaste projekten för sökningen ${quoted(q)}` : "De nyaste projekten") +
      (n ? ` (${n} ${n === 1 ? "avgränsning" : "avgränsningar"})` : ""),
    funder: "Finansiär",
    applicant: "Ansökare",
    period: "Genomförandetid",
    granted: "Beviljat",
    regions: "Landskap",
  },
  en: {
    bcp47: "en-FI",
    site: "Workplace wellbeing projects",
    title: (q, n) =>
      (q ? `Newest projects for “${q}”` : "Newest projects") + (n ? ` (${n} ${n === 1 ? "filter" : "filters"})` : ""),
    funder: "Funder",
    applicant: "Applicant",
    period: "Period",
    granted: "Granted",
    regions: "Regions",
  },
};

/** The feed's own parameters: the search's filters and language; the order and the page are the feed's. */
export function feedQuery(params: SearchParams, locale: FeedLocale): string {
  const query = toQueryString({ ...params, sort: undefined, page: undefined, pageSize: undefined });
  return locale === "fi" ? query : `${query}${query ? "&" : "?"}lang=${locale}`;
}

export async function searchFeed(
  db: PrismaClient,
  params: SearchParams,
  locale: FeedLocale,
  origin: string,
): Promise<string> {
  const found = await search(db, { ...params, sort: "newest", page: 1, pageSize: FEED_SIZE }, { snippets: false });
  const ids = found.items.map((hit) => hit.projectId);
  const stamps = new Map(
    (
      await db.project.findMany({ where: { id: { in: ids } }, select: { id: true, createdAt: true, updatedAt: true } })
    ).map((row) => [row.id, row]),
  );
  const say = TEXTS[locale];
  const searchPage = `${origin}/hankkeet${toQueryString({ ...params, sort: "newest", page: undefined })}`;
  const self = `${origin}/api/projects/feed${feedQuery(params, locale)}`;
  const updated = [...stamps.values()].reduce((latest, row) => Math.max(latest, row.updatedAt.getTime()), 0);
  const feed = new Feed({
    id: self,
    title: `${say.site}: ${say.title(params.q, activeFilterCount(params))}`,
    link: searchPage,
    feedLinks: { atom: self },
    language: say.bcp47,
    // With no project yet, the feed says so as of the epoch: a reader then sees nothing new.
    updated: new Date(updated),
    author: { name: say.site, link: origin },
    generator: false,
    copyright: "CC BY 4.0",
  });
  for (const hit of found.items) {
    const stamp = stamps.get(hit.projectId);
    const link = `${origin}/hankkeet/${hit.slug}`;
    feed.addItem({
      id: link,
      link,
      title: hit.title,
      description: summaryOf(hit, say),
      date: stamp?.updatedAt ?? new Date(0),
      published: stamp?.createdAt,
    });
  }
  // The package writes the language only into RSS; Atom carries it as xml:lang on the root.
  return feed.atom1().replace("<feed ", `<feed xml:lang="${say.bcp47}" `);
}

function summaryOf(hit: SearchHit, say: FeedTexts): string {
  const money = new Intl.NumberFormat(say.bcp47, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const day = new Intl.DateTimeFormat(say.bcp47, {
    day: "numeric",
    month: "numeric",
    year: "numeric",
    timeZone: "UTC",
  });
  const date = (iso: string | null) => (iso ? day.format(new Date(iso)) : "–");
  const parts = [`${say.funder}: ${hit.funder} ${hit.projectNumber}`];
  if (hit.applicant) parts.push(`${say.applicant}: ${hit.applicant}`);
  if (hit.periodStart || hit.periodEnd) parts.push(`${say.period}: ${date(hit.periodStart)}–${date(hit.periodEnd)}`);
  if (hit.grantedEur !== null) parts.push(`${say.granted}: ${money.format(hit.grantedEur)}`);
  if (hit.regions.length) parts.push(`${say.regions}: ${hit.regions.map((r) => r.name).join(", ")}`);
  return parts.join(" · ");
}
