/**
 * Who an organisation name in a source text means, before any database is asked: the name to
 * show, the key it is recognised by, a business id written inside it, an acronym, and the
 * organisation it is a unit of. Pure, so the import preview, the store and the tests agree.
 *
 * - The business id (Y-tunnus) is the strongest key. An ESR page may write it into the
 *   applicant's name ("Työterveyslaitos, TTL, 0220266-9"): it is taken out, with the acronym, and
 *   the original kept as an alias. A unit's business id is its parent's (a faculty has none of its own).
 * - The name key ignores case, spacing, punctuation and legal forms (Oy, Oyj, ry, sr, …), so
 *   "Tampereen Yliopisto" and "Tampereen yliopisto" are one organisation, and so are
 *   "Tampereen korkeakoulusäätiö sr" and "Tampereen korkeakoulusäätiö".
 * - A department, faculty or unit named after its parent ("Helsingin yliopisto Sosiaalitieteiden
 *   laitos", "Vantaan kaupunki, Henkilöstökeskus", "Helsingin kaupungin terveyskeskus") is a unit
 *   of the parent: an institution whose name ends in a word such as yliopisto or kaupunki.
 */
import { isValidBusinessId } from "../domain/business-id";

export interface OrganizationIdentity {
  /** The name to show: the text's name without a business id or acronym written into it. */
  name: string;
  /** What the organisation is recognised by when no business id says more (`organizationKey`). */
  key: string;
  /** A checksum-valid business id, stated or found in the name; a unit's belongs to its parent. */
  businessId: string | null;
  /** An acronym written beside the name ("TTL"): an alias, never a key. */
  acronym: string | null;
  /** The text's name as written, when it differs from `name`. */
  original: string | null;
  /** The organisation this one is a unit of, when its name says so. */
  parent: { name: string; key: string; businessId: string | null } | null;
}

/** Legal forms and their spellings, dropped from the key (at the start or the end of a name). */
const LEGAL_FORMS = new Set([
  "oy",
  "oyj",
  "ab",
  "abp",
  "ltd",
  "oy ab",
  "ab oy",
  "ry",
  "r y",
  "rf",
  "r f",
  "sr",
  "s r",
  "rs",
  "ky",
  "tmi",
  "osk",
  "ay",
  "inc",
  "gmbh",
  "rekisteröity yhdistys",
  "registrerad förening",
]);
const LONGEST_LEGAL_FORM = 2; // words

/**
 * The key of a name: lower case, NFC, punctuation as spaces, one space between words, legal forms
 * at either end dropped. Letters are kept as they are (ä is not a).
 */
export function organizationKey(name: string): string {
  let words = name
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}&]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  for (let changed = true; changed && words.length > 1; ) {
    changed = false;
    for (let n = Math.min(LONGEST_LEGAL_FORM, words.length - 1); n >= 1; n--) {
      if (LEGAL_FORMS.has(words.slice(-n).join(" "))) {
        words = words.slice(0, -n);
        changed = true;
        break;
      }
      if (LEGAL_FORMS.has(words.slice(0, n).join(" "))) {
        words = words.slice(n);
        changed = true;
        break;
      }
    }
  }
  return words.join(" ");
}

/** A business id anywhere in a name, with a "Y-tunnus" label before it. */
const BUSINESS_ID_IN_NAME = /[\s,;/(]*(?:y-?tunnus\s*:?\s*)?(?<!\d)(\d{7}-\d)(?!\d)\)?/iu;
/** An acronym after a comma or in parentheses: two to eight capitals (digits and hyphens inside). */
const ACRONYM = /(?:,\s*|\s*\(\s*)(\p{Lu}[\p{Lu}\p{N}-]{1,7})\s*\)?\s*$/u;

/**
 * Institutions whose units carry the institution's name first: the word that ends the parent's
 * name (in a compound too: "Aalto-yliopisto"), and its genitive, in which a unit's name
 * usually starts ("Helsingin kaupungin terveyskeskus").
 */
const INSTITUTION_WORDS: Array<[nominative: string, genitive: string]> = [
  ["yliopisto", "yliopiston"],
  ["ammattikorkeakoulu", "ammattikorkeakoulun"],
  ["korkeakoulu", "korkeakoulun"],
  ["kaupunki", "kaupungin"],
  ["kunta", "kunnan"],
  ["hyvinvointialue", "hyvinvointialueen"],
  ["sairaanhoitopiiri", "sairaanhoitopiirin"],
  ["kuntayhtymä", "kuntayhtymän"],
  ["ministeriö", "ministeriön"],
];
/** Institutions named by one proper name, with their units after it ("Työterveyslaitos, Tampereen toimipiste"). */
const NAMED_INSTITUTIONS: Array<[nominative: string, genitive: string]> = [
  ["työterveyslaitos", "työterveyslaitoksen"],
  ["terveyden ja hyvinvoinnin laitos", "terveyden ja hyvinvoinnin laitoksen"],
  ["kansaneläkelaitos", "kansaneläkelaitoksen"],
];
/** What follows an institution's name without making it a unit: its legal form or kind ("…sairaanhoitopiirin kuntayhtymä"). */
const NOT_A_UNIT = new Set([...INSTITUTION_WORDS.map(([n]) => n), ...LEGAL_FORMS, "liikelaitos"]);

