/** The OpenAPI 3.1 description of the public API, served at /api/openapi.json. */

import { EXPORT_COLUMNS } from "../search/export";
import { FEED_LOCALES, FEED_SIZE } from "../search/feed";
import { MAX_PAGE_SIZE, REGION_SLUGS, SORTS, STATUSES } from "../search/filters";
import { GROUP_BY } from "../stats/groups";

const list = (name: string, description: string, items: Record<string, unknown> = { type: "string" }) => ({
  name,
  in: "query",
  description: `${description} Repeat the parameter or separate values with commas.`,
  schema: { type: "array", items },
  style: "form",
  explode: true,
});
const int = (name: string, description: string, minimum: number, maximum: number) => ({
  name,
  in: "query",
  description,
  schema: { type: "integer", minimum, maximum },
});

const searchParameters = [
  {
    name: "q",
    in: "query",
    description:
      'Free text: words are ANDed, "a phrase", OR, -exclude. ' +
      "Finnish inflections, compound parts and one typo are matched.",
    schema: { type: "string", maxLength: 500 },
  },
  list("funder", "Funder codes (TSR, ESR)."),
  list("grantType", "Grant types as printed (Kehittämisavustus, …)."),
  list("status", "Computed from the period.", { type: "string", enum: STATUSES }),
  int("yearFrom", "First start year.", 1900, 2100),
  int("yearTo", "Last start year.", 1900, 2100),
  list("region", "Regions (maakunta) as slugs; inferred regions count.", { type: "string", enum: REGION_SLUGS }),
  {
    name: "national",
    in: "query",
    description: "true: nation-wide projects only; false: regional ones only.",
    schema: { type: "boolean" },
  },
  int("decisionYear", "Year of the funding decision (the start year when no decision date is given).", 1900, 2100),
  list("organizationType", "Organisation types (Yliopisto, …)."),
  list("theme", "Theme slugs."),
  int("minGranted", "Minimum granted euros.", 0, 2_000_000_000),
  int("maxGranted", "Maximum granted euros.", 0, 2_000_000_000),
  {
    name: "sort",
    in: "query",
    description: "Default: relevance with q, newest without.",
    schema: { type: "string", enum: SORTS },
  },
  int("page", "1-based page.", 1, 10_000),
  int("pageSize", "Items per page (default 20).", 1, MAX_PAGE_SIZE),
];

/** What an organisation is in both the list and the single answer. */
const organizationFields = {
  slug: { type: "string" },
  name: { type: "string" },
  businessId: { type: ["string", "null"] },
  type: { type: ["string", "null"] },
  parent: { $ref: "#/components/schemas/OrganizationRef" },
};

