/**
 * The walk both TSR layouts share once their first lines are read: split the page at its
 * headings, then read each block by kind (facts, narrative, press release, materials, themes).
 * The old layout leaves its description, press release and materials without headings; those
 * "free" stretches are read by `readFreeZone`.
 */
import { contentLines, hasBullet, isBlank, joinBody, type Line, matchLabel, spanOf, stripBullet } from "../lines";
import { cleanValue, isDateOnly, nonEmpty, parseDate } from "../normalize";
import {
  type ParsedMaterial,
  type ParsedPressRelease,
  type ParsedRecord,
  type ParsedSection,
  setField,
} from "../types";
import {
  applyFacts,
  applyResponsible,
  FACT_LABELS,
  type HeadingKind,
  headingKind,
  materialTitle,
  narrativeSection,
  readFileLine,
  readMaterials,
  readThemes,
} from "./tsr-common";

type BlockKind = HeadingKind | "responsible" | "facts-implicit";

interface Block {
  kind: Exclude<BlockKind, "facts-implicit">;
  heading: Line;
  lines: Line[];
}

/** Labels that open the facts even when the "Hanketiedot" heading is missing. */
const FACTS_OPENERS = [...FACT_LABELS.projectNumber, ...FACT_LABELS.applicant];

function blockKindOf(line: Line, factsOpen: boolean): BlockKind | null {
  const kind = headingKind(line.text);
  if (kind) return kind;
  const label = matchLabel(line.text, FACT_LABELS.responsible);
  if (label && label.rest === "" && !hasBullet(line.text)) return "responsible";
  // "Hankenumero" on a line of its own, or "• HakijaVantaan kaupunki": the facts begin here.
  if (!factsOpen) {
    const opener = matchLabel(line.text, FACTS_OPENERS);
    if (opener && (opener.rest === "" || hasBullet(line.text))) return "facts-implicit";
  }
  return null;
}

/** Splits lines at heading lines; what comes before the first heading is returned apart. */
export function splitBlocks(lines: Line[]): { before: Line[]; blocks: Block[] } {
  const before: Line[] = [];
  const blocks: Block[] = [];
  let factsOpen = false;
  for (const line of lines) {
    const kind = isBlank(line) ? null : blockKindOf(line, factsOpen);
    if (kind === "facts" || kind === "facts-implicit") factsOpen = true;
    if (kind === "facts-implicit") {
      blocks.push({ kind: "facts", heading: line, lines: [line] });
      continue;
    }
    if (kind) blocks.push({ kind, heading: line, lines: [] });
    else if (blocks.length) blocks[blocks.length - 1]!.lines.push(line);
    else before.push(line);
  }
  return { before, blocks };
}

/** First paragraph (lines up to the first blank after content) and the rest. */
function firstParagraph(lines: Line[]): { head: Line[]; rest: Line[] } {
  let i = 0;
  while (i < lines.length && isBlank(lines[i])) i++;
  const start = i;
  while (i < lines.length && !isBlank(lines[i])) i++;
  return { head: lines.slice(start, i), rest: lines.slice(i) };
}

const TOIMITTAJA = ["Toimittaja", "Kirjoittaja", "Teksti"];

/** A line that opens a press release: a title followed by a date on its own line. */
function isPressStart(lines: Line[], i: number): boolean {
  const line = lines[i];
  if (!line || isBlank(line) || isDateOnly(line.text) || readFileLine(line.text)) return false;
  if (i > 0 && !isBlank(lines[i - 1])) return false;
  let j = i + 1;
  while (j < lines.length && isBlank(lines[j])) j++;
  return j < lines.length && isDateOnly(lines[j]!.text) && line.text.length <= 250;
}

interface FreeZone {
  leading: Line[];
  pressReleases: ParsedPressRelease[];
  materials: ParsedMaterial[];
}

/**
 * Reads a stretch without headings: leading text, then press releases ("title / date / body /
 * Toimittaja / name") and material groups ending in a file line ("…pdf (84.7 kt)").
 */
