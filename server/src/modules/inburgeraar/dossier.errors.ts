/** Domain codes of finding and guarding one of the gemeente's own dossiers. */
export enum DossierFout {
  DOSSIER_ONBEKEND = 'DOSSIER_ONBEKEND',
  /** The dossier was withdrawn or the person moved away: it may be read, no longer changed. */
  DOSSIER_GESLOTEN = 'DOSSIER_GESLOTEN',
}
