import { execFileSync } from 'child_process';
import { closeSync, copyFileSync, existsSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { readCliConfig, type CliConfig } from '../../src/cli/cli-config';
import type { CliIo } from '../../src/cli/io';
import { loadManifestFile } from '../../src/cli/load-manifest';
import { readCaptionInputs } from '../../src/cli/read-caption-inputs';
import { runCli } from '../../src/cli/main';
import { ingestCaptions } from '../../src/formats/ingest';
import { ManifestError, UsageError } from '../../src/model/errors';
import { stripInvisibleCharacters } from '../../src/model/invisible-characters';
import { DEFAULT_LIMITS, parseLimits } from '../../src/model/limits';
import { parseManifest } from '../../src/model/manifest-parse';
import { buildServer } from '../../src/server/build-server';
import { contentTypeOf } from '../../src/store/content-types';
import { FsBlobStore } from '../../src/store/fs-store';
import { makeS3Client } from '../../src/store/s3-config';
import { S3BlobStore } from '../../src/store/s3-store';
import type { S3Client } from '@aws-sdk/client-s3';
import { useS3ForTests, type TestS3 } from '../helpers/s3-server';

/**
 * Issue 10, items 1, 2 and 6 (manifest part): what a hostile manifest author can make recap read,
 * store and publish. Each test runs the attack through `recap process`.
 */

const CAPTIONS = path.resolve(__dirname, '../../fixtures/captions/forum-opening.vtt');
const MIB = 1024 * 1024;

function manifest(captions: string): string {
  return ['id: attack', 'title: Attack', 'sessions:', '  - { id: a, title: A, start: "2021-04-23T11:30:00Z" }', 'recordings:', '  - id: main', `    captions: ${JSON.stringify(captions)}`, ''].join('\n');
}

/** A temp folder with event/event.yaml (its captions field as given) and an empty store folder beside it. */
function makeEvent(captions: string): { root: string; event: string; store: string; manifestFile: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'recap-inputs-'));
  const event = path.join(root, 'event');
  mkdirSync(event);
  const manifestFile = path.join(event, 'event.yaml');
  writeFileSync(manifestFile, manifest(captions));
  return { root, event, store: path.join(root, 'store'), manifestFile };
}

async function run(argv: string[], config: CliConfig = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (s) => void (out += s), err: (s) => void (err += s), isTty: false };
  const code = await runCli(argv, io, config);
  return { code, out, err };
}

/** Every file a store folder holds (none when the folder was never made). */
function storedFiles(store: string): string[] {
  if (!existsSync(store)) return [];
  return readdirSync(store, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(store, path.join(e.parentPath, e.name)));
}

/** The captions field is line 7 of the manifest written by `manifest()`. */
const CAPTIONS_LINE = 7;

async function expectRefused(captions: string, setup: (event: string, root: string) => void = () => {}, config: CliConfig = {}): Promise<string> {
  const { root, event, store, manifestFile } = makeEvent(captions);
  setup(event, root);
  const r = await run(['process', event, '--out', store], config);
  expect(r.code).toBe(1);
  expect(r.err).toContain(`${manifestFile}:${CAPTIONS_LINE}: recordings[0].captions:`);
  expect(storedFiles(store)).toEqual([]);
  return r.err;
}

