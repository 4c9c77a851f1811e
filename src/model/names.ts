/**
 * The normal form of a name, for identity: accents removed, lower case, a
 * leading "the" and a trailing possessive dropped, punctuation at the edges
 * removed, spaces collapsed. "The Piñera's" → "pinera".
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the\s+/, '')
    .replace(/'s?$/, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .trim();
}
