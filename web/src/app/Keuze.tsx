/** A labelled filter select whose empty value means "all", as the list pages use them. */
export function Keuze({ id, label, waarde, alle, opties, onKies }: { id: string; label: string; waarde: string; alle: string; opties: [string, string][]; onKies: (waarde: string) => void }) {
  return (
    <div className="veld">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={waarde} onChange={(e) => onKies(e.target.value)}>
        <option value="">{alle}</option>
        {opties.map(([code, tekst]) => <option key={code} value={code}>{tekst}</option>)}
      </select>
    </div>
  );
}
