import { describe, expect, it } from "vitest";
import { identifyOrganization, organizationKey, splitUnit } from "./identity";

describe("organizationKey", () => {
  it("ignores case, spacing, punctuation and legal forms", () => {
    expect(organizationKey("Tampereen Yliopisto")).toBe(organizationKey("tampereen  yliopisto"));
    expect(organizationKey("Tampereen korkeakoulusäätiö sr")).toBe("tampereen korkeakoulusäätiö");
    expect(organizationKey("ID Mahlakaarto Oy")).toBe("id mahlakaarto");
    expect(organizationKey("Oy Firma Ab")).toBe("firma");
    expect(organizationKey("Suomen Mielenterveys r.y.")).toBe("suomen mielenterveys");
    expect(organizationKey("Työväen Sivistysliitto TSL ry")).toBe("työväen sivistysliitto tsl");
    expect(organizationKey("Etelä-Pohjanmaan sairaanhoitopiiri")).toBe("etelä pohjanmaan sairaanhoitopiiri");
  });

  it("keeps the letters: ä is not a", () => {
    expect(organizationKey("Työterveyslaitos")).not.toBe(organizationKey("Tyoterveyslaitos"));
  });

  it("never empties a name that is only a legal form", () => {
    expect(organizationKey("Oy")).toBe("oy");
  });
});

describe("identifyOrganization", () => {
  it("takes a business id and an acronym out of the name and keeps the original", () => {
    const found = identifyOrganization("Työterveyslaitos, TTL, 0220266-9");
    expect(found).toMatchObject({
      name: "Työterveyslaitos",
      key: "työterveyslaitos",
      businessId: "0220266-9",
      acronym: "TTL",
      original: "Työterveyslaitos, TTL, 0220266-9",
      parent: null,
    });
  });

  it("reads a labelled business id in parentheses", () => {
    expect(identifyOrganization("Kuopion kaupunki (Y-tunnus 0171450-7)")).toMatchObject({
      name: "Kuopion kaupunki",
      businessId: "0171450-7",
    });
  });

  it("leaves an invalid business id in the name and takes none", () => {
    const found = identifyOrganization("Firma Oy, 1234567-8");
    expect(found.businessId).toBeNull();
    expect(found.name).toBe("Firma Oy, 1234567-8");
  });

  it("prefers the business id stated in its own field", () => {
    expect(identifyOrganization("Tampereen korkeakoulusäätiö sr", "2844561-8").businessId).toBe("2844561-8");
    expect(identifyOrganization("Tampereen korkeakoulusäätiö sr", "2844561-9").businessId).toBeNull();
  });

  it("takes an acronym only when it abbreviates the name", () => {
    expect(identifyOrganization("Terveyden ja hyvinvoinnin laitos (THL)")).toMatchObject({
      name: "Terveyden ja hyvinvoinnin laitos",
      acronym: "THL",
    });
    const unit = identifyOrganization("Helsingin kaupunki, KASVO");
    expect(unit.acronym).toBeNull();
    expect(unit.parent?.name).toBe("Helsingin kaupunki");
  });

  it("makes a department named after its university a unit, with the business id its parent's", () => {
    const found = identifyOrganization("Tampereen yliopisto, Yhteiskuntatieteiden tiedekunta", "2844561-8");
    expect(found.name).toBe("Tampereen yliopisto, Yhteiskuntatieteiden tiedekunta");
    expect(found.businessId).toBeNull();
    expect(found.parent).toEqual({ name: "Tampereen yliopisto", key: "tampereen yliopisto", businessId: "2844561-8" });
  });

  it("is a plain organisation when nothing follows the institution", () => {
    expect(identifyOrganization("Tampereen Yliopisto").parent).toBeNull();
    expect(identifyOrganization("Eskoon Sosiaalipalvelujen kuntayhtymä").parent).toBeNull();
  });
});

describe("splitUnit", () => {
  it.each([
    ["Helsingin yliopisto Sosiaalitieteiden laitos", "Helsingin yliopisto", "Sosiaalitieteiden laitos"],
    ["Tampereen Yliopisto Yhteiskuntatieteiden tiedekunta", "Tampereen Yliopisto", "Yhteiskuntatieteiden tiedekunta"],
    ["Turun yliopisto Kansanterveystiede", "Turun yliopisto", "Kansanterveystiede"],
    ["Vantaan kaupunki, Henkilöstökeskus", "Vantaan kaupunki", "Henkilöstökeskus"],
    ["Helsingin kaupungin terveyskeskus", "Helsingin kaupunki", "terveyskeskus"],
    ["Jyväskylän kaupunki / Sosiaali- ja terveyspalvelut", "Jyväskylän kaupunki", "Sosiaali- ja terveyspalvelut"],
    ["Aalto-yliopiston kauppakorkeakoulu", "Aalto-yliopisto", "kauppakorkeakoulu"],
    ["Itä-Suomen yliopisto, Kuopion kampus", "Itä-Suomen yliopisto", "Kuopion kampus"],
    ["Työterveyslaitos, Tampereen toimipiste", "Työterveyslaitos", "Tampereen toimipiste"],
    ["Työterveyslaitoksen Oulun toimipiste", "Työterveyslaitos", "Oulun toimipiste"],
    ["Pirkanmaan hyvinvointialue, Perhepalvelut", "Pirkanmaan hyvinvointialue", "Perhepalvelut"],
  ])("%s is a unit of %s", (name, parent, unit) => {
    expect(splitUnit(name)).toEqual({ parent, unit });
  });

  it.each([
    "Tampereen yliopisto",
    "Yliopiston Apteekki",
    "Keski-Suomen sairaanhoitopiirin kuntayhtymä",
    "Helsingin ja Uudenmaan sairaanhoitopiirin kuntayhtymä",
    "Helsingin kaupunginmuseo",
    "Suomen Kuntaliitto ry",
    "Helsingin kaupunki Oy",
    "Tampereen kaupungin liikelaitos",
    "ID Mahlakaarto Oy",
  ])("%s is no unit", (name) => {
    expect(splitUnit(name)).toBeNull();
  });
});
