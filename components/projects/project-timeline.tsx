import { useTranslations } from "next-intl";
import { formatDate } from "@/lib/format";
import type { ProjectDetail } from "@/lib/projects/queries";

// A vertical line of steps on a phone, a horizontal one from the small breakpoint up.
const TIMELINE =
  "relative flex flex-col gap-4 border-l-2 border-brand pl-6 " +
  "sm:flex-row sm:gap-0 sm:border-l-0 sm:border-t-2 sm:pl-0 sm:pt-4";

/** Decision → period → results, in date order; steps the source does not state are left out. */
export function ProjectTimeline({ project }: { project: ProjectDetail }) {
  const l = useTranslations("ui.labels.timeline");
  const steps = [
    { label: l("decision"), date: project.decisionDate },
    { label: l("start"), date: project.periodStart },
    { label: l("end"), date: project.periodEnd },
    { label: l("estimated"), date: project.estimatedCompletion },
    { label: l("results"), date: project.resultsCompleted },
  ]
    .filter((s): s is { label: string; date: Date } => s.date !== null)
    .sort((a, b) => a.date.getTime() - b.date.getTime());
  if (!steps.length) return <p className="text-muted">{l("none")}</p>;
  return (
    <ol className={TIMELINE}>
      {steps.map((s) => (
        <li key={s.label} className="relative sm:flex-1 sm:pr-4">
          <span
            aria-hidden="true"
            className="absolute -left-[31px] top-1 h-3 w-3 rounded-full bg-brand sm:-top-[23px] sm:left-0"
          />
          <span className="block font-semibold tabular-nums">{formatDate(s.date)}</span>
          <span className="text-sm">{s.label}</span>
        </li>
      ))}
    </ol>
  );
}
