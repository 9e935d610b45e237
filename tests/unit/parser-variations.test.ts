/**
 * Real pages vary: other grant types, labels glued to values, missing or reordered sections,
 * texts cut mid-sentence. These texts are written after the formats, not copied from the seeds.
 */
import { describe, expect, it } from "vitest";
import { parseSource } from "../../lib/ingest/parse";

const parse = (text: string) => parseSource(text, "test.txt").record;

describe("tsr-old variations", () => {
  it("reads another grant type and a facts block without press release or materials", () => {
    const r = parse(`117321 Tutkimus

Digitaalinen kuormitus asiantuntijatyössä

Hankkeessa tutkitaan, miten jatkuva tavoitettavuus vaikuttaa asiantuntijoiden palautumiseen.

Hanketiedot

 • HakijaJyväskylän yliopisto
 • ToteuttajaJyväskylän yliopisto, psykologian laitos
 • Lisätietoja
 • Anna Virtanen, professori, puh. 040 123 4567, anna.virtanen(at)jyu.fi
 • Toteutusaika
 • 1.1.2018–31.12.2020
 • Työsuojelurahaston päätös 12.12.2017, 245 000 euroa
 • Kokonaiskustannukset
 • 490 000 euroa
`);
    expect(r).toMatchObject({
      format: "tsr-old",
      projectNumber: "117321",
      grantType: "Tutkimus",
      title: "Digitaalinen kuormitus asiantuntijatyössä",
      applicant: "Jyväskylän yliopisto",
      implementer: "Jyväskylän yliopisto, psykologian laitos",
      contactPerson: "Anna Virtanen",
      contactEmail: "anna.virtanen@jyu.fi",
      contactPhone: "040 123 4567",
      periodStart: "2018-01-01",
      periodEnd: "2020-12-31",
      decisionDate: "2017-12-12",
      grantedEur: 245000,
      totalCostEur: 490000,
      responsiblePerson: null,
      estimatedCompletion: null,
      resultsCompleted: null,
    });
    expect(r.regions).toEqual([{ name: "Keski-Suomi", inferred: true, basis: "kunta: Jyväskylä (hakija)" }]);
    expect(r.sections.map((s) => s.heading)).toEqual(["Tiivistelmä"]);
    expect(r.pressReleases).toEqual([]);
  });

  it("reads values glued to their labels, digits included", () => {
    const r = parse(`114210 Väitöskirjastipendi

Esimiestyön oikeudenmukaisuus

Hanketiedot

 • HakijaTampereen yliopisto
 • Toteutusaika1.9.2015 - 31.8.2017
 • Kokonaiskustannukset45 000 euroa
 • Tulokset valmistuneet 3.3.2018
`);
    expect(r).toMatchObject({
      grantType: "Väitöskirjastipendi",
      applicant: "Tampereen yliopisto",
      periodStart: "2015-09-01",
      periodEnd: "2017-08-31",
      totalCostEur: 45000,
      resultsCompleted: "2018-03-03",
      grantedEur: null,
    });
  });

  it("keeps what it has of a text cut mid-block and invents nothing", () => {
    const r = parse(`109999 Kehittämisavustus

Työkyvyn tuki kunnassa

Hanketiedot

 • HakijaPorin kaupunki
 • Työsuojelurahaston päätös
 • 25.2.2009
 • Kokonaiskustann`);
    expect(r).toMatchObject({
      projectNumber: "109999",
      applicant: "Porin kaupunki",
      decisionDate: "2009-02-25",
      grantedEur: null,
      totalCostEur: null,
      periodStart: null,
    });
  });

  it("reads the facts even when the Hanketiedot heading is missing", () => {
    const r = parse(`105555 Kehittämisavustus

Ikäjohtaminen tehtaalla

 • HakijaEsimerkki Oy
 • Kokonaiskustannukset
 • 20 000 euroa
`);
    expect(r).toMatchObject({ applicant: "Esimerkki Oy", totalCostEur: 20000 });
    expect(r.warnings).toEqual([]);
  });
});

describe("tsr-new variations", () => {
  it("reads labels with colons, reordered sections and a missing press release", () => {
    const r = parse(`Palautuminen vuorotyössä

Hanketiedot

Hankenumero: 200145

Hakija
Satakunnan sairaanhoitopiiri

Toteuttaja
Työterveyslaitos
Satakunnan ammattikorkeakoulu

Lisätietoja
Ville Esimerkki / ville.esimerkki@satshp.fi / 044 555 1234

Toteutusaika
1.2.2021–31.1.2023

Työsuojelurahaston päätös
15.1.2021
120 500 euroa

Aineisto

Loppuraportti 2023. Avaa

Tiivistelmä

Vuorotyön kuormitusta vähennetään työvuorosuunnittelulla.
`);
    expect(r).toMatchObject({
      format: "tsr-new",
      projectNumber: "200145",
      title: "Palautuminen vuorotyössä",
      applicant: "Satakunnan sairaanhoitopiiri",
      implementer: "Työterveyslaitos; Satakunnan ammattikorkeakoulu",
      contactPerson: "Ville Esimerkki",
      contactEmail: "ville.esimerkki@satshp.fi",
      contactPhone: "044 555 1234",
      periodStart: "2021-02-01",
      periodEnd: "2023-01-31",
      decisionDate: "2021-01-15",
      grantedEur: 120500,
      totalCostEur: null,
      resultsCompleted: null,
    });
    expect(r.regions).toEqual([{ name: "Satakunta", inferred: true, basis: "maakunta: Satakunta (hakija)" }]);
    expect(r.materials).toEqual([{ title: "Loppuraportti 2023", line: 26, lineEnd: 26 }]);
    expect(r.sections.map((s) => s.heading)).toEqual(["Tiivistelmä"]);
  });

  it("warns about a date it cannot read instead of guessing", () => {
    const r = parse(`Hanke

Hanketiedot

Hankenumero
190001

Toteutusaika
syksy 2019 - kevät 2020

Työsuojelurahaston päätös
31.2.2019
`);
    expect(r.periodStart).toBeNull();
    expect(r.decisionDate).toBeNull();
    expect(r.warnings.some((w) => /^line 8: could not read a period/.test(w))).toBe(true);
    expect(r.warnings.some((w) => /^line 11: could not read the decision/.test(w))).toBe(true);
  });
});

