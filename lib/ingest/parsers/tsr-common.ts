/**
 * What the two TSR page layouts share: the "Hanketiedot" facts (labels and how to read their
 * values), contacts, materials and the headings of the narrative sections.
 */
import {
  contentLines,
  headingKey,
  isBlank,
  joinBody,
  type LabelledValue,
  type Line,
  readLabelledBlock,
  spanOf,
  stripBullet,
} from "../lines";
import {
  cleanValue,
  findPhone,
  nonEmpty,
  normalizeEmail,
  parseDate,
  parseDateRange,
  parseMoney,
  parseSizeKb,
} from "../normalize";
import { type ParsedMaterial, type ParsedRecord, setField } from "../types";
import { readBusinessId, readDate, readMoney } from "./fields";

/** Facts labels as TSR prints them, each with its meaning. Variants seen on real pages included. */
export const FACT_LABELS = {
  projectNumber: ["Hankenumero", "Hankkeen numero", "Diaarinumero"],
  grantType: ["Avustuslaji", "Avustusmuoto", "Rahoitusmuoto", "Hanketyyppi"],
  applicant: ["Hakija", "Hakijaorganisaatio", "Avustuksen saaja"],
  businessId: ["Y-tunnus"],
  organizationType: ["Organisaatiotyyppi"],
  implementer: ["Toteuttaja", "Toteuttajat"],
  contact: ["Lisätietoja", "Yhteyshenkilö", "Lisätiedot"],
  responsible: ["Hankkeen vastuuhenkilö", "Vastuuhenkilö", "Vastuullinen johtaja"],
  period: ["Toteutusaika", "Hankkeen kesto", "Kesto"],
  estimatedCompletion: ["Arvioitu valmistumisaika", "Arvioitu valmistuminen"],
  decision: ["Työsuojelurahaston päätös", "TSR:n päätös", "Rahoituspäätös", "Päätös"],
  granted: ["Myönnetty avustus", "Myönnetty rahoitus", "Avustuksen määrä", "Avustus"],
  totalCost: ["Kokonaiskustannukset", "Kokonaiskustannusarvio", "Kustannusarvio"],
  resultsCompleted: ["Tulokset valmistuneet", "Tulokset valmistunut", "Loppuraportti valmistunut"],
  status: ["Toiminnan tila", "Hankkeen tila", "Tila"],
  themes: ["Aiheluokitus", "Asiasanat", "Avainsanat"],
} as const;

type FactKey = keyof typeof FACT_LABELS;
export const ALL_FACT_LABELS: string[] = Object.values(FACT_LABELS).flat();
const LABEL_TO_FACT = new Map<string, FactKey>(
  (Object.entries(FACT_LABELS) as Array<[FactKey, readonly string[]]>).flatMap(([key, labels]) =>
    labels.map((l) => [l, key] as [string, FactKey]),
  ),
);

/** Headings of narrative sections (a line on its own). */
export const NARRATIVE_HEADINGS = [
  "Tiivistelmä",
  "Lähtökohdat",
  "Kohderyhmät",
  "Kohderyhmä",
  "Menetelmät",
  "Vaikuttavuus",
  "Uutuusarvo ja sovellettavuus",
  "Tavoitteet",
  "Hankkeen tavoitteet",
  "Toteutus",
  "Tulokset",
  "Keskeiset tulokset",
  "Johtopäätökset",
  "Hankkeen kuvaus",
  "Kuvaus",
  "Loppuraportin tiivistelmä",
  "Toimenpiteet",
  "Yhteistyökumppanit",
  "Jatkotoimenpiteet",
  "Hyödyt",
];
export const MATERIAL_HEADINGS = ["Aineisto", "Aineistot", "Materiaalit", "Julkaisut", "Liitteet"];
export const THEME_HEADINGS = ["Aiheluokitus", "Asiasanat", "Avainsanat", "Teemat"];
export const PRESS_HEADINGS = ["Tiedote", "Tiedotteet", "Lehdistötiedote"];
export const FACTS_HEADINGS = ["Hanketiedot", "Hankkeen tiedot", "Perustiedot"];

