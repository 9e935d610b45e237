import { describe, expect, it } from "vitest";
import {
  findPhone,
  normalizeEmail,
  normalizeText,
  parseDate,
  parseDateRange,
  parseMoney,
  parseSizeKb,
  slugify,
} from "./normalize";

describe("normalizeText", () => {
  it("composes umlauts, folds odd spaces and keeps every line", () => {
    const raw = "Tyo\u0308hyvinvointi\u00a0ja\u200b johtaminen \r\n\r\nrivi\u00a0";
    const text = normalizeText(raw);
    expect(text).toBe("Työhyvinvointi ja johtaminen\n\nrivi");
    expect(text.split("\n")).toHaveLength(raw.split(/\r\n/).length);
  });
});

describe("dates", () => {
  it.each([
    ["1.9.2019", "2019-09-01"],
    ["31.12.2022", "2022-12-31"],
    ["päätös 3. 9. 2019", "2019-09-03"],
    ["2021-06-30 00:00:00.0", "2021-06-30"],
    ["2021-06-30T12:00:00", "2021-06-30"],
  ])("%s → %s", (text, iso) => expect(parseDate(text)).toBe(iso));

  it.each(["31.2.2020", "0.1.2020", "1.13.2020", "2020-02-30", "syksy 2019", "12.2019"])("%s is not a date", (text) => {
    expect(parseDate(text)).toBeNull();
  });

  it("reads ranges in the forms the sources use", () => {
    expect(parseDateRange("1.4.2009 - 30.9.2010")).toEqual({ start: "2009-04-01", end: "2010-09-30" });
    expect(parseDateRange("1.4.2009–30.9.2010")).toEqual({ start: "2009-04-01", end: "2010-09-30" });
    expect(parseDateRange("Alkaa 1.1.2019 ja päättyy 31.12.2022")).toEqual({ start: "2019-01-01", end: "2022-12-31" });
    expect(parseDateRange("1.4.2009 -")).toEqual({ start: "2009-04-01", end: null });
    expect(parseDateRange("– 30.9.2010")).toEqual({ start: null, end: "2010-09-30" });
    expect(parseDateRange("ei tiedossa")).toBeNull();
  });
});

describe("money", () => {
  it.each([
    ["40 752 euroa", 40752],
    ["1 365 804", 1365804],
    ["1.365.804 €", 1365804],
    ["6800 €", 6800],
    ["40 752,50 euroa", 40752.5],
    ["17 605 eur", 17605],
  ])("%s → %d", (text, euros) => expect(parseMoney(text)).toBe(euros));

  it("does not take a date or a year for money when a unit is required", () => {
    expect(parseMoney("25.2.2009")).toBeNull();
    expect(parseMoney("vuonna 2019", { requireUnit: true })).toBeNull();
    expect(parseMoney("päätös 25.2.2009 6 800 euroa", { requireUnit: true })).toBe(6800);
  });
});

describe("contact details", () => {
  it("turns (at) and [at] into @", () => {
    expect(normalizeEmail("sirpa.syvanen(at)tuni.fi")).toBe("sirpa.syvanen@tuni.fi");
    expect(normalizeEmail("Etu.Suku [at] posio.fi")).toBe("etu.suku@posio.fi");
    expect(normalizeEmail("ei sähköpostia")).toBeNull();
  });

  it("finds phone numbers but not short digit runs", () => {
    expect(findPhone("(09) 8392 3187")).toBe("(09) 8392 3187");
    expect(findPhone("+358 40 190 1315")).toBe("+358 40 190 1315");
    expect(findPhone("0401901315")).toBe("0401901315");
    expect(findPhone("2019")).toBeNull();
  });
});

describe("file sizes and slugs", () => {
  it("reads kt and Mt", () => {
    expect(parseSizeKb("(84.7 kt)")).toBe(84.7);
    expect(parseSizeKb("(1,5 Mt)")).toBe(1536);
    expect(parseSizeKb("(ei kokoa)")).toBeNull();
  });

  it("folds Finnish letters", () => {
    expect(slugify("Työhyvinvointi ja Pääoma – Åland")).toBe("tyohyvinvointi-ja-paaoma-aland");
    expect(slugify("a ".repeat(100), 20).length).toBeLessThanOrEqual(20);
  });
});
