/**
 * Access control, enumerated from the build's own manifests so that a page, route handler or
 * server action added later is covered without anyone remembering to list it: nothing under the
 * admin area answers without a session, admin-only parts refuse editors, and no state-changing
 * request is accepted from another origin or without one.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { signIn } from "./users";

const NEXT_DIR = path.resolve(import.meta.dirname, "../../.next/server");
// Pages sit under app/[locale]/; their Finnish URL has no prefix.
const withoutLocale = (route: string) => route.replace(/^\/?\[locale\]/, "").replace(/^\/?/, "/");
const appPaths = Object.keys(
  JSON.parse(readFileSync(path.join(NEXT_DIR, "app-paths-manifest.json"), "utf8")) as Record<string, string>,
).map(withoutLocale);
const actions = Object.entries(
  (
    JSON.parse(readFileSync(path.join(NEXT_DIR, "server-reference-manifest.json"), "utf8")) as {
      node: Record<string, { workers: Record<string, unknown>; exportedName?: string }>;
    }
  ).node,
).map(([id, entry]) => ({
  id,
  name: entry.exportedName ?? id,
  page: withoutLocale(
    Object.keys(entry.workers)[0]!
      .replace(/^app\//, "")
      .replace(/\/page$/, ""),
  ),
}));

const url = (route: string) => route.replace(/\/(page|route)$/, "").replace(/\[[^\]]+\]/g, "1") || "/";
const adminPages = appPaths.filter(
  (p) => p.startsWith("/hallinta") && p.endsWith("/page") && !p.startsWith("/hallinta/kirjaudu"),
);
// What only administrators may do; everything else in the admin area is for editors too.
const ADMIN_ONLY_PAGES = ["/hallinta/kayttajat"];
const ADMIN_ONLY_ACTIONS = ["createUserAction", "setUserDisabledAction"];
// Signing in is the one action open to everyone (it still checks the origin).
const PUBLIC_ACTIONS = ["loginAction"];

async function callAction(
  request: APIRequestContext,
  action: (typeof actions)[number],
  headers: Record<string, string>,
) {
  const response = await request.post(action.page.replace(/\[[^\]]+\]/g, "1"), {
    headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", ...headers },
    data: "[]",
    maxRedirects: 0,
  });
  return {
    status: response.status(),
    redirect: response.headers()["x-action-redirect"] ?? response.headers().location ?? "",
  };
}

test("the manifests list the admin area", () => {
  expect(adminPages.length).toBeGreaterThanOrEqual(8);
  expect(actions.length).toBeGreaterThanOrEqual(8);
});

test("no admin page answers without a session", async ({ request }) => {
  for (const route of adminPages) {
    const response = await request.get(url(route), { maxRedirects: 0 });
    expect([route, response.status()]).toEqual([route, 307]);
    expect(response.headers().location).toContain("/hallinta/kirjaudu");
  }
});

test("a page in another language sends to sign-in in that language", async ({ request }) => {
  const response = await request.get("/sv/hallinta/laatu", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toMatch(/^\/sv\/hallinta\/kirjaudu\?paluu=%2Fhallinta%2Flaatu$/);
});

test("no server action runs without a session", async ({ request, baseURL }) => {
  for (const action of actions.filter((a) => !PUBLIC_ACTIONS.includes(a.name))) {
    const result = await callAction(request, action, { Origin: baseURL! });
    expect([action.name, result.redirect]).toEqual([action.name, expect.stringContaining("/hallinta/kirjaudu")]);
  }
});

test("an editor is refused what only administrators may do", async ({ page, baseURL }) => {
  await signIn(page);
  for (const route of adminPages) {
    const response = await page.request.get(url(route), { maxRedirects: 0 });
    const adminOnly = ADMIN_ONLY_PAGES.includes(url(route));
    expect([route, response.status()]).toEqual([
      route,
      adminOnly ? 307 : route.includes("[") ? expect.any(Number) : 200,
    ]);
    if (adminOnly) expect(response.headers().location).toContain("kielletty");
  }
  for (const action of actions.filter((a) => ADMIN_ONLY_ACTIONS.includes(a.name))) {
    const result = await callAction(page.request, action, { Origin: baseURL! });
    expect([action.name, result.redirect]).toEqual([action.name, expect.stringContaining("kielletty")]);
  }
});

test("state-changing requests without an Origin, or from another one, are refused even with a session", async ({
  page,
}) => {
  await signIn(page);
  for (const action of actions) {
    // The proxy refuses both before Next sees them (Next itself would let a missing Origin through).
    for (const headers of [{}, { Origin: "https://evil.example" }, { Origin: "null" }] as Array<
      Record<string, string>
    >) {
      const result = await callAction(page.request, action, headers);
      expect([action.name, JSON.stringify(headers), result.status]).toEqual([
        action.name,
        JSON.stringify(headers),
        403,
      ]);
    }
  }
  // Route handlers: every one is read-only, so a POST is refused whatever its origin.
  for (const route of appPaths.filter((p) => p.endsWith("/route"))) {
    const response = await page.request.post(url(route), {
      headers: { Origin: "https://evil.example" },
      maxRedirects: 0,
    });
    expect([route, response.status()]).toEqual([route, 403]);
  }
});

test("the browser bundle holds no secrets or server-only code", async () => {
  const { readdirSync, statSync } = await import("node:fs");
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(path.resolve(NEXT_DIR, "../static"));
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const secret of [
      /postgres(ql)?:\/\/[^"'\s]*@/,
      /\$argon2id\$/,
      /passwordHash/,
      /DATABASE_URL/,
      /__Host-sessio/,
    ]) {
      expect([path.basename(file), secret.test(text)]).toEqual([path.basename(file), false]);
    }
  }
});
