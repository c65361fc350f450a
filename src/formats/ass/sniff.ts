/** Which SubStation Alpha generation a script declares, if it is one at all. */
export type ScriptKind = 'ass' | 'ssa' | 'undeclared' | null;

/** How far into the text the signature lines are looked for (characters). */
const HEAD = 8192;

/**
 * `[Script Info]` is the unmistakable signature. v4+ (ASS) shows as `ScriptType: v4.00+` or a
 * `[V4+ Styles]` section, v4 (SSA) as `ScriptType: v4.00` or `[V4 Styles]`; the ScriptType line wins.
 */
export function scriptKind(text: string): ScriptKind {
  const head = text.slice(0, HEAD);
  const signed = /^[ \t]*\[Script Info\][ \t]*$/im.test(head);
  if (!signed) {
    // A script that lost its [Script Info] section is still recognisable by its events.
    return /^[ \t]*\[Events\][ \t]*$/im.test(head) && /^[ \t]*Dialogue[ \t]*:/im.test(head) ? 'undeclared' : null;
  }
  const type = /^[ \t]*ScriptType[ \t]*:[ \t]*v4\.00(\+?)/im.exec(head);
  if (type) return type[1] === '+' ? 'ass' : 'ssa';
  if (/^[ \t]*\[V4\+ Styles\]/im.test(head)) return 'ass';
  if (/^[ \t]*\[V4 Styles\]/im.test(head)) return 'ssa';
  return 'undeclared';
}

/**
 * Confidence for one of the two ids. A script that declares the other generation still gets a
 * middling score (both are read alike); an undeclared one leans to ASS, the common one today,
 * with room for a `.ssa` extension to tip it.
 */
export function sniffScript(text: string, id: 'ass' | 'ssa'): number {
  const kind = scriptKind(text);
  if (kind === null) return 0;
  if (kind === id) return 0.95;
  if (kind === 'undeclared') {
    const signed = /^[ \t]*\[Script Info\]/im.test(text.slice(0, HEAD));
    return (id === 'ass' ? 0.9 : 0.88) - (signed ? 0 : 0.2);
  }
  return 0.5;
}
