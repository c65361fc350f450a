import { ffmpegReader } from '../../eval/clients/readers/ffmpeg';
import { describeClientReader, FFMPEG_REQUIREMENT } from '../helpers/client-readers';

/** ffmpeg (its demuxer and decoder, as players built on it show captions) on every format it reads. */
describeClientReader(FFMPEG_REQUIREMENT, async () => ({ reader: ffmpegReader }), ffmpegReader.formats);
