/** Domain codes of the gemeente's aanbieder overview. */
export enum AanbiederOverzichtFout {
  AANBIEDER_ONBEKEND = 'AANBIEDER_ONBEKEND',
}
