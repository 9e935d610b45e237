/**
 * The parse contract of product.md, pinned field by field for the five seed texts.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type ContractRecord, toContract } from "../../lib/ingest/contract";
import { parseSource } from "../../lib/ingest/parse";

const SEEDS = path.resolve(import.meta.dirname, "../../seeds");
const parse = (file: string): ContractRecord =>
  toContract(parseSource(readFileSync(path.join(SEEDS, file), "utf8"), file).record);

const NO_ESF = {
  priorityAxis: null,
  specificObjective: null,
  responsibleAuthority: null,
  euStateGrantedEur: null,
  euStateRealizedEur: null,
  publicPlannedEur: null,
  publicRealizedEur: null,
};

describe("000 tsr-old: TSR 109160, old layout", () => {
  const r = parse("000_3a7e9f2da891a407.txt");

  it("reads every scalar field", () => {
    expect(r).toMatchObject({
      sourceFile: "000_3a7e9f2da891a407.txt",
      format: "tsr-old",
      kind: "project",
      funder: "TSR",
      projectNumber: "109160",
      grantType: "Kehittämisavustus",
      title: "Perhepalveluiden sosiaalisen pääoman kehittäminen johtamisessa",
      applicant: "Vantaan kaupunki, Henkilöstökeskus",
      applicantBusinessId: null,
      implementer: "Vesanen Riitta-Maija",
      contactPerson: "Hilma Aminoff",
      contactEmail: "hilma.aminoff@vantaa.fi",
      contactPhone: "(09) 8392 3187",
      responsiblePerson: "Hilma Aminoff",
      periodStart: "2009-04-01",
      periodEnd: "2010-09-30",
      estimatedCompletion: "2011-04-30",
      decisionDate: "2009-02-25",
      grantedEur: 6800,
      totalCostEur: 13600,
      resultsCompleted: "2011-11-11",
      status: null,
      ...NO_ESF,
      regions: ["Uusimaa"],
      warnings: [],
    });
  });

  it("keeps the description, the press release with its author, and the material file", () => {
    expect(r.sections.map((s) => s.heading)).toEqual(["Tiivistelmä"]);
    expect(r.sections[0]!.body).toMatch(/^Hankkeen tavoitteena on selvittää, 1\. voidaanko/);
    expect(r.sections[0]!.body).toMatch(/Hanke valmistuu syksyllä 2010\.$/);
    expect(r.pressReleases).toHaveLength(1);
    expect(r.pressReleases[0]).toMatchObject({
      title: "Luottamus ja yhteisöllisyys johtoryhmässä",
      date: "2011-12-21",
      author: "Sinikka Luhtasaari",
    });
    expect(r.pressReleases[0]!.body).toMatch(/^Luottamus ja yhteisöllisyys ovat työyhteisön sosiaalista pääomaa/);
    expect(r.pressReleases[0]!.body).toMatch(/sosiaalisen pääoman kehittämiseksi\.$/);
    expect(r.materials).toEqual([
      {
        title: "Perhepalveluiden sosiaalisen pääoman kehittäminen johtamisessa. Hankkeen yhteenveto. 31.1.2011",
        file:
          "109160-tiivistelma-Perhepalveluiden sosiaalisen pääoman kehittäminen johtamisessa- " +
          "hankkeen yhteenveto.pdf",
        sizeKb: 84.7,
      },
    ]);
  });
});

describe("001 tsr-new: TSR 190328 KOEDIGI", () => {
  const r = parse("001_625c14d06993bb65.txt");

  it("reads every scalar field", () => {
    expect(r).toMatchObject({
      format: "tsr-new",
      kind: "project",
      funder: "TSR",
      projectNumber: "190328",
      grantType: null,
      title:
        "KOEDIGI – Toimijuusvoiman vahvistaminen digi-työkaluja hyödyntäen Eskoon sosiaalipalvelujen kuntayhtymässä",
      applicant: "Eskoon Sosiaalipalvelujen kuntayhtymä",
      applicantBusinessId: null,
      implementer: "ID Mahlakaarto Oy",
      contactPerson: "Mervi Huttula",
      contactEmail: "mervi.huttula@eskoo.fi",
      contactPhone: null,
      responsiblePerson: "Mervi Huttula",
      periodStart: "2019-09-01",
      periodEnd: "2020-03-31",
      estimatedCompletion: null,
      decisionDate: "2019-09-03",
      grantedEur: 40752,
      totalCostEur: 81504,
      resultsCompleted: "2020-09-15",
      status: null,
      ...NO_ESF,
      // "Eskoon" names no municipality: no region is invented.
      regions: [],
      warnings: [],
    });
  });

  it("separates the summary, the press release and the report sections", () => {
    expect(r.sections.map((s) => s.heading)).toEqual([
      "Tiivistelmä",
      "Lähtökohdat",
      "Kohderyhmät",
      "Menetelmät",
      "Vaikuttavuus",
      "Uutuusarvo ja sovellettavuus",
    ]);
    expect(r.sections[0]!.body).toMatch(/^Hankkeessa lisätään esimiesten valmiuksia/);
    expect(r.sections[0]!.body).toMatch(/ammatillista toimijuutta ja oppimista\.$/);
    expect(r.pressReleases).toEqual([
      {
        title: "#KOE-DIGI#-hankkeen vauhdittamana toimijuusjohtamisen kulttuurin implementointi Eskoossa",
        date: "2020-09-15",
        body: expect.stringMatching(
          /^Strategisen johtamiskulttuurin uudistamistyö.*missä tahansa palveluorganisaatiossa\.$/s,
        ),
      },
    ]);
    expect(r.materials).toEqual([
      { title: "KOEDIGI – toimijuusjohtamisen hanke Eskoon kuntayhtymä. Loppuraportti.2020" },
      { title: "Henkilöstökysely toteutuksesta 2019 esitys" },
      { title: "Koonti toimijuustulokset" },
      { title: "Jyväskylän yo yhteenveto" },
    ]);
  });
});

describe("002 tsr-new: TSR 210445 Posio", () => {
  const r = parse("002_08ab75aeb8f49d52.txt");

  it("reads every scalar field and infers the region from the applicant", () => {
    expect(r).toMatchObject({
      format: "tsr-new",
      kind: "project",
      funder: "TSR",
      projectNumber: "210445",
      grantType: null,
      title: "Yhteisöllisyys ja yhteisöllinen johtaminen työhyvinvointia parantamassa Posion kunnassa",
      applicant: "Posion kunta",
      applicantBusinessId: null,
      implementer: "Rovaniemen Koulutuskuntayhtymä",
      contactPerson: "Päivi Tuppurainen",
      contactEmail: "paivi.tuppurainen@posio.fi",
      contactPhone: null,
      responsiblePerson: "Päivi Tuppurainen",
      periodStart: "2022-03-01",
      periodEnd: "2023-11-30",
      estimatedCompletion: null,
      decisionDate: "2022-01-31",
      grantedEur: 17605,
      totalCostEur: 35210,
      resultsCompleted: "2024-04-16",
      status: null,
      ...NO_ESF,
      regions: ["Lappi"],
      warnings: [],
    });
  });

  it("reads sections, the press release and the material", () => {
    expect(r.sections.map((s) => s.heading)).toEqual([
      "Tiivistelmä",
      "Lähtökohdat",
      "Kohderyhmät",
      "Menetelmät",
      "Vaikuttavuus",
      "Uutuusarvo ja sovellettavuus",
    ]);
    expect(r.sections[4]!.body).toBe(
      "Hankkeen työpajoissa käytiin avoimesti keskustelua, jonka pohjalta luotiin uusia toimintamalleja " +
        "ja yhteisöllisiä käytäntöjä\nKehitettyjä toimintamalleja käyttöön ottamalla kunta muuttuu " +
        "yhä elinvoimaisemmaksi ja yhteisöllisemmäksi, mikä tuo vaikuttavuutta niin sisäiseen kuin " +
        "ulkoiseenkin asiakaspalvelukokemukseen, sekä resursseihin ja tulokseen.",
    );
    expect(r.pressReleases).toHaveLength(1);
    expect(r.pressReleases[0]).toMatchObject({
      title: "Yhteisöllisyys ja yhteisöllinen johtaminen työhyvinvointia parantamassa Posion kunnassa",
      date: "2024-04-16",
    });
    expect(r.pressReleases[0]!.body).toMatch(/^Elinvoimainen kunta kykenee.*asiakaslähtöisyyteen positiivisesti\.$/s);
    expect(r.materials).toEqual([
      {
        title:
          "Yhteisöllisyys ja yhteisöllinen johtaminen työhyvinvointia parantamassa Posion kunnassa. " +
          "Loppuraportti. 2024",
      },
    ]);
  });
});

describe("003 esr-eura: ESF S21565 SoteDialogit", () => {
  const r = parse("003_a6829f4d1648a1ef.txt");

  it("reads every scalar field", () => {
    expect(r).toMatchObject({
      format: "esr-eura",
      kind: "project",
      funder: "ESR",
      projectNumber: "S21565",
      grantType: null,
      title: "SoteDialogit muutoksessa - johtaminen, työhyvinvointi ja tuloksellisuus",
      applicant: "Tampereen korkeakoulusäätiö sr",
      applicantBusinessId: "2844561-8",
      implementer: null,
      contactPerson: "Sirpa Syvänen",
      contactEmail: "sirpa.syvanen@tuni.fi",
      contactPhone: "0401901315",
      responsiblePerson: "Sirpa Syvänen",
      periodStart: "2019-01-01",
      periodEnd: "2022-12-31",
      estimatedCompletion: null,
      decisionDate: null,
      grantedEur: 1365804,
      totalCostEur: 1707253,
      resultsCompleted: null,
      status: "Toiminta päättynyt",
      priorityAxis: "3. Työllisyys ja työvoiman liikkuvuus",
      specificObjective: "7.1. Tuottavuuden ja työhyvinvoinnin parantaminen",
      responsibleAuthority: "Sosiaali- ja terveysministeriö",
      euStateGrantedEur: 1365804,
      euStateRealizedEur: 1349178,
      publicPlannedEur: 1707253,
      publicRealizedEur: 1678719,
      warnings: [],
      materials: [],
      pressReleases: [],
    });
  });

  it("names the nine regions the project was carried out in", () => {
    expect([...r.regions].sort()).toEqual(
      [
        "Etelä-Pohjanmaa",
        "Kainuu",
        "Kanta-Häme",
        "Kymenlaakso",
        "Lappi",
        "Pirkanmaa",
        "Pohjois-Karjala",
        "Pohjois-Savo",
        "Uusimaa",
      ].sort(),
    );
  });

  it("keeps the narrative sections without their repeated titles", () => {
    expect(r.sections.map((s) => s.heading)).toEqual([
      "Suunnitelman mukainen tiivistelmä toteutuksesta",
      "Varsinaiset kohderyhmät",
      "Välilliset kohderyhmät",
      "Sukupuolten tasa-arvo",
      "Kestävä kehitys",
      "Loppuraportin tiivistelmä",
    ]);
    expect(r.sections[1]!.body).toMatch(/^1\) Ikäihmisille palveluita/);
    expect(r.sections[5]!.body).toMatch(/^SoteDialogit-hanke oli valtakunnallinhen.*hyvinvointialueille\.$/s);
  });

  it("reads pilots, participant tables, indicators and horizontal principles", () => {
    const { record } = parseSource(readFileSync(path.join(SEEDS, "003_a6829f4d1648a1ef.txt"), "utf8"), "003");
    expect(record.isNational).toBe(true);
    expect(record.pilots).toHaveLength(20);
    expect(record.pilots[1]).toMatchObject({
      number: 2,
      description: "Janakkalan kunnan kotihoidon kehittäminen",
      implementer: "Tampereen yliopisto",
      region: "Kanta-Häme",
    });
    expect(record.pilots[8]).toMatchObject({ number: 9, implementer: "SeAMK", region: "Etelä-Pohjanmaa" });
    expect(record.pilots[19]).toMatchObject({ number: 20, implementer: "Lapin AMK", region: null });
    expect(record.participants.map((p) => [p.label, p.women, p.men, p.total])).toEqual([
      ["Valtakunnalliset ja maakuntien tilaisuudet, tapahtumat", 250, 50, 300],
      ["Muut tapahtumat, kampanjat", 100, 100, 200],
      ["Some, teknologiavälitteiset kohtaamiset", 1000, 500, 1500],
      ["Talentian pajat ja kohtaamiset, tilaisuudet, viestintä", 200, 50, 250],
      ["Yhteensä", 2119, 768, 2887],
    ]);
    expect(record.indicators.map((i) => [i.label, i.planned, i.realised])).toEqual([
      ["Osallistuvien yritysten lukumäärä", 4, 3],
      ["Osallistuvien henkilöiden lukumäärä", 637, null],
    ]);
    expect(record.principles.find((p) => p.label === "Hyvinvoinnin edistäminen")).toMatchObject({
      direct: 4,
      indirect: 3,
      category: "Sosiaalinen ja kulttuurinen kestävyys sekä yhdenvertaisuus",
    });
    expect(record.principles.find((p) => p.label.startsWith("Hankkeen päätavoite"))).toMatchObject({ answer: "Ei" });
    expect(record.organizations[0]).toMatchObject({
      role: "APPLICANT",
      type: "Yliopisto",
      streetAddress: "Kalevantie 4",
      postalCode: "33014",
      phone: "02945211",
      website: "http://www.tuni.fi",
    });
  });
});

describe("004 document: Helsinki presentation", () => {
  const r = parse("004_8f85dc0e186214e4.txt");

  it("reads the head of the document", () => {
    expect(r).toMatchObject({
      format: "document",
      kind: "document",
      funder: null,
      projectNumber: null,
      title: "Johtamisen kehittäminen ja mittaaminen",
      author: "Tiina Mäki",
      authorTitle: "Hallintojohtaja",
      organization: "Helsingin kaupunki, sosiaali- ja terveystoimiala",
      documentDate: "2020-01-08",
      grantedEur: null,
      totalCostEur: null,
      periodStart: null,
      regions: ["Uusimaa"],
      warnings: [],
    });
  });

  it("splits the slides into sections under their headings", () => {
    const headings = r.sections.map((s) => s.heading);
    expect(headings).toContain("Lähtötilanne ja tausta soten johtamisen kehittämiseen 2014 - 2016");
    expect(headings).toContain("Johtamismittaukset 2017-2019");
    expect(headings).toContain("Kumppanuuspalvelut");
    expect(r.sections.find((s) => s.heading === "Johtamismittaukset 2017-2019")!.body).toContain("221 kappaletta");
    // The slide footer "Helsinki" is not content.
    expect(r.sections.every((s) => s.heading !== "Helsinki")).toBe(true);
  });
});

describe("the contract's shape", () => {
  it("has exactly the contract's keys, documents four more", () => {
    const project = parse("001_625c14d06993bb65.txt");
    const document = parse("004_8f85dc0e186214e4.txt");
    const keys = (
      "sourceFile format kind funder projectNumber grantType title applicant applicantBusinessId implementer " +
      "contactPerson contactEmail contactPhone responsiblePerson periodStart periodEnd estimatedCompletion " +
      "decisionDate grantedEur totalCostEur resultsCompleted status priorityAxis specificObjective " +
      "responsibleAuthority euStateGrantedEur euStateRealizedEur publicPlannedEur publicRealizedEur " +
      "regions sections materials pressReleases warnings"
    ).split(" ");
    expect(Object.keys(project)).toEqual(keys);
    expect(Object.keys(document)).toEqual([...keys, "author", "authorTitle", "organization", "documentDate"]);
  });
});
