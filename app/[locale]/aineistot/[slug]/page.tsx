import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Facts } from "@/components/ui/facts";
import { PageSection, Prose } from "@/components/ui/section";
import { formatDate } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import { getDocument } from "@/lib/projects/queries";

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [document, t] = await Promise.all([getDocument((await params).slug), getTranslations("document")]);
  return { title: document ? document.title : t("notFound") };
}

export default async function DocumentPage({ params }: Props) {
  const document = await getDocument((await params).slug);
  if (!document) notFound();
  const [t, ui] = await Promise.all([getTranslations("document"), getTranslations("ui")]);
  return (
    <article>
      <nav aria-label={ui("breadcrumb")} className="mb-4 text-sm">
        <Link href="/">{ui("frontPage")}</Link> <span aria-hidden="true">›</span> <span>{t("breadcrumb")}</span>
      </nav>
      <h1 className="text-3xl sm:text-4xl">{document.title}</h1>
      <PageSection id="tiedot" title={ui("sections.details")}>
        <Facts
          notStated={ui("labels.notStated")}
          sourceLine={ui("labels.sourceLine")}
          facts={[
            { label: t("author"), value: document.author?.name ?? null },
            { label: t("authorTitle"), value: document.authorTitle },
            { label: t("organization"), value: document.organizationName },
            { label: t("date"), value: document.documentDate ? formatDate(document.documentDate) : null },
            { label: ui("sections.source"), value: document.sourceDocument?.fileName ?? null },
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
