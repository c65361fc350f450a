import { describeLanguage } from '../../helpers/language-cases';

describeLanguage('pt', {
  handOver: [
    'Muito obrigado. Passo agora a palavra à senhora prefeita de Recife.',
    'Com a palavra o senhor vereador João Silva.',
    'Passamos agora ao próximo item da pauta.',
    'Vamos passar à segunda mesa, dedicada à habitação.',
    'Com isso encerramos a primeira sessão.',
    'Convido a professora Ana Costa a fazer uso da palavra.',
  ],
  notHandOver: [
    'As cidades devem cumprir as normas de qualidade do ar.',
    'A palavra-chave deste relatório é resiliência.',
    'Do meu ponto de vista, o orçamento não chega.',
    'Passamos muito tempo no trânsito.',
  ],
  opening: ['Declaro aberta a sessão.', 'Bem-vindos a este fórum sobre cidades sustentáveis.', 'Damos início aos trabalhos.'],
  notOpening: ['A loja está aberta aos domingos.', 'A janela da sala ficou aberta.'],
  preRoll: ['Vamos começar em alguns minutos.', 'Vocês me ouvem bem?', 'A senha está no convite.'],
  startToCome: ['Boa tarde a todos, vamos começar em alguns minutos.', 'A sessão será retomada em breve.', 'O seminário vai começar em poucos minutos.', 'A audiência pública terá início em breve.'],
  notStartToCome: ['Vamos começar pelo orçamento da cidade.', 'As obras começarão em março.'],
  stemPairs: [['normas', 'norma'], ['cidades', 'cidade'], ['orçamentos', 'orçamento'], ['reuniões', 'reunião'], ['votações', 'votação'], ['comissões', 'comissão'], ['botões', 'botão']],
  dropped: ['né', 'tipo', 'então', 'olha', 'pois'],
  kept: ['conselho', 'trabalho', 'sistema'],
  sentences: [
    ['O Sr. Silva tomou a palavra. Falou do orçamento.', ['O Sr. Silva tomou a palavra.', 'Falou do orçamento.']],
    ['Veja o art. 5 do regimento. A Dra. Lima discorda.', ['Veja o art. 5 do regimento.', 'A Dra. Lima discorda.']],
    ['Escolas, ruas, praças etc. Falaremos disso amanhã.', ['Escolas, ruas, praças etc.', 'Falaremos disso amanhã.']],
  ],
  items: [
    ['passamos ao item 5 da pauta', ['#5']],
    ['ponto número doze', ['#12']],
    ['item vinte e um', ['#21']],
    ['do meu ponto de vista', []],
  ],
  vocabulary: [['Abertura da sessão', 'agradecer'], ['Encerramento', 'obrigado'], ['Perguntas e respostas', 'responder']],
});
