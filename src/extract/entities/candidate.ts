import type { EntityType } from '../../model/ontology.js';

/**
 * A mention proposed by one rule, before overlaps are settled and before
 * document-level identity. Offsets are UTF-16 offsets into the text.
 */
export interface Candidate {
  start: number;
  end: number;
  text: string;
  /** `undefined`: a capitalized name whose type only the rest of the document can tell. */
  type: EntityType | undefined;
  /** Higher wins an overlap; ties go to the longer span. */
  priority: number;
  /** Which rule proposed it (for debugging and tests). */
  rule: string;
  /** Identity hints. */
  ref?: string;
  /** The mention is a descriptive alias ("UDI party", "the party"): never the canonical name. */
  descriptive?: boolean;
  /** Group head lemma and modifiers (groups only). */
  head?: string;
  modifiers?: string[];
  /** Participles before a group ("striking"): not in its name, but "strikers" may refer to it. */
  stance?: string[];
  /** Other surface forms of the same entity written around this mention ("UDI party"). */
  extraAliases?: string[];
  /** Text of the name this mention is declared to abbreviate or expand ("Long Name (ABC)"). */
  sameAs?: string;
  /** A kinship word stands right before the name ("daughter of X", "his father X"): a relative, not a short form of another person. */
  kin?: boolean;
  /** The parse reads some word of the name as a personal name: an untyped leftover is then no place. */
  personal?: boolean;
  /** Index of the first token, for context look-ups. */
  tok?: number;
  tokEnd?: number;
}

/** Priorities: explicit evidence beats lexicon look-ups, which beat guesses. */
export const P = {
  definition: 90,
  title: 80,
  orgShape: 75,
  known: 70,
  placeStrong: 65,
  personShape: 60,
  descriptiveOrg: 55,
  /** "Estonia's parliament" beats the place inside it. */
  properDescriptiveOrg: 68,
  group: 50,
  placeWeak: 45,
  acronym: 40,
  guess: 20,
} as const;
