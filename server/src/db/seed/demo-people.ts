import { eersteGeldigeBsnVanaf } from '../../modules/inburgeraar/bsn.js';

/** Clearly fictional people. BSNs are taken from the 9999xxxxx range the BRP reserves for testing. */
export const DEMO_NAMEN: [string, string | null, string][] = [
  ['Amina', null, 'Haddad'], ['Yonas', null, 'Tesfay'], ['Farid', null, 'Ahmadi'], ['Olena', null, 'Kovalenko'],
  ['Mehmet', null, 'Yilmaz'], ['Rahel', null, 'Gebremedhin'], ['Omar', 'al', 'Masri'], ['Lina', null, 'Darwish'],
  ['Samir', null, 'Nazari'], ['Selam', null, 'Tekle'], ['Khaled', null, 'Ibrahim'], ['Nour', null, 'Khalil'],
  ['Daniel', null, 'Habte'], ['Zahra', null, 'Hosseini'], ['Ali', null, 'Rezaei'], ['Maryam', null, 'Sultani'],
  ['Tariq', null, 'Aziz'], ['Hana', null, 'Mahmoud'], ['Bilal', null, 'Osman'], ['Fatima', 'el', 'Amrani'],
  ['Yusuf', null, 'Demir'], ['Aster', null, 'Woldu'], ['Karim', null, 'Saleh'], ['Rania', null, 'Hamdan'],
  ['Hamid', null, 'Karimi'], ['Salma', null, 'Yousef'], ['Ahmad', null, 'Sharifi'], ['Mulu', null, 'Berhane'],
  ['Iryna', null, 'Shevchenko'], ['Walid', null, 'Nasser'], ['Layla', null, 'Haidari'], ['Abdi', null, 'Warsame'],
  ['Sara', null, 'Mekonnen'], ['Reza', null, 'Jafari'], ['Dina', null, 'Abboud'], ['Musa', null, 'Jalloh'],
];

/** The n-th valid BSN in the test range, deterministic so a demo looks the same on every machine. */
export function demoBsn(n: number): string {
  return eersteGeldigeBsnVanaf(999_900_000 + n * 97);
}
