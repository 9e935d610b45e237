/**
 * The read index's data: one slot per project ("doc", numbered in order of arrival) with its
 * facet columns in typed arrays, its words in posting lists, and the small reference tables the
 * answers are labelled with. Everything a search, a facet count, a dashboard or a related-project
 * list needs is here; Postgres is read only for the rows of a page and their snippets.
 *
 * Memory per project (ADR 0007): about 90 bytes of columns, ~12 bytes per distinct word and
 * 2 bytes per word occurrence in the postings, its word list (4 bytes per distinct word) and its
 * title, slug and number strings.
 */
import { TypedFastBitSet } from "typedfastbitset";
import { slugify } from "../ingest/normalize";
import { grown } from "./grown";
import { Lexicon } from "./lexicon";
import { PackedIdSets } from "./packed-ids";
import { FIELD_A, FIELD_C, Postings, PostingsBuilder } from "./postings";
import { decodeTokens, isCurrentTokens, scanFields, wordNumbersOf } from "./stored-tokens";
import { completeOpenPart, type OpenPart } from "./tokens";
import { ValueSets } from "./value-sets";

/** One project as loaded from the ProjectSearch table (lib/read-index/load.ts). */
export interface ProjectRow {
  projectId: number;
  slug: string;
  projectNumber: string;
  title: string;
  funderCode: string;
  grantType: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  startYear: number | null;
  decisionYear: number | null;
  grantedEur: number | null;
  totalCostEur: number | null;
  euStateGrantedEur: number | null;
  euStateRealizedEur: number | null;
  publicPlannedEur: number | null;
  publicRealizedEur: number | null;
  applicantId: number | null;
  isNational: boolean;
  regionIds: number[];
  inferredRegionIds: number[];
  organizationIds: number[];
  organizationTypes: string[];
  themeIds: number[];
  textA: string;
  textB: string;
  textC: string;
  /** The tokens derived when the row was written (lib/read-index/stored-tokens.ts), if any. */
  tokens?: Uint8Array | null;
}

export interface Reference {
  funders: Array<{ code: string; name: string }>;
  regions: Array<{ id: number; name: string; code: string }>;
  themes: Array<{ id: number; name: string; slug: string }>;
  organizations: Map<number, { name: string; slug: string }>;
}

/** Granted-amount bands for the facet, in euros [min, max). */
export const GRANT_BANDS: Array<{ value: string; min: number; max: number | null; label: string }> = [
  { value: "0-20000", min: 0, max: 20000, label: "alle 20 000 €" },
  { value: "20000-50000", min: 20000, max: 50000, label: "20 000–50 000 €" },
  { value: "50000-200000", min: 50000, max: 200000, label: "50 000–200 000 €" },
  { value: "200000-1000000", min: 200000, max: 1000000, label: "200 000 € – 1 milj. €" },
  { value: "1000000-", min: 1000000, max: null, label: "yli 1 milj. €" },
];

function bandOf(granted: number | null): number {
  return granted === null ? -1 : GRANT_BANDS.findIndex((b) => granted >= b.min && (b.max === null || granted < b.max));
}

/** No value in an Int32 column (money is never negative, days are far from this). */
export const NONE = -2147483648;
export const DAY_MS = 86_400_000;

export type Status = "running" | "ended" | "upcoming" | "unknown";
export const STATUS_ORDER: Status[] = ["running", "ended", "upcoming", "unknown"];

/** 0 running, 1 ended, 2 upcoming, 3 unknown (STATUS_ORDER): how status facet and filter read the dates. */
export function statusOf(store: IndexStore, doc: number, day: number): number {
  return statusAt(store.start[doc]!, store.end[doc]!, day);
}

/** The status (STATUS_ORDER's number) of a project of these start and end days on `day`. */
export function statusAt(start: number, end: number, day: number): number {
  if (end !== NONE && end < day) return 1;
  if (start !== NONE && start > day) return 2;
  if (start !== NONE) return 0;
  return 3;
}

