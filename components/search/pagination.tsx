import Link from "next/link";
import { toQueryString, type SearchParams } from "@/lib/search/filters";

export function Pagination({ params, page, pageSize, total }: { params: SearchParams; page: number; pageSize: number; total: number }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages === 1) return null;
  const href = (p: number) => `/hankkeet${toQueryString({ ...params, page: p })}`;
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  return (
    <nav aria-label="Sivutus" className="mt-8">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? <li><Link href={href(page - 1)} rel="prev">Edellinen</Link></li> : null}
        {shown.map((p, i) => (
          <li key={p} className="flex items-center gap-2">
            {i > 0 && p - shown[i - 1]! > 1 ? <span aria-hidden="true">…</span> : null}
            {p === page ? (
              <span aria-current="page" className="rounded bg-brand-dark px-3 py-1 text-white">{p}</span>
            ) : (
              <Link href={href(p)} aria-label={`Sivu ${p}`} className="px-3 py-1">{p}</Link>
            )}
          </li>
        ))}
        {page < pages ? <li><Link href={href(page + 1)} rel="next">Seuraava</Link></li> : null}
      </ul>
    </nav>
  );
}
