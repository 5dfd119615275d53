/**
 * The account pages in real Chromium: /signin (wrong password, callback, sign-out), and on an
 * empty install /setup → /admin/trainers (add a trainer, copy the link) → /reset/<token>.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../helpers/chromium";
import { DEMO_TRAINER_EMAIL, DEMO_TRAINER_PASSWORD, startApp, type AppProcess } from "../helpers/app-process";

let app: AppProcess;
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function freshPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  return context.newPage();
}

async function sessionIn(page: Page): Promise<{ user?: { email?: string; kind?: string } }> {
  return page.evaluate(async () => (await fetch("/api/auth/session")).json());
}

async function fillSignIn(page: Page, password: string): Promise<void> {
  await page.getByLabel(/e-mailadres|email address/i).fill(DEMO_TRAINER_EMAIL);
  await page.getByLabel(/^wachtwoord$|^password$/i).fill(password);
  await page.getByRole("button", { name: /^aanmelden$|^sign in$/i }).click();
}

describe("sign-in page in Chromium", () => {
  it("says clearly when the password is wrong, and stays signed out", async () => {
    const page = await freshPage();
    await page.goto(`${app.baseUrl}/signin`);
    await fillSignIn(page, "wrong-password");
    // (Next's route announcer is a role=alert too: pick the form's own message.)
    const alert = page.locator("form .form-error[role=alert]");
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.textContent()).toMatch(/klopt niet|is wrong/);
    expect(new URL(page.url()).pathname).toBe("/signin");
    expect(await sessionIn(page)).toEqual({});
    await page.context().close();
  });

  it("signs the demo trainer in and lands on /trainer with the session set", async () => {
    const page = await freshPage();
    await page.goto(`${app.baseUrl}/signin`);
    await fillSignIn(page, DEMO_TRAINER_PASSWORD);
    await page.waitForURL((url) => url.pathname === "/trainer", { timeout: 15_000 });
    expect((await sessionIn(page)).user).toMatchObject({ email: DEMO_TRAINER_EMAIL, kind: "trainer" });
    await page.getByTestId("sign-out").waitFor(); // the header now offers sign-out
    await page.context().close();
  });

  it("follows next-auth's own sign-in redirect and returns to the callback path", async () => {
    const page = await freshPage();
    await page.goto(`${app.baseUrl}/api/auth/signin?callbackUrl=${encodeURIComponent("/admin/trainers")}`);
    expect(new URL(page.url()).pathname).toBe("/signin");
    await fillSignIn(page, DEMO_TRAINER_PASSWORD);
    await page.waitForURL((url) => url.pathname === "/admin/trainers", { timeout: 15_000 });
    // The demo trainer is the install's first account, so an admin: it sees the trainer list.
    await page.locator("tbody td", { hasText: DEMO_TRAINER_EMAIL }).waitFor();
    await page.getByTestId("sign-out").click();
    await page.waitForURL((url) => url.pathname === "/", { timeout: 15_000 });
    expect(await sessionIn(page)).toEqual({});
    await page.context().close();
  });
});

describe("first run, admin page and password link in Chromium", () => {
  let emptyApp: AppProcess;
  beforeAll(async () => {
    emptyApp = await startApp({ env: { SEED_DEMO: "false" } });
  });
  afterAll(async () => {
    await emptyApp?.stop();
  });

  it("creates the admin on /setup, adds a trainer who sets a password through the link", async () => {
    const admin = await freshPage();
    await admin.goto(`${emptyApp.baseUrl}/signin`);
    await admin.waitForURL((url) => url.pathname === "/setup");
    await admin.getByLabel(/^je naam$|^your name$/i).fill("Ada Admin");
    await admin.getByLabel(/e-mailadres|email address/i).fill("ada@example.org");
    await admin.getByLabel(/^wachtwoord$|^password$/i).fill("ada-admin-password");
    await admin.getByLabel(/herhaal|repeat/i).fill("ada-admin-password");
    await admin.getByRole("button", { name: /account aanmaken|create account/i }).click();
    await admin.waitForURL((url) => url.pathname === "/trainer", { timeout: 15_000 });
    expect((await sessionIn(admin)).user).toMatchObject({ email: "ada@example.org", kind: "trainer" });

    await admin.goto(`${emptyApp.baseUrl}/admin/trainers`);
    await admin.getByLabel(/^naam$|^name$/i).fill("Bram Trainer");
    await admin.getByLabel(/e-mailadres|email address/i).fill("bram@example.org");
    await admin.getByRole("button", { name: /^toevoegen$|^add$/i }).click();
    const link = admin.getByTestId("reset-link").locator("input");
    await link.waitFor({ timeout: 10_000 });
    const url = await link.inputValue();
    expect(url).toMatch(new RegExp(`^${emptyApp.baseUrl}/reset/`));
    expect(await admin.locator("tbody tr").count()).toBe(2);

    const bram = await freshPage();
    await bram.goto(url);
    await bram.getByLabel(/nieuw wachtwoord|new password/i).fill("bram-chose-this-one");
    await bram.getByLabel(/herhaal|repeat/i).fill("bram-chose-this-one");
    await bram.getByRole("button", { name: /wachtwoord opslaan|save password/i }).click();
    await bram.waitForURL((next) => next.pathname === "/trainer", { timeout: 15_000 });
    expect((await sessionIn(bram)).user).toMatchObject({ email: "bram@example.org", kind: "trainer" });

    await bram.goto(url);
    await bram.getByTestId("reset-invalid").waitFor();
    await admin.context().close();
    await bram.context().close();
  });
});
