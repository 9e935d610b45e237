export function SiteFooter() {
  return (
    <footer className="border-t border-line bg-surface">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-muted">
        <p>
          Tiedot on koottu rahoittajien (Työsuojelurahasto, Euroopan sosiaalirahasto) julkaisemista hankekuvauksista.
          Jokaisen tiedon lähde ja rivi näkyvät hankesivulla.
        </p>
      </div>
    </footer>
  );
}
