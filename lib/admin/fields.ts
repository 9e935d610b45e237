/**
 * Form fields as zod schemas, with messages in the interface language (`fieldParsers(t)`; the
 * plain exports are the Finnish ones), shared by the browser and the server. Every schema
 * starts from the string a form posts and refuses what would slip through a naive coercion:
 * `z.coerce.number("")` is 0, `z.coerce.date("2020-02-31")` is 2 March, Postgres refuses
 * `\u0000`, and a decomposed `ä` counts as two characters until normalised.
 */
import { z } from "zod";
import { isValidBusinessId } from "../domain/business-id";
import type { AdminTranslator } from "../i18n/admin-translator";

// Control characters other than tab and line breaks never belong in a record.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this pattern refuses
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

const clean = (v: unknown) => (typeof v === "string" ? v.normalize("NFC").replace(/\r\n?/g, "\n").trim() : v);

/** The field parsers with their messages from `t` (the "admin" texts of one language). */
export function fieldParsers(t: AdminTranslator) {
  /** Text that may be empty (→ null). `multiline` allows line breaks. */
  const optionalText = (max: number, multiline = false) =>
    z.preprocess(
      (v) => (v == null ? "" : clean(v)),
      z
        .string({ message: t("validation.text") })
        .max(max, t("validation.maxChars", { max: String(max) }))
        .refine((s) => !CONTROL.test(s), t("validation.controlChars"))
        .refine((s) => multiline || !s.includes("\n"), t("validation.lineBreaks"))
        .transform((s) => (s === "" ? null : s)),
    );

  const requiredText = (max: number, what: string, multiline = false) =>
    optionalText(max, multiline)
      .refine((s): s is string => s !== null, t("validation.required", { what }))
      .transform((s) => s!);

  /** Whole euros as a Finn types them: `40 752`, `40 752 €`, `40752,00`. Empty → null. */
  const money = z.preprocess(
    (v) => (v == null ? "" : clean(v)),
    z
      .string()
      .max(40, t("validation.moneyTooLong"))
      .transform((s, ctx) => {
        const compact = s.replace(/[\s\u00A0\u202F]/g, "").replace(/(€|e|eur|euroa)$/i, "");
        if (compact === "") return null;
        const m = /^(\d{1,13})(?:,(\d{1,2}))?$/.exec(compact);
        if (!m) {
          ctx.addIssue({
            code: "custom",
            message: /^-/.test(compact) ? t("validation.moneyNegative") : t("validation.moneyFormat"),
          });
          return z.NEVER;
        }
        if (m[2] && Number(m[2]) !== 0) {
          ctx.addIssue({ code: "custom", message: t("validation.moneyCents") });
          return z.NEVER;
        }
        const value = Number(m[1]);
        if (value > 2_000_000_000) {
          ctx.addIssue({ code: "custom", message: t("validation.moneyMax") });
          return z.NEVER;
        }
        return value;
      }),
  );

  /** A calendar date as `1.9.2019` (or ISO `2019-09-01`) → ISO string; empty → null; 31.2. is refused. */
  const finnishDate = z.preprocess(
    (v) => (v == null ? "" : clean(v)),
    z
      .string()
      .max(20, t("validation.dateTooLong"))
      .transform((s, ctx) => {
        if (s === "") return null;
        const fi = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
        const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
        const [d, m, y] = fi
          ? [Number(fi[1]), Number(fi[2]), Number(fi[3])]
          : iso
            ? [Number(iso[3]), Number(iso[2]), Number(iso[1])]
            : [0, 0, 0];
        const date = new Date(Date.UTC(y, m - 1, d));
        if ((!fi && !iso) || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
          ctx.addIssue({ code: "custom", message: t("validation.dateFormat") });
          return z.NEVER;
        }
        if (y < 1900 || y > 2100) {
          ctx.addIssue({ code: "custom", message: t("validation.dateYear") });
          return z.NEVER;
        }
        return date.toISOString().slice(0, 10);
      }),
  );

  /** A checkbox: present ("on") or absent. */
  const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

  /** Repeated form values (checkbox groups): always a list of short, clean strings. */
  const choices = (max = 50) =>
    z.preprocess(
      (v) => (v == null ? [] : Array.isArray(v) ? v : [v]),
      z
        .array(
          z
            .string({ message: t("validation.unknownChoice") })
            .max(100, t("validation.unknownChoice"))
            .regex(/^[a-z0-9-]+$/, t("validation.unknownChoice")),
        )
        .max(max, t("validation.tooManyChoices")),
    );

  /** Finnish business id (Y-tunnus) with a valid check digit; empty → null. */
  const businessId = z.preprocess(
    (v) => (v == null ? "" : clean(v)),
    z
      .string()
      .max(20, t("validation.businessIdFormat"))
      .transform((s) => (s === "" ? null : s))
      .refine((s) => s === null || /^\d{7}-\d$/.test(s), t("validation.businessIdFormat"))
      .refine((s) => s === null || !/^\d{7}-\d$/.test(s) || isValidBusinessId(s), t("validation.businessIdCheck")),
  );

  return { optionalText, requiredText, money, finnishDate, checkbox, choices, businessId };
}
export type FieldParsers = ReturnType<typeof fieldParsers>;

/** Formats for putting stored values back into the fields. */
export const moneyInput = (v: number | null) =>
  v === null ? "" : new Intl.NumberFormat("fi-FI", { maximumFractionDigits: 0 }).format(v);
export const dateInput = (iso: string | null) => {
  if (!iso) return "";
  const [y, m, d] = iso.split("-");
  return `${Number(d)}.${Number(m)}.${y}`;
};
