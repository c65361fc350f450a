import { describeLanguage } from '../../helpers/language-cases';

describeLanguage('nl', {
  handOver: [
    'Dank u wel. Ik geef nu het woord aan mevrouw De Vries.',
    'Het woord is aan de heer Jansen van de VVD.',
    'We gaan nu naar agendapunt 5.',
    'Dan komen we bij de volgende spreker.',
    'Hiermee sluit ik dit agendapunt.',
  ],
  notHandOver: [
    'Steden moeten zich aan de normen voor luchtkwaliteit houden.',
    'Dat woord heeft in de wet twee betekenissen.',
    'We gaan naar de markt op zaterdag.',
    'Ik geef toe dat de kosten hoog zijn.',
  ],
  opening: ['Ik open de vergadering.', 'Ik verklaar de raadsvergadering voor geopend.', 'Van harte welkom bij deze conferentie over duurzame steden.'],
  notOpening: ['De winkel is op zondag open.', 'De nieuwe school opent in maart.'],
  preRoll: ['We beginnen over een paar minuten.', 'Kunt u mij horen?', 'De toegangscode staat in de uitnodiging.'],
  startToCome: ['Goedemiddag, we beginnen over een paar minuten.', 'De uitzending begint zo meteen.', 'Het debat begint over een paar minuten.'],
  notStartToCome: ['We beginnen met de begroting van de stad.', 'De werkzaamheden starten in maart.'],
  stemPairs: [['normen', 'norm'], ['vergaderingen', 'vergadering'], ['begrotingen', 'begroting']],
  dropped: ['eh', 'nou', 'dus', 'gewoon', 'eigenlijk'],
  kept: ['steden', 'begroting'],
  sentences: [
    ['Dhr. Jansen nam het woord. Hij sprak over de begroting.', ['Dhr. Jansen nam het woord.', 'Hij sprak over de begroting.']],
    ['Sommige steden, bijv. Utrecht, stemden voor. De rest volgt.', ['Sommige steden, bijv. Utrecht, stemden voor.', 'De rest volgt.']],
    ['Zie nr. 5 van het voorstel. Mevr. Bakker is tegen.', ['Zie nr. 5 van het voorstel.', 'Mevr. Bakker is tegen.']],
    ['Scholen, wegen, parken enz. Dat kost geld.', ['Scholen, wegen, parken enz.', 'Dat kost geld.']],
  ],
  items: [
    ['we gaan naar agendapunt 5', ['#5']],
    ['agendapunt twaalf', ['#12']],
    ['punt één', ['#1']],
    ['dat is punt een beetje lastig', []],
  ],
  vocabulary: [['Opening', 'welkom'], ['Sluiting', 'bedankt'], ['Rondvraag', 'antwoord']],
});
