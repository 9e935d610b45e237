import Link from "next/link";
import { ProjectTable } from "@/components/projects/project-table";
import { PageSection } from "@/components/ui/section";
import { formatDate, formatEur, formatInteger } from "@/lib/format";
import { listDocuments, listProjects } from "@/lib/projects/queries";

export default async function HomePage() {
  const [projects, documents] = await Promise.all([listProjects(), listDocuments()]);
  const granted = projects.reduce((sum, p) => sum + (p.grantedEur ?? 0), 0);
  return (
    <>
      <h1 className="text-4xl">Työhyvinvointihankkeet</h1>
      <p className="mt-3 max-w-prose text-lg">
        Rahoitetut työhyvinvointi- ja johtamishankkeet yhdessä paikassa: mitä tehtiin, kuka teki, paljonko rahaa käytettiin
        ja mitä siitä seurasi.
      </p>
      <form action="/hankkeet" method="get" role="search" className="mt-6 flex max-w-2xl gap-2">
        <label htmlFor="home-q" className="sr-only">Hae hankkeita</label>
        <input id="home-q" name="q" type="search" placeholder="Hae: esim. kotihoito, dialoginen johtaminen" className="flex-1 rounded border border-muted px-3 py-2" />
        <button type="submit" className="rounded bg-brand-dark px-5 py-2 font-semibold text-white hover:bg-brand">Hae</button>
      </form>
      <p className="mt-4 text-muted">
        {formatInteger(projects.length)} hanketta, myönnetty yhteensä {formatEur(granted)}.
      </p>

      <PageSection id="hankkeet" title="Hankkeet">
        {projects.length ? <ProjectTable projects={projects} /> : <p>Hankkeita ei ole vielä tuotu.</p>}
      </PageSection>

      <PageSection id="aineistot" title="Muut aineistot">
        {documents.length ? (
          <ul className="space-y-3">
            {documents.map((d) => (
              <li key={d.slug}>
                <Link href={`/aineistot/${d.slug}`} className="font-semibold">{d.title}</Link>
                <div className="text-sm text-muted">
                  {[d.author?.name, d.organizationName, d.documentDate ? formatDate(d.documentDate) : null].filter(Boolean).join(" · ")}
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <p>Ei aineistoja.</p>
        )}
      </PageSection>
    </>
  );
}
