import "./[locale]/globals.css";
import fi from "@/messages/fi.json";
import sv from "@/messages/sv.json";

/**
 * A path outside every language's pages (rare: the proxy routes nearly all paths into a
 * language). Both official languages, as the page cannot know which one the visitor reads.
 * No next-intl context reaches here, so the texts come from the catalogues themselves.
 */
export default function GlobalNotFound() {
  return (
    <html lang="fi">
      <body className="mx-auto max-w-5xl px-4 py-8">
        <h1 className="text-3xl">{fi.ui.notFoundTitle}</h1>
        <p className="mt-4">
          <a href="/">{fi.ui.toFrontPage}</a>
        </p>
        <p lang="sv" className="mt-4">
          {sv.ui.notFoundTitle}. <a href="/sv">{sv.ui.toFrontPage}</a>
        </p>
      </body>
    </html>
  );
}