/** A doc's last day: its end, or its start when it states no end (NONE without dates). */
export function lastDay(store: IndexStore, doc: number): number {
  const end = store.end[doc]!;
  return end !== NONE ? end : store.start[doc]!;
}

export const yearOfDay = (day: number): number => new Date(day * DAY_MS).getUTCFullYear();

export const dayNumber = (iso: string): number => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
export const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Strings stored once, columns hold their number. */
export class Interned {
  readonly values: string[] = [];
  private readonly numbers = new Map<string, number>();
  number(value: string): number {
    let n = this.numbers.get(value);
    if (n === undefined) {
      n = this.values.length;
      this.values.push(value);
      this.numbers.set(value, n);
    }
    return n;
  }
  find(value: string): number | undefined {
    return this.numbers.get(value);
  }
}

/**
 * A view derived from the index and kept current on every write (derive on write): told about a
 * doc just before it changes or leaves (its columns and sets still as they were) and right after
 * it arrived or changed.
 */
export interface DocObserver {
  leaving(doc: number): void;
  entered(doc: number): void;
}

/** The per-doc columns, each a typed array indexed by doc. */
const COLUMNS = [
  "alive",
  "projectId",
  "funder",
  "grantType",
  "start",
  "end",
  "startYear",
  "decisionYear",
  "granted",
  "grantBand",
  "totalCost",
  "euStateGranted",
  "euStateRealized",
  "publicPlanned",
  "publicRealized",
  "applicant",
  "applicantSlot",
  "national",
  "regionMask",
  "inferredMask",
] as const;
type ColumnName = (typeof COLUMNS)[number];
type Column = IndexStore[ColumnName];

/** The facet value sets, by field name. */
const VALUE_SETS = [
  "byFunder",
  "byGrantType",
  "byStartYear",
  "byDecisionYear",
  "byGrantBand",
  "byLastYear",
  "byRegion",
  "byInferredRegion",
  "byOrganizationType",
  "byTheme",
] as const;

/**
 * What an index holds besides its derived views, as plain data and typed arrays: written to disk
 * and read back (lib/read-index/snapshot.ts) instead of reading and tokenising every row again.
 */
export interface StoreSnapshot {
  meta: {
    size: number;
    aliveTotal: number;
    titles: string[];
    slugs: string[];
    numbers: string[];
    funders: string[];
    grantTypes: string[];
    organizationTypeNames: string[];
    applicantIds: number[];
    words: string[];
    regionBits: Array<[number, number]>;
    docWordsAbandoned: number;
    organizationsAbandoned: number;
    valueSets: Record<string, Array<{ value: number; size: number }>>;
  };
  arrays: Record<string, Column | Int32Array | Uint32Array | Uint16Array | Uint8Array>;
}

export class IndexStore {
  /** Number of doc slots used (deleted projects keep their slot, not alive). */
  size = 0;
  alive = new Uint8Array(1024);
  projectId = new Int32Array(1024);
  funder = new Uint8Array(1024);
  grantType = new Int16Array(1024);
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  startYear = new Int16Array(1024);
  decisionYear = new Int16Array(1024);
  granted = new Int32Array(1024);
  /** Index of the granted amount's band in GRANT_BANDS, -1 without an amount. */
  grantBand = new Int8Array(1024);
  totalCost = new Int32Array(1024);
  euStateGranted = new Int32Array(1024);
  euStateRealized = new Int32Array(1024);
  publicPlanned = new Int32Array(1024);
  publicRealized = new Int32Array(1024);
  applicant = new Int32Array(1024);
  /** The applicant's number among all applicants (`applicantIds`), -1 without one. */
  applicantSlot = new Int32Array(1024);
  /** Applicant organisation ids by slot. */
  readonly applicantIds: number[] = [];
  private readonly applicantSlots = new Map<number, number>();
  private readonly observers: DocObserver[] = [];
  national = new Uint8Array(1024);
  /** Region bits (see `regionBit`) and the subset that was inferred. */
  regionMask = new Uint32Array(1024);
  inferredMask = new Uint32Array(1024);
  /** The distinct organisation ids of each doc. */
  readonly organizations = new PackedIdSets();
  titles: string[] = [];
  slugs: string[] = [];
  numbers: string[] = [];
  /** Distinct words of each doc, to take them out of the postings when it changes. */
  private readonly docWords = new PackedIdSets();

