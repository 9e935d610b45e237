"use client";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { PasswordCheck } from "@/lib/auth/password-policy";

const METER = ["bg-error w-1/5", "bg-error w-2/5", "bg-warn w-3/5", "bg-brand w-4/5", "bg-[#1d6b3a] w-full"];

// zxcvbn's dictionaries are a few hundred kB: the form loads them when the first character is typed.
const loadPolicy = () => import("@/lib/auth/password-policy");

/** The strength of a password as it is typed, with the rules it breaks, announced politely. */
export function PasswordMeter({ password, context }: { password: string; context: { email?: string; name?: string } }) {
  const t = useTranslations("admin.password");
  const locale = useLocale();
  const [check, setCheck] = useState<PasswordCheck | null>(null);
  const { email, name } = context;
  useEffect(() => {
    if (!password) {
      setCheck(null);
      return;
    }
    let current = true;
    loadPolicy().then(({ checkPassword }) => {
      if (current) setCheck(checkPassword(password, { email, name }, locale));
    });
    return () => {
      current = false;
    };
  }, [password, email, name, locale]);
  return (
    <div aria-live="polite">
      <div className="h-2 w-full rounded bg-line" aria-hidden="true">
        <div className={`h-2 rounded ${password && check ? METER[check.score] : "w-0"}`} />
      </div>
      {password && check ? (
        <p className="mt-1 text-sm">
          {t.rich("strength", { label: check.label, strong: (chunks) => <strong>{chunks}</strong> })}
          {check.problems.length ? `. ${check.problems.join(" ")}` : ""}
        </p>
      ) : null}
    </div>
  );
}
