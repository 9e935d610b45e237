import type { Metadata } from "next";
import { connection } from "next/server";
import { ProjectForm } from "@/components/admin/project-form";
import { requirePageUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { cachedFilterOptions } from "@/lib/stats/cache";

export const metadata: Metadata = { title: "Uusi hanke" };

export default async function NewProjectPage() {
  await connection();
  await requirePageUser("EDITOR", "/hallinta/hankkeet/uusi");
  const options = await cachedFilterOptions(db());
  return (
    <>
      <h1 className="text-3xl">Uusi hanke</h1>
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
