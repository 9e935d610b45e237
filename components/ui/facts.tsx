/** A definition list of facts; values that are missing read "ei ilmoitettu", never blank. */
export interface Fact {
  label: string;
  value: React.ReactNode;
  /** Source line of the value, shown for provenance. */
  line?: number;
}

export function Facts({ facts, notStated = "ei ilmoitettu", sourceLine = "lähde: rivi" }: { facts: Fact[]; notStated?: string; sourceLine?: string }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
      {facts.map((fact) => (
        <div key={fact.label} className="contents">
          <dt className="font-semibold">{fact.label}</dt>
          <dd className="m-0">
            {fact.value ?? <span className="text-muted">{notStated}</span>}
            {fact.line ? <span className="ml-2 text-sm text-muted">({sourceLine} {fact.line})</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