const keys = (list: readonly string[]) => new Set(list.map((h) => headingKey(h)));
const NARRATIVE_KEYS = keys(NARRATIVE_HEADINGS);
const MATERIAL_KEYS = keys(MATERIAL_HEADINGS);
const THEME_KEYS = keys(THEME_HEADINGS);
const PRESS_KEYS = keys(PRESS_HEADINGS);
const FACTS_KEYS = keys(FACTS_HEADINGS);

export type HeadingKind = "narrative" | "materials" | "themes" | "press" | "facts";

export function headingKind(text: string): HeadingKind | null {
  const key = headingKey(text);
  if (NARRATIVE_KEYS.has(key)) return "narrative";
  if (MATERIAL_KEYS.has(key)) return "materials";
  if (THEME_KEYS.has(key)) return "themes";
  if (PRESS_KEYS.has(key)) return "press";
  if (FACTS_KEYS.has(key)) return "facts";
  return null;
}

/** The heading as printed, with any trailing colon dropped. */
export function headingText(text: string): string {
  return cleanValue(stripBullet(text)).replace(/:$/, "");
}

// ---------------------------------------------------------------------------------------------
// Reading the facts block
// ---------------------------------------------------------------------------------------------

function valueText(value: LabelledValue): string {
  return value.values.map((l) => l.text).join("\n");
}

function valueSpan(value: LabelledValue) {
  const nos = value.values.map((l) => l.no);
  return { line: nos[0] ?? value.labelLine, lineEnd: nos[nos.length - 1] ?? value.labelLine };
}

interface ContactParts {
  name: string | null;
  title: string | null;
  email: string | null;
  phone: string | null;
}

/**
 * A contact as TSR prints it: name, e-mail and phone on lines of their own, or run together
 * ("Vesanen Riitta-Maija / rmv@suomi24.fi", "Mervi Huttula, projektipäällikkö").
 */
export function readContact(text: string): ContactParts {
  const parts = text
    .split(/\n|\s+\/\s+|;|,/)
    .map((p) => p.trim())
    .filter(Boolean);
  let name: string | null = null;
  const titles: string[] = [];
  let email: string | null = null;
  let phone: string | null = null;
  for (const part of parts) {
    const partEmail = normalizeEmail(part);
    if (partEmail) {
      email ??= partEmail;
      continue;
    }
    // "puh. 09 123 4567" is a phone; "Päivi Tuppurainen" is not, however many digits follow.
    const withoutPrefix = part.replace(/^(puh|puhelin|p|tel|gsm|mobile)\.?:?\s*/i, "");
    const partPhone = /\p{L}{3,}/u.test(withoutPrefix) ? null : findPhone(withoutPrefix);
    if (partPhone) {
      phone ??= partPhone;
      continue;
    }
    if (name === null) name = nonEmpty(part);
    else titles.push(cleanValue(part));
  }
  return { name, title: titles.length ? titles.join(", ") : null, email, phone };
}

