/**
 * How guessable a password is, by zxcvbn-ts with its common (passwords, keyboards), Finnish and
 * English dictionaries, and its feedback in the interface language. One estimator per language,
 * made on first use: building the ranked dictionaries takes ~150 ms, a check a few milliseconds.
 */
import { type TranslationKeys, ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";
import * as finnish from "@zxcvbn-ts/language-fi";
import { swedishTranslations } from "./zxcvbn-sv";

export type PasswordLocale = "fi" | "sv" | "en";

export interface Strength {
  /** zxcvbn's 0 (under 10³ guesses) … 4 (10¹⁰ or more). */
  score: 0 | 1 | 2 | 3 | 4;
  /** Why it is guessable, in the interface language, when zxcvbn can say. */
  warning: string | null;
}

const TRANSLATIONS: Record<PasswordLocale, TranslationKeys> = {
  fi: finnish.translations,
  sv: swedishTranslations,
  en: english.translations,
};

// Words of this site that people build its passwords from; zxcvbn ranks them like the user's own.
const SITE_WORDS = ["työhyvinvointihankkeet", "työhyvinvointi", "hyvinvointi", "hallinta", "ylläpito", "tsr", "esr"];

const estimators = new Map<PasswordLocale, ZxcvbnFactory>();

function estimator(locale: PasswordLocale): ZxcvbnFactory {
  let found = estimators.get(locale);
  if (!found) {
    found = new ZxcvbnFactory({
      translations: TRANSLATIONS[locale],
      graphs: common.adjacencyGraphs,
      dictionary: { ...common.dictionary, ...finnish.dictionary, ...english.dictionary },
    });
    estimators.set(locale, found);
  }
  return found;
}

/** The strength of `password`, knowing the words of the user (email, name) an attacker would try first. */
export function strengthOf(password: string, userWords: string[], locale: PasswordLocale): Strength {
  const result = estimator(locale).check(password, [...userWords, ...SITE_WORDS]);
  return { score: result.score, warning: result.feedback.warning || null };
}
