import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link href="/" className="text-xl font-semibold text-ink no-underline hover:text-brand-dark">
          Työhyvinvointi&shy;hankkeet
        </Link>
        <nav aria-label="Päävalikko">
          <ul className="flex gap-6">
            <li><Link href="/hankkeet">Hae hankkeita</Link></li>
            <li><a href="/api/openapi.json">Avoin rajapinta</a></li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
