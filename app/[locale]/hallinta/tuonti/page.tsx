import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/admin/import-form";
import { requirePageUser } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.import"))("title") };
}

export default async function ImportPage() {
  await connection();
  await requirePageUser("EDITOR", "/hallinta/tuonti");
  const t = await getTranslations("admin.import");
  return (
    <>
      <h1 className="text-3xl">{t("title")}</h1>
      <p className="mt-2 max-w-prose">{t("intro")}</p>
      <div className="mt-6">
        <ImportForm />
      </div>
    </>
  );
}
