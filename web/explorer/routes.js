// The views a URL hash names. Pure, so it is unit-tested in Node.
//   #                the start page        #actor=ID         an actor's neighborhood
//   #from=ID&to=ID   paths between two     #doc=ID&at=N      the reader, at a sentence
//   #docs=TEXT       the documents list (searched)

/**
 * @typedef {{name: 'document', id: string, at: string | null}
 *   | {name: 'documents', search: string}
 *   | {name: 'connect', from: string, to: string}
 *   | {name: 'actor', id: string}
 *   | {name: 'start'}} Route
 */

/** The view a hash names; anything it does not recognise is the start page. */
export function parseHash(/** @type {string} */ hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const doc = params.get('doc');
  const from = params.get('from');
  const to = params.get('to');
  const actor = params.get('actor');
  /** @type {Route} */
  const route = doc
    ? { name: 'document', id: doc, at: params.get('at') }
    : params.has('docs')
      ? { name: 'documents', search: params.get('docs') ?? '' }
      : from && to
        ? { name: 'connect', from, to }
        : actor
          ? { name: 'actor', id: actor }
          : { name: 'start' };
  return route;
}
