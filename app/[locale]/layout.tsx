import type { Metadata } from "next";
import "@fontsource/source-sans-3/400.css";
import "@fontsource/source-sans-3/600.css";
import "./globals.css";
import { notFound } from "next/navigation";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { ErrorTextsProvider } from "@/components/ui/error-texts";
import { LanguageAlternates } from "@/components/ui/language-alternates";
import { SiteFooter } from "@/components/ui/site-footer";
import { SiteHeader } from "@/components/ui/site-header";
import { isLocale, localeOrDefault } from "@/lib/i18n/locales";

// Hidden until focused: the first Tab lands on it.
const SKIP_LINK =
  "sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:bg-white focus:p-3";

interface Props {
  children: React.ReactNode;
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({
    locale: localeOrDefault(locale),
    namespace: "ui",
  });
  return {
    title: { default: t("siteName"), template: `%s – ${t("siteName")}` },
    description: t("siteDescription"),
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const [t, messages] = await Promise.all([getTranslations("ui"), getMessages()]);
  return (
    <html lang={locale}>
      <head>
        <LanguageAlternates />
      </head>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className={SKIP_LINK}>
          {t("skipToContent")}
        </a>
        {/* The client gets only the texts it uses (the error page's); the rest stays on the server. */}
        <ErrorTextsProvider texts={messages.ui.error}>
          <SiteHeader />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 outline-none">
            {children}
          </main>
          <SiteFooter />
        </ErrorTextsProvider>
      </body>
    </html>
  );
}
