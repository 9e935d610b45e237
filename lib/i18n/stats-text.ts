/**
 * The dashboard's words in Finnish and English: titles, the sentences that state each chart's
 * finding, column headers and the filter form. Numbers keep their Finnish formats in both (see
 * dictionary.ts); region, theme and organisation names are the records' own.
 */
import type { Locale } from "./dictionary";

const fi = {
  title: "Tilastot",
  funderTitle: (name: string) => `Tilastot: ${name}`,
  intro:
    "Mihin rahat menivät. Jokainen kuva noudattaa samoja rajauksia kuin haku; kuvan palkkia tai maakuntaa " +
    "napsauttamalla rajaat tilastoja, ja taulukon riviltä pääset suoraan vastaaviin hankkeisiin.",
  invalid: "Rajaus ei kelpaa",
  showAll: "Näytä kaikki",
  keyFigures: "Avainluvut",
  figures: {
    projects: "Hankkeita",
    granted: "Myönnetty yhteensä",
    totalCost: "Kokonaiskustannukset",
    share: "Rahoittajan osuus kustannuksista",
    average: "Keskimääräinen avustus",
    median: "Mediaaniavustus",
    running: "Käynnissä nyt",
  },
  showProjects: (n: string) => `Näytä nämä ${n} hanketta hakusivulla →`,
  charts: "Kuvat",
  ganttNav: "Aikajanan vuosi",
  filters: {
    form: "Tilastojen rajaukset",
    q: "Hakusanat",
    funder: "Rahoittaja",
    yearFrom: "Alkanut vuodesta",
    yearTo: "Alkanut vuoteen",
    minGranted: "Myönnetty vähintään (€)",
    maxGranted: "Myönnetty enintään (€)",
    region: "Maakunta",
    theme: "Teema",
    organizationType: "Organisaatiotyyppi",
    grantType: "Avustuslaji",
    all: "Kaikki",
    submit: "Päivitä tilastot",
    clear: "Tyhjennä rajaukset",
  },
  figure: { showTable: "Näytä tiedot taulukkona", download: "Lataa:", nothing: "Ei piirrettävää." },
  map: { inferredNote: "* osa maakunnista päätelty", national: "Valtakunnallinen" },
  tileLabel: (name: string, amount: string, n: string, inferred: number) =>
    `${name}: ${amount}, ${n} hanketta${inferred ? `, joista ${inferred} päätelty` : ""}`,
  unknown: "Ei tiedossa",
  columns: {
    year: "Vuosi",
    total: "Yhteensä",
    projects: "Hankkeita",
    granted: "Myönnetty",
    region: "Maakunta",
    inferred: "Joista maakunta päätelty",
    theme: "Teema",
    organizationType: "Organisaatiotyyppi",
    applicant: "Hakija",
    project: "Hanke",
    funder: "Rahoittaja",
    started: "Alkoi",
    ended: "Päättyi",
    funding: "Rahoitus",
    planned: "Suunniteltu",
    realized: "Toteutunut",
    group: "Rahoittaja ja avustuslaji",
    ratio: "Kustannus / myönnetty €",
    totalCost: "Kokonaiskustannus",
  },
  esfRows: { public: "Julkinen rahoitus", euState: "EU- ja valtion rahoitus" },
  noGrantType: "tyyppi ei tiedossa",
  titles: {
    vuodet: "Myönnetyt eurot päätösvuosittain",
    hankemaarat: "Hankkeiden määrä päätösvuosittain",
    maakunnat: "Myönnetyt eurot maakunnittain",
    teemat: "Myönnetyt eurot teemoittain",
    organisaatiotyypit: "Myönnetyt eurot organisaatiotyypeittäin",
    hakijat: (n: number) => `Eniten rahoitusta saaneet hakijat (${n} suurinta)`,
    aikajana: (year: number | null) =>
      year ? `Vuonna ${year} käynnissä olleet hankkeet` : "Käynnissä olleet hankkeet",
    esr: "ESR: suunniteltu ja toteutunut rahoitus",
    vipu: "Vipuvaikutus: kokonaiskustannus myönnettyä euroa kohden",
  },
  captions: {
    bestYear: (year: string, amount: string) => `Eniten rahoitusta myönnettiin vuonna ${year}: ${amount}.`,
    missingYear: (n: string) => ` ${n} hankkeelta puuttuu vuosi, eikä niitä ole kuvassa.`,
    noYears: "Valinnoilla ei löytynyt hankkeita, joilla on päätös- tai alkamisvuosi.",
    mostProjects: (year: string, n: string) => `Eniten hankkeita rahoitettiin vuonna ${year}: ${n}.`,
    noProjects: "Valinnoilla ei löytynyt hankkeita.",
    top: (label: string, amount: string, share: string) =>
      `Eniten sai ${label}: ${amount} (${share} kaikesta myönnetystä).`,
    noTop: "Valinnoilla ei löytynyt hankkeita, joilla tämä tieto on.",
    regionRule:
      " Valtakunnalliset hankkeet lasketaan kerran omana ryhmänään; " +
      "usean maakunnan hanke lasketaan jokaiseen maakuntaansa.",
    inferred: (n: string) => ` ${n} maakuntatietoa on päätelty hakijan osoitteesta.`,
    themeRule: " Hanke lasketaan jokaiseen teemaansa.",
    typeRule: " Hanke lasketaan jokaiseen osapuoltensa tyyppiin.",
    topApplicant: (label: string, amount: string, n: string) =>
      `Eniten rahoitusta sai ${label}: ${amount} ${n} hankkeelle.`,
    noApplicants: "Valinnoilla ei löytynyt hakijoita.",
    running: (year: number, n: string, shown: number | null) =>
      `Vuonna ${year} oli käynnissä ${n} hanketta` +
      `${shown !== null ? `; kuvassa ${shown} eniten rahoitusta saanutta` : ""}.`,
    noSchedules: "Valituilla hankkeilla ei ole aikatauluja.",
    esf: (n: string, share: string, realized: string, planned: string) =>
      `${n} ESR-hankkeen julkisesta rahoituksesta toteutui ${share} suunnitellusta (${realized} / ${planned}).`,
    noEsf: "Valinnoissa ei ole hankkeita, joilla on ESR-rahoitustiedot.",
    leverage: (label: string, ratio: string) =>
      `Suurin vipu on ryhmällä ${label}: jokaista myönnettyä euroa kohden hankkeet maksoivat ${ratio} €. ` +
      "Mukana hankkeet, joilta tiedetään molemmat summat.",
    noLeverage: "Valinnoissa ei ole hankkeita, joilta tiedetään sekä myönnetty summa että kokonaiskustannus.",
  },
};

