import type { Predicate } from '../../model/ontology.js';
import { PREDICATES } from '../../model/ontology.js';
import { lexiconJson } from '../../model/lexicon-files.js';

/** A title phrase ("prime minister") and what it says about the name it qualifies. */
export interface Title {
  words: string[];
  predicate: Predicate;
  headOfState: boolean;
  /** Leads the place it qualifies: a head of state, or a mayor or governor ("the Ohio governor"). */
  leadsPlace: boolean;
  government: boolean;
  /** A job done for a body ("spokesman", "coach", "commissioner"): WORKS_FOR even for a body with members. */
  employment: boolean;
}

export interface RelationCues {
  /** Title phrases, longest first. */
  titles: Title[];
  titleModifiers: ReadonlySet<string>;
  membershipOrgs: ReadonlySet<string>;
  /** Name words of political bodies ("party", "bloc"): in an encyclopedia, their leader is a member too. */
  partyHeads: ReadonlySet<string>;
  /** Kind nouns that after "the" stand for the organisation named before with that last word ("the party"). */
  descriptionHeads: ReadonlySet<string>;
  /** Verb and noun lemmas between two actors → predicate. */
  linkWords: Map<string, Predicate>;
  /** Nouns of the act among the noun cues ("support", "endorsement"): "the support of Y" is Y's act, not a supporter. */
  actNouns: ReadonlySet<string>;
  partOf: string[][];
  /** "the parent company of Y", "Y's owner": nouns naming the whole a part belongs to. */
  wholeOf: string[][];
  kin: ReadonlySet<string>;
  based: ReadonlySet<string>;
  /** "the provincial capital X": nouns that place a town inside the place before them. */
  placeNouns: ReadonlySet<string>;
  /** The last word of a subdivision's name ("Kane County"): such a name in "A, B, C" is a link of a chain, not a list item. */
  subdivisionNouns: ReadonlySet<string>;
  /** The last word of an organisation tied to one site ("Balliol College"): "X College, Y" puts it in Y. */
  sitedOrgHeads: ReadonlySet<string>;
  /** Military vocabulary (forces.ts): the last words of a national force's name, of a unit's name, and ranks before a name. */
  military: MilitaryCues;
}

/** Military vocabulary (forces.ts), lower case. */
export interface MilitaryCues {
  /** The last words of a national force's name ("Royal Navy", "Ruritanian Army"). */
  forceHeads: string[][];
  /** The last word of a unit's name ("44th Rifles", "Northern Fleet"). */
  unitHeads: ReadonlySet<string>;
  /** A word anywhere in a unit's name ("1st Armoured Division"). */
  unitWords: ReadonlySet<string>;
  /** Ranks written before a name ("Major General"), as word lists. */
  ranks: string[][];
}

interface Raw {
  titles: Record<string, string[]>;
  headOfState: string[];
  placeHeads: string[];
  governmentTitles: string[];
  employmentTitles: string[];
  titleModifiers: string[];
  membershipOrgs: string[];
  partyHeads: string[];
  descriptionHeads: string[];
  verbs: Record<string, string[]>;
  nouns: Record<string, string[]>;
  actNouns: string[];
  partOf: string[];
  wholeOf: string[];
  kin: string[];
  based: string[];
  placeNouns: string[];
  subdivisionNouns: string[];
  sitedOrgHeads: string[];
  subordinateTitleModifiers: string[];
  nationalForceHeads: string[];
  militaryUnitHeads: string[];
  militaryUnitWords: string[];
  militaryRanks: string[];
}

let cached: RelationCues | undefined;
const split = (s: string) => s.toLowerCase().split(/[\s-]+/).filter(Boolean);

/** ingest/lexicons/relation-cues.json, loaded and checked once. */
export function relationCues(): RelationCues {
  if (cached) return cached;
  const raw = lexiconJson<Raw>('relation-cues.json');
  const pred = (p: string): Predicate => {
    if (!(PREDICATES as readonly string[]).includes(p)) throw new Error(`relation-cues.json: unknown predicate ${p}`);
    return p as Predicate;
  };
  const hos = new Set(raw.headOfState.map((t) => split(t).join(' ')));
  const placeHeads = new Set(raw.placeHeads.map((t) => split(t).join(' ')));
  const gov = new Set(raw.governmentTitles.map((t) => split(t).join(' ')));
  const jobs = new Set(raw.employmentTitles.map((t) => split(t).join(' ')));
  const titles: Title[] = [];
  const seen = new Set<string>();
  for (const [p, list] of Object.entries(raw.titles)) {
    for (const t of list) {
      const words = split(t);
      const key = words.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      titles.push({ words, predicate: pred(p), headOfState: hos.has(key), leadsPlace: hos.has(key) || placeHeads.has(key), government: gov.has(key), employment: jobs.has(key) });
    }
  }
  // "deputy leader", "vice chairman", "assistant director": the second of a body works in it, not at its head.
  for (const t of titles.filter((x) => x.predicate === 'LEADS')) {
    for (const m of raw.subordinateTitleModifiers) {
      const words = [...split(m), ...t.words];
      const key = words.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      titles.push({ words, predicate: 'WORKS_FOR', headOfState: false, leadsPlace: false, government: t.headOfState || t.government, employment: false });
    }
  }
  titles.sort((a, b) => b.words.length - a.words.length);
  const linkWords = new Map<string, Predicate>();
  for (const table of [raw.verbs, raw.nouns]) {
    for (const [p, list] of Object.entries(table)) for (const w of list) linkWords.set(split(w).join(' '), pred(p));
  }
  cached = {
    titles,
    titleModifiers: new Set(raw.titleModifiers),
    membershipOrgs: new Set(raw.membershipOrgs),
    partyHeads: new Set(raw.partyHeads),
    descriptionHeads: new Set(raw.descriptionHeads),
    linkWords,
    actNouns: new Set(raw.actNouns),
    partOf: raw.partOf.map(split),
    wholeOf: raw.wholeOf.map(split),
    kin: new Set(raw.kin.flatMap((k) => [k, split(k).join(' ')])),
    based: new Set(raw.based),
    placeNouns: new Set(raw.placeNouns),
    subdivisionNouns: new Set(raw.subdivisionNouns),
    sitedOrgHeads: new Set(raw.sitedOrgHeads),
    military: { forceHeads: raw.nationalForceHeads.map(split), unitHeads: new Set(raw.militaryUnitHeads), unitWords: new Set(raw.militaryUnitWords), ranks: raw.militaryRanks.map((r) => r.toLowerCase().split(/\s+/)) },
  };
  return cached;
}
