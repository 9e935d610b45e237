"use client";
import { useLocale, useMessages } from "next-intl";
import { type FormTexts, formTexts } from "@/lib/admin/project-form";
import type { AdminMessages } from "@/lib/i18n/admin-translator";
import type { Locale } from "@/lib/i18n/routing";

/** The admin form's texts in the page's language, from the messages the admin layout provides. */
export function useFormTexts(): FormTexts {
  const locale = useLocale() as Locale;
  return formTexts(locale, (useMessages() as { admin: AdminMessages }).admin);
}
