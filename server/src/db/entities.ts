import { Aanwezigheid } from '../modules/aanwezigheid/aanwezigheid.entity.js';
import { AanwezigheidUpload, AanwezigheidUploadRij } from '../modules/aanwezigheid-upload/upload.entity.js';
import { ApiToken } from '../modules/auth/api-token.entity.js';
import { Gebruiker } from '../modules/auth/gebruiker.entity.js';
import { Sessie } from '../modules/auth/sessie.entity.js';
import { DoelgroepPeriode } from '../modules/inburgeraar/doelgroep-periode.entity.js';
import { Inburgeraar } from '../modules/inburgeraar/inburgeraar.entity.js';
import { PipVersie } from '../modules/pip/pip-versie.entity.js';
import { TermijnVerlenging } from '../modules/pip/termijn-verlenging.entity.js';
import { Aanbieder } from '../modules/organisatie/aanbieder.entity.js';
import { Contract } from '../modules/organisatie/contract.entity.js';
import { Gemeente } from '../modules/organisatie/gemeente.entity.js';
import { BeheerLog } from '../modules/beheerlog/beheer-log.entity.js';
import { Besluit } from '../modules/besluit/besluit.entity.js';
import { Rapportage } from '../modules/rapportage/rapportage.entity.js';
import { Traject } from '../modules/traject/traject.entity.js';

export const ENTITIES = [Gemeente, Aanbieder, Contract, Gebruiker, Sessie, ApiToken, Inburgeraar, DoelgroepPeriode, PipVersie, TermijnVerlenging, Traject, Aanwezigheid, AanwezigheidUpload, AanwezigheidUploadRij, Rapportage, Besluit, BeheerLog];
