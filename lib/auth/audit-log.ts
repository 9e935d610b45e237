/**
 * Security events as one JSON line each on stderr, for the log collector: sign-ins, refusals and
 * failed authorisation. Never a password, token or session id.
 */
export type SecurityEvent =
  | { event: "login.succeeded" | "login.failed" | "login.throttled"; email: string; ip: string }
  | { event: "access.denied"; reason: "no-session" | "role" | "origin"; path: string; userId?: number; ip: string }
  | { event: "logout"; userId: number };

export function logSecurityEvent(e: SecurityEvent): void {
  console.warn(JSON.stringify({ at: new Date().toISOString(), ...e }));
}
