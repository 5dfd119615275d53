/**
 * The one logger. Logs carry no personal data and no secrets: never log tokens, passwords,
 * cookies, e-mail addresses, names or document contents. What slips through anyway is masked
 * here: the fields below are replaced by "[Redacted]", and a `token=…` (or code, secret,
 * password) in a URL or an error message keeps its name but loses its value.
 */
import pino, { type LoggerOptions } from "pino";

const SECRET_QUERY = /([?&;](?:token|code|secret|password|key)=)[^&#\s"']*/gi;

/** `…/yjs/room?token=eyJ…` → `…/yjs/room?token=[Redacted]`. */
export function scrubSecrets(text: string): string {
  return text.replace(SECRET_QUERY, "$1[Redacted]");
}

const SENSITIVE_KEYS = [
  "token",
  "roomToken",
  "password",
  "cookie",
  "authorization",
  "email",
  "to",
  "displayName",
  "userName",
  "ip",
  "remoteAddress",
];
const HEADER_KEYS = ["cookie", "authorization", "set-cookie", "x-forwarded-for"];
const URL_KEYS = new Set(["url", "path", "href", "originalUrl"]);

const redactPaths = [
  ...SENSITIVE_KEYS.flatMap((key) => [key, `*.${key}`]),
  ...HEADER_KEYS.flatMap((key) => [`headers["${key}"]`, `*.headers["${key}"]`]),
  ...[...URL_KEYS].flatMap((key) => [key, `*.${key}`]),
];

/** URLs keep their path (useful when debugging) but lose secret query values. */
function censor(value: unknown, path: string[]): unknown {
  const key = path[path.length - 1] ?? "";
  if (URL_KEYS.has(key)) return typeof value === "string" ? scrubSecrets(value) : value;
  return "[Redacted]";
}

export const loggerOptions: LoggerOptions = {
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"),
  redact: { paths: redactPaths, censor },
  serializers: {
    err(error: unknown) {
      const serialized = pino.stdSerializers.err(error as Error);
      if (typeof serialized !== "object" || serialized === null) {
        return typeof serialized === "string" ? scrubSecrets(serialized) : serialized;
      }
      serialized.message = scrubSecrets(serialized.message ?? "");
      if (serialized.stack) serialized.stack = scrubSecrets(serialized.stack);
      return serialized;
    },
  },
};

export const logger = pino(loggerOptions);
