import { describe, expect, it } from "vitest";
import { localePath, withoutLocalePrefix } from "../i18n/routing";
import { safeLocalPath } from "./local-path";

describe("safeLocalPath", () => {
  it("keeps a local path and its query", () => {
    expect(safeLocalPath("/hankkeet?q=kotihoito")).toBe("/hankkeet?q=kotihoito");
    expect(safeLocalPath("/sv/tilastot")).toBe("/sv/tilastot");
  });
  it.each([
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "https://evil.example/x",
    "/\t/evil.example",
    "/\n/evil.example",
    "javascript:alert(1)",
    "evil.example",
    "",
  ])("sends %j home", (raw) => {
    expect(safeLocalPath(raw)).toBe("/");
  });
  it("never yields a protocol-relative path, even once a language prefix is taken off", () => {
    for (const raw of ["/sv//evil.example", "/en//evil.example/x", "/sv/%2F/evil.example", "/fi///evil.example"]) {
      for (const lang of ["fi", "sv", "en"] as const) {
        const location = localePath(lang, withoutLocalePrefix(safeLocalPath(raw)));
        expect([raw, lang, location.startsWith("//") || location.startsWith("/\\")]).toEqual([raw, lang, false]);
        expect(new URL(location, "https://portal.example").origin).toBe("https://portal.example");
      }
    }
  });
});
