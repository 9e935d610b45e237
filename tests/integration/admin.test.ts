/**
 * Administrators' writes on a real Postgres: no lost updates under concurrent editors, history
 * and restore, soft delete, import conflicts, hostile input, sign-in back-off.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formValues, type ProjectState, toFormValues } from "../../lib/admin/project-form";
import { createProject, restoreRevision, saveProject, setDeleted } from "../../lib/admin/project-store";
import { loadEditable } from "../../lib/admin/revisions";
import { FIELD_LABELS, projectFormSchema } from "../../lib/admin/texts";
import { checkLogin } from "../../lib/auth/login";
import { createUser } from "../../lib/auth/users";
import { createPrismaClient } from "../../lib/db";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { parseSource } from "../../lib/ingest/parse";
import { ImportConflict, storeParsed } from "../../lib/ingest/store";
import { seed } from "../../prisma/seed";
import { tsrNewPage } from "../factories";
import { HOSTILE_STRINGS } from "../hostile-inputs";
import { resetDatabase, testDatabaseUrl, testPrisma } from "../setup/db-utils";

let prisma: PrismaClient;
let editorId: number;
let projectId: number;

beforeAll(async () => {
  prisma = testPrisma();
  await resetDatabase(prisma);
  await seed(testDatabaseUrl());
  const created = await createUser(prisma, {
    email: "muokkaaja@example.fi",
    name: "Maija Muokkaaja",
    password: "pitkä ja harvinainen lause 42",
    role: "EDITOR",
  });
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
            saveProject(pool, {
              id: projectId,
              state: { ...start.state, title: `Kierros ${round} muokkaaja ${editor}` },
              expectedVersion: start.version,
              userId: editorId,
            }),
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
    await saveProject(prisma, {
      id: projectId,
      state: { ...start.state, grantedEur: 41000 },
      expectedVersion: start.version,
      userId: editorId,
    });
    const late = await saveProject(prisma, {
      id: projectId,
      state: { ...start.state, title: "Myöhästynyt" },
      expectedVersion: start.version,
      userId: editorId,
    });
    expect(late.ok).toBe(false);
    if (late.ok || late.kind !== "conflict") throw new Error("expected a conflict");
    expect(late.theirChanges).toEqual([
      expect.objectContaining({
        field: "grantedEur",
        before: start.state.grantedEur,
        after: 41000,
        by: "Maija Muokkaaja",
      }),
    ]);
    expect((await loadEditable(prisma, projectId))!.state.title).toBe(start.state.title);
  });
});

describe("history", () => {
  it("every revision restores exactly", async () => {
    const start = (await loadEditable(prisma, projectId))!;
    const edited = {
      ...start.state,
      title: "Uusi nimi",
      periodEnd: "2021-12-31",
      regions: ["lappi", "uusimaa"],
      sections: [{ heading: "Tiivistelmä", body: "Uusi tiivistelmä." }],
      organizations: [
        ...start.state.organizations,
        { name: "Uusi Kumppani Oy", businessId: "0245437-2", type: null, role: "PARTNER" as const },
      ],
      people: [
        {
          name: "Pekka Projekti",
          role: "CONTACT" as const,
          title: "Projektipäällikkö",
          email: "pekka@example.fi",
          phone: null,
        },
      ],
      pressReleases: [{ title: "Hanke alkaa", date: "2020-01-15", body: "Tiedote." }],
      materials: [{ title: "Loppuraportti", fileName: "raportti.pdf" }],
    };
    const saved = await saveProject(prisma, {
      id: projectId,
      state: edited,
      expectedVersion: start.version,
      userId: editorId,
    });
    expect(saved.ok).toBe(true);
    // What was saved reads back exactly (organisation types come from the shared organisation record).
    const reread = (await loadEditable(prisma, projectId))!.state;
    expect({ ...reread, organizations: reread.organizations.map((o) => ({ ...o, type: null })) }).toEqual({
      ...edited,
      organizations: edited.organizations.map((o) => ({ ...o, type: null })),
    });
    const restored = await restoreRevision(prisma, {
      id: projectId,
      version: start.version,
      expectedVersion: start.version + 1,
      userId: editorId,
    });
    expect(restored.ok).toBe(true);
    expect((await loadEditable(prisma, projectId))!.state).toEqual(start.state);
    const last = await prisma.revision.findFirstOrThrow({ where: { projectId }, orderBy: { version: "desc" } });
    expect(last.action).toBe("RESTORE");
    expect(last.userId).toBe(editorId);
  });

  it("delete is soft and restorable, and leaves search while deleted", async () => {
    const start = (await loadEditable(prisma, projectId))!;
    expect(
      (await setDeleted(prisma, { id: projectId, deleted: true, expectedVersion: start.version, userId: editorId })).ok,
    ).toBe(true);
    expect(await prisma.projectSearch.count({ where: { projectId } })).toBe(0);
    expect(await prisma.project.count({ where: { id: projectId } })).toBe(1);
    expect(
      (
        await setDeleted(prisma, {
          id: projectId,
          deleted: false,
          expectedVersion: start.version + 1,
          userId: editorId,
        })
      ).ok,
    ).toBe(true);
    expect(await prisma.projectSearch.count({ where: { projectId } })).toBe(1);
    const actions = await prisma.revision.findMany({
      where: { projectId },
      orderBy: { version: "desc" },
      take: 2,
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual(["RESTORE", "DELETE"]);
  });

  it("an import through the admin path refuses a stale preview and writes nothing", async () => {
    const text = tsrNewPage({
      number: "190328",
      title: "Tuotu uudelleen",
      applicant: "Oulun kaupunki",
      granted: "1 000",
      start: "1.1.2020",
      end: "31.12.2021",
      summary: "Tuotu.",
    });
    const current = (await loadEditable(prisma, projectId))!;
    await expect(
      storeParsed(prisma, parseSource(text, "admin-import.txt"), {
        force: true,
        userId: editorId,
        expectedVersion: current.version - 1,
      }),
    ).rejects.toBeInstanceOf(ImportConflict);
    expect((await loadEditable(prisma, projectId))!.version).toBe(current.version);
    const ok = await storeParsed(prisma, parseSource(text, "admin-import.txt"), {
      force: true,
      userId: editorId,
      expectedVersion: current.version,
    });
    expect(ok.status).toBe("updated");
    const last = await prisma.revision.findFirstOrThrow({ where: { projectId }, orderBy: { version: "desc" } });
    expect([last.action, last.userId]).toEqual(["IMPORT", editorId]);
    expect(last.changes).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: "title", after: "Tuotu uudelleen" })]),
    );
  });
});

describe("bad input", () => {
  const FIELDS = Object.keys(FIELD_LABELS);

  // Every scalar field, the checkbox groups, and fields inside each kind of sub-record row.
  const TARGETS = [
    ...FIELDS.filter((f) => !["organizations", "people", "sections", "pressReleases", "materials"].includes(f)),
    "organizations.0.name",
    "organizations.0.businessId",
    "organizations.0.role",
    "people.0.email",
    "people.0.name",
    "sections.0.body",
    "pressReleases.0.date",
    "materials.0.title",
  ];

  /** The form as a browser posts it, with one value replaced. */
  function postedForm(values: ReturnType<typeof toFormValues>, target: string, value: string): FormData {
    const data = new FormData();
    for (const [key, v] of Object.entries(values)) {
      if (typeof v === "string") data.append(key, v);
      else
        for (const [i, x] of v.entries()) {
          if (typeof x === "string") data.append(key, x);
          else for (const [sub, y] of Object.entries(x)) data.append(`${key}.${i}.${sub}`, y);
        }
    }
    data.set(target, value);
    return data;
  }

  it(`${HOSTILE_STRINGS.length * TARGETS.length} hostile form values: ` +
    "no exception, no invalid row, every refusal in words", async () => {
    const start = (await loadEditable(prisma, projectId))!.state;
    const base = toFormValues({
      ...start,
      people: [{ name: "Pekka", role: "CONTACT", title: null, email: null, phone: null }],
      sections: [{ heading: "Osio", body: "Teksti" }],
      pressReleases: [{ title: "Tiedote", date: null, body: null }],
      materials: [{ title: "Aineisto", fileName: null }],
    });
    let rejected = 0;
    const accepted: ProjectState[] = [];
    for (const target of TARGETS) {
      for (const value of HOSTILE_STRINGS) {
        const parsed = projectFormSchema.safeParse(
          formValues(postedForm({ ...base, projectNumber: `H-${accepted.length}` }, target, value)),
        );
        if (!parsed.success) {
          rejected++;
          // Every rejection names a field and says what is wrong, in Finnish.
          for (const issue of parsed.error.issues)
            expect(issue.message, `${target}=${JSON.stringify(value)}`).toMatch(/[a-zäö]{3}.*[.]$|[a-zäö]{4}/i);
          for (const issue of parsed.error.issues) expect(issue.message).not.toMatch(/Invalid input|expected/);
          continue;
        }
        accepted.push(parsed.data);
      }
    }
    // Store what passed, four at a time.
    let stored = 0;
    for (let i = 0; i < accepted.length; i += 4) {
      const results = await Promise.all(
        accepted.slice(i, i + 4).map((state) => createProject(prisma, { state, userId: editorId })),
      );
      for (const r of results) {
        if (r.ok) stored++;
        else expect(r.kind).toBe("invalid");
      }
    }
    expect(rejected).toBeGreaterThan(500);
    expect(stored).toBeGreaterThan(500);
    // Every stored project reads back as a valid form.
    const ids = (await prisma.project.findMany({ select: { id: true } })).map((p) => p.id);
    for (const id of ids) {
      const state = (await loadEditable(prisma, id))!.state;
      const again = projectFormSchema.safeParse(formValues(postedForm(toFormValues(state), "title", state.title)));
      expect(again.success, `${id}: ${again.success ? "" : JSON.stringify(again.error.issues)}`).toBe(true);
    }
  }, 300_000);

  it("arbitrary strings in any field never throw (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(FIELD_LABELS)),
        fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), fc.constant("")),
        (field, value) => {
          const result = projectFormSchema.safeParse({
            title: "T",
            projectNumber: "1",
            funderCode: "TSR",
            [field]: value,
          });
          if (!result.success)
            expect(result.error.issues.every((i) => typeof i.message === "string" && i.message.length > 0)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("a duplicate project number (case and spaces aside) is a field error", async () => {
    const state = (await loadEditable(prisma, projectId))!.state;
    const result = await createProject(prisma, {
      state: { ...state, projectNumber: ` ${state.projectNumber.toUpperCase()} `.trim() },
      userId: editorId,
    });
    expect(result).toEqual({
      ok: false,
      kind: "invalid",
      errors: { projectNumber: "Rahoittajalla on jo hanke tällä numerolla." },
    });
  });
});

