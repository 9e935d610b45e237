import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { restoreRevisionAction } from "@/app/[locale]/hallinta/actions";
import { Notice } from "@/components/ui/notice";
import { displayValue, type FieldChange } from "@/lib/admin/project-form";
import { serverFormTexts } from "@/lib/admin/texts";
import { requirePageUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { formatDateTime } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.history"))("title") };
}

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
  const [revisions, t] = await Promise.all([
    db().revision.findMany({
      where: { projectId },
      orderBy: { version: "desc" },
      include: { user: { select: { name: true } } },
      take: 200,
    }),
    getTranslations("admin.history"),
  ]);
  const locale = await getLocale();
  const texts = serverFormTexts(locale as Locale);
  const labels = texts.fieldLabels;
  return (
    <>
      <p className="text-sm">
        <Link href={`/hallinta/hankkeet/${project.id}`}>← {project.title}</Link>
      </p>
      <h1 className="mt-2 text-3xl">{t("title")}</h1>
      {notice.palautettu ? (
        <Notice tone="done">{t("restored", { from: notice.palautettu, version: project.version })}</Notice>
      ) : null}
      {notice.ristiriita ? <Notice tone="problem">{t("conflict")}</Notice> : null}
      <ol className="mt-6 space-y-6">
        {revisions.map((r) => {
          const changes = r.changes as unknown as FieldChange[];
          return (
            <li key={r.id} className="rounded border border-line p-4">
              <h2 className="text-lg">{t("heading", { version: r.version, action: t(`actions.${r.action}`) })}</h2>
              <p className="text-sm text-muted">
                {r.user?.name ?? t("importer")}, {formatDateTime(r.at)}
              </p>
              {changes.length ? (
                <table className="mt-2 w-full text-sm">
                  <thead>
                    <tr className="text-left">
                      <th scope="col">{t("colField")}</th>
                      <th scope="col">{t("colBefore")}</th>
                      <th scope="col">{t("colAfter")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {changes.map((c) => (
                      <tr key={c.field} className="border-t border-line align-top">
                        <th scope="row" className="pr-2 text-left font-normal">
                          {labels[c.field] ?? c.field}
                        </th>
                        <td className="pr-2">
                          <del className="no-underline">{displayValue(c.field, c.before, texts)}</del>
                        </td>
                        <td>
                          <ins className="no-underline">{displayValue(c.field, c.after, texts)}</ins>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <p className="mt-2 text-sm">{t("noChanges")}</p>
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
                    {t("restore", { version: r.version })}
                  </button>
                </form>
              ) : (
                <p className="mt-3 text-sm font-semibold">{t("current")}</p>
              )}
            </li>
          );
        })}
      </ol>
      {revisions.length === 0 ? <p className="mt-6">{t("empty")}</p> : null}
    </>
  );
}
