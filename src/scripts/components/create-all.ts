// Starts a component on every element with its data-module name. One element's failure is logged
// and never stops the others, as in nhsuk-frontend.

/** Runs `start` for each element with `data-module="<name>"` in `scope`. */
export function createAll(name: string, start: (element: HTMLElement) => void, scope: ParentNode = document): void {
  for (const element of scope.querySelectorAll<HTMLElement>(`[data-module="${name}"]`)) {
    try {
      start(element);
    } catch (error) {
      console.error(`${name} could not start`, error);
    }
  }
}
