import { describeLanguage } from '../../helpers/language-cases';

describeLanguage('es', {
  handOver: [
    'Muchas gracias. Le doy ahora la palabra al señor embajador de Chile.',
    'Tiene la palabra la representante de México.',
    'Pasamos al siguiente punto del orden del día.',
    'Pasemos ahora a la segunda mesa, dedicada a la vivienda.',
    'Con esto concluye nuestra primera sesión.',
    'El siguiente orador es el alcalde de Bogotá.',
  ],
  notHandOver: [
    'Las ciudades deben cumplir las normas de calidad del aire.',
    'Hay que pasar a la acción en materia de vivienda.',
    'La palabra clave de este informe es la resiliencia.',
    'Desde mi punto de vista, el presupuesto es insuficiente.',
  ],
  opening: ['Declaro abierta la sesión.', 'Damos inicio a la tercera sesión del foro.', 'Bienvenidos a este foro sobre ciudades sostenibles.'],
  notOpening: ['La tienda está abierta los domingos.', 'La sesión de ayer fue muy larga.'],
  preRoll: ['Vamos a comenzar en unos minutos, por favor esperen.', '¿Me escuchan bien al fondo de la sala?', 'El código de acceso está en la invitación.'],
  startToCome: ['Buenas tardes a todos, vamos a comenzar en unos minutos.', 'La sesión se reanudará en breve.', 'El pleno comenzará en unos minutos.'],
  notStartToCome: ['Vamos a comenzar por el presupuesto de la ciudad.', 'Las obras comenzarán en marzo.'],
  stemPairs: [['normas', 'norma'], ['viviendas', 'vivienda'], ['sesiones', 'sesión'], ['naciones', 'nación'], ['ciudades', 'ciudad'], ['sociedades', 'sociedad'], ['paredes', 'pared'], ['virtudes', 'virtud'], ['pirámides', 'pirámide']],
  dropped: ['eh', 'bueno', 'pues', 'vale', 'o sea'],
  kept: ['país', 'trabajo', 'normas'],
  sentences: [
    ['El Sr. García tomó la palabra. Habló del presupuesto.', ['El Sr. García tomó la palabra.', 'Habló del presupuesto.']],
    ['Algunas ciudades, p. ej. Quito, han votado. El resto seguirá.', ['Algunas ciudades, p. ej. Quito, han votado.', 'El resto seguirá.']],
    ['Véase el núm. 5 del reglamento. La Dra. Ruiz no está de acuerdo.', ['Véase el núm. 5 del reglamento.', 'La Dra. Ruiz no está de acuerdo.']],
    ['Viajó a EE. UU. en marzo. Volvió en abril.', ['Viajó a EE. UU. en marzo.', 'Volvió en abril.']],
    ['Transporte, vivienda, etc. Lo veremos mañana.', ['Transporte, vivienda, etc.', 'Lo veremos mañana.']],
    ['TRANSPORTE, VIVIENDA, ETC. AHORA VOTAMOS.', ['TRANSPORTE, VIVIENDA, ETC.', 'AHORA VOTAMOS.']],
    ['TRANSPORTE, VIVIENDA, ETC. DE MADRID Y SEVILLA.', ['TRANSPORTE, VIVIENDA, ETC. DE MADRID Y SEVILLA.']],
  ],
  items: [
    ['pasamos al punto 5 del orden del día', ['#5']],
    ['punto número doce, las subvenciones', ['#12']],
    ['el punto veintidós', ['#22']],
    ['el punto treinta y uno', ['#31']],
    ['desde mi punto de vista', []],
  ],
  vocabulary: [['Apertura de la sesión', 'bienvenidos'], ['Clausura', 'gracias'], ['Preguntas y respuestas', 'responder']],
});
