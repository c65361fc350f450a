import { CaptionMemory, COLUMNS, MAX_CELLS, ROWS } from './caption-memory';
import type { MiscCommand } from './cea608-tables';
import type { Command } from './classify';
import { minOf } from '../../model/arrays';

/** When a code took effect: the start of its frame in ms, and the 1-based SCC line it is on. */
export interface Moment {
  ms: number;
  line: number;
}

/** A stretch of caption text as the screen showed it, [startMs, endMs) in integer ms. */
export interface DecodedCue {
  startMs: number;
  endMs: number;
  /** the rows, top to bottom, joined by "\n" */
  text: string;
  /** SCC line of the codes that put this text on screen */
  line: number;
}

type Mode = 'pop-on' | 'roll-up' | 'paint-on';

/** What the decoder knows about the text now in one displayed row. */
interface RowState {
  /** when the row's current text appeared (ms) */
  startMs: number;
  /** SCC line of the codes that put it there */
  line: number;
  /** a cue already holds this text, so it must not be output again */
  emitted: boolean;
}

const blankRow = (): RowState => ({ startMs: 0, line: 0, emitted: false });
const blankRows = (): RowState[] => Array.from({ length: ROWS + 1 }, blankRow);

/**
 * The CEA-608 caption decoder for one data channel: the displayed and non-displayed memories,
 * the cursor and the caption mode, driven by one code at a time.
 *
 * Cues come from the displayed memory, so that each line of text is output once:
 * - pop-on: End Of Caption shows the loaded memory; that cue lasts until the display is
 *   erased or replaced (EDM, the next EOC, a switch to roll-up);
 * - roll-up: each line is its own cue, from its first character until the first display change
 *   after the Carriage Return that completes it (lines that have rolled up are not output
 *   again, as the roll-up display repeats them only for the viewer's context);
 * - paint-on: text shows as it arrives; a cue ends when a later burst of codes (a later SCC
 *   line) rewrites or erases text already shown, or a row already output is written again.
 */
export class Cea608Decoder {
  readonly cues: DecodedCue[] = [];
  /** first SCC line where text ran past column 32 */
  overflowLine: number | null = null;
  /** SCC line of text loaded into the non-displayed memory since the last EOC/ENM, or null */
  private loadedLine: number | null = null;
  private shown = new CaptionMemory();
  private hidden = new CaptionMemory();
  private state: RowState[] = blankRows();
  private mode: Mode = 'pop-on';
  /** roll-up window height in rows */
  private depth = 2;
  /** roll-up base row (the bottom row of the window) */
  private baseRow = ROWS;
  private row = ROWS;
  private col = 0;
  /** roll-up: a completed line waits for the next display change to end its cue */
  private closePending = false;

  command(command: Command, at: Moment): void {
    switch (command.type) {
      case 'misc':
        this.misc(command.name, at);
        return;
      case 'pac':
        this.address(command.row, command.indent, at);
        return;
      case 'mid-row':
        // A style change takes a cell, shown as a space.
        this.put(' ', at);
        return;
      case 'special':
        this.put(command.char, at);
        return;
      case 'extended':
        // Replaces the basic-set fallback character sent just before it.
        if (this.col > 0) this.col = Math.min(this.col, MAX_CELLS) - 1;
        this.put(command.char, at);
        return;
      case 'tab':
        this.col = Math.min(this.col + command.columns, MAX_CELLS - 1);
        return;
      case 'attribute':
      case 'charset':
        // Senders put a space before an optional attribute, so ignoring it keeps the layout.
        return;
    }
  }

  text(chars: string, at: Moment): void {
    for (const char of chars) this.put(char, at);
  }

  /** Whether text was loaded for a pop-on caption that no End Of Caption has shown. */
  unshownLine(): number | null {
    return this.loadedLine !== null && !this.hidden.isEmpty() ? this.loadedLine : null;
  }

