/**
 * DUO's end dates are exclusive (the inburgeringstermijn's einddatum, GevolgdeUren's bekendTot): the period ends
 * before that day. A person reads "t/m" with the last day itself, so the page shows the day before.
 */
export function laatsteDag(exclusief: string): string {
  const dag = new Date(`${exclusief.slice(0, 10)}T00:00:00Z`);
  dag.setUTCDate(dag.getUTCDate() - 1);
  return dag.toISOString().slice(0, 10);
}
