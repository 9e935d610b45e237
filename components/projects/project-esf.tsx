import { ScrollArea } from "@/components/ui/scroll-area";
import { formatInteger } from "@/lib/format";
import type { ProjectDetail } from "@/lib/projects/queries";

const cell = "py-2 pr-4 align-top";

export function EsfPilots({ pilots }: { pilots: ProjectDetail["pilots"] }) {
  return (
    <ScrollArea label="Pilottiorganisaatiot toteuttajittain ja maakunnittain">
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left font-semibold">
          Pilottiorganisaatiot toteuttajittain ja maakunnittain
        </caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className={cell}>
              Nro
            </th>
            <th scope="col" className={cell}>
              Pilotti
            </th>
            <th scope="col" className={cell}>
              Toteuttaja
            </th>
            <th scope="col" className={cell}>
              Maakunta
            </th>
          </tr>
        </thead>
        <tbody>
          {pilots.map((p) => (
            <tr key={p.id} className="border-b border-line">
              <td className={`${cell} tabular-nums`}>{p.number ?? "–"}</td>
              <td className={cell}>{p.description}</td>
              <td className={cell}>{p.implementer ?? "–"}</td>
              <td className={cell}>{p.region?.name ?? p.regionLabel ?? "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}

export function EsfParticipants({ rows }: { rows: ProjectDetail["participants"] }) {
  const n = (v: number | null) => <td className={`${cell} text-right tabular-nums`}>{formatInteger(v)}</td>;
  return (
    <ScrollArea label="Osallistujat (suunnitelma)">
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left font-semibold">Osallistujat (suunnitelma)</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className={cell}>
              Toiminta
            </th>
            {["Naiset", "Miehet", "Yhteensä", "alle 25 v", "25–29 v", "30–54 v", "yli 54 v"].map((h) => (
              <th key={h} scope="col" className={`${cell} text-right`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-line">
              <th scope="row" className={`${cell} font-normal`}>
                {r.label}
              </th>
              {n(r.women)}
              {n(r.men)}
              {n(r.total)}
              {n(r.ageUnder25)}
              {n(r.age25to29)}
              {n(r.age30to54)}
              {n(r.ageOver54)}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}

export function EsfIndicators({ rows }: { rows: ProjectDetail["indicators"] }) {
  return (
    <table className="w-full max-w-xl border-collapse text-left">
      <caption className="mb-2 text-left font-semibold">Seurantatiedot</caption>
      <thead>
        <tr className="border-b-2 border-ink">
          <th scope="col" className={cell}>
            Mittari
          </th>
          <th scope="col" className={`${cell} text-right`}>
            Suunniteltu
          </th>
          <th scope="col" className={`${cell} text-right`}>
            Toteutunut
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className="border-b border-line">
            <th scope="row" className={`${cell} font-normal`}>
              {r.label}
            </th>
            <td className={`${cell} text-right tabular-nums`}>{formatInteger(r.planned)}</td>
            <td className={`${cell} text-right tabular-nums`}>{formatInteger(r.realised)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function EsfPrinciples({ rows }: { rows: ProjectDetail["principles"] }) {
  return (
    <ScrollArea label="Horisontaaliset periaatteet">
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left font-semibold">
          Horisontaaliset periaatteet (vaikutus 0–5: välitön / välillinen)
        </caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className={cell}>
              Ryhmä
            </th>
            <th scope="col" className={cell}>
              Periaate
            </th>
            <th scope="col" className={`${cell} text-right`}>
              Välitön
            </th>
            <th scope="col" className={`${cell} text-right`}>
              Välillinen
            </th>
            <th scope="col" className={cell}>
              Vastaus
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-line">
              <td className={cell}>{r.category ?? "–"}</td>
              <th scope="row" className={`${cell} font-normal`}>
                {r.label}
                {r.description ? (
                  <details className="mt-1 text-sm">
                    <summary className="cursor-pointer text-brand-dark">Perustelu</summary>
                    <p className="mt-1 whitespace-pre-line">{r.description}</p>
                  </details>
                ) : null}
              </th>
              <td className={`${cell} text-right tabular-nums`}>{r.direct ?? "–"}</td>
              <td className={`${cell} text-right tabular-nums`}>{r.indirect ?? "–"}</td>
              <td className={cell}>{r.answer ?? "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
