/** Row writes shared by the store and the organisation resolver. */
import type { Prisma } from "../generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** `base`, or `base-2`, `base-3`, … : the first slug not taken. */
export async function uniqueSlug(base: string, taken: (slug: string) => Promise<boolean>): Promise<string> {
  let slug = base || "nimeton";
  for (let n = 2; await taken(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** INSERT … ON CONFLICT DO NOTHING RETURNING id: the new row's id, or null when a unique key was taken. */
export async function insertUnlessTaken(
  tx: Tx,
  table: "Organization" | "Person",
  row: Record<string, unknown>,
): Promise<number | null> {
  const columns = Object.keys(row);
  const rows = await tx.$queryRawUnsafe<Array<{ id: number }>>(
    `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")})
     VALUES (${columns.map((_, i) => `$${i + 1}`).join(", ")}) ON CONFLICT DO NOTHING RETURNING id`,
    ...Object.values(row),
  );
  return rows[0]?.id ?? null;
}