  readonly funders = new Interned();
  readonly grantTypes = new Interned();
  readonly organizationTypeNames = new Interned();
  readonly lexicon = new Lexicon();
  postings = new Postings();
  /** Collects the postings of a build, laid out at its end (see `build`). */
  private bulk: PostingsBuilder | null = null;
  /** Per SearchWord number, the lexicon id of its word + 1 (0: not learnt). */
  private lexiconIdOfNumber = new Int32Array(1024);
  /** Docs per organisation: related projects without a scan. */
  readonly docsByOrganization = new Map<number, Set<number>>();

  /**
   * The alive docs, and the docs per value of each facet column (lib/read-index/value-sets.ts):
   * filters are unions of these sets, facet counts popcounts of intersections. Deleted docs are
   * in none of them.
   */
  readonly aliveDocs = new TypedFastBitSet();
  readonly nationalDocs = new TypedFastBitSet();
  readonly byFunder = new ValueSets();
  readonly byGrantType = new ValueSets();
  /** By the year itself. */
  readonly byStartYear = new ValueSets();
  readonly byDecisionYear = new ValueSets();
  /** By index in GRANT_BANDS. */
  readonly byGrantBand = new ValueSets();
  /** By calendar year of the last day (see lastDay): the last year of a selection without a pass over it. */
  readonly byLastYear = new ValueSets();
  /** By region bit; the inferred ones again on their own. */
  readonly byRegion = new ValueSets();
  readonly byInferredRegion = new ValueSets();
  readonly byOrganizationType = new ValueSets();
  /** By theme id. */
  readonly byTheme = new ValueSets();
  /** How many docs are alive (in `aliveDocs`). */
  aliveTotal = 0;

  private readonly docOf = new Map<number, number>();
  private readonly scratch = new TokenScratch();
  private regionBits = new Map<number, number>();
  private regionSlugs = new Map<number, string>();
  reference: Reference = { funders: [], regions: [], themes: [], organizations: new Map() };
  private status: { day: number; sets: ValueSets } | null = null;

  get aliveCount(): number {
    return this.aliveTotal;
  }

  doc(projectId: number): number | undefined {
    return this.docOf.get(projectId);
  }

  setReference(reference: Reference): void {
    if (reference.regions.length > 32)
      throw new Error("The read index keeps regions as 32 bits: more regions than that need a wider mask");
    this.reference = reference;
    this.regionBits = new Map(
      [...reference.regions].sort((a, b) => a.code.localeCompare(b.code)).map((r, bit) => [r.id, bit]),
    );
    this.regionSlugs = new Map(reference.regions.map((r) => [r.id, slugify(r.name)]));
  }

  /** A region's URL value (as the search filter takes it). */
  regionSlug(regionId: number): string {
    return this.regionSlugs.get(regionId) ?? "";
  }

  regionBit(regionId: number): number | undefined {
    return this.regionBits.get(regionId);
  }

  regionIdOfBit(bit: number): number | undefined {
    for (const [id, b] of this.regionBits) if (b === bit) return id;
    return undefined;
  }

  /**
   * Adds the rows of a new, empty store, in batches as they stream in, in ascending project
   * order: their postings are laid out at the end in one pass instead of list by list.
   */
  async build(batches: AsyncIterable<ProjectRow[]> | Iterable<ProjectRow[]>): Promise<void> {
    if (this.size !== 0) throw new Error("IndexStore.build: the store already holds docs");
    this.bulk = new PostingsBuilder();
    try {
      for await (const batch of batches) for (const row of batch) this.upsert(row);
      this.postings = this.bulk.finish(this.lexicon.size);
    } finally {
      this.bulk = null;
    }
  }

