import { connection } from "next/server";
import { db } from "@/lib/db";
import { badRequest, paramsFrom } from "@/lib/search/api";
import { dashboard } from "@/lib/stats/dashboard";
import { GROUP_BY, type GroupBy, statsResponse } from "@/lib/stats/groups";
import { statsFilters } from "@/lib/stats/params";

/** `GET /api/stats?groupBy=region&…filters`: totals and groups, as the dashboard counts them. */
export async function GET(request: Request) {
  await connection();
  const groupBy = new URL(request.url).searchParams.get("groupBy") ?? "funder";
  if (!(GROUP_BY as readonly string[]).includes(groupBy))
    return badRequest("groupBy", `groupBy must be one of ${GROUP_BY.join(", ")}`);
  const parsed = paramsFrom(request, ["groupBy"]);
  if (!parsed.ok) return parsed.response;
  const d = await dashboard(db(), statsFilters(parsed.params));
  return Response.json(statsResponse(d, groupBy as GroupBy));
}
