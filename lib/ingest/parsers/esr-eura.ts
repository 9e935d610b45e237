/**
 * ESF project description from the EURA 2014 system: numbered sections ("2 Hakijan perustiedot"),
 * `Label: value` lines, pilot organisations grouped by implementer and region, participant
 * tables, planned/realised funding, horizontal principles with scores, final report summary.
 */

import { findRegionNames, regionOfHeading } from "../../regions/regions";
import { contentLines, headingKey, isBlank, joinBody, type Line, spanOf, toLines } from "../lines";
import { cleanValue, findPhone, nonEmpty, normalizeEmail, parseDateRange } from "../normalize";
import {
  emptyRecord,
  type ParsedIndicator,
  type ParsedParticipantFigure,
  type ParsedPilot,
  type ParsedPrinciple,
  type ParsedRecord,
  setField,
} from "../types";
import { readBusinessId, readMoney } from "./fields";

/** Top-level section titles of the EURA description, by the words they start with. */
const KNOWN_SECTIONS = [
  "hanke",
  "hakijan perustiedot",
  "suunnitelman mukainen tiivistelmä",
  "tiivistelmä",
  "hankkeen kohderyhmät",
  "varsinaiset kohderyhmät",
  "välilliset kohderyhmät",
  "projektin julkinen rahoitus",
  "hankkeen julkinen rahoitus",
  "maantieteellinen kohdealue",
  "hakemusvaiheessa ilmoitettavat arviot",
  "osallistuvien yritysten lukumäärä",
  "osallistuvien henkilöiden lukumäärä",
  "horisontaaliset periaatteet",
  "sukupuolten tasa-arvo",
  "kestävä kehitys",
  "loppuraportin tiivistelmä",
  "osatoteuttajat",
  "hankkeen tulokset",
  "toteutuneet toimenpiteet",
];

interface Section {
  number: string;
  title: string;
  heading: Line;
  lines: Line[];
}

const SECTION_LINE = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\S.*)$/;

function isKnownTitle(title: string): boolean {
  const key = headingKey(title);
  return KNOWN_SECTIONS.some((k) => key.startsWith(k));
}

/**
 * Splits the text at numbered headings. "3 Valtakunnalliset tilaisuudet" inside a participant
 * table is not a heading: a heading either has a known title, or continues the numbering and
 * stands alone between blank lines.
 */
function splitSections(lines: Line[]): { before: Line[]; sections: Section[] } {
  const before: Line[] = [];
  const sections: Section[] = [];
  let top = 0;
  lines.forEach((line, i) => {
    const match = line.text.trim().match(SECTION_LINE);
    let isHeading = false;
    if (match) {
      const [, number, title] = match;
      const major = Number(number!.split(".")[0]);
      const standsAlone = isBlank(lines[i - 1]) && isBlank(lines[i + 1]) && title!.length < 120;
      const inOrder = number!.includes(".") ? major === top : major === top + 1;
      isHeading =
        (isKnownTitle(title!) && (major >= top || standsAlone)) || (inOrder && standsAlone && !/\d\s*$/.test(title!));
      if (isHeading) {
        top = Math.max(top, major);
        sections.push({ number: number!, title: cleanValue(title!), heading: line, lines: [] });
      }
    }
    if (!isHeading) {
      if (sections.length) sections[sections.length - 1]!.lines.push(line);
      else before.push(line);
    }
  });
  return { before, sections };
}

interface KeyValue {
  key: string;
  value: string;
  line: Line;
  /** Lines after the `Label:` line up to the next label: a value that continues (or a list). */
  following: Line[];
}

/** `Label: value` lines of a section, with the lines after each until the next label. */
function keyValues(lines: Line[]): KeyValue[] {
  const out: KeyValue[] = [];
  for (const line of lines) {
    const match = line.text.match(/^\s*([\p{Lu}][^:]{1,80}?)\s*:\s*(.*)$/u);
    if (match && !/^https?$/i.test(match[1]!)) {
      out.push({ key: headingKey(match[1]!), value: cleanValue(match[2]!), line, following: [] });
    } else if (out.length) {
      out[out.length - 1]!.following.push(line);
    }
  }
  return out;
}

