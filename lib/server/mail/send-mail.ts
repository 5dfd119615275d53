/**
 * Outgoing mail, only when an administrator configured it: SMTP_URL (for example
 * `smtp://user:pass@mail.example.org:587` or `smtps://…:465`) and MAIL_FROM. Without them the
 * app sends nothing and the admin hands links over by hand, so a fresh install needs no mail
 * server. nodemailer is loaded on first use only.
 */
import { logger } from "@/lib/server/logger";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

interface MailSettings {
  url: string;
  from: string;
}

/** The SMTP settings, or null when mail is not configured (both variables are needed). */
export function mailSettings(env: NodeJS.ProcessEnv = process.env): MailSettings | null {
  const url = env.SMTP_URL?.trim();
  const from = env.MAIL_FROM?.trim();
  if (!url) return null;
  if (!from) {
    logger.warn("SMTP_URL is set but MAIL_FROM is not: no mail is sent");
    return null;
  }
  return { url, from };
}

/**
 * Sends `message` when mail is configured. Returns true when the SMTP server accepted it and
 * false when mail is off or sending failed (logged; callers fall back to showing the link).
 */
export async function sendMail(message: MailMessage): Promise<boolean> {
  const settings = mailSettings();
  if (!settings) return false;
  try {
    const { createTransport } = await import("nodemailer");
    const transport = createTransport(settings.url);
    await transport.sendMail({ from: settings.from, ...message });
    transport.close();
    return true;
  } catch (error) {
    logger.error({ err: error, to: message.to }, "sending mail failed");
    return false;
  }
}
