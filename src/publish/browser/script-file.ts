/**
 * The site's script files are written in TypeScript like the rest (type-checked against the DOM,
 * linted), as one self-contained function each: the file published is that function's compiled
 * text, called once. So the function may use nothing from outside its own body (no import, no
 * module-level helper): whatever it needs it defines inside. Chromium tests load every script.
 */
export function scriptFile(main: () => void | Promise<void>): string {
  const text = main.toString();
  if (!/^(async\s+)?function\b/.test(text)) throw new Error('a script file is made from a function declaration');
  // esbuild (tsx: the benchmarks and evaluations) keeps names by wrapping inner functions in
  // __name(fn, "name"), a helper of the module around: alone in a page it would be undefined.
  // Names only label stack traces, so the file gets an identity for it.
  if (text.includes('__name(')) return `// recap: ${main.name}\n{\nconst __name = (f) => f;\n(${text})();\n}\n`;
  return `// recap: ${main.name}\n(${text})();\n`;
}
