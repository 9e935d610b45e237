/**
 * The project edit form: one zod schema for the browser (checks as the editor types) and the
 * server (the check that counts). Its output is also the project's editable state as stored in
 * each history revision, so a revision can be restored exactly.
 *
 * Lists of sub-records (organisations, people, sections, press releases, materials) travel in the
 * form as `organizations.0.name`, `organizations.0.role`, … and become arrays of objects here.
 */
import { z } from "zod";
import { formatDate, formatEur } from "../format";
import {
  businessId,
  checkbox,
  choices,
  dateInput,
  finnishDate,
  money,
  moneyInput,
  optionalText,
  requiredText,
} from "./fields";

export const MONEY_FIELDS = [
  "grantedEur",
  "totalCostEur",
  "euStateGrantedEur",
  "euStateRealizedEur",
  "publicPlannedEur",
  "publicRealizedEur",
] as const;
export const DATE_FIELDS = ["periodStart", "periodEnd", "decisionDate"] as const;

export const ORGANIZATION_ROLES = {
  APPLICANT: "Hakija",
  IMPLEMENTER: "Toteuttaja",
  PARTNER: "Kumppani",
  PILOT: "Pilotti",
} as const;
export const PERSON_ROLES = {
  CONTACT: "Yhteyshenkilö",
  RESPONSIBLE: "Vastuuhenkilö",
  AUTHOR: "Tekijä",
  EDITOR: "Toimittaja",
} as const;

const role = <T extends Record<string, string>>(roles: T) =>
  z.enum(Object.keys(roles) as [keyof T & string, ...Array<keyof T & string>], { message: "Valitse rooli." });

const email = z.preprocess(
  (v) => (typeof v === "string" ? v.trim() : v),
  z
    .union([
      z.literal(""),
      z.string().max(254, "Sähköpostiosoite on liian pitkä.").email("Anna kelvollinen sähköpostiosoite."),
    ])
    .transform((s) => (s === "" ? null : s.toLowerCase())),
);

/** One kind of sub-record: its fields, their labels, and which of them make a row worth keeping. */
export const LISTS = {
  organizations: {
    label: "Organisaatiot",
    item: "Organisaatio",
    schema: z.object({
      name: requiredText(300, "Nimi"),
      businessId,
      type: optionalText(100),
      role: role(ORGANIZATION_ROLES),
    }),
    fields: { name: "Nimi", businessId: "Y-tunnus", type: "Tyyppi", role: "Rooli" },
  },
  people: {
    label: "Henkilöt",
    item: "Henkilö",
    schema: z.object({
      name: requiredText(200, "Nimi"),
      role: role(PERSON_ROLES),
      title: optionalText(200),
      email,
      phone: optionalText(50),
    }),
    fields: { name: "Nimi", role: "Rooli", title: "Tehtävä", email: "Sähköposti", phone: "Puhelin" },
  },
  sections: {
    label: "Tekstiosiot",
    item: "Osio",
    schema: z.object({ heading: requiredText(300, "Otsikko"), body: requiredText(50_000, "Teksti", true) }),
    fields: { heading: "Otsikko", body: "Teksti" },
  },
  pressReleases: {
    label: "Tiedotteet",
    item: "Tiedote",
    schema: z.object({ title: requiredText(300, "Otsikko"), date: finnishDate, body: optionalText(50_000, true) }),
    fields: { title: "Otsikko", date: "Päivämäärä", body: "Teksti" },
  },
  materials: {
    label: "Aineistot",
    item: "Aineisto",
    schema: z.object({ title: requiredText(300, "Nimi"), fileName: optionalText(300) }),
    fields: { title: "Nimi", fileName: "Tiedosto" },
  },
} as const;
export type ListName = keyof typeof LISTS;
export const LIST_NAMES = Object.keys(LISTS) as ListName[];

export const projectFormSchema = z
  .object({
    title: requiredText(500, "Hankkeen nimi"),
    projectNumber: requiredText(50, "Hankenumero").refine(
      (s) => /^[\p{L}\p{N}][\p{L}\p{N} ./-]*$/u.test(s),
      "Hankenumerossa voi olla kirjaimia, numeroita, välilyöntejä ja merkit . / -",
    ),
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
    organizations: z.array(LISTS.organizations.schema).max(100, "Enintään 100 organisaatiota."),
    people: z.array(LISTS.people.schema).max(100, "Enintään 100 henkilöä."),
    sections: z.array(LISTS.sections.schema).max(100, "Enintään 100 osiota."),
    pressReleases: z.array(LISTS.pressReleases.schema).max(100, "Enintään 100 tiedotetta."),
    materials: z.array(LISTS.materials.schema).max(200, "Enintään 200 aineistoa."),
  })
  .refine((p) => !p.periodStart || !p.periodEnd || p.periodEnd >= p.periodStart, {
    path: ["periodEnd"],
    message: "Päättymispäivä ei voi olla ennen alkamispäivää.",
  })
  .superRefine((p, ctx) => {
    // The same organisation twice in one role would be one row in the database.
    const seen = new Set<string>();
    p.organizations.forEach((o, i) => {
      const key = `${o.businessId ?? o.name.toLowerCase()}:${o.role}`;
      if (seen.has(key))
        ctx.addIssue({
          code: "custom",
          path: ["organizations", i, "name"],
          message: "Sama organisaatio on jo tässä roolissa.",
        });
      seen.add(key);
    });
  });

