/**
 * docker-compose.yml and the Dockerfile, checked for the structure a queue-mode user relies on
 * (there is no Docker engine here to run them): the services and how they find each other, the
 * worker's configuration, ports bound to the loopback only, and an image build whose inputs exist.
 */
import { existsSync, readFileSync, readdirSync } from 'fs';
import path from 'path';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '../..');
const COMPOSE_TEXT = readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8');
const COMPOSE = record(parse(COMPOSE_TEXT, { merge: true }), 'docker-compose.yml');
const SERVICES = record(COMPOSE.services, 'services');

/** `recap worker --shutdown-timeout <s>`'s default: how long running jobs get after SIGTERM. */
const WORKER_SHUTDOWN_TIMEOUT_DEFAULT_S = 30;
/** The ports the images listen on unless their command says otherwise. */
const REDIS_PORT = 6379;
const MINIO_API_PORT = 9000;

type Rec = Record<string, unknown>;

function isRecord(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function record(v: unknown, what: string): Rec {
  if (!isRecord(v)) throw new Error(`${what}: expected a mapping, got ${JSON.stringify(v)}`);
  return v;
}

function service(name: string): Rec {
  return record(SERVICES[name], `services.${name}`);
}

/** A command/entrypoint as its argument list (compose accepts a list or a whitespace-split string). */
function args(v: unknown, what: string): string[] {
  if (typeof v === 'string') return v.trim().split(/\s+/);
  if (Array.isArray(v) && v.every((a) => typeof a === 'string' || typeof a === 'number')) return v.map(String);
  throw new Error(`${what}: expected a command, got ${JSON.stringify(v)}`);
}

function optionValue(argv: string[], flag: string): string | undefined {
  const i = argv.indexOf(flag);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** A service's environment as a map (compose accepts a map or a list of KEY=VALUE). */
function environment(svc: Rec): Record<string, string> {
  const env = svc.environment;
  if (env === undefined) return {};
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((entry) => {
        const s = String(entry);
        const eq = s.indexOf('=');
        return eq < 0 ? [s, ''] : [s.slice(0, eq), s.slice(eq + 1)];
      }),
    );
  }
  return Object.fromEntries(Object.entries(record(env, 'environment')).map(([k, v]) => [k, String(v)]));
}

/** depends_on as service name -> condition (the list form means service_started). */
function dependsOn(svc: Rec): Record<string, string> {
  const deps = svc.depends_on;
  if (deps === undefined) return {};
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((d) => [String(d), 'service_started']));
  return Object.fromEntries(
    Object.entries(record(deps, 'depends_on')).map(([name, spec]) => [
      name,
      isRecord(spec) && typeof spec.condition === 'string' ? spec.condition : 'service_started',
    ]),
  );
}

interface PortMapping {
  raw: string;
  hostIp: string | undefined;
  hostPort: number | undefined;
  containerPort: number;
}

function ports(svc: Rec): PortMapping[] {
  const list = svc.ports;
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new Error(`ports: expected a list, got ${JSON.stringify(list)}`);
  return list.map((p): PortMapping => {
    if (isRecord(p)) {
      return {
        raw: JSON.stringify(p),
        hostIp: typeof p.host_ip === 'string' ? p.host_ip : undefined,
        hostPort: p.published === undefined ? undefined : Number(p.published),
        containerPort: Number(p.target),
      };
    }
    const raw = String(p);
    const parts = raw.replace(/\/(tcp|udp)$/, '').split(':');
    const containerPort = Number(parts.pop());
    const hostPort = parts.length > 0 ? Number(parts.pop()) : undefined;
    const hostIp = parts.length > 0 ? parts.join(':') : undefined;
    return { raw, hostIp, hostPort, containerPort };
  });
}

interface VolumeMount {
  source: string | undefined;
  target: string;
  named: boolean;
}

function volumes(svc: Rec): VolumeMount[] {
  const list = svc.volumes;
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new Error(`volumes: expected a list, got ${JSON.stringify(list)}`);
  return list.map((v): VolumeMount => {
    if (isRecord(v)) {
      const source = typeof v.source === 'string' ? v.source : undefined;
      return { source, target: String(v.target), named: v.type === 'volume' && source !== undefined };
    }
    const parts = String(v).split(':');
    if (parts.length === 1) return { source: undefined, target: parts[0]!, named: false };
    const source = parts[0]!;
    return { source, target: parts[1]!, named: !/^[./~]/.test(source) };
  });
}

