/**
 * Read-your-writes inside one process. Writers mark the moment they changed data; for a short
 * while after, every read catches the read index up with the database first (one small query)
 * instead of waiting for the change notification, which arrives a moment after the commit.
 */
let lastLocalWrite = -Infinity;

/** How long after a local write reads check the database themselves. */
export const LOCAL_WRITE_WINDOW_MS = 3000;

export function markLocalWrite(): void {
  lastLocalWrite = performance.now();
}

export function wroteRecently(): boolean {
  return performance.now() - lastLocalWrite < LOCAL_WRITE_WINDOW_MS;
}
