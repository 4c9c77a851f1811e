/**
 * The date rules, in one place. Dates in the graph are ISO 8601 at the
 * precision the source gives ("2013", "2013-11", "2013-11-17"), kept as text so
 * a year stays a year; a document's publication time may also carry a time of day.
 */

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD", with a real month and day number. */
export const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A partial date, optionally followed by a time of day and a zone ("2013-11-25T10:00Z"). */
export const PUBLICATION_TIME = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01])(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

export function isPartialDate(value: string): boolean {
  return PARTIAL_DATE.test(value);
}

export function isPublicationTime(value: string): boolean {
  return PUBLICATION_TIME.test(value);
}

/** How the rule reads in error messages. */
export const PARTIAL_DATE_FORMS = 'YYYY, YYYY-MM or YYYY-MM-DD';
