declare module 'webvtt-parser' {
  export interface WebVTTNode {
    type: 'text' | 'object' | 'timestamp';
    name?: string;
    value?: string | number;
    classes?: string[];
    children?: WebVTTNode[];
    parent?: WebVTTNode;
  }
  export interface WebVTTCue {
    id: string;
    startTime: number;
    endTime: number;
    pauseOnExit: boolean;
    direction: string;
    snapToLines: boolean;
    linePosition: number | 'auto';
    lineAlign: string;
    textPosition: number | 'auto';
    positionAlign: string;
    size: number;
    alignment: string;
    text: string;
    tree: WebVTTNode;
    nonSerializable?: boolean;
  }
  export interface WebVTTError {
    message: string;
    line: number;
    col?: number;
  }
  export class WebVTTParser {
    constructor(entities?: Record<string, string>);
    parse(input: string, mode?: 'metadata' | 'chapters'): { cues: WebVTTCue[]; errors: WebVTTError[]; time: number; styles: string[] };
  }
  export class WebVTTSerializer {
    serialize(cues: WebVTTCue[], styles?: string[]): string;
  }
}

declare module 'webvtt-parser/html-entities.json' {
  const entities: Record<string, string>;
  export default entities;
}

// natural's stop-word list as the one file that holds it: natural's typed entry for it,
// `natural/lib/natural/util`, also loads its storage back-ends (database drivers, dotenv), about
// +0.4 s and +36 MB. The type is natural's own.
declare module 'natural/lib/natural/util/stopwords' {
  export const words: typeof import('natural/lib/natural/util').stopwords;
}

declare module 'natural/lib/natural/brill_pos_tagger/lib/Lexicon' {
  /** natural's Brill lexicon: word -> its part-of-speech tags (Penn Treebank), most frequent first. */
  export default class Lexicon {
    constructor(language: 'EN', defaultCategory?: string, defaultCategoryCapitalised?: string);
    lexicon: Record<string, string[] | undefined>;
  }
}