  /**
   * Ends what is still on screen and not yet output at `endMs(startMs)`; returns that cue, or
   * null when nothing was left.
   */
  finish(endMs: (startMs: number) => number): DecodedCue | null {
    const rows = this.openRows();
    if (rows.length === 0) return null;
    const start = minOf(rows.map((r) => this.state[r]!.startMs));
    this.flush(endMs(start));
    return this.cues[this.cues.length - 1] ?? null;
  }

  private misc(name: MiscCommand, at: Moment): void {
    switch (name) {
      case 'RCL':
        this.mode = 'pop-on';
        return;
      case 'RDC':
        this.mode = 'paint-on';
        return;
      case 'RU2':
      case 'RU3':
      case 'RU4':
        this.rollUp(Number(name.slice(2)), at);
        return;
      case 'BS':
        this.backspace(at);
        return;
      case 'DER':
        this.deleteToEndOfRow(at);
        return;
      case 'FON':
        // Flash On occupies a cell like a mid-row code.
        this.put(' ', at);
        return;
      case 'EDM':
        this.eraseDisplayed(at);
        return;
      case 'ENM':
        this.hidden.clear();
        this.loadedLine = null;
        return;
      case 'EOC':
        this.endOfCaption(at);
        return;
      case 'CR':
        this.carriageReturn(at);
        return;
      case 'AOF':
      case 'AON':
      case 'TR':
      case 'RTD':
        // Reserved codes, and the text service (filtered out before the decoder).
        return;
    }
  }

  private target(): CaptionMemory {
    return this.mode === 'pop-on' ? this.hidden : this.shown;
  }

  private put(char: string, at: Moment): void {
    const memory = this.target();
    const col = Math.min(this.col, MAX_CELLS - 1);
    if (col >= COLUMNS && this.overflowLine === null) this.overflowLine = at.line;
    const old = memory.get(this.row, col);
    if (old !== char) {
      if (memory === this.shown) this.touch(this.row, at, old === '' || old === ' ' ? 'add' : 'change');
      else this.loadedLine ??= at.line;
      memory.set(this.row, col, char);
    }
    this.col = Math.min(col + 1, MAX_CELLS);
  }

  private backspace(at: Moment): void {
    if (this.col === 0) return;
    this.col = Math.min(this.col, MAX_CELLS) - 1;
    const memory = this.target();
    if (memory.get(this.row, this.col) === '') return;
    if (memory === this.shown) this.touch(this.row, at, 'change');
    memory.set(this.row, this.col, '');
  }

  private deleteToEndOfRow(at: Moment): void {
    const memory = this.target();
    if (memory === this.shown && memory.hasCharsFrom(this.row, this.col)) this.touch(this.row, at, 'change');
    memory.eraseFrom(this.row, this.col);
  }

  /** Preamble address code: moves the cursor; in roll-up it also moves the window's base row. */
  private address(row: number, indent: number, at: Moment): void {
    if (this.mode === 'roll-up' && row !== this.baseRow) this.moveWindow(row, at);
    this.row = row;
    this.col = indent;
  }

  private rollUp(depth: number, at: Moment): void {
    if (this.mode !== 'roll-up') {
      // Entering roll-up erases both memories; the window sits on row 15 until a PAC moves it.
      this.eraseDisplayed(at);
      this.hidden.clear();
      this.loadedLine = null;
      this.mode = 'roll-up';
      this.depth = depth;
      this.baseRow = ROWS;
      this.row = ROWS;
      this.col = 0;
      return;
    }
    if (depth === this.depth) return;
    this.depth = depth;
    const top = this.windowTop();
    const outside: number[] = [];
    for (let r = 1; r <= ROWS; r++) if ((r < top || r > this.baseRow) && this.shown.rowText(r) !== '') outside.push(r);
    if (outside.length === 0) return;
    this.beforeChange(at, outside);
    for (const r of outside) {
      this.shown.clearRow(r);
      this.state[r] = blankRow();
    }
  }

  private windowTop(): number {
    return Math.max(1, this.baseRow - this.depth + 1);
  }

