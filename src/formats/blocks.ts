/** A run of non-blank lines, as SRT and SBV separate their cues. */
export interface TextBlock {
  /** 1-based line of the block's first line */
  line: number;
  lines: string[];
}

/** Splits "\n"-separated text into blocks at blank (or whitespace-only) lines. */
export function splitBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const lines = text.split('\n');
  let current: TextBlock | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') {
      current = null;
      continue;
    }
    if (!current) {
      current = { line: i + 1, lines: [] };
      blocks.push(current);
    }
    current.lines.push(line);
  }
  return blocks;
}

/** A short, quoted preview of input for a diagnostic message. */
export function preview(text: string, max = 60): string {
  const flat = text.replace(/\n/g, ' / ');
  return `"${flat.length > max ? `${flat.slice(0, max)}...` : flat}"`;
}
