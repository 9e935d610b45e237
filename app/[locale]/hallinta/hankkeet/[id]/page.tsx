import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { ProjectForm } from "@/components/admin/project-form";
import { TrashForm } from "@/components/admin/trash-form";
import { Notice } from "@/components/ui/notice";
import { toFormValues } from "@/lib/admin/project-form";
import { loadEditable } from "@/lib/admin/revisions";
import { requirePageUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import { cachedFilterOptions } from "@/lib/stats/cache";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.project"))("editTitle") };
}

export default async function EditProjectPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await connection();
  const { id } = await params;
  await requirePageUser("EDITOR", `/hallinta/hankkeet/${encodeURIComponent(id)}`);
  const projectId = Number(id);
  const project = Number.isInteger(projectId) && projectId > 0 ? await loadEditable(db(), projectId) : null;
  if (!project) notFound();
  const notice = await searchParams;
  const [options, t] = await Promise.all([cachedFilterOptions(db()), getTranslations("admin.project")]);
  return (
    <>
      <p className="text-sm">
        <Link href="/hallinta">← {t("back")}</Link>
      </p>
      <h1 className="mt-2 text-3xl">{project.state.title}</h1>
      <p className="mt-1 text-sm text-muted">
        {t("version", { version: project.version })} ·{" "}
        <Link href={`/hallinta/hankkeet/${project.id}/historia`}>{t("history")}</Link>
        {project.deletedAt ? null : (
          <>
            {" "}
            · <Link href={`/hankkeet/${project.slug}`}>{t("publicPage")}</Link>
          </>
        )}
      </p>
      {notice.tallennettu ? <Notice tone="done">{t("saved", { version: project.version })}</Notice> : null}
      {notice.tuotu ? <Notice tone="done">{t("imported", { version: project.version })}</Notice> : null}
      {notice.palautettu ? <Notice tone="done">{t("restored")}</Notice> : null}
      {notice.ristiriita ? <Notice tone="problem">{t("conflict")}</Notice> : null}
      {project.deletedAt ? (
        <div className="mt-6 border-l-4 border-warn bg-warn-light p-4">
          <p>{t("inTrash")}</p>
          <TrashForm id={project.id} version={project.version} toTrash={false} className="mt-2">
            <button type="submit" className="rounded bg-brand-dark px-4 py-2 font-semibold text-white">
              {t("restoreFromTrash")}
            </button>
          </TrashForm>
        </div>
      ) : (
        <>
          <div className="mt-6">
            <ProjectForm
              mode="edit"
              id={project.id}
              version={project.version}
              values={toFormValues(project.state)}
              funders={options.funders}
              regions={options.regions}
              themes={options.themes}
            />
          </div>
          <TrashForm id={project.id} version={project.version} toTrash className="mt-10 border-t border-line pt-6">
            <button type="submit" className="rounded border-2 border-error px-4 py-2 font-semibold text-error">
              {t("moveToTrash")}
            </button>
            <span className="ml-3 text-sm text-muted">{t("moveToTrashHint")}</span>
          </TrashForm>
        </>
      )}
    </>
  );
}
