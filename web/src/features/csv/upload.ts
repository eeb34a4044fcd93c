import type { AanwezigheidUploadStatus } from '../../gql/aanbieder/graphql';

/** What the page says about each status; a Record over the server's enum, so a new status fails the type check. */
export const UPLOAD_STATUS_TEKST = {
  ONTVANGEN: 'Ontvangen, de controle begint zo',
  CONTROLEREN: 'Wordt gecontroleerd',
  GECONTROLEERD: 'Gecontroleerd, nog niet opgeslagen',
  OPSLAAN: 'Wordt opgeslagen',
  OPGESLAGEN: 'Opgeslagen',
  ONLEESBAAR: 'Niet te lezen',
  INGETROKKEN: 'Ingetrokken',
} satisfies Record<AanwezigheidUploadStatus, string>;

/** The server's jobs are at work on these; the page asks for the progress until they are done. */
export const BEZIG: readonly AanwezigheidUploadStatus[] = ['ONTVANGEN', 'CONTROLEREN', 'OPSLAAN'];

export interface UploadAntwoord { id?: string; errors?: { message: string }[] }

/** Sends the file's bytes as they are; the server stores them and starts the dry run as a job. */
export async function uploadBestand(bestand: File): Promise<{ ok: true; id: string } | { ok: false; melding: string }> {
  try {
    const res = await fetch(`/upload/aanwezigheid?bestandsnaam=${encodeURIComponent(bestand.name)}`, {
      method: 'POST', credentials: 'same-origin', headers: { 'content-type': bestand.type || 'application/octet-stream' }, body: bestand,
    });
    const json = (await res.json().catch(() => ({}))) as UploadAntwoord;
    if (res.status === 202 && json.id) return { ok: true, id: json.id };
    if (res.status === 401) return { ok: false, melding: 'Uw sessie is verlopen. Log opnieuw in.' };
    return { ok: false, melding: json.errors?.[0]?.message ?? 'Er ging iets mis aan onze kant. Probeer het later opnieuw.' };
  } catch {
    return { ok: false, melding: 'De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.' };
  }
}
