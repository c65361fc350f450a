import { bounded, type SummaryWords } from './types';

/** Portuguese: câmaras municipais, assembleias e comissões (Portugal and Brazil). */
export const PORTUGUESE_SUMMARY_WORDS: SummaryWords = {
  procedure: [
    'moção', 'moções', 'votação', 'votações', 'votar', 'votamos', 'voto', 'votos', 'abstenção', 'abstenções', 'aprovado',
    'aprovada', 'aprovados', 'aprovadas', 'aprovação', 'unanimidade', 'quórum', 'chamada', 'sessão', 'sessões', 'reunião',
    'reuniões', 'palavra', 'obrigado', 'obrigada', 'obrigados', 'agradeço', 'agradecemos', 'microfone',
  ],
  titles: [
    'senhor', 'senhora', 'sr', 'sra', 'dr', 'dra', 'doutor', 'doutora', 'professor', 'professora', 'presidente', 'presidenta',
    'prefeito', 'prefeita', 'vereador', 'vereadora', 'deputado', 'deputada', 'senador', 'senadora', 'ministro', 'ministra',
    'secretário', 'secretária', 'diretor', 'diretora', 'embaixador', 'embaixadora', 'delegado', 'delegada', 'colega', 'colegas',
  ],
  honorifics: ['senhor', 'senhora', 'sr', 'sra', 'dr', 'dra'],
  titlePairs: [['secretário', 'geral'], ['secretária', 'geral'], ['diretor', 'geral'], ['diretora', 'geral']],
  procedurePatterns: [
    bounded('(?:os|as) (?:senhores|senhoras|vereadores|deputados)(?: e (?:as )?(?:senhoras|vereadoras|deputadas))? que (?:aprovam|estiverem de acordo)|quem (?:é|for|estiver) (?:a favor|contra)|permaneçam como (?:se )?encontram'),
    bounded('(?:aprovad|rejeitad)[oa]s? por unanimidade|(?:a moção|o requerimento|a proposta|o projeto) (?:foi|está|fica) (?:aprovad|rejeitad)[oa]'),
    bounded('(?:coloco em|ponho em|passamos à|vamos à|em) votação'),
    bounded('(?:alguma |há )?abstenç(?:ão|ões)\\s*\\?'),
    bounded('(?:fazer|faremos|vamos fazer) a chamada|há quórum|verificação de quórum'),
    bounded('(?:declaro )?(?:aberta|encerrada|suspensa) a (?:sessão|reunião)|(?:a sessão|a reunião) está (?:aberta|encerrada|suspensa)'),
    // greeting the room
    bounded('^(?:bom dia|boa tarde|boa noite|olá|bem-vind[oa]s?)'),
    // handing the floor on
    bounded('(?:passo|concedo|dou) a palavra|tem a palavra|passamos (?:agora )?(?:ao|para o) (?:item|ponto|próximo)'),
  ],
  fillerPatterns: [
    bounded('^(?:muito )?obrigad[oa]s?(?: (?:a todos|a todas|muito|pela \\p{L}+|pelo \\p{L}+))?[.!]?$'),
    bounded('(?:me|nos) (?:ouvem|escutam|ouve|escuta)\\s*\\?|(?:estão|está) me ouvindo|vocês me ouvem'),
    bounded('(?:o )?microfone (?:está )?(?:desligado|fechado|no mudo)|(?:você )?está no mudo'),
    bounded('^(?:sim|não|ok|okay|tá|está bem|certo|bom|bem|então|perfeito|exato|claro)[\\s\\p{L},]{0,12}[.!?]?$'),
    bounded('^(?:bom dia|boa tarde|boa noite)[\\s\\p{L},]{0,25}[.!]?$'),
  ],
  generic:
    'obrigado obrigada hoje pergunta perguntas sessão trabalho gente pessoas tempo ano anos ponto pontos minuto minutos reunião ' +
    'todos manhã tarde noite palavra início próximo último novo nova parte número fato facto dia dias semana lado fim caso lugar ' +
    'ideia exemplo coisa coisas oportunidade comentário resposta ajuda razão sentido área problema tema membro membros ' +
    'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro ' +
    'segunda terça quarta quinta sexta sábado domingo ontem amanhã ' +
    'câmara conselho comitê comissão plenário resolução departamento pessoal equipe equipa',
  notInPhrases: (
    'zero um uma dois duas três quatro cinco seis sete oito nove dez onze doze vinte trinta quarenta cinquenta sessenta cem ' +
    'cento mil milhão milhões bilhão metade ' +
    'pequeno pequena pequenos pequenas grande grandes bom boa bons boas mau má diferente diferentes vários várias certo certa ' +
    'outro outra outros outras mesmo mesma inteiro inteira próprio própria particular alguns algumas muitos muitas muito ' +
    'importante importantes verdadeiro real seguro rápido ' +
    'fazer faz fazem precisa pode podem podemos deve devem devemos diz dizer ver vai vão vamos temos tem têm é são sido ser ' +
    'estar está estão também bem já ainda sempre realmente além assim agora quero queremos gostaria acho acredito apresenta ' +
    'apresentar permite'
  ).split(' '),
  minKeyLength: 3,
};