/** The first value whose label starts with one of `prefixes` (or, ending in "=", equals it). */
function find(kvs: KeyValue[], ...prefixes: string[]): KeyValue | undefined {
  return kvs.find((kv) => prefixes.some((p) => (p.endsWith("=") ? kv.key === p.slice(0, -1) : kv.key.startsWith(p))));
}

const spanLine = (line: Line) => ({ line: line.no, lineEnd: line.no });

export function parseEsrEura(text: string, sourceFile: string): ParsedRecord {
  const record = emptyRecord(sourceFile, "esr-eura");
  record.kind = "project";
  record.funder = "ESR";
  const lines = toLines(text);
  const { sections } = splitSections(lines);
  const all = keyValues(lines);

  // --- 1 Hanke -------------------------------------------------------------------------------
  const text1 = (kv: KeyValue | undefined) => (kv?.value ? kv.value : null);
  const set = <
    K extends "projectNumber" | "title" | "priorityAxis" | "specificObjective" | "status" | "responsibleAuthority",
  >(
    field: K,
    kv: KeyValue | undefined,
  ) => {
    const value = text1(kv);
    if (kv && value) setField(record, field, value, spanLine(kv.line));
  };
  set("projectNumber", find(all, "hankekoodi", "hankenumero"));
  set("title", find(all, "hankkeen nimi"));
  set("priorityAxis", find(all, "toimintalinja"));
  set("specificObjective", find(all, "erityistavoite"));
  set("status", find(all, "toiminnan tila", "hankkeen tila"));
  set("responsibleAuthority", find(all, "vastuuviranomainen", "rahoittava viranomainen"));

  const period = find(all, "suunnitelman mukainen toteutusaika", "toteutusaika");
  if (period) {
    const range = parseDateRange(period.value);
    if (range?.start) setField(record, "periodStart", range.start, spanLine(period.line));
    if (range?.end) setField(record, "periodEnd", range.end, spanLine(period.line));
    if (!range) record.warnings.push(`line ${period.line.no}: could not read a period from "${period.value}"`);
  }

  // --- 2 Hakijan perustiedot -------------------------------------------------------------------
  // The applicant's details are in section 2; section 6 repeats the address labels for the place
  // of implementation.
  const applicantSection = sections.find((s) => headingKey(s.title).startsWith("hakijan perustiedot"));
  const own = applicantSection ? keyValues(applicantSection.lines) : all;
  const applicant =
    find(own, "hakijan virallinen nimi", "hakijan nimi", "hakija=") ??
    find(all, "hakijan virallinen nimi", "hakijan nimi", "hakija=");
  if (applicant?.value) {
    setField(record, "applicant", applicant.value, spanLine(applicant.line));
    const org: ParsedRecord["organizations"][number] = {
      name: applicant.value,
      role: "APPLICANT",
      line: applicant.line.no,
    };
    const orgType = text1(find(own, "organisaatiotyyppi"));
    if (orgType) org.type = orgType;
    const street = text1(find(own, "jakeluosoite"));
    const postal = find(own, "postinumero")?.value.match(/\b\d{5}\b/)?.[0];
    const office = text1(find(own, "postitoimipaikka"));
    const phone = text1(find(own, "puhelinnumero"));
    const website = text1(find(own, "www-osoite", "verkkosivut"));
    if (street) org.streetAddress = street;
    if (postal) org.postalCode = postal;
    if (office) org.postOffice = office;
    if (phone) org.phone = phone;
    if (website) org.website = website;
    record.organizations.push(org);
  }
  const idKv = find(all, "y-tunnus");
  const id = idKv?.value ? readBusinessId(record, idKv.value, spanLine(idKv.line)) : null;
  const applicantOrg = record.organizations.find((o) => o.role === "APPLICANT");
  if (id && applicantOrg) applicantOrg.businessId = id;

  const contactName = find(all, "hankkeen yhteyshenkilön nimi", "yhteyshenkilön nimi", "yhteyshenkilö=");
  const contactEmailKv = all.find((kv) => kv.key.startsWith("yhteyshenkilön") && kv.key.includes("sähköpost"));
  const contactPhoneKv = all.find((kv) => kv.key.startsWith("yhteyshenkilön") && kv.key.includes("puhelin"));
  const contactTitle = find(all, "yhteyshenkilön asema");
  const email = contactEmailKv ? normalizeEmail(contactEmailKv.value) : null;
  const phone = contactPhoneKv ? findPhone(contactPhoneKv.value) : null;
  if (contactName?.value) {
    const span = spanLine(contactName.line);
    setField(record, "contactPerson", contactName.value, span);
    // EURA names one contact person for the project: the project's responsible person.
    setField(record, "responsiblePerson", contactName.value, span);
    record.people.push({
      name: contactName.value,
      role: "CONTACT",
      line: contactName.line.no,
      ...(email ? { email } : {}),
      ...(phone ? { phone } : {}),
      ...(contactTitle?.value ? { title: contactTitle.value } : {}),
    });
    record.people.push({
      name: contactName.value,
      role: "RESPONSIBLE",
      line: contactName.line.no,
      ...(email ? { email } : {}),
    });
  }
  if (email && contactEmailKv) setField(record, "contactEmail", email, spanLine(contactEmailKv.line));
  else if (contactEmailKv?.value)
    record.warnings.push(`line ${contactEmailKv.line.no}: could not read an e-mail from "${contactEmailKv.value}"`);
  if (phone && contactPhoneKv) setField(record, "contactPhone", phone, spanLine(contactPhoneKv.line));

  // Partners ("Osatoteuttajat") are listed under their heading, one per line.
  const partnersKv = all.find((kv) => kv.key === "osatoteuttajat");
  const partnerHeading = partnersKv?.line ?? lines.find((l) => headingKey(l.text) === "osatoteuttajat");
  if (partnerHeading) {
    const after = lines.slice(partnerHeading.no);
    for (const line of after) {
      if (isBlank(line)) continue;
      if (SECTION_LINE.test(line.text.trim()) || line.text.includes(":")) break;
      const name = nonEmpty(line.text.replace(/^[-•]\s*/, ""));
      if (name) record.organizations.push({ name, role: "PARTNER", line: line.no });
    }
  }
  const implementers = record.organizations.filter((o) => o.role === "PARTNER").map((o) => o.name);
  if (implementers.length)
    setField(
      record,
      "implementer",
      implementers.join("; "),
      spanLine(lines[record.organizations.find((o) => o.role === "PARTNER")!.line - 1]!),
    );

  // --- 5 Funding ------------------------------------------------------------------------------
  const money = (
    field: "euStateGrantedEur" | "euStateRealizedEur" | "publicPlannedEur" | "publicRealizedEur",
    ...prefixes: string[]
  ) => {
    const kv = find(all, ...prefixes);
    if (kv?.value) readMoney(record, field, kv.value, spanLine(kv.line));
  };
  money("euStateGrantedEur", "myönnetty eu- ja valtion rahoitus", "suunniteltu eu- ja valtion rahoitus");
  money("euStateRealizedEur", "toteutunut eu- ja valtion rahoitus");
  money("publicPlannedEur", "suunniteltu julkinen rahoitus", "myönnetty julkinen rahoitus");
  money("publicRealizedEur", "toteutunut julkinen rahoitus");
  // The contract: for ESF, "granted" is the EU and state funding, "total cost" the planned public funding.
  if (record.euStateGrantedEur !== null)
    setField(record, "grantedEur", record.euStateGrantedEur, record.provenance.euStateGrantedEur!);
  if (record.publicPlannedEur !== null)
    setField(record, "totalCostEur", record.publicPlannedEur, record.provenance.publicPlannedEur!);

  // --- Sections -------------------------------------------------------------------------------
  for (const section of sections) {
    const key = headingKey(section.title);
    if (key.startsWith("maantieteellinen kohdealue")) readGeography(record, section);
    else if (key.startsWith("osallistuvien")) readIndicator(record, section);
    else if (key.startsWith("sukupuolten tasa-arvo") || key.startsWith("kestävä kehitys")) {
      readPrinciples(record, section);
      addSection(record, section);
    } else if (key.startsWith("varsinaiset kohderyhmät")) {
      readPilots(record, section);
      readParticipantTables(record, section);
      addSection(record, section);
    } else if (isNarrative(key, section)) addSection(record, section);
  }

  // Regions named where the project says it is carried out.
  const summary = sections.find((s) => headingKey(s.title).includes("tiivistelmä"));
  for (const line of summary?.lines ?? []) {
    if (/toteutetaan|toteutettiin|toimii|alueella|alueilla|maakunni/i.test(line.text))
      addRegions(record, findRegionNames(line.text), line);
  }
  for (const pilot of record.pilots) if (pilot.region) addRegions(record, [pilot.region], lines[pilot.line - 1]!);

  if (!record.projectNumber) record.warnings.push('no "Hankekoodi" found');
  if (!record.title) record.warnings.push('no "Hankkeen nimi" found');
  return record;
}

