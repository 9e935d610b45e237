import { useLocale, useTranslations } from "next-intl";
import { ScrollArea } from "@/components/ui/scroll-area";
import { formatDate, formatEur } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { listProjects } from "@/lib/projects/queries";
import { regionName } from "@/lib/regions/names";

type Row = Awaited<ReturnType<typeof listProjects>>[number];

export function ProjectTable({ projects }: { projects: Row[] }) {
  const t = useTranslations("ui");
  const locale = useLocale() as Locale;
  const tp = useTranslations("project");
  return (
    <ScrollArea label={t("projects")}>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{tp("tableCaption")}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pr-4">
              {tp("project")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("labels.funder")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("labels.period")}
            </th>
            <th scope="col" className="py-2 text-right">
              {t("labels.granted")}
            </th>
          </tr>
        </thead>
        <tbody>
          {projects.map((p) => {
            const applicant = p.organizations[0]?.organization;
            const regions = p.regions.map((r) => {
              const name = regionName(r.region.name, locale);
              return r.inferred ? `${name} (${t("inferred")})` : name;
            });
            return (
              <tr key={p.slug} className="border-b border-line align-top">
                <td className="py-3 pr-4">
                  <Link href={`/hankkeet/${p.slug}`} className="font-semibold">
                    {p.title}
                  </Link>
                  <div className="text-sm text-muted">
                    {p.projectNumber}
                    {applicant ? ` · ${applicant.name}` : ""}
                    {regions.length ? ` · ${regions.join(", ")}` : ""}
                  </div>
                </td>
                <td className="py-3 pr-4">{p.funder.code}</td>
                <td className="whitespace-nowrap py-3 pr-4">
                  {formatDate(p.periodStart)} – {formatDate(p.periodEnd)}
                </td>
                <td className="whitespace-nowrap py-3 text-right tabular-nums">{formatEur(p.grantedEur)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollArea>
  );
}
