import { expect, it } from "vitest";
import { logSecurityEvent } from "./audit-log";

it("writes one JSON line per event, without secrets", () => {
  const lines: string[] = [];
  logSecurityEvent({ event: "login.failed", email: "a@example.fi", ip: "203.0.113.1" }, (l) => lines.push(l));
  const event = JSON.parse(lines[0]!);
  expect(event).toMatchObject({ event: "login.failed", email: "a@example.fi", ip: "203.0.113.1" });
  expect(Object.keys(event).sort()).toEqual(["at", "email", "event", "ip"]);
});