  /** Adds a project, or replaces what the index holds of it. */
  upsert(row: ProjectRow): void {
    const known = this.docOf.get(row.projectId);
    if (known !== undefined && this.bulk) throw new Error("IndexStore.build: a project came twice");
    // Before anything changes (a build, which learnt every word first, is spared the pass).
    if (!this.bulk && this.unknownWordNumbers([row]).length)
      throw new Error(`read index: project ${row.projectId}'s stored tokens name words not learnt`);
    const doc = known ?? this.allocate(row.projectId);
    if (this.alive[doc]) for (const o of this.observers) o.leaving(doc);
    this.unlinkRelations(doc);
    this.unlinkValues(doc);
    this.alive[doc] = 1;
    this.funder[doc] = this.funders.number(row.funderCode);
    this.grantType[doc] = row.grantType === null ? -1 : this.grantTypes.number(row.grantType);
    this.start[doc] = row.periodStart ? dayNumber(row.periodStart) : NONE;
    this.end[doc] = row.periodEnd ? dayNumber(row.periodEnd) : NONE;
    this.startYear[doc] = row.startYear ?? 0;
    this.decisionYear[doc] = row.decisionYear ?? 0;
    this.granted[doc] = row.grantedEur ?? NONE;
    this.totalCost[doc] = row.totalCostEur ?? NONE;
    this.euStateGranted[doc] = row.euStateGrantedEur ?? NONE;
    this.euStateRealized[doc] = row.euStateRealizedEur ?? NONE;
    this.publicPlanned[doc] = row.publicPlannedEur ?? NONE;
    this.publicRealized[doc] = row.publicRealizedEur ?? NONE;
    this.applicant[doc] = row.applicantId ?? NONE;
    this.applicantSlot[doc] = row.applicantId === null ? -1 : this.slotOfApplicant(row.applicantId);
    this.national[doc] = row.isNational ? 1 : 0;
    this.regionMask[doc] = this.maskOf(row.regionIds);
    this.inferredMask[doc] = this.maskOf(row.inferredRegionIds);
    // Each value once: counting a doc in a group then needs no de-duplication.
    const organizations = [...new Set(row.organizationIds)];
    this.organizations.set(doc, organizations);
    this.grantBand[doc] = bandOf(row.grantedEur);
    this.titles[doc] = row.title;
    this.slugs[doc] = row.slug;
    this.numbers[doc] = row.projectNumber;
    for (const id of organizations) link(this.docsByOrganization, id, doc);
    this.linkValues(doc, row);
    this.linkWords(doc, row);
    for (const o of this.observers) o.entered(doc);
  }

  /** Keeps `observer` current from now on (it derives its first state itself). */
  observe(observer: DocObserver): void {
    this.observers.push(observer);
  }

  private slotOfApplicant(id: number): number {
    let slot = this.applicantSlots.get(id);
    if (slot === undefined) {
      slot = this.applicantIds.length;
      this.applicantIds.push(id);
      this.applicantSlots.set(id, slot);
    }
    return slot;
  }

  /** Takes a project out (deleted, or no longer in the search table). */
  remove(projectId: number): void {
    const doc = this.docOf.get(projectId);
    if (doc === undefined || !this.alive[doc]) return;
    for (const o of this.observers) o.leaving(doc);
    this.unlinkWords(doc);
    this.unlinkRelations(doc);
    this.unlinkValues(doc);
    this.alive[doc] = 0;
  }

  /** The theme ids of a doc (from the theme sets: a doc has few, the corpus a few dozen). */
  themesOf(doc: number): number[] {
    return this.byTheme.values().filter((id) => this.byTheme.of(id).has(doc));
  }

  /**
   * The docs per status (STATUS_ORDER number) on `day`. Status moves with the calendar: the sets
   * are derived from the dates on the first request of a day, then kept on every change.
   */
  byStatus(day: number): ValueSets {
    if (this.status?.day === day) return this.status.sets;
    const sets = new ValueSets();
    for (let doc = 0; doc < this.size; doc++) if (this.alive[doc]) sets.add(statusOf(this, doc, day), doc);
    this.status = { day, sets };
    return sets;
  }

  private scoreBuffer = new Float32Array(0);

