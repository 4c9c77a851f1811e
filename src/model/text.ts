/**
 * The one text fold: lower case, accents and other marks removed (NFKD, so
 * ligatures and full-width letters fold too), typographic apostrophes made
 * plain. Every lookup key (lexicons, places, names, search terms) starts here.
 */
export function foldText(s: string): string {
  // Plain ASCII (most keys) skips Unicode normalization: the gazetteer folds 27,000 names at load.
  if (!/[^\x00-\x7f]/.test(s)) return s.toLowerCase();
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[\u2018\u2019]/g, "'");
}
