/** argon2id hashing (OWASP parameters: 19 MiB memory, 2 iterations, 1 lane). */
import { hash, verify } from "@node-rs/argon2";

const ARGON2ID = 2; // @node-rs/argon2's Algorithm.Argon2id (a const enum, not importable under isolatedModules)
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFC"), OPTIONS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password.normalize("NFC"));
  } catch {
    return false;
  }
}

/** Verifying against this when the account does not exist keeps the response time the same. */
export const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$3KpXKsDEDbIMBx4TRd2D3A$FHBhyE7JE8VEl7E50Ka2u+3YsDroe6bAbTvSsEukjsM";