  /**
   * A per-doc score buffer reused by every query (queries run synchronously, one at a time): a fresh
   * large typed array per query made the garbage collector pause searches every few dozen.
   */
  scratchScores(): Float32Array {
    if (this.scoreBuffer.length < this.size) this.scoreBuffer = new Float32Array(Math.ceil(this.size * 1.25));
    this.scoreBuffer.fill(0, 0, this.size);
    return this.scoreBuffer;
  }

  /** The index's own state (not its views, which are derived again from it). */
  snapshot(): StoreSnapshot {
    const arrays: StoreSnapshot["arrays"] = {};
    for (const name of COLUMNS) arrays[name] = this[name].subarray(0, this.size);
    Object.assign(arrays, {
      aliveDocs: this.aliveDocs.words,
      nationalDocs: this.nationalDocs.words,
    });
    const postings = this.postings.pack();
    for (const [name, array] of Object.entries(postings)) arrays[`postings.${name}`] = array;
    const docWords = this.docWords.parts();
    const organizations = this.organizations.parts();
    for (const [name, parts] of [
      ["docWords", docWords],
      ["organizations", organizations],
    ] as const)
      Object.assign(arrays, {
        [`${name}.pool`]: parts.pool,
        [`${name}.starts`]: parts.starts,
        [`${name}.lengths`]: parts.lengths,
      });
    const valueSets: StoreSnapshot["meta"]["valueSets"] = {};
    for (const name of VALUE_SETS) {
      const entries = this[name].entries();
      valueSets[name] = entries.map(({ value, size }) => ({ value, size }));
      for (const { value, words } of entries) arrays[`${name}.${value}`] = words;
    }
    return {
      meta: {
        size: this.size,
        aliveTotal: this.aliveTotal,
        titles: this.titles,
        slugs: this.slugs,
        numbers: this.numbers,
        funders: this.funders.values,
        grantTypes: this.grantTypes.values,
        organizationTypeNames: this.organizationTypeNames.values,
        applicantIds: this.applicantIds,
        words: Array.from({ length: this.lexicon.size }, (_, id) => this.lexicon.word(id)),
        regionBits: [...this.regionBits],
        docWordsAbandoned: docWords.abandoned,
        organizationsAbandoned: organizations.abandoned,
        valueSets,
      },
      arrays,
    };
  }

  /**
   * An index as its snapshot had it, with `reference` as the database has it now; null when the
   * regions no longer map to the bits the snapshot's masks were made with.
   */
  static fromSnapshot({ meta, arrays }: StoreSnapshot, reference: Reference): IndexStore | null {
    const store = new IndexStore();
    store.setReference(reference);
    const bits = [...store.regionBits];
    if (
      bits.length !== meta.regionBits.length ||
      bits.some(([id, bit], i) => meta.regionBits[i]![0] !== id || meta.regionBits[i]![1] !== bit)
    )
      return null;
    const columns = store as unknown as Record<ColumnName, Column>;
    for (const name of COLUMNS) columns[name] = arrays[name] as Column;
    store.size = meta.size;
    store.aliveTotal = meta.aliveTotal;
    store.titles = meta.titles;
    store.slugs = meta.slugs;
    store.numbers = meta.numbers;
    for (const value of meta.funders) store.funders.number(value);
    for (const value of meta.grantTypes) store.grantTypes.number(value);
    for (const value of meta.organizationTypeNames) store.organizationTypeNames.number(value);
    for (const id of meta.applicantIds) store.slotOfApplicant(id);
    for (const word of meta.words) store.lexicon.add(word);
    store.organizations.restore({
      pool: arrays["organizations.pool"] as Uint8Array,
      starts: arrays["organizations.starts"] as Int32Array,
      lengths: arrays["organizations.lengths"] as Int32Array,
      abandoned: meta.organizationsAbandoned,
    });
    for (let doc = 0; doc < store.size; doc++) {
      store.docOf.set(store.projectId[doc]!, doc);
      if (store.alive[doc]) store.organizations.forEach(doc, (id) => link(store.docsByOrganization, id, doc));
    }
    store.aliveDocs.words = arrays.aliveDocs as Uint32Array;
    store.nationalDocs.words = arrays.nationalDocs as Uint32Array;
    store.postings = new Postings({
      docs: arrays["postings.docs"] as Int32Array,
      info: arrays["postings.info"] as Uint16Array,
      positions: arrays["postings.positions"] as Uint16Array,
      listStarts: arrays["postings.listStarts"] as Int32Array,
      positionStarts: arrays["postings.positionStarts"] as Int32Array,
    });
    store.docWords.restore({
      pool: arrays["docWords.pool"] as Uint8Array,
      starts: arrays["docWords.starts"] as Int32Array,
      lengths: arrays["docWords.lengths"] as Int32Array,
      abandoned: meta.docWordsAbandoned,
    });
    for (const name of VALUE_SETS)
      store[name].restore(
        meta.valueSets[name]!.map(({ value, size }) => ({
          value,
          size,
          words: arrays[`${name}.${value}`] as Uint32Array,
        })),
      );
    return store;
  }

