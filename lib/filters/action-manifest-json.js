/**
 * The guide's actions as JSON for the checklist and plan scripts: id, title, number, step (and the
 * step's share of the time), guidance address, roles, whether it is conditional, the ids it replaces,
 * the actions it comes after, the answers that rule it out and its latest change. "<" is escaped so
 * the JSON can sit inside a <script> element. Its shape is ActionInfo (lib/contract.js), which the
 * browser reads it as.
 * @param {ReadonlyArray<import("../contract.js").Action>} actions
 * @example <script type="application/json" id="app-actions-manifest">{{ guide.actions | actionManifestJson | safe }}</script>
 */
export function actionManifestJson(actions) {
  /** @type {import("../contract.js").ActionInfo[]} */
  const manifest = actions.map((action) => ({
    id: action.id,
    title: action.title,
    number: `${action.stepNumber}.${action.number}`,
    stepId: action.stepId,
    stepTitle: action.stepTitle,
    stepShare: action.stepShare,
    url: `/steps/${action.stepId}/#${action.id}`,
    roles: (action.roles ?? []).map((role) => role.id),
    conditional: Boolean(action.conditional),
    replaces: action.replaces ?? [],
    after: action.after ?? [],
    exclusions: action.exclusions ?? [],
    // Its newest change in the log, so a tick made before it can be flagged.
    change: action.latestChange ? { date: action.latestChange.date, url: action.latestChange.url } : null,
  }));
  return JSON.stringify(manifest).replace(/</g, "\\u003c");
}
