import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { PasswordForm } from "@/components/admin/password-form";
import { requirePageUser } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.password"))("title") };
}

export default async function PasswordPage() {
  await connection();
  const user = await requirePageUser("EDITOR", "/hallinta/salasana");
  const t = await getTranslations("admin.password");
  return (
    <>
      <h1 className="mb-6 text-3xl">{t("title")}</h1>
      <PasswordForm email={user.email} name={user.name} />
    </>
  );
}
