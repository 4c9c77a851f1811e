import type { Candidate } from './candidate.js';
import { P } from './candidate.js';
import { isDemonym } from './gazetteer.js';
import { foldText } from '../../model/text.js';
import { lemmaCandidates } from '../lemma.js';
import { groupHeadMap, lex } from './lexicons.js';
import { isAcronymShape, isCap, type Token } from './tokens.js';

/**
 * Groups: collective actors with no formal constitution, found by a head
 * noun from the group lexicon with its modifiers ("copper miners",
 * "Bulgarian air traffic controllers", "the radical left").
 */
const CAMP_MODIFIERS = new Set(['radical', 'hard', 'far', 'extreme', 'moderate', 'religious', 'political', 'new', 'centre', 'center', 'populist', 'nationalist', 'revolutionary', 'christian', 'secular', 'old']);

let twoWordLast: { heads: ReadonlyMap<string, unknown>; last: ReadonlySet<string> } | undefined;
/** The last words of the lexicon's two-word heads ("servants" of "civil servants"): only they need the pair built. */
function lastWordsOfTwoWordHeads(heads: ReadonlyMap<string, unknown>): ReadonlySet<string> {
  if (twoWordLast?.heads !== heads) twoWordLast = { heads, last: new Set([...heads.keys()].filter((k) => k.includes(' ')).map((k) => k.slice(k.lastIndexOf(' ') + 1))) };
  return twoWordLast.last;
}