/** Structured sections (1, 2, 5, 6, 7) are read field by field; the rest are narrative. */
function isNarrative(key: string, section: Section): boolean {
  const structured = [
    "hanke",
    "hakijan perustiedot",
    "projektin julkinen rahoitus",
    "hankkeen julkinen rahoitus",
    "hakemusvaiheessa",
    "horisontaaliset periaatteet",
    "hankkeen kohderyhmät",
    "osatoteuttajat",
  ];
  if (structured.some((s) => key === s || key.startsWith(`${s} `) || (s !== "hanke" && key.startsWith(s))))
    return false;
  return contentLines(section.lines).length > 0;
}

function addSection(record: ParsedRecord, section: Section): void {
  // EURA repeats a subsection's title as the first line of its text.
  const first = section.lines.findIndex((l) => !isBlank(l));
  const lines =
    first >= 0 && headingKey(section.lines[first]!.text) === headingKey(section.title)
      ? section.lines.slice(first + 1)
      : section.lines;
  const body = joinBody(lines);
  const span = spanOf(lines);
  if (body && span)
    record.sections.push({ heading: section.title, body, line: section.heading.no, lineEnd: span.lineEnd });
}

function addRegions(record: ParsedRecord, names: string[], line: Line): void {
  for (const name of names) {
    if (record.regions.some((r) => r.name === name)) continue;
    record.regions.push({ name, inferred: false });
    const span = record.provenance.regions;
    record.provenance.regions = span
      ? { line: Math.min(span.line, line.no), lineEnd: Math.max(span.lineEnd, line.no) }
      : spanLine(line);
  }
}

