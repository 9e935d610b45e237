/**
 * Which parser a source text needs. Signatures are the labels and shapes each format always
 * has; the order matters (an ESF text may also contain "Hanketiedot").
 */
import { contentLines, headingKey, toLines } from "./lines";
import { isDateOnly } from "./normalize";
import { TSR_OLD_FIRST_LINE } from "./parsers/tsr-old";
import type { DetectedFormat } from "./types";

export function detectFormat(text: string): DetectedFormat {
  const content = contentLines(toLines(text));
  if (content.length === 0) return "unknown";
  const keys = new Set(content.map((l) => headingKey(l.text)));

  if (
    /^\s*Hankekoodi\s*:/m.test(text) ||
    /Euroopan sosiaalirahaston \(ESR\)/.test(text) ||
    /^\s*Hakijan virallinen nimi\s*:/m.test(text)
  ) {
    return "esr-eura";
  }
  const hasTsrFacts = keys.has("hanketiedot") || /Työsuojelurahaston päätös/i.test(text);
  const oldFirstLine = content[0]!.text.match(TSR_OLD_FIRST_LINE);
  const grantWord = /avustus|tutkimus|stipendi|hanke|apuraha|kehittäminen/i.test(oldFirstLine?.[2] ?? "");
  if (oldFirstLine && (hasTsrFacts || grantWord)) return "tsr-old";
  if (hasTsrFacts && (keys.has("hankenumero") || /^\s*Hankenumero\s*\d/m.test(text))) return "tsr-new";
  // Old layout with its first line lost: bullets glued to labels in the facts block.
  if (hasTsrFacts && /^\s*[•·]\s*(Hakija|Toteuttaja|Toteutusaika)/m.test(text)) return "tsr-old";
  if (hasTsrFacts) return "tsr-new";
  // A document: a short head (title, author, organisation) with a date on its own line.
  const head = content.slice(0, 8);
  if (content.length >= 5 && head.some((l) => isDateOnly(l.text)) && !isDateOnly(head[0]!.text)) return "document";
  return "unknown";
}
