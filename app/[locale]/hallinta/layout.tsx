import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { currentUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { logoutAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const [t, ui] = await Promise.all([getTranslations("admin.layout"), getTranslations("ui")]);
  return {
    title: { default: t("title"), template: t("titleTemplate", { site: ui("siteName") }) },
    robots: { index: false, follow: false },
  };
}

/**
 * The admin area's frame. It shows who is signed in; it does not protect anything: every page
 * and action under it checks the session and role itself. Its client forms get the admin texts
 * of the page's language; the public pages never ship them.
 */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const [user, t, messages] = await Promise.all([currentUser(), getTranslations("admin.layout"), getMessages()]);
  return (
    <NextIntlClientProvider messages={{ admin: messages.admin }}>
      <div>
        {user ? (
          <nav
            aria-label={t("nav")}
            className="mb-8 flex flex-wrap items-center gap-x-6 gap-y-2 border-b border-line pb-4"
          >
            <Link href="/hallinta">{t("projects")}</Link>
            <Link href="/hallinta/hankkeet/uusi">{t("newProject")}</Link>
            <Link href="/hallinta/tuonti">{t("import")}</Link>
            <Link href="/hallinta/laatu">{t("quality")}</Link>
            <Link href="/hallinta/roskakori">{t("trash")}</Link>
            {user.role === "ADMIN" ? <Link href="/hallinta/kayttajat">{t("users")}</Link> : null}
            <span className="ml-auto text-sm text-muted">
              {user.name} ({user.role === "ADMIN" ? t("roleAdmin") : t("roleEditor")})
            </span>
            <Link href="/hallinta/salasana" className="text-sm">
              {t("changePassword")}
            </Link>
            <form action={logoutAction}>
              <button
                type="submit"
                className="rounded border border-brand-dark px-3 py-1 text-sm text-brand-dark hover:bg-brand-light"
              >
                {t("logout")}
              </button>
            </form>
          </nav>
        ) : null}
        {children}
      </div>
    </NextIntlClientProvider>
  );
}
