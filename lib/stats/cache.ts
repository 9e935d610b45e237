/** The dashboard's filter choices, cached until the data changes (lib/cache/versioned.ts). */

import { versionedCache } from "../cache/versioned";
import type { PrismaClient } from "../generated/prisma/client";
import { type FilterOptions, filterOptions } from "./options";

const options = versionedCache((db, _: null) => filterOptions(db), 1);

export const cachedFilterOptions = (db: PrismaClient): Promise<FilterOptions> => options.get(db, null);
