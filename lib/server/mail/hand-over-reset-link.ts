/**
 * A one-time password link for a trainer, ready to hand over: the admin sees the URL (always,
 * so it works without mail) and, when SMTP is configured, the trainer also gets it by mail.
 */
import { createPasswordResetLink } from "@/lib/server/users/create-password-reset-link";
import { sendResetLinkMail } from "./send-reset-link-mail";

export interface HandedOverLink {
  url: string;
  expiresAt: string;
  mailed: boolean;
}

export async function handOverResetLink(
  trainer: { id: string; name: string; email: string | null },
  origin: string,
  purpose: "welcome" | "reset",
): Promise<HandedOverLink> {
  const { token, expiresAt } = await createPasswordResetLink(trainer.id);
  const url = `${origin}/reset/${encodeURIComponent(token)}`;
  const mailed = trainer.email
    ? await sendResetLinkMail({ to: trainer.email, name: trainer.name, url, expiresAt, purpose })
    : false;
  return { url, expiresAt: expiresAt.toISOString(), mailed };
}