/** A compose duration ('45s', '1m30s', '500ms') in milliseconds. */
function durationMs(v: unknown): number {
  const text = String(v);
  const unitMs: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1, us: 0.001 };
  const re = /(\d+(?:\.\d+)?)(ms|us|h|m|s)/gy;
  let total = 0;
  let end = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    total += Number(m[1]) * unitMs[m[2]!]!;
    end = re.lastIndex;
  }
  if (end === 0 || end !== text.length) throw new Error(`not a duration: ${JSON.stringify(v)}`);
  return total;
}

function workerCommand(): string[] {
  return args(service('worker').command, 'worker.command');
}

/** The bucket of the worker's `--store s3://bucket/prefix`. */
function workerBucket(): string {
  const store = optionValue(workerCommand(), '--store');
  if (store === undefined) throw new Error('worker command has no --store');
  return new URL(store).hostname;
}

describe('docker-compose.yml', () => {
  test('durations parse as compose writes them, and nothing else does', () => {
    expect(durationMs('45s')).toBe(45_000);
    expect(durationMs('1m30s')).toBe(90_000);
    expect(durationMs('500ms')).toBe(500);
    expect(() => durationMs('45')).toThrow();
    expect(() => durationMs('45 s')).toThrow();
    expect(() => durationMs('')).toThrow();
  });

  test('defines redis, minio, the bucket job and the worker', () => {
    expect(Object.keys(SERVICES)).toEqual(expect.arrayContaining(['redis', 'minio', 'minio-bucket', 'worker']));
  });

  test('redis keeps every job: noeviction, append-only, on a declared volume at /data, with a healthcheck', () => {
    const redis = service('redis');
    const command = args(redis.command, 'redis.command');
    expect(optionValue(command, '--maxmemory-policy')).toBe('noeviction');
    expect(optionValue(command, '--appendonly')).toBe('yes');
    expect(record(redis.healthcheck, 'redis.healthcheck').test).toBeDefined();
    expect(record(redis.healthcheck, 'redis.healthcheck').disable).not.toBe(true);
    const data = volumes(redis).find((v) => v.target === '/data');
    expect(data).toMatchObject({ named: true });
    expect(Object.keys(record(COMPOSE.volumes, 'volumes'))).toContain(data!.source);
  });

  test('minio has a healthcheck and keeps its data on a named volume', () => {
    const minio = service('minio');
    expect(record(minio.healthcheck, 'minio.healthcheck').test).toBeDefined();
    expect(volumes(minio).find((v) => v.target === '/data')).toMatchObject({ named: true });
    expect(environment(minio).MINIO_ROOT_USER).toBeTruthy();
    expect(environment(minio).MINIO_ROOT_PASSWORD).toBeTruthy();
  });

  test("the bucket job waits for a healthy minio and creates the worker's bucket", () => {
    const job = service('minio-bucket');
    expect(dependsOn(job).minio).toBe('service_healthy');
    const script = args(job.entrypoint, 'minio-bucket.entrypoint').concat(job.command === undefined ? [] : args(job.command, 'minio-bucket.command')).join(' ');
    const made = [...script.matchAll(/\bmc mb\b(?:\s+--?[\w-]+)*\s+([\w.-]+)\/([\w.-]+)/g)].map((m) => m[2]);
    expect(made).toContain(workerBucket());
    // It logs in to the minio service as its root user.
    expect(script).toMatch(/mc alias set \S+ http:\/\/minio:9000\b/);
    const env = environment(job);
    const minio = environment(service('minio'));
    expect(env.MINIO_ROOT_USER).toBe(minio.MINIO_ROOT_USER);
    expect(env.MINIO_ROOT_PASSWORD).toBe(minio.MINIO_ROOT_PASSWORD);
  });

  test('the worker is built from the top-level Dockerfile and runs `recap worker --store s3://...`', () => {
    const build = service('worker').build;
    const context = isRecord(build) ? build.context : build;
    expect(context).toBe('.');
    const dockerfile = isRecord(build) && typeof build.dockerfile === 'string' ? build.dockerfile : 'Dockerfile';
    expect(existsSync(path.join(ROOT, String(context), dockerfile))).toBe(true);
    const command = workerCommand();
    expect(command[0]).toBe('worker');
    expect(optionValue(command, '--store')).toMatch(/^s3:\/\/[a-z0-9][a-z0-9.-]+\//);
  });

  test("the worker reaches redis and minio by service name on the ports they listen on", () => {
    const env = environment(service('worker'));
    const redisUrl = new URL(env.REDIS_URL ?? '');
    expect(redisUrl.protocol).toBe('redis:');
    expect(redisUrl.hostname).toBe('redis');
    expect(Number(redisUrl.port || REDIS_PORT)).toBe(Number(optionValue(args(service('redis').command, 'redis.command'), '--port') ?? REDIS_PORT));
    const s3 = new URL(env.S3_ENDPOINT ?? '');
    expect(s3.protocol).toBe('http:');
    expect(s3.hostname).toBe('minio');
    const minioAddress = optionValue(args(service('minio').command, 'minio.command'), '--address');
    expect(Number(s3.port)).toBe(minioAddress === undefined ? MINIO_API_PORT : Number(minioAddress.split(':').pop()));
    expect(Object.keys(SERVICES)).toEqual(expect.arrayContaining([redisUrl.hostname, s3.hostname]));
  });

  test("the worker's S3 credentials are MinIO's root user, with path-style requests and a region", () => {
    const env = environment(service('worker'));
    const minio = environment(service('minio'));
    expect(env.AWS_ACCESS_KEY_ID).toBe(minio.MINIO_ROOT_USER);
    expect(env.AWS_SECRET_ACCESS_KEY).toBe(minio.MINIO_ROOT_PASSWORD);
    expect(env.S3_FORCE_PATH_STYLE).toBe('true');
    expect(env.S3_REGION).toBe('us-east-1');
    expect(env.LOG_LEVEL).toBe('info');
  });

  test('the worker waits for a healthy redis and a created bucket', () => {
    expect(dependsOn(service('worker'))).toEqual({ redis: 'service_healthy', 'minio-bucket': 'service_completed_successfully' });
  });

  test('at least 2 workers, given more time to stop than their own shutdown deadline, restarted unless stopped', () => {
    const worker = service('worker');
    expect(Number(record(worker.deploy, 'worker.deploy').replicas)).toBeGreaterThanOrEqual(2);
    const shutdownTimeoutS = Number(optionValue(workerCommand(), '--shutdown-timeout') ?? WORKER_SHUTDOWN_TIMEOUT_DEFAULT_S);
    expect(durationMs(worker.stop_grace_period)).toBeGreaterThan(shutdownTimeoutS * 1000);
    expect(worker.restart).toBe('unless-stopped');
  });

  test('the server runs `recap serve` on the store the workers write, published on 127.0.0.1 at the port it listens on', () => {
    const server = service('server');
    const command = args(server.command, 'server.command');
    expect(command[0]).toBe('serve');
    expect(optionValue(command, '--store')).toBe(optionValue(workerCommand(), '--store'));
    // Inside its container it must listen beyond loopback, or the published port reaches nothing.
    expect(optionValue(command, '--host')).toBe('0.0.0.0');
    const port = optionValue(command, '--port') ?? '3000';
    expect(server.ports).toEqual([`127.0.0.1:${port}:${port}`]);
    expect(environment(server)).toEqual(environment(service('worker')));
    expect(server.depends_on).toEqual(service('worker').depends_on);
  });

  test('every depends_on names a defined service', () => {
    const missing = Object.entries(SERVICES).flatMap(([name, svc]) =>
      Object.keys(dependsOn(record(svc, name)))
        .filter((dep) => !(dep in SERVICES))
        .map((dep) => `${name} -> ${dep}`),
    );
    expect(missing).toEqual([]);
  });

  test('every published port binds to 127.0.0.1 only', () => {
    const published = Object.entries(SERVICES).flatMap(([name, svc]) => ports(record(svc, name)).map((p) => ({ name, ...p })));
    expect(published.length).toBeGreaterThan(0);
    // Short form '127.0.0.1:host:container', or the long form with host_ip.
    const open = published.filter((p) => p.hostIp !== '127.0.0.1' || !(p.raw.startsWith('127.0.0.1:') || p.raw.startsWith('{')));
    expect(open).toEqual([]);
  });

  test('every named volume a service mounts is declared', () => {
    const declared = Object.keys(isRecord(COMPOSE.volumes) ? COMPOSE.volumes : {});
    const undeclared = Object.entries(SERVICES).flatMap(([name, svc]) =>
      volumes(record(svc, name))
        .filter((v) => v.named && !declared.includes(v.source!))
        .map((v) => `${name}: ${v.source}`),
    );
    expect(undeclared).toEqual([]);
  });

  test("the header's enqueue command from the host matches the published ports, credentials and store", () => {
    const header = COMPOSE_TEXT.split('\n')
      .filter((line) => line.startsWith('#'))
      .join('\n');
    const value = (re: RegExp): string => {
      const m = re.exec(header);
      if (!m) throw new Error(`header lacks ${re}`);
      return m[1]!;
    };
    expect(header).toContain('docker compose up -d --build');
    expect(header).toContain('--scale worker=N');
    const publishes = (svc: string, url: URL, containerPort: number): boolean =>
      ports(service(svc)).some((p) => p.hostIp === url.hostname && p.hostPort === Number(url.port) && p.containerPort === containerPort);
    const redisUrl = new URL(value(/REDIS_URL=(\S+)/));
    expect(redisUrl.hostname).toBe('127.0.0.1');
    expect(publishes('redis', redisUrl, REDIS_PORT)).toBe(true);
    const s3 = new URL(value(/S3_ENDPOINT=(\S+)/));
    expect(s3.hostname).toBe('127.0.0.1');
    expect(publishes('minio', s3, MINIO_API_PORT)).toBe(true);
    const minio = environment(service('minio'));
    expect(value(/AWS_ACCESS_KEY_ID=(\S+)/)).toBe(minio.MINIO_ROOT_USER);
    expect(value(/AWS_SECRET_ACCESS_KEY=(\S+)/)).toBe(minio.MINIO_ROOT_PASSWORD);
    const enqueue = /npx recap enqueue (\S+)(.*)/.exec(header);
    expect(enqueue).not.toBeNull();
    expect(existsSync(path.join(ROOT, enqueue![1]!))).toBe(true);
    const enqueueArgs = enqueue![2]!.trim().split(/\s+/);
    expect(optionValue(enqueueArgs, '--store')).toBe(optionValue(workerCommand(), '--store'));
    expect(enqueueArgs).toContain('--wait');
  });
});

interface Instruction {
  keyword: string;
  rest: string;
}

interface Stage {
  from: string;
  name: string | undefined;
  instructions: Instruction[];
}

/** The Dockerfile's stages, continuation lines joined and comments dropped. */
function dockerStages(text: string): Stage[] {
  const logical: string[] = [];
  let pending = '';
  for (const line of text.split('\n')) {
    if (/^\s*#/.test(line)) continue;
    const joined = pending + line;
    if (/\\\s*$/.test(joined)) {
      pending = joined.replace(/\\\s*$/, ' ');
      continue;
    }
    pending = '';
    if (joined.trim() !== '') logical.push(joined.trim());
  }
  if (pending.trim() !== '') logical.push(pending.trim());
  const stages: Stage[] = [];
  for (const line of logical) {
    const m = /^(\S+)\s*(.*)$/.exec(line)!;
    const keyword = m[1]!.toUpperCase();
    const rest = m[2]!;
    if (keyword === 'FROM') {
      const from = /^(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?\s*$/i.exec(rest);
      if (!from) throw new Error(`unreadable FROM: ${line}`);
      stages.push({ from: from[1]!, name: from[2], instructions: [] });
    } else if (stages.length === 0) {
      if (keyword !== 'ARG') throw new Error(`${keyword} before the first FROM`);
    } else {
      stages[stages.length - 1]!.instructions.push({ keyword, rest });
    }
  }
  return stages;
}

interface Copy {
  from: string | undefined;
  sources: string[];
  dest: string;
}

function copies(stage: Stage): Copy[] {
  return stage.instructions
    .filter((i) => i.keyword === 'COPY' || i.keyword === 'ADD')
    .map((i): Copy => {
      const tokens = i.rest.split(/\s+/);
      const flags = tokens.filter((t) => t.startsWith('--'));
      const operands = tokens.filter((t) => !t.startsWith('--')).join(' ');
      const paths: string[] = operands.startsWith('[') ? (JSON.parse(operands) as string[]) : operands.split(' ');
      const from = flags.find((f) => f.startsWith('--from='))?.slice('--from='.length);
      return { from, sources: paths.slice(0, -1), dest: paths[paths.length - 1]! };
    });
}

/** The repository paths a COPY source names (a `*` in its last segment expanded). */
function expand(source: string): string[] {
  const rel = path.posix.normalize(source.replace(/^\.\//, '')).replace(/\/$/, '');
  if (!rel.includes('*') && !rel.includes('?')) return existsSync(path.join(ROOT, rel)) ? [rel] : [];
  const dir = path.posix.dirname(rel);
  const re = globRegExp(path.posix.basename(rel));
  return existsSync(path.join(ROOT, dir)) ? readdirSync(path.join(ROOT, dir)).filter((f) => re.test(f)).map((f) => path.posix.join(dir, f)) : [];
}

function globRegExp(glob: string): RegExp {
  const body = glob
    .split(/(\*\*|\*|\?)/)
    .map((part) => (part === '**' ? '.*' : part === '*' ? '[^/]*' : part === '?' ? '[^/]' : part.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`);
}

/** Whether .dockerignore keeps `rel` (or a folder holding it) out of the build context. */
function dockerignored(rel: string, patterns: string[]): boolean {
  const segments = rel.split('/');
  const candidates = segments.map((_, i) => segments.slice(0, i + 1).join('/'));
  return patterns.some((p) => candidates.some((c) => globRegExp(p).test(c)));
}

describe('Dockerfile', () => {
  const text = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
  const stages = dockerStages(text);
  const runtime = stages[stages.length - 1]!;
  const build = stages.find((s) => s.name !== undefined && s !== runtime && runtime.instructions.some((i) => i.keyword === 'COPY' && i.rest.includes(`--from=${s.name}`)));

  test('two stages on node:20-bookworm-slim: a build stage the runtime stage copies from', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(stages.map((s) => s.from)).toEqual(stages.map(() => 'node:20-bookworm-slim'));
    expect(build).toBeDefined();
    expect(build!.instructions.some((i) => i.keyword === 'RUN' && /\bnpm run build\b/.test(i.rest))).toBe(true);
  });

  test("the runtime stage runs bin/recap.js as the node user, from the build stage's dist/", () => {
    const entrypoints = runtime.instructions.filter((i) => i.keyword === 'ENTRYPOINT');
    expect(entrypoints.length).toBeGreaterThan(0);
    expect(JSON.parse(entrypoints[entrypoints.length - 1]!.rest)).toEqual(['node', 'bin/recap.js']);
    const users = runtime.instructions.filter((i) => i.keyword === 'USER');
    expect(users[users.length - 1]?.rest).toBe('node');
    const runtimeCopies = copies(runtime);
    expect(runtimeCopies.some((c) => c.from === build?.name && c.sources.some((s) => /(^|\/)dist\/?$/.test(s)))).toBe(true);
    expect(runtimeCopies.some((c) => c.from === build?.name && c.sources.some((s) => /(^|\/)node_modules\/?$/.test(s)))).toBe(true);
    const fromContext = runtimeCopies.filter((c) => c.from === undefined).flatMap((c) => c.sources.flatMap(expand));
    expect(fromContext).toEqual(expect.arrayContaining(['bin/recap.js', 'package.json']));
    // The runtime stage installs nothing that needs the compiler: no dev dependencies, no build.
    expect(runtime.instructions.filter((i) => i.keyword === 'RUN' && /\bnpm (run build|install|ci)\b/.test(i.rest) && !/--omit=dev/.test(i.rest))).toEqual([]);
  });

  test('every file the Dockerfile copies from the context exists and is not in .dockerignore', () => {
    const ignorePatterns = readFileSync(path.join(ROOT, '.dockerignore'), 'utf8')
      .split('\n')
      .map((l) => l.trim().replace(/^\//, '').replace(/\/$/, ''))
      .filter((l) => l !== '' && !l.startsWith('#') && !l.startsWith('!'));
    const sources = stages.flatMap((s) => copies(s).filter((c) => c.from === undefined).flatMap((c) => c.sources));
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.filter((s) => expand(s).length === 0)).toEqual([]);
    const copied = sources.flatMap(expand);
    expect(copied.filter((rel) => dockerignored(rel, ignorePatterns))).toEqual([]);
    expect(dockerignored('node_modules/x', ignorePatterns)).toBe(true);
    expect(dockerignored('dist/src/cli/main.js', ignorePatterns)).toBe(true);
  });

  test('the build stage copies everything the build compiles: package*.json, tsconfig*.json and the included folders', () => {
    const copied = copies(build!)
      .filter((c) => c.from === undefined)
      .flatMap((c) => c.sources.flatMap(expand));
    const buildConfig = JSON.parse(readFileSync(path.join(ROOT, 'tsconfig.build.json'), 'utf8')) as { extends?: string; include?: string[] };
    const needed = ['package.json', 'package-lock.json', 'tsconfig.build.json', ...(buildConfig.extends ? [path.posix.normalize(buildConfig.extends)] : []), ...(buildConfig.include ?? [])];
    expect(buildConfig.include).toEqual(expect.arrayContaining(['src', 'workers', 'pipelines', 'types']));
    expect(needed.filter((n) => !copied.includes(n))).toEqual([]);
  });
});
