import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';

/** Clock ticks per second of /proc times (`getconf CLK_TCK`, 100 on Linux nearly always). */
export const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

/**
 * CPU seconds (user + system, every thread) another process has used since it started, from
 * /proc/<pid>/stat: utime and stime are fields 14 and 15, counted after the ")" that ends the
 * command name (which may itself hold spaces).
 */
export function processCpu(pid: number): { userS: number; systemS: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state), so field n is fields[n - 3].
  return { userS: Number(fields[11]) / CLOCK_TICKS, systemS: Number(fields[12]) / CLOCK_TICKS };
}

export function processCpuSeconds(pid: number): number {
  const { userS, systemS } = processCpu(pid);
  return userS + systemS;
}

/** This process's CPU seconds (user + system) since `since` (a process.cpuUsage() reading). */
export function ownCpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

/**
 * CPU seconds every core of the machine has spent busy since boot (/proc/stat "cpu" line: all but
 * idle and iowait). The difference over a run, less this bench's own processes, is what other
 * users of a shared machine took meanwhile.
 */
export function machineBusySeconds(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number);
  const idle = ticks[3]! + ticks[4]!;
  return (ticks.reduce((a, b) => a + b, 0) - idle) / CLOCK_TICKS;
}
