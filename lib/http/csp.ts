/**
 * The Content Security Policy. Pages get a fresh nonce per request (proxy.ts): Next puts it on
 * every script it renders, so no inline script runs without it — not one injected through a
 * record's text — and `'strict-dynamic'` lets those scripts load the page's chunks (ADR 0009).
 * Styles keep `'unsafe-inline'`: charts and layout use style attributes, which a nonce cannot
 * cover, and styles do not run code.
 */
export function pagePolicy(nonce: string, development = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code to rebuild server stacks; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** For answers that are data, not pages (JSON, CSV, feeds, redirects): nothing may run or load. */
export const DATA_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** A nonce: 128 random bits, base64. */
export const newNonce = (): string => Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
