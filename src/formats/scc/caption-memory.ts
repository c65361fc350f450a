/** Rows on a CEA-608 screen, numbered 1..15 from the top. */
export const ROWS = 15;
/** Columns a CEA-608 row holds. */
export const COLUMNS = 32;
/**
 * Cells kept per row. Some files write past column 32; a real decoder would overwrite the last
 * cell again and again, but recap wants the words, so rows may grow up to this bound (which
 * only stops hostile input from growing a row without end).
 */
export const MAX_CELLS = 256;

/**
 * One caption memory (displayed or non-displayed): a grid of cells, "" for an empty cell.
 * Styling is not kept: recap reads text.
 */
export class CaptionMemory {
  private rows: string[][] = CaptionMemory.emptyRows();

  private static emptyRows(): string[][] {
    // A plain loop: this runs at every erase and End Of Caption.
    const rows: string[][] = [];
    for (let r = 0; r <= ROWS; r++) rows.push([]);
    return rows;
  }

  private cells(row: number): string[] {
    return this.rows[row] ?? [];
  }

  get(row: number, col: number): string {
    return this.cells(row)[col] ?? '';
  }

  set(row: number, col: number, char: string): void {
    const cells = this.rows[row];
    if (!cells || col < 0 || col >= MAX_CELLS) return;
    while (cells.length < col) cells.push('');
    cells[col] = char;
  }

  /** Empties the cells from `col` to the row's end. */
  eraseFrom(row: number, col: number): void {
    const cells = this.rows[row];
    if (cells && col < cells.length) cells.splice(Math.max(0, col));
  }

  clearRow(row: number): void {
    if (this.rows[row]) this.rows[row] = [];
  }

  clear(): void {
    this.rows = CaptionMemory.emptyRows();
  }

  /** The row's text: empty cells and runs of spaces read as one space, ends trimmed. */
  rowText(row: number): string {
    const cells = this.cells(row);
    // Most rows are empty, and the decoder asks for every row's text at each caption change.
    if (cells.length === 0) return '';
    let text = '';
    for (const c of cells) text += c || ' ';
    return text.replace(/ {2,}/g, ' ').trim();
  }

  isEmpty(): boolean {
    for (let r = 1; r <= ROWS; r++) if (this.rowText(r) !== '') return false;
    return true;
  }

  /** A copy of the row's cells. */
  copyRow(row: number): string[] {
    return [...this.cells(row)];
  }

  setRow(row: number, cells: string[]): void {
    if (this.rows[row]) this.rows[row] = cells.slice(0, MAX_CELLS);
  }

  /** Whether any cell from `col` to the row's end holds a character other than a space. */
  hasCharsFrom(row: number, col: number): boolean {
    return this.cells(row)
      .slice(Math.max(0, col))
      .some((c) => c !== '' && c !== ' ');
  }

  /** Exchanges the contents of two memories (End Of Caption flips displayed and non-displayed). */
  swapWith(other: CaptionMemory): void {
    const mine = this.rows;
    this.rows = other.rows;
    other.rows = mine;
  }
}
