import { NextResponse } from "next/server";
import { PasswordResetRequest } from "@/lib/shared/account-schema";
import { AppError, isAppError } from "@/lib/server/errors";
import { assertSameOrigin, handleRouteError, readJsonBody } from "@/lib/server/http/api-response";
import { resetPassword } from "@/lib/server/users/reset-password";

export const dynamic = "force-dynamic";

/**
 * Sets a new password with a one-time link's token. A bad link (unknown, used or expired: the
 * service does not say which, on purpose) is a 400 `reset_link_invalid`, as is a weak password.
 */
export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const { token, password } = PasswordResetRequest.parse(await readJsonBody(request));
    const user = await resetPassword(token, password);
    return NextResponse.json({ ok: true, email: user.email });
  } catch (error) {
    if (isAppError(error) && error.code === "reset_link_invalid") {
      return handleRouteError(new AppError(error.code, 400, error.message), "password-reset");
    }
    return handleRouteError(error, "password-reset");
  }
}
