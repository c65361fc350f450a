import { classifyPair } from './classify';
import type { Cea608Decoder, Moment } from './decoder';
import type { DiagnosticLog } from './diagnostic-log';

function hexPair(first: number, second: number): string {
  return ((first << 8) | second).toString(16).padStart(4, '0');
}

/**
 * Sits between the byte pairs of an SCC file and the decoder of caption channel 1: drops the
 * repeat of each doubled control code, and everything that belongs to another service
 * (captions on channels 2-4, the text services T1/T2, extended data services), noting what it
 * dropped.
 */
export class ChannelFilter {
  /** previous pair, for the doubled-code rule */
  private previous: { first: number; second: number; frame: number; skipped: boolean } | null = null;
  /** the channel that characters belong to: the channel of the last control code */
  private channel: 1 | 2 | 3 | 4 = 1;
  /** channel 1 switched to its text service (TR/RTD) */
  private textMode = false;
  /** inside an XDS packet, whose bytes look like characters */
  private inXds = false;

  constructor(
    private readonly decoder: Cea608Decoder,
    private readonly log: DiagnosticLog,
  ) {}

  /** One pair (parity bits removed) sent in frame `frame` (a frame count, for the repeat rule). */
  feed(first: number, second: number, frame: number, at: Moment, column: number): void {
    const code = classifyPair(first, second);
    // Control codes are sent twice in consecutive frames so that one survives a transmission
    // error; the second of an identical pair is ignored (a third would count again).
    const isControl = first >= 0x10 && first <= 0x1f;
    const p = this.previous;
    const repeat = isControl && p !== null && !p.skipped && p.first === first && p.second === second && p.frame === frame - 1;
    this.previous = { first, second, frame, skipped: repeat };
    if (repeat) return;

    switch (code.kind) {
      case 'padding':
        return;
      case 'unknown':
        this.log.add('unknown-code', { severity: 'warning', line: at.line, column, message: `unknown CEA-608 code ${hexPair(first, second)} (parity removed), ignored` });
        return;
      case 'xds':
        this.inXds = !code.end;
        this.log.note('xds', at.line, 'extended data services (XDS) packets ignored: recap reads caption channel 1 only');
        return;
      case 'chars':
        if (this.inXds) {
          this.log.note('xds', at.line, 'extended data services (XDS) packets ignored: recap reads caption channel 1 only');
        } else if (this.channel !== 1) {
          this.noteChannel(this.channel, at.line);
        } else if (this.textMode) {
          this.noteText(at.line);
        } else {
          if (code.invalidSecond) {
            this.log.add('unknown-code', { severity: 'warning', line: at.line, column, message: `unknown CEA-608 code ${hexPair(first, second)} (parity removed): second byte ignored` });
          }
          this.decoder.text(code.text, at);
        }
        return;
      case 'control':
        break;
    }

    // Any caption control code ends an XDS packet and says which channel the text that
    // follows belongs to.
    this.inXds = false;
    this.channel = code.channel;
    if (code.channel !== 1) {
      this.noteChannel(code.channel, at.line);
      return;
    }
    const command = code.command;
    if (command.type === 'misc') {
      switch (command.name) {
        case 'TR':
        case 'RTD':
          this.textMode = true;
          this.noteText(at.line);
          return;
        case 'RCL':
        case 'RU2':
        case 'RU3':
        case 'RU4':
        case 'RDC':
          this.textMode = false;
          break;
        case 'EDM':
        case 'ENM':
        case 'EOC':
          // These act on caption memory only, so they apply even while text mode is on.
          this.decoder.command(command, at);
          return;
        default:
          break;
      }
    }
    if (this.textMode) {
      this.noteText(at.line);
      return;
    }
    this.decoder.command(command, at);
  }

  private noteChannel(channel: 2 | 3 | 4, line: number): void {
    this.log.note(`cc${channel}`, line, `caption channel CC${channel} ignored: recap reads caption channel 1 only`);
  }

  private noteText(line: number): void {
    this.log.note('text-service', line, 'text service T1 (TR/RTD) ignored: recap reads caption channel 1 only');
  }
}
