import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { ProjectTable } from "@/components/projects/project-table";
import { PageSection } from "@/components/ui/section";
import { formatDate, formatEur, formatInteger } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import { localePath } from "@/lib/i18n/routing";
import { listDocuments, listProjects, projectTotals } from "@/lib/projects/queries";

export default async function HomePage() {
  await connection(); // always fresh from the database, never baked in at build time
  const [projects, totals, documents, t, locale] = await Promise.all([
    listProjects(),
    projectTotals(),
    listDocuments(),
    getTranslations("ui"),
    getLocale(),
  ]);
  return (
    <>
      <h1 className="text-4xl">{t("siteName")}</h1>
      <p className="mt-3 max-w-prose text-lg">{t("homeIntro")}</p>
      <form action={localePath(locale, "/hankkeet")} method="get" role="search" className="mt-6 flex max-w-2xl gap-2">
        <label htmlFor="home-q" className="sr-only">
          {t("searchLabel")}
        </label>
        <input
          id="home-q"
          name="q"
          type="search"
          placeholder={t("homeSearchPlaceholder")}
          className="flex-1 rounded border border-muted px-3 py-2"
        />
        <button type="submit" className="rounded bg-brand-dark px-5 py-2 font-semibold text-white hover:bg-brand">
          {t("search")}
        </button>
      </form>
      <p className="mt-4 text-muted">
        {t("projectsSummary", {
          count: totals.projects,
          n: formatInteger(totals.projects),
          eur: formatEur(totals.grantedEur),
        })}
      </p>

      <PageSection id="hankkeet" title={t("projects")}>
        {projects.length ? <ProjectTable projects={projects} /> : <p>{t("noProjects")}</p>}
        {totals.projects > projects.length ? (
          <p className="mt-4">
            <Link href="/hankkeet">{t("allProjects", { n: formatInteger(totals.projects) })}</Link>
          </p>
        ) : null}
      </PageSection>

      <PageSection id="aineistot" title={t("otherMaterials")}>
        {documents.length ? (
          <ul className="space-y-3">
            {documents.map((d) => (
              <li key={d.slug}>
                <Link href={`/aineistot/${d.slug}`} className="font-semibold">
                  {d.title}
                </Link>
                <div className="text-sm text-muted">
                  {[d.author?.name, d.organizationName, d.documentDate ? formatDate(d.documentDate) : null]
                    .filter(Boolean)
                    .join(" · ")}
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("noMaterials")}</p>
        )}
      </PageSection>
    </>
  );
}
