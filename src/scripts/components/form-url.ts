// Keeps a GET form and the page's URL in step, so reload, Back and a shared link restore the form.

/** The form's filled-in fields as a query string, as a GET submission would send them, minus empty ones. */
export function formQuery(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string" && value.trim()) params.append(name, value.trim());
  }
  return params.toString();
}

/** Puts the form's state in the URL; `push` adds a history entry rather than replacing this one. */
export function writeFormToUrl(form: HTMLFormElement, push: boolean): void {
  const query = formQuery(form);
  const url = `${window.location.pathname}${query ? `?${query}` : ""}`;
  if (url === `${window.location.pathname}${window.location.search}`) return;
  if (push) window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
}

/** Fills the form from the URL: checkboxes are ticked when their value is listed, other fields take the value. */
export function readFormFromUrl(form: HTMLFormElement): void {
  const params = new URLSearchParams(window.location.search);
  for (const field of form.elements) {
    if (field instanceof HTMLInputElement && (field.type === "checkbox" || field.type === "radio")) {
      field.checked = params.getAll(field.name).includes(field.value);
    } else if ((field instanceof HTMLInputElement || field instanceof HTMLSelectElement) && field.name) {
      field.value = params.get(field.name) ?? "";
      // A value no option has leaves a select blank; fall back to its first option ("all").
      if (field instanceof HTMLSelectElement && field.selectedIndex === -1) field.selectedIndex = 0;
    }
  }
}