function readGeography(record: ParsedRecord, section: Section): void {
  for (const line of section.lines) {
    if (/valtakunnalli/i.test(line.text)) record.isNational = true;
    const match = line.text.match(/^\s*(maakunnat?|maakunta|alue|alueet|kohdealue)\s*:\s*(.+)$/i);
    if (match) addRegions(record, findRegionNames(match[2]!), line);
    else if (!line.text.includes(":")) addRegions(record, findRegionNames(line.text), line);
  }
}

function readIndicator(record: ParsedRecord, section: Section): void {
  const indicator: ParsedIndicator = { label: section.title, planned: null, realised: null, line: section.heading.no };
  for (const kv of keyValues(section.lines)) {
    const value = kv.value.match(/\d[\d\s]*/)?.[0];
    const n = value ? Number(value.replace(/\s/g, "")) : null;
    if (kv.key.startsWith("suunniteltu")) indicator.planned = n;
    else if (kv.key.startsWith("toteutunut")) indicator.realised = n;
  }
  record.indicators.push(indicator);
}

/**
 * Pilot organisations: implementer lines ("SeAMK", "Lapin AMK"), region lines ("Kanta-häme"),
 * then numbered pilots ("2 Janakkalan kunnan kotihoidon kehittäminen").
 */
function readPilots(record: ParsedRecord, section: Section): void {
  const content = contentLines(section.lines);
  const firstRegionIdx = content.findIndex((l) => regionOfHeading(l.text) !== null);
  if (firstRegionIdx < 0) return;
  // The implementer heading may stand right before the first region.
  let start = firstRegionIdx;
  if (start > 0 && isImplementerLine(content[start - 1]!.text)) start--;
  let implementer: string | null = null;
  let regionLabel: string | null = null;
  for (const line of content.slice(start)) {
    const t = line.text.trim();
    const pilot = t.match(/^(\d{1,3})\.?\s+(\S.*)$/);
    const region = regionOfHeading(t);
    if (region) {
      regionLabel = t;
      continue;
    }
    if (pilot) {
      const parsed: ParsedPilot = {
        number: Number(pilot[1]),
        description: cleanValue(pilot[2]!),
        implementer,
        regionLabel,
        region: regionLabel ? regionOfHeading(regionLabel) : null,
        line: line.no,
      };
      record.pilots.push(parsed);
      continue;
    }
    if (isImplementerLine(t)) {
      implementer = cleanValue(t.split("=")[0]!);
      regionLabel = null;
      continue;
    }
    break; // prose again: the list has ended
  }
  // Pilot lines mix organisations with what they develop ("Lapuan kotihoito"), so they are kept
  // as pilots, not turned into organisation records a reader would take as verified.
}

