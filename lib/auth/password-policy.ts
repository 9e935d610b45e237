/**
 * Password rules and a strength estimate, in Finnish. Pure, so the sign-up and password forms
 * can run the same code in the browser (the meter) as the server does (the rule).
 * ASVS 5.0 V6.2: at least 12 characters, up to 128, every character allowed, no composition
 * rules; refuse well-known and context-specific passwords.
 */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

// The most common passwords and Finnish words people build them from (lower-cased).
const COMMON = [
  "salasana",
  "password",
  "qwerty",
  "123456",
  "1234567890",
  "salasana123",
  "salasana1",
  "kissa123",
  "koira123",
  "aurinko",
  "kesäloma",
  "suomi100",
  "perkele",
  "hyvinvointi",
  "tyohyvinvointi",
  "työhyvinvointi",
  "letmein",
  "iloveyou",
  "admin",
  "welcome",
  "qwertyuiop",
  "asdfghjkl",
  "abc123",
  "000000",
  "111111",
  "tervetuloa",
  "hallinta",
  "yllapito",
  "ylläpito",
];

export interface PasswordCheck {
  /** 0 (very weak) … 4 (strong). */
  score: 0 | 1 | 2 | 3 | 4;
  label: string;
  /** Why the password is refused; empty when it is acceptable. */
  problems: string[];
}

const LABELS = ["Erittäin heikko", "Heikko", "Kohtalainen", "Hyvä", "Vahva"] as const;

export function checkPassword(password: string, context: { email?: string; name?: string } = {}): PasswordCheck {
  const problems: string[] = [];
  const length = [...password.normalize("NFC")].length;
  if (length < PASSWORD_MIN) problems.push(`Salasanassa on oltava vähintään ${PASSWORD_MIN} merkkiä (nyt ${length}).`);
  if (length > PASSWORD_MAX) problems.push(`Salasanassa saa olla enintään ${PASSWORD_MAX} merkkiä.`);
  const lower = password.toLowerCase();
  const plain = lower.replace(/[^a-zåäö]/g, "");
  if (COMMON.some((c) => lower === c || (c.length >= 6 && plain === c.replace(/[^a-zåäö]/g, ""))))
    problems.push("Salasana on yleisesti käytetty; valitse harvinaisempi.");
  const local = context.email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 3 && lower.includes(local))
    problems.push("Salasana ei saa sisältää sähköpostiosoitettasi.");
  for (const part of context.name?.toLowerCase().split(/\s+/) ?? []) {
    if (part.length >= 3 && lower.includes(part)) {
      problems.push("Salasana ei saa sisältää nimeäsi.");
      break;
    }
  }
  if (/^(.)\1+$/.test(password)) problems.push("Salasana ei saa olla samaa merkkiä toistettuna.");
  // A refused password is never shown as better than weak, however long it is.
  const score = problems.length ? (Math.min(1, estimate(password)) as 0 | 1) : estimate(password);
  return { score, label: LABELS[score], problems };
}

/** A rough entropy estimate: the size of the character classes used, to the power of the length. */
function estimate(password: string): 0 | 1 | 2 | 3 | 4 {
  let pool = 0;
  if (/[a-zåäö]/.test(password)) pool += 29;
  if (/[A-ZÅÄÖ]/.test(password)) pool += 29;
  if (/[0-9]/.test(password)) pool += 10;
  if (/[^a-zA-ZåäöÅÄÖ0-9]/.test(password)) pool += 33;
  const distinct = new Set(password).size;
  const bits = Math.log2(Math.max(pool, 2)) * Math.min([...password].length, distinct * 2);
  return bits < 28 ? 0 : bits < 45 ? 1 : bits < 60 ? 2 : bits < 80 ? 3 : 4;
}
