/**
 * @module domain/reminders/working-hours
 * Whether it is working time where someone is: Monday to Friday, 09:00 to 17:00 in their time zone.
 * Reminders wait for it, so nobody gets them at night or at the weekend.
 */
import { utcOffsetMinutes } from "../matching/hours";

export const WORK_START_HOUR = 9;
export const WORK_END_HOUR = 17;

export function inWorkingHours(timeZone: string, at: number): boolean {
  let offset = 0;
  try {
    offset = utcOffsetMinutes(timeZone, new Date(at));
  } catch {
    offset = 0; // an unknown zone: UTC
  }
  const local = new Date(at + offset * 60_000);
  const day = local.getUTCDay();
  const hour = local.getUTCHours();
  return day >= 1 && day <= 5 && hour >= WORK_START_HOUR && hour < WORK_END_HOUR;
}
