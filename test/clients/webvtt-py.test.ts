import { webvttPyReader } from '../../eval/clients/readers/python';
import { describeClientReader, pythonReaderRequirement } from '../helpers/client-readers';

/** webvtt-py, as Debian packages it (python3-webvtt): WebVTT, SRT and SBV. */
describeClientReader(pythonReaderRequirement('webvtt'), async () => ({ reader: webvttPyReader }), webvttPyReader.formats);
