/**
 * Administrators' writes on a real Postgres: no lost updates under concurrent editors, history
 * and restore, soft delete, import conflicts, hostile input, sign-in back-off.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { FIELD_LABELS, projectFormSchema, toFormValues } from "../../lib/admin/project-form";
import { createProject, loadEditable, restoreRevision, saveProject, setDeleted } from "../../lib/admin/project-store";
import { checkLogin } from "../../lib/auth/login";
import { createUser } from "../../lib/auth/users";
import { createPrismaClient } from "../../lib/db";
import { parseSource } from "../../lib/ingest/parse";
import { ImportConflict, storeParsed } from "../../lib/ingest/store";
import { seed } from "../../prisma/seed";
import { resetDatabase, testDatabaseUrl, testPrisma } from "../setup/db-utils";
import { tsrNewPage } from "../factories";
import { HOSTILE_STRINGS } from "../hostile-inputs";

let prisma: PrismaClient;
let editorId: number;
let projectId: number;

beforeAll(async () => {
  prisma = testPrisma();
  await resetDatabase(prisma);
  await seed(testDatabaseUrl());
  const created = await createUser(prisma, { email: "muokkaaja@example.fi", name: "Maija Muokkaaja", password: "pitkä ja harvinainen lause 42", role: "EDITOR" });
  if (!created.ok) throw new Error(created.message);
  editorId = created.id;
  projectId = (await prisma.project.findFirstOrThrow({ where: { projectNumber: "190328" } })).id;
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("no lost updates", () => {
  it("20 editors × 50 rounds on one record: one winner a round, one history row per save", async () => {
    // Several connections, so the saves really race in Postgres.
    const pool = createPrismaClient(testDatabaseUrl(), 20);
    try {
      const revisionsBefore = await pool.revision.count({ where: { projectId } });
      let wins = 0;
      for (let round = 0; round < 50; round++) {
        const start = (await loadEditable(pool, projectId))!;
        const results = await Promise.all(
          Array.from({ length: 20 }, (_, editor) =>
            saveProject(pool, { id: projectId, state: { ...start.state, title: `Kierros ${round} muokkaaja ${editor}` }, expectedVersion: start.version, userId: editorId }),
          ),
        );
        const winners = results.flatMap((r, editor) => (r.ok ? [editor] : []));
        expect(winners).toHaveLength(1);
        expect(results.filter((r) => !r.ok && r.kind === "conflict")).toHaveLength(19);
        const after = (await loadEditable(pool, projectId))!;
        // The winner's value is what is stored: nothing else overwrote it.
        expect(after.state.title).toBe(`Kierros ${round} muokkaaja ${winners[0]}`);
        expect(after.version).toBe(start.version + 1);
        wins++;
      }
      expect(await pool.revision.count({ where: { projectId } })).toBe(revisionsBefore + wins);
    } finally {
      await pool.$disconnect();
    }
  }, 300_000);

  it("a conflict names what the other editor changed", async () => {
    const start = (await loadEditable(prisma, projectId))!;
    await saveProject(prisma, { id: projectId, state: { ...start.state, grantedEur: 41000 }, expectedVersion: start.version, userId: editorId });
    const late = await saveProject(prisma, { id: projectId, state: { ...start.state, title: "Myöhästynyt" }, expectedVersion: start.version, userId: editorId });
    expect(late.ok).toBe(false);
    if (late.ok || late.kind !== "conflict") throw new Error("expected a conflict");
    expect(late.theirChanges).toEqual([expect.objectContaining({ field: "grantedEur", before: start.state.grantedEur, after: 41000, by: "Maija Muokkaaja" })]);
    expect((await loadEditable(prisma, projectId))!.state.title).toBe(start.state.title);
  });
});

describe("history", () => {
  it("every revision restores exactly", async () => {
    const start = (await loadEditable(prisma, projectId))!;
    const edited = { ...start.state, title: "Uusi nimi", periodEnd: "2021-12-31", regions: ["lappi", "uusimaa"], summary: "Uusi tiivistelmä." };
    const saved = await saveProject(prisma, { id: projectId, state: edited, expectedVersion: start.version, userId: editorId });
    expect(saved.ok).toBe(true);
    const restored = await restoreRevision(prisma, { id: projectId, version: start.version, expectedVersion: start.version + 1, userId: editorId });
    expect(restored.ok).toBe(true);
    expect((await loadEditable(prisma, projectId))!.state).toEqual(start.state);
    const last = await prisma.revision.findFirstOrThrow({ where: { projectId }, orderBy: { version: "desc" } });
    expect(last.action).toBe("RESTORE");
    expect(last.userId).toBe(editorId);
  });

  it("delete is soft and restorable, and leaves search while deleted", async () => {
    const start = (await loadEditable(prisma, projectId))!;
    expect((await setDeleted(prisma, { id: projectId, deleted: true, expectedVersion: start.version, userId: editorId })).ok).toBe(true);
    expect(await prisma.projectSearch.count({ where: { projectId } })).toBe(0);
    expect(await prisma.project.count({ where: { id: projectId } })).toBe(1);
    expect((await setDeleted(prisma, { id: projectId, deleted: false, expectedVersion: start.version + 1, userId: editorId })).ok).toBe(true);
    expect(await prisma.projectSearch.count({ where: { projectId } })).toBe(1);
    const actions = await prisma.revision.findMany({ where: { projectId }, orderBy: { version: "desc" }, take: 2, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["RESTORE", "DELETE"]);
  });

  it("an import through the admin path refuses a stale preview and writes nothing", async () => {
    const text = tsrNewPage({ number: "190328", title: "Tuotu uudelleen", applicant: "Oulun kaupunki", granted: "1 000", start: "1.1.2020", end: "31.12.2021", summary: "Tuotu." });
    const current = (await loadEditable(prisma, projectId))!;
    await expect(storeParsed(prisma, parseSource(text, "admin-import.txt"), { force: true, userId: editorId, expectedVersion: current.version - 1 })).rejects.toBeInstanceOf(ImportConflict);
    expect((await loadEditable(prisma, projectId))!.version).toBe(current.version);
    const ok = await storeParsed(prisma, parseSource(text, "admin-import.txt"), { force: true, userId: editorId, expectedVersion: current.version });
    expect(ok.status).toBe("updated");
    const last = await prisma.revision.findFirstOrThrow({ where: { projectId }, orderBy: { version: "desc" } });
    expect([last.action, last.userId]).toEqual(["IMPORT", editorId]);
    expect(last.changes).toEqual(expect.arrayContaining([expect.objectContaining({ field: "title", after: "Tuotu uudelleen" })]));
  });
});

describe("bad input", () => {
  const FIELDS = Object.keys(FIELD_LABELS);

  it(`${HOSTILE_STRINGS.length * FIELDS.length} hostile field values: no exception, no invalid row`, async () => {
    const base = toFormValues((await loadEditable(prisma, projectId))!.state);
    let rejected = 0;
    let stored = 0;
    for (const field of FIELDS) {
      for (const value of HOSTILE_STRINGS) {
        const parsed = projectFormSchema.safeParse({ ...base, projectNumber: `H-${stored}`, [field]: value });
        if (!parsed.success) {
          rejected++;
          // Every rejection says what is wrong, in words, on a field.
          for (const issue of parsed.error.issues) expect(issue.message.length).toBeGreaterThan(5);
          continue;
        }
        const result = await createProject(prisma, { state: parsed.data, userId: editorId });
        if (result.ok) stored++;
        else expect(result.kind).toBe("invalid");
      }
    }
    expect(rejected).toBeGreaterThan(0);
    expect(stored).toBeGreaterThan(0);
    // Every stored project reads back as a valid form.
    const ids = (await prisma.project.findMany({ select: { id: true } })).map((p) => p.id);
    for (const id of ids) {
      const state = (await loadEditable(prisma, id))!.state;
      const again = projectFormSchema.safeParse(toFormValues(state));
      expect(again.success, `${id}: ${again.success ? "" : JSON.stringify(again.error.issues)}`).toBe(true);
    }
  }, 300_000);

  it("arbitrary strings in any field never throw (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(FIELD_LABELS)), fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), fc.constant("")), (field, value) => {
        const result = projectFormSchema.safeParse({ title: "T", projectNumber: "1", funderCode: "TSR", [field]: value });
        if (!result.success) expect(result.error.issues.every((i) => typeof i.message === "string" && i.message.length > 0)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("a duplicate project number (case and spaces aside) is a field error", async () => {
    const state = (await loadEditable(prisma, projectId))!.state;
    const result = await createProject(prisma, { state: { ...state, projectNumber: ` ${state.projectNumber.toUpperCase()} `.trim() }, userId: editorId });
    expect(result).toEqual({ ok: false, kind: "invalid", errors: { projectNumber: "Rahoittajalla on jo hanke tällä numerolla." } });
  });
});

describe("sign-in back-off", () => {
  it("slows an account down after 5 failures and lets the right password in again later", async () => {
    const ip = "203.0.113.7";
    for (let i = 0; i < 5; i++) expect(await checkLogin(prisma, "muokkaaja@example.fi", "väärä salasana", ip)).toEqual({ ok: false, reason: "invalid" });
    const throttled = await checkLogin(prisma, "MUOKKAAJA@example.fi ", "pitkä ja harvinainen lause 42", ip);
    expect(throttled).toMatchObject({ ok: false, reason: "throttled" });
    await prisma.loginAttempt.updateMany({ data: { at: new Date(Date.now() - 60 * 60 * 1000) } });
    expect(await checkLogin(prisma, "muokkaaja@example.fi", "pitkä ja harvinainen lause 42", ip)).toEqual({ ok: true, userId: editorId });
  });

  it("an unknown account gets the same answer as a wrong password", async () => {
    expect(await checkLogin(prisma, "ei-ole@example.fi", "mitä tahansa 123456", "203.0.113.8")).toEqual({ ok: false, reason: "invalid" });
  });
});
