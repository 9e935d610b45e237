"use client";

import { useState } from "react";

/** Copies a text to the clipboard and says so (`done`, in the page's language) to screen readers. */
export function CopyButton({ text, label, done }: { text: string; label: string; done: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <>
      <button
        type="button"
        className="no-print rounded border border-brand-dark px-3 py-1 text-sm text-brand-dark hover:bg-brand-light"
        onClick={async () => {
          await navigator.clipboard.writeText(text);
          setCopied(true);
        }}
      >
        {label}
      </button>
      <span role="status" className="ml-2 text-sm">
        {copied ? done : ""}
      </span>
    </>
  );
}
