import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { ProjectForm } from "@/components/admin/project-form";
import { requirePageUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { cachedFilterOptions } from "@/lib/stats/cache";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.project"))("newTitle") };
}

export default async function NewProjectPage() {
  await connection();
  await requirePageUser("EDITOR", "/hallinta/hankkeet/uusi");
  const [options, t] = await Promise.all([cachedFilterOptions(db()), getTranslations("admin.project")]);
  return (
    <>
      <h1 className="text-3xl">{t("newTitle")}</h1>
      <div className="mt-6">
        <ProjectForm
          mode="create"
          version={0}
          values={{}}
          funders={options.funders}
          regions={options.regions}
          themes={options.themes}
        />
      </div>
    </>
  );
}
