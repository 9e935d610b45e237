/**
 * Reading one stated value into the record, the same way in every parser: set it with its line
 * span when it reads, otherwise leave it null and say why, naming the line.
 */
import { isValidBusinessId, normalizeBusinessId } from "../../domain/business-id";
import { cleanValue, parseDate, parseMoney } from "../normalize";
import { type LineSpan, type ParsedRecord, setField } from "../types";

type DateField = "estimatedCompletion" | "resultsCompleted" | "decisionDate" | "documentDate";
type MoneyField =
  | "grantedEur"
  | "totalCostEur"
  | "euStateGrantedEur"
  | "euStateRealizedEur"
  | "publicPlannedEur"
  | "publicRealizedEur";

export function readDate(record: ParsedRecord, field: DateField, text: string, span: LineSpan): void {
  const date = parseDate(text);
  if (date) setField(record, field, date, span);
  else record.warnings.push(`line ${span.line}: could not read a date from "${cleanValue(text)}"`);
}

export function readMoney(record: ParsedRecord, field: MoneyField, text: string, span: LineSpan): void {
  const euros = parseMoney(text);
  if (euros !== null) setField(record, field, euros, span);
  else record.warnings.push(`line ${span.line}: could not read an amount from "${cleanValue(text)}"`);
}

/** A business id, kept as stated even with a wrong check digit (with a warning); returns it. */
export function readBusinessId(record: ParsedRecord, text: string, span: LineSpan): string | null {
  const id = normalizeBusinessId(text);
  if (!id) {
    record.warnings.push(`line ${span.line}: could not read a business id from "${cleanValue(text)}"`);
    return null;
  }
  if (!isValidBusinessId(id)) record.warnings.push(`line ${span.line}: business id ${id} fails its checksum`);
  setField(record, "applicantBusinessId", id, span);
  return id;
}
