import { EN } from '../helpers/english';
import { caseSentence, caseToken } from '../../src/split/casing';
import type { SpokenWord } from '../../src/split/sentences';
import { sentenceCaseCues } from '../../src/split/caption-case';
import { buildVocabulary, organisationNames, properNounsOfCaptions, properNounsOfProse } from '../../src/split/vocabulary';
import { foldAccents } from '../../src/text/language/fold';
import { languageOf } from '../../src/text/language/registry';
import { wordTokens } from '../helpers/word-align';

const vocabulary = buildVocabulary({ lang: EN, 
  people: [{ name: 'Bilel Jamoussi' }, { name: 'Javier García Díaz' }, { name: 'Hanna Okafor-Reyes' }],
  prose: ['Session 2: COVID-19 is accelerating city digital transformation: the role of industry and UN initiatives', 'Chief of Study Groups, TSB, ITU'],
  // a track in capitals (CART), but for one cue in mixed case that spells a proper noun
  captions: ['We met in Geneva last year, and Geneva was lovely.', 'THE MEETING IS IN GENEVA', 'AND THE STUDY GROUPS MEET THERE EVERY YEAR, WITH MANY GUESTS FROM AROUND THE WORLD.', 'THIS YEAR THE PLENARY OPENS ON THE FIRST DAY, AFTER THE WELCOME.'],
});

const tokens = (text: string, caps = true): SpokenWord[] =>
  text.split(' ').map((t, i) => ({ text: t, startMs: i, endMs: i + 1, caps, gapBeforeMs: 0, opensPiece: i === 0, spaced: true }));