describe("esr-eura variations", () => {
  it("reads a regional project with its region list and money with cents", () => {
    const r = parse(`Euroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus

1 Hanke

Hankekoodi: S20999

Hankkeen nimi: Hyvinvoiva työyhteisö

Suunnitelman mukainen toteutusaika: Alkaa 1.3.2018 ja päättyy 28.2.2021

2 Hakijan perustiedot

Hakijan virallinen nimi: Oulun kaupunki

Y-tunnus: 0187690-1

Postinumero: 90015

Hankkeen yhteyshenkilön nimi: Maija Meikäläinen

Yhteyshenkilön sähköpostiosoite: maija.meikalainen(at)ouka.fi

5 Projektin julkinen rahoitus, euroa

Myönnetty EU- ja valtion rahoitus: 250 000,00

Suunniteltu julkinen rahoitus yhteensä: 312 500

6 Maantieteellinen kohdealue

Maakunnat: Pohjois-Pohjanmaa, Kainuu
`);
    expect(r).toMatchObject({
      format: "esr-eura",
      projectNumber: "S20999",
      title: "Hyvinvoiva työyhteisö",
      periodStart: "2018-03-01",
      periodEnd: "2021-02-28",
      applicant: "Oulun kaupunki",
      applicantBusinessId: "0187690-1",
      contactEmail: "maija.meikalainen@ouka.fi",
      grantedEur: 250000,
      totalCostEur: 312500,
      euStateRealizedEur: null,
      status: null,
      isNational: false,
    });
    expect(r.regions.map((x) => x.name)).toEqual(["Pohjois-Pohjanmaa", "Kainuu"]);
    expect(r.regions.every((x) => !x.inferred)).toBe(true);
  });

  it("flags a business id whose check digit is wrong", () => {
    const r = parse(`Hankekoodi: S1\n\nHankkeen nimi: X\n\nY-tunnus: 2844561-7\n`);
    expect(r.warnings).toContain("line 5: business id 2844561-7 fails its checksum");
  });
});

describe("format detection", () => {
  it("tells unknown text apart", () => {
    expect(parse("Kauppalista\nmaito\nleipä").format).toBe("unknown");
    expect(parse("").format).toBe("unknown");
    expect(parse("2020 oli hyvä vuosi\n\nkyllä").format).toBe("unknown");
  });
});

describe("more variations", () => {
  it("reads themes under Aiheluokitus", () => {
    const r = parse(
      `109161 Kehittämisavustus\n\nHanke\n\nHanketiedot\n\n • HakijaOulun kaupunki\n\n` +
        `Aiheluokitus\n\nJohtaminen\nTyöhyvinvointi, Kunta-ala\n`,
    );
    expect(r.themes).toEqual(["Johtaminen", "Työhyvinvointi", "Kunta-ala"]);
  });

  it("does not take the contact's title for the contact's name when the name is missing", () => {
    const r = parse(
      `Hankekoodi: S1\n\nHankkeen nimi: X\n\nYhteyshenkilön asema hakijaorganisaatiossa: Projektipäällikkö\n`,
    );
    expect(r.contactPerson).toBeNull();
  });

  it("reads a document whose author and title share a line", () => {
    const r = parse(
      `Työkyvyn johtaminen kunnassa\n\nMatti Meikäläinen, henkilöstöjohtaja\n\nEsimerkkilän kaupunki\n\n` +
        `12.3.2021\n\nTausta\n\n- Sairauspoissaolot kasvoivat vuosina 2018-2020 ja niihin haluttiin puuttua ajoissa.\n`,
    );
    expect(r).toMatchObject({
      format: "document",
      author: "Matti Meikäläinen",
      authorTitle: "henkilöstöjohtaja",
      organization: "Esimerkkilän kaupunki",
      documentDate: "2021-03-12",
    });
    expect(r.sections.map((s) => s.heading)).toEqual(["Tausta"]);
  });
});

describe("regressions found by the property tests", () => {
  it("ends when a text stops right after a 'Toimittaja' label", () => {
    const text =
      "]Q2\n51 729 077 euroa\n12.6.1996\n89 374 964 euroa\n10.1.2087\n31 426 690 euroa\n10.7.2049\nToimittaja";
    const r = parseSource(text, "x.txt", "tsr-old").record;
    expect(r.pressReleases.length).toBeGreaterThan(0);
  });
});
