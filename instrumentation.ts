/** Runs once when a server starts: builds the read index before the first request needs it (lib/read-index). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const [{ db }, { readIndex }] = await Promise.all([import("./lib/db"), import("./lib/read-index")]);
  // A database that is away or not migrated yet: the first request builds the index instead.
  readIndex(db()).catch(() => {});
}
