import { clock, clockParts, formatTimecode, isoDuration, parseClockMs, shortClock } from '../../src/model/timecode';

describe('recording times as text', () => {
  it('writes a short clock as YouTube does: m:ss under an hour, h:mm:ss from it, seconds rounded down', () => {
    expect([0, 9_999, 61_000, 599_000, 3_599_999, 3_600_000, 3_661_000, 36_000_000].map(shortClock)).toEqual(['0:00', '0:09', '1:01', '9:59', '59:59', '1:00:00', '1:01:01', '10:00:00']);
  });

  it('splits ms into clock fields, rounding fractional ms and clamping below zero', () => {
    expect(clockParts(3_723_004.6)).toEqual({ hours: 1, minutes: 2, seconds: 3, millis: 5 });
    expect(clockParts(-20)).toEqual({ hours: 0, minutes: 0, seconds: 0, millis: 0 });
  });

  it('writes hh:mm:ss rounded down to the second, hours past two digits when needed', () => {
    expect([clock(0), clock(61_999), clock(3_723_000), clock(360_000_000)]).toEqual(['00:00:00', '00:01:01', '01:02:03', '100:00:00']);
  });

  it('writes caption timecodes with either separator', () => {
    expect(formatTimecode(3_723_045)).toBe('01:02:03.045');
    expect(formatTimecode(61_999, ',')).toBe('00:01:01,999');
  });

  it('writes one ISO-8601 duration form: whole seconds, zero fields left out', () => {
    expect([isoDuration(0), isoDuration(999), isoDuration(241_080), isoDuration(3_600_000), isoDuration(3_723_000), isoDuration(7_536_741)]).toEqual([
      'PT0S',
      'PT0S',
      'PT4M1S',
      'PT1H',
      'PT1H2M3S',
      'PT2H5M36S',
    ]);
  });

  it('reads seconds, mm:ss and hh:mm:ss as people type them', () => {
    expect([parseClockMs('90'), parseClockMs('90.5'), parseClockMs(' 1:30 '), parseClockMs('00:01:30.25'), parseClockMs('75:00'), parseClockMs('2:03:04')]).toEqual([
      90_000, 90_500, 90_000, 90_250, 4_500_000, 7_384_000,
    ]);
  });

  it('refuses what is not such a time, and fields past 59 after a colon', () => {
    for (const bad of ['', 'abc', '1:2:3:4', '-5', '1.5:00', '1:75', '1:075', '1:60:00', '1:5:00:00']) expect(parseClockMs(bad)).toBeNull();
  });
});
