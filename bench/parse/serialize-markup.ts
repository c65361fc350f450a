import { clock } from './clock';
import { markupText, type GeneratedCue } from './serialize';

/** SAMI and TTML as caption authoring tools export them; CRLF for SAMI, as Windows tools write it. */

export function serializeSami(cues: GeneratedCue[]): string {
  const head = [
    '<SAMI>',
    '<HEAD>',
    '<TITLE>Council meeting</TITLE>',
    '<STYLE TYPE="text/css">',
    '<!--',
    'P { font-family: Arial; font-weight: normal; color: white; text-align: center; }',
    '.ENUSCC { Name: English; lang: en-US; SAMIType: CC; }',
    '-->',
    '</STYLE>',
    '</HEAD>',
    '<BODY>',
  ];
  const syncs = cues.map((c) => `<SYNC Start=${c.startMs}><P Class=ENUSCC>${c.lines.map(markupText).join('<br>')}`);
  // One clearing SYNC ends the last cue; every other cue ends where the next starts.
  const end = `<SYNC Start=${cues[cues.length - 1]?.endMs ?? 0}><P Class=ENUSCC>&nbsp;`;
  return `${[...head, ...syncs, end, '</BODY>', '</SAMI>'].join('\r\n')}\r\n`;
}

export function serializeTtml(cues: GeneratedCue[]): string {
  const head = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tt xmlns="http://www.w3.org/ns/ttml" xmlns:tts="http://www.w3.org/ns/ttml#styling" xml:lang="en">',
    '  <head>',
    '    <styling><style xml:id="s1" tts:color="white" tts:fontFamily="proportionalSansSerif"/></styling>',
    '  </head>',
    '  <body style="s1">',
    '    <div>',
  ];
  const ps = cues.map((c) => `      <p begin="${clock(c.startMs, '.')}" end="${clock(c.endMs, '.')}">${c.lines.map(markupText).join('<br/>')}</p>`);
  return `${[...head, ...ps, '    </div>', '  </body>', '</tt>'].join('\n')}\n`;
}
