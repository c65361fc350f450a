import type { Diagnostic, Region } from '../../model/track';

/** Region defaults of the WebVTT spec (VTTRegion). */
const REGION_DEFAULTS: Omit<Region, 'id'> = {
  width: 100,
  lines: 3,
  regionAnchorX: 0,
  regionAnchorY: 100,
  viewportAnchorX: 0,
  viewportAnchorY: 100,
  scroll: '',
};

function parsePercentage(value: string): number | null {
  if (!/^\d+(?:\.\d+)?%$/.test(value)) return null;
  const n = parseFloat(value);
  return n >= 0 && n <= 100 ? n : null;
}

function parseAnchor(value: string): [number, number] | null {
  const comma = value.indexOf(',');
  if (comma === -1) return null;
  const x = parsePercentage(value.slice(0, comma));
  const y = parsePercentage(value.slice(comma + 1));
  return x === null || y === null ? null : [x, y];
}

/** Applies one block's settings to a region, as the spec's "collect region settings" does. */
function parseRegionSettings(tokens: string[]): Region | null {
  const region: Region = { id: '', ...REGION_DEFAULTS };
  for (const token of tokens) {
    const colon = token.indexOf(':');
    if (colon <= 0 || colon === token.length - 1) continue;
    const name = token.slice(0, colon);
    const value = token.slice(colon + 1);
    if (name === 'id') {
      if (!value.includes('-->')) region.id = value;
    } else if (name === 'width') {
      const w = parsePercentage(value);
      if (w !== null) region.width = w;
    } else if (name === 'lines') {
      if (/^\d+$/.test(value)) region.lines = Number(value);
    } else if (name === 'regionanchor' || name === 'viewportanchor') {
      const a = parseAnchor(value);
      if (a && name === 'regionanchor') [region.regionAnchorX, region.regionAnchorY] = a;
      if (a && name === 'viewportanchor') [region.viewportAnchorX, region.viewportAnchorY] = a;
    } else if (name === 'scroll') {
      if (value === 'up') region.scroll = 'up';
    }
  }
  // A region without an id cannot be referred to by any cue.
  return region.id === '' ? null : region;
}

export interface RegionInfo {
  regions: Region[];
  /** lines belonging to REGION blocks, whose parser complaints are not real problems */
  ownedLines: Set<number>;
  diagnostics: Diagnostic[];
  /** the region id a cue timing line selects, if that region is defined */
  regionOfTimingLine(line: string): string | undefined;
}

/**
 * Reads the REGION definition blocks of a WebVTT header (webvtt-parser does not know them).
 * Only blocks before the first cue count, as in the spec.
 */
export function readRegions(lines: string[]): RegionInfo {
  const regions: Region[] = [];
  const ownedLines = new Set<number>();
  const diagnostics: Diagnostic[] = [];
  let i = 1;
  while (i < lines.length) {
    while (i < lines.length && lines[i] === '') i++;
    const start = i;
    while (i < lines.length && lines[i] !== '') i++;
    const block = lines.slice(start, i);
    if (block.length === 0) break;
    if (block.some((l) => l.includes('-->'))) break; // first cue: the header is over
    if (!/^REGION(?:[ \t]|$)/.test(block[0]!)) continue;
    for (let k = start; k < i; k++) ownedLines.add(k + 1);
    // The spec splits on ASCII whitespace only: a vertical tab is part of a value.
    const tokens = block.join(' ').slice('REGION'.length).split(/[ \t\f]+/).filter(Boolean);
    const region = parseRegionSettings(tokens);
    if (!region) {
      diagnostics.push({ severity: 'warning', line: start + 1, message: 'REGION block without an id is ignored' });
      continue;
    }
    const earlier = regions.findIndex((r) => r.id === region.id);
    if (earlier !== -1) regions.splice(earlier, 1);
    regions.push(region);
  }
  const ids = new Set(regions.map((r) => r.id));
  return {
    regions,
    ownedLines,
    diagnostics,
    regionOfTimingLine(line: string): string | undefined {
      const settings = (line.split('-->')[1] ?? '').split(/[ \t\f]+/).filter(Boolean).slice(1);
      let region: string | undefined;
      for (const s of settings) {
        if (s.startsWith('region:') && ids.has(s.slice(7))) region = s.slice(7);
      }
      // The spec drops the region when the cue positions itself otherwise.
      if (region !== undefined && settings.some((s) => /^(vertical|line|size):/.test(s))) {
        const vertical = settings.some((s) => /^vertical:(rl|lr)$/.test(s));
        const line = settings.some((s) => s.startsWith('line:'));
        const size = settings.some((s) => /^size:/.test(s) && s !== 'size:100%');
        if (vertical || line || size) return undefined;
      }
      return region;
    },
  };
}