describe('case restoration of CART capitals', () => {
  const cases: [string, string][] = [
    ['THANK YOU, JAVIER GARCIA DIAZ, AND I AM GLAD.', 'Thank you, Javier García Díaz, and I am glad.'], // the manifest's spelling, accents and all
    ["I'M SURE I'LL SEE BILEL JAMOUSSI'S SLIDES AT ITU.", "I'm sure I'll see Bilel Jamoussi's slides at ITU."],
    ['THANK YOU, BILAL.', 'Thank you, Bilal.'], // misspelled name, same sound: capitalised, not corrected
    ['HANNA OKAFOR-REYES FROM THE UN, ON COVID-19 AND THE Q&A ON MONDAY IN GENEVA.', 'Hanna Okafor-Reyes from the UN, on COVID-19 and the Q&A on Monday in Geneva.'],
    ['WE MAY MARCH ON THE ROLE OF INDUSTRY.', 'We may march on the role of industry.'],
    // short words the lexicon knows only in capitals are acronyms, with a capital first letter too
    // names; the ones it knows in lower case (or not in capitals at all) are common words
    ['WE MET THE FBI AND NATO IN THE USA.', 'We met the FBI and NATO in the USA.'],
    ['THE CEO OF IBM SPOKE ON THE BBC ABOUT AN API.', 'The CEO of IBM spoke on the BBC about an API.'],
    ['IT IS FOR US AND BOTH OF THEM, ONE BY ONE, SAID PAUL IN PARIS.', 'It is for us and both of them, one by one, said Paul in Paris.'],
  ];
  test.each(cases)('%s', (caps, expected) => {
    const cased = caseSentence(tokens(caps), vocabulary);
    expect(cased).toBe(expected);
    // no word changed: only the case of letters (and a name's accents, as the manifest spells it)
    expect(wordTokens(cased).map(foldAccents)).toEqual(wordTokens(caps).map(foldAccents));
  });

  test('the word after a title is a name, known to the manifest or not', () => {
    const said = "NEXT IS MR. O'BRIEN FROM THE STREET, THEN DR. NGUYEN, MS. PATEL, MRS HOLLOWAY AND PROF. MCKAY-LEE.";
    expect(caseSentence(tokens(said), vocabulary)).toBe("Next is Mr. O'Brien from the street, then Dr. Nguyen, Ms. Patel, Mrs Holloway and Prof. Mckay-Lee.");
    // "DR. AND MRS." leaves "and" alone
    expect(caseSentence(tokens('WE MET DR. AND MRS. KOWALSKI.'), vocabulary)).toBe('We met Dr. and Mrs. Kowalski.');
    // in captions, a title at the end of a line names the first word of the next one
    expect(sentenceCaseCues([{ text: 'THANK YOU, DR.\nNGUYEN.' }], vocabulary).map((c) => c.text)).toEqual(['Thank you, Dr.\nNguyen.']);
  });

  test('initialisms with full stops keep their capitals; abbreviations written in lower case stay so', () => {
    expect(caseSentence(tokens('FUNDS FROM THE U.S. TREASURY REACHED WASHINGTON, D.C. AND THE U.K. AT 3 P.M., E.G. TODAY.'), vocabulary)).toBe(
      'Funds from the U.S. treasury reached washington, D.C. and the U.K. at 3 p.m., e.g. today.',
    );
  });

  test('mixed-case captions keep their case, but a sentence starts with a capital', () => {
    expect(caseSentence(tokens('iPhone and eBay, says McDonald', false), vocabulary)).toBe('iPhone and eBay, says McDonald');
    expect(caseSentence(tokens('good morning, PRESIDENT Bas', false), vocabulary)).toBe('Good morning, PRESIDENT Bas');
  });

  test('a track in mixed case keeps its capitals, in transcripts and captions alike: they are decided once per track', () => {
    const mixed = buildVocabulary({ lang: EN, people: [], prose: [], captions: ['Welcome back, everyone.', 'NASA AND THE FBI!', 'We start with the budget.'] });
    expect(mixed.capitals).toBe(false);
    expect(caseSentence(tokens('NASA AND THE FBI!'), mixed)).toBe('NASA AND THE FBI!');
    expect(sentenceCaseCues([{ text: 'Welcome back, everyone.' }, { text: 'NASA AND THE FBI!' }], mixed).map((c) => c.text)).toEqual(['Welcome back, everyone.', 'NASA AND THE FBI!']);
    // the same cue in a track in capitals is given its case
    const caps = buildVocabulary({ lang: EN, people: [], prose: [], captions: ['WELCOME BACK, EVERYONE.', 'NASA AND THE FBI!'] });
    expect(sentenceCaseCues([{ text: 'WELCOME BACK, EVERYONE.' }, { text: 'NASA AND THE FBI!' }], caps).map((c) => c.text)).toEqual(['Welcome back, everyone.', 'NASA and the FBI!']);
  });

  test('punctuation around a word is kept', () => {
    expect(caseToken('"ITU,"', vocabulary)).toBe('"ITU,"');
    expect(caseToken('(GENEVA)', vocabulary)).toBe('(Geneva)');
  });

  test('proper nouns from prose: acronyms, mid-sentence capitals, not the words of Title Case titles', () => {
    expect(properNounsOfProse('Outcome Document and Closing Remarks', EN)).toEqual([]);
    expect(properNounsOfProse('The pandemic has driven change for consumers, SMEs and the United Nations family. Enabling it requires policy.', EN)).toEqual([['SMEs'], ['United', 'Nations']]);
    expect(properNounsOfCaptions(['We met in Geneva and in geneva', 'then in geneva'], EN)).toEqual([]); // written lower case more often
    expect(properNounsOfCaptions(['We met in Geneva.', 'Then Geneva again'], EN)).toEqual(['Geneva']);
  });
});

