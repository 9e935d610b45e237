/**
 * A one-line message after an action: "done" is a polite status, "problem" an alert that screen
 * readers announce at once.
 */
export function Notice({ tone, children }: { tone: "done" | "problem"; children: React.ReactNode }) {
  return tone === "done" ? (
    <p role="status" className="mt-4 border-l-4 border-brand bg-brand-light p-3">
      {children}
    </p>
  ) : (
    <p role="alert" className="mt-4 border-l-4 border-warn bg-warn-light p-3">
      {children}
    </p>
  );
}
