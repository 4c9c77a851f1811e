import nlpBase from 'compromise';
import datesPlugin from 'compromise-dates';

/**
 * The one configured compromise instance. `nlp.plugin()` mutates a
 * process-wide instance, so plugins and lexicon words are added here only.
 *
 * compromise-dates brings its words and tags (holidays, durations, times of
 * day) but not its `dates` hook: that hook re-tags every parse with two match
 * sweeps and took about a quarter of extraction time. Dates are found by our own
 * regexes (dates.ts), and documentContext tags their words `Date`.
 */
nlpBase.plugin({ ...datesPlugin, hooks: [] });

export const nlp = nlpBase;

export type NlpDocument = ReturnType<typeof nlpBase>;
