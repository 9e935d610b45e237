/**
 * The interface's words live in messages/{fi,sv,en}.json: every key in every language, every
 * message valid ICU with no argument the Finnish one lacks, and no words written straight into
 * a page or component instead (checked on the TypeScript syntax tree of every .tsx file).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { CATALOGUES } from "../../lib/i18n/translators";

const ROOT = path.resolve(import.meta.dirname, "../..");
type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(name, value);
    else for (const [k, v] of leaves(value, name)) out.set(k, v);
  }
  return out;
}

/** The argument names an ICU message uses (plural, select and plain ones). */
function argumentsOf(message: string): Set<string> {
  const names = new Set<string>();
  const walk = (elements: ReturnType<IntlMessageFormat["getAst"]>) => {
    for (const el of elements) {
      if ("value" in el && typeof el.value === "string" && el.type !== 0) names.add(el.value);
      if ("options" in el) for (const option of Object.values(el.options)) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, "fi").getAst());
  return names;
}

const finnish = leaves(CATALOGUES.fi as unknown as Tree);

describe("the message catalogues", () => {
  for (const locale of ["sv", "en"] as const) {
    it(`${locale} has every Finnish key and no other`, () => {
      const other = leaves(CATALOGUES[locale] as unknown as Tree);
      expect([...finnish.keys()].filter((k) => !other.has(k))).toEqual([]);
      expect([...other.keys()].filter((k) => !finnish.has(k))).toEqual([]);
    });
    it(`${locale} messages are valid ICU and use no argument the Finnish one does not`, () => {
      const wrong: string[] = [];
      for (const [key, message] of leaves(CATALOGUES[locale] as unknown as Tree)) {
        const own = argumentsOf(message);
        const expected = argumentsOf(finnish.get(key)!);
        for (const name of own) if (!expected.has(name)) wrong.push(`${key}: {${name}}`);
      }
      expect(wrong).toEqual([]);
    });
  }
});

// Components whose texts have not moved to the catalogues yet (none left since the admin area
// moved). The list may only shrink; a new file with literal words fails the test.
const NOT_YET_MIGRATED = new Set<string>([]);
// Words that are the same in every language: file formats and symbols.
const LANGUAGE_NEUTRAL = /^(CSV|JSON|PNG|SVG|Atom|[\s\p{P}\p{S}\d]*)$/u;
// Attributes a person reads or hears.
const VISIBLE_ATTRIBUTES = new Set(["aria-label", "placeholder", "title", "alt", "aria-description", "label"]);

function tsxFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(rel);
    return entry.name.endsWith(".tsx") ? [rel] : [];
  });
}

/** Texts with letters written straight into JSX: text between tags and visible attributes. */
function literalsIn(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(ROOT, file), "utf8"), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      const text = node.text.replace(/\s+/g, " ").trim();
      if (/\p{L}/u.test(text) && !LANGUAGE_NEUTRAL.test(text)) found.push(text);
    } else if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText(source))) {
      const value = node.initializer;
      const text = value && ts.isStringLiteral(value) ? value.text : "";
      if (/\p{L}/u.test(text) && !LANGUAGE_NEUTRAL.test(text)) found.push(`${node.name.getText(source)}="${text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("interface texts", () => {
  const files = [...tsxFiles("app"), ...tsxFiles("components")];
  it("come from the catalogues, not from literals in pages and components", () => {
    const literals = files
      .filter((f) => !NOT_YET_MIGRATED.has(f))
      .flatMap((f) => literalsIn(f).map((text) => `${f}: ${text}`));
    expect(literals).toEqual([]);
  });
  it("the list of files still to migrate names only files that exist and still have literals", () => {
    for (const file of NOT_YET_MIGRATED) expect(files).toContain(file);
    for (const file of NOT_YET_MIGRATED) expect(literalsIn(file).length).toBeGreaterThan(0);
  });
});
