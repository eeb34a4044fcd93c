import type { KeyboardEvent } from 'react';
import { Tabelvak } from '../../../app/Tabelvak';
import { formatUren } from '../../../app/formaat';
import { gemeld, KOLOMMEN, urenVan, type Kolom, type Rij } from '../rij';

export type Rijfouten = Record<string, { kolom: Kolom | undefined; melding: string }[]>;

interface Props {
  rijen: Rij[];
  fouten: Rijfouten;
  verzuimredenen: { code: string; soort: string; omschrijving: string }[];
  soortLabel: (soort: string) => string;
  onWijzig: (trajectId: string, kolom: Kolom, waarde: string) => void;
  /** A week that is not over yet is shown but cannot be typed in: its days have not all happened. */
  alleenLezen?: boolean;
}

const KOP: Record<Kolom, string> = {
  ingeroosterd: 'Ingeroosterd', aanwezig: 'Aanwezig', geoorloofd: 'Geoorloofd', redenGeoorloofd: 'Reden geoorloofd',
  ongeoorloofd: 'Ongeoorloofd', redenOngeoorloofd: 'Reden ongeoorloofd',
};

/**
 * Arrow keys move through the grid like a spreadsheet: up/down (and Enter) to the same column in the next row, so a
 * whole column is typed without the mouse; left/right to the next cell once the caret is at the edge of the text.
 */
function verplaats(event: KeyboardEvent<HTMLInputElement | HTMLSelectElement>, rij: number, kolom: number) {
  const doel = stap(event);
  if (!doel) return;
  const cel = document.getElementById(`cel-${rij + doel.rijen}-${kolom + doel.kolommen}`);
  if (cel) {
    event.preventDefault();
    cel.focus();
    if (cel instanceof HTMLInputElement) cel.select(); // as in a spreadsheet: typing replaces what the cell held
  }
}

function stap(event: KeyboardEvent<HTMLInputElement | HTMLSelectElement>): { rijen: number; kolommen: number } | null {
  const veld = event.currentTarget;
  const isInvoer = veld instanceof HTMLInputElement;
  // A whole selection counts as both edges, so arrows leave a cell just arrived in at once.
  const caretAanBegin = !isInvoer || veld.selectionStart === 0;
  const caretAanEind = !isInvoer || veld.selectionEnd === veld.value.length;
  switch (event.key) {
    case 'ArrowDown': return isInvoer ? { rijen: 1, kolommen: 0 } : null; // a select uses up/down for its options
    case 'ArrowUp': return isInvoer ? { rijen: -1, kolommen: 0 } : null;
    case 'Enter': return isInvoer ? { rijen: 1, kolommen: 0 } : null;
    case 'ArrowRight': return caretAanEind ? { rijen: 0, kolommen: 1 } : null;
    case 'ArrowLeft': return caretAanBegin ? { rijen: 0, kolommen: -1 } : null;
    default: return null;
  }
}

export function Groepsraster({ rijen, fouten, verzuimredenen, soortLabel, onWijzig, alleenLezen = false }: Props) {
  if (rijen.length === 0) return <p>Geen trajecten om te tonen.</p>;
  return (
    <Tabelvak>
      <table className="tabel raster utrecht-table">
        <caption className="sr-only">Uren per deelnemer voor de gekozen week</caption>
        <thead>
          <tr>
            <th scope="col">Deelnemer</th>
            {KOLOMMEN.map((k) => <th scope="col" key={k}>{KOP[k]}</th>)}
            <th scope="col">Gemeld</th>
          </tr>
        </thead>
        <tbody>
          {rijen.map((r, i) => {
            const rijFouten = fouten[r.trajectId] ?? [];
            const totaal = gemeld(r);
            const ingeroosterd = urenVan(r.ingeroosterd);
            return (
              <tr key={r.trajectId} className={rijFouten.length ? 'raster__rij--fout' : undefined}>
                <th scope="row">
                  {r.naam}<br /><small>{soortLabel(r.soort)} · {r.gemeente}</small>
                  {rijFouten.filter((f) => !f.kolom).map((f, j) => <p key={j} className="veld__fout">{f.melding}</p>)}
                </th>
                {KOLOMMEN.map((k, j) => {
                  const celFouten = rijFouten.filter((f) => f.kolom === k);
                  const id = `cel-${i}-${j}`;
                  const label = `${KOP[k]}, ${r.naam}`;
                  const foutId = celFouten.length ? `${id}-fout` : undefined;
                  const soort = k === 'redenGeoorloofd' ? 'GEOORLOOFD' : 'ONGEOORLOOFD';
                  return (
                    <td key={k} className={celFouten.length ? 'raster__cel--fout' : undefined}>
                      {k.startsWith('reden') ? (
                        <select id={id} aria-label={label} value={r[k]} disabled={alleenLezen} aria-invalid={celFouten.length > 0} aria-describedby={foutId}
                          onChange={(e) => onWijzig(r.trajectId, k, e.target.value)} onKeyDown={(e) => verplaats(e, i, j)}>
                          <option value="">–</option>
                          {verzuimredenen.filter((v) => v.soort === soort).map((v) => <option key={v.code} value={v.code}>{v.omschrijving}</option>)}
                        </select>
                      ) : (
                        <input id={id} aria-label={label} inputMode="decimal" size={4} value={r[k]} readOnly={alleenLezen} aria-invalid={celFouten.length > 0} aria-describedby={foutId}
                          onChange={(e) => onWijzig(r.trajectId, k, e.target.value)} onKeyDown={(e) => verplaats(e, i, j)} />
                      )}
                      {celFouten.length > 0 && <p id={foutId} className="veld__fout">{celFouten.map((f) => f.melding).join(' ')}</p>}
                    </td>
                  );
                })}
                <td className="getal">{Number.isFinite(totaal) ? formatUren(totaal) : '?'}{Number.isFinite(ingeroosterd) && ingeroosterd > 0 ? ` / ${formatUren(ingeroosterd)}` : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Tabelvak>
  );
}