/** Applies the facts found in a block to the record. Returns the values it could not read. */
export function applyFacts(record: ParsedRecord, lines: Line[]): void {
  for (const value of readLabelledBlock(lines, ALL_FACT_LABELS)) {
    const fact = LABEL_TO_FACT.get(value.label)!;
    const text = valueText(value);
    const span = valueSpan(value);
    const where = `line ${value.labelLine}`;
    if (!text.trim()) {
      // An empty "Aiheluokitus" or "Lisätietoja" is normal; an empty money or date label is worth a note.
      if (["period", "decision", "totalCost", "granted", "projectNumber"].includes(fact)) {
        record.warnings.push(`${where}: "${value.label}" has no value`);
      }
      continue;
    }
    switch (fact) {
      case "projectNumber": {
        const number = text.match(/[A-Z]?\d{3,}[A-Z0-9-]*/)?.[0];
        if (number) setField(record, "projectNumber", number, span);
        else record.warnings.push(`${where}: could not read a project number from "${cleanValue(text)}"`);
        break;
      }
      case "grantType":
        setField(record, "grantType", cleanValue(text), span);
        break;
      case "applicant": {
        const name = nonEmpty(value.values[0]?.text);
        if (name) {
          setField(record, "applicant", name, { line: value.values[0]!.no, lineEnd: value.values[0]!.no });
          record.organizations.push({ name, role: "APPLICANT", line: value.values[0]!.no });
        }
        break;
      }
      case "businessId":
        readBusinessId(record, text, { line: value.labelLine, lineEnd: span.lineEnd });
        break;
      case "organizationType": {
        const applicant = record.organizations.find((o) => o.role === "APPLICANT");
        if (applicant) applicant.type = cleanValue(text);
        break;
      }
      case "implementer":
        applyImplementers(record, value.values);
        break;
      case "contact": {
        const contact = readContact(text);
        if (contact.name) {
          setField(record, "contactPerson", contact.name, span);
          record.people.push({
            name: contact.name,
            role: "CONTACT",
            email: contact.email ?? undefined,
            phone: contact.phone ?? undefined,
            title: contact.title ?? undefined,
            line: span.line,
          });
        }
        if (contact.email) setField(record, "contactEmail", contact.email, span);
        if (contact.phone) setField(record, "contactPhone", contact.phone, span);
        break;
      }
      case "responsible":
        applyResponsible(record, value.values);
        break;
      case "period": {
        const range = parseDateRange(text);
        if (!range) record.warnings.push(`${where}: could not read a period from "${cleanValue(text)}"`);
        else {
          if (range.start) setField(record, "periodStart", range.start, span);
          if (range.end) setField(record, "periodEnd", range.end, span);
        }
        break;
      }
      case "estimatedCompletion":
        readDate(record, "estimatedCompletion", text, span);
        break;
      case "decision": {
        // The decision line carries the date and, usually on the next line, the amount granted.
        const date = parseDate(text);
        const euros = parseMoney(text.replace(/\d{1,2}\s*\.\s*\d{1,2}\s*\.\s*\d{4}/g, " "));
        if (date) setField(record, "decisionDate", date, lineOf(value, (l) => parseDate(l) !== null) ?? span);
        if (euros !== null)
          setField(
            record,
            "grantedEur",
            euros,
            lineOf(
              value,
              (l) => /euro|€|eur\b/i.test(l) || parseMoney(l.replace(/\d{1,2}\.\d{1,2}\.\d{4}/g, " ")) !== null,
            ) ?? span,
          );
        if (!date && euros === null)
          record.warnings.push(`${where}: could not read the decision from "${cleanValue(text)}"`);
        break;
      }
      case "granted":
        readMoney(record, "grantedEur", text, span);
        break;
      case "totalCost":
        readMoney(record, "totalCostEur", text, span);
        break;
      case "resultsCompleted":
        readDate(record, "resultsCompleted", text, span);
        break;
      case "status":
        setField(record, "status", cleanValue(text), span);
        break;
      case "themes": {
        const themes = readThemes(value.values);
        if (themes.length) {
          record.themes.push(...themes);
          record.provenance.themes ??= span;
        }
        break;
      }
    }
  }
}

function lineOf(value: LabelledValue, test: (text: string) => boolean) {
  const line = value.values.find((l) => test(l.text));
  return line ? { line: line.no, lineEnd: line.no } : null;
}

