import type { LanguageSession } from './types';

const procedure = [
  'Buenas tardes a todos y bienvenidos a esta sesión ordinaria del pleno municipal.',
  '¿Me oyen bien desde el fondo de la sala?',
  'Se abre la sesión.',
  'Le doy la palabra a la concejala de Movilidad, la señora Ortega.',
  'Muchas gracias.',
  'Sometemos a votación el plan de carriles bici.',
  '¿Votos a favor?',
  '¿Abstenciones?',
  'Queda aprobado por unanimidad.',
  'Pasamos al siguiente punto del orden del día.',
  'Muchas gracias a todos, se levanta la sesión.',
];

const said = [
  procedure[0]!,
  procedure[1]!,
  procedure[2]!,
  'El primer punto del orden del día es el nuevo plan de carriles bici para el centro de la ciudad.',
  procedure[3]!,
  'La red actual de carriles bici tiene apenas treinta kilómetros y muchos tramos no están conectados entre sí.',
  'El plan propone construir veinte kilómetros más de carriles bici separados del tráfico en los próximos tres años.',
  'Los nuevos carriles bici unirán la estación de tren con la universidad y con el hospital comarcal.',
  'Además, se instalarán aparcamientos seguros para bicicletas junto a los colegios y los mercados municipales.',
  'El coste total del plan de movilidad ciclista asciende a seis millones de euros, financiados en parte con fondos europeos.',
  procedure[4]!,
  'El concejal Ramírez pregunta si los comerciantes del centro perderán plazas de aparcamiento para coches.',
  'La concejala responde que se suprimirán unas doscientas plazas, compensadas con un nuevo aparcamiento disuasorio en la entrada norte.',
  'Varios vecinos han pedido que los carriles bici pasen por calles con menos tráfico para mejorar la seguridad de los niños.',
  'La asociación de ciclistas urbanos apoya el plan, pero reclama más iluminación en los tramos junto al río.',
  'Según los datos municipales, los desplazamientos en bicicleta han crecido un cuarenta por ciento desde la pandemia.',
  'Las obras de los carriles bici comenzarán en primavera y se harán por fases para no cortar las calles principales.',
  procedure[5]!,
  procedure[6]!,
  procedure[7]!,
  procedure[8]!,
  procedure[9]!,
  'El segundo punto trata sobre la ampliación del horario de las bibliotecas municipales durante la época de exámenes.',
  'Las bibliotecas abrirán hasta la medianoche durante mayo y junio para que los estudiantes tengan un lugar tranquilo donde estudiar.',
  procedure[10]!,
];

export const SPANISH_SESSION: LanguageSession = { tag: 'es', sentences: said, procedure, topic: ['carriles bici', 'bicicleta', 'movilidad'] };
