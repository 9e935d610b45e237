/**
 * The views derived from the index and kept on every write: derived once right after a build,
 * so that no request pays for deriving them.
 */
import { sheetOfAll } from "./dashboard-sheet";
import { today } from "./filters";
import { deriveGrantOrder } from "./grant-order";
import { deriveSortOrders } from "./result-order";
import { runningIn } from "./running";
import type { IndexStore } from "./store";

export function deriveViews(store: IndexStore): void {
  sheetOfAll(store);
  deriveGrantOrder(store);
  deriveSortOrders(store);
  store.byStatus(today());
  runningIn(store, new Date().getUTCFullYear()); // the timeline's default year
}