describe("sign-in back-off", () => {
  it("slows an account down after 5 failures and lets the right password in again later", async () => {
    const ip = "203.0.113.7";
    for (let i = 0; i < 5; i++)
      expect(await checkLogin(prisma, "muokkaaja@example.fi", "väärä salasana", ip)).toEqual({
        ok: false,
        reason: "invalid",
      });
    const throttled = await checkLogin(prisma, "MUOKKAAJA@example.fi ", "pitkä ja harvinainen lause 42", ip);
    expect(throttled).toMatchObject({ ok: false, reason: "throttled" });
    await prisma.loginAttempt.updateMany({ data: { at: new Date(Date.now() - 60 * 60 * 1000) } });
    expect(await checkLogin(prisma, "muokkaaja@example.fi", "pitkä ja harvinainen lause 42", ip)).toEqual({
      ok: true,
      userId: editorId,
    });
  });

  it("an unknown account gets the same answer as a wrong password", async () => {
    expect(await checkLogin(prisma, "ei-ole@example.fi", "mitä tahansa 123456", "203.0.113.8")).toEqual({
      ok: false,
      reason: "invalid",
    });
  });
});

describe("sessions", () => {
  it("end after 1 hour idle and 8 hours in all, and with a disabled account", async () => {
    const { openSession, sessionUser } = await import("../../lib/auth/session");
    const t0 = Date.now();
    const { token } = await openSession(prisma, editorId, t0);
    expect((await sessionUser(prisma, token, t0 + 1000))?.id).toBe(editorId);
    expect(await sessionUser(prisma, token, t0 + 61 * 60 * 1000)).toBeNull();
    // Kept alive by use, it still ends at the absolute limit.
    let now = t0;
    for (; now < t0 + 8 * 60 * 60 * 1000 - 30 * 60 * 1000; now += 30 * 60 * 1000)
      expect(await sessionUser(prisma, token, now)).not.toBeNull();
    expect(await sessionUser(prisma, token, t0 + 8 * 60 * 60 * 1000 + 1)).toBeNull();
    const fresh = await openSession(prisma, editorId);
    await prisma.user.update({ where: { id: editorId }, data: { disabledAt: new Date() } });
    expect(await sessionUser(prisma, fresh.token)).toBeNull();
    await prisma.user.update({ where: { id: editorId }, data: { disabledAt: null } });
    // Only the token's digest is stored.
    expect(await prisma.session.count({ where: { id: token } })).toBe(0);
    expect(await sessionUser(prisma, "x".repeat(500))).toBeNull();
  });
});

