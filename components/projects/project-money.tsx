import { useTranslations } from "next-intl";
import { Facts } from "@/components/ui/facts";
import { formatEur, formatPercent } from "@/lib/format";
import type { ProjectDetail } from "@/lib/projects/queries";

export function ProjectMoney({ project }: { project: ProjectDetail }) {
  const l = useTranslations("ui.labels");
  const t = useTranslations("project.money");
  const line = (field: string) => project.provenance[field]?.lineStart;
  const share = project.grantedEur != null && project.totalCostEur ? project.grantedEur / project.totalCostEur : null;
  const isEsf = [
    project.euStateGrantedEur,
    project.euStateRealizedEur,
    project.publicPlannedEur,
    project.publicRealizedEur,
  ].some((v) => v != null);
  return (
    <>
      <Facts
        notStated={l("notStated")}
        sourceLine={l("sourceLine")}
        facts={[
          {
            label: l("granted"),
            value: project.grantedEur != null ? formatEur(project.grantedEur) : null,
            line: line("grantedEur"),
          },
          {
            label: isEsf ? l("publicPlanned") : l("totalCost"),
            value: project.totalCostEur != null ? formatEur(project.totalCostEur) : null,
            line: line("totalCostEur"),
          },
          { label: l("funderShare"), value: share != null ? formatPercent(share) : null },
        ]}
      />
      {isEsf ? (
        <table className="mt-6 w-full max-w-xl border-collapse text-left">
          <caption className="mb-2 text-left font-semibold">{t("esfCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">
                {t("funding")}
              </th>
              <th scope="col" className="py-2 pr-4 text-right">
                {t("grantedPlanned")}
              </th>
              <th scope="col" className="py-2 text-right">
                {t("realized")}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr className="border-b border-line">
              <th scope="row" className="py-2 pr-4 font-normal">
                {t("euState")}
              </th>
              <td className="py-2 pr-4 text-right tabular-nums">{formatEur(project.euStateGrantedEur)}</td>
              <td className="py-2 text-right tabular-nums">{formatEur(project.euStateRealizedEur)}</td>
            </tr>
            <tr className="border-b border-line">
              <th scope="row" className="py-2 pr-4 font-normal">
                {t("publicTotal")}
              </th>
              <td className="py-2 pr-4 text-right tabular-nums">{formatEur(project.publicPlannedEur)}</td>
              <td className="py-2 text-right tabular-nums">{formatEur(project.publicRealizedEur)}</td>
            </tr>
          </tbody>
        </table>
      ) : null}
    </>
  );
}
