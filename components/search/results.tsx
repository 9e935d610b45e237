import { useLocale, useTranslations } from "next-intl";
import { formatDate, formatEur } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { regionName } from "@/lib/regions/names";
import type { SearchHit } from "@/lib/search/search";
import { Snippet } from "./snippet";

const date = (iso: string | null) => (iso ? formatDate(new Date(`${iso}T00:00:00Z`)) : "–");

export function Results({ items }: { items: SearchHit[] }) {
  const t = useTranslations("ui");
  const locale = useLocale() as Locale;
  return (
    <ol className="space-y-6">
      {items.map((hit) => (
        <li key={hit.slug} className="border-b border-line pb-4">
          <h3 className="text-lg">
            <Link href={`/hankkeet/${hit.slug}`}>{hit.title}</Link>
          </h3>
          <p className="text-sm text-muted">
            {[
              `${hit.funder} ${hit.projectNumber}`,
              hit.applicant,
              `${date(hit.periodStart)} – ${date(hit.periodEnd)}`,
              hit.grantedEur !== null ? `${t("granted")} ${formatEur(hit.grantedEur)}` : null,
              hit.regions.length
                ? hit.regions
                    .map((r) => regionName(r.name, locale) + (r.inferred ? ` (${t("inferred")})` : ""))
                    .join(", ")
                : null,
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
          {hit.snippet ? <Snippet text={hit.snippet} /> : null}
        </li>
      ))}
    </ol>
  );
}
