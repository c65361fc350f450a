import { evalTokens } from '../common/porter1980';

/** ROUGE-1, ROUGE-2 and ROUGE-L F1 as EVAL.md defines them (its tokens, clipped n-gram overlap, LCS). */
export interface Rouge {
  r1: number;
  r2: number;
  rl: number;
}

function f1(overlap: number, hypCount: number, refCount: number): number {
  if (overlap === 0 || hypCount === 0 || refCount === 0) return 0;
  const p = overlap / hypCount;
  const r = overlap / refCount;
  return (2 * p * r) / (p + r);
}

function ngrams(tokens: string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const k = tokens.slice(i, i + n).join(' ');
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

function rougeN(hyp: string[], ref: string[], n: number): number {
  const h = ngrams(hyp, n);
  const r = ngrams(ref, n);
  let overlap = 0;
  for (const [k, c] of h) overlap += Math.min(c, r.get(k) ?? 0);
  return f1(overlap, Math.max(0, hyp.length - n + 1), Math.max(0, ref.length - n + 1));
}

/** Length of the longest common subsequence, in O(|a| x |b|) time and O(|b|) memory. */
export function lcsLength(a: string[], b: string[]): number {
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

export function rouge(hypothesis: string, reference: string): Rouge {
  const hyp = evalTokens(hypothesis);
  const ref = evalTokens(reference);
  return { r1: rougeN(hyp, ref, 1), r2: rougeN(hyp, ref, 2), rl: f1(lcsLength(hyp, ref), hyp.length, ref.length) };
}
