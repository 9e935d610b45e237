/**
 * TSR's current project page: the title on the first line, then "Hanketiedot" with each label on
 * a line of its own and its value on the next lines, then headed sections (Tiivistelmä,
 * Hankkeen vastuuhenkilö, Tiedote with its own summary and report sections, Aineisto).
 */
import { contentLines, toLines } from "../lines";
import { cleanValue } from "../normalize";
import { emptyRecord, type ParsedRecord, setField } from "../types";
import { applyFreeZone, readFreeZone, readTsrBlocks, splitBlocks } from "./tsr-layout";

export function parseTsrNew(text: string, sourceFile: string): ParsedRecord {
  const record = emptyRecord(sourceFile, "tsr-new");
  record.kind = "project";
  record.funder = "TSR";
  const { before, blocks } = splitBlocks(toLines(text));

  const prelude = contentLines(before);
  const titleLine = prelude[0];
  if (titleLine) setField(record, "title", cleanValue(titleLine.text), { line: titleLine.no, lineEnd: titleLine.no });
  else record.warnings.push("no title found before the first heading");

  // Anything between the title and the first heading is kept as an untitled description.
  const rest = before.filter((l) => !titleLine || l.no > titleLine.no);
  const sections: ParsedRecord["sections"] = [];
  applyFreeZone(record, readFreeZone(rest), sections, "Kuvaus");
  record.sections.push(...sections);

  readTsrBlocks(record, blocks);
  return record;
}
