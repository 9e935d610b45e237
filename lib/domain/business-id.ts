/**
 * Finnish business id (Y-tunnus): seven digits, a hyphen and a check digit. The check digit is
 * 11 − (Σ digit × weight mod 11) with weights 7, 9, 10, 5, 8, 4, 2; remainder 0 gives 0 and
 * remainder 1 is never issued.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

export function normalizeBusinessId(text: string): string | null {
  const match = text.match(/(?<!\d)(\d{6,7})\s*-\s*(\d)(?!\d)/);
  if (!match) return null;
  // Ids issued before 1990s may be written with six digits; the leading zero is implied.
  return `${match[1]!.padStart(7, "0")}-${match[2]}`;
}

export function isValidBusinessId(id: string): boolean {
  const match = id.match(/^(\d{7})-(\d)$/);
  if (!match) return false;
  const sum = [...match[1]!].reduce((acc, digit, i) => acc + Number(digit) * WEIGHTS[i]!, 0);
  const remainder = sum % 11;
  if (remainder === 1) return false;
  const check = remainder === 0 ? 0 : 11 - remainder;
  return check === Number(match[2]);
}
