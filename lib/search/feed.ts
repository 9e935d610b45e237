/**
 * "Follow a search": the newest projects matching a search as an Atom feed (RFC 4287, by the
 * `feed` package), so that a researcher's feed reader shows each new project on a topic. Newest is
 * the search's own `newest` order (latest start first); every filter of the search applies, and
 * the feed's texts, money and dates are in the language asked for. Records stay in their own
 * language, as on the pages.
 */
import { Feed } from "feed";
import type { PrismaClient } from "../generated/prisma/client";
import { FORMAT_LOCALE, type Locale, localePath, routing } from "../i18n/routing";
import { CATALOGUES, type FeedTranslator, feedTranslator } from "../i18n/translators";
import { regionName } from "../regions/names";
import { activeFilterCount, type SearchParams, toQueryString, withParam } from "./filters";
import { type SearchHit, search } from "./search";

export const FEED_LOCALES = routing.locales;
/** How many of the newest matching projects a feed lists. */
export const FEED_SIZE = 50;

/** The feed's own parameters: the search's filters and language; the order and the page are the feed's. */
export function feedQuery(params: SearchParams, locale: Locale): string {
  const query = toQueryString({ ...params, sort: undefined, page: undefined, pageSize: undefined });
  return locale === routing.defaultLocale ? query : withParam(query, `lang=${locale}`);
}

export async function searchFeed(
  db: PrismaClient,
  params: SearchParams,
  locale: Locale,
  origin: string,
): Promise<string> {
  const found = await search(db, { ...params, sort: "newest", page: 1, pageSize: FEED_SIZE }, { snippets: false });
  const ids = found.items.map((hit) => hit.projectId);
  const stamps = new Map(
    (
      await db.project.findMany({ where: { id: { in: ids } }, select: { id: true, createdAt: true, updatedAt: true } })
    ).map((row) => [row.id, row]),
  );
  const say = feedTranslator(locale);
  const site = CATALOGUES[locale].ui.siteName;
  const filters = activeFilterCount(params);
  const title =
    (params.q ? say("titleQuery", { q: params.q }) : say("titleAll")) +
    (filters ? ` (${say("filters", { n: filters })})` : "");
  const searchPage =
    origin + localePath(locale, `/hankkeet${toQueryString({ ...params, sort: "newest", page: undefined })}`);
  const self = `${origin}/api/projects/feed${feedQuery(params, locale)}`;
  const updated = [...stamps.values()].reduce((latest, row) => Math.max(latest, row.updatedAt.getTime()), 0);
  const feed = new Feed({
    id: self,
    title: `${site}: ${title}`,
    link: searchPage,
    feedLinks: { atom: self },
    language: FORMAT_LOCALE[locale],
    // With no project yet, the feed says so as of the epoch: a reader then sees nothing new.
    updated: new Date(updated),
    author: { name: site, link: origin },
    generator: false,
    copyright: "CC BY 4.0",
  });
  for (const hit of found.items) {
    const stamp = stamps.get(hit.projectId);
    const link = origin + localePath(locale, `/hankkeet/${hit.slug}`);
    feed.addItem({
      id: link,
      link,
      title: hit.title,
      description: summaryOf(hit, say, locale),
      date: stamp?.updatedAt ?? new Date(0),
      published: stamp?.createdAt,
    });
  }
  // The package writes the language only into RSS; Atom carries it as xml:lang on the root.
  return feed.atom1().replace("<feed ", `<feed xml:lang="${FORMAT_LOCALE[locale]}" `);
}

function summaryOf(hit: SearchHit, say: FeedTranslator, locale: Locale): string {
  const bcp47 = FORMAT_LOCALE[locale];
  const money = new Intl.NumberFormat(bcp47, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const day = new Intl.DateTimeFormat(bcp47, {
    day: "numeric",
    month: "numeric",
    year: "numeric",
    timeZone: "UTC",
  });
  const date = (iso: string | null) => (iso ? day.format(new Date(iso)) : "–");
  const parts = [`${say("funder")}: ${hit.funder} ${hit.projectNumber}`];
  if (hit.applicant) parts.push(`${say("applicant")}: ${hit.applicant}`);
  if (hit.periodStart || hit.periodEnd) parts.push(`${say("period")}: ${date(hit.periodStart)}–${date(hit.periodEnd)}`);
  if (hit.grantedEur !== null) parts.push(`${say("granted")}: ${money.format(hit.grantedEur)}`);
  if (hit.regions.length)
    parts.push(`${say("regions")}: ${hit.regions.map((r) => regionName(r.name, locale)).join(", ")}`);
  return parts.join(" · ");
}