  /** Approximate bytes of the index's own arrays (the strings counted at two bytes a letter). */
  bytes(): number {
    const columns = COLUMNS.reduce((sum, name) => sum + this[name].byteLength, 0);
    let rest = 0;
    rest += this.postings.bytes();
    for (const name of VALUE_SETS) rest += this[name].bytes();
    rest += this.aliveDocs.words.byteLength + this.nationalDocs.words.byteLength + this.docWords.byteLength();
    rest += this.organizations.byteLength();
    for (let d = 0; d < this.size; d++) {
      rest += 2 * ((this.titles[d]?.length ?? 0) + (this.slugs[d]?.length ?? 0) + (this.numbers[d]?.length ?? 0));
    }
    return columns + rest;
  }

  /**
   * Learns the words of SearchWord numbers (lib/read-index/stored-tokens.ts): an index reads
   * stored tokens only of words it has learnt. A build learns every word first; an edit, those of
   * its rows it does not know yet (`unknownWordNumbers`).
   */
  learnWords(numbers: ArrayLike<number>, words: ArrayLike<string>): void {
    for (let i = 0; i < numbers.length; i++) {
      const number = numbers[i]!;
      if (number >= this.lexiconIdOfNumber.length)
        this.lexiconIdOfNumber = grown(this.lexiconIdOfNumber, Math.max(number + 1, this.lexiconIdOfNumber.length * 2));
      this.lexiconIdOfNumber[number] = this.lexicon.add(words[i]!) + 1;
    }
  }

  /** The SearchWord numbers the rows' stored tokens name whose words this index has not learnt. */
  unknownWordNumbers(rows: ProjectRow[]): number[] {
    const numbers = new Set<number>();
    for (const row of rows) if (isCurrentTokens(row.tokens)) wordNumbersOf(row.tokens, numbers);
    return [...numbers].filter((n) => !this.lexiconIdOfNumber[n]);
  }

  private wordOfNumber(number: number): number {
    const id = (this.lexiconIdOfNumber[number] ?? 0) - 1;
    if (id < 0) throw new Error(`read index: stored tokens name word ${number}, which was not learnt`);
    return id;
  }

  private allocate(projectId: number): number {
    const doc = this.size++;
    // The columns share one length: checked once, not per column (a build allocates every doc).
    if (this.size > this.projectId.length) {
      const columns = this as unknown as Record<ColumnName, Column>;
      for (const name of COLUMNS) columns[name] = grown(columns[name], this.size);
    }
    this.projectId[doc] = projectId;
    this.docOf.set(projectId, doc);
    return doc;
  }

  private maskOf(regionIds: number[]): number {
    let mask = 0;
    for (const id of regionIds) {
      const bit = this.regionBits.get(id);
      if (bit !== undefined) mask |= 1 << bit;
    }
    return mask >>> 0;
  }

