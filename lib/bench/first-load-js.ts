/**
 * First-load JavaScript of a page as a modern browser meets it: every script the page's HTML loads,
 * each counted once and gzipped (level 9, as Next's build report and most CDNs compress). Inline
 * scripts (React's flight data) are the page's content, not its code, and are not counted.
 */
import { gzipSync } from "node:zlib";

export async function firstLoadJs(origin: string, path: string): Promise<{ scripts: number; gzipKb: number }> {
  const html = await (await fetch(`${origin}${path}`)).text();
  // `noModule` scripts are polyfills that current browsers never load.
  const tags = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)].filter((m) => !/\snoModule/i.test(m[0]));
  const sources = new Set(tags.map((m) => m[1]!.replaceAll("&amp;", "&")));
  let bytes = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, origin))).arrayBuffer());
    bytes += gzipSync(body, { level: 9 }).length;
  }
  return { scripts: sources.size, gzipKb: Math.round(bytes / 102.4) / 10 };
}
