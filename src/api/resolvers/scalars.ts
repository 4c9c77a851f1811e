import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isPartialDate } from '../../model/dates.js';

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isPartialDate(value)) {
    throw new GraphQLError(`PartialDate must be "YYYY", "YYYY-MM" or "YYYY-MM-DD", got ${JSON.stringify(value)}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}

/** ISO dates of any precision, kept as strings so "2013" stays a year, not 2013-01-01. */
export const PartialDate = new GraphQLScalarType({
  name: 'PartialDate',
  serialize: (value) => String(value),
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('PartialDate must be a string such as "2013-11"', { nodes: [ast], extensions: { code: 'BAD_USER_INPUT' } });
    return parse(ast.value);
  },
});