describe("accounts", () => {
  it("a password change needs the current password, follows the rules and ends the other sessions", async () => {
    const { changePassword } = await import("../../lib/auth/users");
    const { openSession, sessionUser } = await import("../../lib/auth/session");
    const mine = await openSession(prisma, editorId);
    const other = await openSession(prisma, editorId);
    const keep = (await sessionUser(prisma, mine.token))!.sessionId;
    expect(
      await changePassword(prisma, {
        userId: editorId,
        keepSessionId: keep,
        current: "väärä",
        next: "uusi pitkä salasanalause 9",
      }),
    ).toMatchObject({ ok: false, field: "current" });
    expect(
      await changePassword(prisma, {
        userId: editorId,
        keepSessionId: keep,
        current: "pitkä ja harvinainen lause 42",
        next: "lyhyt",
      }),
    ).toMatchObject({ ok: false, field: "next" });
    expect(
      await changePassword(prisma, {
        userId: editorId,
        keepSessionId: keep,
        current: "pitkä ja harvinainen lause 42",
        next: "uusi pitkä salasanalause 9",
      }),
    ).toEqual({ ok: true });
    expect(await sessionUser(prisma, mine.token)).not.toBeNull();
    expect(await sessionUser(prisma, other.token)).toBeNull();
    expect(await checkLogin(prisma, "muokkaaja@example.fi", "uusi pitkä salasanalause 9", "203.0.113.9")).toEqual({
      ok: true,
      userId: editorId,
    });
  });

  it("a disabled account cannot sign in, and an administrator cannot disable themself", async () => {
    const { setUserDisabled } = await import("../../lib/auth/users");
    expect(await setUserDisabled(prisma, { userId: editorId, disabled: true, byUserId: editorId })).toMatchObject({
      ok: false,
    });
    expect(await setUserDisabled(prisma, { userId: editorId, disabled: true, byUserId: editorId + 1000 })).toEqual({
      ok: true,
    });
    expect(await checkLogin(prisma, "muokkaaja@example.fi", "uusi pitkä salasanalause 9", "203.0.113.10")).toEqual({
      ok: false,
      reason: "invalid",
    });
    await setUserDisabled(prisma, { userId: editorId, disabled: false, byUserId: editorId + 1000 });
  });
});
