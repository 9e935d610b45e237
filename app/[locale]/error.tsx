"use client";
import { useErrorTexts } from "@/components/ui/error-texts";

// A generic page: internals (stack traces, SQL) are never shown to visitors.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const texts = useErrorTexts();
  return (
    <>
      <h1 className="text-3xl">{texts.title}</h1>
      <p className="mt-4">{texts.text}</p>
      <button type="button" onClick={reset} className="mt-4 rounded border border-brand-dark px-4 py-2 text-brand-dark">
        {texts.retry}
      </button>
    </>
  );
}
