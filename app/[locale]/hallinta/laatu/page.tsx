import type { Metadata } from "next";
import { connection } from "next/server";
import { useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { type QualityItem, qualityQueue } from "@/lib/admin/quality";
import { requirePageUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.quality"))("title") };
}

function Items({ id, title, items }: { id: string; title: string; items: QualityItem[] }) {
  const t = useTranslations("admin.quality");
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-2xl">
        {title} ({items.length}
        {items.length >= 100 ? "+" : ""})
      </h2>
      {items.length === 0 ? (
        <p className="mt-2">{t("none")}</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {items.map((item, i) => (
            <li key={`${item.projectId}-${i}`}>
              <Link href={`/hallinta/hankkeet/${item.projectId}`}>{item.title}</Link>: {item.reason}
              {item.other ? (
                <>
                  {" "}
                  — {t("compare")} <Link href={`/hallinta/hankkeet/${item.other.projectId}`}>{item.other.title}</Link>
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
  const locale = await getLocale();
  const [queue, t] = await Promise.all([qualityQueue(db(), locale), getTranslations("admin.quality")]);
  return (
    <>
      <h1 className="text-3xl">{t("title")}</h1>
      <p className="mt-2 max-w-prose">{t("intro")}</p>
      <Items id="puuttuvat" title={t("missing")} items={queue.missing} />
      <Items id="kaksoiskappaleet" title={t("duplicates")} items={queue.duplicates} />
      <Items id="poikkeamat" title={t("outliers")} items={queue.outliers} />
    </>
  );
}
