import { readFileSync } from "node:fs";
import { parseSource } from "./lib/ingest/parse.ts";
const { record } = parseSource(readFileSync("seeds/003_a6829f4d1648a1ef.txt", "utf8"), "003");
console.log(record.pilots.map(p => `${p.number} [${p.implementer}] [${p.regionLabel}] ${p.description.slice(0,50)}`).join("\n"));
console.log(record.participants, record.indicators);
console.log(record.principles.map(p => `${p.category} | ${p.label} | ${p.direct} ${p.indirect} ${p.answer} | ${(p.description??"").slice(0,40)}`).join("\n"));
console.log(record.organizations.map(o=>o.role+" "+o.name).join("\n"), record.people, record.isNational, record.provenance);
