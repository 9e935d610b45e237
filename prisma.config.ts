import { defineConfig } from "prisma/config";

// Prisma 7 reads the connection URL from here, not from schema.prisma. Only the native CLI uses
// this file (e.g. `prisma migrate deploy` where its engine can be downloaded); our own scripts
// resolve the URL through lib/env.ts and the embedded Postgres runner.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres:postgres@localhost:54329/tyohyvinvointi" },
});
