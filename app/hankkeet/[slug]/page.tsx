import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EsfIndicators, EsfParticipants, EsfPilots, EsfPrinciples } from "@/components/projects/project-esf";
import { ProjectFacts } from "@/components/projects/project-facts";
import { ProjectMoney } from "@/components/projects/project-money";
import { ProjectMaterials, ProjectPressReleases } from "@/components/projects/project-outputs";
import { ProjectOrganizations, ProjectPeople } from "@/components/projects/project-parties";
import { ProjectSource } from "@/components/projects/project-source";
import { PageSection, Prose } from "@/components/ui/section";
import { getProject } from "@/lib/projects/queries";

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const project = await getProject((await params).slug);
  return { title: project ? project.title : "Hanketta ei löydy" };
}

export default async function ProjectPage({ params }: Props) {
  const project = await getProject((await params).slug);
  if (!project) notFound();
  return (
    <article>
      <nav aria-label="Murupolku" className="mb-4 text-sm">
        <Link href="/">Hankkeet</Link> <span aria-hidden="true">›</span> <span>{project.projectNumber}</span>
      </nav>
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">
        {project.funder.code} · {project.projectNumber}
        {project.grantType ? ` · ${project.grantType}` : ""}
      </p>
      <h1 className="mt-1 text-3xl sm:text-4xl">{project.title}</h1>

      <PageSection id="perustiedot" title="Perustiedot"><ProjectFacts project={project} /></PageSection>
      <PageSection id="rahoitus" title="Rahoitus"><ProjectMoney project={project} /></PageSection>
      <PageSection id="organisaatiot" title="Organisaatiot"><ProjectOrganizations organizations={project.organizations} /></PageSection>
      <PageSection id="henkilot" title="Henkilöt"><ProjectPeople people={project.people} /></PageSection>

      {project.sections.map((s) => (
        <PageSection key={s.id} id={`osio-${s.id}`} title={s.heading}><Prose text={s.body} /></PageSection>
      ))}
      {project.pressReleases.length ? (
        <PageSection id="tiedotteet" title="Tiedotteet"><ProjectPressReleases releases={project.pressReleases} /></PageSection>
      ) : null}
      {project.materials.length ? (
        <PageSection id="aineisto" title="Aineisto"><ProjectMaterials materials={project.materials} /></PageSection>
      ) : null}
      {project.pilots.length ? <PageSection id="pilotit" title="Pilotit"><EsfPilots pilots={project.pilots} /></PageSection> : null}
      {project.participants.length ? (
        <PageSection id="osallistujat" title="Osallistujat"><EsfParticipants rows={project.participants} /></PageSection>
      ) : null}
      {project.indicators.length ? (
        <PageSection id="seuranta" title="Seurantatiedot"><EsfIndicators rows={project.indicators} /></PageSection>
      ) : null}
      {project.principles.length ? (
        <PageSection id="periaatteet" title="Horisontaaliset periaatteet"><EsfPrinciples rows={project.principles} /></PageSection>
      ) : null}
      <PageSection id="lahde" title="Lähde"><ProjectSource project={project} /></PageSection>
    </article>
  );
}
