import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { requirePageUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { formatDate, formatEur, formatInteger } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import { localePath } from "@/lib/i18n/routing";

const PAGE_SIZE = 50;

export default async function AdminHome({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const user = await requirePageUser("EDITOR", "/hallinta");
  const params = await searchParams;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is stripped from the query on purpose
  const q = typeof params.q === "string" ? params.q.slice(0, 200).replace(/\u0000/g, "") : "";
  const page = Math.max(1, Math.min(1000, Number(params.sivu) || 1));
  const where = {
    deletedAt: null,
    ...(q
      ? {
          OR: [
            { title: { contains: q, mode: "insensitive" as const } },
            { projectNumber: { contains: q, mode: "insensitive" as const } },
          ],
        }
      : {}),
  };
  const [total, projects, t, locale] = await Promise.all([
    db().project.count({ where }),
    db().project.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        title: true,
        projectNumber: true,
        version: true,
        updatedAt: true,
        grantedEur: true,
        funder: { select: { code: true } },
      },
    }),
    getTranslations("admin.home"),
    getLocale(),
  ]);
  return (
    <>
      <h1 className="text-3xl">{t("title")}</h1>
      {params.kielletty ? <Notice tone="problem">{t("forbidden")}</Notice> : null}
      <p className="mt-2">{t("welcome", { name: user.name })}</p>
      <form
        action={localePath(locale, "/hallinta")}
        method="get"
        role="search"
        className="mt-6 flex flex-wrap items-end gap-3"
      >
        <div>
          <label htmlFor="admin-q" className="mb-1 block font-semibold">
            {t("searchLabel")}
          </label>
          <input
            id="admin-q"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={200}
            className="w-80 rounded border border-muted px-3 py-2"
          />
        </div>
        <button type="submit" className="rounded bg-brand-dark px-4 py-2 font-semibold text-white">
          {t("search")}
        </button>
      </form>
      <p className="mt-4" aria-live="polite">
        {t("count", { n: formatInteger(total), count: total })}
      </p>
      <table className="mt-2 w-full text-sm">
        <thead>
          <tr className="border-b border-line text-left">
            <th scope="col" className="py-1">
              {t("colProject")}
            </th>
            <th scope="col">{t("colNumber")}</th>
            <th scope="col" className="text-right">
              {t("colGranted")}
            </th>
            <th scope="col">{t("colUpdated")}</th>
            <th scope="col" className="text-right">
              {t("colVersion")}
            </th>
          </tr>
        </thead>
        <tbody>
          {projects.map((p) => (
            <tr key={p.id} className="border-b border-line">
              <td className="py-1 pr-2">
                <Link href={`/hallinta/hankkeet/${p.id}`}>{p.title}</Link>
              </td>
              <td className="pr-2">
                {p.funder.code} {p.projectNumber}
              </td>
              <td className="pr-2 text-right tabular-nums">{formatEur(p.grantedEur)}</td>
              <td className="pr-2">{formatDate(p.updatedAt)}</td>
              <td className="text-right">{p.version}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > page * PAGE_SIZE ? (
        <p className="mt-4">
          <Link href={`/hallinta?${new URLSearchParams({ ...(q ? { q } : {}), sivu: String(page + 1) })}`}>
            {t("next", { n: PAGE_SIZE })}
          </Link>
        </p>
      ) : null}
    </>
  );
}
