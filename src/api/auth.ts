import { createHash, timingSafeEqual } from 'node:crypto';
import { getOperationAST, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Compares digests so the time taken says nothing about the token. */
function sameToken(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** Null when the request may run the operation; otherwise the error that refuses it. */
export function mutationRefusal(operation: 'query' | 'mutation' | 'subscription', authorization: string | null, apiToken: string | undefined): GraphQLError | null {
  if (!apiToken || operation !== 'mutation') return null;
  if (!authorization) {
    return new GraphQLError('mutations need an API token: send the header `Authorization: Bearer <token>`', { extensions: { code: 'UNAUTHENTICATED' } });
  }
  const m = /^Bearer\s+(.+)$/i.exec(authorization.trim());
  if (!m) {
    return new GraphQLError('the Authorization header must be `Bearer <token>`', { extensions: { code: 'UNAUTHENTICATED' } });
  }
  if (!sameToken(m[1]!.trim(), apiToken)) {
    return new GraphQLError('the API token is not valid for mutations', { extensions: { code: 'FORBIDDEN' } });
  }
  return null;
}

/** When the server has a token, mutations need it; queries stay open. */
export function useMutationToken(apiToken: string | undefined): Plugin<{ request: Request }> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (!apiToken) return;
      const op = getOperationAST(args.document, args.operationName);
      if (!op) return;
      const refusal = mutationRefusal(op.operation, args.contextValue.request.headers.get('authorization'), apiToken);
      if (refusal) setResultAndStopExecution({ errors: [refusal] });
    },
  };
}
