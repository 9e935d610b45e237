/**
 * A wide table's frame on a narrow screen: it scrolls sideways, and can be focused and scrolled
 * with the keyboard too (WCAG 2.1.1; axe's scrollable-region-focusable), named by `label`.
 */
export function ScrollArea({
  label,
  className = "",
  children,
}: {
  label: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a focusable region is how keyboard users scroll it (WCAG 2.1.1)
    <div role="region" aria-label={label} tabIndex={0} className={`overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
