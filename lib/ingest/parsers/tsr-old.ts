/**
 * TSR's old project page: `<number> <grant type>` on the first line, the title (often twice), a
 * date, the description, the responsible person, press releases and materials without headings,
 * then a bulleted "Hanketiedot" block whose labels are glued to their values.
 */
import { contentLines, type Line, toLines } from "../lines";
import { cleanValue, isDateOnly } from "../normalize";
import { emptyRecord, type ParsedRecord, setField } from "../types";
import { applyFreeZone, readFreeZone, readTsrBlocks, splitBlocks } from "./tsr-layout";

export const TSR_OLD_FIRST_LINE = /^\s*(?:hanke\s*)?(\d{3,7}(?:-\d+)?)\s*[,:–-]?\s*([\p{L}][\p{L} \-–/]*?)\s*$/iu;

export function parseTsrOld(text: string, sourceFile: string): ParsedRecord {
  const record = emptyRecord(sourceFile, "tsr-old");
  record.kind = "project";
  record.funder = "TSR";
  const lines = toLines(text);
  const { before, blocks } = splitBlocks(lines);

  const prelude = contentLines(before);
  const first = prelude[0];
  let consumed = 0;
  const firstMatch = first?.text.match(TSR_OLD_FIRST_LINE);
  if (first && firstMatch) {
    const span = { line: first.no, lineEnd: first.no };
    setField(record, "projectNumber", firstMatch[1]!, span);
    if (firstMatch[2]) setField(record, "grantType", cleanValue(firstMatch[2]), span);
    consumed = 1;
  } else if (first) {
    record.warnings.push(
      `line ${first.no}: expected "<project number> <grant type>", found "${cleanValue(first.text).slice(0, 80)}"`,
    );
  }

  // Title: the next line; the page repeats it, and a date (publication) may follow.
  const titleLine = prelude[consumed];
  if (titleLine && !isDateOnly(titleLine.text)) {
    setField(record, "title", cleanValue(titleLine.text), { line: titleLine.no, lineEnd: titleLine.no });
    consumed++;
    while (prelude[consumed] && cleanValue(prelude[consumed]!.text) === record.title) consumed++;
  }
  if (prelude[consumed] && isDateOnly(prelude[consumed]!.text)) consumed++;

  const lastConsumed = prelude[consumed - 1]?.no ?? 0;
  const rest: Line[] = before.filter((l) => l.no > lastConsumed);
  const sections: ParsedRecord["sections"] = [];
  applyFreeZone(record, readFreeZone(rest), sections, "Tiivistelmä");
  record.sections.push(...sections);

  readTsrBlocks(record, blocks);
  if (!record.title) record.warnings.push("no title found");
  return record;
}
