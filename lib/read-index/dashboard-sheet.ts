/**
 * The additive part of the dashboard: every sum and count of it over a set of docs, as one
 * "sheet" of typed arrays. Sums subtract, so the sheet of a broad selection is the sheet of all
 * docs minus the sheet of the few it leaves out; the sheet of all docs is kept current on every
 * write (`sheetOfAll`), and even "all projects" is served without a pass over the projects.
 *
 * Counting rules are those of lib/stats/dashboard.ts: unknown amounts are skipped, never 0; a
 * nation-wide project counts once under NATIONAL; multi-valued groups count a doc in each value.
 */
import { TypedFastBitSet } from "typedfastbitset";
import { grown } from "./grown";
import { type DocObserver, type IndexStore, NONE } from "./store";

/** The sums a group keeps. */
const SUMS = ["projects", "granted", "cost", "grantedWithCost", "costWithGrant", "withBoth"] as const;
/** The tallies of a sheet. */
const TALLIES = ["total", "byYearFunder", "byRegion", "byTheme", "byType", "leverage", "byApplicant"] as const;

/**
 * Running sums of many groups, group by number, in typed arrays that grow with the groups (a
 * new funder, theme or applicant only extends them).
 */
export class Tallies {
  projects = new Float64Array(8);
  granted = new Float64Array(8);
  cost = new Float64Array(8);
  /** Granted and total cost of the docs that state both (funder share, leverage). */
  grantedWithCost = new Float64Array(8);
  costWithGrant = new Float64Array(8);
  withBoth = new Float64Array(8);

  /** Adds (`sign` 1) or takes away (-1) one doc's `g`, `c` (unknown as 0) and whether it states both. */
  add(group: number, g: number, c: number, both: boolean, sign: number): void {
    if (group >= this.projects.length) this.grow(group + 1);
    this.projects[group]! += sign;
    this.granted[group]! += sign * g;
    this.cost[group]! += sign * c;
    if (both) {
      this.grantedWithCost[group]! += sign * g;
      this.costWithGrant[group]! += sign * c;
      this.withBoth[group]! += sign;
    }
  }

  /** Adds sums of many docs at once. */
  addSums(
    group: number,
    s: {
      projects: number;
      granted: number;
      cost: number;
      grantedWithCost: number;
      costWithGrant: number;
      withBoth: number;
    },
  ): void {
    if (group >= this.projects.length) this.grow(group + 1);
    this.projects[group]! += s.projects;
    this.granted[group]! += s.granted;
    this.cost[group]! += s.cost;
    this.grantedWithCost[group]! += s.grantedWithCost;
    this.costWithGrant[group]! += s.costWithGrant;
    this.withBoth[group]! += s.withBoth;
  }

  /** This minus `other`, in place. */
  subtract(other: Tallies): void {
    if (other.projects.length > this.projects.length) this.grow(other.projects.length);
    for (const key of SUMS) {
      const mine = this[key];
      const theirs = other[key];
      for (let i = 0; i < theirs.length; i++) mine[i]! -= theirs[i]!;
    }
  }

  clone(): Tallies {
    const copy = new Tallies();
    for (const key of SUMS) copy[key] = this[key].slice();
    return copy;
  }

  get size(): number {
    return this.projects.length;
  }

  sums(group: number): { projects: number; grantedEur: number; totalCostEur: number } {
    return {
      projects: this.projects[group] ?? 0,
      grantedEur: this.granted[group] ?? 0,
      totalCostEur: this.cost[group] ?? 0,
    };
  }

  /** The groups with projects in them. */
  used(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.projects.length; i++) if (this.projects[i]) out.push(i);
    return out;
  }

  private grow(size: number): void {
    for (const key of SUMS) this[key] = grown(this[key], size);
  }
}

export const FIRST_YEAR = 1800;
/** Year slots: 0 no year; 1…401: FIRST_YEAR…FIRST_YEAR + 400. */
export const YEARS = 402;
/** Funder numbers are 8-bit (IndexStore.funder). */
export const FUNDER_SLOTS = 256;
export const NATIONAL = 32;
export const NO_REGION = 33;

