/**
 * The suite guard: proves, in seconds, that a failure in any runner (the linter among them) fails `npm test`.
 *
 * Each case runs one fixture from `fixtures/` (outside every normal test glob) through a real
 * runner with the project's own configuration — setup files, global setup and teardown (the
 * integration project starts and stops a real Postgres), reporters — and checks the exit code.
 * A dependency's exit hook once turned every integration failure into exit 0 (lib/postgres/embedded.ts); this
 * keeps a later change of setup from masking failures again. The passing control proves that
 * the non-zero codes come from the fixtures and not from a runner that cannot start.
 */
import { spawn } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
const BIN = path.join(ROOT, "node_modules/.bin");

interface GuardCase {
  name: string;
  command: string[];
  fixture: string;
  expect: "fail" | "pass";
  /** Text the output must contain, so that the outcome is the fixture's and nothing else's. */
  evidence: string;
}

const vitest = (project: string) => [path.join(BIN, "vitest"), "run", "--project", project];
const cases: GuardCase[] = [
  {
    name: "unit: failing assertion",
    command: vitest("unit"),
    fixture: "failing.fixture.ts",
    expect: "fail",
    evidence: "deliberately failing assertion",
  },
  {
    name: "unit: broken test file",
    command: vitest("unit"),
    fixture: "import-error.fixture.ts",
    expect: "fail",
    evidence: "deliberately broken test file",
  },
  {
    name: "integration: passing control",
    command: vitest("integration"),
    fixture: "passing.fixture.ts",
    expect: "pass",
    evidence: "passing.fixture.ts",
  },
  {
    name: "integration: failing assertion",
    command: vitest("integration"),
    fixture: "failing.fixture.ts",
    expect: "fail",
    evidence: "deliberately failing assertion",
  },
  {
    name: "integration: broken test file",
    command: vitest("integration"),
    fixture: "import-error.fixture.ts",
    expect: "fail",
    evidence: "deliberately broken test file",
  },
  {
    name: "integration: failing teardown",
    command: vitest("integration"),
    fixture: "teardown-error.fixture.ts",
    expect: "fail",
    evidence: "deliberately failing teardown",
  },
  {
    name: "lint: planted lint error",
    command: [
      path.join(BIN, "biome"),
      "check",
      "--config-path=tests/suite-guard/lint-guard.jsonc",
      "tests/suite-guard/fixtures/lint-error.fixture.ts",
    ],
    fixture: "lint-error.fixture.ts",
    expect: "fail",
    evidence: "lint/suspicious/noDebugger",
  },
  {
    name: "e2e: failing browser assertion",
    command: [path.join(BIN, "playwright"), "test"],
    fixture: "failing.e2e.fixture.ts",
    expect: "fail",
    evidence: "deliberately failing browser assertion",
  },
];

/** Each integration case gets its own Postgres port, so cases can run side by side. */
const FIRST_GUARD_PG_PORT = 55460;

function run(guardCase: GuardCase, index: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const [command, ...args] = guardCase.command;
    const child = spawn(command!, args, {
      cwd: ROOT,
      env: {
        ...process.env,
        SUITE_GUARD_FIXTURE: path.join("tests/suite-guard/fixtures", guardCase.fixture),
        TEST_PG_PORT: String(FIRST_GUARD_PG_PORT + index),
        NO_COLOR: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("close", (code) => resolve({ code, output }));
  });
}

async function check(guardCase: GuardCase, index: number): Promise<string | null> {
  const t = performance.now();
  const { code, output } = await run(guardCase, index);
  if (process.env.SUITE_GUARD_TIMES) console.log(`${guardCase.name}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const exitedAsExpected = guardCase.expect === "pass" ? code === 0 : code !== 0 && code !== null;
  if (exitedAsExpected && output.includes(guardCase.evidence)) return null;
  return (
    `${guardCase.name}: expected to ${guardCase.expect}, exited ${code}` +
    (output.includes(guardCase.evidence) ? "" : ` without mentioning "${guardCase.evidence}"`) +
    `\n${output.split("\n").slice(-40).join("\n")}`
  );
}

const started = performance.now();
// Two at a time: this machine has two cores, and each case starts a runner (and maybe Postgres).
const problems: string[] = [];
for (let i = 0; i < cases.length; i += 2) {
  const batch = cases.slice(i, i + 2).map((c, j) => check(c, i + j));
  for (const problem of await Promise.all(batch)) if (problem) problems.push(problem);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (problems.length) {
  console.error(
    `Suite guard: ${problems.length} of ${cases.length} runner checks wrong — ` +
      "a failing test would not fail the suite:\n",
  );
  for (const problem of problems) console.error(`${problem}\n`);
  process.exitCode = 1;
} else {
  console.log(`Suite guard: ${cases.length} runner checks right in ${seconds} s (failures fail, the control passes).`);
}
