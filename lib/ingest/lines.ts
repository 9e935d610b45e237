import { cleanValue } from "./normalize";

/** A line of the normalised source with its 1-based number. */
export interface Line {
  no: number;
  text: string;
}

export function toLines(text: string): Line[] {
  return text.split("\n").map((line, i) => ({ no: i + 1, text: line }));
}

export const isBlank = (line: Line | undefined): boolean => !line || line.text.trim() === "";

/** Bullets the web pages render as list markers: •, ·, ▪, ‣, –, - and * at the start of a line. */
const BULLET = /^\s*(?:[•·▪‣◦●*]|[-–](?=\s))\s*/;

export function stripBullet(text: string): string {
  return text.replace(BULLET, "");
}

export function hasBullet(text: string): boolean {
  return BULLET.test(text);
}

/** The non-blank lines in order. */
export function contentLines(lines: Line[]): Line[] {
  return lines.filter((l) => !isBlank(l));
}

/**
 * Paragraph text of a run of lines: blank lines separate paragraphs, single line breaks inside a
 * paragraph are kept (lists and addresses keep their shape).
 */
export function joinBody(lines: Line[]): string {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (isBlank(line)) {
      if (current.length) paragraphs.push(current.join("\n"));
      current = [];
    } else {
      current.push(line.text.trim());
    }
  }
  if (current.length) paragraphs.push(current.join("\n"));
  return paragraphs.join("\n\n").trim();
}

export function spanOf(lines: Line[]): { line: number; lineEnd: number } | null {
  const content = contentLines(lines);
  if (content.length === 0) return null;
  return { line: content[0]!.no, lineEnd: content[content.length - 1]!.no };
}

/** Headings and labels are short; a longer line is body text and is not keyed (a hot path). */
export const MAX_HEADING_LENGTH = 120;

/** Compares headings and labels: case, spacing and a trailing colon do not matter. */
export function headingKey(text: string): string {
  if (text.length > MAX_HEADING_LENGTH) return "";
  return cleanValue(stripBullet(text)).replace(/[:.]$/, "").toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// Labelled values: "Label" on one line and the value on the next ones, "Label: value", or the
// label glued to its value as the old TSR pages print it ("HakijaVantaan kaupunki").
// ---------------------------------------------------------------------------------------------

export interface LabelMatch {
  label: string;
  /** Text after the label on the same line (may be empty). */
  rest: string;
}

/**
 * Matches one of `labels` at the start of a line. A label glued to its value counts only when the
 * value starts with a capital letter or a digit, so "Hakijaorganisaatio" is not "Hakija".
 */
export function matchLabel(text: string, labels: readonly string[]): LabelMatch | null {
  const line = stripBullet(text).trim();
  const lower = line.slice(0, MAX_HEADING_LENGTH).toLowerCase();
  for (const label of labels) {
    const key = label.toLowerCase();
    if (!lower.startsWith(key)) continue;
    const after = line.slice(label.length);
    if (after === "" || /^\s*[:]/.test(after) || /^\s/.test(after)) {
      return { label, rest: after.replace(/^\s*:?\s*/, "").trim() };
    }
    if (/^[\p{Lu}\p{N}(]/u.test(after)) return { label, rest: after.trim() };
  }
  return null;
}

export interface LabelledValue {
  label: string;
  /** The value's lines: the rest of the label line (if any) and the lines that follow it. */
  values: Line[];
  labelLine: number;
}

/**
 * Splits a block into labelled values. A value runs until the next label, or (for values on lines
 * of their own) until a blank line followed by something that is not a bullet continuation.
 */
export function readLabelledBlock(lines: Line[], labels: readonly string[]): LabelledValue[] {
  const sorted = [...labels].sort((a, b) => b.length - a.length);
  const out: LabelledValue[] = [];
  let current: LabelledValue | null = null;
  let blankSeen = false;
  for (const line of lines) {
    if (isBlank(line)) {
      blankSeen = true;
      continue;
    }
    const match = matchLabel(line.text, sorted);
    if (match) {
      current = { label: match.label, values: [], labelLine: line.no };
      if (match.rest) current.values.push({ no: line.no, text: match.rest });
      out.push(current);
      blankSeen = false;
      continue;
    }
    // After a blank line, a value continues only if the label has no value yet.
    if (current && (!blankSeen || current.values.length === 0)) {
      current.values.push({ no: line.no, text: stripBullet(line.text).trim() });
    } else {
      current = null;
    }
    blankSeen = false;
  }
  return out;
}
