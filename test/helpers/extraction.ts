import type { DocumentInput } from '../../src/model/document.js';
import type { Extraction, ExtractedEntity } from '../../src/model/extraction.js';
import type { EntityType, EventType, Predicate, Role } from '../../src/model/ontology.js';

export interface ExtractionSpec {
  entities: Array<[name: string, type: EntityType, aliases?: string[]]>;
  relations?: Array<[subject: string, predicate: Predicate, object: string]>;
  events?: Array<{ type: EventType; trigger: string; date?: string; place?: string; confidence?: number; participants: Array<[name: string, role: Role]> }>;
}

/**
 * A hand-made extraction of a text: mentions are every occurrence of an
 * entity's names, sentences split at ". ". Lets graph tests control exactly
 * what the writer receives, independent of how the extractor evolves.
 */
export function handExtraction(doc: DocumentInput, spec: ExtractionSpec): Extraction {
  const { text } = doc;
  const sentences: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const m of text.matchAll(/\.(\s+|$)/g)) {
    sentences.push({ start, end: m.index + 1 });
    start = m.index + m[0].length;
  }
  if (start < text.length) sentences.push({ start, end: text.length });
  const find = (needle: string) => {
    const out: Array<{ start: number; end: number; text: string }> = [];
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push({ start: i, end: i + needle.length, text: needle });
    return out;
  };
  // Every occurrence of every name; one inside a longer mention (the "X" of "X Party") is not its own.
  const candidates = spec.entities.map(([name, , aliases = []]) => [name, ...aliases].flatMap(find));
  const all = candidates.flat();
  const inside = (m: { start: number; end: number }) => all.some((o) => o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start);
  const entities: ExtractedEntity[] = spec.entities.map(([name, type, aliases = []], i) => {
    const kept = candidates[i]!.filter((m) => !inside(m)).sort((a, b) => a.start - b.start);
    if (kept.length === 0) throw new Error(`test spec: "${name}" does not occur in the text`);
    return { id: `e${i + 1}`, name, type, aliases, mentions: kept };
  });
  const idOf = (name: string) => {
    const e = entities.find((x) => x.name === name);
    if (!e) throw new Error(`test spec: unknown entity "${name}"`);
    return e.id;
  };
  const sentenceOf = (offset: number) => sentences.find((s) => s.start <= offset && offset < s.end) ?? sentences[0]!;
  return {
    document: { id: doc.id, extractorVersion: 'test-1' },
    sentences,
    entities,
    relations: (spec.relations ?? []).map(([s, predicate, o]) => {
      const at = entities.find((e) => e.id === idOf(s))!.mentions[0]!.start;
      const sentence = sentenceOf(at);
      return { subject: idOf(s), predicate, object: idOf(o), confidence: 0.8, evidence: { start: sentence.start, end: sentence.end } };
    }),
    events: (spec.events ?? []).map((v, i) => {
      const trigger = find(v.trigger)[0];
      if (!trigger) throw new Error(`test spec: trigger "${v.trigger}" not in text`);
      const sentence = sentenceOf(trigger.start);
      return {
        id: `v${i + 1}`,
        type: v.type,
        ...(v.date && { date: v.date }),
        ...(v.place && { place: idOf(v.place) }),
        ...(v.confidence !== undefined && { confidence: v.confidence }),
        trigger,
        participants: v.participants.map(([name, role]) => ({ entity: idOf(name), role })),
        evidence: { start: sentence.start, end: sentence.end },
      };
    }),
  };
}

/** A random lower-case word, to tag a test's names and ids so files can share one database. */
export function randomTag(): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  let tag = '';
  for (let i = 0; i < 7; i++) tag += letters[Math.floor(Math.random() * letters.length)];
  return tag;
}

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
