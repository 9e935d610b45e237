import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { Messages } from "next-intl";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { getProjectSource } from "@/lib/projects/queries";

type Codes = Messages["codes"];

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [project, t] = await Promise.all([getProjectSource((await params).slug), getTranslations("source")]);
  return { title: project ? t("metaTitle", { title: project.title }) : t("notFound") };
}

/** The source text line by line, each line that a stored field came from marked with the field. */
export default async function SourcePage({ params }: Props) {
  const project = await getProjectSource((await params).slug);
  if (!project) notFound();
  const [t, ui, codes] = await Promise.all([
    getTranslations("source"),
    getTranslations("ui"),
    getTranslations("codes"),
  ]);
  // A format or field the catalogue does not name is shown by its code.
  const fieldName = (code: string) => {
    const field = code as keyof Codes["field"];
    return codes.has(`field.${field}`) ? codes(`field.${field}`) : code;
  };
  const format = project.sourceDocument.format as keyof Codes["format"];
  const fieldsByLine = new Map<number, string[]>();
  for (const p of project.provenance) {
    for (let line = p.lineStart; line <= p.lineEnd; line++) {
      fieldsByLine.set(line, [...(fieldsByLine.get(line) ?? []), fieldName(p.field)]);
    }
  }
  const lines = project.sourceDocument.rawText.split("\n");
  return (
    <>
      <nav aria-label={ui("breadcrumb")} className="mb-4 text-sm">
        <Link href="/hankkeet">{ui("projects")}</Link> <span aria-hidden="true">›</span>{" "}
        <Link href={`/hankkeet/${project.slug}`}>{project.projectNumber}</Link> <span aria-hidden="true">›</span>{" "}
        <span>{t("title")}</span>
      </nav>
      <h1 className="text-3xl">{t("title")}</h1>
      <p className="mt-2">
        {t.rich("intro", {
          link: (chunks) => <Link href={`/hankkeet/${project.slug}`}>{chunks}</Link>,
          code: (chunks) => <code>{chunks}</code>,
          title: project.title,
          file: project.sourceDocument.fileName,
          format: codes.has(`format.${format}`) ? codes(`format.${format}`) : project.sourceDocument.format,
        })}
      </p>
      <ol
        className="mt-6 overflow-x-auto rounded border border-line font-mono text-sm"
        aria-label={t("linesLabel")}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a sideways-scrolling region is focusable (WCAG 2.1.1)
        tabIndex={0}
      >
        {lines.map((text, i) => {
          const n = i + 1;
          const fields = fieldsByLine.get(n);
          return (
            <li
              key={n}
              id={`L${n}`}
              className={`grid grid-cols-[4rem_1fr] gap-3 px-2 ${fields ? "bg-brand-light" : ""}`}
            >
              <a
                href={`#L${n}`}
                className="select-none text-right text-muted no-underline"
                aria-label={t("line", { n: String(n) })}
              >
                {n}
              </a>
              <span className="whitespace-pre-wrap break-words">
                {text || " "}
                {fields ? (
                  <span className="ml-2 rounded bg-brand-dark px-1 font-sans text-xs text-white">
                    {fields.join(", ")}
                  </span>
                ) : null}
              </span>
            </li>
          );
        })}
      </ol>
    </>
  );
}
