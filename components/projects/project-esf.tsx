import { useTranslations } from "next-intl";
import { ScrollArea } from "@/components/ui/scroll-area";
import { formatInteger } from "@/lib/format";
import type { ProjectDetail } from "@/lib/projects/queries";

const cell = "py-2 pr-4 align-top";

export function EsfPilots({ pilots }: { pilots: ProjectDetail["pilots"] }) {
  const t = useTranslations("project.esf");
  return (
    <ScrollArea label={t("pilotsCaption")}>
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left font-semibold">{t("pilotsCaption")}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className={cell}>
              {t("number")}
            </th>
            <th scope="col" className={cell}>
              {t("pilot")}
            </th>
            <th scope="col" className={cell}>
              {t("implementer")}
            </th>
            <th scope="col" className={cell}>
              {t("region")}
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

const PARTICIPANT_COLUMNS = ["women", "men", "total", "under25", "age25to29", "age30to54", "over54"] as const;

export function EsfParticipants({ rows }: { rows: ProjectDetail["participants"] }) {
  const t = useTranslations("project.esf");
  const n = (v: number | null) => <td className={`${cell} text-right tabular-nums`}>{formatInteger(v)}</td>;
  return (
    <ScrollArea label={t("participantsCaption")}>
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left font-semibold">{t("participantsCaption")}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className={cell}>
              {t("activity")}
            </th>
            {PARTICIPANT_COLUMNS.map((h) => (
              <th key={h} scope="col" className={`${cell} text-right`}>
                {t(`participants.${h}`)}
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
  const t = useTranslations("project.esf");
  const sections = useTranslations("ui.sections");
  return (
    <table className="w-full max-w-xl border-collapse text-left">
      <caption className="mb-2 text-left font-semibold">{sections("indicators")}</caption>
      <thead>
        <tr className="border-b-2 border-ink">
          <th scope="col" className={cell}>
            {t("indicator")}
          </th>
          <th scope="col" className={`${cell} text-right`}>
            {t("planned")}
          </th>
          <th scope="col" className={`${cell} text-right`}>
            {t("realized")}
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
  const t = useTranslations("project.esf");
  const sections = useTranslations("ui.sections");
  return (
    <ScrollArea label={sections("principles")}>
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left font-semibold">{t("principlesCaption")}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className={cell}>
              {t("group")}
            </th>
            <th scope="col" className={cell}>
              {t("principle")}
            </th>
            <th scope="col" className={`${cell} text-right`}>
              {t("direct")}
            </th>
            <th scope="col" className={`${cell} text-right`}>
              {t("indirect")}
            </th>
            <th scope="col" className={cell}>
              {t("answer")}
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
                    <summary className="cursor-pointer text-brand-dark">{t("rationale")}</summary>
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
