// Starts the page's components one task at a time. Started in one go they made a single task of a
// few hundred milliseconds on a slow phone, during which a tap waits (Lighthouse's total blocking
// time); between tasks the browser can answer the user. Each start still runs once, in order.

/** Lets the browser handle input and paint before the next piece of start-up work. */
function yieldToBrowser(): Promise<void> {
  // scheduler.yield keeps this page's place in the queue (Chromium 129 on); elsewhere, a new task.
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs each start in a task of its own, in order; one that throws never stops the rest. */
export async function startInTurn(starts: ReadonlyArray<() => unknown>): Promise<void> {
  for (const start of starts) {
    await yieldToBrowser();
    try {
      start();
    } catch (error) {
      console.error(error);
    }
  }
}