export function findGroups(tokens: Token[]): Candidate[] {
  const heads = groupHeadMap();
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (isCap(t.text) && !t.first) continue; // capitalized: a name, not a common noun
    const possessive = /['’]s?$/.test(t.text) && t.text.length > 2;
    const word = /['’]s?$/.test(t.lower) ? t.lower.replace(/['’]s?$/, '') : t.lower;
    // two-word heads ("civil servants")
    let head = heads.get(word);
    let from = i;
    const two = i > 0 && lastWordsOfTwoWordHeads(heads).has(word) ? `${tokens[i - 1]!.lower} ${word}` : '';
    if (two && heads.has(two) && !/[^ \t]/.test(tokens[i - 1]!.post)) {
      head = heads.get(two);
      from = i - 1;
    }
    if (!head) continue;
    if (t.tags.has('Verb') && !t.tags.has('Noun')) {
      // "nurses", "left" read as verbs: still nouns after an article, adjective, number, "and" or a comma
      const p = tokens[from - 1];
      const nounSlot = !p || (p.first && isCap(p.text)) || /[,;:]\s*$/.test(p.post) || p.tags.has('Determiner') || p.tags.has('Adjective') || p.tags.has('Value') || p.tags.has('Conjunction') || p.lower === 'of' || (p.tags.has('Noun') && !p.tags.has('Pronoun') && !isCap(p.text));
      if (!nounSlot) continue;
    }
    // the head must end its noun phrase ("working class areas" is about areas)
    const next = tokens[i + 1];
    const joinedNext = next !== undefined && !/[^ \t]/.test(t.post) && next.sentence === t.sentence;
    if (!possessive && joinedNext && next.tags.has('Noun') && !next.tags.has('Pronoun') && !isCap(next.text) && !next.tags.has('Gerund')) continue;
    if (head.camp && joinedNext && (next.tags.has('Noun') || next.lower === 'wing' || next.lower === 'of')) continue;
    // modifiers, right to left
    const mods: string[] = [];
    let k = from;
    let hadThe = false;
    let owned = false;
    while (k > 0) {
      const p = tokens[k - 1]!;
      if (/[^ \t]/.test(p.post) || p.sentence !== t.sentence) break;
      if (p.lower === 'the') hadThe = true;
      if (lex.groupModifierStop().has(p.lower) || p.tags.has('Value') || p.tags.has('Determiner') || p.tags.has('Pronoun') || p.tags.has('Preposition') || p.tags.has('Conjunction')) break;
      if (/['’]s?$/.test(p.text)) break; // "Romania's large ..." : the possessor is not part of the name
      // a sentence-initial capital is no name: "Striking coal miners", "Traffic controllers"
      const initialWord = p.first && !isDemonym(p.text) && !isAcronymShape(p.text);
      if (initialWord && (p.tags.has('Gerund') || p.tags.has('Verb')) && !p.tags.has('Adjective')) break;
      const proper = isCap(p.text) && !initialWord;
      if (proper && !(isDemonym(p.text) || isAcronymShape(p.text) || lex.groupProperModifiers().has(foldText(p.text)))) {
        // "Okonjo backers", "Commonwealth foreign ministers": named after a name; leave to the name
        owned = true;
        break;
      }
      if (!proper && !(p.tags.has('Adjective') || p.tags.has('Noun') || p.parts.length > 1)) break;
      if (!proper && /ing$/.test(p.lower) && !p.tags.has('Adjective') && p.parts.length === 1) break; // "leaving tourists"
      if (!proper && (p.tags.has('Gerund') || p.tags.has('Verb')) && !p.tags.has('Adjective') && !(p.tags.has('Noun') && !p.tags.has('Gerund'))) break;
      mods.unshift(p.lower);
      k--;
    }
    if (tokens[k - 1]?.lower === 'the') hadThe = true;
    // a participle in front ("striking", "protesting") describes what the group does: not part of its name
    const stance: string[] = [];
    while (mods.length && /ing$/.test(mods[0]!) && k < from) {
      stance.push(mods.shift()!);
      k++;
    }
    if (owned) continue;
    if (head.stance && stanceAct(tokens, k, i, mods)) continue;
    if (head.modified && mods.length === 0) continue;
    if (head.camp && mods.length === 0 && !hadThe) continue;
    if (head.camp && mods.length > 0 && !mods.every((m) => CAMP_MODIFIERS.has(m))) continue;
    const start = tokens[k]!.start;
    const end = possessive ? t.end - (t.text.endsWith("'") || t.text.endsWith('’') ? 1 : 2) : t.end;
    out.push({
      start,
      end,
      text: '',
      type: 'Group',
      priority: P.group,
      rule: 'group',
      head: from === i ? word : two,
      modifiers: mods,
      ...(stance.length && { stance }),
      tok: k,
      tokEnd: i + 1,
    });
  }
  return out;
}

/**
 * A stance head read as the act, not the people who hold it: "expressed strong opposition to the plan" is
 * no group the way "the parliamentary opposition walked out" is. Its modifiers only say how strongly
 * ("fierce opposition"), a light verb makes it the subject's own act ("voiced its opposition"), or it
 * takes its target ("opposition to the plan") with no name among its modifiers ("the Syrian opposition"
 * stays the group it names).
 */
function stanceAct(tokens: Token[], from: number, headAt: number, mods: readonly string[]): boolean {
  const adjectives = lex.stanceNounAdjectives();
  if (mods.length > 0 && mods.every((m) => adjectives.has(m))) return true;
  // the verb before the noun phrase, over a determiner or possessive ("expressed its opposition")
  let v = from - 1;
  const det = tokens[v];
  if (det && det.sentence === tokens[headAt]!.sentence && (det.tags.has('Determiner') || det.tags.has('Pronoun'))) v--;
  const verb = tokens[v];
  if (verb && verb.sentence === tokens[headAt]!.sentence && !/[^ \t]/.test(verb.post) && lemmaCandidates(verb.lower).some((l) => lex.stanceNounVerbs().has(l))) return true;
  const next = tokens[headAt + 1];
  const named = tokens.slice(from, headAt).some((m) => isCap(m.text) && !m.first);
  return !named && next !== undefined && next.sentence === tokens[headAt]!.sentence && !/[^ \t]/.test(tokens[headAt]!.post) && (next.lower === 'to' || next.lower === 'towards');
}
