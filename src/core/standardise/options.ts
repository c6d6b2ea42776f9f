export interface StandardiseOptions {
  /** Hours in a day of walking: with it, `1 jour` and `½ journée` become hours, marked for review. */
  readonly hoursPerDay?: number;
}
