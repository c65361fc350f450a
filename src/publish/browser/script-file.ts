/**
 * The site's script files are written in TypeScript like the rest (type-checked against the DOM,
 * linted), as one self-contained function each: the file published is that function's compiled
 * text, called once. So the function may use nothing from outside its own body (no import, no
 * module-level helper): whatever it needs it defines inside. Chromium tests load every script.
 *
 * One helper is supplied: esbuild (under tsx, which runs the benches and evals) keeps function
 * names by wrapping them in calls to its own `__name`, defined at the top of the compiled module,
 * not in the function; the file defines it as a no-op, so a site published from a tsx run works.
 */
export function scriptFile(main: () => void | Promise<void>): string {
  const text = main.toString();
  if (!/^(async\s+)?function\b/.test(text)) throw new Error('a script file is made from a function declaration');
  return `// recap: ${main.name}\n((__name) => (${text})())((f) => f);\n`;
}
