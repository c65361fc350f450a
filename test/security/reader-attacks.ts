/**
 * Adversarial inputs for the caption readers (issue 10, item 3): each format's own syntax
 * repeated to about 1 MB, the shapes that make a backtracking regex or a recursive parser
 * take time or stack growing faster than the input. Shared by the guard test and the bench.
 */

/** Size of each attack body. */
export const ATTACK_BYTES = 1024 * 1024;

export function repeatTo(atom: string, bytes: number = ATTACK_BYTES): string {
  return atom.repeat(Math.max(1, Math.floor(bytes / atom.length)));
}

/** What any caption text may hold, whatever its format: markup, marks, labels, references. */
export const TEXT_ATOMS = [
  ' ',
  '{',
  '{\\',
  '{\\an8',
  '{\\p1',
  '{i}',
  '<',
  '<b',
  '<b>',
  '<!--',
  '<i><b><u>',
  '&',
  '&#',
  '&amp',
  '>>',
  '> >',
  '\\N',
  '[',
  '(',
  '- ',
  'A ',
  'A:',
  ': ',
  'Ab ',
];

/** Long runs of one thing right after a speaker label or mark, the shape of the TURN_MARK attack. */
export const TEXT_TAILS = [
  `>>${repeatTo(' ', ATTACK_BYTES - 8)}x`,
  `SPEAKER:${repeatTo(' ', ATTACK_BYTES - 16)}`,
  `>> BOB${repeatTo(' ', ATTACK_BYTES - 16)}:`,
  `Jane Doe${repeatTo(' ', ATTACK_BYTES - 16)}`,
  `${repeatTo('A ', ATTACK_BYTES / 2)}:`,
  `${repeatTo(' ', ATTACK_BYTES - 8)}>x`,
];

interface FormatAttacks {
  /** wraps caption text into one cue of the format */
  cue(text: string): string;
  /** the format's own lines and tokens, repeated without what would close them */
  syntax: string[];
}

const ASS_HEAD =
  '[Script Info]\nScriptType: v4.00+\n\n[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n';
const SSA_HEAD =
  '[Script Info]\nScriptType: v4.00\n\n[Events]\nFormat: Marked, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n';
/** A SAMI caption after an attack on the head, so that the reader goes on to read the head's styles. */
const SAMI_CUE = '</STYLE></HEAD><BODY><SYNC Start=0><P Class=X>a</BODY></SAMI>';
const TT_OPEN = '<tt xmlns="http://www.w3.org/ns/ttml"><body><div>';

/**
 * Cues of thousands of equal lines, each ending in another word, just under the limit of
 * characters a cue may hold: rolling-repeat matching compared every line start (37 s for four).
 */
const ROLLING_LINES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => `${i + 1}\n00:00:0${i},000 --> 00:00:0${i + 1},000\n${repeatTo('a\n', 98_000)}${'xy'[i % 2]}\n`).join('\n');

