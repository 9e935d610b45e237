import { useTranslations } from "next-intl";
import { Prose } from "@/components/ui/section";
import { formatDate, formatDecimal } from "@/lib/format";
import type { ProjectDetail } from "@/lib/projects/queries";

export function ProjectPressReleases({ releases }: { releases: ProjectDetail["pressReleases"] }) {
  const t = useTranslations("project");
  return (
    <div className="space-y-8">
      {releases.map((r) => (
        <article key={r.id} aria-labelledby={`tiedote-${r.id}`}>
          <h3 id={`tiedote-${r.id}`} className="text-xl">
            {r.title}
          </h3>
          <p className="mb-3 text-sm text-muted">
            {[r.date ? formatDate(r.date) : null, r.author ? t("editor", { name: r.author }) : null]
              .filter(Boolean)
              .join(" · ")}
          </p>
          <Prose text={r.body} />
        </article>
      ))}
    </div>
  );
}

export function ProjectMaterials({ materials }: { materials: ProjectDetail["materials"] }) {
  const t = useTranslations("project");
  return (
    <ul className="list-disc space-y-2 pl-6">
      {materials.map((m) => (
        <li key={m.id}>
          {m.title}
          {m.fileName ? (
            <div className="text-sm text-muted">
              {t("file", { name: m.fileName })}
              {m.sizeKb != null ? ` (${t("sizeKb", { size: formatDecimal(Number(m.sizeKb)) })})` : ""}
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
