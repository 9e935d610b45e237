"use client";

// A generic page: internals (stack traces, SQL) are never shown to visitors.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <>
      <h1 className="text-3xl">Jokin meni vikaan</h1>
      <p className="mt-4">Sivua ei juuri nyt voitu näyttää. Yritä hetken kuluttua uudelleen.</p>
      <button type="button" onClick={reset} className="mt-4 rounded border border-brand-dark px-4 py-2 text-brand-dark">
        Yritä uudelleen
      </button>
    </>
  );
}
