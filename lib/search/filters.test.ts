import { describe, expect, it } from "vitest";
import { parseSearchParams, toggleValue, toQueryString } from "./filters";

describe("search parameters", () => {
  it("parse lists, numbers and defaults", () => {
    const r = parseSearchParams(
      new URLSearchParams("q=johtaminen&funder=tsr&funder=ESR&region=uusimaa,lappi&yearFrom=2019&minGranted="),
    );
    expect(r).toMatchObject({
      ok: true,
      params: {
        q: "johtaminen",
        funder: ["TSR", "ESR"],
        region: ["uusimaa", "lappi"],
        yearFrom: 2019,
        minGranted: undefined,
        grantType: [],
      },
    });
  });

  it.each([
    ["yearFrom=abc", "yearFrom must be a number"],
    ["yearFrom=2020.5", "yearFrom must be a whole number"],
    ["pageSize=1000", "pageSize must be at most 100"],
    ["region=atlantis", "region is not a region (use e.g. uusimaa, pohjois-savo)"],
    ["sort=random", "sort must be one of relevance, newest, oldest, granted, title"],
    ["yearFrom=2022&yearTo=2020", "yearFrom must not be after yearTo"],
    ["q=%00", "q contains a NUL character"],
    ["status=paused", "status must be one of running, ended, upcoming"],
  ])("refuse %s naming the parameter", (query, message) => {
    expect(parseSearchParams(new URLSearchParams(query))).toMatchObject({ ok: false, message });
  });

  it("round-trip through the URL", () => {
    const r = parseSearchParams(new URLSearchParams("q=a b&funder=TSR&page=2&sort=granted"));
    if (!r.ok) throw new Error(r.message);
    expect(toQueryString(r.params)).toBe("?q=a+b&funder=TSR&sort=granted&page=2");
    expect(toQueryString(toggleValue(r.params, "funder", "TSR"))).toBe("?q=a+b&sort=granted");
  });
});