const error = {
  description: "Invalid parameter",
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
};

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "Työhyvinvointihankkeet API",
    version: "1.0.0",
    description: "Funded workplace-wellbeing projects in Finland. Money is whole euros; dates are ISO yyyy-mm-dd.",
  },
  paths: {
    "/api/projects": {
      get: {
        summary: "Search projects",
        parameters: searchParameters,
        responses: {
          200: {
            description: "One page of matching projects with facet counts",
            content: { "application/json": { schema: { $ref: "#/components/schemas/ProjectList" } } },
          },
          400: error,
        },
      },
    },
    "/api/projects/{slug}": {
      get: {
        summary: "One project, whole record with provenance",
        parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          200: { description: "The project" },
          404: {
            description: "No such project",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
          },
        },
      },
    },
    "/api/organizations": {
      get: {
        summary: "Organisations by name or alias",
        description:
          "Each with the funders, projects and granted euros of it and its units; a unit names its parent. " +
          "Ordered by name.",
        parameters: [
          {
            name: "q",
            in: "query",
            description: "Part of the name or of any name it was seen under (case-insensitive).",
            schema: { type: "string", maxLength: 200 },
          },
          int("page", "1-based page.", 1, 10_000),
          int("pageSize", "Items per page (default 20).", 1, MAX_PAGE_SIZE),
        ],
        responses: {
          200: {
            description: "One page of organisations",
            content: { "application/json": { schema: { $ref: "#/components/schemas/OrganizationList" } } },
          },
          400: error,
        },
      },
    },
    "/api/organizations/{slug}": {
      get: {
        summary: "One organisation with its units, aliases (with their source lines), totals and projects",
        parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          200: {
            description: "The organisation",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Organization" } } },
          },
          404: {
            description: "No such organisation",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
          },
        },
      },
    },
    "/api/projects/export": {
      get: {
        summary: "Every matching project as CSV or JSON",
        parameters: [
          ...searchParameters.filter((p) => p.name !== "page" && p.name !== "pageSize"),
          {
            name: "format",
            in: "query",
            description: "excel = CSV with semicolons.",
            schema: { type: "string", enum: ["csv", "excel", "json"], default: "csv" },
          },
          {
            name: "delimiter",
            in: "query",
            description: "CSV delimiter (semicolon for Excel in Finnish locale).",
            schema: { type: "string", enum: ["comma", "semicolon"], default: "comma" },
          },
          {
            name: "columns",
            in: "query",
            description: `Comma-separated, any of ${EXPORT_COLUMNS.join(", ")}.`,
            schema: { type: "string" },
          },
        ],
        responses: {
          200: {
            description: "CSV (UTF-8 with BOM) or JSON array",
            content: { "text/csv": {}, "application/json": {} },
          },
          400: error,
        },
      },
    },
    "/api/projects/feed": {
      get: {
        summary: "Follow a search: its newest matching projects as an Atom feed",
        description:
          `The ${FEED_SIZE} matching projects that started last (the search's \`newest\` order), as Atom (RFC 4287). ` +
          "Every search filter applies; the order and the size are the feed's own, so `sort`, `page` and `pageSize` " +
          'are refused. The search page links its feed with `<link rel="alternate" type="application/atom+xml">`.',
        parameters: [
          ...searchParameters.filter((p) => !["sort", "page", "pageSize"].includes(p.name)),
          {
            name: "lang",
            in: "query",
            description: "Language of the feed's texts, money and dates (records keep their own language).",
            schema: { type: "string", enum: [...FEED_LOCALES], default: "fi" },
          },
        ],
        responses: {
          200: { description: "Atom feed", content: { "application/atom+xml": {} } },
          400: error,
        },
      },
    },
    "/api/stats": {
      get: {
        summary: "Totals and groups of the matching projects, as the dashboard counts them",
        description:
          "Sums skip unknown amounts. year = decision year (start year when no decision date). " +
          "region: nation-wide projects are counted once under `valtakunnallinen`, regional ones under each of their " +
          "regions; theme and organizationType also count a project in each of its values, so groups may add up to " +
          "more than the total. `key: null` = not stated.",
        parameters: [
          { name: "groupBy", in: "query", schema: { type: "string", enum: GROUP_BY, default: "funder" } },
          ...searchParameters.filter((p) => !["sort", "page", "pageSize"].includes(p.name)),
        ],
        responses: {
          200: {
            description: "Totals and groups",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Stats" } } },
          },
          400: error,
        },
      },
    },
  },
  components: {
    schemas: {
      Error: {
        type: "object",
        required: ["error"],
        properties: {
          error: { type: "object", properties: { param: { type: "string" }, message: { type: "string" } } },
        },
      },
      ProjectItem: {
        type: "object",
        properties: {
          slug: { type: "string" },
          projectNumber: { type: "string" },
          funder: { type: "string" },
          title: { type: "string" },
          applicant: { type: ["string", "null"] },
          periodStart: { type: ["string", "null"], format: "date" },
          periodEnd: { type: ["string", "null"], format: "date" },
          grantedEur: { type: ["integer", "null"] },
          totalCostEur: { type: ["integer", "null"] },
          regions: { type: "array", items: { type: "string" } },
          regionsInferred: { type: "array", items: { type: "string" } },
          snippet: { type: ["string", "null"] },
        },
      },
      OrganizationRef: {
        type: ["object", "null"],
        properties: { slug: { type: "string" }, name: { type: "string" } },
      },
      OrganizationList: {
        type: "object",
        required: ["total", "items"],
        properties: {
          total: { type: "integer" },
          page: { type: "integer" },
          pageSize: { type: "integer" },
          items: {
            type: "array",
            items: {
              type: "object",
              properties: {
                ...organizationFields,
                funders: { type: "array", items: { type: "string" } },
                projects: { type: "integer", description: "Of it and its units, each project once." },
                grantedEur: { type: "integer" },
              },
            },
          },
        },
      },
      Organization: {
        type: "object",
        properties: {
          ...organizationFields,
          municipality: { type: ["string", "null"] },
          units: {
            type: "array",
            items: {
              type: "object",
              properties: { slug: { type: "string" }, name: { type: "string" }, projects: { type: "integer" } },
            },
          },
          aliases: {
            type: "array",
            items: {
              type: "object",
              properties: {
                name: { type: "string" },
                kind: { type: "string", enum: ["NAME", "ACRONYM"] },
                source: {
                  type: ["object", "null"],
                  properties: { fileName: { type: "string" }, line: { type: ["integer", "null"] } },
                },
              },
            },
          },
          totals: { $ref: "#/components/schemas/Sums" },
          byFunder: { type: "array", items: { $ref: "#/components/schemas/Sums" } },
          byYear: { type: "array", items: { $ref: "#/components/schemas/Sums" } },
          projects: { type: "array", items: { type: "object" } },
        },
      },
      Sums: {
        type: "object",
        required: ["projects", "grantedEur", "totalCostEur"],
        properties: {
          projects: { type: "integer" },
          grantedEur: { type: "integer" },
          totalCostEur: { type: "integer" },
        },
      },
      Stats: {
        type: "object",
        properties: {
          total: { $ref: "#/components/schemas/Sums" },
          groups: {
            type: "array",
            items: {
              allOf: [
                { $ref: "#/components/schemas/Sums" },
                { type: "object", properties: { key: { type: ["string", "null"] }, label: { type: "string" } } },
              ],
            },
          },
        },
      },
      FacetValue: {
        type: "object",
        properties: {
          value: { type: "string" },
          label: { type: "string" },
          count: { type: "integer" },
          inferred: { type: "integer" },
        },
      },
      ProjectList: {
        type: "object",
        properties: {
          total: { type: "integer" },
          grantedEur: { type: "integer" },
          page: { type: "integer" },
          pageSize: { type: "integer" },
          items: { type: "array", items: { $ref: "#/components/schemas/ProjectItem" } },
          facets: {
            type: "object",
            additionalProperties: { type: "array", items: { $ref: "#/components/schemas/FacetValue" } },
          },
          suggestion: { type: ["string", "null"] },
        },
      },
    },
  },
} as const;
