/** Finnish names for the codes the database stores. */
export const ORGANIZATION_ROLE_FI = {
  APPLICANT: "Hakija",
  IMPLEMENTER: "Toteuttaja",
  PARTNER: "Osatoteuttaja",
  PILOT: "Pilotti",
} as const;
export const PERSON_ROLE_FI = {
  CONTACT: "Yhteyshenkilö",
  RESPONSIBLE: "Vastuuhenkilö",
  AUTHOR: "Kirjoittaja",
  EDITOR: "Toimittaja",
} as const;
export const FORMAT_FI: Record<string, string> = {
  "tsr-old": "Työsuojelurahaston hankesivu (vanha asettelu)",
  "tsr-new": "Työsuojelurahaston hankesivu",
  "esr-eura": "EURA 2014 -hankekuvaus (ESR)",
  document: "Asiakirja",
};
/** Field names of the provenance table, in Finnish. */
export const FIELD_FI: Record<string, string> = {
  projectNumber: "Hankenumero",
  grantType: "Avustuslaji",
  title: "Nimi",
  applicant: "Hakija",
  applicantBusinessId: "Y-tunnus",
  implementer: "Toteuttaja",
  contactPerson: "Yhteyshenkilö",
  contactEmail: "Sähköposti",
  contactPhone: "Puhelin",
  responsiblePerson: "Vastuuhenkilö",
  periodStart: "Alkaa",
  periodEnd: "Päättyy",
  estimatedCompletion: "Arvioitu valmistuminen",
  decisionDate: "Päätöspäivä",
  grantedEur: "Myönnetty",
  totalCostEur: "Kokonaiskustannukset",
  resultsCompleted: "Tulokset valmistuneet",
  status: "Tila",
  priorityAxis: "Toimintalinja",
  specificObjective: "Erityistavoite",
  responsibleAuthority: "Vastuuviranomainen",
  euStateGrantedEur: "Myönnetty EU- ja valtion rahoitus",
  euStateRealizedEur: "Toteutunut EU- ja valtion rahoitus",
  publicPlannedEur: "Suunniteltu julkinen rahoitus",
  publicRealizedEur: "Toteutunut julkinen rahoitus",
  regions: "Maakunnat",
  themes: "Aiheet",
  author: "Kirjoittaja",
  authorTitle: "Tehtävänimike",
  organization: "Organisaatio",
  documentDate: "Päivämäärä",
};
