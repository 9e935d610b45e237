import { SNIPPET_END, SNIPPET_START } from "@/lib/search/search";

/** A snippet with its matched words marked; text is rendered as text, never as HTML. */
export function Snippet({ text }: { text: string }) {
  const parts = text.replace(/\s+/g, " ").split(new RegExp(`(${SNIPPET_START}[^${SNIPPET_END}]*${SNIPPET_END})`));
  return (
    <p className="mt-1 text-sm">
      {parts.map((part, i) =>
        part.startsWith(SNIPPET_START) ? (
          <mark key={i} className="bg-brand-light font-semibold text-ink">
            {part.slice(1, -1)}
          </mark>
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </p>
  );
}
