import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { TrashForm } from "@/components/admin/trash-form";
import { Notice } from "@/components/ui/notice";
import { requirePageUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Roskakori" };

export default async function TrashPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await connection();
  await requirePageUser("EDITOR", "/hallinta/roskakori");
  const notice = await searchParams;
  const projects = await db().project.findMany({
    where: { deletedAt: { not: null } },
    orderBy: { deletedAt: "desc" },
    take: 500,
    select: { id: true, title: true, projectNumber: true, version: true, deletedAt: true },
  });
  return (
    <>
      <h1 className="text-3xl">Roskakori</h1>
      {notice.poistettu ? <Notice tone="done">Hanke siirretty roskakoriin. Sen voi palauttaa alta.</Notice> : null}
      {projects.length === 0 ? (
        <p className="mt-6">Roskakori on tyhjä.</p>
      ) : (
        <table className="mt-6 w-full text-sm">
          <thead>
            <tr className="border-b border-line text-left">
              <th scope="col">Hanke</th>
              <th scope="col">Poistettu</th>
              <th scope="col">
                <span className="sr-only">Toiminto</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {projects.map((p) => (
              <tr key={p.id} className="border-b border-line">
                <td className="py-2 pr-2">
                  <Link href={`/hallinta/hankkeet/${p.id}`}>{p.title}</Link> ({p.projectNumber})
                </td>
                <td className="pr-2">{formatDate(p.deletedAt)}</td>
                <td>
                  <TrashForm id={p.id} version={p.version} toTrash={false}>
                    <button
                      type="submit"
                      className="rounded border border-brand-dark px-3 py-1 text-brand-dark"
                      aria-label={`Palauta ${p.title}`}
                    >
                      Palauta
                    </button>
                  </TrashForm>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