/**
 * The parent a unit's name starts with, as the parent would be written ("Helsingin yliopisto"),
 * and the unit's own part; null when the name is not a unit's.
 */
export function splitUnit(name: string): { parent: string; unit: string } | null {
  const words = name.split(/\s+/).filter(Boolean);
  // The parent is at least two words ("Helsingin yliopisto"), or a compound ("Aalto-yliopisto"),
  // or a named institution; what follows is the unit.
  for (let end = 1; end < words.length; end++) {
    const word = words[end - 1]!.replace(/[,:;/–-]+$/, "");
    const lower = word.toLowerCase();
    const head = lower.split("-").pop()!;
    let parentWord: string | null = null;
    const institution = INSTITUTION_WORDS.find(([n, g]) => head === n || head === g);
    const compound = lower.includes("-") && head !== lower;
    if (institution && (end >= 2 || compound)) {
      parentWord = head === institution[1] ? word.slice(0, word.length - institution[1].length) + institution[0] : word;
    } else {
      const phrase = words
        .slice(0, end)
        .join(" ")
        .replace(/[,:;/–-]+$/, "");
      const named = NAMED_INSTITUTIONS.find(([n, g]) => phrase.toLowerCase() === n || phrase.toLowerCase() === g);
      if (named)
        return unitAfter(words, end, phrase.toLowerCase() === named[0] ? phrase : capitalised(phrase, named[0]));
    }
    if (!parentWord) continue;
    const parent = [...words.slice(0, end - 1), parentWord].join(" ");
    return unitAfter(words, end, parent);
  }
  return null;
}

function unitAfter(words: string[], end: number, parent: string): { parent: string; unit: string } | null {
  const unit = words
    .slice(end)
    .join(" ")
    .replace(/^[\s,:;/–-]+/, "")
    .trim();
  if (!unit || NOT_A_UNIT.has(organizationKey(unit))) return null;
  // A unit's part names a unit: it has letters (a postal code or a number alone is not one).
  if (!/\p{L}{2}/u.test(unit)) return null;
  return { parent, unit };
}

/** A named institution's nominative with the text's first letter case ("Työterveyslaitoksen" → "Työterveyslaitos"). */
function capitalised(written: string, nominative: string): string {
  return written[0] === written[0]!.toUpperCase() ? nominative[0]!.toUpperCase() + nominative.slice(1) : nominative;
}

/**
 * Whether `acronym` abbreviates `name`: its letters stand in the name in order, the first one
 * first ("TTL": Työterveyslaitos, "TAMK": Tampereen ammattikorkeakoulu).
 */
function abbreviates(acronym: string, name: string): boolean {
  const letters = acronym.toLowerCase().replace(/[^\p{L}]/gu, "");
  const text = name.toLowerCase();
  if (!letters || text[0] !== letters[0]) return false;
  let at = 1;
  for (const letter of letters.slice(1)) {
    at = text.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return !LEGAL_FORMS.has(letters);
}

/** Who `rawName` (and a business id stated in its own field) means. */
export function identifyOrganization(rawName: string, statedBusinessId?: string | null): OrganizationIdentity {
  const written = rawName.replace(/\s+/g, " ").trim();
  let name = written;
  let businessId = statedBusinessId && isValidBusinessId(statedBusinessId) ? statedBusinessId : null;
  const inName = name.match(BUSINESS_ID_IN_NAME);
  if (inName && isValidBusinessId(inName[1]!)) {
    businessId ??= inName[1]!;
    name = (name.slice(0, inName.index) + name.slice(inName.index! + inName[0].length)).trim();
  }
  let acronym: string | null = null;
  const short = name.match(ACRONYM);
  // Only an abbreviation of the name before it: "Vantaan kaupunki, HR" names a unit, not the city.
  if (short && short.index! > 0 && abbreviates(short[1]!, name.slice(0, short.index))) {
    acronym = short[1]!;
    name = name.slice(0, short.index).trim();
  }
  name = name.replace(/[\s,;:/–-]+$/, "").trim() || written;
  const split = splitUnit(name);
  const parent = split ? { name: split.parent, key: organizationKey(split.parent), businessId } : null;
  return {
    name,
    key: organizationKey(name),
    // A unit has no business id of its own: the one its text gives is its parent's.
    businessId: parent ? null : businessId,
    acronym,
    original: written !== name ? written : null,
    parent,
  };
}
