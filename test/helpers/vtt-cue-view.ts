import type { Region, Track } from '../../src/model/track';

/** A VTTCue-like view of a track, as the web-platform-tests' assertions expect it. */
export interface VttCueView {
  id: string;
  startTime: number;
  endTime: number;
  text: string;
  region: RegionView | null;
  vertical: string;
  snapToLines: boolean;
  line: number | 'auto';
  lineAlign: string;
  position: number | 'auto';
  positionAlign: string;
  size: number;
  align: string;
}

export type RegionView = Omit<Region, 'id'> & { id: string };

export function toVttCues(track: Track): VttCueView[] {
  // One object per region, shared by every cue that uses it, so identity comparisons work.
  const regions = new Map((track.regions ?? []).map((r) => [r.id, { ...r }]));
  return track.cues.map((cue) => {
    const s = cue.settings ?? {};
    return {
      id: cue.id,
      startTime: cue.startMs / 1000,
      endTime: cue.endMs / 1000,
      text: cue.raw ?? cue.text,
      region: s.region !== undefined ? regions.get(s.region) ?? null : null,
      vertical: s.vertical ?? '',
      snapToLines: s.snapToLines ?? true,
      line: s.line ?? 'auto',
      lineAlign: s.lineAlign ?? 'start',
      position: s.position ?? 'auto',
      positionAlign: s.positionAlign ?? 'auto',
      size: s.size ?? 100,
      align: s.align ?? 'center',
    };
  });
}
