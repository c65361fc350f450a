import { bounded, type SummaryWords } from './types';

/** Spanish: plenos municipales, parlamentos y comisiones. */
export const SPANISH_SUMMARY_WORDS: SummaryWords = {
  procedure: [
    'moción', 'mociones', 'votación', 'votaciones', 'votar', 'votamos', 'voto', 'votos', 'aprobado', 'aprobada', 'aprobados',
    'aprobadas', 'aprobar', 'aprobación', 'unanimidad', 'abstención', 'abstenciones', 'quórum', 'sesión', 'sesiones',
    'reunión', 'reuniones', 'receso', 'palabra', 'gracias', 'agradezco', 'agradecemos', 'bienvenidos', 'bienvenidas',
    'bienvenida', 'micrófono', 'placer',
  ],
  titles: [
    'señor', 'señora', 'señorita', 'sr', 'sra', 'srta', 'don', 'doña', 'dr', 'dra', 'doctor', 'doctora', 'profesor', 'profesora',
    'presidente', 'presidenta', 'alcalde', 'alcaldesa', 'concejal', 'concejala', 'regidor', 'regidora', 'diputado', 'diputada',
    'senador', 'senadora', 'ministro', 'ministra', 'secretario', 'secretaria', 'director', 'directora', 'embajador', 'embajadora',
    'delegado', 'delegada', 'colega', 'colegas', 'compañero', 'compañera',
  ],
  honorifics: ['señor', 'señora', 'señorita', 'sr', 'sra', 'srta', 'don', 'doña', 'dr', 'dra'],
  titlePairs: [['secretario', 'general'], ['secretaria', 'general'], ['director', 'general'], ['directora', 'general']],
  procedurePatterns: [
    bounded('(?:los|las|quienes) (?:que )?(?:estén|están) (?:a favor|en contra)|^¿?(?:votos )?(?:a favor|en contra)\\s*\\?'),
    bounded('(?:alguna |hay |sin )?abstenci(?:ón|ones)\\s*\\?'),
    bounded('(?:queda|quedan|ha sido|han sido) (?:aprobad|rechazad)[oa]s?|(?:aprobad|rechazad)[oa]s? por unanimidad'),
    bounded('(?:sometemos|someto|pasamos) a (?:votación|votar)|se somete a votación'),
    bounded('(?:pasar|pasamos|paso) lista|hay quórum|existe quórum'),
    bounded('(?:se abre|se levanta|declaro abierta|levanto|se suspende) la sesión|queda (?:abierta|levantada|suspendida) la sesión'),
    // greeting the room
    bounded('^¿?(?:buenos días|buenas tardes|buenas noches|hola|bienvenid[oa]s?)'),
    // handing the floor on
    bounded('(?:le |les )?(?:doy|cedo|paso) la palabra|tiene la palabra|pasamos (?:ahora )?al (?:punto|siguiente)'),
  ],
  fillerPatterns: [
    bounded('^(?:muchas |muchísimas )?gracias(?: a (?:todos|todas|ustedes)| por (?:eso|su \\p{L}+|tu \\p{L}+))?[.!]?$'),
    bounded('(?:me|nos) (?:oyen|escuchan|oye|escucha|oyes|escuchas)'),
    bounded('(?:tiene|tienes) el micrófono (?:apagado|silenciado)|está (?:usted )?silenciad[oa]'),
    bounded('^(?:sí|no|vale|bueno|bien|claro|perfecto|de acuerdo|exacto|eh|pues|ok|okay)[\\s\\p{L},]{0,12}[.!?]?$'),
    bounded('^(?:buenos días|buenas tardes|buenas noches)[\\s\\p{L},]{0,25}[.!]?$'),
  ],
  generic:
    'gracias hoy pregunta preguntas sesión trabajo gente personas tiempo año años punto puntos minuto minutos reunión todos ' +
    'bienvenidos mañana tarde noche palabra inicio próximo último nuevo nueva parte número hecho día días semana lado final caso ' +
    'lugar idea ejemplo cosa cosas oportunidad comentario respuesta ayuda razón sentido área problema tema miembro miembros ' +
    'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre ' +
    'lunes martes miércoles jueves viernes sábado domingo ayer ' +
    'consejo comité comisión pleno resolución departamento personal equipo',
  notInPhrases: (
    'cero uno una dos tres cuatro cinco seis siete ocho nueve diez once doce veinte treinta cuarenta cincuenta sesenta cien ' +
    'ciento mil millón millones mitad ' +
    'pequeño pequeña pequeños pequeñas grande grandes gran buen bueno buena buenos buenas mal malo mala diferente diferentes ' +
    'varios varias cierto cierta otro otra otros otras mismo misma entero entera propio propia particular algunos algunas ' +
      // votes ("a favor", "queda aprobado", "tomamos nota"), hand-overs ("pasamos al punto") and greetings ("buenas tardes")
      'favor contra queda quedan tomamos pasamos tardes ' +
    'muchos muchas mucho importante importantes real verdadero seguro rápido ' +
    'hacer hace hacen hay puede pueden podemos debe deben debemos dice decir ver va van vamos tenemos tiene tienen es son sido ' +
    'ser estar está están también muy bien ya todavía siempre realmente además así ahora quiero quisiera queremos creo creemos ' +
    'presenta presentar permite'
  ).split(' '),
  minKeyLength: 3,
};
