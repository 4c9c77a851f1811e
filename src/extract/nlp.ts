import nlpBase from 'compromise';
import datesPlugin from 'compromise-dates';

/**
 * The one configured compromise instance. `nlp.plugin()` mutates a
 * process-wide instance, so plugins and lexicon words are added here only.
 */
nlpBase.plugin(datesPlugin);

export const nlp = nlpBase;

export type NlpDocument = ReturnType<typeof nlpBase>;
