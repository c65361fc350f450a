import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { FsBlobStore } from '../../src/store/fs-store';
import { describeBlobStoreContract } from '../helpers/blob-store-contract';

describeBlobStoreContract('FsBlobStore', async () => new FsBlobStore(path.join(mkdtempSync(path.join(tmpdir(), 'recap-store-')), 'store')));
