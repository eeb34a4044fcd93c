/**
 * The elfproef for a burgerservicenummer: 9 digits d1..d9 with
 * 9·d1 + 8·d2 + 7·d3 + 6·d4 + 5·d5 + 4·d6 + 3·d7 + 2·d8 − 1·d9 divisible by 11 (and not all zeros).
 * An 8-digit BSN is the same number without its leading zero.
 */
export function normaliseerBsn(input: string): string | undefined {
  const digits = input.trim();
  if (!/^\d{8,9}$/.test(digits)) return undefined;
  const bsn = digits.padStart(9, '0');
  return isGeldigeBsn(bsn) ? bsn : undefined;
}

export function isGeldigeBsn(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn) || bsn === '000000000') return false;
  let som = 0;
  for (let i = 0; i < 8; i++) som += Number(bsn[i]) * (9 - i);
  som -= Number(bsn[8]);
  return som % 11 === 0;
}

/** The first number from `start` on that passes the elfproef; for demo data and tests. */
export function eersteGeldigeBsnVanaf(start: number): string {
  let kandidaat = start;
  while (!isGeldigeBsn(String(kandidaat).padStart(9, '0'))) kandidaat++;
  return String(kandidaat).padStart(9, '0');
}