  private linkWords(doc: number, row: ProjectRow): void {
    // Tokens become (slot, position) pairs, a slot per distinct word of the doc, found through
    // scratch arrays indexed by word id: no object or array per token or per word (a build reads
    // tens of millions of tokens). Positions run on across the fields with a gap; each word keeps
    // the best field it occurs in.
    const scratch = this.scratch;
    // A stamp of this pass of its own (not the doc's number: the same doc linked again, as on
    // every edit, would find its last pass's stamps and lose those words).
    const stamp = scratch.nextStamp();
    let slots = 0;
    let tokens = 0;
    let field = FIELD_A;
    const note = (id: number, position: number) => {
      if (id >= scratch.seen.length) scratch.growWords(this.lexicon.size);
      if (scratch.seen[id] !== stamp) {
        scratch.seen[id] = stamp;
        scratch.slotOf[id] = slots;
        scratch.ensureSlots(slots + 1);
        scratch.slotWord[slots] = id;
        scratch.slotField[slots] = field;
        scratch.slotCount[slots] = 0;
        slots++;
      }
      const slot = scratch.slotOf[id]!;
      scratch.ensureTokens(tokens + 1);
      scratch.tokenSlot[tokens] = slot;
      scratch.tokenPosition[tokens] = position;
      scratch.slotCount[slot]!++;
      tokens++;
    };
    // Stored tokens when the row has them in this code's format (derived when it was written),
    // else the text itself: either way the same words, fields and positions.
    let openParts: OpenPart[];
    if (isCurrentTokens(row.tokens)) {
      const stored = decodeTokens(
        row.tokens,
        (number, wordField) => {
          field = wordField;
          return this.wordOfNumber(number);
        },
        note,
      );
      openParts = stored.map(({ position, prefix, completedBy }) => ({
        position,
        prefix: this.lexicon.word(this.wordOfNumber(prefix)),
        completedBy: this.lexicon.word(this.wordOfNumber(completedBy)),
      }));
    } else {
      openParts = scanFields(row, (text, from, to, position, textField) => {
        field = textField;
        note(this.lexicon.intern(text, from, to), position);
      });
    }
    // `etä- ja hybridityössä` also says `etätyössä`, at the open part's position.
    field = FIELD_C;
    for (const part of openParts) {
      const word = completeOpenPart(part.prefix, part.completedBy, this.lexicon.has);
      if (word) note(this.lexicon.add(word), part.position);
    }
    // Group the positions by slot (a counting sort), then one posting per word.
    const starts = scratch.slotStart;
    let offset = 0;
    for (let slot = 0; slot < slots; slot++) {
      starts[slot] = offset;
      offset += scratch.slotCount[slot]!;
    }
    const fill = scratch.slotFill;
    fill.set(starts.subarray(0, slots));
    for (let t = 0; t < tokens; t++) scratch.grouped[fill[scratch.tokenSlot[t]!]!++] = scratch.tokenPosition[t]!;
    const words = scratch.slotWord;
    // Words the doc no longer has leave their lists; the others are replaced in place below.
    this.docWords.forEach(doc, (id) => {
      if (scratch.seen[id] !== stamp) this.postings.remove(id, doc);
    });
    this.docWords.set(doc, words, slots);
    if (this.bulk) {
      this.bulk.add(doc, slots, words, scratch.slotField, scratch.grouped, starts, scratch.slotCount);
      return;
    }
    for (let slot = 0; slot < slots; slot++) {
      const from = starts[slot]!;
      this.postings.put(
        words[slot]!,
        doc,
        scratch.slotField[slot]!,
        scratch.grouped,
        from,
        from + scratch.slotCount[slot]!,
      );
    }
  }

  private unlinkWords(doc: number): void {
    this.docWords.forEach(doc, (id) => this.postings.remove(id, doc));
    this.docWords.clear(doc);
  }

  private unlinkRelations(doc: number): void {
    this.organizations.forEach(doc, (id) => this.docsByOrganization.get(id)?.delete(doc));
  }

