import { allMunicipalities, type MunicipalityInfo, municipalityByPostalCode } from "./municipalities";
import { REGIONS, regionOfHeading } from "./regions";

/**
 * Infers where an organisation is from its name, the way a Finnish reader does: "Vantaan
 * kaupunki" is the city of Vantaa, "Posion kunta" Posio, "Lapin AMK" the region of Lappi.
 * Organisation names put the place in the genitive, and Finnish genitives change the stem
 * (consonant gradation: Helsinki → Helsingin, Lahti → Lahden, Seinäjoki → Seinäjoen), so we
 * generate every plausible genitive of every municipality and look names' words up in that table.
 */

// Weak grades of the consonants that alternate before the last vowel (strong → weak).
const GRADATIONS: Array<[RegExp, string]> = [
  [/kk([aeiouyäö])$/, "k$1"],
  [/pp([aeiouyäö])$/, "p$1"],
  [/tt([aeiouyäö])$/, "t$1"],
  [/nk([aeiouyäö])$/, "ng$1"],
  [/mp([aeiouyäö])$/, "mm$1"],
  [/nt([aeiouyäö])$/, "nn$1"],
  [/lt([aeiouyäö])$/, "ll$1"],
  [/rt([aeiouyäö])$/, "rr$1"],
  [/ht([aeiouyäö])$/, "hd$1"],
  [/rk([aeiouyäö])$/, "r$1"],
  [/lk([aeiouyäö])$/, "l$1"],
  [/([aeiouyäö])k([aeiouyäö])$/, "$1$2"],
  [/([aeiouyäöhl])t([aeiouyäö])$/, "$1d$2"],
  [/([aeiouyäö])p([aeiouyäö])$/, "$1v$2"],
];

/** Irregular genitives no rule above produces. */
const EXCEPTIONS: Record<string, string[]> = {
  Uusikaupunki: ["Uudenkaupungin"],
  Kristiinankaupunki: ["Kristiinankaupungin"],
};

function stems(name: string): string[] {
  const out = new Set<string>([name]);
  if (/nen$/.test(name)) {
    out.add(name.replace(/nen$/, "se")); // Joroinen → Joroise-
    out.add(name.replace(/nen$/, "ste")); // Kauniainen → Kauniaiste- (plural-like genitive of place names)
  }
  if (/si$/.test(name)) out.add(name.replace(/si$/, "de")); // Orivesi → Orivede-
  if (/[uy]s$/.test(name)) out.add(name.replace(/s$/, "de")); // Varkaus → Varkaude-
  if (/s$/.test(name)) out.add(`${name.slice(0, -1)}kse`); // Kannus → Kannukse-, Muhos → Muhokse-
  if (/i$/.test(name)) out.add(name.replace(/i$/, "e")); // Rovaniemi → Rovanieme-
  if (/e$/.test(name)) out.add(`${name}e`); // Tampere → Tamperee-
  return [...out];
}

/** Every plausible genitive of a municipality name. */
export function genitiveCandidates(name: string): string[] {
  const out = new Set<string>(EXCEPTIONS[name] ?? []);
  for (const stem of stems(name)) {
    if (/s$/.test(stem)) continue; // a stem ending in s takes -kse-/-de- first (handled above)
    out.add(`${stem}n`);
    for (const [pattern, replacement] of GRADATIONS) {
      if (pattern.test(stem)) out.add(`${stem.replace(pattern, replacement)}n`);
    }
  }
  return [...out];
}

let genitiveTable: Map<string, MunicipalityInfo | null> | undefined;

function table(): Map<string, MunicipalityInfo | null> {
  if (genitiveTable) return genitiveTable;
  const t = new Map<string, MunicipalityInfo | null>();
  const add = (word: string, info: MunicipalityInfo, exact: boolean) => {
    const key = word.toLowerCase();
    const existing = t.get(key);
    // A word two municipalities could produce is ambiguous: drop it, unless one is exact.
    if (existing === undefined || exact) t.set(key, info);
    else if (existing && existing.code !== info.code) t.set(key, null);
  };
  for (const m of allMunicipalities()) for (const g of genitiveCandidates(m.name)) add(g, m, false);
  for (const m of allMunicipalities()) {
    add(m.name, m, true);
    add(`${m.name}n`, m, true);
  }
  genitiveTable = t;
  return t;
}

export interface InferredPlace {
  region: string;
  municipality?: string;
  basis: string;
}

/** The municipality (or region) an organisation name points at, from its capitalised words. */
export function inferPlaceFromName(organizationName: string): InferredPlace | null {
  const words = organizationName.split(/[\s,/()]+/).filter((w) => /^\p{Lu}/u.test(w));
  for (const word of words) {
    const municipality = table().get(word.toLowerCase());
    if (municipality)
      return { region: municipality.region, municipality: municipality.name, basis: `kunta: ${municipality.name}` };
    const region = regionOfHeading(word);
    if (region) return { region, basis: `maakunta: ${region}` };
  }
  return null;
}

export function inferPlaceFromPostalCode(postalCode: string): InferredPlace | null {
  const m = municipalityByPostalCode(postalCode);
  return m ? { region: m.region, municipality: m.name, basis: `postinumero ${postalCode}: ${m.name}` } : null;
}

export { REGIONS };
