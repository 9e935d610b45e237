import { useTranslations } from "next-intl";
import { CopyButton } from "@/components/ui/copy-button";
import { formatDate } from "@/lib/format";
import type { ProjectDetail } from "@/lib/projects/queries";

type CitationTranslator = ReturnType<typeof useTranslations<"project.citation">>;

/** A reference to the project page: `site` is the portal's name in the reader's language. */
export function citationText(
  project: ProjectDetail,
  url: string,
  t: CitationTranslator,
  site: string,
  today = new Date(),
): string {
  const applicant = project.organizations.find((o) => o.role === "APPLICANT")?.organization.name;
  const year = project.periodStart?.getUTCFullYear();
  return [
    applicant ? `${applicant}${year ? ` (${year})` : ""}.` : year ? `(${year}).` : null,
    `${project.title}.`,
    t("project", { funder: project.funder.name, number: project.projectNumber }),
    t("accessed", { site, url, date: formatDate(today) }),
  ]
    .filter(Boolean)
    .join(" ");
}

export function ProjectCitation({ project, url }: { project: ProjectDetail; url: string }) {
  const t = useTranslations("project.citation");
  const ui = useTranslations("ui");
  const citation = citationText(project, url, t, ui("siteName"));
  return (
    <div className="space-y-3">
      <p>
        <span className="font-semibold">{t("permanentUrl")}</span> <a href={url}>{url}</a>
      </p>
      <blockquote className="border-l-4 border-line bg-surface p-3">{citation}</blockquote>
      <CopyButton text={citation} label={t("copy")} done={ui("copied")} />
    </div>
  );
}

/** schema.org description of the project for search engines and citation tools. */
export function projectJsonLd(project: ProjectDetail, url: string) {
  const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : undefined);
  const summary = project.sections[0]?.body;
  return {
    "@context": "https://schema.org",
    "@type": "ResearchProject",
    name: project.title,
    identifier: `${project.funder.code}-${project.projectNumber}`,
    url,
    ...(summary ? { description: summary.slice(0, 1000) } : {}),
    ...(iso(project.periodStart) ? { startDate: iso(project.periodStart) } : {}),
    ...(iso(project.periodEnd) ? { endDate: iso(project.periodEnd) } : {}),
    funder: { "@type": "Organization", name: project.funder.name },
    ...(project.grantedEur !== null
      ? {
          funding: {
            "@type": "MonetaryGrant",
            funder: { "@type": "Organization", name: project.funder.name },
            amount: { "@type": "MonetaryAmount", currency: "EUR", value: project.grantedEur },
          },
        }
      : {}),
    member: project.organizations.map((o) => ({ "@type": "Organization", name: o.organization.name })),
    areaServed: project.regions.map((r) => ({ "@type": "AdministrativeArea", name: r.region.name })),
  };
}

/** JSON for a <script> element: "<" escaped so the text can never close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
