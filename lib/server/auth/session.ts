/** Who is asking: the signed-in trainer or joined guest behind the session cookie, or null. */
import { getServerSession } from "next-auth";
import { unauthenticated } from "@/lib/server/access/access-errors";
import { authOptions } from "./auth-options";

export interface SessionUser {
  id: string;
  name: string;
  kind: "trainer" | "guest";
}

/** Reads the session from the current request's cookies (route handlers, server components). */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions());
  const user = session?.user as Partial<SessionUser> | undefined;
  if (!user?.id || !user.name) return null;
  return { id: user.id, name: user.name, kind: user.kind === "trainer" ? "trainer" : "guest" };
}

/** The signed-in user, or a 401 AppError for routes that need someone behind the request. */
export async function requireSessionUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw unauthenticated();
  return user;
}
