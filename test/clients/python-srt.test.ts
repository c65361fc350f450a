import { pythonSrtReader } from '../../eval/clients/readers/python';
import { describeClientReader, pythonReaderRequirement } from '../helpers/client-readers';

/** python srt, as Debian packages it (python3-srt): SubRip. */
describeClientReader(pythonReaderRequirement('srt'), async () => ({ reader: pythonSrtReader }), pythonSrtReader.formats);
