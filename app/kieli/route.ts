import { safeLocalPath } from "@/lib/http/local-path";
import { localeOrDefault, localePath, withoutLocalePrefix } from "@/lib/i18n/routing";

/**
 * GET /kieli?lang=en&back=/hankkeet?q=… — the old language switch (a cookie), kept so that old
 * links still work: it now sends the visitor to the page's URL in that language, and clears
 * the old cookie. Only local paths are accepted as `back`, so it cannot be an open redirect.
 */
export function GET(request: Request) {
  const url = new URL(request.url);
  const lang = localeOrDefault(url.searchParams.get("lang"));
  // Back to the page the visitor came from; `back` may name it explicitly. Only the referer's path
  // is used, never its host, so the redirect always stays on this site.
  const referer = URL.canParse(request.headers.get("referer") ?? "") ? new URL(request.headers.get("referer")!) : null;
  const fromReferer = referer ? referer.pathname + referer.search : "/";
  const back = safeLocalPath(url.searchParams.get("back") ?? fromReferer);
  const location = localePath(lang, withoutLocalePrefix(back));
  const response = new Response(null, { status: 303, headers: { Location: location } });
  response.headers.append("Set-Cookie", "kieli=; Path=/; Max-Age=0; SameSite=Lax");
  return response;
}
