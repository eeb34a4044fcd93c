/** The demo logins `npm start` prints; all have the password "demo". Only ever created by the demo seed. */
export const DEMO_WACHTWOORD = 'demo';

export interface DemoAccount {
  email: string;
  naam: string;
  organisatie: 'utrecht' | 'amersfoort' | 'taalhuis' | 'werkpad' | 'kompas';
  rollen: ('RAADPLEGEN' | 'MUTEREN' | 'BEHEER')[];
  omschrijving: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'regisseur@utrecht.demo', naam: 'Sanne de Regisseur', organisatie: 'utrecht', rollen: ['MUTEREN'], omschrijving: 'gemeente Utrecht, muteren' },
  { email: 'raadpleger@utrecht.demo', naam: 'Rob Raadpleger', organisatie: 'utrecht', rollen: ['RAADPLEGEN'], omschrijving: 'gemeente Utrecht, alleen raadplegen' },
  { email: 'beheer@utrecht.demo', naam: 'Bea Beheer', organisatie: 'utrecht', rollen: ['BEHEER'], omschrijving: 'gemeente Utrecht, beheer' },
  { email: 'regisseur@amersfoort.demo', naam: 'Ahmed de Regisseur', organisatie: 'amersfoort', rollen: ['MUTEREN'], omschrijving: 'gemeente Amersfoort, muteren' },
  { email: 'taalschool@taalhuis.demo', naam: 'Tamara Taalhuis', organisatie: 'taalhuis', rollen: ['MUTEREN', 'BEHEER'], omschrijving: 'taalschool Taalhuis Midden (Utrecht en Amersfoort)' },
  { email: 'map@werkpad.demo', naam: 'Mark Werkpad', organisatie: 'werkpad', rollen: ['MUTEREN'], omschrijving: 'MAP-aanbieder Werkpad (Utrecht)' },
  { email: 'pvt@kompas.demo', naam: 'Petra Kompas', organisatie: 'kompas', rollen: ['MUTEREN'], omschrijving: 'PVT-aanbieder Kompas (Utrecht)' },
];
