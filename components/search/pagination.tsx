import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { type SearchParams, toQueryString } from "@/lib/search/filters";

export function Pagination({
  params,
  page,
  pageSize,
  total,
}: {
  params: SearchParams;
  page: number;
  pageSize: number;
  total: number;
}) {
  const t = useTranslations("ui");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages === 1) return null;
  const href = (p: number) => `/hankkeet${toQueryString({ ...params, page: p })}`;
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])]
    .filter((p) => p >= 1 && p <= pages)
    .sort((a, b) => a - b);
  return (
    <nav aria-label={t("pagination")} className="mt-8">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <Link href={href(page - 1)} rel="prev">
              {t("previous")}
            </Link>
          </li>
        ) : null}
        {shown.map((p, i) => (
          <li key={p} className="flex items-center gap-2">
            {i > 0 && p - shown[i - 1]! > 1 ? <span aria-hidden="true">…</span> : null}
            {p === page ? (
              <span aria-current="page" className="rounded bg-brand-dark px-3 py-1 text-white">
                {p}
              </span>
            ) : (
              <Link href={href(p)} aria-label={t("page", { n: p })} className="px-3 py-1">
                {p}
              </Link>
            )}
          </li>
        ))}
        {page < pages ? (
          <li>
            <Link href={href(page + 1)} rel="next">
              {t("next")}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
