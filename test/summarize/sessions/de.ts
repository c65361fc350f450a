import type { LanguageSession } from './types';

const procedure = [
  'Guten Abend, meine Damen und Herren, und herzlich willkommen zur heutigen Sitzung des Stadtrats.',
  'Hören Sie mich alle gut?',
  'Ich eröffne die Sitzung.',
  'Ich erteile Frau Dr. Keller, der Leiterin des Schulamts, das Wort.',
  'Vielen Dank.',
  'Wer ist dafür?',
  'Wer enthält sich?',
  'Der Antrag ist einstimmig angenommen.',
  'Wir kommen nun zu Tagesordnungspunkt vier.',
  'Vielen Dank an alle, ich schließe die Sitzung.',
];

const said = [
  procedure[0]!,
  procedure[1]!,
  procedure[2]!,
  'Auf der Tagesordnung steht heute vor allem die Sanierung der Grundschulen in den nördlichen Stadtteilen.',
  procedure[3]!,
  'Die Grundschulen im Norden der Stadt wurden in den sechziger Jahren gebaut und haben seitdem kaum Geld für Sanierungen erhalten.',
  'In drei Grundschulen sind die Heizungsanlagen so alt, dass im Winter regelmäßig Klassenräume geschlossen werden müssen.',
  'Die Verwaltung schlägt vor, die Sanierung der Grundschulen in zwei Bauabschnitten bis zum Jahr 2029 abzuschließen.',
  'Im ersten Bauabschnitt sollen die Heizungsanlagen erneuert und die Dächer mit Solaranlagen ausgestattet werden.',
  'Im zweiten Bauabschnitt folgen neue Fenster, eine bessere Dämmung und barrierefreie Zugänge für alle Gebäude.',
  'Die Kosten der Sanierung werden auf rund achtzehn Millionen Euro geschätzt, davon trägt das Land etwa die Hälfte.',
  procedure[4]!,
  'Herr Yilmaz fragt, wo die Kinder während der Bauarbeiten unterrichtet werden sollen.',
  'Frau Dr. Keller antwortet, dass während der Bauarbeiten Schulcontainer auf den Sportplätzen aufgestellt werden.',
  'Mehrere Eltern haben sich beschwert, dass die Toiletten in den Grundschulen seit Jahren in einem schlechten Zustand sind.',
  'Die Sanierung der Toiletten wird deshalb vorgezogen und soll schon in den Sommerferien beginnen.',
  'Der Elternbeirat begrüßt den Plan, fordert aber einen festen Zeitplan für jede einzelne Grundschule.',
  procedure[5]!,
  procedure[6]!,
  procedure[7]!,
  procedure[8]!,
  'Unter diesem Punkt geht es um neue Öffnungszeiten der Stadtbibliothek an den Wochenenden.',
  'Die Stadtbibliothek soll künftig auch sonntags von zehn bis sechzehn Uhr geöffnet sein.',
  procedure[9]!,
];

export const GERMAN_SESSION: LanguageSession = { tag: 'de', sentences: said, procedure, topic: ['Grundschulen', 'Sanierung', 'Heizungsanlagen'] };
