import type { ReactNode } from 'react';
import type { VeldFout } from './fouten';

/** A labelled field with the server's messages for it underneath (the input sets aria-describedby to `${id}-fout`). */
export function Veld({ id, label, fouten, children }: { id: string; label: string; fouten: VeldFout[]; children: ReactNode }) {
  return (
    <div className={`veld${fouten.length ? ' veld--fout' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {fouten.length > 0 && <p id={`${id}-fout`} className="veld__fout">{fouten.map((f) => f.melding).join(' ')}</p>}
    </div>
  );
}

/** Props an input needs to point at its errors. */
export function foutAttributen(id: string, fouten: VeldFout[]) {
  return { 'aria-invalid': fouten.length > 0, 'aria-describedby': fouten.length ? `${id}-fout` : undefined };
}
