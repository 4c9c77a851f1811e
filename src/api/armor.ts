import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { MAX_DEPTH } from './limits.js';

/** Most tokens one document may have: the largest operation of the explorer or GraphiQL's examples is under 300. */
export const MAX_TOKENS = 2_000;
/** Most aliases one operation may have, `__typename` included. */
export const MAX_ALIASES = 20;
/** Most directives one operation may have. */
export const MAX_DIRECTIVES = 20;

/**
 * graphql-armor's token, alias, depth and directive limits, reviewed:
 * - aliases: armor's default allow-list exempts `__typename`, which is exactly
 *   what the 300,000-alias flood of issue 11 used; the list is emptied here;
 * - depth: fragments are flattened (a spread is not a level) and only `__schema`
 *   is exempt, as our former rule did;
 * - tokens: counted by the lexer, so a 7 MB document stops after MAX_TOKENS
 *   tokens instead of being parsed in full;
 * - cost: armor's flat per-field cost is off; ./limits.ts estimates cost from
 *   the schema (page sizes, expensive fields);
 * - errors: armor says "Syntax Error: …" with no code; each rejection is
 *   reported instead as a coded `QUERY_TOO_COMPLEX` error.
 */
export function useArmor(): Plugin[] {
  const reject = (what: string) => [
    (ctx: ValidationContext | null, error: GraphQLError) => {
      const coded = new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: 'QUERY_TOO_COMPLEX', limit: what } });
      // Validation rules have a context to report to; the token limit runs in the parser, which must stop.
      if (ctx) ctx.reportError(coded);
      else throw coded;
    },
  ];
  const armor = new EnvelopArmor({
    maxTokens: { n: MAX_TOKENS, onReject: reject('tokens'), propagateOnRejection: false },
    maxAliases: { n: MAX_ALIASES, allowList: [], onReject: reject('aliases'), propagateOnRejection: false },
    maxDepth: { n: MAX_DEPTH, flattenFragments: true, ignoreIntrospection: true, onReject: reject('depth'), propagateOnRejection: false },
    maxDirectives: { n: MAX_DIRECTIVES, onReject: reject('directives'), propagateOnRejection: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect().plugins as Plugin[];
}
