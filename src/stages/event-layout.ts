/**
 * The store keys of an event's files, as CONTRACT.md lays them out ("Output layout"). Ids are
 * manifest ids (lowercase letters, digits and '-'), so every key is a safe relative path.
 */

export function eventPrefix(eventId: string): string {
  return `events/${eventId}/`;
}

export function manifestKey(eventId: string): string {
  return `${eventPrefix(eventId)}manifest.json`;
}

export function recordingPrefix(eventId: string, recordingId: string): string {
  return `${eventPrefix(eventId)}recordings/${recordingId}/`;
}

/** `source.<ext>`: the caption file exactly as received, under its own extension. */
export function sourceKey(eventId: string, recordingId: string, fileName: string): string {
  return `${recordingPrefix(eventId, recordingId)}source.${sourceExtension(fileName)}`;
}

export function trackKey(eventId: string, recordingId: string): string {
  return `${recordingPrefix(eventId, recordingId)}track.json`;
}

export function alignmentKey(eventId: string): string {
  return `${eventPrefix(eventId)}alignment.json`;
}

/** Extension used when the caption file's name has none that is safe in a key. */
const FALLBACK_EXTENSION = 'txt';

/**
 * The extension of the caption file's name, lowercased ("MAIN.VTT" -> "vtt"); "txt" when there is
 * none or it holds more than letters and digits (it becomes part of a key).
 */
export function sourceExtension(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  return /^[a-z0-9]{1,16}$/.test(ext) ? ext : FALLBACK_EXTENSION;
}
