/**
 * `npm run admin:create -- --email ana@example.fi [--name "Ana Admin"] [--password …] [--role editor]`
 * Creates an account (an administrator unless told otherwise). A missing password is asked for
 * without echoing it; passing it on the command line leaves it in the shell history.
 */
import { createInterface } from "node:readline";
import { migrate } from "../../prisma/migrate";
import { createUser, newUserSchema } from "../auth/users";
import { createPrismaClient } from "../db";
import { withDatabase } from "../postgres/connect";

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

function ask(question: string, hidden = false): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  if (hidden) {
    // Print the question, then nothing of what is typed.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
      if (s.includes(question)) process.stdout.write(question);
    };
  }
  return new Promise((resolve) =>
    rl.question(question, (answer) => {
      rl.close();
      if (hidden) process.stdout.write("\n");
      resolve(answer);
    }),
  );
}

async function main() {
  const email = arg("email") ?? (await ask("Sähköposti: "));
  const name = arg("name") ?? email.split("@")[0] ?? email;
  const password = arg("password") ?? (await ask("Salasana (vähintään 12 merkkiä): ", true));
  const role = (arg("role") ?? "admin").toUpperCase();
  const parsed = newUserSchema.safeParse({ email, name, password, role });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`${String(issue.path[0] ?? "")}: ${issue.message}`);
    process.exit(2);
  }
  await withDatabase(async (url) => {
    await migrate(url);
    const prisma = createPrismaClient(url, 2);
    try {
      const result = await createUser(prisma, parsed.data);
      if (!result.ok) {
        console.error(`${result.field}: ${result.message}`);
        process.exitCode = 2;
      } else {
        console.log(
          `Tunnus luotu: ${parsed.data.email} (${parsed.data.role === "ADMIN" ? "ylläpitäjä" : "muokkaaja"})`,
        );
      }
    } finally {
      await prisma.$disconnect();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
