import { z } from "zod";

/**
 * The process environment, validated once. Every module reads configuration from here, so a
 * wrong value fails at start-up with a message naming the variable instead of deep in a query.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** A real Postgres. When unset, the scripts start the embedded one and set this for the app. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// URL")
    .optional(),
  /** Where the embedded Postgres keeps its data between runs (git-ignored). */
  EMBEDDED_PG_DIR: z.string().default(".data/postgres"),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /**
   * The site's public origin (`https://hankkeet.example.fi`), for permalinks, hreflang and feeds.
   * Set it in production: without it they are built from the request's Host headers.
   */
  PUBLIC_ORIGIN: z
    .url({ protocol: /^https?$/, message: "PUBLIC_ORIGIN must be an http(s) origin" })
    .transform((url) => new URL(url).origin)
    .optional(),
  /** Pool size per process; small by default because Next runs several workers. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${problems}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Used once the embedded Postgres is up: from then on the process behaves as if it had been given the URL. */
export function adoptDatabaseUrl(url: string): void {
  process.env.DATABASE_URL = url;
  cached = undefined;
}
