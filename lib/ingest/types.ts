/**
 * What a parser makes of one source text. Parsers are pure (text in, record out) so they run the
 * same in `npm run parse`, in the seed, in the admin import preview and in tests.
 */

export type SourceFormat = "tsr-old" | "tsr-new" | "esr-eura" | "document";
export type DetectedFormat = SourceFormat | "unknown";
export type Funder = "TSR" | "ESR";

/** 1-based, inclusive line range in the normalised source text. */
export interface LineSpan {
  line: number;
  lineEnd: number;
}

export interface ParsedSection extends LineSpan {
  heading: string;
  body: string;
}

export interface ParsedMaterial extends LineSpan {
  title: string;
  file?: string;
  sizeKb?: number;
}

export interface ParsedPressRelease extends LineSpan {
  title: string | null;
  date: string | null;
  author?: string;
  body: string;
}

export interface ParsedOrganization {
  name: string;
  role: "APPLICANT" | "IMPLEMENTER" | "PARTNER" | "PILOT";
  businessId?: string;
  type?: string;
  streetAddress?: string;
  postalCode?: string;
  postOffice?: string;
  phone?: string;
  website?: string;
  /** A person named as implementer in the old TSR layout carries an e-mail. */
  email?: string;
  line: number;
}

export interface ParsedPerson {
  name: string;
  role: "CONTACT" | "RESPONSIBLE" | "AUTHOR" | "EDITOR";
  email?: string;
  phone?: string;
  title?: string;
  line: number;
}

export interface ParsedPilot {
  number: number | null;
  description: string;
  implementer: string | null;
  regionLabel: string | null;
  region: string | null;
  line: number;
}

export interface ParsedParticipantFigure {
  label: string;
  women: number | null;
  men: number | null;
  total: number | null;
  ageUnder25: number | null;
  age25to29: number | null;
  age30to54: number | null;
  ageOver54: number | null;
  line: number;
}

export interface ParsedIndicator {
  label: string;
  planned: number | null;
  realised: number | null;
  line: number;
}

export interface ParsedPrinciple {
  category: string | null;
  label: string;
  direct: number | null;
  indirect: number | null;
  answer: string | null;
  description: string | null;
  line: number;
}

export interface RegionRef {
  name: string;
  inferred: boolean;
  /** What an inferred region rests on, e.g. "kunta: Vantaa (hakija)". */
  basis?: string;
}

/** Scalar fields of the parse contract that carry provenance. */
export const PROVENANCED_FIELDS = [
  "projectNumber",
  "grantType",
  "title",
  "applicant",
  "applicantBusinessId",
  "implementer",
  "contactPerson",
  "contactEmail",
  "contactPhone",
  "responsiblePerson",
  "periodStart",
  "periodEnd",
  "estimatedCompletion",
  "decisionDate",
  "grantedEur",
  "totalCostEur",
  "resultsCompleted",
  "status",
  "priorityAxis",
  "specificObjective",
  "responsibleAuthority",
  "euStateGrantedEur",
  "euStateRealizedEur",
  "publicPlannedEur",
  "publicRealizedEur",
  "author",
  "authorTitle",
  "organization",
  "documentDate",
  "regions",
  "themes",
] as const;
export type ProvenancedField = (typeof PROVENANCED_FIELDS)[number];

export interface ParsedRecord {
  sourceFile: string;
  format: DetectedFormat;
  kind: "project" | "document" | null;
  funder: Funder | null;
  projectNumber: string | null;
  grantType: string | null;
  title: string | null;
  applicant: string | null;
  applicantBusinessId: string | null;
  implementer: string | null;
  contactPerson: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  responsiblePerson: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  estimatedCompletion: string | null;
  decisionDate: string | null;
  grantedEur: number | null;
  totalCostEur: number | null;
  resultsCompleted: string | null;
  status: string | null;
  priorityAxis: string | null;
  specificObjective: string | null;
  responsibleAuthority: string | null;
  euStateGrantedEur: number | null;
  euStateRealizedEur: number | null;
  publicPlannedEur: number | null;
  publicRealizedEur: number | null;
  regions: RegionRef[];
  isNational: boolean;
  themes: string[];
  sections: ParsedSection[];
  materials: ParsedMaterial[];
  pressReleases: ParsedPressRelease[];
  organizations: ParsedOrganization[];
  people: ParsedPerson[];
  pilots: ParsedPilot[];
  participants: ParsedParticipantFigure[];
  indicators: ParsedIndicator[];
  principles: ParsedPrinciple[];
  // Documents (non-project resources)
  author: string | null;
  authorTitle: string | null;
  organization: string | null;
  documentDate: string | null;
  warnings: string[];
  provenance: Partial<Record<ProvenancedField, LineSpan>>;
}

export function emptyRecord(sourceFile: string, format: DetectedFormat): ParsedRecord {
  return {
    sourceFile,
    format,
    kind: null,
    funder: null,
    projectNumber: null,
    grantType: null,
    title: null,
    applicant: null,
    applicantBusinessId: null,
    implementer: null,
    contactPerson: null,
    contactEmail: null,
    contactPhone: null,
    responsiblePerson: null,
    periodStart: null,
    periodEnd: null,
    estimatedCompletion: null,
    decisionDate: null,
    grantedEur: null,
    totalCostEur: null,
    resultsCompleted: null,
    status: null,
    priorityAxis: null,
    specificObjective: null,
    responsibleAuthority: null,
    euStateGrantedEur: null,
    euStateRealizedEur: null,
    publicPlannedEur: null,
    publicRealizedEur: null,
    regions: [],
    isNational: false,
    themes: [],
    sections: [],
    materials: [],
    pressReleases: [],
    organizations: [],
    people: [],
    pilots: [],
    participants: [],
    indicators: [],
    principles: [],
    author: null,
    authorTitle: null,
    organization: null,
    documentDate: null,
    warnings: [],
    provenance: {},
  };
}

type ScalarField = Exclude<ProvenancedField, "regions" | "themes">;

/** Sets a field and remembers where it came from; a value already set is kept (first wins). */
export function setField<K extends ScalarField>(
  record: ParsedRecord,
  field: K,
  value: ParsedRecord[K],
  span: LineSpan,
): void {
  if (value === null || value === undefined || record[field] !== null) return;
  record[field] = value;
  record.provenance[field] = span;
}
