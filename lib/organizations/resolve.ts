/**
 * The organisation row a name in a source text (or an admin form) means: found again, or created,
 * with its aliases and its parent. The rules of who is who are in `identity.ts`; this is where
 * they meet the rows.
 *
 * Found again, strongest first: the business id; a name (as its key) that was seen before for
 * an organisation, as an alias — so an administrator's merge, which moves the aliases, survives
 * re-imports of the same texts; the organisation's own key; and a key as the first version wrote
 * it (case and spacing only), whose row then takes the cleaned name and the new key.
 */
import type { Prisma } from "../generated/prisma/client";
import { nameKey as legacyNameKey, slugify } from "../ingest/normalize";
import { insertUnlessTaken, uniqueSlug } from "../ingest/rows";
import type { ParsedOrganization } from "../ingest/types";
import { inferPlaceFromName, inferPlaceFromPostalCode } from "../regions/infer";
import { municipalityByName } from "../regions/municipalities";
import { identifyOrganization, type OrganizationIdentity, organizationKey } from "./identity";

type Tx = Prisma.TransactionClient;

/** Where a name was read: its source text and line (null for an admin's form). */
export interface NameSource {
  sourceDocumentId: number;
  line: number;
}

export type OrganizationInput = Omit<ParsedOrganization, "line" | "role" | "email">;

interface FoundRow {
  id: number;
  name: string;
  nameKey: string;
  businessId: string | null;
  type: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  postOffice: string | null;
  phone: string | null;
  website: string | null;
  municipalityId: number | null;
  parentId: number | null;
  parentFixed: boolean;
  /** 1 business id, 2 alias, 3 own key, 4 the first version's key. */
  rank: number;
}

/** The organisation `org` names, created when new; its aliases recorded, its parent set. */
export async function resolveOrganization(tx: Tx, org: OrganizationInput, source: NameSource | null): Promise<number> {
  const identity = identifyOrganization(org.name, org.businessId);
  // A unit's parent first: the business id the text gives is the parent's.
  const parentId = identity.parent
    ? (
        await findOrCreate(
          tx,
          { ...identity.parent, legacyKey: legacyNameKey(identity.parent.name) },
          {},
          // A parent made from a unit's name takes the unit's type (a faculty's "Yliopisto").
          org.type ? { type: org.type } : {},
        )
      ).id
    : null;
  const { id, key } = await findOrCreate(
    tx,
    { ...identity, legacyKey: legacyNameKey(identity.original ?? identity.name) },
    await detailsOf(tx, org, identity),
  );
  await recordAliases(tx, id, identity, source);
  // Only for the unit itself (not an organisation it was merged into, found by an alias), where
  // no parent is known and no administrator has decided otherwise.
  if (parentId !== null && parentId !== id && key === identity.key) {
    await tx.organization.updateMany({ where: { id, parentId: null, parentFixed: false }, data: { parentId } });
  }
  return id;
}

/** What the text states beside the name; an empty value never erases a known one. */
async function detailsOf(tx: Tx, org: OrganizationInput, identity: OrganizationIdentity) {
  const place = (org.postalCode && inferPlaceFromPostalCode(org.postalCode)) || inferPlaceFromName(identity.name);
  const municipality = place?.municipality ? municipalityByName(place.municipality) : undefined;
  const municipalityId = municipality
    ? ((await tx.municipality.findUnique({ where: { code: municipality.code }, select: { id: true } }))?.id ?? null)
    : null;
  return {
    ...(org.type ? { type: org.type } : {}),
    ...(org.streetAddress ? { streetAddress: org.streetAddress } : {}),
    ...(org.postalCode ? { postalCode: org.postalCode } : {}),
    ...(org.postOffice ? { postOffice: org.postOffice } : {}),
    ...(org.phone ? { phone: org.phone } : {}),
    ...(org.website ? { website: org.website } : {}),
    ...(municipalityId ? { municipalityId } : {}),
  };
}

/** Who to find: the name to show, its key, a business id, and the key the first version gave the name. */
interface Who {
  name: string;
  key: string;
  businessId: string | null;
  legacyKey: string;
}

