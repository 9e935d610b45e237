/**
 * `npm start` / `npm run dev`: the whole portal from one command. Starts the embedded Postgres
 * (unless DATABASE_URL is set), applies migrations, seeds from seeds/, builds the app if there is
 * no build yet, and serves it. Ctrl-C stops the server and the database cleanly.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { seed } from "../../prisma/seed";
import { env } from "../env";
import { openDatabase } from "../postgres/connect";

const ROOT = path.resolve(import.meta.dirname, "../..");
const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");
const mode = process.argv[2] === "dev" ? "dev" : "start";

function run(args: string[], extraEnv: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [NEXT_BIN, ...args], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...extraEnv },
  });
}

function exitCodeOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

async function main(): Promise<number> {
  const database = await openDatabase();
  let child: ChildProcess | undefined;
  const shutdown = async (code: number) => {
    child?.kill("SIGTERM");
    await database.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(130));
  process.on("SIGTERM", () => void shutdown(143));

  console.log(await seed(database.url));
  const databaseEnv = { DATABASE_URL: database.url };

  if (mode === "start" && !existsSync(path.join(ROOT, ".next/BUILD_ID"))) {
    console.log("No build yet: running `next build` once…");
    const code = await exitCodeOf(run(["build"], { ...databaseEnv, NODE_ENV: "production" }));
    if (code !== 0) {
      await database.stop();
      return code;
    }
  }
  const port = String(env().PORT);
  console.log(`Portal at http://localhost:${port}`);
  child = run([mode, "-p", port], databaseEnv);
  const code = await exitCodeOf(child);
  await database.stop();
  return code;
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
