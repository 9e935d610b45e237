import { LOCALE_COOKIE } from "@/lib/i18n/dictionary";

/**
 * GET /kieli?lang=en&back=/hankkeet?q=… — switches the interface language and returns to the page.
 * Only local paths are accepted as `back`, so the switch cannot be used as an open redirect.
 */
export function GET(request: Request) {
  const url = new URL(request.url);
  const lang = url.searchParams.get("lang") === "en" ? "en" : "fi";
  // Back to the page the visitor came from; `back` may name it explicitly. Only the referer's path
  // is used, never its host, so the redirect always stays on this site.
  const referer = URL.canParse(request.headers.get("referer") ?? "") ? new URL(request.headers.get("referer")!) : null;
  const fromReferer = referer ? referer.pathname + referer.search : "/";
  const back = url.searchParams.get("back") ?? fromReferer;
  const safeBack = back.startsWith("/") && !back.startsWith("//") && !back.includes("\\") ? back : "/";
  const response = new Response(null, { status: 303, headers: { Location: safeBack } });
  response.headers.append(
    "Set-Cookie",
    `${LOCALE_COOKIE}=${lang}; Path=/; Max-Age=31536000; SameSite=Lax${url.protocol === "https:" ? "; Secure" : ""}`,
  );
  return response;
}
