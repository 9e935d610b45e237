import type { TestProject } from "vitest/node";
import { migrate } from "../../prisma/migrate";
import { startTestDatabase, TEST_DATABASE_PORT } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await startTestDatabase(TEST_DATABASE_PORT);
  await migrate(database.url);
  project.provide("databaseUrl", database.url);
  return () => database.stop();
}
