import { EN } from '../../test/helpers/english';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { handOverPhrase } from '../../src/align/boundary-evidence';
import { CDP_ROOT } from './boston';

/**
 * recap's hand-over phrase detector (src/align/boundary-evidence.ts) as a binary classifier on the
 * Seattle windows of seattle-textcat-train-v0.jsonl: Prodigy records of a few sentences, each shown
 * to an annotator with one label and answered accept or reject. A window is a boundary when the
 * annotator accepted MINUTES-BOUNDARY or rejected OTHER; not one when they rejected
 * MINUTES-BOUNDARY or accepted OTHER. The detector says "boundary" when it finds a phrase anywhere
 * in the window's text.
 */

export const SEATTLE_FILE = join(CDP_ROOT, 'seattle-textcat-train-v0.jsonl');

export interface SeattleWindow {
  text: string;
  label: string;
  answer: string;
}

export interface Confusion {
  windows: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** true = boundary, false = not one, null = a record this reading does not use (another label or answer). */
export type Reading = (w: SeattleWindow) => boolean | null;

/** Both labels: accept MINUTES-BOUNDARY or reject OTHER is a boundary. */
export const BOTH_LABELS: Reading = (w) => {
  if (w.answer !== 'accept' && w.answer !== 'reject') return null;
  if (w.label === 'MINUTES-BOUNDARY') return w.answer === 'accept';
  if (w.label === 'OTHER') return w.answer === 'reject';
  return null;
};

/** Only the records asked about MINUTES-BOUNDARY: accept = boundary. */
export const BOUNDARY_LABEL_ONLY: Reading = (w) => (w.label === 'MINUTES-BOUNDARY' && (w.answer === 'accept' || w.answer === 'reject') ? w.answer === 'accept' : null);

export function readWindows(jsonl: string): SeattleWindow[] {
  return jsonl
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const r = JSON.parse(line) as Partial<SeattleWindow>;
      return { text: String(r.text ?? ''), label: String(r.label ?? ''), answer: String(r.answer ?? '') };
    });
}

export function confusion(windows: readonly SeattleWindow[], reading: Reading, detect: (text: string) => boolean): Confusion {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const w of windows) {
    const truth = reading(w);
    if (truth === null) continue;
    const said = detect(w.text);
    if (truth && said) tp++;
    else if (!truth && said) fp++;
    else if (truth) fn++;
    else tn++;
  }
  const precision = tp + fp > 0 ? tp / (tp + fp) : null;
  const recall = tp + fn > 0 ? tp / (tp + fn) : null;
  const f1 = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : null;
  return { windows: tp + fp + fn + tn, tp, fp, fn, tn, precision, recall, f1 };
}

export const detectHandOver = (text: string): boolean => handOverPhrase(text, EN.meeting.handOver) !== null;

/** The detector's figures under both readings, or null when the file is absent. */
export function seattlePhraseScores(file = SEATTLE_FILE): { bothLabels: Confusion; boundaryLabelOnly: Confusion } | null {
  if (!existsSync(file)) return null;
  const windows = readWindows(readFileSync(file, 'utf8'));
  return { bothLabels: confusion(windows, BOTH_LABELS, detectHandOver), boundaryLabelOnly: confusion(windows, BOUNDARY_LABEL_ONLY, detectHandOver) };
}
