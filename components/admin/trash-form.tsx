import { setDeletedAction } from "@/app/[locale]/hallinta/actions";

/**
 * Moves a project to the trash or back, naming the version the page showed (a stale page gets
 * the conflict notice instead). The button's look and words come from the caller.
 */
export function TrashForm({
  id,
  version,
  toTrash,
  className,
  children,
}: {
  id: number;
  version: number;
  toTrash: boolean;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <form action={setDeletedAction} className={className}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="deleted" value={String(toTrash)} />
      {children}
    </form>
  );
}
