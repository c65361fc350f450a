import type { MeetingWords } from './language';
import { itemPattern, numberWords, phrase, spokenNumber } from './meeting-patterns';

/** How Spanish-speaking chairs and moderators run a meeting, as the aligner reads it. */

const UNITS = ['cero', ['uno', 'un', 'una'], 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve'];
const NUMBERS = numberWords(UNITS, ['', '', 'veinte', 'treinta', 'cuarenta', 'cincuenta', 'sesenta'], ['y']);
// 21-29 are one word
for (const [w, n] of [['veintiuno', 21], ['veintiún', 21], ['veintidós', 22], ['veintitrés', 23], ['veinticuatro', 24], ['veinticinco', 25], ['veintiséis', 26], ['veintisiete', 27], ['veintiocho', 28], ['veintinueve', 29]] as const) NUMBERS.set(w, n);
const NUMBER = spokenNumber(NUMBERS, ['y']);

const HAND_OVER = [
  phrase(String.raw`(?:le|les|te|os) (?:doy|cedo|paso|damos|cedemos|concedo|concedemos) (?:ahora |ya |entonces |a continuación |enseguida )*(?:la palabra|el uso de la palabra|el micrófono)`),
  phrase(String.raw`(?:tiene|tienen) (?:ahora |entonces |ya )?(?:la palabra|el uso de la palabra)`),
  phrase(String.raw`(?:pasamos|pasemos|pasaremos|vamos a pasar|procedemos|procederemos|continuamos|seguimos) (?:ahora |entonces |ya |a continuación |directamente )*(?:al|a la|a los|a las|con el|con la|con los) (?:siguiente|próximo|próxima|punto|tema|sesión|mesa|panel|turno|ronda|bloque|segundo|segunda|tercer|tercera|último|última|orador|oradora|debate|preguntas|votación)`),
  phrase(String.raw`(?:siguiente|próximo|próxima) (?:punto|sesión|orador|oradora|ponente|panel|mesa|bloque|intervención)|(?:punto|orador|oradora|ponente) siguiente`),
  phrase(String.raw`(?:con esto|así|esto) (?:concluye|concluimos|cerramos|terminamos|termina|damos por (?:terminad|concluid|cerrad)[oa])`),
  phrase(String.raw`(?:invito|invitamos) (?:a|al) .{0,50}?(?:a tomar la palabra|a hacer uso de la palabra|a (?:subir|pasar) al (?:estrado|podio|escenario))`),
  phrase(String.raw`bienvenid[oa]s? (?:a|al) (?:la |esta |nuestra )?(?:sesión|mesa|panel|segunda|tercera)`),
  phrase(String.raw`(?:al|el) punto (?:número |n\.?º ?)?${NUMBER}`),
];

const PRE_ROLL = phrase(String.raw`(?:comenzar|empezar|comenzaremos|empezaremos|iniciaremos) en (?:unos|pocos|breves|\d+|dos|tres|cinco|diez) (?:minutos|momentos|instantes)|(?:estamos )?esperando (?:a|que)|prueba de (?:sonido|micrófono|audio)|probando,? (?:uno|1)|¿?me (?:escuchan|oyen|escuchas|oyes)|se (?:están|van) conectando|id de (?:la )?reunión|código de acceso|contraseña`);

const START_TO_COME = phrase(String.raw`(?:vamos a (?:comenzar|empezar|iniciar|dar inicio)|empezaremos|comenzaremos|iniciaremos|daremos inicio|(?:la |el )?\S+ (?:comenzará|empezará|iniciará|se reanudará|va a (?:comenzar|empezar|iniciar))) (?:en (?:unos|unos pocos|pocos|breves|\d+|dos|tres|cinco|diez|un) (?:minutos?|momentos?|instantes?)|en breve|enseguida|dentro de (?:unos|pocos|\d+) minutos)`);

const OPENING = phrase(String.raw`declaro (?:formalmente )?(?:abiert|inaugurad)[oa]s?|se (?:abre|declara abierta) la sesión|(?:damos|doy) (?:inicio|comienzo) (?:a|al) (?:la |esta |este )?(?:\S+ ){0,3}?(?:sesión|reunión|foro|conferencia|seminario|asamblea|pleno|evento)|bienvenid[oa]s? (?:a|al) (?:la |el |esta |este |nuestra |nuestro )?(?:\S+ ){0,4}?(?:reunión|sesión|foro|conferencia|seminario|webinario|cumbre|taller|asamblea|evento|pleno)|(?:placer|honor|gusto) (?:de )?dar(?:les)? la bienvenida`);

export const SPANISH_MEETING: MeetingWords = {
  handOver: HAND_OVER,
  preRoll: PRE_ROLL,
  startToCome: START_TO_COME,
  opening: OPENING,
  preRollWords: ['minutos', 'breve', 'esperar', 'esperando', 'conectando', 'conectar', 'participantes', 'sonido', 'prueba', 'micrófono', 'escuchan', 'silencio'],
  postRollWords: ['adiós', 'levanta', 'clausurada', 'cerrada', 'grabación', 'transmisión', 'desconectar', 'pronto'],
  agendaVocabulary: {
    apertura: ['bienvenidos', 'bienvenida', 'abrir', 'inaugurar', 'agradecer'],
    inauguración: ['bienvenidos', 'bienvenida', 'inaugurar', 'agradecer'],
    bienvenida: ['bienvenidos', 'agradecer', 'saludar'],
    clausura: ['gracias', 'agradecer', 'clausurar', 'concluir', 'adiós'],
    cierre: ['gracias', 'agradecer', 'concluir', 'cerrar'],
    preguntas: ['pregunta', 'respuesta', 'responder'],
    pausa: ['pausa', 'café', 'reanudar', 'minutos'],
    conclusiones: ['concluir', 'conclusión', 'resumir', 'agradecer'],
  },
  spokenItems: {
    numberWords: NUMBERS,
    patterns: [itemPattern(String.raw`punto (?:número |n\.?º ?)?${NUMBER}(?:([ -]?)([a-z]))?`)],
    letterItem: null,
  },
  emptyItems: null,
  briefItem: phrase('apertura|clausura|bienvenida|orden del día|pase de lista|lista de asistencia|acta|actas|receso|pausa|cierre'),
};
