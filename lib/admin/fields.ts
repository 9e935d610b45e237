/**
 * Form fields as zod schemas, in Finnish, shared by the browser and the server. Every schema
 * starts from the string a form posts and refuses what would slip through a naive coercion:
 * `z.coerce.number("")` is 0, `z.coerce.date("2020-02-31")` is 2 March, Postgres refuses
 * `\u0000`, and a decomposed `ä` counts as two characters until normalised.
 */
import { z } from "zod";
import { isValidBusinessId } from "../domain/business-id";

// Control characters other than tab and line breaks never belong in a record.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this pattern refuses
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

const clean = (v: unknown) => (typeof v === "string" ? v.normalize("NFC").replace(/\r\n?/g, "\n").trim() : v);

/** Text that may be empty (→ null). `multiline` allows line breaks. */
export const optionalText = (max: number, multiline = false) =>
  z.preprocess(
    (v) => (v == null ? "" : clean(v)),
    z
      .string({ message: "Anna teksti." })
      .max(max, `Enintään ${max} merkkiä.`)
      .refine((s) => !CONTROL.test(s), "Teksti sisältää ohjausmerkkejä, joita ei voi tallentaa.")
      .refine((s) => multiline || !s.includes("\n"), "Rivinvaihtoja ei voi käyttää tässä kentässä.")
      .transform((s) => (s === "" ? null : s)),
  );

export const requiredText = (max: number, what: string, multiline = false) =>
  optionalText(max, multiline)
    .refine((s): s is string => s !== null, `${what} on pakollinen.`)
    .transform((s) => s!);

/** Whole euros as a Finn types them: `40 752`, `40 752 €`, `40752,00`. Empty → null. */
export const money = z.preprocess(
  (v) => (v == null ? "" : clean(v)),
  z
    .string()
    .max(40, "Summa on liian pitkä.")
    .transform((s, ctx) => {
      const compact = s.replace(/[\s\u00A0\u202F]/g, "").replace(/(€|e|eur|euroa)$/i, "");
      if (compact === "") return null;
      const m = /^(\d{1,13})(?:,(\d{1,2}))?$/.exec(compact);
      if (!m) {
        ctx.addIssue({
          code: "custom",
          message: /^-/.test(compact) ? "Summa ei voi olla negatiivinen." : "Anna summa euroina, esim. 40 752.",
        });
        return z.NEVER;
      }
      if (m[2] && Number(m[2]) !== 0) {
        ctx.addIssue({ code: "custom", message: "Anna summa täysinä euroina (ilman senttejä)." });
        return z.NEVER;
      }
      const value = Number(m[1]);
      if (value > 2_000_000_000) {
        ctx.addIssue({ code: "custom", message: "Summa on enintään 2 000 000 000 €." });
        return z.NEVER;
      }
      return value;
    }),
);

/** A calendar date as `1.9.2019` (or ISO `2019-09-01`) → ISO string; empty → null; 31.2. is refused. */
export const finnishDate = z.preprocess(
  (v) => (v == null ? "" : clean(v)),
  z
    .string()
    .max(20, "Päivämäärä on liian pitkä.")
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
        ctx.addIssue({ code: "custom", message: "Anna päivämäärä muodossa p.k.vvvv, esim. 1.9.2019." });
        return z.NEVER;
      }
      if (y < 1900 || y > 2100) {
        ctx.addIssue({ code: "custom", message: "Vuoden on oltava 1900–2100." });
        return z.NEVER;
      }
      return date.toISOString().slice(0, 10);
    }),
);

/** A checkbox: present ("on") or absent. */
export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

/** Repeated form values (checkbox groups): always a list of short, clean strings. */
export const choices = (max = 50) =>
  z.preprocess(
    (v) => (v == null ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(
        z
          .string({ message: "Tuntematon valinta." })
          .max(100, "Tuntematon valinta.")
          .regex(/^[a-z0-9-]+$/, "Tuntematon valinta."),
      )
      .max(max, "Liian monta valintaa."),
  );

/** Finnish business id (Y-tunnus) with a valid check digit; empty → null. */
export const businessId = z.preprocess(
  (v) => (v == null ? "" : clean(v)),
  z
    .string()
    .max(20, "Y-tunnus on muotoa 1234567-8.")
    .transform((s) => (s === "" ? null : s))
    .refine((s) => s === null || /^\d{7}-\d$/.test(s), "Y-tunnus on muotoa 1234567-8.")
    .refine(
      (s) => s === null || !/^\d{7}-\d$/.test(s) || isValidBusinessId(s),
      "Y-tunnuksen tarkistusnumero ei täsmää.",
    ),
);

/** Formats for putting stored values back into the fields. */
export const moneyInput = (v: number | null) =>
  v === null ? "" : new Intl.NumberFormat("fi-FI", { maximumFractionDigits: 0 }).format(v);
export const dateInput = (iso: string | null) => {
  if (!iso) return "";
  const [y, m, d] = iso.split("-");
  return `${Number(d)}.${Number(m)}.${y}`;
};
