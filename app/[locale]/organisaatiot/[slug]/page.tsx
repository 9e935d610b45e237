import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { OrganizationTotals } from "@/components/organizations/organization-totals";
import { Facts } from "@/components/ui/facts";
import { ScrollArea } from "@/components/ui/scroll-area";
import { PageSection } from "@/components/ui/section";
import { formatDate, formatEur, formatInteger } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getOrganization } from "@/lib/organizations/queries";
import { regionName } from "@/lib/regions/names";

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [organization, t] = await Promise.all([getOrganization((await params).slug), getTranslations("organization")]);
  return { title: organization ? organization.name : t("notFound") };
}

export default async function OrganizationPage({ params }: Props) {
  const organization = await getOrganization((await params).slug);
  if (!organization) notFound();
  const o = organization;
  // The names it was seen under besides the one shown (each once: unique per organisation).
  const aliases = o.aliases.filter((a) => a.name !== o.name);
  const [t, ui, tp, roles, locale] = await Promise.all([
    getTranslations("organization"),
    getTranslations("ui"),
    getTranslations("project"),
    getTranslations("codes.organizationRole"),
    getLocale(),
  ]);
  return (
    <>
      <nav aria-label={ui("breadcrumb")} className="mb-4 text-sm">
        <Link href="/hankkeet">{ui("projects")}</Link> <span aria-hidden="true">›</span> <span>{t("breadcrumb")}</span>
      </nav>
      <h1 className="text-3xl sm:text-4xl">{o.name}</h1>
      <PageSection id="tiedot" title={ui("sections.details")}>
        <Facts
          notStated={ui("labels.notStated")}
          sourceLine={ui("labels.sourceLine")}
          facts={[
            {
              label: t("parent"),
              value: o.parent ? <Link href={`/organisaatiot/${o.parent.slug}`}>{o.parent.name}</Link> : null,
            },
            { label: t("businessId"), value: o.businessId },
            { label: ui("facetTitles.organizationType"), value: o.type },
            {
              label: t("address"),
              value:
                [o.streetAddress, [o.postalCode, o.postOffice].filter(Boolean).join(" ")].filter(Boolean).join(", ") ||
                null,
            },
            {
              label: t("municipality"),
              value: o.municipality
                ? `${o.municipality.name} (${regionName(o.municipality.region.name, locale as Locale)})`
                : null,
            },
            {
              label: t("website"),
              value: o.website ? (
                <a href={o.website} rel="nofollow noopener">
                  {o.website}
                </a>
              ) : null,
            },
            {
              label: t("aliases"),
              value: aliases.length
                ? aliases.map((a) => (a.kind === "ACRONYM" ? `${a.name} (${t("acronym")})` : a.name)).join(" · ")
                : null,
            },
          ]}
        />
      </PageSection>
      {o.units.length > 0 && (
        <PageSection id="yksikot" title={t("units")}>
          <ul className="list-disc pl-6">
            {o.units.map((u) => (
              <li key={u.slug}>
                <Link href={`/organisaatiot/${u.slug}`}>{u.name}</Link>{" "}
                <span className="text-sm text-muted">({formatInteger(u.projects)})</span>
              </li>
            ))}
          </ul>
        </PageSection>
      )}
      <PageSection id="rahoitus" title={t("byFunder")}>
        <OrganizationTotals
          caption={t("byFunderCaption")}
          keyLabel={t("funder")}
          rows={o.byFunder.map((g) => ({ ...g, key: String(g.key), label: String(g.key) }))}
          labels={{ projects: t("projectCount"), granted: ui("labels.granted") }}
        />
        <h3 className="mt-6 mb-2 text-xl">{t("byYear")}</h3>
        <OrganizationTotals
          caption={t("byYearCaption")}
          keyLabel={t("year")}
          rows={o.byYear.map((g) => ({
            ...g,
            key: String(g.key),
            label: g.key === null ? t("yearUnknown") : String(g.key),
          }))}
          labels={{ projects: t("projectCount"), granted: ui("labels.granted") }}
        />
      </PageSection>
      <PageSection id="hankkeet" title={ui("projects")}>
        <p className="mb-4">
          {t("summary", {
            n: formatInteger(o.totals.projects),
            count: o.totals.projects,
            granted: formatEur(o.totals.grantedEur),
            totalCost: formatEur(o.totals.totalCostEur),
          })}
          {o.units.length > 0 && ` ${t("unitsIncluded")}`}
        </p>
        <ScrollArea label={t("projectsLabel")}>
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t("projectsCaption")}</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4">
                  {tp("project")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("role")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {ui("labels.period")}
                </th>
                <th scope="col" className="py-2 text-right">
                  {ui("labels.granted")}
                </th>
              </tr>
            </thead>
            <tbody>
              {o.projects.map(({ project: p, role, unit }) => (
                <tr key={`${p.slug}-${role}-${unit?.slug ?? ""}`} className="border-b border-line align-top">
                  <td className="py-2 pr-4">
                    <Link href={`/hankkeet/${p.slug}`}>{p.title}</Link>{" "}
                    <span className="text-sm text-muted">
                      {p.funder.code} {p.projectNumber}
                    </span>
                  </td>
                  <td className="py-2 pr-4">
                    {roles(role)}
                    {unit && (
                      <>
                        {" · "}
                        <Link href={`/organisaatiot/${unit.slug}`}>{unit.name}</Link>
                      </>
                    )}
                  </td>
                  <td className="whitespace-nowrap py-2 pr-4">
                    {formatDate(p.periodStart)} – {formatDate(p.periodEnd)}
                  </td>
                  <td className="whitespace-nowrap py-2 text-right tabular-nums">{formatEur(p.grantedEur)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      </PageSection>
    </>
  );
}