export const yearSlotOf = (year: number): number =>
  year ? Math.min(YEARS - 1, Math.max(1, year - FIRST_YEAR + 1)) : 0;

export class Sheet {
  total = new Tallies();
  /** funder × YEARS + decision year slot. */
  byYearFunder = new Tallies();
  /** Region bits, NATIONAL, NO_REGION. */
  byRegion = new Tallies();
  /** How many docs of each region's sum rest on an inferred region. */
  regionInferred = new Float64Array(34);
  /** By theme id; 0: none. */
  byTheme = new Tallies();
  /** By organisation type number + 1; 0: none. */
  byType = new Tallies();
  /** (grant type number + 1) × FUNDER_SLOTS + funder. */
  leverage = new Tallies();
  /** By applicant slot (IndexStore.applicantIds). */
  byApplicant = new Tallies();
  /** Docs that state a granted amount (the average's divisor). */
  grantCount = 0;
  readonly esf = {
    projects: 0,
    publicPlannedEur: 0,
    publicRealizedEur: 0,
    euStatePlannedEur: 0,
    euStateRealizedEur: 0,
  };

  /**
   * Adds (`sign` 1) or takes away (-1) the docs of `set`, also given as the ascending list `docs`.
   * (Two methods, each a call: V8 optimises a long loop while it runs, and code after it then had
   * too little type feedback and left the optimised code on every call — five times slower.)
   */
  add(store: IndexStore, docs: Int32Array, set: TypedFastBitSet, sign: number): void {
    this.addEach(store, docs, sign);
    this.addByValue(store, set, sign);
  }

  /** The single-valued groups, doc by doc. */
  private addEach(store: IndexStore, docs: Int32Array, sign: number): void {
    const { granted, totalCost, decisionYear, funder, grantType, applicantSlot } = store;
    const esf = this.esf;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      const g = granted[doc]!;
      const c = totalCost[doc]!;
      const gv = g === NONE ? 0 : g;
      const cv = c === NONE ? 0 : c;
      const both = g !== NONE && c !== NONE && c > 0;
      this.total.add(0, gv, cv, both, sign);
      if (g !== NONE) this.grantCount += sign;
      const f = funder[doc]!;
      this.byYearFunder.add(f * YEARS + yearSlotOf(decisionYear[doc]!), gv, cv, both, sign);
      this.leverage.add((grantType[doc]! + 1) * FUNDER_SLOTS + f, gv, cv, both, sign);
      const applicant = applicantSlot[doc]!;
      if (applicant >= 0) this.byApplicant.add(applicant, gv, cv, both, sign);
      const planned = store.publicPlanned[doc]!;
      const realized = store.publicRealized[doc]!;
      const euPlanned = store.euStateGranted[doc]!;
      const euRealized = store.euStateRealized[doc]!;
      if (planned !== NONE || realized !== NONE || euPlanned !== NONE || euRealized !== NONE) esf.projects += sign;
      if (planned !== NONE) esf.publicPlannedEur += sign * planned;
      if (realized !== NONE) esf.publicRealizedEur += sign * realized;
      if (euPlanned !== NONE) esf.euStatePlannedEur += sign * euPlanned;
      if (euRealized !== NONE) esf.euStateRealizedEur += sign * euRealized;
    }
  }

  /** The multi-valued groups: the docs' intersection with each value's set. */
  private addByValue(store: IndexStore, set: TypedFastBitSet, sign: number): void {
    const national = set.new_intersection(store.nationalDocs);
    const regional = set.new_difference(national);
    this.byRegion.addSums(NATIONAL, sumsOver(store, national, null, sign));
    this.byRegion.addSums(
      NO_REGION,
      sumsOver(store, regional.new_difference(store.byRegion.union(store.byRegion.values())), null, sign),
    );
    for (const bit of store.byRegion.values()) {
      const inRegion = regional.new_intersection(store.byRegion.of(bit));
      this.byRegion.addSums(bit, sumsOver(store, inRegion, null, sign));
      this.regionInferred[bit]! += sign * inRegion.intersection_size(store.byInferredRegion.of(bit));
    }
    this.byTheme.addSums(
      0,
      sumsOver(store, set.new_difference(store.byTheme.union(store.byTheme.values())), null, sign),
    );
    for (const id of store.byTheme.values())
      if (id > 0) this.byTheme.addSums(id, sumsOver(store, set, store.byTheme.of(id), sign));
    this.byType.addSums(
      0,
      sumsOver(
        store,
        set.new_difference(store.byOrganizationType.union(store.byOrganizationType.values())),
        null,
        sign,
      ),
    );
    for (const n of store.byOrganizationType.values())
      this.byType.addSums(n + 1, sumsOver(store, set, store.byOrganizationType.of(n), sign));
  }

  /** This minus `other`, in place. */
  subtract(other: Sheet): this {
    for (const key of TALLIES) this[key].subtract(other[key]);
    for (let i = 0; i < this.regionInferred.length; i++) this.regionInferred[i]! -= other.regionInferred[i]!;
    this.grantCount -= other.grantCount;
    for (const key of Object.keys(this.esf) as Array<keyof Sheet["esf"]>) this.esf[key] -= other.esf[key];
    return this;
  }

  clone(): Sheet {
    const copy = new Sheet();
    for (const key of TALLIES) copy[key] = this[key].clone();
    copy.regionInferred = this.regionInferred.slice();
    copy.grantCount = this.grantCount;
    Object.assign(copy.esf, this.esf);
    return copy;
  }
}

