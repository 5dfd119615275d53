/**
 * Trainer accounts against the real built app: next-auth sign-in/out over HTTP as its client
 * does it, a session surviving a restart, the first-run setup, admins adding trainers with
 * one-time links (mailed through a real SMTP conversation with a loopback sink), and refusals.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_TRAINER_EMAIL, DEMO_TRAINER_PASSWORD, startApp, type AppProcess } from "../helpers/app-process";
import { startSmtpSink, type SmtpSink } from "../helpers/smtp-sink";
import {
  CookieJar,
  SESSION_COOKIE,
  postCredentials,
  readSession,
  signInTrainer,
  signOutTrainer,
} from "../helpers/trainer-session";

const apps: AppProcess[] = [];
afterAll(async () => {
  for (const app of apps) await app.stop();
});

async function json(jar: CookieJar | null, url: string, method: string, body?: unknown, headers: Record<string, string> = {}) {
  const init: RequestInit = {
    method,
    headers: { "content-type": "application/json", ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  };
  const response = jar ? await jar.fetch(url, init) : await fetch(url, { ...init, redirect: "manual" });
  return { status: response.status, body: (await response.json().catch(() => null)) as Record<string, any> | null };
}

/** Without NEXTAUTH_SECRET the app makes one in its data folder: sessions must survive restarts with it. */
const PERSISTED_SECRET = { NEXTAUTH_SECRET: "" };

describe("sign-in with the seeded demo trainer", () => {
  let app: AppProcess;
  beforeAll(async () => {
    app = await startApp({ env: PERSISTED_SECRET });
    apps.push(app);
  });

  it("signs in the way next-auth's client does and shows the trainer in the session", async () => {
    const jar = new CookieJar();
    const result = await postCredentials(app.baseUrl, jar, DEMO_TRAINER_EMAIL, DEMO_TRAINER_PASSWORD);
    expect(result.status).toBe(200);
    expect(result.url).toBe(`${app.baseUrl}/trainer`);
    expect(jar.get(SESSION_COOKIE)).toBeTruthy();
    const session = await readSession(app.baseUrl, jar);
    expect(session.user).toMatchObject({ email: DEMO_TRAINER_EMAIL, kind: "trainer", id: expect.any(String) });
  });

  it("refuses a wrong password and an unknown email without a session", async () => {
    for (const [email, password] of [
      [DEMO_TRAINER_EMAIL, "not-the-password"],
      ["nobody@cocreate.local", DEMO_TRAINER_PASSWORD],
    ] as const) {
      const jar = new CookieJar();
      const result = await postCredentials(app.baseUrl, jar, email, password);
      expect(result.status).toBe(401);
      expect(result.url).toContain("error=CredentialsSignin");
      expect(jar.get(SESSION_COOKIE)).toBeUndefined();
      expect(await readSession(app.baseUrl, jar)).toEqual({});
    }
  });

  it("sends next-auth's sign-in to the custom /signin page, which renders the form", async () => {
    const redirect = await fetch(`${app.baseUrl}/api/auth/signin`, { redirect: "manual" });
    expect(redirect.status).toBe(302);
    expect(new URL(redirect.headers.get("location")!, app.baseUrl).pathname).toBe("/signin");
    const page = await fetch(`${app.baseUrl}/signin`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('name="email"');
    expect(html).toContain('type="password"');
  });

  it("signs out: the session is gone", async () => {
    const jar = await signInTrainer(app.baseUrl, DEMO_TRAINER_EMAIL, DEMO_TRAINER_PASSWORD);
    expect((await readSession(app.baseUrl, jar)).user?.email).toBe(DEMO_TRAINER_EMAIL);
    const response = await signOutTrainer(app.baseUrl, jar);
    expect(response.status).toBe(200);
    expect(jar.get(SESSION_COOKIE)).toBeUndefined();
    expect(await readSession(app.baseUrl, jar)).toEqual({});
  });

  it("keeps the session valid across a server restart on the same data folder", async () => {
    const jar = await signInTrainer(app.baseUrl, DEMO_TRAINER_EMAIL, DEMO_TRAINER_PASSWORD);
    await app.stop();
    // No NEXTAUTH_SECRET: the secret the first start stored in DATA_DIR must be read again.
    const restarted = await startApp({ dataDir: app.dataDir, port: app.port, env: PERSISTED_SECRET });
    apps.push(restarted);
    app = restarted;
    const session = await readSession(restarted.baseUrl, jar);
    expect(session.user).toMatchObject({ email: DEMO_TRAINER_EMAIL, kind: "trainer" });
  });

  it("has no first-run setup once a trainer exists", async () => {
    expect((await fetch(`${app.baseUrl}/setup`)).status).toBe(404);
    const setup = await json(null, `${app.baseUrl}/api/setup`, "POST", {
      name: "Intruder",
      email: "intruder@example.org",
      password: "long-enough-password",
    });
    expect(setup.status).toBe(404);
    expect(setup.body?.error?.code).toBe("setup_done");
  });

  it("keeps admin routes for admins: 401 for nobody, 403 for a guest", async () => {
    expect((await json(null, `${app.baseUrl}/api/admin/trainers`, "GET")).status).toBe(401);
    const guest = new CookieJar();
    const joined = await guest.fetch(`${app.baseUrl}/api/join`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ code: "DEMO42", name: "Guest" }),
    });
    expect(joined.status).toBe(200);
    expect((await json(guest, `${app.baseUrl}/api/admin/trainers`, "GET")).status).toBe(403);
    const add = await json(guest, `${app.baseUrl}/api/admin/trainers`, "POST", { name: "X", email: "x@example.org" });
    expect(add.status).toBe(403);
  });
});

