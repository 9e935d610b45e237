import { writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Source texts for tests, written after the formats (not copied from the seeds), so tests can
 * create projects with the properties they need.
 */
export interface TsrPageOptions {
  number: string;
  title: string;
  applicant: string;
  granted: string;
  total?: string;
  start: string;
  end: string;
  decision?: string;
  summary: string;
  contact?: string;
}

export function tsrNewPage(o: TsrPageOptions): string {
  return `${o.title}

Hanketiedot

Hankenumero
${o.number}

Hakija
${o.applicant}

Lisätietoja
${o.contact ?? "Testi Henkilö"}

Toteutusaika
${o.start} - ${o.end}

Työsuojelurahaston päätös
${o.decision ?? o.start}
${o.granted} euroa

Kokonaiskustannukset
${o.total ?? o.granted} euroa

Tiivistelmä

${o.summary}
`;
}

/** Writes source texts into `dir` as `<prefix>-<n>.txt`, for ingestFiles; returns their paths in order. */
export async function writeSourceTexts(dir: string, prefix: string, texts: string[]): Promise<string[]> {
  return Promise.all(
    texts.map(async (text, i) => {
      const file = path.join(dir, `${prefix}-${i}.txt`);
      await writeFile(file, text);
      return file;
    }),
  );
}
