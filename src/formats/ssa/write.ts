import { writeSubStation } from '../ass/write';
import type { Track } from '../../model/track';
import type { WriteOptions } from '../types';

export const writeSsa = (track: Track, options?: WriteOptions): string => writeSubStation('ssa', track, options);
