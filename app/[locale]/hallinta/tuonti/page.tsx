import type { Metadata } from "next";
import { connection } from "next/server";
import { ImportForm } from "@/components/admin/import-form";
import { requirePageUser } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Tuo lähdeteksti" };

export default async function ImportPage() {
  await connection();
  await requirePageUser("EDITOR", "/hallinta/tuonti");
  return (
    <>
      <h1 className="text-3xl">Tuo lähdeteksti</h1>
      <p className="mt-2 max-w-prose">
        Liitä rahoittajan hankesivun teksti tai valitse tekstitiedosto. Näet ensin, mitä siitä tulkittiin ja miten se
        eroaa nykyisestä tietueesta; mitään ei tallenneta ennen vahvistusta. Tuonti kulkee saman reitin kuin
        lähdeaineiston siemennys, ja jokaisen kentän lähderivi säilyy.
      </p>
      <div className="mt-6">
        <ImportForm />
      </div>
    </>
  );
}
