import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FIELD_FI, FORMAT_FI } from "@/lib/projects/labels";
import { getProjectSource } from "@/lib/projects/queries";

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const project = await getProjectSource((await params).slug);
  return { title: project ? `Lähdeteksti: ${project.title}` : "Lähdetekstiä ei löydy" };
}

/** The source text line by line, each line that a stored field came from marked with the field. */
export default async function SourcePage({ params }: Props) {
  const project = await getProjectSource((await params).slug);
  if (!project) notFound();
  const fieldsByLine = new Map<number, string[]>();
  for (const p of project.provenance) {
    for (let line = p.lineStart; line <= p.lineEnd; line++) {
      fieldsByLine.set(line, [...(fieldsByLine.get(line) ?? []), FIELD_FI[p.field] ?? p.field]);
    }
  }
  const lines = project.sourceDocument.rawText.split("\n");
  return (
    <>
      <nav aria-label="Murupolku" className="mb-4 text-sm">
        <Link href="/hankkeet">Hankkeet</Link> <span aria-hidden="true">›</span>{" "}
        <Link href={`/hankkeet/${project.slug}`}>{project.projectNumber}</Link> <span aria-hidden="true">›</span>{" "}
        <span>Lähdeteksti</span>
      </nav>
      <h1 className="text-3xl">Lähdeteksti</h1>
      <p className="mt-2">
        <Link href={`/hankkeet/${project.slug}`}>{project.title}</Link> — tiedosto{" "}
        <code>{project.sourceDocument.fileName}</code> (
        {FORMAT_FI[project.sourceDocument.format] ?? project.sourceDocument.format}). Korostetuilta riveiltä on luettu
        hankesivun kentät.
      </p>
      <ol
        className="mt-6 overflow-x-auto rounded border border-line font-mono text-sm"
        aria-label="Lähdetekstin rivit"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the source scrolls sideways; keyboard users focus it (WCAG 2.1.1)
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
              <a href={`#L${n}`} className="select-none text-right text-muted no-underline" aria-label={`Rivi ${n}`}>
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
