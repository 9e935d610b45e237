/**
 * A project's words, derived once when the project is written and stored in its search row
 * (`ProjectSearch.tokens`, lib/search/refresh.ts): an index build then reads each row's words as
 * numbers and their positions instead of finding them again in the text (ADR 0007). Reads
 * outnumber writes, and every app instance builds its index from the same rows.
 *
 * Words are numbered once for all instances in the `SearchWord` table; an instance learns the
 * words of the numbers it meets (at a build, the whole table) and maps them to its own lexicon.
 * The three texts are tokenised exactly as the index always did (`scanFields`), so a row read
 * either way — its stored tokens, or its text when they are missing or of an older format —
 * gives the index the same words, fields and positions.
 *
 * Layout (varints are LEB128): u8 format · varint words · per distinct word, in order of first
 * appearance: varint word number, u8 field of that appearance, varint count, its positions (the
 * first as is, the rest as gaps) · varint open parts · per open part: varint position, the word
 * numbers of its prefix and of the word that completes it (both are words of the text).
 */
import { FIELD_A, FIELD_B, FIELD_C } from "./postings";
import { normalizedText, type OpenPart, scanTokens } from "./tokens";

/** Raised whenever the tokenizer or this layout changes: older rows are then read from their text. */
export const TOKENS_FORMAT = 1;
/** Between fields, so that a phrase never runs from the title into the summary. */
const FIELD_GAP = 16;

export interface FieldTexts {
  textA: string;
  textB: string;
  textC: string;
}

/** Receives each token: the range `[from, to)` of `text` (normalized), its position and field. */
export type FieldTokenSink = (text: string, from: number, to: number, position: number, field: number) => void;

/**
 * The tokens of the three texts in order (A title and number, B summary and names, C the rest),
 * positions running on across the fields with a gap; returns the open parts (`etä-` in
 * `etä- ja hybridityössä`), which are completed against the corpus lexicon.
 */
export function scanFields(texts: FieldTexts, sink: FieldTokenSink): OpenPart[] {
  const openParts: OpenPart[] = [];
  let start = 0;
  for (const [source, field] of [
    [texts.textA, FIELD_A],
    [texts.textB, FIELD_B],
    [texts.textC, FIELD_C],
  ] as const) {
    const text = normalizedText(source);
    const found = scanTokens(text, start, (from, to, position) => sink(text, from, to, position, field));
    for (const part of found.openParts) openParts.push(part);
    start = found.end + FIELD_GAP;
  }
  return openParts;
}

/** A text's distinct words (first appearance first), each with that appearance's field and every position. */
export interface DocTokens {
  words: Map<string, { field: number; positions: number[] }>;
  openParts: OpenPart[];
}

export function tokensOf(texts: FieldTexts): DocTokens {
  const words: DocTokens["words"] = new Map();
  const openParts = scanFields(texts, (text, from, to, position, field) => {
    const word = text.slice(from, to);
    const known = words.get(word);
    if (known) known.positions.push(position);
    else words.set(word, { field, positions: [position] });
  });
  return { words, openParts };
}

/** The stored form of a text's tokens, its words by their numbers (`numberOf` knows every word of the text). */
export function encodeTokens({ words, openParts }: DocTokens, numberOf: (word: string) => number): Buffer {
  const out = new ByteWriter(16 + words.size * 6);
  out.byte(TOKENS_FORMAT);
  out.varint(words.size);
  for (const [word, { field, positions }] of words) {
    out.varint(numberOf(word));
    out.byte(field);
    out.varint(positions.length);
    let last = 0;
    for (const position of positions) {
      out.varint(position - last);
      last = position;
    }
  }
  out.varint(openParts.length);
  for (const part of openParts) {
    out.varint(part.position);
    out.varint(numberOf(part.prefix));
    out.varint(numberOf(part.completedBy));
  }
  return out.finish();
}

/** Whether `tokens` is a stored form this code reads (else the row's text is tokenised). */
export const isCurrentTokens = (tokens: Uint8Array | null | undefined): tokens is Uint8Array =>
  tokens != null && tokens.length > 0 && tokens[0] === TOKENS_FORMAT;

/** An open part as stored: its position and the numbers of its two words. */
export interface StoredOpenPart {
  position: number;
  prefix: number;
  completedBy: number;
}

/**
 * Hands stored tokens to the index: `word` once per distinct word (its number and field; it
 * returns the index's own id for it), then `position` once per occurrence with that id. Returns
 * the open parts.
 */
export function decodeTokens(
  tokens: Uint8Array,
  word: (number: number, field: number) => number,
  position: (id: number, position: number) => void,
): StoredOpenPart[] {
  const input = new ByteReader(tokens);
  for (let w = input.varint(); w > 0; w--) {
    const id = word(input.varint(), input.byte());
    let at = 0;
    for (let n = input.varint(); n > 0; n--) {
      at += input.varint();
      position(id, at);
    }
  }
  const openParts: StoredOpenPart[] = [];
  for (let n = input.varint(); n > 0; n--)
    openParts.push({ position: input.varint(), prefix: input.varint(), completedBy: input.varint() });
  return openParts;
}

/** Every word number stored tokens name (an instance learns the words of those it does not know). */
export function wordNumbersOf(tokens: Uint8Array, into: Set<number>): void {
  const input = new ByteReader(tokens);
  for (let w = input.varint(); w > 0; w--) {
    into.add(input.varint());
    input.byte();
    for (let n = input.varint(); n > 0; n--) input.varint();
  }
}

class ByteWriter {
  private buffer: Buffer;
  private used = 0;
  constructor(capacity: number) {
    this.buffer = Buffer.allocUnsafe(capacity);
  }
  private room(bytes: number): void {
    if (this.used + bytes <= this.buffer.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.used + bytes, this.buffer.length * 2));
    this.buffer.copy(next, 0, 0, this.used);
    this.buffer = next;
  }
  byte(value: number): void {
    this.room(1);
    this.buffer[this.used++] = value;
  }
  varint(value: number): void {
    this.room(5);
    while (value >= 0x80) {
      this.buffer[this.used++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    this.buffer[this.used++] = value;
  }
  finish(): Buffer {
    return this.buffer.subarray(0, this.used);
  }
}

class ByteReader {
  /** Past the format byte. */
  private at = 1;
  constructor(private readonly bytes: Uint8Array) {}
  byte(): number {
    if (this.at >= this.bytes.length) throw new Error("stored tokens: cut short");
    return this.bytes[this.at++]!;
  }
  varint(): number {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const b = this.byte();
      value |= (b & 0x7f) << shift;
      if (b < 0x80) return value >>> 0;
    }
  }
}
