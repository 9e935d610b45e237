import type { Metadata } from "next";
import Link from "next/link";
import { currentUser } from "@/lib/auth/session";
import { logoutAction } from "./actions";

export const metadata: Metadata = {
  title: { default: "Hallinta", template: "%s – Hallinta – Työhyvinvointihankkeet" },
  robots: { index: false, follow: false },
};

/**
 * The admin area's frame. It shows who is signed in; it does not protect anything: every page
 * and action under it checks the session and role itself.
 */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  return (
    <div>
      {user ? (
        <nav
          aria-label="Hallinta"
          className="mb-8 flex flex-wrap items-center gap-x-6 gap-y-2 border-b border-line pb-4"
        >
          <Link href="/hallinta">Hankkeet</Link>
          <Link href="/hallinta/hankkeet/uusi">Uusi hanke</Link>
          <Link href="/hallinta/tuonti">Tuonti</Link>
          <Link href="/hallinta/laatu">Laatujono</Link>
          <Link href="/hallinta/roskakori">Roskakori</Link>
          {user.role === "ADMIN" ? <Link href="/hallinta/kayttajat">Käyttäjät</Link> : null}
          <span className="ml-auto text-sm text-muted">
            {user.name} ({user.role === "ADMIN" ? "ylläpitäjä" : "muokkaaja"})
          </span>
          <Link href="/hallinta/salasana" className="text-sm">
            Vaihda salasana
          </Link>
          <form action={logoutAction}>
            <button
              type="submit"
              className="rounded border border-brand-dark px-3 py-1 text-sm text-brand-dark hover:bg-brand-light"
            >
              Kirjaudu ulos
            </button>
          </form>
        </nav>
      ) : null}
      {children}
    </div>
  );
}
