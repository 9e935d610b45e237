import { ScrollArea } from "@/components/ui/scroll-area";
import { formatEur, formatInteger } from "@/lib/format";

interface Row {
  key: string;
  label: string;
  projects: number;
  grantedEur: number;
}

/** An organisation's projects and granted euros per funder or per year, as a table. */
export function OrganizationTotals({
  caption,
  keyLabel,
  rows,
  labels,
}: {
  caption: string;
  keyLabel: string;
  rows: Row[];
  labels: { projects: string; granted: string };
}) {
  return (
    <ScrollArea label={caption}>
      <table className="border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pr-6">
              {keyLabel}
            </th>
            <th scope="col" className="py-2 pr-6 text-right">
              {labels.projects}
            </th>
            <th scope="col" className="py-2 text-right">
              {labels.granted}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-b border-line">
              <th scope="row" className="py-2 pr-6 font-normal">
                {r.label}
              </th>
              <td className="py-2 pr-6 text-right tabular-nums">{formatInteger(r.projects)}</td>
              <td className="whitespace-nowrap py-2 text-right tabular-nums">{formatEur(r.grantedEur)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