export type ProjectState = z.infer<typeof projectFormSchema>;
export type ProjectField = keyof ProjectState;

export const FIELD_LABELS: Record<ProjectField, string> = {
  title: "Hankkeen nimi",
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
  organizations: LISTS.organizations.label,
  people: LISTS.people.label,
  sections: LISTS.sections.label,
  pressReleases: LISTS.pressReleases.label,
  materials: LISTS.materials.label,
};

/** Field (or `list.index.field`) → message, for showing next to each field. */
export type FieldErrors = Partial<Record<string, string>>;

export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "form";
    out[key] ??= issue.message;
  }
  return out;
}

/** A readable name for an error key: `organizations.2.businessId` → "Organisaatio 3: Y-tunnus". */
export function errorLabel(key: string): string {
  const [field, index, sub] = key.split(".");
  if (field && (LIST_NAMES as string[]).includes(field) && index !== undefined) {
    const list = LISTS[field as ListName];
    return `${list.item} ${Number(index) + 1}${sub ? `: ${(list.fields as Record<string, string>)[sub] ?? sub}` : ""}`;
  }
  return FIELD_LABELS[field as ProjectField] ?? key;
}

export type FormRow = Record<string, string>;
export type FormValues = Record<string, string | string[] | FormRow[]>;

/** Raw form values from FormData: strings, lists for the checkbox groups, rows for the sub-records. */
export function formValues(data: FormData): FormValues {
  const out: FormValues = {};
  for (const key of Object.keys(FIELD_LABELS) as ProjectField[]) {
    if (key === "regions" || key === "themes") out[key] = data.getAll(key).map(String);
    else if ((LIST_NAMES as string[]).includes(key)) out[key] = rowsOf(data, key as ListName);
    else {
      const v = data.get(key);
      if (typeof v === "string") out[key] = v;
    }
  }
  return out;
}

function rowsOf(data: FormData, list: ListName): FormRow[] {
  const rows = new Map<number, FormRow>();
  const pattern = new RegExp(`^${list}\\.(\\d{1,3})\\.(\\w+)$`);
  for (const [key, value] of data.entries()) {
    const m = pattern.exec(key);
    if (!m || typeof value !== "string" || !(m[2]! in LISTS[list].fields)) continue;
    const row = rows.get(Number(m[1])) ?? {};
    row[m[2]!] = value;
    rows.set(Number(m[1]), row);
  }
  // A row left completely blank (added, then not filled in) is not a row; a role alone does not count.
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row)
    .filter((row) => Object.entries(row).some(([k, v]) => k !== "role" && v.trim() !== ""));
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
    const a = before ? (before[field] ?? null) : null;
    const b = after[field];
    if (JSON.stringify(a) !== JSON.stringify(b)) changes.push({ field, before: a, after: b });
  }
  return changes;
}

const formString = (key: string, v: unknown): string => {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "on" : "";
  if (typeof v === "number") return moneyInput(v);
  if (typeof v === "string" && ((DATE_FIELDS as readonly string[]).includes(key) || key === "date"))
    return dateInput(v);
  return String(v);
};

/** A stored state as the form shows it: Finnish money and dates, "on" for a ticked box. */
export function toFormValues(state: ProjectState): FormValues {
  const out: FormValues = {};
  for (const field of Object.keys(FIELD_LABELS) as ProjectField[]) {
    const v = state[field] as unknown;
    if ((LIST_NAMES as string[]).includes(field)) {
      out[field] = ((v as Array<Record<string, unknown>> | undefined) ?? []).map((row) =>
        Object.fromEntries(Object.entries(row).map(([k, x]) => [k, formString(k, x)])),
      );
    } else if (Array.isArray(v)) out[field] = v.map(String);
    else out[field] = formString(field, v);
  }
  return out;
}

/** A stored value as a reader sees it in history and conflict views. */
export function displayValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "(tyhjä)";
  if (Array.isArray(value)) {
    if (value.length === 0) return "(ei yhtään)";
    return value
      .map((x) => (x !== null && typeof x === "object" ? rowSummary(x as Record<string, unknown>) : String(x)))
      .join("; ");
  }
  if (typeof value === "boolean") return value ? "kyllä" : "ei";
  if (typeof value === "number" && (MONEY_FIELDS as readonly string[]).includes(field)) return formatEur(value);
  if (
    typeof value === "string" &&
    (DATE_FIELDS as readonly string[]).includes(field) &&
    /^\d{4}-\d{2}-\d{2}$/.test(value)
  )
    return formatDate(new Date(`${value}T00:00:00Z`));
  const text = String(value);
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

function rowSummary(row: Record<string, unknown>): string {
  const roleName =
    typeof row.role === "string"
      ? (({ ...ORGANIZATION_ROLES, ...PERSON_ROLES } as Record<string, string>)[row.role] ?? row.role)
      : null;
  const parts = Object.entries(row)
    .filter(([k, v]) => k !== "role" && v !== null && v !== "")
    .map(([, v]) => String(v));
  const text = `${parts.join(", ")}${roleName ? ` (${roleName})` : ""}`;
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}
