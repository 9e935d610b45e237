/** A titled part of a page; `id` makes it linkable and labels the region for screen readers. */
export function PageSection({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-otsikko`} className="mt-10 break-inside-avoid-page">
      <h2 id={`${id}-otsikko`} className="mb-4 border-b border-line pb-2 text-2xl">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Multi-paragraph text as stored: blank lines separate paragraphs, line breaks are kept. */
export function Prose({ text }: { text: string }) {
  return (
    <div className="max-w-prose space-y-3">
      {text.split(/\n{2,}/).map((paragraph, i) => (
        <p key={i} className="whitespace-pre-line">
          {paragraph}
        </p>
      ))}
    </div>
  );
}
