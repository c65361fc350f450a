import type { LanguageSession } from './types';

const procedure = [
  'Bonsoir à toutes et à tous, et bienvenue à cette séance du conseil municipal.',
  'Est-ce que vous m’entendez bien au fond de la salle ?',
  'Je déclare la séance ouverte.',
  'Je donne la parole à Madame Lefèvre, adjointe chargée de l’environnement.',
  'Merci beaucoup.',
  'Qui est pour ?',
  'Qui s’abstient ?',
  'La délibération est adoptée à l’unanimité.',
  'Nous passons maintenant au point suivant de l’ordre du jour.',
  'Merci à tous, je lève la séance.',
];

const said = [
  procedure[0]!,
  procedure[1]!,
  procedure[2]!,
  'Le premier point de l’ordre du jour porte sur la modernisation du réseau d’eau potable de la commune.',
  procedure[3]!,
  'Notre réseau d’eau potable compte plus de deux cents kilomètres de canalisations, dont un tiers a plus de cinquante ans.',
  'Les fuites sur ces vieilles canalisations nous font perdre près d’un quart de l’eau produite chaque année.',
  'Les nouvelles normes européennes sur la qualité de l’eau potable imposent aussi de contrôler le plomb dans les branchements.',
  'Pour respecter ces normes, nous proposons de remplacer en priorité les canalisations en plomb des quartiers nord.',
  'Le chantier durerait quatre ans et coûterait environ douze millions d’euros, dont une partie financée par l’agence de l’eau.',
  'Les habitants seront prévenus au moins deux semaines avant chaque coupure d’eau dans leur rue.',
  procedure[4]!,
  'Monsieur Garnier souhaite savoir si le prix de l’eau augmentera pour les ménages après ces travaux.',
  'La hausse du prix de l’eau resterait limitée à quelques centimes par mètre cube grâce aux subventions.',
  'Plusieurs élus demandent que les écoles et les crèches soient contrôlées en premier pour le plomb.',
  'Les analyses de l’eau potable dans les écoles seront publiées sur le site de la mairie chaque trimestre.',
  'Un habitant du quartier nord rappelle que les canalisations en plomb de sa rue n’ont jamais été remplacées.',
  'L’adjointe répond que les canalisations en plomb de ce quartier seront remplacées dès la première année du chantier.',
  'Le réseau d’eau potable sera aussi équipé de capteurs pour repérer les fuites plus rapidement.',
  procedure[5]!,
  procedure[6]!,
  procedure[7]!,
  procedure[8]!,
  'Le second point concerne la révision des normes de tri des déchets dans les immeubles collectifs.',
  'Les bailleurs sociaux devront installer des bacs séparés pour le verre, le papier et les biodéchets d’ici la fin de l’année.',
  procedure[9]!,
];

export const FRENCH_SESSION: LanguageSession = { tag: 'fr', sentences: said, procedure, topic: ['eau', 'canalisations', 'normes', 'plomb'] };