/** The row `who` is, updated with `details`; created (with `whenNew` too) when there is none. */
async function findOrCreate(
  tx: Tx,
  who: Who,
  details: Record<string, string | number>,
  whenNew: Record<string, string> = {},
): Promise<{ id: number; key: string }> {
  const stated = { ...details, ...(who.businessId ? { businessId: who.businessId } : {}) };
  for (let attempt = 0; attempt < 5; attempt++) {
    const found = await findRow(tx, who);
    if (found) {
      // Write only what changes: an update locks the row until commit, and many texts name the
      // same organisation. A row found by the first version's key takes the cleaned name.
      // A business id already known is not replaced by another (two bodies of one name).
      const changed: Record<string, unknown> = Object.fromEntries(
        Object.entries(stated).filter(
          ([k, v]) => found[k as keyof FoundRow] !== v && !(k === "businessId" && found.businessId),
        ),
      );
      if (found.rank === 4 && found.nameKey !== who.key) Object.assign(changed, { name: who.name, nameKey: who.key });
      if (Object.keys(changed).length) await tx.organization.update({ where: { id: found.id }, data: changed });
      return { id: found.id, key: found.rank === 4 ? who.key : found.nameKey };
    }
    // Two transactions may create the same organisation at once: the insert yields to the one
    // that commits first (ON CONFLICT DO NOTHING) and the next round finds that row.
    const slug = await uniqueSlug(
      slugify(who.name, 70),
      async (s) => (await tx.organization.count({ where: { slug: s } })) > 0,
    );
    const now = new Date();
    const id = await insertUnlessTaken(tx, "Organization", {
      name: who.name,
      nameKey: who.key,
      slug,
      ...whenNew,
      ...stated,
      createdAt: now,
      updatedAt: now,
    });
    if (id !== null) return { id, key: who.key };
  }
  throw new Error(`could not store organisation ${who.name}`);
}

/** The best row for a name, in one round trip (the ranks in `FoundRow`). */
async function findRow(tx: Tx, who: Who) {
  const rows = await tx.$queryRaw<FoundRow[]>`
    SELECT o.id, o.name, o."nameKey", o."businessId", o.type, o."streetAddress", o."postalCode", o."postOffice",
           o.phone, o.website, o."municipalityId", o."parentId", o."parentFixed", m.rank
    FROM (
      SELECT id, 1 AS rank FROM "Organization" WHERE "businessId" = ${who.businessId}
      UNION ALL
      SELECT "organizationId", 2 FROM "OrganizationAlias" WHERE "nameKey" = ${who.key} AND kind = 'NAME'
      UNION ALL
      SELECT id, 3 FROM "Organization" WHERE "nameKey" = ${who.key}
      UNION ALL
      SELECT id, 4 FROM "Organization" WHERE "nameKey" = ${who.legacyKey}
    ) m JOIN "Organization" o ON o.id = m.id
    ORDER BY m.rank, o.id
    LIMIT 1`;
  return rows[0] ?? null;
}

/** The name as shown, the name as written and the acronym, each once per organisation. */
async function recordAliases(
  tx: Tx,
  organizationId: number,
  identity: OrganizationIdentity,
  source: NameSource | null,
) {
  const aliases: Array<{ name: string; kind: "NAME" | "ACRONYM" }> = [{ name: identity.name, kind: "NAME" }];
  if (identity.original) aliases.push({ name: identity.original, kind: "NAME" });
  if (identity.acronym) aliases.push({ name: identity.acronym, kind: "ACRONYM" });
  await tx.$executeRaw`
    INSERT INTO "OrganizationAlias" ("organizationId", name, "nameKey", kind, "sourceDocumentId", line)
    SELECT ${organizationId}, a.name, a.key, a.kind::"OrganizationAliasKind", ${source?.sourceDocumentId ?? null}::int,
           ${source?.line ?? null}::int
    FROM unnest(${aliases.map((a) => a.name)}::text[], ${aliases.map((a) => organizationKey(a.name))}::text[],
                ${aliases.map((a) => a.kind)}::text[]) AS a(name, key, kind)
    ON CONFLICT ("organizationId", name) DO NOTHING`;
}

/**
 * Removes those of `ids` that no project names and no unit belongs to any more: what an earlier
 * reading of a text made of a name, once the text is read again.
 */
export async function removeAbandonedOrganizations(tx: Tx, ids: number[]): Promise<void> {
  if (!ids.length) return;
  await tx.$executeRaw`
    DELETE FROM "Organization" o
    WHERE o.id = ANY(${ids}::int[])
      AND NOT EXISTS (SELECT 1 FROM "ProjectOrganization" po WHERE po."organizationId" = o.id)
      AND NOT EXISTS (SELECT 1 FROM "Organization" u WHERE u."parentId" = o.id)`;
}
