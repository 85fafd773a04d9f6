/**
 * The types of the validated datasets, inferred from their zod schemas so that each schema is the one
 * definition of its file's shape. Imported by JSDoc (`import("./data-types.js").ProcessData`).
 */

/** @typedef {import("zod").infer<typeof import("./schemas.js").siteSchema>} SiteData */
/** @typedef {import("zod").infer<typeof import("./schemas.js").source>} SourceData */
/** @typedef {import("zod").infer<typeof import("./schemas.js").processSchema>} ProcessData */
/** @typedef {ProcessData["steps"][number]} StepData */
/** @typedef {StepData["actions"][number]} ActionData */
/** @typedef {import("zod").infer<typeof import("./schemas.js").documentsSchema>} DocumentsData */
/** @typedef {DocumentsData["documents"][number]} DocumentData */
/** @typedef {DocumentsData["types"][number]} DocumentTypeData */
/** @typedef {import("zod").infer<typeof import("./schemas.js").glossarySchema>} GlossaryData */
/** @typedef {GlossaryData["terms"][number]} TermData */
/** @typedef {import("zod").infer<typeof import("./schemas.js").rolesSchema>} RolesData */
/** @typedef {import("zod").infer<typeof import("./schemas.js").beforeYouStartSchema>} BeforeYouStartData */
/** @typedef {import("zod").infer<typeof import("./schemas.js").planSchema>} PlanData */
/** @typedef {PlanData["questions"][number]} PlanQuestion */
/** @typedef {import("zod").infer<typeof import("./schemas.js").appliesWhen>} AppliesWhen */
/** @typedef {import("zod").infer<typeof import("./schemas.js").changesSchema>} ChangesData */
/** @typedef {ChangesData["changes"][number]} ChangeData */
/** @typedef {import("zod").infer<typeof import("./technical-requirements-schema.js").technicalRequirementsSchema>} TechnicalRequirementsData */
/** @typedef {import("zod").infer<typeof import("./search-schema.js").searchSchema>} SearchData */

/**
 * The validated datasets the model is built from; a guide may go without a change log or technical requirements.
 * @typedef {{
 *   site: SiteData,
 *   process: ProcessData,
 *   documents: DocumentsData,
 *   glossary: GlossaryData,
 *   roles: RolesData,
 *   beforeYouStart: BeforeYouStartData,
 *   plan: PlanData,
 *   changes?: ChangesData,
 *   technicalRequirements?: TechnicalRequirementsData | null,
 * }} Datasets
 */

export {};
