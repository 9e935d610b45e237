/**
 * The project edit form: one zod schema for the browser (checks as the editor types) and the
 * server (the check that counts). Its output is also the project's editable state as stored in
 * each history revision, so a revision can be restored exactly.
 */
import { z } from "zod";
import { formatDate, formatEur } from "../format";
import { checkbox, choices, dateInput, finnishDate, money, moneyInput, optionalText, requiredText } from "./fields";

export const MONEY_FIELDS = ["grantedEur", "totalCostEur", "euStateGrantedEur", "euStateRealizedEur", "publicPlannedEur", "publicRealizedEur"] as const;
export const DATE_FIELDS = ["periodStart", "periodEnd", "decisionDate"] as const;

export const projectFormSchema = z
  .object({
    title: requiredText(500, "Nimi"),
    projectNumber: requiredText(50, "Hankenumero").refine((s) => /^[\p{L}\p{N}][\p{L}\p{N} ./-]*$/u.test(s), "Hankenumerossa voi olla kirjaimia, numeroita, välilyöntejä ja merkit . / -"),
    funderCode: requiredText(20, "Rahoittaja"),
    grantType: optionalText(200),
    status: optionalText(200),
    periodStart: finnishDate,
    periodEnd: finnishDate,
    decisionDate: finnishDate,
    grantedEur: money,
    totalCostEur: money,
    euStateGrantedEur: money,
    euStateRealizedEur: money,
    publicPlannedEur: money,
    publicRealizedEur: money,
    isNational: checkbox,
    regions: choices(19),
    themes: choices(50),
    summary: optionalText(20_000, true),
  })
  .refine((p) => !p.periodStart || !p.periodEnd || p.periodEnd >= p.periodStart, { path: ["periodEnd"], message: "Päättymispäivä ei voi olla ennen alkamispäivää." });

export type ProjectState = z.infer<typeof projectFormSchema>;
export type ProjectField = keyof ProjectState;

export const FIELD_LABELS: Record<ProjectField, string> = {
  title: "Nimi",
  projectNumber: "Hankenumero",
  funderCode: "Rahoittaja",
  grantType: "Avustuslaji",
  status: "Tila (lähteen mukaan)",
  periodStart: "Alkamispäivä",
  periodEnd: "Päättymispäivä",
  decisionDate: "Päätöspäivä",
  grantedEur: "Myönnetty (€)",
  totalCostEur: "Kokonaiskustannukset (€)",
  euStateGrantedEur: "EU- ja valtion rahoitus, suunniteltu (€)",
  euStateRealizedEur: "EU- ja valtion rahoitus, toteutunut (€)",
  publicPlannedEur: "Julkinen rahoitus, suunniteltu (€)",
  publicRealizedEur: "Julkinen rahoitus, toteutunut (€)",
  isNational: "Valtakunnallinen hanke",
  regions: "Maakunnat",
  themes: "Teemat",
  summary: "Tiivistelmä",
};

export type FieldErrors = Partial<Record<ProjectField | "form", string>>;

/** Field → first message, for showing next to each field. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = (issue.path[0] as ProjectField | undefined) ?? "form";
    out[key] ??= issue.message;
  }
  return out;
}

/** Raw form values (strings, or lists for the checkbox groups) from FormData. */
export function formValues(data: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(FIELD_LABELS)) {
    out[key] = key === "regions" || key === "themes" ? data.getAll(key).map(String) : (data.get(key) ?? undefined);
  }
  return out;
}

export interface FieldChange {
  field: ProjectField;
  before: unknown;
  after: unknown;
}

/** What differs between two states, field by field. */
export function diffStates(before: ProjectState | null, after: ProjectState): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of Object.keys(FIELD_LABELS) as ProjectField[]) {
    const a = before ? before[field] : null;
    const b = after[field];
    if (JSON.stringify(a) !== JSON.stringify(b)) changes.push({ field, before: a, after: b });
  }
  return changes;
}

/** A stored state as the form shows it: Finnish money and dates, "on" for a ticked box. */
export function toFormValues(state: ProjectState): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const field of Object.keys(FIELD_LABELS) as ProjectField[]) {
    const v = state[field];
    if (Array.isArray(v)) out[field] = v;
    else if (typeof v === "boolean") out[field] = v ? "on" : "";
    else if (typeof v === "number") out[field] = moneyInput(v);
    else if (v === null) out[field] = "";
    else out[field] = (DATE_FIELDS as readonly string[]).includes(field) ? dateInput(v) : v;
  }
  return out;
}

/** A stored value as a reader sees it in history and conflict views. */
export function displayValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "(tyhjä)";
  if (Array.isArray(value)) return value.length ? value.join(", ") : "(ei yhtään)";
  if (typeof value === "boolean") return value ? "kyllä" : "ei";
  if (typeof value === "number" && (MONEY_FIELDS as readonly string[]).includes(field)) return formatEur(value);
  if (typeof value === "string" && (DATE_FIELDS as readonly string[]).includes(field) && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(new Date(`${value}T00:00:00Z`));
  const text = String(value);
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
