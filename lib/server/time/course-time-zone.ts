/**
 * The IANA zone the course runs in: APP_TIME_ZONE, else the process's TZ, else Europe/Amsterdam
 * (a server often runs in UTC while the course does not). An unknown name falls back to
 * Europe/Amsterdam.
 */
export function courseTimeZone(): string {
  const zone = process.env.APP_TIME_ZONE?.trim() || process.env.TZ?.trim() || "Europe/Amsterdam";
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone;
  } catch {
    return "Europe/Amsterdam";
  }
}
