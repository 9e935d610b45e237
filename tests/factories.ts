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

export interface EsrEuraOptions {
  code: string;
  title: string;
  /** As the page writes it: may carry an acronym and a business id ("Työterveyslaitos, TTL, 0220266-9"). */
  applicant: string;
  businessId?: string;
  organizationType?: string;
  start: string;
  end: string;
  summary: string;
  partners?: string[];
}

/** An ESR project description in the EURA 2014 layout. */
export function esrEuraPage(o: EsrEuraOptions): string {
  return `Euroopan unioni Vipuvoimaa EU:lta

Euroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus

1 Hanke

Hankekoodi: ${o.code}

Hankkeen nimi: ${o.title}

Suunnitelman mukainen toteutusaika: Alkaa ${o.start} ja päättyy ${o.end}

Toiminnan tila: Toiminta päättynyt

2 Hakijan perustiedot

Hakijan virallinen nimi: ${o.applicant}

Organisaatiotyyppi: ${o.organizationType ?? "Yliopisto"}
${o.businessId ? `\nY-tunnus: ${o.businessId}\n` : ""}
Hankkeen yhteyshenkilön nimi: Testi Henkilö

Osatoteuttajat
${(o.partners ?? []).join("\n")}

3 Suunnitelman mukainen tiivistelmä toteutuksesta

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