  private carriageReturn(at: Moment): void {
    if (this.mode !== 'roll-up') return;
    const top = this.windowTop();
    this.beforeChange(at, [top]);
    const completed = this.shown.rowText(this.baseRow) !== '';
    for (let r = top; r < this.baseRow; r++) {
      this.shown.setRow(r, this.shown.copyRow(r + 1));
      this.state[r] = this.state[r + 1]!;
    }
    this.shown.clearRow(this.baseRow);
    this.state[this.baseRow] = blankRow();
    this.col = 0;
    if (completed && top < this.baseRow) this.closePending = true;
  }

  /** Roll-up PAC naming another row: the window's rows move with the base row. */
  private moveWindow(newBase: number, at: Moment): void {
    const top = this.windowTop();
    const oldBase = this.baseRow;
    const shift = newBase - oldBase;
    this.baseRow = newBase;
    const lost: number[] = [];
    let anyText = false;
    for (let r = 1; r <= ROWS; r++) {
      if (this.shown.rowText(r) === '') continue;
      anyText = true;
      const inWindow = r >= top && r <= oldBase;
      if (!inWindow || r + shift < 1 || r + shift > ROWS) lost.push(r);
    }
    if (!anyText) return;
    this.beforeChange(at, lost);
    const moved: Array<{ to: number; cells: string[]; state: RowState }> = [];
    for (let r = top; r <= oldBase; r++) moved.push({ to: r + shift, cells: this.shown.copyRow(r), state: this.state[r]! });
    this.shown.clear();
    this.state = blankRows();
    for (const m of moved) {
      if (m.to < 1 || m.to > ROWS) continue;
      this.shown.setRow(m.to, m.cells);
      this.state[m.to] = m.state;
    }
  }

  private eraseDisplayed(at: Moment): void {
    this.flush(at.ms);
    this.shown.clear();
    this.state = blankRows();
  }

  private endOfCaption(at: Moment): void {
    this.flush(at.ms);
    this.shown.swapWith(this.hidden);
    this.loadedLine = null;
    this.state = Array.from({ length: ROWS + 1 }, () => ({ startMs: at.ms, line: at.line, emitted: false }));
    this.mode = 'pop-on';
  }

  /**
   * Called before displayed rows are removed or moved: a roll-up line waiting for a change
   * ends now, and so does any text about to disappear that no cue holds yet.
   */
  private beforeChange(at: Moment, removed: number[]): void {
    if (this.closePending || removed.some((r) => !this.state[r]!.emitted && this.shown.rowText(r) !== '')) {
      this.flush(at.ms);
    }
  }

  /** Called before a displayed row's cells change. */
  private touch(row: number, at: Moment, kind: 'add' | 'change'): void {
    if (this.closePending) this.flush(at.ms);
    const state = this.state[row]!;
    if (this.shown.rowText(row) === '') {
      this.state[row] = { startMs: at.ms, line: at.line, emitted: false };
      return;
    }
    const rewrite = kind === 'change' && this.mode === 'paint-on' && state.line !== at.line;
    if (state.emitted || rewrite) {
      this.flush(at.ms);
      this.state[row] = { startMs: at.ms, line: at.line, emitted: false };
    }
  }

  private openRows(): number[] {
    const rows: number[] = [];
    for (let r = 1; r <= ROWS; r++) if (!this.state[r]!.emitted && this.shown.rowText(r) !== '') rows.push(r);
    return rows;
  }

  /** Outputs the displayed text no cue holds yet as one cue ending at `endMs`. */
  private flush(endMs: number): void {
    this.closePending = false;
    const rows = this.openRows();
    if (rows.length === 0) return;
    let first = rows[0]!;
    for (const r of rows) if (this.state[r]!.startMs < this.state[first]!.startMs) first = r;
    const { startMs, line } = this.state[first]!;
    this.cues.push({
      startMs,
      endMs: Math.max(endMs, startMs),
      text: rows.map((r) => this.shown.rowText(r)).join('\n'),
      line,
    });
    for (const r of rows) this.state[r]!.emitted = true;
  }
}
