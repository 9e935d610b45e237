import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/admin/login-form";
import { currentUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.login"))("title") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const params = await searchParams;
  const back = typeof params.paluu === "string" && params.paluu.startsWith("/hallinta") ? params.paluu : "/hallinta";
  if (await currentUser()) redirect(back);
  const t = await getTranslations("admin.login");
  return (
    <>
      <h1 className="mb-6 text-3xl">{t("heading")}</h1>
      {params.virhe === "alkupera" ? (
        <p role="alert" className="mb-4 border-l-4 border-warn bg-warn-light p-3">
          {t("originRejected")}
        </p>
      ) : null}
      <LoginForm back={back} />
      <p className="mt-6 max-w-prose text-sm text-muted">
        {t.rich("help", { command: "npm run admin:create", code: (chunks) => <code>{chunks}</code> })}
      </p>
    </>
  );
}
