import { ttconvReader } from '../../eval/clients/readers/python';
import { describeClientReader, pythonReaderRequirement } from '../helpers/client-readers';

/** ttconv, as Debian packages it (python3-ttconv): TTML and SRT into its model. */
describeClientReader(pythonReaderRequirement('ttconv'), async () => ({ reader: ttconvReader }), ttconvReader.formats);
