/**
 * The admin form's texts on the server, from the catalogues (the browser gets the same from
 * `useMessages()`, lib/admin/project-form.ts), and the Finnish ones for tests and the CLI.
 */
import type { Locale } from "../i18n/routing";
import { adminTranslator, CATALOGUES } from "../i18n/translators";
import { fieldParsers } from "./fields";
import { formTexts } from "./project-form";

export const serverFormTexts = (locale: Locale) => formTexts(locale, CATALOGUES[locale].admin);

const finnish = serverFormTexts("fi");
export const projectFormSchema = finnish.schema;
export const FIELD_LABELS = finnish.fieldLabels;
export const ORGANIZATION_ROLES = finnish.organizationRoles;
export const PERSON_ROLES = finnish.personRoles;
export const { optionalText, requiredText, money, finnishDate, checkbox, choices, businessId } = fieldParsers(
  adminTranslator("fi"),
);
