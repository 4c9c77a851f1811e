import type { ExtractedEntity } from '../model/extraction.js';
import type { EntityType } from '../model/ontology.js';
import type { DocumentContext } from './types.js';

/** Baseline: compromise's own people, organizations and places. */
export function findEntities(ctx: DocumentContext): ExtractedEntity[] {
  const doc = ctx.parsed;
  const byKey = new Map<string, ExtractedEntity>();
  const add = (view: { json: (o: object) => unknown }, type: EntityType) => {
    for (const m of view.json({ offset: true, terms: { offset: true } }) as Array<{ offset: { start: number; length: number } }>) {
      let start = m.offset.start;
      let end = start + m.offset.length;
      while (end > start && /[\s.,;:!?)"'’]/.test(ctx.text[end - 1] ?? '')) end--;
      const text = ctx.text.slice(start, end);
      const key = `${type}:${text.toLowerCase()}`;
      let e = byKey.get(key);
      if (!e) {
        e = { id: '', name: text, type, aliases: [], mentions: [] };
        byKey.set(key, e);
      }
      e.mentions.push({ start, end, text });
    }
  };
  add(doc.people(), 'Person');
  add(doc.organizations(), 'Organization');
  add(doc.places(), 'Place');
  return [...byKey.values()].map((e, i) => ({ ...e, id: `e${i + 1}` }));
}
