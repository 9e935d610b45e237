/**
 * Security events as one JSON line each on stderr, for the log collector: sign-ins, refusals and
 * failed authorisation. Never a password, token or session id.
 */
export type SecurityEvent =
  | { event: "login.succeeded" | "login.failed" | "login.throttled"; email: string; ip: string }
  | { event: "access.denied"; reason: "no-session" | "role" | "origin"; path: string; userId?: number; ip: string }
  | { event: "logout"; userId: number };

export function logSecurityEvent(e: SecurityEvent, write: (line: string) => void = defaultWriter): void {
  write(JSON.stringify({ at: new Date().toISOString(), ...e }));
}

// Test runs would drown in sign-in noise; the format is tested with its own writer.
const defaultWriter = (line: string) => {
  if (process.env.NODE_ENV !== "test") console.warn(line);
};
