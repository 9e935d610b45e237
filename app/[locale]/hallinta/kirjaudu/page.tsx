import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { LoginForm } from "@/components/admin/login-form";
import { currentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Kirjaudu" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const params = await searchParams;
  const back = typeof params.paluu === "string" && params.paluu.startsWith("/hallinta") ? params.paluu : "/hallinta";
  if (await currentUser()) redirect(back);
  return (
    <>
      <h1 className="mb-6 text-3xl">Kirjaudu hallintaan</h1>
      {params.virhe === "alkupera" ? (
        <p role="alert" className="mb-4 border-l-4 border-warn bg-warn-light p-3">
          Pyyntö hylättiin, koska se ei tullut tältä sivustolta. Kirjaudu uudelleen.
        </p>
      ) : null}
      <LoginForm back={back} />
      <p className="mt-6 max-w-prose text-sm text-muted">
        Tunnukset antaa portaalin ylläpitäjä. Ensimmäinen ylläpitäjä luodaan komennolla{" "}
        <code>npm run admin:create</code>.
      </p>
    </>
  );
}
