import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { restoreRevisionAction } from "@/app/[locale]/hallinta/actions";
import { Notice } from "@/components/ui/notice";
import { displayValue, FIELD_LABELS, type FieldChange } from "@/lib/admin/project-form";
import { requirePageUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Muutoshistoria" };

const ACTIONS = {
  CREATE: "Luotu",
  EDIT: "Muokattu",
  IMPORT: "Tuotu lähteestä",
  DELETE: "Siirretty roskakoriin",
  RESTORE: "Palautettu",
} as const;

export default async function HistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await connection();
  const { id } = await params;
  await requirePageUser("EDITOR", `/hallinta/hankkeet/${encodeURIComponent(id)}/historia`);
  const projectId = Number(id);
  const project =
    Number.isInteger(projectId) && projectId > 0
      ? await db().project.findUnique({ where: { id: projectId }, select: { id: true, title: true, version: true } })
      : null;
  if (!project) notFound();
  const notice = await searchParams;
  const revisions = await db().revision.findMany({
    where: { projectId },
    orderBy: { version: "desc" },
    include: { user: { select: { name: true } } },
    take: 200,
  });
  return (
    <>
      <p className="text-sm">
        <Link href={`/hallinta/hankkeet/${project.id}`}>← {project.title}</Link>
      </p>
      <h1 className="mt-2 text-3xl">Muutoshistoria</h1>
      {notice.palautettu ? (
        <Notice tone="done">
          Versio {notice.palautettu} palautettu uutena versiona {project.version}.
        </Notice>
      ) : null}
      {notice.ristiriita ? (
        <Notice tone="problem">
          Hanketta muutettiin sillä välin; palautusta ei tehty. Tarkista historia ja yritä uudelleen.
        </Notice>
      ) : null}
      <ol className="mt-6 space-y-6">
        {revisions.map((r) => {
          const changes = r.changes as unknown as FieldChange[];
          return (
            <li key={r.id} className="rounded border border-line p-4">
              <h2 className="text-lg">
                Versio {r.version}: {ACTIONS[r.action]}
              </h2>
              <p className="text-sm text-muted">
                {r.user?.name ?? "lähdetiedoston tuonti"}, {formatDateTime(r.at)}
              </p>
              {changes.length ? (
                <table className="mt-2 w-full text-sm">
                  <thead>
                    <tr className="text-left">
                      <th scope="col">Kenttä</th>
                      <th scope="col">Ennen</th>
                      <th scope="col">Jälkeen</th>
                    </tr>
                  </thead>
                  <tbody>
                    {changes.map((c) => (
                      <tr key={c.field} className="border-t border-line align-top">
                        <th scope="row" className="pr-2 text-left font-normal">
                          {FIELD_LABELS[c.field] ?? c.field}
                        </th>
                        <td className="pr-2">
                          <del className="no-underline">{displayValue(c.field, c.before)}</del>
                        </td>
                        <td>
                          <ins className="no-underline">{displayValue(c.field, c.after)}</ins>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <p className="mt-2 text-sm">Ei muutoksia muokattaviin kenttiin.</p>
              )}
              {r.version !== project.version ? (
                <form action={restoreRevisionAction} className="mt-3">
                  <input type="hidden" name="id" value={project.id} />
                  <input type="hidden" name="revision" value={r.version} />
                  <input type="hidden" name="version" value={project.version} />
                  <button
                    type="submit"
                    className="rounded border border-brand-dark px-3 py-1 text-sm text-brand-dark hover:bg-brand-light"
                  >
                    Palauta versio {r.version}
                  </button>
                </form>
              ) : (
                <p className="mt-3 text-sm font-semibold">Nykyinen versio</p>
              )}
            </li>
          );
        })}
      </ol>
      {revisions.length === 0 ? <p className="mt-6">Hankkeella ei ole vielä kirjattuja muutoksia.</p> : null}
    </>
  );
}
