/**
 * The mail with a one-time password link: a welcome for a trainer just added, or a reset.
 * Dutch first, then English: the recipient's language is not known.
 */
import { sendMail } from "./send-mail";

export interface ResetLinkMail {
  to: string;
  name: string;
  url: string;
  expiresAt: Date;
  purpose: "welcome" | "reset";
}

function formatExpiry(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" }).format(date);
}

/** Mails the link when SMTP is configured; returns whether the mail was accepted. */
export function sendResetLinkMail({ to, name, url, expiresAt, purpose }: ResetLinkMail): Promise<boolean> {
  const welcome = purpose === "welcome";
  const subject = welcome
    ? "Je account voor Cocreate / Your Cocreate account"
    : "Nieuw wachtwoord voor Cocreate / New Cocreate password";
  const text = [
    `Hallo ${name},`,
    "",
    welcome
      ? "Er is een traineraccount voor je gemaakt in Cocreate. Kies je wachtwoord via deze link:"
      : "Kies een nieuw wachtwoord voor Cocreate via deze link:",
    url,
    `De link werkt één keer, tot ${formatExpiry(expiresAt, "nl-NL")}.`,
    "",
    "---",
    "",
    `Hello ${name},`,
    "",
    welcome
      ? "A trainer account was created for you in Cocreate. Choose your password with this link:"
      : "Choose a new password for Cocreate with this link:",
    url,
    `The link works once, until ${formatExpiry(expiresAt, "en-GB")}.`,
  ].join("\n");
  return sendMail({ to, subject, text });
}
