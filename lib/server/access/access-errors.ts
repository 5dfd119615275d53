/** The refusals every access check throws, so routes answer them alike. */
import { AppError } from "@/lib/server/errors";

export function unauthenticated(): AppError {
  return new AppError("unauthenticated", 401, "Sign in or join with a code first.");
}

export function forbidden(): AppError {
  return new AppError("forbidden", 403, "You do not have access to this.");
}

export function cohortNotFound(): AppError {
  return new AppError("cohort_not_found", 404, "This cohort does not exist.");
}
