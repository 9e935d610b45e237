/**
 * The portal as the browser tests see it: a fresh embedded Postgres (own port and folder),
 * migrated and seeded, a production build, `next start`. Stops everything when Playwright stops it.
 */
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { createUser } from "../../lib/auth/users";
import { createPrismaClient } from "../../lib/db";
import { seed } from "../../prisma/seed";
import { startTestDatabase } from "../setup/test-database";
import { ADMIN, EDITOR } from "./users";

const ROOT = path.resolve(import.meta.dirname, "../..");
const NEXT = path.join(ROOT, "node_modules/next/dist/bin/next");
const port = process.env.E2E_PORT ?? "3100";

const database = await startTestDatabase(Number(process.env.E2E_PG_PORT ?? 55434), "portal_e2e");
let child: ChildProcess | undefined;
const stop = async () => {
  child?.kill("SIGTERM");
  await database.stop();
  process.exit(0);
};
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());

await seed(database.url);
const prisma = createPrismaClient(database.url, 1);
for (const user of [EDITOR, ADMIN]) await createUser(prisma, user);
await prisma.$disconnect();
const env = { ...process.env, DATABASE_URL: database.url, NEXT_TELEMETRY_DISABLED: "1" };
const build = spawn(process.execPath, [NEXT, "build"], {
  cwd: ROOT,
  env: { ...env, NODE_ENV: "production" },
  stdio: "inherit",
});
const built = await new Promise<number>((resolve) => build.on("exit", (code) => resolve(code ?? 1)));
if (built !== 0) {
  await database.stop();
  process.exit(built);
}
// No -H: the language rewrite needs the default host (see proxy.ts).
child = spawn(process.execPath, [NEXT, "start", "-p", port], { cwd: ROOT, env, stdio: "inherit" });
child.on("exit", (code) => void database.stop().then(() => process.exit(code ?? 0)));
