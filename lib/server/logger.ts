/** The one logger. Never log tokens, passwords or document contents. */
import pino from "pino";

export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"),
  redact: ["token", "*.token", "password", "*.password", "cookie", "*.cookie"],
});
