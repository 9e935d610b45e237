import type { Metadata } from "next";
import { connection } from "next/server";
import { setUserDisabledAction } from "@/app/[locale]/hallinta/actions";
import { UserForm } from "@/components/admin/user-form";
import { Notice } from "@/components/ui/notice";
import { requirePageUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Käyttäjät" };

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await connection();
  const me = await requirePageUser("ADMIN", "/hallinta/kayttajat");
  const notice = await searchParams;
  const users = await db().user.findMany({
    orderBy: { email: "asc" },
    select: { id: true, email: true, name: true, role: true, createdAt: true, disabledAt: true },
  });
  return (
    <>
      <h1 className="text-3xl">Käyttäjät</h1>
      {notice.muutettu ? <Notice tone="done">Tunnuksen tila muutettu.</Notice> : null}
      {notice.virhe ? <Notice tone="problem">Omaa tunnusta ei voi poistaa käytöstä.</Notice> : null}
      <table className="mt-6 w-full text-sm">
        <thead>
          <tr className="border-b border-line text-left">
            <th scope="col">Nimi</th>
            <th scope="col">Sähköposti</th>
            <th scope="col">Rooli</th>
            <th scope="col">Luotu</th>
            <th scope="col">
              <span className="sr-only">Toiminto</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className="border-b border-line">
              <td className="py-1 pr-2">
                {u.name}
                {u.disabledAt ? " (poistettu käytöstä)" : ""}
              </td>
              <td className="pr-2">{u.email}</td>
              <td className="pr-2">{u.role === "ADMIN" ? "Ylläpitäjä" : "Muokkaaja"}</td>
              <td className="pr-2">{formatDate(u.createdAt)}</td>
              <td>
                {u.id === me.id ? null : (
                  <form action={setUserDisabledAction}>
                    <input type="hidden" name="userId" value={u.id} />
                    <input type="hidden" name="disabled" value={u.disabledAt ? "false" : "true"} />
                    <button
                      type="submit"
                      className="rounded border border-brand-dark px-2 py-0.5 text-brand-dark"
                      aria-label={`${u.disabledAt ? "Ota käyttöön" : "Poista käytöstä"}: ${u.name}`}
                    >
                      {u.disabledAt ? "Ota käyttöön" : "Poista käytöstä"}
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="mt-10 text-2xl">Uusi tunnus</h2>
      <div className="mt-4">
        <UserForm />
      </div>
    </>
  );
}
