// Every key the guide keeps in a browser's storage, in one list so none collide. Namespaced, so other
// sites' data never collides with ours.

/**
 * The team's plan. The value carries its own version (now 3); the key keeps the name it was given in
 * version 1, so a browser's saved progress is found and upgraded.
 */
export const STORAGE_KEY = "nhs-login-guide:progress:v1";

/** Where a version-1 value is copied, unchanged, before a newer version is first written over it. */
export const VERSION_1_COPY_KEY = "nhs-login-guide:progress:version-1-copy";

/** Where a version-2 value is copied, unchanged, before version 3 is first written over it. */
export const VERSION_2_COPY_KEY = "nhs-login-guide:progress:version-2-copy";

/** Unreadable saved data is copied under this prefix (plus a timestamp) before anything new is saved. */
export const SET_ASIDE_PREFIX = "nhs-login-guide:progress:unreadable:";

/** The name or initials this browser records its changes under. */
export const NAME_KEY = "nhs-login-guide:name";

/** The writer ids this browser's page loads have written under, newest last: its own changes, told apart. */
export const WRITERS_KEY = "nhs-login-guide:writers";

/** When this browser opened the guide: the visit before this one, and whether its news has been shown. */
export const VISITS_KEY = "nhs-login-guide:visits";
