import { lexiconRows } from '../../model/lexicon-files.js';
import { foldText } from '../../model/text.js';

const setCache = new Map<string, ReadonlySet<string>>();

/** First column of a list, lower-cased, as a set. */
export function readSet(relPath: string): ReadonlySet<string> {
  let s = setCache.get(relPath);
  if (!s) {
    s = new Set(lexiconRows(relPath).map((r) => r[0]!.toLowerCase()));
    setCache.set(relPath, s);
  }
  return s;
}


/** The entity lexicons by role (see ingest/lexicons/README.md). */
export const lex = {
  orgHeads: () => readSet('entities/org-heads.txt'),
  orgSuffixes: () => readSet('entities/org-suffixes.txt'),
  orgDescriptors: () => readSet('entities/org-descriptors.txt'),
  lowerOrgHeads: () => readSet('entities/lower-org-heads.txt'),
  partyPlurals: () => readSet('entities/party-member-plurals.txt'),
  coalitionHeads: () => readSet('entities/coalition-heads.txt'),
  coalitionModifiers: () => readSet('entities/coalition-modifiers.txt'),
  acronymStop: () => readSet('entities/acronym-stop.txt'),
  titles: () => readSet('entities/titles.txt'),
  honorifics: () => readSet('entities/honorifics.txt'),
  kinship: () => readSet('entities/kinship.txt'),
  speechVerbs: () => readSet('entities/speech-verbs.txt'),
  groupModifierStop: () => readSet('entities/group-modifier-stop.txt'),
  eventNameHeads: () => readSet('entities/event-name-heads.txt'),
  eventNameTails: () => readSet('entities/event-name-tails.txt'),
  foreignOrgWords: () => foldedSet('entities/foreign-org-words.txt'),
  groupProperModifiers: () => foldedSet('entities/group-proper-modifiers.txt'),
  stanceNounAdjectives: () => readSet('entities/stance-noun-adjectives.txt'),
  stanceNounVerbs: () => readSet('entities/stance-noun-verbs.txt'),
};

const foldedCache = new Map<string, ReadonlySet<string>>();
function foldedSet(relPath: string): ReadonlySet<string> {
  let s = foldedCache.get(relPath);
  if (!s) foldedCache.set(relPath, (s = new Set(lexiconRows(relPath).map((r) => foldText(r[0]!)))));
  return s;
}

let placeHeads: Map<string, Set<string>> | undefined;
/** Landmark and geographic name heads -> positions ("last", "first") and "surname" when also a family name. */
export function placeHeadMap(): Map<string, Set<string>> {
  if (!placeHeads) {
    placeHeads = new Map();
    for (const [w, pos, surname] of lexiconRows('entities/place-heads.txt')) {
      const k = foldText(w!);
      if (!placeHeads.has(k)) placeHeads.set(k, new Set());
      placeHeads.get(k)!.add(pos ?? 'last');
      if (surname === 'surname') placeHeads.get(k)!.add('surname');
    }
  }
  return placeHeads;
}

let knownOrgs: Map<string, string> | undefined;
/** folded name -> ref of the organization (forms of one body share a ref). */
export function knownOrgMap(): Map<string, string> {
  knownOrgs ??= new Map(lexiconRows('entities/known-orgs.txt').map((r) => [foldText(r[0]!), r[1] ?? foldText(r[0]!)]));
  return knownOrgs;
}

let descriptive: Map<string, boolean> | undefined;
/** Lowercase institution heads ("government") -> may stand bare. */
export function descriptiveOrgHeads(): Map<string, boolean> {
  descriptive ??= new Map(lexiconRows('entities/descriptive-org-heads.txt').map((r) => [r[0]!.toLowerCase(), r[1] === 'yes']));
  return descriptive;
}

export interface GroupHead {
  modified: boolean;
  camp: boolean;
  /** Also the abstract noun of a stance ("strong opposition to the plan"). */
  stance: boolean;
}
let groupHeads: Map<string, GroupHead> | undefined;
export function groupHeadMap(): Map<string, GroupHead> {
  groupHeads ??= new Map(
    lexiconRows('entities/group-heads.txt').map((r) => {
      const flags = new Set((r[1] ?? '').split(',').map((f) => f.trim()));
      return [r[0]!.toLowerCase(), { modified: flags.has('modified'), camp: flags.has('camp'), stance: flags.has('stance') }];
    }),
  );
  return groupHeads;
}
