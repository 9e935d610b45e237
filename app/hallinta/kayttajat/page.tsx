import type { Metadata } from "next";
import { connection } from "next/server";
import { UserForm } from "@/components/admin/user-form";
import { requirePageUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Käyttäjät" };

export default async function UsersPage() {
  await connection();
  await requirePageUser("ADMIN", "/hallinta/kayttajat");
  const users = await db().user.findMany({ orderBy: { email: "asc" }, select: { id: true, email: true, name: true, role: true, createdAt: true, disabledAt: true } });
  return (
    <>
      <h1 className="text-3xl">Käyttäjät</h1>
      <table className="mt-6 w-full text-sm">
        <thead><tr className="border-b border-line text-left"><th scope="col">Nimi</th><th scope="col">Sähköposti</th><th scope="col">Rooli</th><th scope="col">Luotu</th></tr></thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className="border-b border-line">
              <td className="py-1 pr-2">{u.name}{u.disabledAt ? " (poistettu käytöstä)" : ""}</td>
              <td className="pr-2">{u.email}</td>
              <td className="pr-2">{u.role === "ADMIN" ? "Ylläpitäjä" : "Muokkaaja"}</td>
              <td>{formatDate(u.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="mt-10 text-2xl">Uusi tunnus</h2>
      <div className="mt-4"><UserForm /></div>
    </>
  );
}
