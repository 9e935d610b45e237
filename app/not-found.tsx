import Link from "next/link";
import { getDictionary } from "@/lib/i18n/locale";

export default async function NotFound() {
  const t = await getDictionary();
  return (
    <>
      <h1 className="text-3xl">{t.notFoundTitle}</h1>
      <p className="mt-4">
        {t.notFoundText} <Link href="/">{t.backHome}</Link>.
      </p>
    </>
  );
}
