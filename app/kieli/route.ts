import { LOCALE_COOKIE } from "@/lib/i18n/dictionary";

/**
 * GET /kieli?lang=en&back=/hankkeet?q=… — switches the interface language and returns to the page.
 * Only local paths are accepted as `back`, so the switch cannot be used as an open redirect.
 */
export function GET(request: Request) {
  const url = new URL(request.url);
  const lang = url.searchParams.get("lang") === "en" ? "en" : "fi";
  // Back to the page the visitor came from (same site only); `back` may name it explicitly.
  const referer = request.headers.get("referer");
  const fromReferer = referer && new URL(referer).host === url.host ? new URL(referer).pathname + new URL(referer).search : "/";
  const back = url.searchParams.get("back") ?? fromReferer;
  const safeBack = back.startsWith("/") && !back.startsWith("//") && !back.includes("\\") ? back : "/";
  const response = new Response(null, { status: 303, headers: { Location: safeBack } });
  response.headers.append("Set-Cookie", `${LOCALE_COOKIE}=${lang}; Path=/; Max-Age=31536000; SameSite=Lax${url.protocol === "https:" ? "; Secure" : ""}`);
  return response;
}
