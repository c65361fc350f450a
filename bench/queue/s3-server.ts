import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { fork } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { makeS3Client, type S3Config } from '../../src/store/s3-config';
import { track } from './children';

export interface BenchS3 {
  config: S3Config;
  /** the variables a recap process reads for it */
  env: Record<string, string>;
  /** the s3rver process, for its CPU */
  pid: number;
  createBucket(name: string): Promise<void>;
  stop(): Promise<void>;
}

/** A private s3rver (any credentials do, but some must be given or the SDK goes looking). */
export async function startS3(): Promise<BenchS3> {
  const directory = mkdtempSync(path.join(tmpdir(), 'recap-bench-s3-'));
  const child = track(
    fork(path.join(__dirname, 's3rver-child.js'), [directory], {
      execArgv: [],
      env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --openssl-legacy-provider`.trim() },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    }),
  );
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('s3rver did not start within 20 s')), 20_000);
    child.once('message', (message: { ready?: number; failed?: string }) => {
      clearTimeout(timer);
      if (message.ready !== undefined) resolve(message.ready);
      else reject(new Error(`s3rver did not start: ${message.failed}`));
    });
    child.once('exit', (code) => reject(new Error(`s3rver exited with ${code}`)));
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const config: S3Config = { endpoint, region: 'us-east-1', credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }, forcePathStyle: true };
  const env = { S3_ENDPOINT: endpoint, S3_REGION: 'us-east-1', S3_FORCE_PATH_STYLE: 'true', AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' };
  return {
    config,
    env,
    pid: child.pid!,
    createBucket: async (name) => {
      const client = makeS3Client(config);
      try {
        await client.send(new CreateBucketCommand({ Bucket: name }));
      } finally {
        client.destroy();
      }
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
