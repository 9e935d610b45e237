/**
 * A public page's record is a few statements, not one per relation: every SQL statement the read
 * models send is counted on the connection pool beneath Prisma.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { getOrganization } from "../../lib/organizations/queries";
import { getDocument, getProject, getProjectSource, listProjects } from "../../lib/projects/queries";
import { closeReadIndexes } from "../../lib/read-index";
import { seed } from "../../prisma/seed";
import { resetDatabase, testDatabaseUrl, testPrisma } from "../setup/db-utils";

let statements = 0;
let pool: pg.Pool;
let counted: PrismaClient;
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };
let previous: PrismaClient | undefined;

/** How many statements `read` sends (its result checked by the caller). */
async function statementsOf<T>(read: () => Promise<T>): Promise<{ result: T; statements: number }> {
  statements = 0;
  const result = await read();
  return { result, statements };
}

beforeAll(async () => {
  const prisma = testPrisma();
  await resetDatabase(prisma);
  await seed(testDatabaseUrl());
  await prisma.$disconnect();
  pool = new pg.Pool({ connectionString: testDatabaseUrl(), max: 2 });
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      statements++;
      return query(...args);
    };
  });
  counted = new PrismaClient({ adapter: new PrismaPg(pool) });
  // Known to the read index by its database, as createPrismaClient's clients are (lib/db.ts).
  (counted as unknown as Record<symbol, string>)[Symbol.for("tyohyvinvointi.connectionString")] = testDatabaseUrl();
  // The read models use the process's one client (lib/db.ts): this one, counting.
  previous = globalForPrisma.prisma;
  globalForPrisma.prisma = counted;
}, 60_000);

afterAll(async () => {
  await closeReadIndexes();
  globalForPrisma.prisma = previous;
  await counted.$disconnect();
  await pool.end();
});

it("read a project page's record in two statements (the record with its relations, its provenance)", async () => {
  const projects = await listProjects(50);
  expect(projects.length).toBeGreaterThanOrEqual(4);
  for (const { slug } of projects) {
    const { result, statements } = await statementsOf(() => getProject(slug));
    expect(result?.slug).toBe(slug);
    expect(result!.organizations.length + result!.sections.length).toBeGreaterThan(0);
    expect(statements, slug).toBeLessThanOrEqual(2);
  }
});

it("read the source view, an organisation, a document and the front page list in one or two", async () => {
  const [project] = await listProjects(1);
  const source = await statementsOf(() => getProjectSource(project!.slug));
  expect(source.result?.sourceDocument.rawText.length).toBeGreaterThan(0);
  expect(source.statements).toBeLessThanOrEqual(2);

  const withOrganization = await getProject(project!.slug);
  const slug = withOrganization!.organizations[0]!.organization.slug;
  const organization = await statementsOf(() => getOrganization(slug));
  expect(organization.result?.projects.length).toBeGreaterThan(0);
  expect(organization.statements).toBe(1);

  const documents = await counted.knowledgeDocument.findMany({ select: { slug: true } });
  expect(documents.length).toBeGreaterThan(0);
  const document = await statementsOf(() => getDocument(documents[0]!.slug));
  expect(document.result?.sections.length).toBeGreaterThan(0);
  expect(document.statements).toBe(1);

  // The newest from the read index (its own connections), their rows in one statement.
  const list = await statementsOf(() => listProjects(20));
  expect(list.result.length).toBeGreaterThan(0);
  expect(list.statements).toBe(1);
  expect(list.result.map((p) => p.periodStart?.getTime() ?? -Infinity)).toEqual(
    [...list.result.map((p) => p.periodStart?.getTime() ?? -Infinity)].sort((a, b) => b - a),
  );
});
