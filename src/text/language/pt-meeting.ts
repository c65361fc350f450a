import type { MeetingWords } from './language';
import { itemPattern, numberWords, phrase, spokenNumber } from './meeting-patterns';

/** How Portuguese-speaking chairs and moderators run a meeting (Brazil and Portugal), as the aligner reads it. */

const UNITS = ['zero', ['um', 'uma'], ['dois', 'duas'], 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez', 'onze', 'doze', 'treze', ['catorze', 'quatorze'], 'quinze', ['dezesseis', 'dezasseis'], ['dezessete', 'dezassete'], 'dezoito', ['dezenove', 'dezanove']];
const NUMBERS = numberWords(UNITS, ['', '', 'vinte', 'trinta', 'quarenta', 'cinquenta', 'sessenta'], ['e']);
const NUMBER = spokenNumber(NUMBERS, ['e']);

const HAND_OVER = [
  phrase(String.raw`(?:passo|dou|concedo|passamos|damos|concedemos) (?:agora |então |já |imediatamente |de imediato )*a palavra`),
  phrase(String.raw`(?:com|tem) a palavra (?:o|a|os|as) (?:senhor|senhora|sr\.?|sra\.?|deputado|deputada|vereador|vereadora|conselheiro|conselheira|representante|professor|professora|doutor|doutora|dr\.?|dra\.?|ministro|ministra|presidente|prefeito|prefeita)`),
  phrase(String.raw`(?:passamos|passemos|vamos passar|vamos agora|seguimos|prosseguimos) (?:agora |então |já |imediatamente )*(?:ao|à|aos|às|para o|para a|com o|com a) (?:próxim\p{L}*|seguinte|ponto|item|sessão|mesa|painel|tema|segund\p{L}*|terceir\p{L}*|últim\p{L}*|debate|perguntas|votação|ordem do dia)`),
  phrase(String.raw`(?:próximo|próxima) (?:ponto|item|sessão|orador|oradora|palestrante|painel|mesa|tema)|(?:ponto|item|orador|oradora|palestrante) seguinte`),
  phrase(String.raw`(?:com isso|assim|com isto) (?:encerramos|concluímos|terminamos|fica encerrad[oa])`),
  phrase(String.raw`(?:convido|convidamos) .{0,40}?(?:a fazer uso da palavra|para fazer uso da palavra|ao palco|à mesa|à tribuna|para compor a mesa)`),
  phrase(String.raw`(?:ao|o) (?:item|ponto) (?:número |n\.?º ?)?${NUMBER}`),
];

const PRE_ROLL = phrase(String.raw`(?:começar|começaremos|iniciar|iniciaremos) em (?:alguns|poucos|breves|\d+|dois|cinco|dez) (?:minutos|instantes)|(?:estamos )?aguardando (?:a|o|os|as|que|mais)|teste de (?:som|áudio|microfone)|(?:vocês )?(?:me )?(?:ouvem|escutam)(?: bem)?\?|testando,? (?:um|1)|id da reunião|senha`);

const START_TO_COME = phrase(String.raw`(?:vamos (?:começar|iniciar|dar início)|começaremos|iniciaremos|(?:a |o )?\S+ (?:começará|vai começar|iniciará|vai iniciar|terá início|será retomad[ao])) (?:em (?:alguns|poucos|breves|\d+|dois|cinco|dez|um) (?:minutos?|instantes?|momentos?)|em breve|daqui a (?:pouco|alguns minutos|\d+ minutos))`);

const OPENING = phrase(String.raw`declaro (?:aberta|aberto|abertos|instalada|instalado)|(?:está|fica) (?:aberta|instalada) a (?:sessão|reunião|audiência)|bem-vind[oa]s? (?:a|à|ao|aos|às) (?:\S+ ){0,4}?(?:reunião|sessão|fórum|conferência|seminário|webinar|cúpula|assembleia|audiência|evento)|(?:dou|damos) início (?:à|aos trabalhos|a esta)`);

export const PORTUGUESE_MEETING: MeetingWords = {
  handOver: HAND_OVER,
  preRoll: PRE_ROLL,
  startToCome: START_TO_COME,
  opening: OPENING,
  preRollWords: ['minutos', 'instantes', 'aguardar', 'aguardando', 'conectando', 'participantes', 'som', 'áudio', 'microfone', 'ouvem', 'mudo'],
  postRollWords: ['tchau', 'encerrada', 'encerrado', 'gravação', 'transmissão', 'próxima'],
  agendaVocabulary: {
    abertura: ['bem-vindos', 'boas-vindas', 'abrir', 'agradecer', 'cumprimentar'],
    encerramento: ['obrigado', 'obrigada', 'agradecer', 'encerrar', 'concluir'],
    perguntas: ['pergunta', 'resposta', 'responder'],
    debate: ['pergunta', 'resposta', 'intervenção'],
    intervalo: ['intervalo', 'café', 'retomar', 'minutos'],
    pausa: ['pausa', 'café', 'retomar', 'minutos'],
  },
  spokenItems: {
    numberWords: NUMBERS,
    patterns: [itemPattern(String.raw`(?:item|ponto) (?:número |n\.?º ?)?${NUMBER}(?:([ -]?)([a-z]))?`)],
    letterItem: null,
  },
  emptyItems: null,
  briefItem: phrase('abertura|encerramento|boas-vindas|ordem do dia|chamada|ata|atas|intervalo|pausa'),
};