function applyImplementers(record: ParsedRecord, values: Line[]): void {
  const names: string[] = [];
  for (const line of values) {
    // "Vesanen Riitta-Maija / rmv@suomi24.fi": a person as implementer, with an e-mail.
    const email = normalizeEmail(line.text);
    const name = nonEmpty(line.text.split(/\s+\/\s+|\s*\/\s*(?=\S+@)/)[0]?.replace(/\S+@\S+/, ""));
    if (!name) continue;
    names.push(name);
    record.organizations.push({ name, role: "IMPLEMENTER", email: email ?? undefined, line: line.no });
  }
  if (names.length) {
    setField(record, "implementer", names.join("; "), { line: values[0]!.no, lineEnd: values[values.length - 1]!.no });
  }
}

export function applyResponsible(record: ParsedRecord, values: Line[]): void {
  const first = values.find((l) => !isBlank(l));
  if (!first) return;
  const contact = readContact(values.map((l) => l.text).join("\n"));
  if (!contact.name) return;
  const span = { line: first.no, lineEnd: values[values.length - 1]!.no };
  setField(record, "responsiblePerson", contact.name, span);
  record.people.push({
    name: contact.name,
    role: "RESPONSIBLE",
    email: contact.email ?? undefined,
    phone: contact.phone ?? undefined,
    title: contact.title ?? undefined,
    line: first.no,
  });
}

// ---------------------------------------------------------------------------------------------
// Materials
// ---------------------------------------------------------------------------------------------

const FILE_LINE = /^(.*?\.(?:pdf|docx?|pptx?|xlsx?|odt|odp|ods|rtf|txt|zip|mp4|mp3|jpe?g|png))\s*(\([^)]*\))?\s*$/i;

/** `raportti.pdf (84.7 kt)` → file name and size. */
export function readFileLine(text: string): { file: string; sizeKb?: number } | null {
  const match = stripBullet(text).trim().match(FILE_LINE);
  if (!match) return null;
  const sizeKb = match[2] ? parseSizeKb(match[2]) : null;
  return { file: match[1]!.trim(), ...(sizeKb !== null ? { sizeKb } : {}) };
}

/** Lines under "Aineisto": `Title. Avaa` items, file lines, or plain titles. */
export function readMaterials(lines: Line[]): ParsedMaterial[] {
  const items: ParsedMaterial[] = [];
  let pendingTitle: Line | null = null;
  for (const line of contentLines(lines)) {
    const file = readFileLine(line.text);
    if (file) {
      const title = pendingTitle ? materialTitle(pendingTitle.text) : file.file;
      items.push({ title, ...file, line: pendingTitle?.no ?? line.no, lineEnd: line.no });
      pendingTitle = null;
      continue;
    }
    if (pendingTitle)
      items.push({ title: materialTitle(pendingTitle.text), line: pendingTitle.no, lineEnd: pendingTitle.no });
    pendingTitle = line;
    // "… Avaa" marks a link to the file: the item is complete on this line.
    if (/\s*\bAvaa\s*$/i.test(line.text)) {
      items.push({ title: materialTitle(line.text), line: line.no, lineEnd: line.no });
      pendingTitle = null;
    }
  }
  if (pendingTitle)
    items.push({ title: materialTitle(pendingTitle.text), line: pendingTitle.no, lineEnd: pendingTitle.no });
  return items.filter((m) => m.title !== "");
}

export function materialTitle(text: string): string {
  return cleanValue(stripBullet(text).replace(/\s*\bAvaa\s*$/i, "")).replace(/\.$/, "");
}

/** A narrative section from a heading line and its body lines. */
export function narrativeSection(heading: Line, body: Line[]) {
  const text = joinBody(body);
  if (!text) return null;
  const span = spanOf(body)!;
  return { heading: headingText(heading.text), body: text, line: heading.no, lineEnd: span.lineEnd };
}

/** Theme lines under "Aiheluokitus": one per line or comma separated. */
export function readThemes(lines: Line[]): string[] {
  return contentLines(lines)
    .flatMap((l) => stripBullet(l.text).split(/[,;]/))
    .map((t) => cleanValue(t))
    .filter((t) => t.length > 1 && t.length < 80);
}
