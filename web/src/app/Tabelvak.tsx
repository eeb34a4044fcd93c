import type { ReactNode } from 'react';

/** A table that scrolls sideways on its own on a narrow screen; focusable so keyboard users can scroll it too. */
export function Tabelvak({ children }: { children: ReactNode }) {
  return <div className="tabelvak" role="region" aria-label="Tabel (scrollt horizontaal op een smal scherm)" tabIndex={0}>{children}</div>;
}
