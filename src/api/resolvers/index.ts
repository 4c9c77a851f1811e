import type { Resolvers } from '../schema-types.generated.js';
import { curationResolvers } from './curation.js';
import { documentResolvers } from './document.js';
import { entityResolvers } from './entity.js';
import { eventResolvers } from './event.js';
import { mutationResolvers } from './mutation.js';
import { connectionResolvers } from './connection.js';
import { queryResolvers } from './query.js';
import { PartialDate } from './scalars.js';

/** Every type's resolvers, merged field by field (Query and Mutation come from several files). */
export function allResolvers(): Resolvers {
  const out: Record<string, object> = {};
  for (const part of [queryResolvers, entityResolvers, eventResolvers, documentResolvers, connectionResolvers, mutationResolvers, curationResolvers]) {
    for (const [type, fields] of Object.entries(part)) out[type] = { ...out[type], ...fields };
  }
  return { ...out, PartialDate };
}
