import { initialsOf } from "@/lib/client/user-color";
import type { PresenceUser } from "@/lib/shared/presence";

/** A round badge with a person's initials in their colour; the name is for assistive tech. */
export function PersonAvatar({ user, size = "md" }: { user: PresenceUser; size?: "sm" | "md" }) {
  return (
    <span className={`avatar avatar--${size}`} style={{ backgroundColor: user.color }} title={user.name} aria-hidden="true">
      {initialsOf(user.name)}
    </span>
  );
}
