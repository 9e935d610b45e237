import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { setUserDisabledAction } from "@/app/[locale]/hallinta/actions";
import { UserForm } from "@/components/admin/user-form";
import { Notice } from "@/components/ui/notice";
import { requirePageUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("title") };
}

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await connection();
  const me = await requirePageUser("ADMIN", "/hallinta/kayttajat");
  const notice = await searchParams;
  const [users, t] = await Promise.all([
    db().user.findMany({
      orderBy: { email: "asc" },
      select: { id: true, email: true, name: true, role: true, createdAt: true, disabledAt: true },
    }),
    getTranslations("admin.users"),
  ]);
  return (
    <>
      <h1 className="text-3xl">{t("title")}</h1>
      {notice.muutettu ? <Notice tone="done">{t("changed")}</Notice> : null}
      {notice.virhe ? <Notice tone="problem">{t("ownError")}</Notice> : null}
      <table className="mt-6 w-full text-sm">
        <thead>
          <tr className="border-b border-line text-left">
            <th scope="col">{t("colName")}</th>
            <th scope="col">{t("colEmail")}</th>
            <th scope="col">{t("colRole")}</th>
            <th scope="col">{t("colCreated")}</th>
            <th scope="col">
              <span className="sr-only">{t("colAction")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className="border-b border-line">
              <td className="py-1 pr-2">
                {u.name}
                {u.disabledAt ? ` (${t("disabled")})` : ""}
              </td>
              <td className="pr-2">{u.email}</td>
              <td className="pr-2">{u.role === "ADMIN" ? t("roleAdmin") : t("roleEditor")}</td>
              <td className="pr-2">{formatDate(u.createdAt)}</td>
              <td>
                {u.id === me.id ? null : (
                  <form action={setUserDisabledAction}>
                    <input type="hidden" name="userId" value={u.id} />
                    <input type="hidden" name="disabled" value={u.disabledAt ? "false" : "true"} />
                    <button
                      type="submit"
                      className="rounded border border-brand-dark px-2 py-0.5 text-brand-dark"
                      aria-label={`${u.disabledAt ? t("enable") : t("disable")}: ${u.name}`}
                    >
                      {u.disabledAt ? t("enable") : t("disable")}
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="mt-10 text-2xl">{t("newUser")}</h2>
      <div className="mt-4">
        <UserForm />
      </div>
    </>
  );
}
