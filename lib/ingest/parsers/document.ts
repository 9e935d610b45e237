/**
 * A knowledge resource that is not a funded project: a presentation or a report exported to
 * text. Its head names the title, the author, the author's title, the organisation and a date;
 * the rest is slides or chapters, read as sections under their headings.
 */
import { contentLines, hasBullet, isBlank, joinBody, type Line, toLines } from "../lines";
import { cleanValue, isDateOnly, parseDate } from "../normalize";
import { emptyRecord, type ParsedRecord, type ParsedSection, setField } from "../types";

// Words that make a line an organisation's name rather than a person's.
const ORGANIZATION_WORD_LIST = ["kaupunki", "kaupungin", "kunta", "kuntayhtymä", "yliopisto", "ammattikorkeakoulu"]
  .concat(["oy", "oyj", "ry", "ministeriö", "toimiala", "virasto", "laitos", "säätiö", "sairaanhoitopiiri"])
  .concat(["hyvinvointialue", "keskus", "liitto", "rahasto", "yhdistys", "osuuskunta", "seurakunta"]);
const ORGANIZATION_WORDS = new RegExp(`\\b(${ORGANIZATION_WORD_LIST.join("|")})\\b`, "i");
const PERSON_NAME = /^[\p{Lu}][\p{Ll}'-]+(?:[\s-][\p{Lu}][\p{Ll}'-]+){1,3}$/u;
/** How many non-empty lines the head of a document may span before its date. */
const HEAD_LINES = 8;

export function parseDocument(text: string, sourceFile: string): ParsedRecord {
  const record = emptyRecord(sourceFile, "document");
  record.kind = "document";
  const lines = toLines(text);
  const content = contentLines(lines);

  const dateIdx = content.slice(0, HEAD_LINES).findIndex((l) => isDateOnly(l.text));
  const head = dateIdx >= 0 ? content.slice(0, dateIdx) : content.slice(0, 1);
  const [titleLine, ...between] = head;
  if (titleLine) setField(record, "title", cleanValue(titleLine.text), span(titleLine));
  if (dateIdx >= 0) {
    const dateLine = content[dateIdx]!;
    setField(record, "documentDate", parseDate(dateLine.text), span(dateLine));
  } else {
    record.warnings.push(`no date in the first ${HEAD_LINES} lines of the document`);
  }

  for (const line of between) {
    const value = cleanValue(line.text);
    // "Tiina Mäki, hallintojohtaja" on one line.
    const [first, ...rest] = value.split(",").map((p) => p.trim());
    if (!record.author && rest.length && PERSON_NAME.test(first!) && !ORGANIZATION_WORDS.test(value)) {
      setField(record, "author", first!, span(line));
      setField(record, "authorTitle", rest.join(", "), span(line));
      continue;
    }
    if (!record.organization && ORGANIZATION_WORDS.test(value)) setField(record, "organization", value, span(line));
    else if (!record.author && PERSON_NAME.test(value)) setField(record, "author", value, span(line));
    else if (!record.authorTitle && record.author && value.length <= 80)
      setField(record, "authorTitle", value, span(line));
    else record.warnings.push(`line ${line.no}: "${value.slice(0, 60)}" in the document's head was not recognised`);
  }
  if (record.author)
    record.people.push({
      name: record.author,
      role: "AUTHOR",
      line: record.provenance.author!.line,
      ...(record.authorTitle ? { title: record.authorTitle } : {}),
    });
  if (record.organization)
    record.organizations.push({
      name: record.organization,
      role: "APPLICANT",
      line: record.provenance.organization!.line,
    });

  const bodyStart = (dateIdx >= 0 ? content[dateIdx]! : titleLine)?.no ?? 0;
  record.sections = readSections(
    lines.filter((l) => l.no > bodyStart),
    record.title,
  );
  return record;
}

const span = (line: Line) => ({ line: line.no, lineEnd: line.no });

/**
 * A heading is a short line of its own (no bullet, no full stop) followed by content; footer
 * lines that repeat on every slide ("Helsinki") are dropped.
 */
function readSections(lines: Line[], title: string | null): ParsedSection[] {
  const counts = new Map<string, number>();
  for (const l of contentLines(lines)) counts.set(cleanValue(l.text), (counts.get(cleanValue(l.text)) ?? 0) + 1);
  const isFooter = (l: Line) => (counts.get(cleanValue(l.text)) ?? 0) >= 3 || cleanValue(l.text) === title;
  const kept = lines.filter((l) => isBlank(l) || !isFooter(l));

  const sections: ParsedSection[] = [];
  let heading: Line | null = null;
  let body: Line[] = [];
  const flush = () => {
    const text = joinBody(body);
    const content = contentLines(body);
    if (heading && text)
      sections.push({
        heading: cleanValue(heading.text).replace(/:$/, ""),
        body: text,
        line: heading.no,
        lineEnd: content[content.length - 1]!.no,
      });
    else if (!heading && text && content.length)
      sections.push({
        heading: "Johdanto",
        body: text,
        line: content[0]!.no,
        lineEnd: content[content.length - 1]!.no,
      });
  };
  kept.forEach((line, i) => {
    if (isBlank(line)) {
      body.push(line);
      return;
    }
    if (isHeadingLine(line, kept, i)) {
      flush();
      heading = line;
      body = [];
    } else {
      body.push(line);
    }
  });
  flush();
  // Headings with nothing but years or one-word labels under them (slide art) carry no text of worth.
  return sections.filter((s) => s.body.replace(/[\d\s#()-]/g, "").length >= 20);
}

function isHeadingLine(line: Line, lines: Line[], i: number): boolean {
  const t = cleanValue(line.text);
  if (hasBullet(line.text) || t.length < 4 || t.length > 90 || /[.,;]$/.test(t) || /^\d+$/.test(t)) return false;
  if (!isBlank(lines[i - 1])) return false;
  // Followed (after blanks) by a bullet list or a paragraph.
  let j = i + 1;
  while (j < lines.length && isBlank(lines[j])) j++;
  const next = lines[j];
  return Boolean(
    next && (hasBullet(next.text) || cleanValue(next.text).length > 60 || /:$/.test(cleanValue(next.text))),
  );
}
