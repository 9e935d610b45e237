import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./origin";

const h = (values: Record<string, string>) => new Headers(values);

describe("isSameOrigin", () => {
  it("accepts a POST from the site itself", () => {
    expect(
      isSameOrigin(h({ origin: "http://127.0.0.1:3100", host: "127.0.0.1:3100", "sec-fetch-site": "same-origin" })),
    ).toBe(true);
  });
  it.each([
    ["no Origin", { host: "portal.fi" }],
    ["another site", { origin: "https://evil.example", host: "portal.fi" }],
    ["a null origin", { origin: "null", host: "portal.fi" }],
    ["cross-site fetch metadata", { origin: "https://portal.fi", host: "portal.fi", "sec-fetch-site": "cross-site" }],
    ["a malformed origin", { origin: "::::", host: "portal.fi" }],
  ])("refuses %s", (_, values) => {
    expect(isSameOrigin(h(values))).toBe(false);
  });
});
