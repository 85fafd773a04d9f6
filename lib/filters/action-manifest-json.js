/**
 * The guide's actions as JSON for the checklist script: id, title, number, step, whether it is
 * conditional and the ids it replaces. "<" is escaped so the JSON can sit inside a <script> element.
 * @example <script type="application/json" id="app-actions-manifest">{{ guide.actions | actionManifestJson | safe }}</script>
 */
export function actionManifestJson(actions) {
  const manifest = actions.map((action) => ({
    id: action.id,
    title: action.title,
    number: `${action.stepNumber}.${action.number}`,
    stepId: action.stepId,
    stepTitle: action.stepTitle,
    conditional: Boolean(action.conditional),
    replaces: action.replaces ?? [],
  }));
  return JSON.stringify(manifest).replace(/</g, "\\u003c");
}
