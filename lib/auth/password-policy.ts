/**
 * Password rules and a strength estimate, in the interface language. Pure, so the sign-up and
 * password forms can run the same code in the browser (the meter) as the server does (the rule).
 * ASVS 5.0 V6.2: at least 12 characters, up to 128, every character allowed, no composition
 * rules; refuse well-known, guessable and context-specific passwords (zxcvbn, password-strength.ts).
 */
import { type PasswordLocale, strengthOf } from "./password-strength";

export type { PasswordLocale } from "./password-strength";
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;
/** The least zxcvbn score accepted: 3 is about 10⁸ guesses, beyond any online attack on a rate-limited login. */
export const PASSWORD_MIN_SCORE = 3;

export interface PasswordCheck {
  /** 0 (very weak) … 4 (strong). */
  score: 0 | 1 | 2 | 3 | 4;
  label: string;
  /** Why the password is refused; empty when it is acceptable. */
  problems: string[];
}

interface PolicyMessages {
  labels: readonly [string, string, string, string, string];
  tooShort: (min: number, now: number) => string;
  tooLong: (max: number) => string;
  guessable: string;
  containsEmail: string;
  containsName: string;
  oneCharacter: string;
}

const MESSAGES: Record<PasswordLocale, PolicyMessages> = {
  fi: {
    labels: ["Erittäin heikko", "Heikko", "Kohtalainen", "Hyvä", "Vahva"],
    tooShort: (min, now) => `Salasanassa on oltava vähintään ${min} merkkiä (nyt ${now}).`,
    tooLong: (max) => `Salasanassa saa olla enintään ${max} merkkiä.`,
    guessable: "Salasana on yleisesti käytetty tai helppo arvata; valitse harvinaisempi, esim. useampi sana.",
    containsEmail: "Salasana ei saa sisältää sähköpostiosoitettasi.",
    containsName: "Salasana ei saa sisältää nimeäsi.",
    oneCharacter: "Salasana ei saa olla samaa merkkiä toistettuna.",
  },
  sv: {
    labels: ["Mycket svagt", "Svagt", "Måttligt", "Bra", "Starkt"],
    tooShort: (min, now) => `Lösenordet måste ha minst ${min} tecken (nu ${now}).`,
    tooLong: (max) => `Lösenordet får ha högst ${max} tecken.`,
    guessable: "Lösenordet är vanligt eller lätt att gissa; välj ett ovanligare, till exempel flera ord.",
    containsEmail: "Lösenordet får inte innehålla din e-postadress.",
    containsName: "Lösenordet får inte innehålla ditt namn.",
    oneCharacter: "Lösenordet får inte bestå av ett och samma tecken.",
  },
  en: {
    labels: ["Very weak", "Weak", "Fair", "Good", "Strong"],
    tooShort: (min, now) => `The password must have at least ${min} characters (now ${now}).`,
    tooLong: (max) => `The password may have at most ${max} characters.`,
    guessable: "The password is common or easy to guess; choose a rarer one, for example several words.",
    containsEmail: "The password must not contain your email address.",
    containsName: "The password must not contain your name.",
    oneCharacter: "The password must not be one character repeated.",
  },
};

export function checkPassword(
  password: string,
  context: { email?: string; name?: string } = {},
  locale: PasswordLocale = "fi",
): PasswordCheck {
  const say = MESSAGES[locale];
  const problems: string[] = [];
  const length = [...password.normalize("NFC")].length;
  if (length < PASSWORD_MIN) problems.push(say.tooShort(PASSWORD_MIN, length));
  if (length > PASSWORD_MAX) problems.push(say.tooLong(PASSWORD_MAX));
  const lower = password.toLowerCase();
  const local = context.email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 3 && lower.includes(local)) problems.push(say.containsEmail);
  const nameParts = context.name?.toLowerCase().split(/\s+/) ?? [];
  if (nameParts.some((part) => part.length >= 3 && lower.includes(part))) problems.push(say.containsName);
  if (/^(.)\1+$/u.test(password)) problems.push(say.oneCharacter);
  // zxcvbn's time grows with the length; past the limit the password is refused anyway.
  const strength = strengthOf(password.slice(0, PASSWORD_MAX * 2), [local ?? "", ...nameParts].filter(Boolean), locale);
  if (strength.score < PASSWORD_MIN_SCORE && !problems.length)
    problems.push(strength.warning ? `${say.guessable} ${strength.warning}` : say.guessable);
  // A refused password is never shown as better than weak, however long it is.
  const score = problems.length ? (Math.min(1, strength.score) as 0 | 1) : strength.score;
  return { score, label: say.labels[score], problems };
}
