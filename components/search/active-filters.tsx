import { useTranslations } from "next-intl";
import { formatEur } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import {
  activeRanges,
  LIST_PARAMS,
  type ListParam,
  type RangeFilter,
  type SearchParams,
  toggleValue,
  toQueryString,
  withoutRange,
} from "@/lib/search/filters";

/** The filters in force as removable chips; each chip links to the same page without it. */
export function ActiveFilters({
  params,
  basePath,
  labelOf,
}: {
  params: SearchParams;
  basePath: string;
  labelOf: (key: ListParam, value: string) => string;
}) {
  const t = useTranslations("ui");
  const chips = LIST_PARAMS.flatMap((key) =>
    (params[key] as string[]).map((value) => ({ key, value, label: labelOf(key, value) })),
  );
  const rangeLabel: Record<RangeFilter, () => string> = {
    years: () => `${t("startedBetween")} ${params.yearFrom ?? ""}–${params.yearTo ?? ""}`,
    granted: () => {
      const bound = (value: number | undefined) => (value === undefined ? "" : formatEur(value));
      return `${t("grantedBetween")} ${bound(params.minGranted)}–${bound(params.maxGranted)}`;
    },
    decisionYear: () => `${t("decidedIn")} ${params.decisionYear}`,
    national: () => (params.national ? t("nationalOnly") : t("regionalOnly")),
  };
  const ranges = activeRanges(params).map((range) => ({
    label: rangeLabel[range](),
    next: withoutRange(params, range),
  }));
  if (!chips.length && !ranges.length) return null;
  return (
    <ul aria-label={t("selectedFilters")} className="mt-3 flex flex-wrap gap-2">
      {chips.map(({ key, value, label }) => (
        <li key={`${key}-${value}`}>
          <Link
            href={`${basePath}${toQueryString(toggleValue(params, key, value))}`}
            className="rounded-full border border-brand-dark px-3 py-1 text-sm no-underline"
          >
            {label} <span aria-hidden="true">✕</span>
            <span className="sr-only"> ({t("removeFilter")})</span>
          </Link>
        </li>
      ))}
      {ranges.map((r) => (
        <li key={r.label}>
          <Link
            href={`${basePath}${toQueryString(r.next)}`}
            className="rounded-full border border-brand-dark px-3 py-1 text-sm no-underline"
          >
            {r.label} <span aria-hidden="true">✕</span>
            <span className="sr-only"> ({t("removeFilter")})</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
