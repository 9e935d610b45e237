import { formatDate } from "@/lib/format";
import { FIELD_FI, FORMAT_FI } from "@/lib/projects/labels";
import type { ProjectDetail } from "@/lib/projects/queries";

/** Where each stored field came from: the source text and its lines. */
export function ProjectSource({ project }: { project: ProjectDetail }) {
  const source = project.sourceDocument;
  if (!source) return <p className="text-muted">Tietue on luotu käsin, ei lähdetekstistä.</p>;
  const warnings = Array.isArray(source.warnings) ? (source.warnings as string[]) : [];
  const rows = Object.values(project.provenance).sort((a, b) => a.lineStart - b.lineStart);
  return (
    <>
      <p>
        Lähdeteksti <code>{source.fileName}</code> ({FORMAT_FI[source.format] ?? source.format}), tuotu{" "}
        {formatDate(source.importedAt)}, jäsennin {source.parserVersion}. SHA-256{" "}
        <code className="break-all text-sm">{source.sha256}</code>
      </p>
      {warnings.length ? (
        <div className="mt-4 border-l-4 border-warn bg-warn-light p-3">
          <p className="font-semibold">Tuonnin huomautukset</p>
          <ul className="list-disc pl-6">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <table className="mt-4 w-full max-w-xl border-collapse text-left">
        <caption className="mb-2 text-left font-semibold">Kenttien lähderivit</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-1 pr-4">
              Kenttä
            </th>
            <th scope="col" className="py-1">
              Rivit
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.field} className="border-b border-line">
              <th scope="row" className="py-1 pr-4 font-normal">
                {FIELD_FI[p.field] ?? p.field}
              </th>
              <td className="py-1 tabular-nums">
                {p.lineStart === p.lineEnd ? p.lineStart : `${p.lineStart}–${p.lineEnd}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
