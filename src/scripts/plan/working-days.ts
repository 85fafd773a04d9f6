// Calendar arithmetic for the plan: days, working days (no weekends or bank holidays) and months, on
// dates written YYYY-MM-DD and read as UTC so a time zone never moves a day; and today, in this browser's time zone.

const DAY = 24 * 60 * 60 * 1000;

/** The date `days` after a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + Math.round(days) * DAY).toISOString().slice(0, 10);
}

/** Whether a YYYY-MM-DD date is a working day: not a Saturday, a Sunday or one of `holidays`. */
export function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}

/** The date itself if it is a working day, or else the next working day. */
export function firstWorkingDay(date: string, holidays: ReadonlySet<string>): string {
  let day = date;
  while (!isWorkingDay(day, holidays)) day = addDays(day, 1);
  return day;
}

/** The working day `count` working days after a date (from its first working day). */
export function addWorkingDays(date: string, count: number, holidays: ReadonlySet<string>): string {
  let day = firstWorkingDay(date, holidays);
  for (let left = Math.round(count); left > 0; left -= 1) day = firstWorkingDay(addDays(day, 1), holidays);
  return day;
}

/** How many working days there are from one date to another, both included (0 when `to` is earlier). */
export function countWorkingDays(from: string, to: string, holidays: ReadonlySet<string>): number {
  let count = 0;
  for (let day = from; day <= to; day = addDays(day, 1)) if (isWorkingDay(day, holidays)) count += 1;
  return count;
}

/** The date `months` calendar months after a YYYY-MM-DD date (31 January + 1 month is 3 March, as Date counts). */
export function addMonths(date: string, months: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCMonth(day.getUTCMonth() + months);
  return day.toISOString().slice(0, 10);
}

/** Today in this browser's time zone, YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}
