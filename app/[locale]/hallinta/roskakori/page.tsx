import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { TrashForm } from "@/components/admin/trash-form";
import { Notice } from "@/components/ui/notice";
import { requirePageUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.trash"))("title") };
}

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
  const t = await getTranslations("admin.trash");
  return (
    <>
      <h1 className="text-3xl">{t("title")}</h1>
      {notice.poistettu ? <Notice tone="done">{t("moved")}</Notice> : null}
      {projects.length === 0 ? (
        <p className="mt-6">{t("empty")}</p>
      ) : (
        <table className="mt-6 w-full text-sm">
          <thead>
            <tr className="border-b border-line text-left">
              <th scope="col">{t("colProject")}</th>
              <th scope="col">{t("colDeleted")}</th>
              <th scope="col">
                <span className="sr-only">{t("colAction")}</span>
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
                      aria-label={t("restoreLabel", { title: p.title })}
                    >
                      {t("restore")}
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
