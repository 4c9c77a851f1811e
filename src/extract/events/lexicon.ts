import type { EventType, Role } from '../../model/ontology.js';
import { EVENT_TYPES, ROLES } from '../../model/ontology.js';
import { lexiconJson } from '../../model/lexicon-files.js';

/** Where an entity stands relative to a trigger; see ingest/lexicons/README.md. */
export type Slot = 'subject' | 'object' | 'passiveSubject' | 'possessor' | 'modifier' | string;

export interface TriggerEntry {
  type: EventType;
  /** The words of the trigger, lemma form, hyphens split. */
  words: string[];
  pos: 'verb' | 'noun';
  /** The lemma as written in the lexicon. */
  lemma: string;
  /** A general verb that names the event only before a title ("become chairman") or an organisation object ("leave the party"). */
  requires?: 'title' | 'organization';
}

export interface EventTypeSpec {
  roles: Partial<Record<Slot, Role>>;
  personRole?: Role;
  documentLevel: boolean;
  needsAgent: boolean;
  needsTarget: boolean;
  /** Verbs of targetVerbs name the event only with a target ("dismissed the claim" is no dismissal). */
  transitiveNeedsTarget: boolean;
  /** "three men arrested": a bare participle with no object reads as a passive. */
  reducedPassive: boolean;
  /** The target is a thing, never a person: "hostages were released" is no product launch. */
  thingTarget: boolean;
  /** The subject of a noun trigger undergoes it ("X denied the charges") unless a light verb says it brings it. */
  nounSubjectUndergoes: boolean;
  /** Verbs whose object is acted upon (criticise X, fire X); other objects are ignored. */
  targetVerbs?: ReadonlySet<string>;
  /** Per-lemma slot tables that replace `roles` ("sell X to Y": Y buys). */
  verbRoles: Map<string, Partial<Record<Slot, Role>>>;
  /** Another type these lemmas also report, with the same target and agent ("gunned down": a Death too). */
  entails: Map<string, EventType>;
}

export interface EventLexicon {
  /** Entries by their first word. */
  byFirstWord: Map<string, TriggerEntry[]>;
  specs: Map<EventType, EventTypeSpec>;
  winnerCues: ReadonlySet<string>;
  loserCues: ReadonlySet<string>;
  /** Phrases that contain a trigger word but name no event ("vote of no confidence"), by first word. */
  exclusions: Map<string, string[][]>;
  /** A trigger of one type that a following phrase makes another's ("signed ... into law"), by lemma. */
  retypes: Map<string, Array<{ from: EventType; followedBy: string[]; to: EventType }>>;
}

interface RawType {
  verbs?: string[];
  nouns?: string[];
  roles?: Record<string, string>;
  personRole?: string;
  documentLevel?: boolean;
  needsAgent?: boolean;
  needsTarget?: boolean;
  reducedPassive?: boolean;
  transitiveNeedsTarget?: boolean;
  thingTarget?: boolean;
  nounSubjectUndergoes?: boolean;
  targetVerbs?: string[];
  transitiveVerbs?: string[];
  verbRoles?: Record<string, Record<string, string>>;
  conditionalVerbs?: Record<string, string>;
  entails?: Record<string, string[]>;
}

let cached: EventLexicon | undefined;

/** ingest/lexicons/event-triggers.json, loaded and checked once. */
export function eventLexicon(): EventLexicon {
  if (cached) return cached;
  const raw = lexiconJson<{
    types: Record<string, RawType>;
    outcome: { winner: string[]; loser: string[] };
    exclusions?: string[];
    retypes?: Array<{ lemma: string; from: string; followedBy: string; to: string }>;
  }>('event-triggers.json');
  const byFirstWord = new Map<string, TriggerEntry[]>();
  const specs = new Map<EventType, EventTypeSpec>();
  for (const [name, t] of Object.entries(raw.types)) {
    if (!(EVENT_TYPES as readonly string[]).includes(name)) throw new Error(`event-triggers.json: unknown event type ${name}`);
    const type = name as EventType;
    const roleTable = (table: Record<string, string>): Partial<Record<Slot, Role>> => {
      const roles: Partial<Record<Slot, Role>> = {};
      for (const [slot, role] of Object.entries(table)) {
        if (!(ROLES as readonly string[]).includes(role)) throw new Error(`event-triggers.json: ${name}: unknown role ${role}`);
        roles[slot] = role as Role;
      }
      return roles;
    };
    const roles = roleTable(t.roles ?? {});
    const verbRoles = new Map(Object.entries(t.verbRoles ?? {}).map(([lemma, table]) => [lemma, roleTable(table)] as const));
    const targetVerbs = t.targetVerbs ?? t.transitiveVerbs;
    const entails = new Map<string, EventType>();
    for (const [other, lemmas] of Object.entries(t.entails ?? {})) {
      if (!(EVENT_TYPES as readonly string[]).includes(other)) throw new Error(`event-triggers.json: ${name}: entails unknown event type ${other}`);
      for (const l of lemmas) entails.set(l, other as EventType);
    }
    specs.set(type, {
      roles,
      ...(t.personRole !== undefined && { personRole: t.personRole as Role }),
      verbRoles,
      entails,
      documentLevel: t.documentLevel === true,
      needsAgent: t.needsAgent === true,
      needsTarget: t.needsTarget === true,
      reducedPassive: t.reducedPassive === true,
      thingTarget: t.thingTarget === true,
      nounSubjectUndergoes: t.nounSubjectUndergoes === true,
      transitiveNeedsTarget: t.transitiveNeedsTarget === true,
      ...(targetVerbs && { targetVerbs: new Set(targetVerbs) }),
    });
    const add = (lemma: string, pos: 'verb' | 'noun', requires?: 'title' | 'organization') => {
      const words = lemma.toLowerCase().split(/[\s-]+/).filter(Boolean);
      const first = words[0];
      if (!first) return;
      const list = byFirstWord.get(first) ?? [];
      list.push({ type, words, pos, lemma, ...(requires && { requires }) });
      byFirstWord.set(first, list);
    };
    for (const v of t.verbs ?? []) add(v, 'verb');
    for (const [v, cond] of Object.entries(t.conditionalVerbs ?? {})) {
      if (cond !== 'title' && cond !== 'organization') throw new Error(`event-triggers.json: ${name}: unknown condition ${cond}`);
      add(v, 'verb', cond);
    }
    for (const n of t.nouns ?? []) add(n, 'noun');
  }
  const exclusions = new Map<string, string[][]>();
  for (const phrase of raw.exclusions ?? []) {
    const words = phrase.toLowerCase().split(/[\s-]+/).filter(Boolean);
    if (words[0]) exclusions.set(words[0], [...(exclusions.get(words[0]) ?? []), words]);
  }
  const retypes = new Map<string, Array<{ from: EventType; followedBy: string[]; to: EventType }>>();
  for (const r of raw.retypes ?? []) {
    for (const t of [r.from, r.to]) if (!(EVENT_TYPES as readonly string[]).includes(t)) throw new Error(`event-triggers.json: retypes: unknown event type ${t}`);
    const list = retypes.get(r.lemma) ?? [];
    list.push({ from: r.from as EventType, to: r.to as EventType, followedBy: r.followedBy.toLowerCase().split(/\s+/) });
    retypes.set(r.lemma, list);
  }
  cached = { byFirstWord, specs, winnerCues: new Set(raw.outcome.winner), loserCues: new Set(raw.outcome.loser), exclusions, retypes };
  return cached;
}
