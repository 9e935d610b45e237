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
      <p className="mt-2 text-muted">
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
