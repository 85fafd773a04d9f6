// How near one spelling is to another, for matching a misspelt word to a name the guide uses.

/**
 * The number of single-letter edits (insert, delete, replace, or swap two neighbours) between `a`
 * and `b`, counting no higher than `limit + 1`, so a far-off word costs little.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let lowest = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      lowest = Math.min(lowest, value);
    }
    if (lowest > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, limit + 1);
}

/** How many edits a word of this length may be from a name and still mean it: none under 4 letters, 1 under 7, else 2. */
export function editsAllowed(word: string): number {
  return word.length < 4 ? 0 : word.length < 7 ? 1 : 2;
}

/** The name nearest to `word` within the edits its length allows (the first such in `names` on a tie), or null. */
export function nearestName(word: string, names: readonly string[]): string | null {
  const limit = editsAllowed(word);
  if (limit === 0) return null;
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const name of names) {
    const distance = editDistance(word, name, limit);
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}