describe('proper nouns of titles and descriptions written in sentence case', () => {
  test('one word in lower case shows sentence case: its capitalised runs are names, a number after one included', () => {
    expect(properNounsOfProse('HVAC contract for the Westbrook Library', EN)).toEqual([['HVAC'], ['Westbrook', 'Library']]);
    expect(properNounsOfProse('Contract with Tri-County Mechanical for the Westbrook Library; ADA ramp at Pier 9.', EN)).toEqual([['Tri-County', 'Mechanical'], ['Westbrook', 'Library'], ['ADA'], ['Pier', '9']]);
    // at a sentence start, two capitalised words are a name, one is only the start
    expect(properNounsOfProse('Fairhaven City Council regular meeting. Westbrook opens. The Hague waits.', EN)).toEqual([['Fairhaven', 'City', 'Council'], ['Hague']]);
    expect(properNounsOfProse('HVAC Contract for the Westbrook Library', EN)).toEqual([['HVAC']]);
    expect(properNounsOfProse('Item 7, Elm Street bike lane', EN)).toEqual([['Elm', 'Street']]);
    // a quoted title of a work is Title Case of its own inside sentence-case prose
    expect(properNounsOfProse('Virtual forum on “The Role of Standards in Cities” at the Westbrook Library', EN)).toEqual([['Westbrook', 'Library']]);
  });

  const council = buildVocabulary({ lang: EN, 
    people: [{ name: 'Chidi Okafor' }],
    prose: ['Fairhaven City Council regular meeting', 'HVAC contract for the Westbrook Library', 'Contract with Tri-County Mechanical for the Westbrook Library; ADA ramp at Pier 9.', 'Item 7, Elm Street bike lane'],
    captions: ['THANK YOU.'],
  });
  test.each([
    ['FIRST IS THE HVAC CONTRACT FOR THE WESTBROOK LIBRARY, AND THE ADA RAMP AT PIER 9.', 'First is the HVAC contract for the Westbrook Library, and the ADA ramp at Pier 9.'],
    ['I MET WITH TRI-COUNTY MECHANICAL & SONS ABOUT THE BIKE LANE ON ELM STREET.', 'I met with Tri-County Mechanical & sons about the bike lane on Elm Street.'],
    // the common words of a name are written so only within it; a word no lexicon knows everywhere
    ['THE LIBRARY ON THE STREET BY THE PIER, NEAR WESTBROOK.', 'The library on the street by the pier, near Westbrook.'],
  ])('%s', (caps, expected) => {
    expect(caseSentence(tokens(caps), council)).toBe(expected);
  });
});

