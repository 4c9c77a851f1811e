import { lexiconTags } from '../nlp.js';

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
