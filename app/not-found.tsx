import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1 className="text-3xl">Sivua ei löytynyt</h1>
      <p className="mt-4">Hakemaasi sivua ei ole, tai se on poistettu. <Link href="/">Palaa etusivulle</Link>.</p>
    </>
  );
}
