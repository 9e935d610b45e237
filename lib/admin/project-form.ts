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
import { type AdminMessages, type AdminTranslator, makeAdminTranslator } from "../i18n/admin-translator";
import type { Locale } from "../i18n/routing";
import { dateInput, fieldParsers, moneyInput } from "./fields";

export const MONEY_FIELDS = [
  "grantedEur",
  "totalCostEur",
  "euStateGrantedEur",
  "euStateRealizedEur",
  "publicPlannedEur",
  "publicRealizedEur",
] as const;
export const DATE_FIELDS = ["periodStart", "periodEnd", "decisionDate"] as const;

export const ORGANIZATION_ROLE_KEYS = ["APPLICANT", "IMPLEMENTER", "PARTNER", "PILOT"] as const;
export const PERSON_ROLE_KEYS = ["CONTACT", "RESPONSIBLE", "AUTHOR", "EDITOR"] as const;
export type OrganizationRole = (typeof ORGANIZATION_ROLE_KEYS)[number];
export type PersonRole = (typeof PERSON_ROLE_KEYS)[number];

/** Each kind of sub-record's fields, in the form's order; their labels are `admin.lists.*`. */
export const LIST_FIELDS = {
  organizations: ["name", "businessId", "type", "role"],
  people: ["name", "role", "title", "email", "phone"],
  sections: ["heading", "body"],
  pressReleases: ["title", "date", "body"],
  materials: ["title", "fileName"],
} as const;
export type ListName = keyof typeof LIST_FIELDS;
export const LIST_NAMES = Object.keys(LIST_FIELDS) as ListName[];
const LIST_MAX: Record<ListName, number> = {
  organizations: 100,
  people: 100,
  sections: 100,
  pressReleases: 100,
  materials: 200,
};

/** The editable fields in the form's (and the history's) order. */
export const PROJECT_FIELDS = [
  "title",
  "projectNumber",
  "funderCode",
  "grantType",
  "status",
  "periodStart",
  "periodEnd",
  "decisionDate",
  "grantedEur",
  "totalCostEur",
  "euStateGrantedEur",
  "euStateRealizedEur",
  "publicPlannedEur",
  "publicRealizedEur",
  "isNational",
  "regions",
  "themes",
  ...LIST_NAMES,
] as const satisfies readonly string[];

/** One kind of sub-record as the form shows it. */
export interface ListLabels {
  label: string;
  item: string;
  fields: Record<string, string>;
}

/** The schema, with every message from `t` (the "admin" texts of one language). */
function buildSchema(t: AdminTranslator, lists: Record<ListName, ListLabels>) {
  const { optionalText, requiredText, money, finnishDate, checkbox, choices, businessId } = fieldParsers(t);
  const label = (list: ListName, field: string) => lists[list].fields[field]!;
  const role = <const K extends readonly [string, ...string[]]>(keys: K) =>
    z.enum(keys, { message: t("validation.chooseRole") });
  const email = z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z
      .union([z.literal(""), z.string().max(254, t("validation.emailTooLong")).email(t("validation.emailInvalid"))])
      .transform((s) => (s === "" ? null : s.toLowerCase())),
  );
  const rows = {
    organizations: z.object({
      name: requiredText(300, label("organizations", "name")),
      businessId,
      type: optionalText(100),
      role: role(ORGANIZATION_ROLE_KEYS),
    }),
    people: z.object({
      name: requiredText(200, label("people", "name")),
      role: role(PERSON_ROLE_KEYS),
      title: optionalText(200),
      email,
      phone: optionalText(50),
    }),
    sections: z.object({
      heading: requiredText(300, label("sections", "heading")),
      body: requiredText(50_000, label("sections", "body"), true),
    }),
    pressReleases: z.object({
      title: requiredText(300, label("pressReleases", "title")),
      date: finnishDate,
      body: optionalText(50_000, true),
    }),
    materials: z.object({ title: requiredText(300, label("materials", "title")), fileName: optionalText(300) }),
  };
  const many = <T extends z.ZodType>(list: ListName, schema: T) =>
    z.array(schema).max(LIST_MAX[list], t(`validation.listMax.${list}`, { max: String(LIST_MAX[list]) }));
  return z
    .object({
      title: requiredText(500, t("fields.title")),
      projectNumber: requiredText(50, t("fields.projectNumber")).refine(
        (s) => /^[\p{L}\p{N}][\p{L}\p{N} ./-]*$/u.test(s),
        t("validation.projectNumberChars"),
      ),
      funderCode: requiredText(20, t("fields.funderCode")),
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
      organizations: many("organizations", rows.organizations),
      people: many("people", rows.people),
      sections: many("sections", rows.sections),
      pressReleases: many("pressReleases", rows.pressReleases),
      materials: many("materials", rows.materials),
    })
    .refine((p) => !p.periodStart || !p.periodEnd || p.periodEnd >= p.periodStart, {
      path: ["periodEnd"],
      message: t("validation.periodOrder"),
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
            message: t("validation.duplicateOrganization"),
          });
        seen.add(key);
      });
    });
}

