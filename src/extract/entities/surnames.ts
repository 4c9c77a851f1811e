import type { Candidate } from './candidate.js';
import { P } from './candidate.js';

/**
 * "Assembly speaker Odile Marchetti. A Marchetti spokeswoman said ...": a lone
 * word that only the words around it typed as an organization ("X
 * spokeswoman", "X, an Arab nationalist"; not "X campaign", which names a body) is the surname of a person the
 * document names in full. It becomes that surname (typed Person), so that
 * identity joins it to the person. One pass over the accepted mentions.
 */
const WEAK_ORG_RULES = new Set(['org-context']);

export function surnamesOfPeople(accepted: Candidate[]): Candidate[] {
  const surnames = new Set<string>();
  for (const c of accepted) {
    if (c.type !== 'Person') continue;
    const words = c.text.split(/\s+/);
    if (words.length >= 2) surnames.add(words[words.length - 1]!);
  }
  if (!surnames.size) return accepted;
  return accepted.map((c) =>
    c.type === 'Organization' && WEAK_ORG_RULES.has(c.rule) && !c.extraAliases?.length && !/\s/.test(c.text) && surnames.has(c.text)
      ? { ...c, type: 'Person', priority: P.guess, rule: 'surname-of-person' }
      : c);
}
