import type { FastifyInstance, FastifyReply } from 'fastify';
import { EVENTS_ROOT, isSiteKey, SEARCH_BUNDLE_PREFIX, SITE_HOME_KEY, SITE_SCRIPTS_PREFIX, SITE_SEARCH_KEY } from '../model/event-layout';
import { BlobNotFoundError, InvalidBlobKeyError, type BlobStore } from '../store/blob-store';
import { assertBlobKey } from '../store/blob-key';
import { contentDispositionOf, contentTypeOf } from '../store/content-types';
import { renderMessagePage } from './html';

/** Only the published events are served; manifests of other folders, stamps of nothing else. */
const SERVED_ROOT = EVENTS_ROOT;

/**
 * Longest name segment, in UTF-8 bytes, a store can hold (a file name's limit on most file
 * systems; S3 keys stop at 1,024 bytes). A longer one names nothing: a 404, never a store error.
 */
const MAX_SEGMENT_BYTES = 255;
const MAX_KEY_BYTES = 1024;

function tooLong(key: string): boolean {
  return Buffer.byteLength(key) > MAX_KEY_BYTES || key.split('/').some((segment) => Buffer.byteLength(segment) > MAX_SEGMENT_BYTES);
}

export function sendNotFound(reply: FastifyReply): FastifyReply {
  return reply.code(404).type('text/html; charset=utf-8').send(renderMessagePage('Not found', 'There is no page at this address.'));
}

/**
 * The store key a request path names, or undefined when it names none: a path ending in '/' is
 * that folder's index.html (the event page is /events/<id>/). The path arrives decoded, so
 * "%2e%2e" and "%2F" are plain '..' and '/' here, and assertBlobKey refuses '..', '.' and empty
 * segments: no key leaves events/.
 */
export function keyOfPath(rest: string): string | undefined {
  return servableKey(`${SERVED_ROOT}${rest.endsWith('/') || rest === '' ? `${rest}index.html` : rest}`);
}

/** The key itself when a store can hold it (not too long, no '..', '.' or empty segment), else undefined. */
function servableKey(key: string): string | undefined {
  if (tooLong(key)) return undefined;
  try {
    assertBlobKey(key);
  } catch (e) {
    if (e instanceof InvalidBlobKeyError) return undefined;
    throw e;
  }
  return key;
}

/** The path the server serves a store key (or a folder's prefix) at: keyOfPath's inverse. */
export function pathOfKey(key: string): string {
  return `/${key.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * "/events/<id>" -> "/events/<id>/" when that folder has a page, so the page's relative links
 * resolve; a session's folder of a store written before its index.html existed -> its transcript page.
 */
async function folderRedirect(store: BlobStore, key: string): Promise<string | undefined> {
  if (key.endsWith('/index.html')) {
    const transcript = `${key.slice(0, -'index.html'.length)}transcript.html`;
    return /^events\/[^/]+\/sessions\/[^/]+\/transcript\.html$/.test(transcript) && (await store.exists(transcript)) ? pathOfKey(transcript) : undefined;
  }
  const name = key.slice(key.lastIndexOf('/') + 1);
  if (name.includes('.') || !(await store.exists(`${key}/index.html`))) return undefined;
  return `${pathOfKey(key)}/`;
}

/**
 * The store key of a path under the site's root files (the static archive page, the search page,
 * their scripts and the search bundle), or undefined: nothing else at the root is served (the
 * catalogue stamp, a stray file).
 */
export function siteKeyOf(key: string): string | undefined {
  return isSiteKey(key) ? servableKey(key) : undefined;
}

export function registerBlobRoutes(app: FastifyInstance, store: BlobStore): void {
  app.get<{ Params: { '*': string } }>('/events/*', async (request, reply) => sendBlob(store, keyOfPath(request.params['*']), reply));
  // The site's root files, as a static host serves them; `/` stays the server's own list (paged, with unpublished events).
  for (const key of [SITE_HOME_KEY, SITE_SEARCH_KEY]) app.get(`/${key}`, async (_request, reply) => sendBlob(store, key, reply));
  for (const prefix of [SITE_SCRIPTS_PREFIX, SEARCH_BUNDLE_PREFIX]) {
    app.get<{ Params: { '*': string } }>(`/${prefix}*`, async (request, reply) => sendBlob(store, siteKeyOf(`${prefix}${request.params['*']}`), reply));
  }
}

async function sendBlob(store: BlobStore, key: string | undefined, reply: FastifyReply): Promise<FastifyReply> {
  if (key === undefined) return sendNotFound(reply);
  let bytes: Buffer;
  try {
    bytes = await store.get(key);
  } catch (e) {
    if (!(e instanceof BlobNotFoundError)) throw e;
    const target = await folderRedirect(store, key);
    return target === undefined ? sendNotFound(reply) : reply.redirect(target, 301);
  }
  // A re-processed event changes these files in place: let browsers check every time.
  const disposition = contentDispositionOf(key);
  if (disposition !== undefined) reply.header('Content-Disposition', disposition);
  return reply.type(contentTypeOf(key)).header('Cache-Control', 'no-cache').send(bytes);
}