export type ProjectFormSchema = ReturnType<typeof buildSchema>;
export type ProjectState = z.infer<ProjectFormSchema>;
export type ProjectField = keyof ProjectState;
// Every field of the schema is listed in PROJECT_FIELDS: one added to the schema alone fails tsc here
// (the form, its history and its diffs walk that list).
const everyFieldListed: [Exclude<ProjectField, (typeof PROJECT_FIELDS)[number]>] extends [never] ? true : never = true;
void everyFieldListed;

/** Everything the form says in one language, built once per language. */
export interface FormTexts {
  t: AdminTranslator;
  schema: ProjectFormSchema;
  fieldLabels: Record<ProjectField, string>;
  lists: Record<ListName, ListLabels>;
  organizationRoles: Record<OrganizationRole, string>;
  personRoles: Record<PersonRole, string>;
}

const TEXTS = new Map<Locale, FormTexts>();

/**
 * The form's texts and schema in `locale`, made once per language from its `admin` messages: the
 * server passes the catalogue's (lib/admin/texts.ts), the browser those the admin layout gave it,
 * so no catalogue is bundled into the forms.
 */
export function formTexts(locale: Locale, admin: AdminMessages): FormTexts {
  let texts = TEXTS.get(locale);
  if (!texts) {
    const t = makeAdminTranslator(locale, admin);
    // Plain labels (no ICU arguments), read straight from the messages.
    const catalogue = admin.lists;
    const lists = Object.fromEntries(
      LIST_NAMES.map((name) => [
        name,
        {
          label: catalogue[name].label,
          item: catalogue[name].item,
          fields: catalogue[name].fields as Record<string, string>,
        },
      ]),
    ) as Record<ListName, ListLabels>;
    const fieldLabels = Object.fromEntries(
      PROJECT_FIELDS.map((field) => [
        field,
        (LIST_NAMES as string[]).includes(field)
          ? lists[field as ListName].label
          : t(`fields.${field as Exclude<ProjectField, ListName>}`),
      ]),
    ) as Record<ProjectField, string>;
    texts = {
      t,
      schema: buildSchema(t, lists),
      fieldLabels,
      lists,
      organizationRoles: Object.fromEntries(
        ORGANIZATION_ROLE_KEYS.map((k) => [k, t(`roles.organization.${k}`)]),
      ) as Record<OrganizationRole, string>,
      personRoles: Object.fromEntries(PERSON_ROLE_KEYS.map((k) => [k, t(`roles.person.${k}`)])) as Record<
        PersonRole,
        string
      >,
    };
    TEXTS.set(locale, texts);
  }
  return texts;
}

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
export function errorLabel(key: string, texts: FormTexts): string {
  const [field, index, sub] = key.split(".");
  if (field && (LIST_NAMES as string[]).includes(field) && index !== undefined) {
    const list = texts.lists[field as ListName];
    return `${list.item} ${Number(index) + 1}${sub ? `: ${list.fields[sub] ?? sub}` : ""}`;
  }
  return texts.fieldLabels[field as ProjectField] ?? key;
}

export type FormRow = Record<string, string>;
export type FormValues = Record<string, string | string[] | FormRow[]>;

/** Raw form values from FormData: strings, lists for the checkbox groups, rows for the sub-records. */
export function formValues(data: FormData): FormValues {
  const out: FormValues = {};
  for (const key of PROJECT_FIELDS) {
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
    if (!m || typeof value !== "string" || !(LIST_FIELDS[list] as readonly string[]).includes(m[2]!)) continue;
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
  for (const field of PROJECT_FIELDS) {
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
  for (const field of PROJECT_FIELDS) {
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
export function displayValue(field: string, value: unknown, texts: FormTexts): string {
  const { t } = texts;
  if (value === null || value === undefined || value === "") return t("values.empty");
  if (Array.isArray(value)) {
    if (value.length === 0) return t("values.none");
    return value
      .map((x) => (x !== null && typeof x === "object" ? rowSummary(x as Record<string, unknown>, texts) : String(x)))
      .join("; ");
  }
  if (typeof value === "boolean") return value ? t("values.yes") : t("values.no");
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

function rowSummary(row: Record<string, unknown>, texts: FormTexts): string {
  const { organizationRoles, personRoles } = texts;
  const roleName =
    typeof row.role === "string"
      ? (({ ...organizationRoles, ...personRoles } as Record<string, string>)[row.role] ?? row.role)
      : null;
  const parts = Object.entries(row)
    .filter(([k, v]) => k !== "role" && v !== null && v !== "")
    .map(([, v]) => String(v));
  const text = `${parts.join(", ")}${roleName ? ` (${roleName})` : ""}`;
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}
