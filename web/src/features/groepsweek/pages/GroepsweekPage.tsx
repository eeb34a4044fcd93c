import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { foutMelding } from '../../../app/fouten';
import { aantal, formatDatum, maandag, plusDagen, TRAJECTSOORT_LABEL, vandaagInNederland, volledigeNaam } from '../../../app/formaat';
import type { AanwezigheidInput, Trajectsoort } from '../../../gql/aanbieder/graphql';
import { Groepsraster, type Rijfouten } from '../components/Groepsraster';
import { GROEP, SLA_WEEK_OP, WEEK } from '../queries.aanbieder';
import { inhoud, isLeeg, KOLOM_VAN_VELD, leesRij, type Rij } from '../rij';

const MAX_RIJEN = 100;

/** A whole group's week at once: deelnemers × hours, typed by keyboard, saved with one button. */
export function GroepsweekPage() {
  const [week, setWeek] = useState(maandag(new Date(), -1));
  const [gemeentecode, setGemeentecode] = useState('');
  const [soort, setSoort] = useState<Trajectsoort | ''>('');
  const zondag = plusDagen(week, 6);
  // Attendance is for days that have happened: a week can be saved from its Sunday on (the server refuses it before).
  const vandaag = vandaagInNederland();
  const weekOm = zondag <= vandaag;
  const dezeMaandag = maandag(new Date(`${vandaag}T12:00:00`));
  // The server narrows the group, so a large school reaches every class by filtering, not by a silent cut-off.
  const groep = useQuery(GROEP, { variables: { first: MAX_RIJEN, soort: soort || null, gemeentecode: gemeentecode || null } });
  const trajecten = useMemo(() => (groep.data?.deelnemers.nodes ?? []).flatMap((d) => d.trajecten.map((t) => ({ d, t }))), [groep.data]);
  const meldingen = useQuery(WEEK, { variables: { trajectIds: trajecten.map(({ t }) => t.id), periodeVan: week }, skip: trajecten.length === 0, fetchPolicy: 'network-only' });
  const [rijen, setRijen] = useState<Rij[]>([]);
  const [fouten, setFouten] = useState<Rijfouten>({});
  const [melding, setMelding] = useState<{ soort: 'succes' | 'fout'; tekst: string } | null>(null);
  const [slaOp, { loading: bezig }] = useMutation(SLA_WEEK_OP);

  useEffect(() => {
    if (trajecten.length > 0 && !meldingen.data) return;
    const perTraject = new Map((meldingen.data?.aanwezighedenInPeriode ?? []).map((m) => [m.trajectId, m.aanwezigheid]));
    const tekst = (n: number | null | undefined) => (n == null ? '' : String(n).replace('.', ','));
    setRijen(trajecten.map(({ d, t }) => {
      const a = perTraject.get(t.id);
      const rij: Rij = {
        trajectId: t.id, naam: volledigeNaam(d), soort: t.soort, gemeente: d.gemeenteNaam,
        ingeroosterd: tekst(a?.urenIngeroosterd), aanwezig: tekst(a?.urenAanwezig), geoorloofd: tekst(a?.urenGeoorloofdVerzuim),
        redenGeoorloofd: a?.redenGeoorloofdVerzuim ?? '', ongeoorloofd: tekst(a?.urenOngeoorloofdVerzuim), redenOngeoorloofd: a?.redenOngeoorloofdVerzuim ?? '',
        opgeslagen: '',
      };
      return { ...rij, opgeslagen: inhoud(rij) };
    }));
    setFouten({});
  }, [trajecten, meldingen.data]);

  const gemeenten = groep.data?.gemeenten ?? [];
  const afgekapt = groep.data?.deelnemers.pageInfo.hasNextPage ?? false;
  const gewijzigd = rijen.filter((r) => inhoud(r) !== r.opgeslagen && !isLeeg(r));
  // A reported week emptied again: saving cannot delete a report, so it says so instead of silently skipping the row.
  const leeggemaakt = rijen.filter((r) => inhoud(r) !== r.opgeslagen && isLeeg(r));

  /** Another week or group reloads the grid: unsaved typing is only thrown away when the user says so. */
  const wissel = (actie: () => void) => {
    if (gewijzigd.length > 0 && !window.confirm(`${aantal(gewijzigd.length, 'niet opgeslagen regel gaat', 'niet opgeslagen regels gaan')} verloren. Doorgaan?`)) return;
    setMelding(null); // what the last save said was about the grid that is now replaced
    actie();
  };

  const opslaan = async () => {
    setMelding(null);
    if (gewijzigd.length === 0 && leeggemaakt.length === 0) {
      setMelding({ soort: 'succes', tekst: 'Er is niets gewijzigd.' });
      return;
    }
    // Every row is read here first: a cell the server could not take (abc, an empty cell) fails alone, at that cell.
    const nieuweFouten: Rijfouten = {};
    for (const r of leeggemaakt) nieuweFouten[r.trajectId] = [{ kolom: 'aanwezig', melding: 'Deze week was al gemeld; een lege rij wist die melding niet. Vul de uren weer in (0 als er geen waren).' }];
    const teVersturen: { rij: Rij; input: AanwezigheidInput }[] = [];
    for (const r of gewijzigd) {
      const gelezen = leesRij(r, week, zondag);
      if (gelezen.soort === 'fout') nieuweFouten[r.trajectId] = gelezen.fouten.map((f) => ({ kolom: KOLOM_VAN_VELD[f.veld], melding: f.melding }));
      else if (gelezen.soort === 'rij') teVersturen.push({ rij: r, input: gelezen.input });
    }
    try {
      const uitkomst = teVersturen.length === 0 ? [] : (await slaOp({ variables: { rijen: teVersturen.map((t) => t.input) } })).data?.registreerAanwezigheden ?? [];
      uitkomst.forEach((u) => {
        const rij = teVersturen[u.rij]!.rij;
        if (u.fouten.length) nieuweFouten[rij.trajectId] = u.fouten.map((f) => ({ kolom: KOLOM_VAN_VELD[f.veld.replace(/^input\./, '')], melding: f.melding }));
      });
      const goed = new Set(uitkomst.filter((u) => u.fouten.length === 0).map((u) => teVersturen[u.rij]!.rij.trajectId));
      setRijen((oud) => oud.map((r) => (goed.has(r.trajectId) ? { ...r, opgeslagen: inhoud(r) } : r)));
      setFouten(nieuweFouten);
      const aantalFout = Object.keys(nieuweFouten).length;
      // Rows left empty are not saved as zeros: say how many deelnemers this week still lacks.
      const zonderUren = rijen.filter((r) => isLeeg(r) && inhoud(r) === r.opgeslagen).length;
      const overgeslagen = zonderUren ? `; ${aantal(zonderUren, 'deelnemer zonder uren is', 'deelnemers zonder uren zijn')} overgeslagen` : '';
      setMelding(aantalFout === 0
        ? { soort: 'succes', tekst: `${aantal(goed.size, 'regel', 'regels')} opgeslagen${overgeslagen}.` }
        : { soort: 'fout', tekst: `${goed.size} opgeslagen; ${aantal(aantalFout, 'regel vraagt', 'regels vragen')} aandacht (zie de rode cellen)${overgeslagen}.` });
    } catch (error) {
      setFouten(nieuweFouten);
      setMelding({ soort: 'fout', tekst: foutMelding(error) });
    }
  };

  return (
    <>
      <h1>Groepsweek</h1>
      <p>Vul per deelnemer de uren van de week in. Pijltjes omhoog en omlaag (of Enter) springen naar de vorige of volgende deelnemer, pijltjes links en rechts naar het vorige of volgende vak; een verzuimreden kiest u door de eerste letters te typen.</p>
      <div className="rij weekkeuze">
        <button type="button" className="knop knop--secundair utrecht-button utrecht-button--secondary-action" onClick={() => wissel(() => setWeek(plusDagen(week, -7)))}>Vorige week</button>
        <div className="veld">
          <label htmlFor="week">Week van (maandag)</label>
          <input id="week" type="date" value={week} max={dezeMaandag} onChange={(e) => { const dag = e.target.value; if (dag) wissel(() => setWeek(maandag(new Date(`${dag}T12:00:00`)))); }} />
        </div>
        <button type="button" className="knop knop--secundair utrecht-button utrecht-button--secondary-action" disabled={plusDagen(week, 7) > dezeMaandag} onClick={() => wissel(() => setWeek(plusDagen(week, 7)))}>Volgende week</button>
        <div className="veld">
          <label htmlFor="gemeente">Gemeente</label>
          <select id="gemeente" value={gemeentecode} onChange={(e) => { const code = e.target.value; wissel(() => setGemeentecode(code)); }}>
            <option value="">Alle gemeenten</option>
            {gemeenten.map((g) => <option key={g.gemeentecode} value={g.gemeentecode}>{g.naam}</option>)}
          </select>
        </div>
        <div className="veld">
          <label htmlFor="soort">Soort traject</label>
          <select id="soort" value={soort} onChange={(e) => { const keuze = e.target.value as Trajectsoort | ''; wissel(() => setSoort(keuze)); }}>
            <option value="">Alle soorten</option>
            {Object.entries(TRAJECTSOORT_LABEL).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
          </select>
        </div>
      </div>
      <p role="status">Week {formatDatum(week)} t/m {formatDatum(zondag)} · {rijen.length} trajecten · {gewijzigd.length} gewijzigd</p>
      {afgekapt && <p className="melding melding--fout" role="alert">Meer dan {MAX_RIJEN} deelnemers: alleen de eerste {MAX_RIJEN} (op achternaam) staan hieronder. Kies een gemeente of soort traject om de groep kleiner te maken.</p>}
      {(groep.error || meldingen.error) && <p className="melding melding--fout" role="alert">{foutMelding(groep.error ?? meldingen.error)}</p>}
      {!weekOm && (
        <p className="melding melding--info" role="status">
          Deze week is nog niet voorbij: hij loopt tot en met zondag {formatDatum(zondag)}, en aanwezigheid meldt u voor dagen die geweest zijn.
          U kunt hem melden vanaf die zondag; kies ‘Vorige week’ om de laatste hele week te melden.
        </p>
      )}
      {melding && <p className={`melding melding--${melding.soort}`} role={melding.soort === 'fout' ? 'alert' : 'status'}>{melding.tekst}</p>}
      {groep.loading && !groep.data ? <p role="status">Deelnemers laden…</p> : (
        <Groepsraster
          rijen={rijen}
          fouten={fouten}
          verzuimredenen={groep.data?.verzuimredenen ?? []}
          soortLabel={(s) => TRAJECTSOORT_LABEL[s] ?? s}
          onWijzig={(trajectId, kolom, waarde) => setRijen((oud) => oud.map((r) => (r.trajectId === trajectId ? { ...r, [kolom]: waarde } : r)))}
          alleenLezen={!weekOm}
        />
      )}
      <button type="button" className="knop utrecht-button utrecht-button--primary-action" onClick={opslaan} disabled={bezig || !weekOm}>{bezig ? 'Bezig met opslaan…' : 'Alles opslaan'}</button>
    </>
  );
}
