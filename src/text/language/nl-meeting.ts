import type { MeetingWords } from './language';
import { itemPattern, numberWords, phrase, spokenNumber } from './meeting-patterns';

/** How Dutch-speaking chairs run a meeting (gemeenteraad, Tweede Kamer, congres), as the aligner reads it. */

// "een" without accents is the article far more often ("punt een beetje"): only "één" counts
const UNITS = ['nul', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien'];
const NUMBERS = numberWords(UNITS, ['', '', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig']);
const NUMBER = spokenNumber(NUMBERS);

const HAND_OVER = [
  phrase(String.raw`(?:ik )?(?:geef|geven) (?:\S+ ){0,4}?het woord(?: aan)?`),
  phrase(String.raw`het woord is (?:nu |dan )?aan`),
  phrase(String.raw`(?:we |wij )?(?:gaan|komen|stappen) (?:nu |dan |verder |door )*(?:naar|bij|over naar|toe aan) (?:agendapunt|punt|de volgende|het volgende|de vragen|de pauze|de tweede|de derde|de laatste|de sessie|het panel|de discussie|de stemming|de rondvraag)`),
  phrase(String.raw`volgende (?:agendapunt|spreker|spreekster|sessie|presentatie|inspreker|insprekers)`),
  phrase(String.raw`(?:hiermee|daarmee) (?:is (?:dit |het )?(?:agendapunt|punt) (?:afgerond|afgehandeld|gesloten)|sluit ik|sluiten we|zijn we aan het einde|komen we)`),
  phrase(String.raw`(?:bij|naar) agendapunt (?:nummer )?${NUMBER}`),
];

const PRE_ROLL = phrase(String.raw`over (?:een paar|enkele) minuten|(?:even )?wachten (?:op|nog)|geluidstest|soundcheck|(?:kunt u|kunnen jullie) mij horen|horen jullie mij|test,? (?:een|één|1)|vergader-id|toegangscode|wachtwoord`);

const START_TO_COME = phrase(String.raw`(?:we |wij )?(?:beginnen|starten|gaan (?:zo )?(?:beginnen|starten)) (?:over|in) (?:een paar|enkele|enige|\d+|twee|vijf|tien) minuten|(?:we |wij )?(?:beginnen|starten) zo meteen|(?:de |het )?\S+ (?:begint|start) (?:zo meteen|over (?:een paar|enkele|\d+) minuten|zo)`);

const OPENING = phrase(String.raw`(?:ik )?(?:open|heropen|verklaar) (?:hierbij |bij deze )?(?:de |deze |het )?(?:\S+ ){0,3}?\S*(?:vergadering|bijeenkomst|zitting|conferentie|sessie|debat|overleg)(?: voor geopend)?|\S*(?:vergadering|zitting|bijeenkomst) is (?:hierbij )?geopend|(?:van harte |hartelijk )?welkom (?:bij|op) (?:de |deze |het |onze )?(?:\S+ ){0,4}?\S*(?:vergadering|bijeenkomst|zitting|conferentie|webinar|sessie|forum|congres|raad)`);

export const DUTCH_MEETING: MeetingWords = {
  handOver: HAND_OVER,
  preRoll: PRE_ROLL,
  startToCome: START_TO_COME,
  opening: OPENING,
  preRollWords: ['minuten', 'wachten', 'geduld', 'deelnemers', 'geluid', 'microfoon', 'horen', 'dempen', 'test'],
  postRollWords: ['dag', 'doei', 'gesloten', 'uitzending', 'opname', 'volgende', 'welterusten'],
  agendaVocabulary: {
    opening: ['welkom', 'openen', 'heet', 'bedanken'],
    welkom: ['welkom', 'bedanken'],
    sluiting: ['dank', 'bedankt', 'sluiten', 'gesloten'],
    afsluiting: ['dank', 'bedankt', 'sluiten', 'afsluiten'],
    rondvraag: ['vraag', 'vragen', 'antwoord'],
    vragen: ['vraag', 'antwoord', 'beantwoorden'],
    pauze: ['pauze', 'koffie', 'hervatten', 'minuten'],
    mededelingen: ['mededeling', 'melden'],
  },
  spokenItems: {
    numberWords: NUMBERS,
    patterns: [itemPattern(String.raw`(?:agendapunt|punt) (?:nummer |nr\.? )?${NUMBER}(?:([ -]?)([a-z]))?`)],
    letterItem: null,
  },
  emptyItems: null,
  briefItem: phrase('opening|sluiting|welkom|agenda|notulen|pauze|rondvraag'),
};
