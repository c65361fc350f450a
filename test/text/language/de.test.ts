import { describeLanguage } from '../../helpers/language-cases';

describeLanguage('de', {
  handOver: [
    'Vielen Dank. Ich erteile jetzt Frau Dr. Weber das Wort.',
    'Das Wort hat Herr Schmidt von der Fraktion der Grünen.',
    'Wir kommen nun zu Tagesordnungspunkt 5.',
    'Damit kommen wir zum nächsten Punkt.',
    'Nächster Redner ist der Kollege Meier.',
    'Damit ist der Tagesordnungspunkt erledigt.',
  ],
  notHandOver: [
    'Städte müssen die Normen für Luftqualität einhalten.',
    'Das Wort hat zwei Bedeutungen im Gesetz.',
    'Wir kommen zu dem Schluss, dass der Haushalt nicht reicht.',
    'Ich gebe Ihnen recht, was die Kosten betrifft.',
  ],
  opening: ['Ich eröffne die Sitzung.', 'Ich eröffne hiermit die 12. Gemeinderatssitzung.', 'Herzlich willkommen zur Konferenz über nachhaltige Städte.'],
  notOpening: ['Der Laden ist sonntags geöffnet.', 'Die Stadt eröffnet im März eine neue Schule.'],
  preRoll: ['Wir beginnen in wenigen Minuten.', 'Können Sie mich hören?', 'Der Kenncode steht in der Einladung.'],
  startToCome: ['Guten Tag, wir beginnen in wenigen Minuten.', 'Die Übertragung beginnt gleich.', 'Die Anhörung startet in fünf Minuten.', 'Der Livestream geht gleich los.'],
  notStartToCome: ['Wir beginnen mit dem Haushalt der Stadt.', 'Die Bauarbeiten beginnen im März.'],
  stemPairs: [['Städte', 'Stadt'], ['Normen', 'Norm'], ['Sitzungen', 'Sitzung']],
  dropped: ['äh', 'ähm', 'also', 'halt', 'genau', 'quasi'],
  kept: ['Menschen', 'Zeit', 'Jahr'],
  sentences: [
    ['Viele Städte, z. B. Köln oder Bonn, haben zugestimmt. Der Rest folgt.', ['Viele Städte, z. B. Köln oder Bonn, haben zugestimmt.', 'Der Rest folgt.']],
    ['Es geht z. B. um die Schulen. Dann um den Verkehr.', ['Es geht z. B. um die Schulen.', 'Dann um den Verkehr.']],
    ['Das kostet ca. 5 Mio. Euro im Jahr. Das ist viel.', ['Das kostet ca. 5 Mio. Euro im Jahr.', 'Das ist viel.']],
    ['Siehe Nr. 5 der Vorlage. Dr. Weber ist dagegen.', ['Siehe Nr. 5 der Vorlage.', 'Dr. Weber ist dagegen.']],
    ['Schulen, Straßen, Parks usw. Das alles kostet Geld.', ['Schulen, Straßen, Parks usw.', 'Das alles kostet Geld.']],
    ['Der Rat, d. h. die Mehrheit, hat entschieden. Gut so.', ['Der Rat, d. h. die Mehrheit, hat entschieden.', 'Gut so.']],
  ],
  items: [
    ['wir kommen zu tagesordnungspunkt 5', ['#5']],
    ['top zwölf, haushalt', ['#12']],
    ['punkt 4 b', ['#4', '#4b']],
    ['auf den punkt gebracht', []],
  ],
  vocabulary: [['Eröffnung und Begrüßung', 'willkommen'], ['Schluss der Sitzung', 'wiedersehen'], ['Fragen und Antworten', 'antworten']],
});
