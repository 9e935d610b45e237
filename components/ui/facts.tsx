/**
 * A definition list of the facts a source states; those it does not state are named together
 * in one quiet line ("Ei ilmoitettu: avustuslaji, aiheet") rather than a row each.
 */
export interface Fact {
  label: string;
  value: React.ReactNode;
  /** Source line of the value, shown for provenance. */
  line?: number;
}

/** "Avustuslaji" → "avustuslaji", but an acronym keeps its case ("ESR-tunnus"). */
const inSentence = (label: string) =>
  /^\p{Lu}\p{Lu}/u.test(label) ? label : label.charAt(0).toLocaleLowerCase("fi") + label.slice(1);
const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase("fi") + text.slice(1);

export function Facts({
  facts,
  notStated = "ei ilmoitettu",
  sourceLine = "lähde: rivi",
}: {
  facts: Fact[];
  notStated?: string;
  sourceLine?: string;
}) {
  const stated = facts.filter((fact) => fact.value !== null && fact.value !== undefined);
  const missing = facts.filter((fact) => fact.value === null || fact.value === undefined);
  return (
    <>
      {stated.length ? (
        <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
          {stated.map((fact) => (
            <div key={fact.label} className="contents">
              <dt className="font-semibold">{fact.label}</dt>
              <dd className="m-0 break-words">
                {fact.value}
                {fact.line ? (
                  <span className="ml-2 text-sm text-muted">
                    ({sourceLine} {fact.line})
                  </span>
                ) : null}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {missing.length ? (
        <p className="mt-3 text-sm text-muted">
          {capitalized(notStated)}: {missing.map((fact) => inSentence(fact.label)).join(", ")}
        </p>
      ) : null}
    </>
  );
}
