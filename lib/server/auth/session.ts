/** Who is asking: the signed-in trainer or joined guest behind the session cookie, or null. */
import { getServerSession } from "next-auth";
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