describe("the manifest's own spelling of the names it knows", () => {
  const event = buildVocabulary({ lang: EN, 
    people: [
      { name: 'Rafael Quintanar-Ode', affiliation: 'Standards Strategy Lead, Meridian Urban Systems' },
      { name: 'Hanna Okafor-Reyes', affiliation: 'Chief Digital Officer, City of Lakemont' },
      { name: 'Aiyana Brightwater', affiliation: 'Coordinator, inter-agency smart sustainable cities programme' },
    ],
    prose: [],
    captions: ['WELCOME TO THE CITY OF LAKEMONT.'],
  });
  const cased = (caps: string) => caseSentence(tokens(caps), event);

  test('an organisation of several words said in full takes its capitals; its common words alone do not', () => {
    expect(cased('HE LEADS STRATEGY AT MERIDIAN URBAN SYSTEMS, AS WE HEARD.')).toBe('He leads strategy at Meridian Urban Systems, as we heard.');
    expect(cased('OUR URBAN SYSTEMS ARE OLD.')).toBe('Our urban systems are old.');
    // a role the manifest writes in Title Case is written so too
    expect(cased('THE CHIEF DIGITAL OFFICER OF THE CITY OF LAKEMONT.')).toBe('The Chief Digital Officer of the City of Lakemont.');
    // a lower-case affiliation names nothing
    expect(cased('A SMART SUSTAINABLE CITIES PROGRAMME.')).toBe('A smart sustainable cities programme.');
  });

  test('a word of such a name that no dictionary knows is a name wherever it is said', () => {
    expect(cased('IN LAKEMONT, WE CLOSED THE CITY HALL.')).toBe('In Lakemont, we closed the city hall.');
  });

  test('letters and digits in one word keep their capitals; ordinals, decades and times do not', () => {
    expect(cased('5G AND 4K AND THE G20, ON THE 2ND, IN THE 1990S AT 10AM.')).toBe('5G and 4K and the G20, on the 2nd, in the 1990s at 10am.');
  });

  test('organisationNames: every part in Title Case, the first one too (an organisation or a role)', () => {
    expect(organisationNames('Vice President, Urban Solutions, Corvane Networks', EN)).toEqual(['Vice President', 'Urban Solutions', 'Corvane Networks']);
    expect(organisationNames('Small Business Digital Alliance', EN)).toEqual(['Small Business Digital Alliance']);
    expect(organisationNames('Professor, University of Kestrel Bay', EN)).toEqual(['Professor', 'University of Kestrel Bay']);
    expect(organisationNames('Coordinator, inter-agency smart sustainable cities programme', EN)).toEqual(['Coordinator']);
    expect(organisationNames('Meridian Urban Systems, Lakemont', EN)).toEqual(['Meridian Urban Systems', 'Lakemont']);
    expect(organisationNames('University of Tromsøvik, Norway', EN)).toEqual(['University of Tromsøvik', 'Norway']);
  });

  test('a role before the comma counts only whole: its British spelling is no name on its own', () => {
    const role = buildVocabulary({ lang: EN, people: [{ name: 'Mia Ode', affiliation: 'Programme Coordinator, Kestrel Bay' }], prose: [], captions: ['WELCOME.'] });
    expect(caseSentence(tokens('THE PROGRAMME COORDINATOR SPOKE OF THE PROGRAMME.'), role)).toBe('The Programme Coordinator spoke of the programme.');
  });

  test('an organisation before the comma of an affiliation is spelled as the manifest spells it', () => {
    const first = buildVocabulary({ lang: EN, people: [{ name: 'Ola Nordvik', affiliation: 'Arctic Grid Institute, Tromsøvik' }], prose: [], captions: ['WELCOME.'] });
    expect(caseSentence(tokens('OLA NORDVIK OF THE ARCTIC GRID INSTITUTE IN TROMSØVIK.'), first)).toBe('Ola Nordvik of the Arctic Grid Institute in Tromsøvik.');
  });

  test('captions: sentence case cue by cue, sentences running across cues, a new speaker starting one', () => {
    const cues = sentenceCaseCues(
      [
        { text: 'WELCOME TO THE CITY OF LAKEMONT. WE', turnStart: true },
        { text: 'START WITH 5G. [APPLAUSE]\nTHANK YOU' },
        { text: 'YES, AND MERIDIAN URBAN SYSTEMS', turnStart: true },
        { text: 'Mixed case stays, iPhone and all' },
      ],
      event,
    );
    expect(cues.map((c) => c.text)).toEqual(['Welcome to the City of Lakemont. We', 'start with 5G. [applause]\nThank you', 'Yes, and Meridian Urban Systems', 'Mixed case stays, iPhone and all']);
    expect(cues.map((c) => c.turnStart)).toEqual([true, undefined, true, undefined]);
    // a change of speaker inside a cue: its parts are cased, and the second starts a sentence
    const [split] = sentenceCaseCues([{ text: 'YES, WE CAN HEAR YOU\nWONDERFUL.', turnStart: true, parts: [{ text: 'YES, WE CAN HEAR YOU', speaker: null, turnStart: true, startMs: 0 }, { text: 'WONDERFUL.', speaker: 'A', turnStart: true, startMs: 900 }] }], event);
    expect([split!.text, split!.parts!.map((p) => p.text)]).toEqual(['Yes, we can hear you\nWonderful.', ['Yes, we can hear you', 'Wonderful.']]);
  });
});

describe('case restoration in other languages', () => {
  test('"I" is capitalised where it is the English pronoun, not where it is the Italian article', () => {
    const italian = buildVocabulary({ lang: languageOf('it'), people: [], prose: [], captions: ['OGGI I CONSIGLIERI HANNO VOTATO.'] });
    expect(caseSentence(tokens('OGGI I CONSIGLIERI E I CITTADINI HANNO VOTATO.'), italian)).toBe('Oggi i consiglieri e i cittadini hanno votato.');
    expect(caseSentence(tokens("TODAY I THINK I'M SURE."), vocabulary)).toBe("Today I think I'm sure.");
  });
});