function isImplementerLine(text: string): boolean {
  const t = text.trim();
  return t.length <= 90 && !/[.:]$/.test(t) && !/^\d/.test(t) && !t.startsWith("-") && t.split(/\s+/).length <= 10;
}

const PARTICIPANT_HEADER = /^(?:N\s+M\s+Yht|Naiset\s+Miehet\s+Y[Hh]teensä)/;

/** Rows under a "N M Yht. -25 25-29 30-54 yli 54" header: women, men, total and age bands. */
function readParticipantTables(record: ParsedRecord, section: Section): void {
  const content = contentLines(section.lines);
  content.forEach((line, i) => {
    if (!PARTICIPANT_HEADER.test(line.text.trim())) return;
    const row = content[i + 1];
    const numbers = row?.text
      .match(/^\s*((?:\d+\s+){6,7}\d+)/)?.[1]
      ?.trim()
      .split(/\s+/)
      .map(Number);
    if (!row || !numbers) return;
    const labelLine = content[i - 1];
    // The header with words ("Naiset Miehet Yhteensä") heads the table of all participants.
    const label = /^Naiset/.test(line.text.trim())
      ? "Yhteensä"
      : labelLine
        ? cleanValue(labelLine.text.replace(/^\d+\s+/, ""))
        : "Osallistujat";
    const [women, men, total, under25, a25, a30, over54] = numbers;
    const figure: ParsedParticipantFigure = {
      label,
      women: women ?? null,
      men: men ?? null,
      total: total ?? null,
      ageUnder25: under25 ?? null,
      age25to29: a25 ?? null,
      age30to54: a30 ?? null,
      ageOver54: over54 ?? null,
      line: row.no,
    };
    record.participants.push(figure);
  });
}

/**
 * Horizontal principles: "Label D I" lines carry direct and indirect impact scores (0–5),
 * "Question: Kyllä/Ei" lines an answer; lines after either explain it.
 */
function readPrinciples(record: ParsedRecord, section: Section): void {
  let category: string | null = null;
  let current: ParsedPrinciple | null = null;
  const content = contentLines(section.lines);
  content.forEach((line, i) => {
    const t = line.text.trim();
    const scored = t.match(/^(.{3,120}?)\s+(\d)\s+(\d)$/);
    const answered = t.match(/^(.{3,200}?):\s*(Kyllä|Ei)\s*$/i);
    if (scored) {
      current = {
        category,
        label: cleanValue(scored[1]!),
        direct: Number(scored[2]),
        indirect: Number(scored[3]),
        answer: null,
        description: null,
        line: line.no,
      };
      record.principles.push(current);
    } else if (answered) {
      current = {
        category: section.title,
        label: cleanValue(answered[1]!),
        direct: null,
        indirect: null,
        answer: answered[2]!,
        description: null,
        line: line.no,
      };
      record.principles.push(current);
    } else if (t.length < 80 && !/[.]$/.test(t) && content[i + 1] && /\s\d\s+\d$/.test(content[i + 1]!.text)) {
      category = t; // a group heading such as "Ekologinen kestävyys"
      current = null;
    } else if (current && t.length >= 40) {
      const p: ParsedPrinciple = current;
      p.description = p.description ? `${p.description}\n\n${t}` : t;
    }
  });
}
