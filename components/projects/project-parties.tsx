import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { ProjectDetail } from "@/lib/projects/queries";
import { regionName } from "@/lib/regions/names";

export function ProjectOrganizations({ organizations }: { organizations: ProjectDetail["organizations"] }) {
  const t = useTranslations("project");
  const roles = useTranslations("codes.organizationRole");
  const locale = useLocale() as Locale;
  if (!organizations.length) return <p className="text-muted">{t("noOrganizations")}</p>;
  return (
    <ul className="space-y-4">
      {organizations.map(({ organization: o, role }) => (
        <li key={`${o.id}-${role}`}>
          <Link href={`/organisaatiot/${o.slug}`} className="font-semibold">
            {o.name}
          </Link>{" "}
          <span className="text-muted">– {roles(role)}</span>
          <div className="text-sm">
            {[
              o.type,
              o.businessId ? t("businessId", { id: o.businessId }) : null,
              [o.streetAddress, [o.postalCode, o.postOffice].filter(Boolean).join(" ")].filter(Boolean).join(", ") ||
                null,
              o.municipality ? `${o.municipality.name} (${regionName(o.municipality.region.name, locale)})` : null,
              o.phone ? t("phone", { phone: o.phone }) : null,
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
  const t = useTranslations("project");
  const roles = useTranslations("codes.personRole");
  if (!people.length) return <p className="text-muted">{t("noPeople")}</p>;
  return (
    <ul className="space-y-4">
      {people.map(({ person: p, role }) => (
        <li key={`${p.id}-${role}`}>
          <span className="font-semibold">{p.name}</span> <span className="text-muted">– {roles(role)}</span>
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
                {p.title || p.email ? " · " : ""}
                {t("phone", { phone: p.phone })}
              </>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
