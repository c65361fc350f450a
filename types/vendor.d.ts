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

declare module 'natural/lib/natural/stemmers/porter_stemmer' {
  const PorterStemmer: { stem(word: string): string };
  export = PorterStemmer;
}

declare module 'natural/lib/natural/util/stopwords' {
  export const words: string[];
}

declare module 'natural/lib/natural/phonetics/metaphone' {
  class Metaphone {
    process(word: string, maxLength?: number): string;
  }
  export = Metaphone;
}
