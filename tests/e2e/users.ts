import { expect, type Page } from "@playwright/test";

/** Accounts the browser tests sign in with (created by serve.ts in the test database only). */
export const EDITOR = {
  email: "muokkaaja@example.fi",
  name: "Maija Muokkaaja",
  password: "pitkä ja harvinainen lause 42",
  role: "EDITOR" as const,
};
export const ADMIN = {
  email: "yllapitaja@example.fi",
  name: "Ylle Ylläpitäjä",
  password: "toinen pitkä lause ylläpitoon 7",
  role: "ADMIN" as const,
};

/** Opens the admin area, is sent to sign-in, signs in and lands on the admin front page. */
export async function signIn(page: Page, user: { email: string; password: string } = EDITOR) {
  await page.goto("/hallinta");
  await expect(page).toHaveURL(/\/hallinta\/kirjaudu/);
  await page.getByLabel("Sähköposti").fill(user.email);
  await page.getByLabel("Salasana").fill(user.password);
  await page.getByRole("button", { name: "Kirjaudu" }).click();
  await expect(page.getByRole("heading", { name: "Hankkeiden hallinta" })).toBeVisible();
}
