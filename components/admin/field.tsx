import { useTranslations } from "next-intl";

/**
 * A labelled form field with its error: the message sits next to the field, is tied to it with
 * aria-describedby, and the field is marked aria-invalid, so screen readers announce both.
 */
export function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: (props: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => React.ReactNode;
}) {
  const describedBy = [hint ? `${id}-ohje` : null, error ? `${id}-virhe` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-ohje`} className="mb-1 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children({ id, ...(error ? { "aria-invalid": true as const } : {}), "aria-describedby": describedBy })}
      <FieldError id={id} error={error} />
    </div>
  );
}

/** The message under a field; its id (`<field id>-virhe`) is what the field's aria-describedby names. */
export function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={`${id}-virhe`} className="mt-1 text-sm font-semibold text-error">
      {error}
    </p>
  ) : null;
}

export const inputClass =
  "w-full rounded border border-muted px-3 py-2 aria-[invalid=true]:border-2 aria-[invalid=true]:border-error";

/** The list of errors at the top of a form, announced when it appears; each links to its field. */
export function ErrorSummary({
  errors,
  label,
}: {
  errors: Record<string, string | undefined>;
  label: (field: string) => string;
}) {
  const t = useTranslations("admin.form");
  const entries = Object.entries(errors).filter(([, message]) => message);
  if (entries.length === 0) return null;
  return (
    <div role="alert" className="mb-6 border-l-4 border-error bg-error-light p-4" tabIndex={-1}>
      <h2 className="text-lg">{t("errorSummary", { count: entries.length })}</h2>
      <ul className="mt-2 list-disc pl-5">
        {entries.map(([field, message]) => (
          <li key={field}>
            {field === "form" ? (
              message
            ) : (
              <a href={`#f-${field}`}>
                {label(field)}: {message}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
