import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { type QualityItem, qualityQueue } from "@/lib/admin/quality";
import { requirePageUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "Laatujono" };

function Items({ id, title, items }: { id: string; title: string; items: QualityItem[] }) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-2xl">
        {title} ({items.length}
        {items.length >= 100 ? "+" : ""})
      </h2>
      {items.length === 0 ? (
        <p className="mt-2">Ei huomautettavaa.</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {items.map((item, i) => (
            <li key={`${item.projectId}-${i}`}>
              <Link href={`/hallinta/hankkeet/${item.projectId}`}>{item.title}</Link>: {item.reason}
              {item.other ? (
                <>
                  {" "}
                  — vrt. <Link href={`/hallinta/hankkeet/${item.other.projectId}`}>{item.other.title}</Link>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default async function QualityPage() {
  await connection();
  await requirePageUser("EDITOR", "/hallinta/laatu");
  const queue = await qualityQueue(db());
  return (
    <>
      <h1 className="text-3xl">Laatujono</h1>
      <p className="mt-2 max-w-prose">
        Tietueet, joista puuttuu keskeisiä tietoja, jotka näyttävät kaksoiskappaleilta tai joiden summat tai päivämäärät
        poikkeavat tavallisesta. Jokainen rivi vie muokkauslomakkeelle.
      </p>
      <Items id="puuttuvat" title="Puuttuvat tiedot" items={queue.missing} />
      <Items id="kaksoiskappaleet" title="Mahdolliset kaksoiskappaleet" items={queue.duplicates} />
      <Items id="poikkeamat" title="Poikkeavat summat ja päivämäärät" items={queue.outliers} />
    </>
  );
}