/** Per format id of src/formats/registry.ts. */
export const FORMAT_ATTACKS: Record<string, FormatAttacks> = {
  webvtt: {
    cue: (t) => `WEBVTT\n\n00:00.000 --> 00:01.000\n${t}\n`,
    syntax: ['WEBVTT\n\n' + repeatTo('00:00.000 --> '), 'WEBVTT\n\n' + repeatTo('<c.'), 'WEBVTT\n\n' + repeatTo('00:00.000 --> 00:01.000 line:'), 'WEBVTT\n' + repeatTo('NOTE\n'), 'WEBVTT\n\n00:00.000 --> 00:01.000\n' + repeatTo('<00:00.000>'), 'WEBVTT\n\nREGION\n' + repeatTo('id:a ')],
  },
  srt: {
    cue: (t) => `1\n00:00:00,000 --> 00:00:01,000\n${t}\n`,
    syntax: [repeatTo('00:00:00,000 --> '), repeatTo('1\n00:00:00,000'), repeatTo('00:00:00,000 --> 00:00:01,000 X1:'), repeatTo('1\n'), `1\n00:00:00,000 --> 00:00:01,000\n${repeatTo('{')}}\n`, ROLLING_LINES],
  },
  sbv: {
    cue: (t) => `0:00:00.000,0:00:01.000\n${t}\n`,
    syntax: [repeatTo('0:00:00.000,'), repeatTo('0:00:00.000,0:00:01.000\n'), repeatTo('0:00:')],
  },
  json: {
    cue: (t) => JSON.stringify({ cues: [{ startMs: 0, endMs: 1000, text: t }] }),
    syntax: [repeatTo('['), repeatTo('{"a":'), `{"cues":[${repeatTo('{"startMs":0,"endMs":1,"text":"a"},')}{}]}`],
  },
  ass: {
    cue: (t) => `${ASS_HEAD}Dialogue: 0,0:00:00.00,0:00:01.00,Default,,0,0,0,,${t}\n`,
    syntax: [ASS_HEAD + repeatTo('Dialogue: 0,'), ASS_HEAD + repeatTo('Dialogue: 0,0:00:00.00,0:00:01.00,Default,,0,0,0,,{\\p1}m 0 0\n'), repeatTo('['), repeatTo('Format: ')],
  },
  ssa: {
    cue: (t) => `${SSA_HEAD}Dialogue: Marked=0,0:00:00.00,0:00:01.00,Default,,0,0,0,,${t}\n`,
    syntax: [SSA_HEAD + repeatTo('Dialogue: Marked=0,'), SSA_HEAD + repeatTo(',')],
  },
  sami: {
    cue: (t) => `<SAMI><BODY><SYNC Start=0><P Class=ENCC>${t}</BODY></SAMI>`,
    syntax: [repeatTo('<SYNC Start=0>'), repeatTo('<SYNC Start='), '<SAMI>' + repeatTo('<!--'), '<SAMI><HEAD><STYLE>' + repeatTo('.X {') + SAMI_CUE, repeatTo('<STYLE>') + SAMI_CUE, repeatTo('<STYLE') + SAMI_CUE, repeatTo('<P'), repeatTo('<SAMI>')],
  },
  lrc: {
    cue: (t) => `[00:00.00]${t}\n`,
    syntax: [repeatTo('[00:00.00]'), repeatTo('[00:'), repeatTo('<00:00.00>'), '[00:00.00]' + repeatTo('<00:0'), repeatTo('[ar:')],
  },
  microdvd: {
    cue: (t) => `{0}{25}${t}\n`,
    syntax: [repeatTo('{0}'), repeatTo('{0}{25}{y:i}'), '{0}{25}' + repeatTo('{y:'), repeatTo('{1}{1}23.976\n')],
  },
  scc: {
    cue: (t) => `Scenarist_SCC V1.0\n\n00:00:00:00\t9420 ${Buffer.from(t.slice(0, 200_000), 'latin1').toString('hex').replace(/(....)/g, '$1 ')}\n`,
    syntax: ['Scenarist_SCC V1.0\n\n00:00:00:00\t' + repeatTo('9420 '), 'Scenarist_SCC V1.0\n\n' + repeatTo('00:00:00:00\t9420 942c\n'), 'Scenarist_SCC V1.0\n\n00:00:00:00\t' + repeatTo('91ae 9137 ')],
  },
  'timed-transcript': {
    cue: (t) => `A  0:01\nhello\n\nB  0:02\n${t}\n`,
    syntax: [repeatTo('A  0:01\n'), repeatTo('[00:00:01] A: '), repeatTo('A (00:01): '), repeatTo('[A] 10:00:00\n'), repeatTo('A: [00:00:01] '), repeatTo('A  0:0'), `A  0:01\nx\n\nB  0:02\n${repeatTo('A  ')}`, `A  0:01\nx\n\nB  0:02\n${repeatTo('[0:')}`],
  },
  ttml: {
    cue: (t) => `${TT_OPEN}<p begin="0s" end="1s">${t.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p></div></body></tt>`,
    syntax: [TT_OPEN + repeatTo('<span>'), TT_OPEN + repeatTo('<p begin="0s" end="1s">a</p>') + '</div></body></tt>', TT_OPEN + `<p begin="0s" end="1s" a="${repeatTo('x')}">a</p></div></body></tt>`, TT_OPEN + repeatTo('<p begin="'), repeatTo('<?xml '), TT_OPEN + `<p begin="0s" end="1s">${repeatTo('&#1')}</p></div></body></tt>`],
  },
};

/** Every attack of a format: its syntax, and the text attacks placed in one of its cues. */
export function attacksOf(formatId: string): Array<{ name: string; text: string }> {
  const own = FORMAT_ATTACKS[formatId];
  if (!own) throw new Error(`no attacks written for format "${formatId}"`);
  return [
    ...own.syntax.map((text, i) => ({ name: `syntax #${i + 1} ${JSON.stringify(text.slice(0, 24))}...`, text })),
    ...TEXT_ATOMS.map((atom) => ({ name: `text ${JSON.stringify(atom)} x${Math.floor(ATTACK_BYTES / atom.length)}`, text: own.cue(repeatTo(atom)) })),
    ...TEXT_TAILS.map((tail) => ({ name: `text ${JSON.stringify(tail.slice(0, 12))}...`, text: own.cue(tail) })),
  ];
}

/** A TTML file of `uses` references to one declared entity of `entityChars` characters, spread over paragraphs. */
export function entityBombTtml(entityChars: number, uses: number): string {
  const perParagraph = 10_000;
  const paragraphs: string[] = [];
  for (let used = 0, i = 0; used < uses; used += perParagraph, i++) {
    paragraphs.push(`<p begin="${i}s" end="${i + 1}s">${'&e;'.repeat(Math.min(perParagraph, uses - used))}</p>`);
  }
  return `<?xml version="1.0"?>\n<!DOCTYPE tt [<!ENTITY e "${'x'.repeat(entityChars)}">]>\n<tt xmlns="http://www.w3.org/ns/ttml"><body><div>\n${paragraphs.join('\n')}\n</div></body></tt>\n`;
}
