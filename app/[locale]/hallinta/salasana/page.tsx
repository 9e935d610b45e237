import type { Metadata } from "next";
import { connection } from "next/server";
import { PasswordForm } from "@/components/admin/password-form";
import { requirePageUser } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Vaihda salasana" };

export default async function PasswordPage() {
  await connection();
  const user = await requirePageUser("EDITOR", "/hallinta/salasana");
  return (
    <>
      <h1 className="mb-6 text-3xl">Vaihda salasana</h1>
      <PasswordForm email={user.email} name={user.name} />
    </>
  );
}
