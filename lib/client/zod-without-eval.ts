/**
 * Zod 4 compiles object schemas with `new Function` where it may, and probes for that on the
 * first parse. The Content-Security-Policy forbids eval in the browser (no 'unsafe-eval'), so the
 * probe would be reported as a violation: tell zod up front to interpret instead. Imported once
 * by a client component on every page (HeaderVisibility); the server keeps the compiled parsers.
 */
import { z } from "zod";

if (typeof window !== "undefined") z.config({ jitless: true });
