// Shared by the worker (sw.ts) and its kill switch (kill-switch.ts), which must find every cache the worker made.

/** The prefix of every cache the guide's service worker makes. */
export const CACHE_PREFIX = "nhs-login-guide";
