import Link from "next/link";
import { connection } from "next/server";
import { Notice } from "@/components/ui/notice";
import { requirePageUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { formatDate, formatEur, formatInteger } from "@/lib/format";

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
  const [total, projects] = await Promise.all([
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
  ]);
  return (
    <>
      <h1 className="text-3xl">Hankkeiden hallinta</h1>
      {params.kielletty ? <Notice tone="problem">Sinulla ei ole oikeutta avaamaasi sivuun.</Notice> : null}
      <p className="mt-2">Tervetuloa, {user.name}.</p>
      <form action="/hallinta" method="get" role="search" className="mt-6 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="admin-q" className="mb-1 block font-semibold">
            Etsi nimellä tai numerolla
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
          Etsi
        </button>
      </form>
      <p className="mt-4" aria-live="polite">
        {formatInteger(total)} hanketta
      </p>
      <table className="mt-2 w-full text-sm">
        <thead>
          <tr className="border-b border-line text-left">
            <th scope="col" className="py-1">
              Hanke
            </th>
            <th scope="col">Numero</th>
            <th scope="col" className="text-right">
              Myönnetty
            </th>
            <th scope="col">Muutettu</th>
            <th scope="col" className="text-right">
              Versio
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
            Seuraavat {PAGE_SIZE} →
          </Link>
        </p>
      ) : null}
    </>
  );
}
