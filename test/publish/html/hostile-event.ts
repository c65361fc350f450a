import { parseManifest } from '../../../src/model/manifest-parse';
import type { EventInputs } from '../../stages/event-fixture';

/**
 * An event written by an attacker: markup, event handlers, javascript: links, entity-encoded
 * markup, broken entities and </title> / </style> breakouts in every text field of the manifest
 * and in the caption text and speaker names. recap must publish it as inert text.
 */

export const HOSTILE_EVENT_ID = 'hostile-event';

/** Strings that must show as text and never act as markup. */
export const PAYLOADS = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  svg: '"><svg onload=alert(1)>',
  js: 'javascript:alert(1)',
  breakout: '</title></style><script>alert(1)</script>',
};

/** A recording url that is http(s), so the manifest takes it, but tries to leave its attribute. */
export const HOSTILE_URL = 'https://example.org/rec.mp4?x="><script>alert(1)</script>';

export function hostileManifestJson(overrides: { url?: string; language?: string } = {}): string {
  const manifest = {
    id: HOSTILE_EVENT_ID,
    title: `Forum ${PAYLOADS.breakout} ${PAYLOADS.img}`,
    language: overrides.language ?? 'en',
    sessions: [
      {
        id: 'opening',
        title: `Opening ${PAYLOADS.svg}`,
        start: '2021-04-23T10:00:00+00:00',
        end: '2021-04-23T10:02:00+00:00',
        description: `${PAYLOADS.script} ${PAYLOADS.js} &lt;b&gt; &#x; &amp`,
        people: [{ name: `Mallory ${PAYLOADS.img}`, role: 'host', affiliation: `${PAYLOADS.breakout}` }],
      },
      {
        id: 'talk',
        title: `Talk ${PAYLOADS.script}`,
        start: '2021-04-23T10:02:00+00:00',
        end: '2021-04-23T10:04:00+00:00',
        description: `<a href="${PAYLOADS.js}">click</a>`,
        people: [{ name: 'Eve', role: 'speaker', affiliation: PAYLOADS.svg }],
      },
    ],
    recordings: [{ id: 'main', captions: 'main.vtt', startsAt: '2021-04-23T10:00:00+00:00', url: overrides.url ?? HOSTILE_URL }],
  };
  return JSON.stringify(manifest, null, 2);
}

/** Cue payloads as a WebVTT file carries them: the parser decodes the entities into text. */
const HOSTILE_CUES = [
  'Welcome everyone. <script>alert(1)</script> We start now.',
  'Look at this &lt;script&gt;alert(2)&lt;/script&gt; and this &lt;img src=x onerror=alert(3)&gt; here.',
  'A link javascript:alert(4) and &quot;&gt;&lt;svg onload=alert(5)&gt; too.',
  'Broken entities &#x; and &amp and &#; and &bogus; stay text.',
  'Breakout &lt;/title&gt;&lt;/style&gt;&lt;script&gt;alert(7)&lt;/script&gt; done.',
  '<img src=x onerror=alert(8)> plain text after a tag.',
];

const FILLER = [
  'Thank you all for joining this forum on standards for cities.',
  'Our first topic is how cities share data about their services.',
  'We heard many questions about open standards and procurement.',
  'Let me now give the floor to our next speaker for the talk.',
];

function vttTime(ms: number): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}

/** About four minutes of captions, a cue every 5 s, speakers by `<v>` (a hostile one among them) and `>>`. */
export function hostileCaptions(): string {
  const voices = ['Mallory', 'Eve &lt;script&gt;alert(6)&lt;/script&gt;', 'Eve"'];
  const blocks: string[] = ['WEBVTT', ''];
  for (let i = 0; i < 46; i++) {
    const start = 5000 + i * 5000;
    const text = i % 2 === 0 ? HOSTILE_CUES[(i / 2) % HOSTILE_CUES.length]! : FILLER[((i - 1) / 2) % FILLER.length]!;
    const voice = voices[Math.floor(i / 4) % voices.length]!;
    blocks.push(`${vttTime(start)} --> ${vttTime(start + 4500)}`, i % 4 === 0 ? `<v ${voice}>${text}` : text, '');
  }
  return blocks.join('\n');
}

export function hostileEvent(): EventInputs {
  const manifest = parseManifest(hostileManifestJson(), 'event.json');
  return { manifest, captions: [{ recordingId: 'main', fileName: 'main.vtt', bytes: Buffer.from(hostileCaptions()) }] };
}
