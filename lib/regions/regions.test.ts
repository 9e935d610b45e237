import { describe, expect, it } from "vitest";
import { inferPlaceFromName, inferPlaceFromPostalCode } from "./infer";
import { findRegionNames, REGIONS, regionOfHeading } from "./regions";

describe("regions", () => {
  it("lists the 19 maakunnat", () => expect(REGIONS).toHaveLength(19));

  it("finds regions in any inflection, without confusing Pohjanmaa with Etelä-Pohjanmaa", () => {
    expect(findRegionNames("toteutetaan Etelä-Pohjanmaalla, Kainuussa, Kanta-Hämeessä ja Uudellamaalla")).toEqual([
      "Etelä-Pohjanmaa",
      "Kainuu",
      "Kanta-Häme",
      "Uusimaa",
    ]);
    expect(findRegionNames("Pohjanmaan ja Lapin alueella")).toEqual(["Pohjanmaa", "Lappi"]);
    expect(findRegionNames("Lapinlahden kunta")).toEqual([]);
    expect(regionOfHeading("Kanta-häme")).toBe("Kanta-Häme");
  });

  it.each([
    ["Vantaan kaupunki, Henkilöstökeskus", "Vantaa", "Uusimaa"],
    ["Posion kunta", "Posio", "Lappi"],
    ["Helsingin kaupunki", "Helsinki", "Uusimaa"],
    ["Lahden kaupunki", "Lahti", "Päijät-Häme"],
    ["Seinäjoen kaupunki", "Seinäjoki", "Etelä-Pohjanmaa"],
    ["Äänekosken kaupunki", "Äänekoski", "Keski-Suomi"],
    ["Hangon kaupunki", "Hanko", "Uusimaa"],
    ["Kauniaisten kaupunki", "Kauniainen", "Uusimaa"],
    ["Oriveden kaupunki", "Orivesi", "Pirkanmaa"],
    ["Varkauden kaupunki", "Varkaus", "Pohjois-Savo"],
    ["Uudenkaupungin kaupunki", "Uusikaupunki", "Varsinais-Suomi"],
  ])("infers %s → %s (%s)", (name, municipality, region) => {
    expect(inferPlaceFromName(name)).toMatchObject({ municipality, region });
  });

  it("infers a region named in an organisation, and nothing from names that say no place", () => {
    expect(inferPlaceFromName("Pohjois-Karjalan sairaanhoitopiiri")).toMatchObject({ region: "Pohjois-Karjala" });
    expect(inferPlaceFromName("Eskoon Sosiaalipalvelujen kuntayhtymä")).toBeNull();
    expect(inferPlaceFromName("ID Mahlakaarto Oy")).toBeNull();
  });

  it("infers from postal codes", () => {
    expect(inferPlaceFromPostalCode("33014")).toMatchObject({ municipality: "Tampere", region: "Pirkanmaa" });
    expect(inferPlaceFromPostalCode("00000")).toBeNull();
  });
});
