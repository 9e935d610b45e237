/** Accounts the browser tests sign in with (created by serve.ts in the test database only). */
export const EDITOR = { email: "muokkaaja@example.fi", name: "Maija Muokkaaja", password: "pitkä ja harvinainen lause 42", role: "EDITOR" as const };
export const ADMIN = { email: "yllapitaja@example.fi", name: "Ylle Ylläpitäjä", password: "toinen pitkä lause ylläpitoon 7", role: "ADMIN" as const };
