import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { jsonForScript, ProjectCitation, projectJsonLd } from "@/components/projects/project-citation";
import { EsfIndicators, EsfParticipants, EsfPilots, EsfPrinciples } from "@/components/projects/project-esf";
import { ProjectFacts } from "@/components/projects/project-facts";
import { ProjectMoney } from "@/components/projects/project-money";
import { ProjectMaterials, ProjectPressReleases } from "@/components/projects/project-outputs";
import { ProjectOrganizations, ProjectPeople } from "@/components/projects/project-parties";
import { ProjectSource } from "@/components/projects/project-source";
import { ProjectTimeline } from "@/components/projects/project-timeline";
import { PageSection, Prose } from "@/components/ui/section";
import { db } from "@/lib/db";
import { requestOrigin } from "@/lib/http/origin";
import { Link } from "@/lib/i18n/navigation";
import { getProject } from "@/lib/projects/queries";
import { relatedProjects } from "@/lib/projects/related";

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const project = await getProject((await params).slug);
  return { title: project ? project.title : (await getTranslations("ui"))("projectNotFound") };
}

export default async function ProjectPage({ params }: Props) {
  const project = await getProject((await params).slug);
  if (!project) notFound();
  const [origin, related, t] = await Promise.all([
    requestOrigin(),
    relatedProjects(db(), project.id),
    getTranslations("ui"),
  ]);
  const url = `${origin}/hankkeet/${project.slug}`;
  return (
    <article>
      <script
        type="application/ld+json"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD as Next documents it; jsonForScript escapes "<"
        dangerouslySetInnerHTML={{ __html: jsonForScript(projectJsonLd(project, url)) }}
      />
      <nav aria-label={t("breadcrumb")} className="mb-4 text-sm">
        <Link href="/hankkeet">{t("projects")}</Link> <span aria-hidden="true">›</span>{" "}
        <span>{project.projectNumber}</span>
      </nav>
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">
        {project.funder.code} · {project.projectNumber}
        {project.grantType ? ` · ${project.grantType}` : ""}
      </p>
      <h1 className="mt-1 text-3xl sm:text-4xl">{project.title}</h1>

      <PageSection id="perustiedot" title={t("sections.facts")}>
        <ProjectFacts project={project} />
      </PageSection>
      <PageSection id="aikajana" title={t("sections.timeline")}>
        <ProjectTimeline project={project} />
      </PageSection>
      <PageSection id="rahoitus" title={t("sections.money")}>
        <ProjectMoney project={project} />
      </PageSection>
      <PageSection id="organisaatiot" title={t("sections.organizations")}>
        <ProjectOrganizations organizations={project.organizations} />
      </PageSection>
      <PageSection id="henkilot" title={t("sections.people")}>
        <ProjectPeople people={project.people} />
      </PageSection>

      {project.sections.map((s) => (
        <PageSection key={s.id} id={`osio-${s.id}`} title={s.heading}>
          <Prose text={s.body} />
        </PageSection>
      ))}
      {project.pressReleases.length ? (
        <PageSection id="tiedotteet" title={t("sections.pressReleases")}>
          <ProjectPressReleases releases={project.pressReleases} />
        </PageSection>
      ) : null}
      {project.materials.length ? (
        <PageSection id="aineisto" title={t("sections.materials")}>
          <ProjectMaterials materials={project.materials} />
        </PageSection>
      ) : null}
      {project.pilots.length ? (
        <PageSection id="pilotit" title={t("sections.pilots")}>
          <EsfPilots pilots={project.pilots} />
        </PageSection>
      ) : null}
      {project.participants.length ? (
        <PageSection id="osallistujat" title={t("sections.participants")}>
          <EsfParticipants rows={project.participants} />
        </PageSection>
      ) : null}
      {project.indicators.length ? (
        <PageSection id="seuranta" title={t("sections.indicators")}>
          <EsfIndicators rows={project.indicators} />
        </PageSection>
      ) : null}
      {project.principles.length ? (
        <PageSection id="periaatteet" title={t("sections.principles")}>
          <EsfPrinciples rows={project.principles} />
        </PageSection>
      ) : null}
      {related.length ? (
        <PageSection id="liittyvat" title={t("sections.related")}>
          <ul className="space-y-3">
            {related.map((r) => (
              <li key={r.slug}>
                <Link href={`/hankkeet/${r.slug}`}>{r.title}</Link>{" "}
                <span className="text-sm text-muted">({r.projectNumber})</span>
                <div className="text-sm">{r.reasons.join(" · ")}</div>
              </li>
            ))}
          </ul>
        </PageSection>
      ) : null}
      <PageSection id="viittaus" title={t("sections.cite")}>
        <ProjectCitation project={project} url={url} />
      </PageSection>
      <PageSection id="lahde" title={t("sections.source")}>
        <ProjectSource project={project} />
        {project.sourceDocument ? (
          <p className="mt-4">
            <Link href={`/hankkeet/${project.slug}/lahde`} data-print-url={`${url}/lahde`}>
              {t("showSource")}
            </Link>
          </p>
        ) : null}
      </PageSection>
    </article>
  );
}
