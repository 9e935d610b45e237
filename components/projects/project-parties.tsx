import Link from "next/link";
import { ORGANIZATION_ROLE_FI, PERSON_ROLE_FI } from "@/lib/projects/labels";
import type { ProjectDetail } from "@/lib/projects/queries";

export function ProjectOrganizations({ organizations }: { organizations: ProjectDetail["organizations"] }) {
  if (!organizations.length) return <p className="text-muted">Organisaatioita ei ole ilmoitettu.</p>;
  return (
    <ul className="space-y-4">
      {organizations.map(({ organization: o, role }) => (
        <li key={`${o.id}-${role}`}>
          <Link href={`/organisaatiot/${o.slug}`} className="font-semibold">
            {o.name}
          </Link>{" "}
          <span className="text-muted">– {ORGANIZATION_ROLE_FI[role]}</span>
          <div className="text-sm">
            {[
              o.type,
              o.businessId ? `Y-tunnus ${o.businessId}` : null,
              [o.streetAddress, [o.postalCode, o.postOffice].filter(Boolean).join(" ")].filter(Boolean).join(", ") ||
                null,
              o.municipality ? `${o.municipality.name} (${o.municipality.region.name})` : null,
              o.phone ? `puh. ${o.phone}` : null,
            ]
              .filter(Boolean)
              .join(" · ")}
            {o.website ? (
              <>
                {" "}
                ·{" "}
                <a href={o.website} rel="nofollow noopener">
                  {o.website}
                </a>
              </>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}

export function ProjectPeople({ people }: { people: ProjectDetail["people"] }) {
  if (!people.length) return <p className="text-muted">Henkilöitä ei ole ilmoitettu.</p>;
  return (
    <ul className="space-y-4">
      {people.map(({ person: p, role }) => (
        <li key={`${p.id}-${role}`}>
          <span className="font-semibold">{p.name}</span> <span className="text-muted">– {PERSON_ROLE_FI[role]}</span>
          <div className="text-sm">
            {p.title ? <span>{p.title}</span> : null}
            {p.email ? (
              <>
                {p.title ? " · " : ""}
                <a href={`mailto:${p.email}`}>{p.email}</a>
              </>
            ) : null}
            {p.phone ? (
              <>
                {p.title || p.email ? " · " : ""}puh. {p.phone}
              </>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
