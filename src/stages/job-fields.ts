import { z } from 'zod';
import { ManifestId } from '../model/manifest-fields';
import { assertBlobKey } from '../store/blob-key';
import { InvalidBlobKeyError } from '../store/blob-store';

/**
 * The fields of stage job payloads. A payload comes from a queue (anyone who can write to Redis),
 * so its ids and keys are checked before any of them becomes part of a store key.
 */

/** An event, recording or session id: a manifest id, so never '/', '..', ':' or empty. */
export const JobId = ManifestId;

/** Why `key` is not a safe store key (assertBlobKey's rules), or undefined when it is one. */
export function blobKeyProblem(key: string): string | undefined {
  try {
    assertBlobKey(key);
    return undefined;
  } catch (e) {
    if (e instanceof InvalidBlobKeyError) return e.problem;
    throw e;
  }
}

/** A store key that stays inside the store: relative, no empty, '.' or '..' segment. */
export const JobBlobKey = z.string().superRefine((key, ctx) => {
  const problem = blobKeyProblem(key);
  if (problem !== undefined) ctx.addIssue({ code: 'custom', message: `"${key}" is not a safe store key: ${problem}` });
});

/** A caption file's name as the user knows it: it goes into messages, one line each. */
export const JobFileName = z.string().superRefine((name, ctx) => {
  if (name === '') ctx.addIssue({ code: 'custom', message: 'must not be empty' });
  else if (/[\0\r\n]/.test(name)) ctx.addIssue({ code: 'custom', message: `${JSON.stringify(name)} holds a NUL or line-break character` });
});