  /** Puts an (alive) doc into the sets of its values, as its columns now hold them. */
  private linkValues(doc: number, row: ProjectRow): void {
    this.aliveDocs.add(doc);
    this.aliveTotal++;
    if (this.national[doc]) this.nationalDocs.add(doc);
    this.forEachColumnValue(doc, (sets, value) => sets.add(value, doc));
    for (const type of row.organizationTypes) this.byOrganizationType.add(this.organizationTypeNames.number(type), doc);
    for (const id of row.themeIds) this.byTheme.add(id, doc);
  }

  /** Takes a doc out of the sets of the values its columns hold (before they change). */
  private unlinkValues(doc: number): void {
    if (!this.alive[doc]) return;
    this.aliveDocs.remove(doc);
    this.aliveTotal--;
    this.nationalDocs.remove(doc);
    this.forEachColumnValue(doc, (sets, value) => sets.remove(value, doc));
    // Organisation types and themes have no column: the doc leaves whichever sets hold it.
    this.byOrganizationType.removeEverywhere(doc);
    this.byTheme.removeEverywhere(doc);
  }

  /** Each value set a doc's columns put it in, with the value. */
  private forEachColumnValue(doc: number, visit: (sets: ValueSets, value: number) => void): void {
    visit(this.byFunder, this.funder[doc]!);
    if (this.grantType[doc]! >= 0) visit(this.byGrantType, this.grantType[doc]!);
    if (this.startYear[doc]) visit(this.byStartYear, this.startYear[doc]!);
    if (this.decisionYear[doc]) visit(this.byDecisionYear, this.decisionYear[doc]!);
    if (this.grantBand[doc]! >= 0) visit(this.byGrantBand, this.grantBand[doc]!);
    const last = lastDay(this, doc);
    if (last !== NONE) visit(this.byLastYear, yearOfDay(last));
    for (const bit of bitsOf(this.regionMask[doc]!)) visit(this.byRegion, bit);
    for (const bit of bitsOf(this.inferredMask[doc]!)) visit(this.byInferredRegion, bit);
    if (this.status) visit(this.status.sets, statusOf(this, doc, this.status.day));
  }
}

/** Reused buffers for turning one doc's tokens into postings. */
class TokenScratch {
  /** Per word id: the stamp of the pass that last saw it, and its slot in that pass's doc. */
  seen = new Int32Array(1024);
  slotOf = new Int32Array(1024);
  private stamp = 0;

  nextStamp(): number {
    if (this.stamp === 0x7fffffff) {
      this.seen.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }
  /** Per slot: word id, best field, number of positions, where its positions start. */
  slotWord = new Int32Array(256);
  slotField = new Uint8Array(256);
  slotCount = new Int32Array(256);
  slotStart = new Int32Array(256);
  slotFill = new Int32Array(256);
  /** Per token: its slot and position; `grouped` holds the positions grouped by slot. */
  tokenSlot = new Int32Array(1024);
  tokenPosition = new Int32Array(1024);
  grouped = new Int32Array(1024);

  growWords(size: number): void {
    this.seen = grown(this.seen, size);
    this.slotOf = grown(this.slotOf, size);
  }

  ensureSlots(size: number): void {
    if (size <= this.slotWord.length) return;
    this.slotWord = grown(this.slotWord, size);
    this.slotField = grown(this.slotField, size);
    this.slotCount = grown(this.slotCount, size);
    this.slotStart = grown(this.slotStart, size);
    this.slotFill = grown(this.slotFill, size);
  }

  ensureTokens(size: number): void {
    if (size <= this.tokenSlot.length) return;
    this.tokenSlot = grown(this.tokenSlot, size);
    this.tokenPosition = grown(this.tokenPosition, size);
    this.grouped = grown(this.grouped, size);
  }
}

/** The set bits of a 32-bit mask, lowest first. */
export function bitsOf(mask: number): number[] {
  const bits: number[] = [];
  for (let m = mask >>> 0, bit = 0; m; m >>>= 1, bit++) if (m & 1) bits.push(bit);
  return bits;
}

function link(map: Map<number, Set<number>>, key: number, doc: number): void {
  const set = map.get(key);
  if (set) set.add(doc);
  else map.set(key, new Set([doc]));
}