export type StatsText = typeof fi;

const en: StatsText = {
  title: "Statistics",
  funderTitle: (name) => `Statistics: ${name}`,
  intro:
    "Where the money went. Every chart follows the same filters as the search; click a bar or a region to narrow " +
    "the statistics, and a table row to go straight to its projects.",
  invalid: "Invalid filter",
  showAll: "Show everything",
  keyFigures: "Key figures",
  figures: {
    projects: "Projects",
    granted: "Granted in total",
    totalCost: "Total costs",
    share: "Funders' share of costs",
    average: "Average grant",
    median: "Median grant",
    running: "Running now",
  },
  showProjects: (n) => `Show these ${n} projects on the search page →`,
  charts: "Charts",
  ganttNav: "Timeline year",
  filters: {
    form: "Statistics filters",
    q: "Search words",
    funder: "Funder",
    yearFrom: "Started from",
    yearTo: "Started until",
    minGranted: "Granted at least (€)",
    maxGranted: "Granted at most (€)",
    region: "Region",
    theme: "Theme",
    organizationType: "Organisation type",
    grantType: "Grant type",
    all: "All",
    submit: "Update statistics",
    clear: "Clear filters",
  },
  figure: { showTable: "Show the data as a table", download: "Download:", nothing: "Nothing to draw." },
  map: { inferredNote: "* some regions inferred", national: "Nation-wide" },
  tileLabel: (name, amount, n, inferred) =>
    `${name}: ${amount}, ${n} projects${inferred ? `, ${inferred} of them inferred` : ""}`,
  unknown: "Not known",
  columns: {
    year: "Year",
    total: "Total",
    projects: "Projects",
    granted: "Granted",
    region: "Region",
    inferred: "Of which region inferred",
    theme: "Theme",
    organizationType: "Organisation type",
    applicant: "Applicant",
    project: "Project",
    funder: "Funder",
    started: "Started",
    ended: "Ended",
    funding: "Funding",
    planned: "Planned",
    realized: "Realised",
    group: "Funder and grant type",
    ratio: "Cost / granted €",
    totalCost: "Total cost",
  },
  esfRows: { public: "Public funding", euState: "EU and state funding" },
  noGrantType: "type not known",
  titles: {
    vuodet: "Granted euros by decision year",
    hankemaarat: "Number of projects by decision year",
    maakunnat: "Granted euros by region",
    teemat: "Granted euros by theme",
    organisaatiotyypit: "Granted euros by organisation type",
    hakijat: (n) => `Applicants granted the most (top ${n})`,
    aikajana: (year) => (year ? `Projects running in ${year}` : "Running projects"),
    esr: "ESF: planned and realised funding",
    vipu: "Leverage: total cost per granted euro",
  },
  captions: {
    bestYear: (year, amount) => `The most was granted in ${year}: ${amount}.`,
    missingYear: (n) => ` ${n} projects have no year and are not drawn.`,
    noYears: "No projects with a decision or start year match the filters.",
    mostProjects: (year, n) => `The most projects were funded in ${year}: ${n}.`,
    noProjects: "No projects match the filters.",
    top: (label, amount, share) => `${label} received the most: ${amount} (${share} of all granted).`,
    noTop: "No projects with this information match the filters.",
    regionRule: " Nation-wide projects count once, as their own group; a project in several regions counts in each.",
    inferred: (n) => ` ${n} region assignments are inferred from the applicant's address.`,
    themeRule: " A project counts under each of its themes.",
    typeRule: " A project counts under the type of each of its parties.",
    topApplicant: (label, amount, n) => `${label} received the most: ${amount} for ${n} projects.`,
    noApplicants: "No applicants match the filters.",
    running: (year, n, shown) =>
      `${n} projects were running in ${year}` +
      `${shown !== null ? `; the ${shown} with the largest grants are drawn` : ""}.`,
    noSchedules: "The selected projects have no schedules.",
    esf: (n, share, realized, planned) =>
      `Of the public funding of ${n} ESF projects, ${share} of the planned was realised (${realized} / ${planned}).`,
    noEsf: "No projects with ESF funding figures match the filters.",
    leverage: (label, ratio) =>
      `The largest leverage is in ${label}: every granted euro went with ${ratio} € of total cost. ` +
      "Projects that state both amounts only.",
    noLeverage: "No projects that state both the grant and the total cost match the filters.",
  },
};

export const STATS_TEXT: Record<Locale, StatsText> = { fi, en };