describe('a manifest reads captions only from its own folder (issue 10, item 1)', () => {
  it.each(['/etc/passwd', '/proc/self/environ', '/dev/zero'])('refuses the absolute path %s, naming the field and its line, storing nothing', async (file) => {
    const err = await expectRefused(file);
    expect(err).toContain('is outside the manifest\'s folder');
  });

  it('refuses ../ out of the manifest\'s folder, even to a real caption file', async () => {
    await expectRefused('../outside.vtt', (_event, root) => copyFileSync(CAPTIONS, path.join(root, 'outside.vtt')));
  });

  it('refuses a symlink to a file outside', async () => {
    const err = await expectRefused('main.vtt', (event) => symlinkSync('/etc/passwd', path.join(event, 'main.vtt')));
    expect(err).toContain('symbolic link');
  });

  it('refuses a symlinked folder that leads outside', async () => {
    const err = await expectRefused('linked/outside.vtt', (event, root) => {
      mkdirSync(path.join(root, 'elsewhere'));
      copyFileSync(CAPTIONS, path.join(root, 'elsewhere', 'outside.vtt'));
      symlinkSync(path.join(root, 'elsewhere'), path.join(event, 'linked'));
    });
    expect(err).toContain('through a symbolic link');
  });

  it('refuses a FIFO in the folder at once instead of hanging', async () => {
    const err = await expectRefused('main.vtt', (event) => execFileSync('mkfifo', [path.join(event, 'main.vtt')]));
    expect(err).toContain('not a regular file');
  });

  it('refuses a folder named as captions', async () => {
    await expectRefused('captions', (event) => mkdirSync(path.join(event, 'captions')));
  });

  it.each(['s3://another-bucket/key.vtt', 's3://store-bucket/other-prefix/key.vtt', 's3://store-bucket/recap/../other/key.vtt', 's3://store-bucket/recap/a\\b.vtt', 's3://store-bucket/recap/x.recap-tmp'])(
    'refuses %s: S3 objects only under the store\'s own bucket and prefix, checked before any request',
    async (url) => {
      const { event, manifestFile } = makeEvent(url);
      const r = await run(['process', event, '--out', 's3://store-bucket/recap'], { s3Env: { S3_ENDPOINT: 'http://127.0.0.1:9', S3_REGION: 'us-east-1' } });
      expect(r.code).toBe(1);
      expect(r.err).toContain(`${manifestFile}:${CAPTIONS_LINE}: recordings[0].captions:`);
    },
  );

  it('reads captions from a folder the operator allows with RECAP_CAPTION_ROOTS', async () => {
    const shared = mkdtempSync(path.join(tmpdir(), 'recap-roots-'));
    copyFileSync(CAPTIONS, path.join(shared, 'main.vtt'));
    await expectRefused(path.join(shared, 'main.vtt'));
    const { event, store } = makeEvent(path.join(shared, 'main.vtt'));
    const r = await run(['process', event, '--out', store], readCliConfig({ RECAP_CAPTION_ROOTS: shared }));
    expect(r.err).not.toContain('outside');
    expect(r.code).toBe(0);
    expect(storedFiles(store)).toContain(path.join('events', 'attack', 'recordings', 'main', 'source.caption'));
  });

  it('refuses a relative RECAP_CAPTION_ROOTS entry', () => {
    expect(() => readCliConfig({ RECAP_CAPTION_ROOTS: 'relative/folder' })).toThrow(UsageError);
  });

  it('reads RECAP_CAPTION_ROOTS as a list like PATH, where an s3:// root is one entry', () => {
    expect(readCliConfig({ RECAP_CAPTION_ROOTS: '/srv/captions:s3://bucket/other:/media/cart' }).captionRoots).toEqual(['/srv/captions', 's3://bucket/other', '/media/cart']);
  });
});

