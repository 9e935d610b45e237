import { useLocale, useTranslations } from "next-intl";
import { Facts } from "@/components/ui/facts";
import { formatDate, projectStatus } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import type { ProjectDetail } from "@/lib/projects/queries";
import { regionName } from "@/lib/regions/names";

export function ProjectFacts({ project }: { project: ProjectDetail }) {
  const l = useTranslations("ui.labels");
  const tUi = useTranslations("ui");
  const locale = useLocale() as Locale;
  const line = (field: string) => project.provenance[field]?.lineStart;
  const computed = projectStatus(project.periodStart, project.periodEnd);
  return (
    <Facts
      notStated={l("notStated")}
      sourceLine={l("sourceLine")}
      facts={[
        { label: l("funder"), value: `${project.funder.name} (${project.funder.code})` },
        { label: l("projectNumber"), value: project.projectNumber, line: line("projectNumber") },
        { label: l("grantType"), value: project.grantType, line: line("grantType") },
        {
          label: l("status"),
          value:
            [project.status, computed ? `${l(`status_${computed}`)} (${l("byPeriod")})` : null]
              .filter(Boolean)
              .join(" · ") || null,
          line: line("status"),
        },
        {
          label: l("period"),
          value:
            project.periodStart || project.periodEnd
              ? `${formatDate(project.periodStart)} – ${formatDate(project.periodEnd)}`
              : null,
          line: line("periodStart") ?? line("periodEnd"),
        },
        {
          label: l("decision"),
          value: project.decisionDate ? formatDate(project.decisionDate) : null,
          line: line("decisionDate"),
        },
        {
          label: l("estimatedCompletion"),
          value: project.estimatedCompletion ? formatDate(project.estimatedCompletion) : null,
          line: line("estimatedCompletion"),
        },
        {
          label: l("resultsCompleted"),
          value: project.resultsCompleted ? formatDate(project.resultsCompleted) : null,
          line: line("resultsCompleted"),
        },
        ...(project.priorityAxis || project.specificObjective || project.responsibleAuthority
          ? [
              { label: l("priorityAxis"), value: project.priorityAxis, line: line("priorityAxis") },
              { label: l("specificObjective"), value: project.specificObjective, line: line("specificObjective") },
              {
                label: l("responsibleAuthority"),
                value: project.responsibleAuthority,
                line: line("responsibleAuthority"),
              },
            ]
          : []),
        {
          label: l("regions"),
          value:
            project.regions.length || project.isNational ? (
              <>
                {project.isNational ? l("national") : null}
                {project.isNational && project.regions.length ? ": " : null}
                {project.regions.map((r, i) => (
                  <span key={r.regionId}>
                    {i > 0 ? ", " : ""}
                    {regionName(r.region.name, locale)}
                    {r.inferred ? (
                      <span className="text-sm text-warn">
                        {" "}
                        ({tUi("inferred")}
                        {r.basis ? `: ${r.basis}` : ""})
                      </span>
                    ) : null}
                  </span>
                ))}
              </>
            ) : null,
          line: line("regions"),
        },
        {
          label: l("themes"),
          value: project.themes.length ? project.themes.map((t) => t.theme.name).join(", ") : null,
          line: line("themes"),
        },
      ]}
    />
  );
}
