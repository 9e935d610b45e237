import Link from "next/link";
import { getDictionary } from "@/lib/i18n/locale";

export async function SiteHeader() {
  const t = await getDictionary();
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link href="/" className="text-xl font-semibold text-ink no-underline hover:text-brand-dark">
          {t.siteName}
        </Link>
        <nav aria-label={t.mainNav}>
          <ul className="flex flex-wrap gap-6">
            <li>
              <Link href="/hankkeet">{t.navSearch}</Link>
            </li>
            <li>
              <Link href="/tilastot">{t.navStats}</Link>
            </li>
            <li>
              <a href="/api/openapi.json">{t.navApi}</a>
            </li>
            <li>
              <a
                href={`/kieli?lang=${t.switchLanguageLang}`}
                hrefLang={t.switchLanguageLang}
                lang={t.switchLanguageLang}
              >
                {t.switchLanguage}
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
