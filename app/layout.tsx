/**
 * The pages' document (html, body) is app/[locale]/layout.tsx, which knows the language; this
 * root only passes through, as Next requires one above app/not-found.tsx.
 */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
