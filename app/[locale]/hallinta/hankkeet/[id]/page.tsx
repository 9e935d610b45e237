import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ProjectForm } from "@/components/admin/project-form";
import { TrashForm } from "@/components/admin/trash-form";
import { Notice } from "@/components/ui/notice";
import { toFormValues } from "@/lib/admin/project-form";
import { loadEditable } from "@/lib/admin/revisions";
import { requirePageUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { cachedFilterOptions } from "@/lib/stats/cache";

export const metadata: Metadata = { title: "Muokkaa hanketta" };

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
  const options = await cachedFilterOptions(db());
  return (
    <>
      <p className="text-sm">
        <Link href="/hallinta">← Hankkeet</Link>
      </p>
      <h1 className="mt-2 text-3xl">{project.state.title}</h1>
      <p className="mt-1 text-sm text-muted">
        Versio {project.version} · <Link href={`/hallinta/hankkeet/${project.id}/historia`}>Muutoshistoria</Link>
        {project.deletedAt ? null : (
          <>
            {" "}
            · <Link href={`/hankkeet/${project.slug}`}>Julkinen sivu</Link>
          </>
        )}
      </p>
      {notice.tallennettu ? <Notice tone="done">Muutokset tallennettu (versio {project.version}).</Notice> : null}
      {notice.tuotu ? <Notice tone="done">Lähdeteksti tuotu (versio {project.version}).</Notice> : null}
      {notice.palautettu ? <Notice tone="done">Hanke palautettu roskakorista.</Notice> : null}
      {notice.ristiriita ? (
        <Notice tone="problem">Joku muu muutti hanketta sillä välin; tarkista tiedot ja yritä uudelleen.</Notice>
      ) : null}
      {project.deletedAt ? (
        <div className="mt-6 border-l-4 border-warn bg-warn-light p-4">
          <p>Hanke on roskakorissa, eikä se näy julkisesti.</p>
          <TrashForm id={project.id} version={project.version} toTrash={false} className="mt-2">
            <button type="submit" className="rounded bg-brand-dark px-4 py-2 font-semibold text-white">
              Palauta roskakorista
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
              Siirrä roskakoriin
            </button>
            <span className="ml-3 text-sm text-muted">Hanke poistuu julkisesta näkymästä; sen voi palauttaa.</span>
          </TrashForm>
        </>
      )}
    </>
  );
}
