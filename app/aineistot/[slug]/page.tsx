import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Facts } from "@/components/ui/facts";
import { PageSection, Prose } from "@/components/ui/section";
import { formatDate } from "@/lib/format";
import { getDocument } from "@/lib/projects/queries";

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const document = await getDocument((await params).slug);
  return { title: document ? document.title : "Aineistoa ei löydy" };
}

export default async function DocumentPage({ params }: Props) {
  const document = await getDocument((await params).slug);
  if (!document) notFound();
  return (
    <article>
      <nav aria-label="Murupolku" className="mb-4 text-sm">
        <Link href="/">Etusivu</Link> <span aria-hidden="true">›</span> <span>Aineisto</span>
      </nav>
      <h1 className="text-3xl sm:text-4xl">{document.title}</h1>
      <PageSection id="tiedot" title="Tiedot">
        <Facts
          facts={[
            { label: "Kirjoittaja", value: document.author?.name ?? null },
            { label: "Tehtävänimike", value: document.authorTitle },
            { label: "Organisaatio", value: document.organizationName },
            { label: "Päivämäärä", value: document.documentDate ? formatDate(document.documentDate) : null },
            { label: "Lähde", value: document.sourceDocument?.fileName ?? null },
          ]}
        />
      </PageSection>
      {document.sections.map((s) => (
        <PageSection key={s.id} id={`osio-${s.id}`} title={s.heading}>
          <Prose text={s.body} />
        </PageSection>
      ))}
    </article>
  );
}
