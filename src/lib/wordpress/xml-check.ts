/**
 * A quick well-formedness check before parsing: every tag closed in order,
 * CDATA sections and comments ended. fast-xml-parser reads broken XML without
 * complaint (its validator is deprecated), and a cut-off export would
 * otherwise import only part of a site without a word.
 */

const TOKEN =
  /<!\[CDATA\[|<!--|<\?|<!DOCTYPE\b|<(\/?)([A-Za-z_][\w.:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;
const ENDS: Record<string, string> = { '<![CDATA[': ']]>', '<!--': '-->', '<?': '?>' };

/** @returns undefined when well-formed, else a reason with its line, e.g. `line 3: <item> is not closed`. */
export function xmlProblem(xml: string): string | undefined {
  const open: { name: string; at: number }[] = [];
  const lineOf = (index: number) => xml.slice(0, index).split('\n').length;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(xml); match; match = TOKEN.exec(xml)) {
    const [token, slash, name, rest] = match;
    if (!name) {
      if (token.startsWith('<!DOCTYPE')) {
        // An internal subset `[ … ]` may hold `>` characters of its own.
        const doctype = /^<!DOCTYPE\b[^[>]*(?:\[[\s\S]*?\]\s*)?>/.exec(xml.slice(match.index));
        if (!doctype) return `line ${lineOf(match.index)}: the DOCTYPE is not closed`;
        TOKEN.lastIndex = match.index + doctype[0].length;
        continue;
      }
      const end = xml.indexOf(ENDS[token]!, match.index + token.length);
      if (end < 0)
        return `line ${lineOf(match.index)}: ${token === '<!--' ? 'a comment' : token === '<?' ? 'a processing instruction' : 'a CDATA section'} is not closed`;
      TOKEN.lastIndex = end + ENDS[token]!.length;
      continue;
    }
    if (slash) {
      const top = open.pop();
      if (!top) return `line ${lineOf(match.index)}: </${name}> closes a tag that was never opened`;
      if (top.name !== name)
        return `line ${lineOf(match.index)}: </${name}> found where </${top.name}> (opened on line ${lineOf(top.at)}) was expected`;
    } else if (!rest!.trimEnd().endsWith('/')) {
      open.push({ name, at: match.index });
    }
  }
  const unclosed = open.pop();
  return unclosed
    ? `line ${lineOf(unclosed.at)}: <${unclosed.name}> is never closed (is the file cut off?)`
    : undefined;
}
