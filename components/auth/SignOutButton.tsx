"use client";
/** Ends the trainer's session (next-auth clears the cookie) and returns to the start page. */
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";

export function SignOutButton({ className = "button" }: { className?: string }) {
  const t = useTranslations("signin");
  const [isSigningOut, setSigningOut] = useState(false);
  return (
    <button
      type="button"
      className={className}
      data-testid="sign-out"
      disabled={isSigningOut}
      onClick={() => {
        setSigningOut(true);
        void signOut({ callbackUrl: "/" });
      }}
    >
      {isSigningOut ? t("signingOut") : t("signOut")}
    </button>
  );
}
