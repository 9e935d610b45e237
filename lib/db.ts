import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "./env";
import { PrismaClient } from "./generated/prisma/client";

/**
 * The one Prisma client of the process. Nothing else constructs one: dev-server reloads would
 * otherwise leak a connection pool per reload, hence the cache on globalThis.
 */
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

// On the client itself under a global symbol: a bundler may load this module more than once
// (server chunks), and a module-local map would not know clients made by another copy.
const CONNECTION_STRING = Symbol.for("tyohyvinvointi.connectionString");
type Tagged = PrismaClient & { [CONNECTION_STRING]?: string };

export function createPrismaClient(connectionString: string, max = env().DATABASE_POOL_SIZE): PrismaClient {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
  (client as Tagged)[CONNECTION_STRING] = connectionString;
  return client;
}

/** The database a client talks to: the read index (lib/read-index) keeps one index per database. */
export function connectionStringOf(client: PrismaClient): string {
  const url = (client as Tagged)[CONNECTION_STRING];
  if (!url) throw new Error("This Prisma client was not made by createPrismaClient: its database is unknown");
  return url;
}

export function db(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const url = env().DATABASE_URL;
    if (!url) {
      throw new Error(
        "DATABASE_URL is not set: start the portal with `npm start` (it runs the embedded Postgres) or set it.",
      );
    }
    globalForPrisma.prisma = createPrismaClient(url);
  }
  return globalForPrisma.prisma;
}
