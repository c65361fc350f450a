import { CreateBucketCommand, DeleteBucketCommand, DeleteObjectsCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { fork, type ChildProcess } from 'child_process';
import { randomBytes } from 'crypto';
import { mkdtempSync, rmSync } from 'fs';
import type { Socket } from 'net';
import { tmpdir } from 'os';
import path from 'path';
import { makeS3Client, readS3Config, type S3Config } from '../../src/store/s3-config';

/** A private s3rver in a child process. */
export interface S3Server {
  /** http://127.0.0.1:<port> */
  endpoint: string;
  port: number;
  /** where s3rver keeps its buckets; kept across restart() */
  directory: string;
  /** Stops the server (graceful SIGTERM); its data stays for restart(). */
  stop(): Promise<void>;
  /** Stops it if running and starts it again on the same port and directory, data kept. */
  restart(): Promise<void>;
  /** SIGKILL at once, as a crash would. */
  kill(): void;
}

const CHILD_SCRIPT = path.join(__dirname, 's3rver-child.js');
const READY_TIMEOUT_MS = 20_000;

const liveChildren = new Set<ChildProcess>();
const ownDirectories = new Set<string>();
let exitHookInstalled = false;

/** Outside Jest: on exit, no server is left running and no temporary folder behind, whatever the caller forgot. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of liveChildren) child.kill('SIGKILL');
    for (const directory of ownDirectories) rmSync(directory, { recursive: true, force: true });
  });
}

async function cleanUp(): Promise<void> {
  await Promise.all([...liveChildren].map(stopChild));
  for (const directory of ownDirectories) rmSync(directory, { recursive: true, force: true });
  ownDirectories.clear();
}

// Jest hands each test file a copy of `process` whose 'exit' never fires, so under Jest the
// cleanup runs once the importing file's tests are done.
if (typeof afterAll === 'function') afterAll(cleanUp);

/** Starts the child and waits for its "ready"; port 0 lets the OS pick a free port, so two test files never race for one. */
function launch(directory: string, port: number): Promise<{ child: ChildProcess; port: number }> {
  installExitHook();
  const child = fork(CHILD_SCRIPT, [directory, String(port)], {
    execArgv: [],
    env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --openssl-legacy-provider`.trim() },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  liveChildren.add(child);
  child.once('exit', () => liveChildren.delete(child));
  return new Promise((resolve, reject) => {
    let stderr = '';
    let settled = false;
    const collect = (chunk: Buffer): void => {
      stderr += chunk.toString('utf8');
    };
    child.stderr?.on('data', collect);
    const settle = (outcome: { port: number } | { failure: string }): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if ('failure' in outcome) {
        child.kill('SIGKILL');
        reject(new Error(`s3rver did not start on port ${port} in ${directory}: ${outcome.failure}${stderr ? `\n${stderr}` : ''}`));
        return;
      }
      // A server a test forgot to stop must not keep the test process alive; the exit hook kills it.
      child.stderr?.off('data', collect);
      child.stderr?.resume();
      (child.stderr as Socket | null)?.unref();
      child.channel?.unref();
      child.unref();
      resolve({ child, port: outcome.port });
    };
    const timer = setTimeout(() => settle({ failure: `no answer within ${READY_TIMEOUT_MS} ms` }), READY_TIMEOUT_MS);
    child.on('message', (message: { ready?: number; failed?: string }) => {
      settle(message.ready !== undefined ? { port: message.ready } : { failure: message.failed ?? JSON.stringify(message) });
    });
    child.once('error', (e) => settle({ failure: e.message }));
    child.once('exit', (code, signal) => settle({ failure: `it exited (${signal ?? `code ${code}`})` }));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    // Unreferenced since it started: without this, a script with nothing else to do would end before the 'exit' event.
    child.ref();
    child.kill('SIGTERM');
  });
}

export async function startS3Server(options: { directory?: string; port?: number } = {}): Promise<S3Server> {
  let directory = options.directory;
  if (directory === undefined) {
    directory = mkdtempSync(path.join(tmpdir(), 'recap-s3rver-'));
    ownDirectories.add(directory);
  }
  const started = await launch(directory, options.port ?? 0);
  let current: ChildProcess | undefined = started.child;
  const server: S3Server = {
    endpoint: `http://127.0.0.1:${started.port}`,
    port: started.port,
    directory,
    async stop() {
      const child = current;
      current = undefined;
      if (child !== undefined) await stopChild(child);
    },
    async restart() {
      await server.stop();
      current = (await launch(server.directory, server.port)).child;
    },
    kill() {
      current?.kill('SIGKILL');
      current = undefined;
    },
  };
  return server;
}

/** Client settings for a local s3rver: any credentials do, but some must be given or the SDK goes looking. */
export function testS3Config(endpoint: string): S3Config {
  return { endpoint, region: 'us-east-1', credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }, forcePathStyle: true };
}

export async function createBucket(config: S3Config, name: string): Promise<void> {
  const client = makeS3Client(config);
  try {
    await client.send(new CreateBucketCommand({ Bucket: name }));
  } finally {
    client.destroy();
  }
}

/** Empties and deletes a bucket a test made on a shared server. */
async function removeBucket(config: S3Config, name: string): Promise<void> {
  const client = makeS3Client(config);
  try {
    let page;
    do {
      page = await client.send(new ListObjectsV2Command({ Bucket: name }));
      const objects = (page.Contents ?? []).flatMap((o) => (o.Key !== undefined ? [{ Key: o.Key }] : []));
      if (objects.length > 0) await client.send(new DeleteObjectsCommand({ Bucket: name, Delete: { Objects: objects, Quiet: true } }));
    } while (page.IsTruncated === true);
    await client.send(new DeleteBucketCommand({ Bucket: name }));
  } finally {
    client.destroy();
  }
}

export interface TestS3 {
  config: S3Config;
  /** a bucket of its own, made for this test file */
  bucket: string;
  /** stops the private server, or removes the bucket from the shared one */
  stop(): Promise<void>;
}

/**
 * An S3 for a test file: the server S3_ENDPOINT names (MinIO, say) when the environment sets it,
 * else a private s3rver; either way a new bucket with a unique name.
 */
export async function useS3ForTests(): Promise<TestS3> {
  const bucket = `recap-test-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
  if (process.env.S3_ENDPOINT) {
    const config = readS3Config(process.env);
    await createBucket(config, bucket);
    return { config, bucket, stop: () => removeBucket(config, bucket) };
  }
  const server = await startS3Server();
  const config = testS3Config(server.endpoint);
  await createBucket(config, bucket);
  return { config, bucket, stop: () => server.stop() };
}
