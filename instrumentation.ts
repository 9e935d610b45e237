/** Runs once when a server starts: begins keeping the busiest views computed (lib/stats/warm.ts). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startWarming } = await import("./lib/stats/warm");
  startWarming();
}
