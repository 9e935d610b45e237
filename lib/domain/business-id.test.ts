import { describe, expect, it } from "vitest";
import { isValidBusinessId, normalizeBusinessId } from "./business-id";

describe("Finnish business id", () => {
  it.each(["2844561-8", "0187690-1", "0201256-6", "1572860-0"])("%s is valid", (id) =>
    expect(isValidBusinessId(id)).toBe(true),
  );
  it.each(["2844561-7", "0187690-2", "1234567", "abc", "12345678-9"])("%s is not", (id) =>
    expect(isValidBusinessId(id)).toBe(false),
  );
  it("normalises spacing and a missing leading zero", () => {
    expect(normalizeBusinessId("Y-tunnus: 2844561 - 8")).toBe("2844561-8");
    expect(normalizeBusinessId("187690-1")).toBe("0187690-1");
  });
});
