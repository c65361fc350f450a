import type { MeetingWords } from './language';
import { itemPattern, numberWords, phrase, spokenNumber } from './meeting-patterns';

/** How French-speaking chairs and moderators run a meeting, as the aligner reads it. */

const UNITS = ['zéro', ['un', 'une'], 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'];
const NUMBERS = numberWords(UNITS, ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'], ['et']);
const NUMBER = spokenNumber(NUMBERS, ['et']);
const A = "(?:à la |à l['’]|au |aux )";

const HAND_OVER = [
  phrase(String.raw`(?:je |nous )?(?:vous )?(?:donne|donnons|passe|passons|cède|cédons|laisse|laissons|redonne) (?:maintenant |à présent |donc |tout de suite |sans plus tarder )*la parole`),
  phrase(String.raw`la parole est (?:maintenant |à présent |donc )?(?:à|au|aux)`),
  phrase(String.raw`(?:passons|passer|passerons|nous passons|allons passer|pouvons passer|venons-en|arrivons|en venons) (?:maintenant |à présent |donc |directement |dès lors )*${A}(?:point|session|séance|table ronde|panel|discussion|séance de questions|questions|prochaine?|suivante?|deuxième|troisième|dernière?|orat\p{L}*|intervenant\p{L}*|vote|débat)`),
  phrase(String.raw`(?:point|session|séance|orateur|oratrice|intervenant|intervenante|table ronde|panel|panéliste) suivante?`),
  phrase(String.raw`(?:prochain|prochaine) (?:point|session|séance|orateur|oratrice|intervenant|intervenante|table ronde|panel)`),
  phrase(String.raw`(?:ceci|cela|ce qui|voilà qui) (?:conclut|clôt|termine|met fin à)`),
  phrase(String.raw`j['’]invite .{0,60}?à (?:prendre la parole|nous rejoindre|monter sur scène|venir à la tribune)`),
  phrase(String.raw`bienvenue (?:à|dans) (?:cette |notre |la )?(?:session|séance|table ronde|deuxième|troisième|dernière)`),
  phrase(String.raw`(?:au|le) point (?:numéro |n[°o] ?)?${NUMBER}`),
];

const PRE_ROLL = phrase(String.raw`(?:commencer|commencerons|débuter|débuterons) (?:dans (?:quelques|deux|trois|cinq|dix|\d+) (?:minutes|instants)|sous peu|dans un instant)|quelques (?:minutes|instants) de patience|(?:nous|on) attend(?:ons)? (?:encore )?(?:quelques|les|que)|merci de patienter|test(?:,)? (?:un|1)|(?:vous )?m['’]entendez(?:-vous)?|est-ce que vous m['’]entendez|vérification du son|essai (?:de )?micro|(?:les )?participants (?:se )?connectent|(?:numéro|identifiant|id) de (?:la )?réunion|code d['’]accès|mot de passe`);

const START_TO_COME = phrase(String.raw`(?:nous (?:allons|devrions|pourrons|allons bientôt) (?:commencer|débuter|démarrer|reprendre)|nous (?:commencerons|débuterons|reprendrons)|on (?:va )?(?:commencer|commence|démarre)|(?:la |le |l['’])?\S+ (?:va (?:bientôt )?(?:commencer|débuter|reprendre)|commencera|débutera|reprendra)) (?:dans (?:quelques|deux|trois|cinq|dix|un|une|\d+) (?:minutes?|instants?)|sous peu|dans un (?:instant|moment)|d['’]ici (?:quelques|\d+) minutes|très bientôt)`);

const OPENING = phrase(String.raw`(?:je |nous )?(?:déclare|déclarons) (?:ouverte |ouvert |ouverts )?(?:la |le |cette |notre )?(?:\S+ ){0,4}?(?:séance|session|réunion|conférence|assemblée|forum|conseil|travaux)(?: ouverte| ouvert| ouverts)?|la séance est ouverte|(?:heureux|heureuse|heureuses|ravis?|ravies?|plaisir|honneur) de vous accueillir|bienvenue (?:à|au) (?:la |cette |notre |ce |l['’])?(?:\S+ ){0,4}?(?:réunion|forum|séance|conférence|session|webinaire|sommet|atelier|assemblée|conseil)`);

export const FRENCH_MEETING: MeetingWords = {
  handOver: HAND_OVER,
  preRoll: PRE_ROLL,
  startToCome: START_TO_COME,
  opening: OPENING,
  preRollWords: ['minutes', 'instants', 'attendre', 'patienter', 'connexion', 'connecter', 'participants', 'son', 'micro', 'tester', 'entendre', 'muet'],
  postRollWords: ['revoir', 'levée', 'close', 'terminée', 'enregistrement', 'diffusion', 'déconnecter', 'bientôt'],
  agendaVocabulary: {
    ouverture: ['bienvenue', 'ouvrir', 'ouverte', 'accueillir', 'remercier'],
    accueil: ['bienvenue', 'accueillir', 'remercier'],
    clôture: ['merci', 'remercier', 'revoir', 'clore', 'close', 'conclure'],
    questions: ['question', 'réponse', 'répondre', 'poser'],
    débat: ['question', 'réponse', 'intervenir', 'avis'],
    pause: ['pause', 'café', 'reprendre', 'minutes'],
    conclusions: ['conclure', 'retenir', 'résumer', 'remercier'],
  },
  spokenItems: {
    numberWords: NUMBERS,
    patterns: [itemPattern(String.raw`(?:point|points) (?:numéro |n[°o] ?)?${NUMBER}(?:([ -]?)([a-z]))?`)],
    letterItem: null,
  },
  emptyItems: null,
  briefItem: phrase('ouverture|clôture|cloture|accueil|bienvenue|ordre du jour|appel nominal|procès-verbal|proces-verbal|pause|levée de (?:la )?séance'),
};

