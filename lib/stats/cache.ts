/** The dashboard's filter choices, cached until the data changes (lib/cache/versioned.ts). */
import type { PrismaClient } from "../generated/prisma/client";
import { versionedCache } from "../cache/versioned";
import { filterOptions, type FilterOptions } from "./options";

const options = versionedCache((db, _: null) => filterOptions(db), 1);

export const cachedFilterOptions = (db: PrismaClient): Promise<FilterOptions> => options.get(db, null);
