import type { Metadata } from "next";
import "@fontsource/source-sans-3/400.css";
import "@fontsource/source-sans-3/600.css";
import "./globals.css";
import { SiteFooter } from "@/components/ui/site-footer";
import { SiteHeader } from "@/components/ui/site-header";
import { getDictionary, getLocale } from "@/lib/i18n/locale";

export const metadata: Metadata = {
  title: { default: "Työhyvinvointihankkeet", template: "%s – Työhyvinvointihankkeet" },
  description:
    "Avoin portaali rahoitetuista työhyvinvointi- ja johtamishankkeista: haku, hankesivut ja rahoituksen tilastot.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getDictionary()]);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:bg-white focus:p-3"
        >
          {t.skipToContent}
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
