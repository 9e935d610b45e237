import { Facts } from "@/components/ui/facts";
import { STATUS_LABEL_FI, formatDate, projectStatus } from "@/lib/format";
import type { ProjectDetail } from "@/lib/projects/queries";

export function ProjectFacts({ project }: { project: ProjectDetail }) {
  const line = (field: string) => project.provenance[field]?.lineStart;
  const computed = projectStatus(project.periodStart, project.periodEnd);
  return (
    <Facts
      facts={[
        { label: "Rahoittaja", value: `${project.funder.name} (${project.funder.code})` },
        { label: "Hankenumero", value: project.projectNumber, line: line("projectNumber") },
        { label: "Avustuslaji", value: project.grantType, line: line("grantType") },
        {
          label: "Tila",
          value: [project.status, computed ? `${STATUS_LABEL_FI[computed]} (toteutusajan mukaan)` : null].filter(Boolean).join(" · ") || null,
          line: line("status"),
        },
        { label: "Toteutusaika", value: project.periodStart || project.periodEnd ? `${formatDate(project.periodStart)} – ${formatDate(project.periodEnd)}` : null, line: line("periodStart") ?? line("periodEnd") },
        { label: "Rahoituspäätös", value: project.decisionDate ? formatDate(project.decisionDate) : null, line: line("decisionDate") },
        { label: "Arvioitu valmistuminen", value: project.estimatedCompletion ? formatDate(project.estimatedCompletion) : null, line: line("estimatedCompletion") },
        { label: "Tulokset valmistuneet", value: project.resultsCompleted ? formatDate(project.resultsCompleted) : null, line: line("resultsCompleted") },
        ...(project.priorityAxis || project.specificObjective || project.responsibleAuthority
          ? [
              { label: "Toimintalinja", value: project.priorityAxis, line: line("priorityAxis") },
              { label: "Erityistavoite", value: project.specificObjective, line: line("specificObjective") },
              { label: "Vastuuviranomainen", value: project.responsibleAuthority, line: line("responsibleAuthority") },
            ]
          : []),
        {
          label: "Maakunnat",
          value: project.regions.length || project.isNational ? (
            <>
              {project.isNational ? "Valtakunnallinen" : null}
              {project.isNational && project.regions.length ? ": " : null}
              {project.regions.map((r, i) => (
                <span key={r.regionId}>
                  {i > 0 ? ", " : ""}
                  {r.region.name}
                  {r.inferred ? <span className="text-sm text-warn"> (päätelty{r.basis ? `: ${r.basis}` : ""})</span> : null}
                </span>
              ))}
            </>
          ) : null,
          line: line("regions"),
        },
        { label: "Aiheet", value: project.themes.length ? project.themes.map((t) => t.theme.name).join(", ") : null, line: line("themes") },
      ]}
    />
  );
}
