import { el, type Html } from './builder';
import { directionOf } from './text-language';
import type { SessionRow } from './session-rows';
import { clock } from '../../model/timecode';

/**
 * The agenda against what happened, for one recording: per session a dashed bar for its scheduled
 * span (the manifest's times moved to recording time by the recording's start) and a filled bar
 * for where the alignment placed it, on a time axis in hours and minutes from the recording's
 * 00:00:00. An inline SVG with role="img", a <title> and a <desc> that says the same in words;
 * the sessions table on the page is the full text equivalent.
 */

const WIDTH = 800;
const LABEL_WIDTH = 250;
const PLOT_LEFT = LABEL_WIDTH + 10;
const PLOT_RIGHT = WIDTH - 20;
const AXIS_HEIGHT = 30;
const ROW_HEIGHT = 44;
const BAR_HEIGHT = 14;
/** Longest title shown beside its bars; the table has the whole title. */
const LABEL_CHARS = 30;
/** Tick steps to choose from (ms): the smallest that gives at most MAX_TICKS ticks. */
const TICK_STEPS = [60_000, 300_000, 600_000, 900_000, 1_800_000, 3_600_000, 7_200_000, 14_400_000];
const MAX_TICKS = 10;

const COLOURS = { scheduled: '#4a4a4a', aligned: '#0b4f9c', axis: '#4a4a4a', text: '#1a1a1a', grid: '#d9d9d9' };

/** "-00:05" / "01:30": hours and minutes of a recording time. */
function tickLabel(ms: number): string {
  return `${ms < 0 ? '-' : ''}${clock(Math.abs(ms)).slice(0, 5)}`;
}

function truncate(text: string): string {
  const chars = [...text];
  return chars.length <= LABEL_CHARS ? text : `${chars.slice(0, LABEL_CHARS - 1).join('').trimEnd()}\u2026`;
}

function span(s: { startMs: number; endMs: number } | undefined): string {
  return s ? `${clock(Math.max(0, s.startMs))}${s.startMs < 0 ? ' (before the recording began)' : ''} to ${clock(Math.max(0, s.endMs))}` : '';
}

/** The words of <desc>: every session's scheduled and aligned span. */
function describe(rows: readonly SessionRow[], recordingName: string): string {
  const lines = rows.map((r) => {
    const scheduled = r.scheduled ? `scheduled ${span(r.scheduled)}` : 'no scheduled time';
    const held = r.aligned ? `aligned ${span(r.aligned)}` : 'not found in the recording';
    return `${r.session.title}: ${scheduled}; ${held}.`;
  });
  return `Scheduled and aligned times of ${rows.length} session${rows.length === 1 ? '' : 's'} in ${recordingName}, in hours, minutes and seconds from the recording's start. ${lines.join(' ')}`;
}

/** The SVG of one recording's sessions; `rows` are those of that recording, in agenda order. */
/** `recordingName` as readers see it: "the recording", or "recording <id>" among several. */
export function timelineSvg(rows: readonly SessionRow[], recordingId: string, recordingName: string, titleLang?: string): Html {
  const spans = rows.flatMap((r) => [r.scheduled, r.aligned]).filter((s): s is { startMs: number; endMs: number } => s !== undefined);
  const from = Math.min(0, ...spans.map((s) => s.startMs));
  const to = Math.max(from + 60_000, ...spans.map((s) => s.endMs));
  const step = TICK_STEPS.find((t) => (to - from) / t <= MAX_TICKS) ?? TICK_STEPS[TICK_STEPS.length - 1]!;
  const x = (ms: number) => Math.round((PLOT_LEFT + ((ms - from) / (to - from)) * (PLOT_RIGHT - PLOT_LEFT)) * 10) / 10;
  const height = AXIS_HEIGHT + rows.length * ROW_HEIGHT + 10;
  const rtl = titleLang !== undefined && directionOf(titleLang) === 'rtl';
  const bottom = height - 10;

  const ticks: Html[] = [];
  for (let t = Math.ceil(from / step) * step; t <= to; t += step) {
    ticks.push(
      el('line', { x1: x(t), x2: x(t), y1: AXIS_HEIGHT - 6, y2: bottom, stroke: COLOURS.grid, 'stroke-width': 1 }),
      el('text', { x: x(t), y: AXIS_HEIGHT - 10, 'text-anchor': 'middle', 'font-size': 12, fill: COLOURS.axis }, tickLabel(t)),
    );
  }
  const bar = (s: { startMs: number; endMs: number }, y: number, kind: 'scheduled' | 'aligned') =>
    el('rect', {
      class: `bar-${kind}`,
      x: x(s.startMs),
      y,
      width: Math.max(1, Math.round((x(s.endMs) - x(s.startMs)) * 10) / 10),
      height: BAR_HEIGHT,
      fill: kind === 'aligned' ? COLOURS.aligned : '#ffffff',
      stroke: COLOURS[kind],
      'stroke-width': 2,
      'stroke-dasharray': kind === 'scheduled' ? '5 3' : null,
    });
  const sessionRows = rows.map((r, i) => {
    const top = AXIS_HEIGHT + i * ROW_HEIGHT;
    return el(
      'g',
      { class: 'session' },
      // SVG text takes no `dir`: a right-to-left title says its direction, and its start (its right edge) is at the label column.
      el('text', { x: LABEL_WIDTH, y: top + ROW_HEIGHT / 2 + 4, 'text-anchor': rtl ? 'start' : 'end', 'font-size': 13, fill: COLOURS.text, lang: titleLang, direction: rtl ? 'rtl' : undefined }, truncate(r.session.title)),
      r.scheduled ? bar(r.scheduled, top + 6, 'scheduled') : null,
      r.aligned ? bar(r.aligned, top + 6 + BAR_HEIGHT + 2, 'aligned') : null,
    );
  });
  const titleId = `timeline-${recordingId}-title`;
  const descId = `timeline-${recordingId}-desc`;
  return el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', class: 'timeline', role: 'img', 'aria-labelledby': `${titleId} ${descId}`, viewBox: `0 0 ${WIDTH} ${height}`, width: WIDTH, height },
    el('title', { id: titleId }, `Timeline of ${recordingName}: the agenda against what happened`),
    el('desc', { id: descId }, describe(rows, recordingName)),
    el('g', { class: 'axis' }, ticks),
    sessionRows,
  );
}