export function readFreeZone(lines: Line[]): FreeZone {
  const zone: FreeZone = { leading: [], pressReleases: [], materials: [] };
  const fileIdx = lines.map((l, i) => (readFileLine(l.text) ? i : -1)).filter((i) => i >= 0);
  // The title line of each material group: the content line right before its file line.
  const materialTitleIdx = new Set<number>();
  for (const f of fileIdx) {
    let j = f - 1;
    while (j >= 0 && isBlank(lines[j])) j--;
    if (j >= 0 && !readFileLine(lines[j]!.text)) materialTitleIdx.add(j);
  }
  const firstMaterialIdx = Math.min(...[...materialTitleIdx, ...fileIdx, lines.length]);

  let i = 0;
  // Leading text: until a press release starts or the materials begin.
  while (i < lines.length && i < firstMaterialIdx && !isPressStart(lines, i)) zone.leading.push(lines[i++]!);

  while (i < lines.length && i < firstMaterialIdx) {
    if (!isPressStart(lines, i)) {
      i++;
      continue;
    }
    const titleLine = lines[i]!;
    i++;
    while (i < lines.length && isBlank(lines[i])) i++;
    const dateLine = lines[i]!;
    i++;
    const body: Line[] = [];
    let author: string | undefined;
    let lastLine = dateLine.no;
    while (i < lines.length && i < firstMaterialIdx && !isPressStart(lines, i)) {
      const line = lines[i]!;
      const label = isBlank(line) ? null : matchLabel(line.text, TOIMITTAJA);
      if (label) {
        if (label.rest) {
          author = cleanValue(label.rest);
          lastLine = line.no;
          i++;
        } else {
          i++;
          while (i < lines.length && isBlank(lines[i])) i++;
          if (i < lines.length && i < firstMaterialIdx) {
            author = nonEmpty(lines[i]!.text) ?? undefined;
            lastLine = lines[i]!.no;
            i++;
          }
        }
        break; // the author closes the press release
      }
      body.push(line);
      if (!isBlank(line)) lastLine = line.no;
      i++;
    }
    zone.pressReleases.push({
      title: cleanValue(titleLine.text),
      date: parseDate(dateLine.text),
      ...(author ? { author } : {}),
      body: joinBody(body),
      line: titleLine.no,
      lineEnd: lastLine,
    });
  }

  // Material groups: each file line with the title line before it. Other lines there are group
  // headings (often the project's title again) and are not items of their own.
  for (const f of fileIdx) {
    const file = readFileLine(lines[f]!.text)!;
    let j = f - 1;
    while (j >= 0 && isBlank(lines[j])) j--;
    const titleLine = j >= 0 && materialTitleIdx.has(j) ? lines[j]! : null;
    zone.materials.push({
      title: titleLine ? materialTitle(titleLine.text) : file.file,
      ...file,
      line: titleLine?.no ?? lines[f]!.no,
      lineEnd: lines[f]!.no,
    });
  }
  return zone;
}

/** Reads the blocks of a TSR page into the record (both layouts). */
export function readTsrBlocks(record: ParsedRecord, blocks: Block[]): void {
  let openPress: ParsedPressRelease | null = null;
  const sections: ParsedSection[] = [];
  let factsSeen = false;

  for (const block of blocks) {
    // Only a summary right after "Tiedote" is the press release's body.
    const pressAwaitingBody = openPress;
    openPress = null;
    switch (block.kind) {
      case "facts":
        factsSeen = true;
        applyFacts(record, block.lines);
        break;
      case "responsible": {
        const { head, rest } = firstParagraph(block.lines);
        applyResponsible(record, head);
        applyFreeZone(record, readFreeZone(rest), sections);
        break;
      }
      case "press": {
        const content = contentLines(block.lines);
        const title = content[0] && !isDateOnly(content[0].text) ? content[0] : null;
        const dateLine = content.find((l) => isDateOnly(l.text)) ?? null;
        const bodyLines = block.lines.filter((l) => l !== title && l !== dateLine);
        const body = joinBody(bodyLines);
        const release: ParsedPressRelease = {
          title: title ? cleanValue(title.text) : null,
          date: dateLine ? parseDate(dateLine.text) : null,
          body,
          line: block.heading.no,
          lineEnd: spanOf(block.lines)?.lineEnd ?? block.heading.no,
        };
        record.pressReleases.push(release);
        openPress = body ? null : release;
        break;
      }
      case "narrative": {
        const section = narrativeSection(block.heading, block.lines);
        if (!section) break;
        if (pressAwaitingBody && headingTextKey(block) === "tiivistelmä") {
          pressAwaitingBody.body = section.body;
          pressAwaitingBody.lineEnd = section.lineEnd;
        } else {
          sections.push(section);
        }
        break;
      }
      case "materials":
        record.materials.push(...readMaterials(block.lines));
        break;
      case "themes": {
        const themes = readThemes(block.lines);
        if (themes.length) {
          record.themes.push(...themes);
          const span = spanOf(block.lines);
          if (span) record.provenance.themes = span;
        }
        break;
      }
    }
  }
  record.sections.push(...sections);
  if (!factsSeen) record.warnings.push('no "Hanketiedot" block: project facts were not found');
}

function headingTextKey(block: Block): string {
  return cleanValue(stripBullet(block.heading.text)).replace(/:$/, "").toLowerCase();
}

export function applyFreeZone(
  record: ParsedRecord,
  zone: FreeZone,
  sections: ParsedSection[],
  leadingHeading?: string,
): void {
  const body = joinBody(zone.leading);
  const span = spanOf(zone.leading);
  if (body && span) {
    if (leadingHeading) sections.push({ heading: leadingHeading, body, ...span });
    else record.warnings.push(`lines ${span.line}-${span.lineEnd}: text outside any known section was not stored`);
  }
  record.pressReleases.push(...zone.pressReleases);
  record.materials.push(...zone.materials);
}

export { setField };
