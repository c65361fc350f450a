import { execFile, spawnSync } from 'child_process';
import path from 'path';
import type { ReadCue } from '../agreement';
import type { ClientReader, FileToRead, ReadOutcome } from './types';

/** Debian's python, where apt installs python3-webvtt, python3-srt and python3-ttconv (not a pyenv one on PATH). */
export const PYTHON = '/usr/bin/python3';
const SCRIPT = path.join(__dirname, 'read_captions.py');

export type PythonReaderId = 'webvtt' | 'srt' | 'ttconv';

type PythonOutput = Array<{ cues: ReadCue[] } | { error: string }>;

/** Reads every file with one Python reader, in one python process. */
function readWithPython(reader: PythonReaderId, files: readonly FileToRead[]): Promise<Map<string, ReadOutcome>> {
  const requests = files.map((f) => ({ path: f.path, reader, format: f.format }));
  return new Promise((resolve, reject) => {
    const child = execFile(PYTHON, [SCRIPT], { maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`${PYTHON} ${SCRIPT} failed: ${stderr || error.message}`));
      const out = JSON.parse(stdout) as PythonOutput;
      resolve(new Map(files.map((f, i) => [f.path, out[i]!])));
    });
    child.stdin!.end(JSON.stringify(requests));
  });
}

const pythonReader = (id: string, reader: PythonReaderId, formats: string[]): ClientReader => ({
  id,
  formats,
  speakerField: false,
  read: (files) => readWithPython(reader, files),
});

/** webvtt-py: WebVTT, and SRT and SBV converted to WebVTT captions. Its text has cue tags removed. */
export const webvttPyReader = pythonReader('webvtt-py', 'webvtt', ['webvtt', 'srt', 'sbv']);
/** python srt: SubRip, its content as written (SRT has no markup of its own). */
export const pythonSrtReader = pythonReader('python srt', 'srt', ['srt']);
/** ttconv: TTML (IMSC) and SRT into its model; its paragraphs, `<br/>` as a line break. */
export const ttconvReader = pythonReader('ttconv', 'ttconv', ['ttml', 'srt']);

const MODULES: Record<PythonReaderId, string> = { webvtt: 'webvtt', srt: 'srt', ttconv: 'ttconv' };
/** The distribution names the packages are installed under, for their versions. */
const DISTRIBUTIONS: Record<PythonReaderId, string> = { webvtt: 'webvtt-py', srt: 'srt', ttconv: 'ttconv' };
const PACKAGES: Record<PythonReaderId, string> = { webvtt: 'python3-webvtt', srt: 'python3-srt', ttconv: 'python3-ttconv' };

/** Whether Debian's python can import the reader's module. */
export function hasPythonReader(reader: PythonReaderId): boolean {
  const check = spawnSync(PYTHON, ['-c', `import ${MODULES[reader]}`], { stdio: 'ignore' });
  return check.status === 0;
}

export const debianPackage = (reader: PythonReaderId): string => PACKAGES[reader];

/** "webvtt-py 0.4.6" */
export function pythonReaderVersion(reader: PythonReaderId): string {
  const script = `from importlib.metadata import version; print(version(${JSON.stringify(DISTRIBUTIONS[reader])}))`;
  const check = spawnSync(PYTHON, ['-c', script], { encoding: 'utf8' });
  return `${DISTRIBUTIONS[reader]} ${check.status === 0 ? check.stdout.trim() : '(version unknown)'}`;
}