describe('size limits, checked before reading (issue 10, item 6)', () => {
  /** A sparse file of `bytes`: its size costs no disk, and reading it would cost the time and memory the limit prevents. */
  function sparse(file: string, bytes: number): void {
    const fd = openSync(file, 'w');
    ftruncateSync(fd, bytes);
    closeSync(fd);
  }

  it('refuses a caption file over RECAP_MAX_CAPTION_BYTES without reading it', async () => {
    const { event, store, manifestFile } = makeEvent('main.vtt');
    sparse(path.join(event, 'main.vtt'), DEFAULT_LIMITS.maxCaptionBytes + 1);
    const started = Date.now();
    const r = await run(['process', event, '--out', store]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `recap: ${manifestFile}:${CAPTIONS_LINE}: recordings[0].captions: "main.vtt" is ${DEFAULT_LIMITS.maxCaptionBytes + 1} bytes, over the limit of ${DEFAULT_LIMITS.maxCaptionBytes} bytes (RECAP_MAX_CAPTION_BYTES)\n`,
    );
    expect(Date.now() - started).toBeLessThan(2000);
    expect(storedFiles(store)).toEqual([]);
  });

  it('applies a configured caption limit', async () => {
    const { event, store } = makeEvent('main.vtt');
    copyFileSync(CAPTIONS, path.join(event, 'main.vtt'));
    const r = await run(['process', event, '--out', store], readCliConfig({ RECAP_MAX_CAPTION_BYTES: '100' }));
    expect(r.code).toBe(1);
    expect(r.err).toContain('over the limit of 100 bytes');
  });

  it('applies the caption limit to files named on the command line: a sparse file unread, /dev/zero read only up to the limit', async () => {
    const { event } = makeEvent('main.vtt');
    const big = path.join(event, 'big.vtt');
    sparse(big, DEFAULT_LIMITS.maxCaptionBytes + 1);
    for (const command of ['parse', 'check', 'convert']) {
      const r = await run(command === 'convert' ? [command, big, path.join(event, 'out.srt')] : [command, big]);
      expect({ code: r.code, err: r.err }).toEqual({ code: 1, err: `recap: ${big}: is ${DEFAULT_LIMITS.maxCaptionBytes + 1} bytes, over the limit of ${DEFAULT_LIMITS.maxCaptionBytes} bytes (RECAP_MAX_CAPTION_BYTES)\n` });
    }
    const zero = await run(['parse', '/dev/zero'], readCliConfig({ RECAP_MAX_CAPTION_BYTES: String(MIB) }));
    expect(zero).toEqual({ code: 1, out: '', err: `recap: /dev/zero: is over the limit of ${MIB} bytes (RECAP_MAX_CAPTION_BYTES)\n` });
  });

  it('refuses a 108 MB manifest before parsing it', async () => {
    const { event, store, manifestFile } = makeEvent('main.vtt');
    sparse(manifestFile, 108 * 1000 * 1000);
    const started = Date.now();
    const r = await run(['process', event, '--out', store]);
    expect(r).toEqual({ code: 1, out: '', err: `recap: ${manifestFile}: is 108000000 bytes, over the limit of ${MIB} bytes (RECAP_MAX_MANIFEST_BYTES)\n` });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a bad limit in the environment is a usage error (exit 2) naming the variable, not an internal error', async () => {
    const saved = process.env.RECAP_MAX_MANIFEST_BYTES;
    process.env.RECAP_MAX_MANIFEST_BYTES = '1MB';
    try {
      let err = '';
      const code = await runCli(['--version'], { out: () => {}, err: (s) => void (err += s), isTty: false });
      expect({ code, err }).toEqual({ code: 2, err: 'recap: RECAP_MAX_MANIFEST_BYTES="1MB": must be a positive whole number (digits only)\n' });
    } finally {
      if (saved === undefined) delete process.env.RECAP_MAX_MANIFEST_BYTES;
      else process.env.RECAP_MAX_MANIFEST_BYTES = saved;
    }
  });

  it('reads the limits from the environment, refusing what is not a positive whole number', () => {
    expect(parseLimits({})).toEqual({ maxManifestBytes: MIB, maxCaptionBytes: 64 * MIB, maxCues: 2_000_000, maxCueChars: 100_000 });
    expect(parseLimits({ RECAP_MAX_MANIFEST_BYTES: '2048', RECAP_MAX_CUES: '' })).toMatchObject({ maxManifestBytes: 2048, maxCues: 2_000_000 });
    for (const bad of ['0', '-1', '1e9', '12MB', '0x10']) expect(() => parseLimits({ RECAP_MAX_CAPTION_BYTES: bad })).toThrow(/RECAP_MAX_CAPTION_BYTES/);
  });
});

