/** One CSV cell, quoted when needed. */
export function csvCell(v: string | number | null, delimiter = ","): string {
  if (v === null) return "";
  let text = String(v);
  // A cell starting with = + - @ would be a formula in a spreadsheet (CSV injection).
  if (typeof v === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /["\n\r]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
}
