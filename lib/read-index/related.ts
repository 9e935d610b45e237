/**
 * Projects related to one project, with the reasons, on the read index: the same organisation
 * (weight 3), theme (2) or region (1); themes and regions only among projects started within
 * two years of it (a broad region would otherwise relate thousands). Exact: every candidate is
 * scored, none is dropped by a candidate limit.
 */

import { topK } from "./result-order";
import type { IndexStore } from "./store";
import { NONE } from "./store";

export interface RelatedProject {
  slug: string;
  title: string;
  projectNumber: string;
  reasons: string[];
}

const YEARS_APART = 2;

export function relatedInIndex(store: IndexStore, projectId: number, limit = 5): RelatedProject[] {
  const me = store.doc(projectId);
  if (me === undefined || !store.alive[me]) return [];
  const year = store.startYear[me]!;
  const near = (doc: number) =>
    year !== 0 && store.startYear[doc] !== 0 && Math.abs(store.startYear[doc]! - year) <= YEARS_APART;
  // A doc's organisation and theme ids are distinct (lib/read-index/store.ts), so each shared id
  // is noted once per candidate. The theme sets hold alive docs only.
  const shared = new Map<number, { organizations: number[]; themes: number[]; regions: number; score: number }>();
  const entry = (doc: number) => {
    let e = shared.get(doc);
    if (!e) shared.set(doc, (e = { organizations: [], themes: [], regions: 0, score: 0 }));
    return e;
  };
  store.organizations.forEach(me, (id) => {
    for (const doc of store.docsByOrganization.get(id) ?? []) if (doc !== me) entry(doc).organizations.push(id);
  });
  for (const id of store.themesOf(me))
    store.byTheme.of(id).forEach((doc) => {
      if (doc !== me && near(doc)) entry(doc).themes.push(id);
    });
  const mask = store.regionMask[me]!;
  if (mask) {
    for (let doc = 0; doc < store.size; doc++) {
      if (doc === me || !store.alive[doc] || !(store.regionMask[doc]! & mask) || !near(doc)) continue;
      entry(doc).regions = (store.regionMask[doc]! & mask) >>> 0;
    }
  }
  for (const e of shared.values()) e.score = 3 * e.organizations.length + 2 * e.themes.length + bitCount(e.regions);
  const score = (doc: number) => shared.get(doc)!.score;
  const start = store.start;
  const best = topK(
    [...shared.keys()].filter((d) => store.alive[d]),
    limit,
    (a, b) =>
      score(b) - score(a) ||
      (start[a] === NONE ? 1 : 0) - (start[b] === NONE ? 1 : 0) ||
      start[b]! - start[a]! ||
      store.projectId[a]! - store.projectId[b]!,
  );
  const ref = store.reference;
  return best.map((doc) => {
    const e = shared.get(doc)!;
    const regions = ref.regions
      .filter((r) => {
        const bit = store.regionBit(r.id);
        return bit !== undefined && e.regions & (1 << bit);
      })
      .map((r) => r.name);
    const reasons = [
      ...e.organizations.flatMap((id) => {
        const o = ref.organizations.get(id);
        return o ? [`sama organisaatio: ${o.name}`] : [];
      }),
      ...e.themes.flatMap((id) => {
        const t = ref.themes.find((x) => x.id === id);
        return t ? [`sama aihe: ${t.name}`] : [];
      }),
      ...(regions.length ? [`sama maakunta: ${regions.join(", ")}`] : []),
    ];
    return { slug: store.slugs[doc]!, title: store.titles[doc]!, projectNumber: store.numbers[doc]!, reasons };
  });
}

function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask >>> 0; m; m &= m - 1) n++;
  return n;
}
