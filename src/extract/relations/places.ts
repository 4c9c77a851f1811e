import { lexiconRows } from '../../model/lexicon-files.js';
import { foldText } from '../../model/text.js';

/**
 * World knowledge for places, read from the shared gazetteer files
 * (ingest/lexicons/places, maintained with the entity lexicons): which names
 * are countries, which country a city or region lies in, and demonyms.
 */
export interface PlaceKnowledge {
  /** Folded country name → ISO code. */
  countries: Map<string, string>;
  /** Folded city/region name → ISO codes of countries it may lie in. */
  within: Map<string, Set<string>>;
  /** Folded demonym ("pakistani") → folded country name. */
  demonyms: Map<string, string>;
}

let cached: PlaceKnowledge | undefined;

/** The key of a place name: folded, a leading "the" and a trailing possessive dropped. */
export const placeKey = (s: string): string => foldText(s).replace(/^the\s+/, '').replace(/'s$/, '').trim();

/** The rows of a file of ingest/lexicons/places (gazetteer.tsv, extra.tsv, within.tsv...), through the one lexicon reader. */
export const placeRows = (file: string): string[][] => lexiconRows(`places/${file}`);

export function placeKnowledge(): PlaceKnowledge {
  if (cached) return cached;
  const countries = new Map<string, string>();
  const within = new Map<string, Set<string>>();
  const demonyms = new Map<string, string>();
  const addWithin = (name: string, code: string | undefined) => {
    if (!code || !/^[A-Z]{2}$/.test(code)) return;
    const set = within.get(placeKey(name)) ?? new Set<string>();
    set.add(code);
    within.set(placeKey(name), set);
  };
  for (const [name, kind, ref, extra] of [...placeRows('gazetteer.tsv'), ...placeRows('extra.tsv')]) {
    if (!name || !kind) continue;
    if (kind === 'country' && ref?.startsWith('country:')) countries.set(placeKey(name), ref.slice(8));
    else if (kind === 'city' || kind === 'capital') addWithin(name, extra?.split(':')[0] ?? ref?.split(':')[1]);
    else if (kind === 'subdivision') addWithin(name, extra?.split(':')[0]);
  }
  for (const [demonym, country] of [...placeRows('demonyms.tsv'), ...placeRows('extra-demonyms.tsv')]) {
    if (demonym && country) demonyms.set(placeKey(demonym), placeKey(country));
  }
  cached = { countries, within, demonyms };
  return cached;
}
