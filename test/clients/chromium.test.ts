import { startChromiumReader } from '../../eval/clients/readers/chromium';
import { CHROMIUM_REQUIREMENT } from '../helpers/chromium';
import { describeClientReader } from '../helpers/client-readers';

/** Chromium's own WebVTT parser, through a `<track>` element's TextTrack (started once for the file). */
describeClientReader(CHROMIUM_REQUIREMENT, startChromiumReader, ['webvtt']);