describe('a raw caption file never becomes a page (issue 10, item 2)', () => {
  const PAGE = '<html><head><meta http-equiv="refresh" content="0;url=https://attacker.example/"></head><body><script>alert(1)</script></body></html>';

  it('stores main.html as source.caption and serves it as a plain-text download', async () => {
    const { event, store } = makeEvent('main.html');
    writeFileSync(path.join(event, 'main.html'), PAGE);
    await run(['process', event, '--out', store]);
    const key = 'events/attack/recordings/main/source.caption';
    expect(storedFiles(store)).toContain(path.join(...key.split('/')));
    expect(storedFiles(store).some((f) => f.endsWith('.html'))).toBe(false);
    const app = await buildServer({ store: new FsBlobStore(store) });
    try {
      const res = await app.inject({ method: 'GET', url: `/${key}` });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(res.headers['content-disposition']).toBe('attachment');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.body).toBe(PAGE);
    } finally {
      await app.close();
    }
  });

  it('labels raw sources of older stores (source.html, source.svg) as plain text too', () => {
    expect(contentTypeOf('events/e/recordings/main/source.html')).toBe('text/plain; charset=utf-8');
    expect(contentTypeOf('events/e/recordings/main/source.svg')).toBe('text/plain; charset=utf-8');
    expect(contentTypeOf('events/e/index.html')).toBe('text/html; charset=utf-8');
    // recap's own script files are served as scripts (module scripts need it); a raw source named .js never is
    expect(contentTypeOf('events/e/interactive-transcript.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('events/e/recordings/main/source.js')).toBe('text/plain; charset=utf-8');
  });

  it('uploads to S3 with the same content type, so a bucket served as a website does not render it', async () => {
    const sent: { ContentType?: string; ContentDisposition?: string; Key?: string }[] = [];
    const client = { send: async (command: { input: (typeof sent)[number] }) => void sent.push(command.input) } as unknown as S3Client;
    const store = new S3BlobStore(client, 'bucket', 'recap');
    await store.put('events/e/recordings/main/source.caption', PAGE);
    await store.put('events/e/index.html', '<!DOCTYPE html>');
    expect(sent.map(({ Key, ContentType, ContentDisposition }) => ({ Key, ContentType, ContentDisposition }))).toEqual([
      { Key: 'recap/events/e/recordings/main/source.caption', ContentType: 'text/plain; charset=utf-8', ContentDisposition: 'attachment' },
      { Key: 'recap/events/e/index.html', ContentType: 'text/html; charset=utf-8', ContentDisposition: undefined },
    ]);
  });
});

describe('names and titles cannot be disguised with invisible characters (issue 10, item 10)', () => {
  const EVENT = (name: string, title: string) =>
    ['id: e', `title: ${JSON.stringify(title)}`, 'sessions:', `  - { id: a, title: ${JSON.stringify(title)}, start: "2021-04-23T11:30:00Z", people: [{ name: ${JSON.stringify(name)}, affiliation: "I\\u200BTU" }] }`, 'recordings: [{ id: main, captions: c.vtt }]'].join('\n');

  it('removes bidi overrides and zero-width characters from people, session and event titles in the manifest', () => {
    const m = parseManifest(EVENT('Ann\u202Eevil\u202C Smith', 'Key\u200Bnote\u2066'), 'event.yaml');
    expect(m.title).toBe('Keynote');
    expect(m.sessions[0]!.title).toBe('Keynote');
    expect(m.sessions[0]!.people![0]).toEqual({ name: 'Annevil Smith', affiliation: 'ITU' });
  });

  it('refuses a name made only of invisible characters, naming its line', () => {
    expect(() => parseManifest(EVENT('\u200B\u202E', 'Keynote'), 'event.yaml')).toThrow('event.yaml:4: sessions[0].people[0].name: must not be empty');
  });

  it('keeps the joiners that Persian words and emoji need, drops those between Latin letters', () => {
    expect(stripInvisibleCharacters('می\u200Cخواهم')).toBe('می\u200Cخواهم');
    expect(stripInvisibleCharacters('👩\u200D💻')).toBe('👩\u200D💻');
    expect(stripInvisibleCharacters('Ad\u200Dmin A\u200Cnn')).toBe('Admin Ann');
    expect(stripInvisibleCharacters('\u061C\u200E\u200F\uFEFFAnn\u00AD\u{E0041}')).toBe('Ann');
  });

  it('removes them from speaker names read from captions (WebVTT voices)', () => {
    const vtt = 'WEBVTT\n\n00:00.000 --> 00:02.000\n<v Ann\u202Eevil\u200B>Hello there.\n\n00:02.000 --> 00:04.000\n<v Ann\u202Eevil>Still me.\n';
    const track = ingestCaptions(Buffer.from(vtt), { fileName: 'main.vtt' });
    expect(track.cues.map((c) => c.speaker)).toEqual(['Annevil', 'Annevil']);
  });

  it('removes them from speaker labels in the text (">> NAME:", "First Last:")', () => {
    const vtt = 'WEBVTT\n\n00:00.000 --> 00:02.000\n>> Ann\u3164: Hello there.\n\n00:02.000 --> 00:04.000\n>> BOB: Yes.\n\n00:04.000 --> 00:06.000\nAnn Lee\u3164: Again.\n';
    const track = ingestCaptions(Buffer.from(vtt), { fileName: 'main.vtt' });
    expect(track.cues.map((c) => c.speaker)).toEqual(['Ann', 'BOB', 'Ann Lee']);
  });
});

describe('S3 captions under the store\'s own prefix (issue 10, item 1), against a local S3', () => {
  let s3: TestS3;
  let config: CliConfig;
  beforeAll(async () => {
    s3 = await useS3ForTests();
    const { endpoint, region, credentials } = s3.config;
    config = { s3Env: { S3_ENDPOINT: endpoint!, S3_REGION: region, AWS_ACCESS_KEY_ID: credentials!.accessKeyId, AWS_SECRET_ACCESS_KEY: credentials!.secretAccessKey } };
    const store = new S3BlobStore(makeS3Client(s3.config), s3.bucket, '');
    await store.put('recap/inputs/main.vtt', readFileSync(CAPTIONS));
    await store.put('other/main.vtt', readFileSync(CAPTIONS));
    await store.close();
  }, 60_000);
  afterAll(() => s3?.stop());

  const read = (key: string, extra: Partial<CliConfig> = {}) => readCaptionInputs(loadManifestFile(makeEvent(`s3://${s3.bucket}/${key}`).event), { ...config, ...extra }, `s3://${s3.bucket}/recap`);

  it('reads an object under the store\'s prefix', async () => {
    const [input] = await read('recap/inputs/main.vtt');
    expect(Buffer.from(input!.bytes).equals(readFileSync(CAPTIONS))).toBe(true);
  });

  it('refuses an object over the size limit from its HeadObject size, before fetching it', async () => {
    await expect(read('recap/inputs/main.vtt', { limits: { ...DEFAULT_LIMITS, maxCaptionBytes: 100 } })).rejects.toThrow(
      `is ${statSync(CAPTIONS).size} bytes, over the limit of 100 bytes (RECAP_MAX_CAPTION_BYTES)`,
    );
  });

  it('refuses another prefix of the same bucket unless RECAP_CAPTION_ROOTS names it', async () => {
    await expect(read('other/main.vtt')).rejects.toThrow(ManifestError);
    const [input] = await read('other/main.vtt', { captionRoots: [`s3://${s3.bucket}/other`] });
    expect(input!.bytes.length).toBe(statSync(CAPTIONS).size);
  });
});
