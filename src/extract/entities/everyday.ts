import { nlp } from '../nlp.js';

/**
 * What compromise's own lexicon says of a word or phrase (lower case): its
 * tag(s), and whether it is an everyday word or a name the lexicon knows
 * ("netflix" Organization, "tottenham hotspur" SportsTeam, "paris" City).
 */
let lexicon: Record<string, string | string[] | undefined> | undefined;
export function lexiconTags(lower: string): readonly string[] {
  lexicon ??= (nlp.model() as unknown as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;
  const v = lexicon[lower];
  return v === undefined ? [] : typeof v === 'string' ? [v] : v;
}

/** Lexicon tags of names, not of everyday words. */
const NAME_TAGS = /^(Organization|SportsTeam|Company|Person|FirstName|LastName|MaleName|FemaleName|Place|City|Country|Region|ProperNoun)$/;

/** An everyday word of the lexicon ("census", "production"), not a name it knows ("netflix", "paris"). */
export function isEverydayWord(lower: string): boolean {
  const tags = lexiconTags(lower);
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.test(t));
}

/** The lexicon names an organization or team by this whole name ("facebook", "tottenham hotspur"). */
export function isLexiconOrganization(lower: string): boolean {
  return lexiconTags(lower).some((t) => t === 'Organization' || t === 'SportsTeam' || t === 'Company');
}