/** Sums of the docs in `a` ∩ `b` (`b` null: in `a`), × `sign`. */
function sumsOver(store: IndexStore, a: TypedFastBitSet, b: TypedFastBitSet | null, sign: number) {
  const x = a.words;
  const y = b?.words ?? x;
  const n = Math.min(x.length, y.length, (store.size + 31) >>> 5);
  const { granted: g, totalCost: c } = store;
  let projects = 0,
    granted = 0,
    cost = 0,
    grantedWithCost = 0,
    costWithGrant = 0,
    withBoth = 0;
  for (let k = 0; k < n; k++) {
    let w = x[k]! & y[k]!;
    while (w !== 0) {
      const t = w & -w;
      const doc = (k << 5) + 31 - Math.clz32(t);
      w ^= t;
      const gd = g[doc]!;
      const cd = c[doc]!;
      const gv = gd === NONE ? 0 : gd;
      const cv = cd === NONE ? 0 : cd;
      projects++;
      granted += gv;
      cost += cv;
      if (gd !== NONE && cd !== NONE && cd > 0) {
        grantedWithCost += gv;
        costWithGrant += cv;
        withBoth++;
      }
    }
  }
  return {
    projects: sign * projects,
    granted: sign * granted,
    cost: sign * cost,
    grantedWithCost: sign * grantedWithCost,
    costWithGrant: sign * costWithGrant,
    withBoth: sign * withBoth,
  };
}

/** The sheet of every alive doc, derived once and then kept on every write. */
class SheetOfAll implements DocObserver {
  readonly sheet = new Sheet();
  private readonly one = new Int32Array(1);

  constructor(private readonly store: IndexStore) {
    const docs = new Int32Array(store.aliveTotal);
    let n = 0;
    for (let doc = 0; doc < store.size; doc++) if (store.alive[doc]) docs[n++] = doc;
    this.sheet.add(store, docs, store.aliveDocs, 1);
    store.observe(this);
  }

  leaving(doc: number): void {
    this.change(doc, -1);
  }

  entered(doc: number): void {
    this.change(doc, 1);
  }

  private change(doc: number, sign: number): void {
    this.one[0] = doc;
    this.sheet.add(this.store, this.one, new TypedFastBitSet([doc]), sign);
  }
}

const sheets = new WeakMap<IndexStore, SheetOfAll>();

/** The (live) sheet of all alive docs: read it, never change it. */
export function sheetOfAll(store: IndexStore): Sheet {
  let found = sheets.get(store);
  if (!found) sheets.set(store, (found = new SheetOfAll(store)));
  return found.sheet;
}
