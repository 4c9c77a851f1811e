import nlpBase from 'compromise';
import datesPlugin from 'compromise-dates';
import { bulkMatch } from './sweep.js';

/**
 * The one configured compromise instance. `nlp.plugin()` mutates a
 * process-wide instance, so plugins and lexicon words are added here only.
 *
 * compromise-dates brings its words and tags (holidays, durations, times of
 * day) but not its `dates` hook: that hook re-tagged every parse with two match
 * sweeps and took about a quarter of extraction time. Dates are found by our own
 * regexes (dates.ts), and documentContext tags their words `Date`.
 */
nlpBase.plugin({ ...datesPlugin, hooks: [] });

export const nlp = nlpBase;

export type NlpDocument = ReturnType<typeof nlpBase>;

let lexicon: Record<string, string | string[] | undefined> | undefined;
/**
 * What compromise's own lexicon says of a word or phrase (lower case): its
 * tag or tags ("netflix" Organization, "census" Noun), none when it does not
 * know it. The one reader of that internal table.
 */
export function lexiconTags(lower: string): readonly string[] {
  lexicon ??= (nlpBase.model() as unknown as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;
  const v = lexicon[lower];
  return v === undefined ? [] : typeof v === 'string' ? [v] : v;
}

/**
 * compromise stages whose results the extractor never reads: noun and verb
 * chunks (`term.chunk`), and type-ahead completion of words (no type-ahead
 * lexicon is loaded). Together about a tenth of a parse.
 */
const UNUSED_STAGES = new Set(['chunks', 'typeahead']);

/**
 * Parses a document with the stages the extractor uses, its post-tagger's
 * sweep done by sweep.ts (same tags; a quarter of an extraction less). compromise
 * runs the instance's hook list on every parse and has no per-call option, so
 * the list and the sweep are swapped for the call (synchronous: nothing else
 * parses meanwhile) and restored, leaving `nlp()` as configured for anyone else.
 */
export function parse(text: string): NlpDocument {
  const world = nlpBase.world() as { hooks: string[]; methods: { one: { bulkMatch: unknown } } };
  const hooks = world.hooks;
  const sweep = world.methods.one.bulkMatch;
  world.hooks = hooks.filter((h) => !UNUSED_STAGES.has(h));
  // A compromise without this internal keeps its own sweep (sweep.test.ts fails on one whose sweep differs).
  if (typeof sweep === 'function') world.methods.one.bulkMatch = bulkMatch;
  try {
    return nlpBase(text);
  } finally {
    world.hooks = hooks;
    world.methods.one.bulkMatch = sweep;
  }
}
