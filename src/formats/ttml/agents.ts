import { childElements, textContent, type XmlElement } from './xml-tree';

/** A ttm:agent declaration's display name: its ttm:name (the "full" one when there are several). */
function agentName(agent: XmlElement): string | undefined {
  const names = childElements(agent).filter((c) => c.name === 'name');
  const chosen = names.find((n) => n.attrs.get('type') === 'full') ?? names[0];
  const name = chosen ? textContent(chosen).replace(/[ \t\r\n]+/g, ' ').trim() : '';
  return name || undefined;
}

/**
 * Speaker names by agent id, from every `<ttm:agent xml:id="id"><ttm:name>Jane</ttm:name>`
 * in the document (TTML puts them in head metadata, but body metadata may declare them too).
 * Agents without a name are left out: their ids ("v1") say nothing about who speaks.
 */
export function collectAgentNames(root: XmlElement): Map<string, string> {
  const names = new Map<string, string>();
  const visit = (el: XmlElement): void => {
    for (const child of childElements(el)) {
      const id = child.attrs.get('id');
      if (child.name === 'agent' && id !== undefined) {
        const name = agentName(child);
        if (name !== undefined && !names.has(id.trim())) names.set(id.trim(), name);
      } else {
        visit(child);
      }
    }
  };
  visit(root);
  return names;
}