describe("first run, admins adding trainers, one-time links and mail", () => {
  let app: AppProcess;
  let smtp: SmtpSink;
  const admin = { name: "Ada Admin", email: "ada@example.org", password: "first-admin-password" };
  let adminJar: CookieJar;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    app = await startApp({
      env: { SEED_DEMO: "false", SMTP_URL: smtp.url, MAIL_FROM: "Cocreate <cocreate@example.org>" },
    });
    apps.push(app);
  });
  afterAll(async () => {
    await smtp?.close();
  });

  it("offers setup on an empty install, and sends /signin there", async () => {
    expect((await fetch(`${app.baseUrl}/api/setup`)).status).toBe(200);
    expect((await fetch(`${app.baseUrl}/setup`)).status).toBe(200);
    const signin = await fetch(`${app.baseUrl}/signin`, { redirect: "manual" });
    expect([303, 307, 308]).toContain(signin.status);
    expect(new URL(signin.headers.get("location")!, app.baseUrl).pathname).toBe("/setup");
  });

  it("refuses a short password and a cross-site setup", async () => {
    const short = await json(null, `${app.baseUrl}/api/setup`, "POST", { ...admin, password: "short" });
    expect(short.status).toBe(400);
    expect(short.body?.error?.code).toBe("invalid_input");
    const crossSite = await json(null, `${app.baseUrl}/api/setup`, "POST", admin, { origin: "http://evil.example" });
    expect(crossSite.status).toBe(403);
  });

  it("creates the first account as an admin who can sign in; setup closes", async () => {
    const created = await json(null, `${app.baseUrl}/api/setup`, "POST", admin);
    expect(created.status).toBe(201);
    expect(created.body?.trainer).toMatchObject({ name: admin.name, email: admin.email });
    adminJar = await signInTrainer(app.baseUrl, admin.email, admin.password);
    expect((await readSession(app.baseUrl, adminJar)).user).toMatchObject({ email: admin.email, kind: "trainer" });
    expect((await fetch(`${app.baseUrl}/setup`)).status).toBe(404);
    const again = await json(null, `${app.baseUrl}/api/setup`, "POST", { ...admin, email: "second@example.org" });
    expect(again.status).toBe(404);
    expect((await fetch(`${app.baseUrl}/api/setup`)).status).toBe(404);
  });

  it("lets the admin add a trainer, mails the one-time link, and the link sets the password once", async () => {
    const list = await json(adminJar, `${app.baseUrl}/api/admin/trainers`, "GET");
    expect(list.status).toBe(200);
    expect(list.body?.trainers).toEqual([expect.objectContaining({ email: admin.email, isAdmin: true })]);

    const added = await json(adminJar, `${app.baseUrl}/api/admin/trainers`, "POST", {
      name: "Bram Trainer",
      email: " Bram@Example.org ",
    });
    expect(added.status).toBe(201);
    expect(added.body?.trainer).toMatchObject({ name: "Bram Trainer", email: "bram@example.org", isAdmin: false });
    const link = added.body?.resetLink as { url: string; expiresAt: string; mailed: boolean };
    expect(link.mailed).toBe(true);
    expect(link.url).toMatch(new RegExp(`^${app.baseUrl}/reset/[A-Za-z0-9_-]{40,}$`));
    const hoursValid = (Date.parse(link.expiresAt) - Date.now()) / 3_600_000;
    expect(hoursValid).toBeGreaterThan(23.9);
    expect(hoursValid).toBeLessThanOrEqual(24);

    const mail = await smtp.waitFor((message) => message.to.includes("bram@example.org"));
    expect(mail.from).toBe("cocreate@example.org");
    expect(mail.data.replace(/=\r\n/g, "")).toContain(link.url);

    const duplicate = await json(adminJar, `${app.baseUrl}/api/admin/trainers`, "POST", {
      name: "Bram again",
      email: "bram@example.org",
    });
    expect(duplicate.status).toBe(409);

    // Nobody knows the random initial password: the link is the only way in.
    const resetPage = await fetch(link.url);
    expect(resetPage.status).toBe(200);
    expect(await resetPage.text()).toContain("bram@example.org");
    const token = link.url.split("/reset/")[1]!;
    const weak = await json(null, `${app.baseUrl}/api/password-reset`, "POST", { token, password: "short" });
    expect(weak.status).toBe(400);
    const reset = await json(null, `${app.baseUrl}/api/password-reset`, "POST", { token, password: "bram-chose-this-one" });
    expect(reset.status).toBe(200);
    const reused = await json(null, `${app.baseUrl}/api/password-reset`, "POST", { token, password: "another-password-1" });
    expect(reused.status).toBe(400);
    expect(reused.body?.error?.code).toBe("reset_link_invalid");
    const bogus = await json(null, `${app.baseUrl}/api/password-reset`, "POST", {
      token: "x".repeat(43),
      password: "another-password-1",
    });
    expect(bogus.status).toBe(400);
    expect(await (await fetch(link.url)).text()).toContain('data-testid="reset-invalid"');

    const bram = await signInTrainer(app.baseUrl, "bram@example.org", "bram-chose-this-one");
    expect((await readSession(app.baseUrl, bram)).user).toMatchObject({ email: "bram@example.org", kind: "trainer" });
  });

  it("makes a new link for an existing trainer, which replaces a forgotten password", async () => {
    const { body } = await json(adminJar, `${app.baseUrl}/api/admin/trainers`, "GET");
    const bram = (body?.trainers as { id: string; email: string }[]).find((trainer) => trainer.email === "bram@example.org")!;
    const issued = await json(adminJar, `${app.baseUrl}/api/admin/trainers/${bram.id}/reset-link`, "POST");
    expect(issued.status).toBe(201);
    const link = issued.body?.resetLink as { url: string; mailed: boolean };
    expect(link.mailed).toBe(true);
    await smtp.waitFor((message) => message.data.replace(/=\r\n/g, "").includes(link.url));
    const token = link.url.split("/reset/")[1]!;
    expect((await json(null, `${app.baseUrl}/api/password-reset`, "POST", { token, password: "bram-new-password" })).status).toBe(200);
    await expect(signInTrainer(app.baseUrl, "bram@example.org", "bram-chose-this-one")).rejects.toThrow(/sign-in failed/);
    await signInTrainer(app.baseUrl, "bram@example.org", "bram-new-password");
    const unknown = await json(adminJar, `${app.baseUrl}/api/admin/trainers/no-such-user/reset-link`, "POST");
    expect(unknown.status).toBe(404);
  });

  it("refuses the admin routes to a trainer who is not an admin (403) and to nobody (401)", async () => {
    const bram = await signInTrainer(app.baseUrl, "bram@example.org", "bram-new-password");
    const { body } = await json(adminJar, `${app.baseUrl}/api/admin/trainers`, "GET");
    const adminId = (body?.trainers as { id: string; email: string }[]).find((trainer) => trainer.email === admin.email)!.id;
    expect((await json(bram, `${app.baseUrl}/api/admin/trainers`, "GET")).status).toBe(403);
    expect((await json(bram, `${app.baseUrl}/api/admin/trainers`, "POST", { name: "Eve", email: "eve@example.org" })).status).toBe(403);
    expect((await json(bram, `${app.baseUrl}/api/admin/trainers/${adminId}/reset-link`, "POST")).status).toBe(403);
    expect((await json(null, `${app.baseUrl}/api/admin/trainers/${adminId}/reset-link`, "POST")).status).toBe(401);
    const page = await bram.fetch(`${app.baseUrl}/admin/trainers`);
    expect(await page.text()).toContain('data-testid="admin-forbidden"');
    const crossSite = await json(adminJar, `${app.baseUrl}/api/admin/trainers`, "POST", { name: "Eve", email: "eve@example.org" }, {
      origin: "http://evil.example",
    });
    expect(crossSite.status).toBe(403);
  });
});
