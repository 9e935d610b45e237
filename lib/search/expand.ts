/**
 * Finnish-aware query expansion (ADR 0004). Stemming alone misses gradated forms
 * (työhyvinvoinnin) and parts of compounds (hyvinvointi in työhyvinvointi), so each query word is
 * expanded against the lexicon of words that actually occur in the corpus:
 *   - the word itself and words starting with its stem cut before the gradating consonants
 *     (Snowball stem minus two letters: "kotihoito" → "kotiho" finds kotihoidon, kotihoitoa);
 *   - words containing that stem, for parts of compounds (stems of 5+ letters only, to stay precise);
 *   - words one edit away, for typos in words of 6+ letters.
 * The expansions become one OR group per word in a tsquery over the `simple` text vector.
 */
import type { PrismaClient } from "../generated/prisma/client";
import type { ParsedQuery, Term } from "./query";

/** How many corpus words one query word may expand to (closest first). */
export const MAX_EXPANSIONS = 60;

const EXPANSION_SQL = `
WITH terms AS (
  SELECT t.word,
    CASE
      WHEN t.word ~ '[0-9]' OR length(t.word) <= 4 THEN t.word
      ELSE left(coalesce((ts_lexize('finnish_stem', t.word))[1], t.word),
                greatest(4, length(coalesce((ts_lexize('finnish_stem', t.word))[1], t.word)) - 2))
    END AS prefix
  FROM unnest($1::text[]) AS t(word)
)
SELECT terms.word AS term, e.word AS expansion
FROM terms
CROSS JOIN LATERAL (
  SELECT x.word FROM (
    SELECT l.word, 0 AS rank FROM "SearchLexeme" l WHERE l.word = terms.word
    UNION ALL
    SELECT l.word, 1 FROM "SearchLexeme" l WHERE l.word LIKE terms.prefix || '%'
      -- A short stem reaches only inflections, not longer words that happen to begin the same
      -- way (posio → posiolla, not positiivinen).
      AND (length(terms.prefix) >= 7 OR terms.word ~ '[0-9]' OR length(l.word) <= length(terms.word) + 6)
    UNION ALL
    SELECT l.word, 2 FROM "SearchLexeme" l
    WHERE length(terms.prefix) >= 5 AND terms.word !~ '[0-9]' AND l.word LIKE '%' || terms.prefix || '%'
    UNION ALL
    SELECT l.word, 3 FROM "SearchLexeme" l
    WHERE length(terms.word) >= 6 AND terms.word !~ '[0-9]' AND l.word % terms.word
      AND levenshtein(l.word, terms.word) <= 1
  ) x
  GROUP BY x.word
  ORDER BY min(x.rank), length(x.word), x.word
  LIMIT ${MAX_EXPANSIONS}
) e`;

export type Expansions = Map<string, string[]>;

export async function expandWords(db: PrismaClient, words: string[]): Promise<Expansions> {
  const expansions: Expansions = new Map(words.map((w) => [w, []]));
  if (words.length === 0) return expansions;
  const rows = await db.$queryRawUnsafe<Array<{ term: string; expansion: string }>>(EXPANSION_SQL, words);
  for (const row of rows) expansions.get(row.term)?.push(row.expansion);
  return expansions;
}

/** A lexeme quoted for tsquery syntax. */
const quote = (lexeme: string) => `'${lexeme.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;

function group(word: string, expansions: Expansions): string {
  const forms = expansions.get(word);
  const list = forms?.length ? forms : [word]; // unknown word: matches nothing, honestly
  return list.length === 1 ? quote(list[0]!) : `(${list.map(quote).join(" | ")})`;
}

function termQuery(term: Term, expansions: Expansions): string {
  const parts = term.words.map((w) => group(w, expansions));
  return parts.length === 1 ? parts[0]! : `(${parts.join(" <-> ")})`;
}

/** The tsquery text for a parsed query, or null when there is nothing to match. */
export function toTsquery(query: ParsedQuery, expansions: Expansions): string | null {
  if (query.clauses.length === 0) return null;
  return query.clauses
    .map((clause) => {
      const alternatives = clause.anyOf.map((t) => termQuery(t, expansions));
      const joined = alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(" | ")})`;
      return clause.negated ? `!${joined}` : joined;
    })
    .join(" & ");
}

/** For an empty result: the corpus word closest to each query word, when one is close enough. */
export async function suggestSpelling(db: PrismaClient, words: string[]): Promise<string | null> {
  if (words.length === 0) return null;
  const rows = await db.$queryRawUnsafe<Array<{ term: string; suggestion: string | null }>>(
    `SELECT t.word AS term,
       (SELECT l.word FROM "SearchLexeme" l WHERE l.word % t.word AND l.word <> t.word
        ORDER BY similarity(l.word, t.word) DESC, length(l.word) LIMIT 1) AS suggestion
     FROM unnest($1::text[]) AS t(word)`,
    words,
  );
  const replaced = words.map((w) => rows.find((r) => r.term === w)?.suggestion ?? w);
  return replaced.join(" ") === words.join(" ") ? null : replaced.join(" ");
}
