import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Facts } from "@/components/ui/facts";
import { ScrollArea } from "@/components/ui/scroll-area";
import { PageSection } from "@/components/ui/section";
import { formatDate, formatEur, formatInteger } from "@/lib/format";
import { ORGANIZATION_ROLE_FI } from "@/lib/projects/labels";
import { getOrganization } from "@/lib/projects/organization";

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const organization = await getOrganization((await params).slug);
  return { title: organization ? organization.name : "Organisaatiota ei löydy" };
}

export default async function OrganizationPage({ params }: Props) {
  const organization = await getOrganization((await params).slug);
  if (!organization) notFound();
  const o = organization;
  return (
    <>
      <nav aria-label="Murupolku" className="mb-4 text-sm">
        <Link href="/hankkeet">Hankkeet</Link> <span aria-hidden="true">›</span> <span>Organisaatio</span>
      </nav>
      <h1 className="text-3xl sm:text-4xl">{o.name}</h1>
      <PageSection id="tiedot" title="Tiedot">
        <Facts
          facts={[
            { label: "Y-tunnus", value: o.businessId },
            { label: "Organisaatiotyyppi", value: o.type },
            {
              label: "Osoite",
              value:
                [o.streetAddress, [o.postalCode, o.postOffice].filter(Boolean).join(" ")].filter(Boolean).join(", ") ||
                null,
            },
            { label: "Kunta", value: o.municipality ? `${o.municipality.name} (${o.municipality.region.name})` : null },
            {
              label: "Verkkosivut",
              value: o.website ? (
                <a href={o.website} rel="nofollow noopener">
                  {o.website}
                </a>
              ) : null,
            },
          ]}
        />
      </PageSection>
      <PageSection id="hankkeet" title="Hankkeet">
        <p className="mb-4">
          {formatInteger(o.totals.projects)} {o.totals.projects === 1 ? "hanke" : "hanketta"}, myönnetty yhteensä{" "}
          {formatEur(o.totals.grantedEur)}, kokonaiskustannukset {formatEur(o.totals.totalCostEur)}.
        </p>
        <ScrollArea label="Organisaation hankkeet">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Organisaation hankkeet ja roolit</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4">
                  Hanke
                </th>
                <th scope="col" className="py-2 pr-4">
                  Rooli
                </th>
                <th scope="col" className="py-2 pr-4">
                  Toteutusaika
                </th>
                <th scope="col" className="py-2 text-right">
                  Myönnetty
                </th>
              </tr>
            </thead>
            <tbody>
              {o.projects.map(({ project: p, role }) => (
                <tr key={`${p.slug}-${role}`} className="border-b border-line align-top">
                  <td className="py-2 pr-4">
                    <Link href={`/hankkeet/${p.slug}`}>{p.title}</Link>{" "}
                    <span className="text-sm text-muted">
                      {p.funder.code} {p.projectNumber}
                    </span>
                  </td>
                  <td className="py-2 pr-4">{ORGANIZATION_ROLE_FI[role]}</td>
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
