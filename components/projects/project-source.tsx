import { type Messages, useTranslations } from "next-intl";
import { formatDate } from "@/lib/format";
import type { ProjectDetail } from "@/lib/projects/queries";

type Codes = Messages["codes"];

/** Where each stored field came from: the source text and its lines. */
export function ProjectSource({ project }: { project: ProjectDetail }) {
  const t = useTranslations("source");
  const codes = useTranslations("codes");
  const source = project.sourceDocument;
  if (!source) return <p className="text-muted">{t("manual")}</p>;
  // A format or field the catalogue does not name is shown by its code.
  const format = source.format as keyof Codes["format"];
  const fieldName = (code: string) => {
    const field = code as keyof Codes["field"];
    return codes.has(`field.${field}`) ? codes(`field.${field}`) : code;
  };
  const warnings = Array.isArray(source.warnings) ? (source.warnings as string[]) : [];
  const rows = Object.values(project.provenance).sort((a, b) => a.lineStart - b.lineStart);
  return (
    <>
      <p>
        {t.rich("summary", {
          code: (chunks) => <code>{chunks}</code>,
          hash: (chunks) => <code className="break-all text-sm">{chunks}</code>,
          file: source.fileName,
          format: codes.has(`format.${format}`) ? codes(`format.${format}`) : source.format,
          date: formatDate(source.importedAt),
          parser: source.parserVersion,
          sha256: source.sha256,
        })}
      </p>
      {warnings.length ? (
        <div className="mt-4 border-l-4 border-warn bg-warn-light p-3">
          <p className="font-semibold">{t("warnings")}</p>
          <ul className="list-disc pl-6">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <table className="mt-4 w-full max-w-xl border-collapse text-left">
        <caption className="mb-2 text-left font-semibold">{t("linesCaption")}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-1 pr-4">
              {t("field")}
            </th>
            <th scope="col" className="py-1">
              {t("lines")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.field} className="border-b border-line">
              <th scope="row" className="py-1 pr-4 font-normal">
                {fieldName(p.field)}
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
