/** next-auth configuration: trainers sign in with email and password; sessions are JWTs. */
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { verifyTrainerPassword } from "@/lib/server/users/verify-trainer-password";
import { loadAuthSecret } from "./auth-secret";
import { sessionCookieName, sessionCookieOptions, wantsSecureCookies } from "./session-cookie";

const TRAINER_SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

const Credentials = z.object({
  email: z.string().trim().toLowerCase().email().max(200),
  password: z.string().min(1).max(200),
});

export function authOptions(): NextAuthOptions {
  return {
    secret: loadAuthSecret(),
    session: { strategy: "jwt", maxAge: TRAINER_SESSION_MAX_AGE_SECONDS },
    // Our own page (localized, in the app's style) instead of next-auth's built-in one; sign-in
    // errors land there too, as `/signin?error=CredentialsSignin`.
    pages: { signIn: "/signin", error: "/signin" },
    useSecureCookies: wantsSecureCookies(),
    cookies: {
      sessionToken: {
        name: sessionCookieName(),
        options: sessionCookieOptions(TRAINER_SESSION_MAX_AGE_SECONDS),
      },
    },
    providers: [
      CredentialsProvider({
        name: "E-mail",
        credentials: {
          email: { label: "E-mail", type: "email" },
          password: { label: "Wachtwoord / Password", type: "password" },
        },
        async authorize(input) {
          const parsed = Credentials.safeParse(input);
          if (!parsed.success) return null;
          const trainer = await verifyTrainerPassword(parsed.data.email, parsed.data.password);
          return trainer ? { id: trainer.id, name: trainer.name, email: trainer.email } : null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        // A fresh trainer sign-in; guest tokens are minted by /api/join with kind already set.
        if (user) return { ...token, sub: user.id, name: user.name, kind: "trainer" };
        return token;
      },
      session({ session, token }) {
        return {
          ...session,
          user: {
            ...session.user,
            id: token.sub,
            name: token.name,
            kind: token.kind === "trainer" ? "trainer" : "guest",
          },
        };
      },
    },
  };
}
