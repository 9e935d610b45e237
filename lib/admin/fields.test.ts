import { describe, expect, it } from "vitest";
import { businessId, finnishDate, money, optionalText } from "./texts";

const ok = <T>(schema: { safeParse: (v: unknown) => { success: boolean; data?: T } }, v: unknown) =>
  schema.safeParse(v).data;
const fails = (schema: { safeParse: (v: unknown) => { success: boolean } }, v: unknown) => !schema.safeParse(v).success;

describe("money", () => {
  it.each([
    ["40 752", 40752],
    ["40\u00A0752 €", 40752],
    ["40752,00", 40752],
    ["1 365 804 euroa", 1365804],
    ["", null],
    ["  ", null],
    ["0", 0],
  ])("%j → %j", (input, out) => {
    expect(ok(money, input)).toBe(out);
  });
  it.each(["-1", "1,5", "1e5", "0x10", "NaN", "1.000", "2000000001", "١٢٣", "abc"])("refuses %j", (input) =>
    expect(fails(money, input)).toBe(true),
  );
});

describe("finnishDate", () => {
  it.each([
    ["1.9.2019", "2019-09-01"],
    ["01.09.2019", "2019-09-01"],
    ["2019-09-01", "2019-09-01"],
    ["29.2.2020", "2020-02-29"],
    ["", null],
  ])("%j → %j", (input, out) => {
    expect(ok(finnishDate, input)).toBe(out);
  });
  // z.coerce.date would turn 31.2. into 2 March.
  it.each(["31.2.2020", "2020-02-31", "29.2.2021", "1.13.2020", "1.1.1899", "1.1.20", "eilen"])("refuses %j", (input) =>
    expect(fails(finnishDate, input)).toBe(true),
  );
});

describe("text", () => {
  it("normalises to NFC before counting, so ä is one character", () => {
    expect(ok(optionalText(3), "a\u0308a\u0308a\u0308")).toBe("äää");
  });
  it.each(["a\u0000b", "\u202Eevil", "a\u0007"])("refuses control characters in %j", (input) =>
    expect(fails(optionalText(100), input)).toBe(true),
  );
  it("allows line breaks only where asked", () => {
    expect(fails(optionalText(100), "a\nb")).toBe(true);
    expect(ok(optionalText(100, true), "a\r\nb")).toBe("a\nb");
  });
});

describe("businessId", () => {
  it("checks the check digit", () => {
    expect(ok(businessId, "0245437-2")).toBe("0245437-2");
    expect(fails(businessId, "0245437-3")).toBe(true);
    expect(fails(businessId, "245437-2")).toBe(true);
  });
});
