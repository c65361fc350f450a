import { alignEvent } from '../../src/align/align-event';
import { languageOf } from '../../src/text/language/registry';
import { languageMeeting, type LanguageMeeting } from './language-meetings';

/** A unit of the aligner (units.ts): a boundary within one of the hand-over is where the chair put it. */
const UNIT_MS = 5_000;

const MEETINGS: LanguageMeeting[] = [
  {
    tag: 'fr',
    titles: ['Ouverture de la séance', 'Logement abordable dans les villes', "Gestion de l'eau"],
    preRoll: ['Bonjour à tous, nous allons commencer dans quelques minutes.', "Est-ce que vous m'entendez au fond de la salle ?", 'Merci de patienter, les participants se connectent encore.'],
    sessions: [
      { opening: 'Mesdames et messieurs, je déclare la séance ouverte.', talk: ['Bienvenue à toutes et à tous à ce forum.', 'Je remercie la ville de Lyon pour son accueil.', 'Nous avons un programme chargé ce matin.'] },
      { opening: 'Je donne maintenant la parole à Mme Dubois.', talk: ['Le logement abordable manque dans toutes les grandes villes.', 'Les loyers ont doublé en dix ans.', 'Nous construisons des logements sociaux près des transports.', 'Les villes doivent financer la rénovation des logements anciens.'] },
      { opening: 'Merci. Nous passons maintenant au point suivant.', talk: ["La gestion de l'eau devient urgente avec les sécheresses.", "Les réseaux d'eau perdent un litre sur cinq.", 'Nous devons protéger les nappes et réduire les fuites.', "L'eau potable doit rester un bien public."] },
    ],
  },
  {
    tag: 'es',
    titles: ['Apertura de la sesión', 'Vivienda asequible en las ciudades', 'Gestión del agua'],
    preRoll: ['Buenos días a todos, vamos a comenzar en unos minutos.', '¿Me escuchan bien al fondo de la sala?', 'Les pedimos un poco de paciencia, los participantes se están conectando.'],
    sessions: [
      { opening: 'Señoras y señores, declaro abierta la sesión.', talk: ['Bienvenidos a todos a este foro.', 'Agradezco a la ciudad de Sevilla su hospitalidad.', 'Tenemos un programa muy completo esta mañana.'] },
      { opening: 'Le doy ahora la palabra a la señora Ruiz.', talk: ['La vivienda asequible falta en todas las grandes ciudades.', 'Los alquileres se han duplicado en diez años.', 'Construimos viviendas sociales cerca del transporte público.', 'Las ciudades deben financiar la rehabilitación de viviendas antiguas.'] },
      { opening: 'Gracias. Pasamos al siguiente punto del orden del día.', talk: ['La gestión del agua es urgente por las sequías.', 'Las redes de agua pierden un litro de cada cinco.', 'Debemos proteger los acuíferos y reducir las fugas.', 'El agua potable debe seguir siendo un bien público.'] },
    ],
  },
  {
    tag: 'ru',
    titles: ['Открытие заседания', 'Доступное жильё в городах', 'Управление водными ресурсами'],
    preRoll: ['Добрый день, коллеги, мы начнём через несколько минут.', 'Вы меня слышите в конце зала?', 'Просим немного подождать, участники ещё подключаются.'],
    sessions: [
      { opening: 'Уважаемые коллеги, объявляю заседание открытым.', talk: ['Приветствую всех участников форума.', 'Благодарю город Казань за гостеприимство.', 'У нас насыщенная программа на сегодня.'] },
      { opening: 'Предоставляю слово госпоже Ивановой.', talk: ['Доступного жилья не хватает во всех крупных городах.', 'Арендная плата выросла вдвое за десять лет.', 'Мы строим социальное жильё рядом с транспортом.', 'Города должны финансировать ремонт старого жилья.'] },
      { opening: 'Спасибо. Переходим к следующему вопросу повестки дня.', talk: ['Управление водными ресурсами становится срочной задачей из-за засухи.', 'Водопроводные сети теряют каждый пятый литр воды.', 'Мы должны защищать подземные воды и сокращать утечки.', 'Питьевая вода должна оставаться общественным благом.'] },
    ],
  },
  {
    tag: 'ar',
    titles: ['افتتاح الجلسة', 'السكن الميسور في المدن', 'إدارة المياه'],
    preRoll: ['صباح الخير جميعا، سنبدأ بعد دقائق.', 'هل تسمعونني في آخر القاعة؟', 'نرجو الانتظار قليلا، ما زلنا ننتظر انضمام المشاركين.'],
    sessions: [
      { opening: 'السيدات والسادة، أعلن افتتاح الجلسة.', talk: ['مرحبا بكم جميعا في هذا المنتدى.', 'أشكر مدينة الرباط على حسن الضيافة.', 'لدينا برنامج حافل هذا الصباح.'] },
      { opening: 'أعطي الكلمة الآن للسيدة فاطمة.', talk: ['السكن الميسور غير متوفر في كل المدن الكبرى.', 'تضاعفت الإيجارات خلال عشر سنوات.', 'نبني مساكن اجتماعية قرب وسائل النقل.', 'على المدن أن تمول ترميم المساكن القديمة.'] },
      { opening: 'شكرا. ننتقل الآن إلى البند التالي من جدول الأعمال.', talk: ['أصبحت إدارة المياه مسألة عاجلة بسبب الجفاف.', 'تفقد شبكات المياه لترا من كل خمسة لترات.', 'يجب أن نحمي المياه الجوفية ونقلل التسربات.', 'يجب أن تبقى مياه الشرب ملكا عاما.'] },
    ],
  },
  {
    tag: 'zh',
    titles: ['开幕式', '城市经济适用住房', '水资源管理'],
    preRoll: ['各位好，会议将在几分钟后开始。', '后排的朋友能听到我吗？', '请大家稍等，还有参会者正在入会。'],
    sessions: [
      { opening: '女士们，先生们，我宣布论坛正式开幕。', talk: ['欢迎各位来到本次论坛。', '感谢成都市的热情接待。', '今天上午的议程非常丰富。'] },
      { opening: '下面请住房和城乡建设部的王女士发言。', talk: ['所有大城市都缺少经济适用住房。', '十年来房租翻了一番。', '我们在公共交通附近建设保障性住房。', '城市应当为老旧住房的改造提供资金。'] },
      { opening: '谢谢。接下来我们进入下一个议题。', talk: ['由于干旱，水资源管理变得十分紧迫。', '供水管网每五升水就漏掉一升。', '我们必须保护地下水，减少漏损。', '饮用水必须始终是公共产品。'] },
    ],
  },
  {
    tag: 'ja',
    titles: ['開会式', '都市の手頃な住宅', '水資源の管理'],
    preRoll: ['皆様、まもなく開始いたします。', '後ろの席の方、聞こえますか。', '参加者の接続を待っておりますので、しばらくお待ちください。'],
    sessions: [
      { opening: 'ただいまから第三回都市フォーラムを開会いたします。', talk: ['本日はようこそお越しくださいました。', '開催地の横浜市に感謝申し上げます。', '本日の午前中は盛りだくさんの内容です。'] },
      { opening: 'それでは次に、国土交通省の山田様からご発表いただきます。', talk: ['大都市ではどこでも手頃な住宅が不足しています。', '家賃はこの十年で二倍になりました。', '公共交通の近くに公営住宅を建設しています。', '都市は古い住宅の改修に資金を出すべきです。'] },
      { opening: 'ありがとうございました。続きまして、次の議題に移ります。', talk: ['干ばつにより水資源の管理は急を要する課題です。', '水道管網では五リットルに一リットルが漏れています。', '地下水を守り、漏水を減らさなければなりません。', '飲み水は公共の財産であり続けるべきです。'] },
    ],
  },
  {
    tag: 'de',
    titles: ['Eröffnung der Sitzung', 'Bezahlbarer Wohnraum in den Städten', 'Wasserwirtschaft'],
    preRoll: ['Guten Morgen, wir beginnen in wenigen Minuten.', 'Können Sie mich hinten im Saal hören?', 'Bitte haben Sie noch etwas Geduld, es wählen sich noch Teilnehmer ein.'],
    sessions: [
      { opening: 'Meine Damen und Herren, ich eröffne die Sitzung.', talk: ['Herzlich willkommen zu unserem Forum.', 'Ich danke der Stadt Leipzig für die Gastfreundschaft.', 'Wir haben heute Vormittag ein volles Programm.'] },
      { opening: 'Ich erteile nun Frau Becker das Wort.', talk: ['Bezahlbarer Wohnraum fehlt in allen großen Städten.', 'Die Mieten haben sich in zehn Jahren verdoppelt.', 'Wir bauen Sozialwohnungen in der Nähe von Bahnhöfen.', 'Die Städte müssen die Sanierung alter Wohnungen finanzieren.'] },
      { opening: 'Vielen Dank. Wir kommen nun zum nächsten Tagesordnungspunkt.', talk: ['Die Wasserwirtschaft wird wegen der Dürre dringend.', 'Die Leitungsnetze verlieren jeden fünften Liter Wasser.', 'Wir müssen das Grundwasser schützen und Lecks verringern.', 'Trinkwasser muss ein öffentliches Gut bleiben.'] },
    ],
  },
  {
    tag: 'it',
    titles: ['Apertura della seduta', 'Case accessibili nelle città', "Gestione dell'acqua"],
    preRoll: ['Buongiorno a tutti, inizieremo tra pochi minuti.', 'Mi sentite in fondo alla sala?', 'Vi chiediamo un attimo di pazienza, stiamo aspettando che i partecipanti si colleghino.'],
    sessions: [
      { opening: 'Signore e signori, dichiaro aperta la seduta.', talk: ['Benvenuti a tutti a questo forum.', 'Ringrazio la città di Bologna per l’ospitalità.', 'Abbiamo un programma molto ricco questa mattina.'] },
      { opening: 'Do ora la parola alla dottoressa Ferri.', talk: ['Le case accessibili mancano in tutte le grandi città.', 'Gli affitti sono raddoppiati in dieci anni.', 'Costruiamo case popolari vicino ai trasporti pubblici.', 'Le città devono finanziare il recupero delle case vecchie.'] },
      { opening: 'Grazie. Passiamo ora al punto successivo.', talk: ["La gestione dell'acqua è urgente a causa della siccità.", 'Le reti idriche perdono un litro su cinque.', 'Dobbiamo proteggere le falde e ridurre le perdite.', "L'acqua potabile deve restare un bene pubblico."] },
    ],
  },
  {
    tag: 'pt',
    titles: ['Abertura da sessão', 'Habitação acessível nas cidades', 'Gestão da água'],
    preRoll: ['Bom dia a todos, vamos começar em alguns minutos.', 'Vocês me ouvem bem no fundo da sala?', 'Pedimos um pouco de paciência, estamos aguardando os participantes.'],
    sessions: [
      { opening: 'Senhoras e senhores, declaro aberta a sessão.', talk: ['Sejam todos bem-vindos a este fórum.', 'Agradeço à cidade de Porto Alegre pela hospitalidade.', 'Temos uma programação muito cheia esta manhã.'] },
      { opening: 'Passo agora a palavra à senhora Costa.', talk: ['A habitação acessível falta em todas as grandes cidades.', 'Os aluguéis dobraram em dez anos.', 'Construímos habitação social perto do transporte público.', 'As cidades devem financiar a reforma das moradias antigas.'] },
      { opening: 'Obrigado. Passamos agora ao próximo item da pauta.', talk: ['A gestão da água tornou-se urgente por causa da seca.', 'As redes de abastecimento perdem um litro em cada cinco.', 'Precisamos proteger os aquíferos e reduzir os vazamentos.', 'A água potável deve continuar a ser um bem público.'] },
    ],
  },
  {
    tag: 'nl',
    titles: ['Opening van de vergadering', 'Betaalbare woningen in de steden', 'Waterbeheer'],
    preRoll: ['Goedemorgen allemaal, we beginnen over een paar minuten.', 'Kunt u mij achter in de zaal horen?', 'Nog even geduld, we wachten op de laatste deelnemers.'],
    sessions: [
      { opening: 'Dames en heren, ik open de vergadering.', talk: ['Van harte welkom bij dit forum.', 'Ik dank de gemeente Utrecht voor de gastvrijheid.', 'We hebben vanochtend een vol programma.'] },
      { opening: 'Ik geef nu het woord aan mevrouw De Boer.', talk: ['Betaalbare woningen ontbreken in alle grote steden.', 'De huren zijn in tien jaar verdubbeld.', 'We bouwen sociale huurwoningen bij de stations.', 'De steden moeten de renovatie van oude woningen betalen.'] },
      { opening: 'Dank u wel. Dan gaan we naar het volgende agendapunt.', talk: ['Waterbeheer wordt dringend door de droogte.', 'De waterleidingen verliezen een op de vijf liter.', 'We moeten het grondwater beschermen en lekken verminderen.', 'Drinkwater moet een publiek goed blijven.'] },
    ],
  },
  {
    tag: 'ko',
    titles: ['개회식', '도시의 저렴한 주택', '수자원 관리'],
    preRoll: ['여러분 안녕하세요, 잠시 후에 시작하겠습니다.', '뒤쪽에 계신 분들 제 목소리 들리시나요?', '참가자들이 접속 중이니 잠시만 기다려 주십시오.'],
    sessions: [
      { opening: '지금부터 제3차 도시 포럼의 개회를 선언합니다.', talk: ['이 포럼에 오신 여러분을 환영합니다.', '따뜻하게 맞아 주신 부산시에 감사드립니다.', '오늘 오전에는 알찬 프로그램이 준비되어 있습니다.'] },
      { opening: '다음으로 국토교통부 김 과장님을 모시겠습니다.', talk: ['모든 대도시에서 저렴한 주택이 부족합니다.', '임대료는 십 년 만에 두 배가 되었습니다.', '대중교통 근처에 공공 임대 주택을 짓고 있습니다.', '도시는 낡은 주택의 개보수 비용을 지원해야 합니다.'] },
      { opening: '감사합니다. 그럼 다음 안건으로 넘어가겠습니다.', talk: ['가뭄 때문에 수자원 관리가 시급한 과제가 되었습니다.', '상수도망에서는 물 다섯 리터 중 한 리터가 샙니다.', '지하수를 보호하고 누수를 줄여야 합니다.', '식수는 공공재로 남아야 합니다.'] },
    ],
  },
];

describe.each(MEETINGS)('a meeting in $tag', (meeting) => {
  const { input, starts } = languageMeeting(meeting, languageOf(meeting.tag).spaced);
  const alignment = alignEvent(input);

  test('every session is aligned, starting within a unit of its hand-over', () => {
    const found = alignment.sessions.map((s) => ({ id: s.id, status: s.status, offMs: s.startMs === null ? null : Math.abs(s.startMs - starts[alignment.sessions.indexOf(s)]!) }));
    for (const f of found) {
      expect(f).toMatchObject({ status: 'aligned' });
      expect([f.id, f.offMs! <= UNIT_MS]).toEqual([f.id, true]);
    }
  });

  test('the waiting room before the opening is left out as pre-roll', () => {
    expect(alignment.leftOut?.[0]).toMatchObject({ recording: 'main', startMs: 0 });
    expect(alignment.leftOut?.[0]!.reason).toMatch(/^pre-roll/);
  });
});
