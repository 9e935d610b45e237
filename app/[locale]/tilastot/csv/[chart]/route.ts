import { connection } from "next/server";
import { db } from "@/lib/db";
import { localeOrDefault } from "@/lib/i18n/routing";
import { statsTranslator } from "@/lib/i18n/translators";
import { badRequest } from "@/lib/search/api";
import { CHART_IDS, type ChartId, chartById, chartCsv } from "@/lib/stats/charts";
import { dashboard } from "@/lib/stats/dashboard";
import { parseStatsParams } from "@/lib/stats/params";

/**
 * `GET /tilastot/csv/{chart}?…filters` (or `/sv/…`, `/en/…`): the numbers the chart draws, as CSV,
 * headed in that language.
 */
export async function GET(request: Request, { params }: { params: Promise<{ chart: string; locale: string }> }) {
  await connection();
  const { chart, locale } = await params;
  const language = localeOrDefault(locale);
  if (!(CHART_IDS as readonly string[]).includes(chart))
    return badRequest("chart", `chart must be one of ${CHART_IDS.join(", ")}`);
  const parsed = parseStatsParams(new URL(request.url).searchParams);
  if (!parsed.ok) return badRequest(parsed.param, parsed.message);
  const d = await dashboard(db(), parsed.params, { ganttYear: parsed.ganttYear });
  return new Response(chartCsv(chartById(d, chart as ChartId, statsTranslator(language), language)), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${chart}.csv"`,
    },
  });
}
