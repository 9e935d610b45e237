"use client";
import { useTranslations } from "next-intl";

// A generic page: internals (stack traces, SQL) are never shown to visitors.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("ui.error");
  return (
    <>
      <h1 className="text-3xl">{t("title")}</h1>
      <p className="mt-4">{t("text")}</p>
      <button type="button" onClick={reset} className="mt-4 rounded border border-brand-dark px-4 py-2 text-brand-dark">
        {t("retry")}
      </button>
    </>
  );
}
