import type { Candidate } from './candidate.js';
import { P } from './candidate.js';
import { isDemonym, lookupPlace } from './gazetteer.js';
import { foldText } from '../../model/text.js';
import { descriptiveOrgHeads, knownOrgMap, lex } from './lexicons.js';
import { isFirstName } from './people.js';
import { namePart } from './spans.js';
import { isAcronymShape, isCap, type Token } from './tokens.js';

/** Organization name shapes, contexts, descriptive organizations and acronym definitions. */

/** Heads too common in other names ("Emily Post", "Times Square") to beat a first name. */
const WEAK_HEADS = new Set(['post', 'times', 'capital', 'energy', 'guard', 'service', 'office', 'press', 'network', 'media', 'resources', 'mining', 'steel', 'exchange', 'reserve', 'trust', 'fund', 'center', 'centre', 'church', 'club', 'mission', 'conference', 'electric', 'group', 'youth']);

const bare = (t: Token): string => {
  const w = t.lower;
  // Most words end in no dot and hold no apostrophe: nothing to strip (asked several times per word).
  if (!w.endsWith('.') && !w.includes("'") && !w.includes('’')) return w;
  return w.replace(/\.$/, '').replace(/['’]s$/, '');
};

export const isOrgHead = (t: Token): boolean => lex.orgHeads().has(bare(t));
/** Heads that make a body only before "of": "House of Representatives", "House of Braganza" (not "Opera House"). */
const OF_ORG_HEADS = new Set(['house']);
export const isOrgSuffix = (t: Token): boolean => lex.orgSuffixes().has(bare(t)) && isCap(t.text);

/**
 * Is tokens [from, to) shaped like an organization name? 2 = by its last word
 * (a head or corporate suffix), 1 = a head inside ("New Party X", "Bank of Y").
 */
export function orgShape(tokens: Token[], from: number, to: number, firstNameStart: boolean): number {
  let last = to - 1;
  while (last > from && (isOrgSuffix(tokens[last]!) || tokens[last]!.lower === '&')) last--;
  if (last < to - 1) return 2; // "Eli Lilly & Co."
  const lastTok = tokens[last]!;
  if (to - from <= 3) {
    // "Social Democrats", "the Greens": a party named by its members
    const party = tokens.slice(from, to).map((t) => t.lower.replace(/['’]s?$/, '')).join(' ');
    const plural = /s$/.test(party);
    if ((lex.partyPlurals().has(lastTok.lower.replace(/['’]s?$/, '')) || lex.partyPlurals().has(party)) && (plural || to - from >= 2)) return 2;
  }
  if (isOrgHead(lastTok) && !(firstNameStart && to - from === 2 && WEAK_HEADS.has(bare(lastTok)))) {
    // a lone head word ("Party", "Congress") is not a name
    return to - from >= 2 || ['parliament', 'congress', 'senate', 'duma', 'knesset', 'bundestag', 'bundesrat', 'sejm', 'storting', 'riksdag', 'folketing', 'eduskunta', 'oireachtas'].includes(bare(lastTok)) ? 2 : 0;
  }
  for (let k = from; k < to - 1; k++) {
    // "Chamber of Deputies", "Bank of America": a head followed by "of"
    if ((isOrgHead(tokens[k]!) || OF_ORG_HEADS.has(bare(tokens[k]!))) && /^(of|for)$/.test(tokens[k + 1]!.lower)) return 2;
    if (isOrgHead(tokens[k]!) && !WEAK_HEADS.has(bare(tokens[k]!))) return 1;
  }
  // names in other languages: "Renovación Nacional", "Partido dos Trabalhadores"
  for (let k = from; k < to; k++) if (lex.foreignOrgWords().has(foldText(bare(tokens[k]!))) && to - from >= 2) return 1;
  return 0;
}

export function isKnownOrg(name: string): boolean {
  return knownOrgMap().has(foldText(name));
}

/** Trades of people that a definition may name before "producer" or "maker" ("a director and producer"). */
const PERSON_TRADES = new Set(['director', 'author', 'writer', 'actor', 'actress', 'singer', 'songwriter', 'musician', 'composer', 'rapper', 'artist', 'filmmaker', 'screenwriter', 'presenter', 'broadcaster', 'journalist', 'comedian', 'designer', 'engineer', 'photographer', 'businessman', 'businesswoman', 'entrepreneur']);
/** Role nouns whose possessor is an organization ("PUNR leader", "X's candidate"). */
const ORG_ROLES = new Set(['leader', 'leaders', 'candidate', 'candidates', 'member', 'members', 'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'president', 'executive', 'secretary', 'deputy', 'deputies', 'lawmakers', 'legislators', 'activists', 'supporters', 'headquarters', 'founder', 'chief', 'boss', 'head', 'shares', 'stake', 'subsidiary', 'unit', 'board', 'coach', 'manager', 'captain', 'players', 'fans', 'striker', 'goalkeeper',
]);
/**
 * What a body issues or employs, right after its name ("a X statement said",
 * "X workers"): only for a name the parse does not know as a
 * person's, and not after a possessive ("Iran's Kurdish rebels").
 */
const BODY_NOUNS = new Set(['statement', 'communique', 'employees', 'workers', 'staff', 'shareholders']);
/** Lowercase words after a name that make it a party or campaign ("UDI party"): the phrase is an alias. */
const ALIAS_HEADS = new Set(['party', 'coalition', 'campaign', 'alliance', 'movement', 'group', 'company', 'firm', 'corporation', 'bloc', 'front', 'charity', 'organisation', 'organization', 'agency', 'foundation', 'network', 'newspaper', 'daily', 'militia', 'magazine', 'club', 'records', 'label', 'journal', 'weekly']);
/** Lowercase words after a name that make a distinct body ("X trade union"). */
const BODY_HEADS = new Set(['union', 'unions', 'newsroom', 'authority', 'council', 'commission', 'committee', 'ministry']);

export interface OrgContext {
  org: boolean;
  /** "X is the company's steel arm": evidence that holds even for a sentence-initial word. */
  copula?: boolean;
  /** "UDI party": the descriptive alias mention, when there is one. */
  alias?: { start: number; end: number };
  /** "Sidor trade union": a distinct organization named with its head. */
  body?: { start: number; end: number; to: number };
}

/** Does the text around the span say it names an organization? */
export function orgContext(tokens: Token[], from: number, to: number, text: string): OrgContext {
  const last = tokens[to - 1]!;
  const prev = tokens[from - 1];
  const res: OrgContext = { org: false };
  // "West African leaders", "Iranian Kurdish officials": adjectives of origin, not a body
  const origin = (t: Token) => isDemonym(namePart(t)?.text ?? t.text);
  if (tokens.slice(from, to).some(origin) && tokens.slice(from, to).every((t) => origin(t) || /^(north|south|east|west|central|northern|southern|eastern|western)$/i.test(t.text))) return res;
  const joined = (a: Token | undefined) => a !== undefined && !/[^ \t]/.test(a.post);
  // descriptor before: "opposition party X", "the companies X and Y"; not before a personal name, where the word is a
  // person's trade ("record producer Ana Ruiz", "broadcaster Tom Lee")
  const personal = to - from >= 2 && isFirstName(tokens[from]!);
  if (prev && joined(prev) && lex.orgDescriptors().has(prev.lower) && !personal) res.org = true;
  // apposition: "a private dredging company, X" (the name closes the phrase)
  if (prev && /^,\s*$/.test(prev.post) && !isCap(prev.text) && lex.orgDescriptors().has(prev.lower) && !/s$/.test(prev.lower) && /^[,.;)]/.test(last.post.trim() || '.')) res.org = true;
  if (prev && /^(and|or)$/.test(prev.lower)) {
    // coordinated with a name after a descriptor: "companies Venalum and X"
    let k = from - 2;
    while (k >= 0 && k >= from - 5 && namePart(tokens[k]!) && joined(tokens[k])) k--;
    const d = tokens[k];
    if (d && k < from - 2 && lex.orgDescriptors().has(d.lower) && /s$/.test(d.lower)) res.org = true;
  }
  // after: skip a parenthesis ("X (everyone to ...) campaign"), then look at the words that follow
  let k = to;
  let afterParen = false;
  if (/\(\s*$/.test(last.post)) {
    let depth = 0;
    while (k < tokens.length && k < to + 12) {
      if (/\)/.test(tokens[k]!.post)) {
        depth = 1;
        break;
      }
      k++;
    }
    if (depth) {
      k++;
      afterParen = true;
    } else k = to;
  }
  const possessive = /['’]s?$/.test(last.text) && namePart(last)?.possessive === true;
  const next = tokens[k];
  // a name in quotes before its kind: '"Morvalla" newspaper', evidence even for a word the quote exposes
  const quoted = !afterParen && /^["”’']\s+$/.test(last.post) && /["“‘']$/.test(tokens[from - 1]?.post ?? '');
  const joinedToNext = afterParen ? next !== undefined : joined(last) || quoted;
  if (next && (joinedToNext || possessive) && next.sentence === last.sentence) {
    if (!possessive && ALIAS_HEADS.has(next.lower) && !isCap(next.text)) {
      res.org = true;
      if (quoted) res.copula = true;
      if (!afterParen && !quoted) res.alias = { start: namePart(tokens[from]!)?.start ?? tokens[from]!.start, end: next.end };
    }
    let m = k;
    while (m < k + 2 && tokens[m] && !isCap(tokens[m]!.text) && !BODY_HEADS.has(tokens[m]!.lower) && (tokens[m]!.tags.has('Noun') || tokens[m]!.tags.has('Adjective')) && !tokens[m]!.tags.has('Plural') && joined(tokens[m])) m++;
    const head = tokens[m];
    if (head && !possessive && BODY_HEADS.has(head.lower) && !isCap(head.text) && !tokens[m + 1]?.tags.has('Plural')) {
      const after = tokens[m + 1];
      // "X union leaders": a group of people, not the union itself
      if (!(after && joined(head) && after.tags.has('Noun') && !isCap(after.text))) res.body = { start: tokens[from]!.start, end: head.end, to: m + 1 };
    }
    let r = k;
    if (tokens[r]?.tags.has('Adjective') && joined(tokens[r])) r++; // "'s presidential candidate"
    if (tokens[r] && ORG_ROLES.has(tokens[r]!.lower) && !isCap(tokens[r]!.text)) res.org = true;
    const personal = tokens.slice(from, to).some((t) => t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName'));
    // (a lone head word, "a Council statement", refers back to a fuller name: left to identity)
    const loneHead = to - from === 1 && isOrgHead(tokens[from]!);
    if (next && !possessive && !afterParen && BODY_NOUNS.has(next.lower) && !personal && !loneHead) res.org = true;
    if (tokens[r] && tokens[r + 1] && `${tokens[r]!.lower} ${tokens[r + 1]!.lower}` === 'executive president') res.org = true;
  }
  // apposition: "X, Britain's largest union, said", "X, a charity based in Y"
  if (next && /^,\s*$/.test(last.post) && (/^(the|a|an)$/.test(next.lower) || /['’]s$/.test(next.text))) {
    for (let q = to + 1; q < Math.min(tokens.length, to + 5); q++) {
      const w = tokens[q]!;
      if (lex.orgDescriptors().has(w.lower) && !isCap(w.text) && !/s$/.test(w.lower)) {
        res.org = true;
        res.copula = true;
        break;
      }
      // the apposition's head came first: "X, a spokeswoman for the group" is a person
      if (/[^ \t]/.test(w.post) || w.tags.has('Preposition') || lex.titles().has(w.lower)) break;
    }
  }
  // copula: "X is the company's steel-producing arm", "X is a unit of"
  if (next && /^(is|was)$/.test(next.lower)) {
    for (let q = k + 1; q < Math.min(tokens.length, k + 7); q++) {
      const w = tokens[q]!;
      if (w.sentence !== last.sentence) break;
      // "X is a radio director and producer": a person's trade before it says person
      if (lex.titles().has(w.lower) || PERSON_TRADES.has(w.lower)) break;
      if (/^(arm|unit|subsidiary|company|firm|maker|producer|affiliate|division|party|group|carrier|bank)$/.test(w.lower)) {
        res.org = true;
        res.copula = true;
        break;
      }
      if (/[,;.]/.test(w.post)) break;
    }
  }
  void text;
  return res;
}

/** Content-word initials of a name: "Academic Staff Union of Universities" -> "ASUU". */
export function initials(name: string, dropLeading = false): string {
  let words = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
  if (dropLeading) while (words.length > 1 && (isDemonym(words[0]!) || lookupPlace(words[0]!))) words = words.slice(1);
  return words.map((w) => w[0]!.toUpperCase()).join('');
}

/** Does `acronym` plausibly abbreviate `name`? Same initials, or (translated names) the same letters plus one. */
export function abbreviates(acronym: string, name: string): 'exact' | 'loose' | undefined {
  const a = acronym.replace(/[.&]/g, '').toUpperCase();
  if (a.length < 2) return undefined;
  for (const ini of [initials(name), initials(name, true)]) {
    if (ini === a) return 'exact';
  }
  const ini = initials(name);
  // Translated names keep their letters but not their order ("Partidul ..." = "Party of ...").
  if (a.length >= ini.length && a.length <= ini.length + 1 && ini.length >= 3) {
    const pool = [...a];
    for (const c of ini) {
      const i = pool.indexOf(c);
      if (i < 0) return undefined;
      pool.splice(i, 1);
    }
    return 'loose';
  }
  return undefined;
}

export const acronymCandidate = (t: Token): boolean => {
  const w = t.text.replace(/['’]s$/, '');
  return isAcronymShape(w) && !lex.acronymStop().has(w.toLowerCase()) && !lex.acronymStop().has(w);
};

/**
 * Descriptive organizations: a lowercase institution noun modified by a
 * place, demonym or person ("Belgian police", "Estonia's parliament",
 * "Marek government", "Nigeria's military government"), the bare noun
 * ("the government"), coalitions with a count or camp ("16-party alliance",
 * "opposition alliance").
 */
export function descriptiveOrgs(tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  const heads = descriptiveOrgHeads();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = t.lower.replace(/['’]s?$/, '');
    const isInstitution = heads.has(w);
    const isCoalition = lex.coalitionHeads().has(w);
    if ((!isInstitution && !isCoalition) || isCap(t.text) && !t.first) continue;
    if (t.parts.length > 1) continue; // "anti-government"
    // the head ends its noun phrase: "government officials" is about officials
    const next = tokens[i + 1];
    if (next && !/[^ \t]/.test(t.post) && next.tags.has('Noun') && !next.tags.has('Pronoun') && !/['’]s?$/.test(t.text) && !isCap(next.text) && !/^(headquarters|offices?)$/.test(next.lower)) continue;
    let k = i;
    let proper = false;
    const mods: string[] = [];
    while (k > 0) {
      const p = tokens[k - 1]!;
      if (/[^ \t]/.test(p.post) || p.sentence !== t.sentence) break;
      const np = namePart(p);
      const capBefore = k >= 2 && isCap(tokens[k - 2]!.text) && !/[^ \t]/.test(tokens[k - 2]!.post) && namePart(tokens[k - 2]!) !== undefined && !tokens[k - 2]!.tags.has('Determiner') && !tokens[k - 2]!.tags.has('Preposition');
      // "Sri Lankan army": a demonym of two words
      if (np && !isCoalition && capBefore && !proper && isDemonym(`${tokens[k - 2]!.text} ${np.text}`) && (k < 3 || /[^ \t]/.test(tokens[k - 3]!.post) || !isCap(tokens[k - 3]!.text) || tokens[k - 3]!.tags.has('Determiner'))) {
        proper = true;
        k -= 2;
        continue;
      }
      if (np && !isCoalition && !capBefore && (isDemonym(np.text) || lookupPlace(np.text) || p.tags.has('Person') || (p.tags.has('ProperNoun') && !p.tags.has('Adjective')))) {
        // a place, demonym or person as modifier: "Belgian", "Estonia's", "Marek"
        if (proper) break;
        proper = true;
        k--;
        continue;
      }
      // a team is named by its sport too: "the China national football team"
      const sport = w === 'team' && mods.length < 2 && p.tags.has('Noun') && !p.tags.has('Plural') && !p.tags.has('Pronoun');
      if (!proper && !isCap(p.text) && (p.tags.has('Adjective') || sport || /^\w+-(party|member|led|month-old|year-old)$/.test(p.lower) || (isCoalition && lex.coalitionModifiers().has(p.lower)))) {
        if (lex.groupModifierStop().has(p.lower) || /^(new|current|former|previous|next|last|same|whole|entire)$/.test(p.lower)) break;
        mods.push(p.lower);
        k--;
        continue;
      }
      break;
    }
    const headEnd = /['’]s?$/.test(t.text) ? t.end - (t.text.endsWith('s') && /['’]s$/.test(t.text) ? 2 : 1) : t.end;
    if (isCoalition && !proper) {
      const counted = mods.some((m) => /^\w+-party$/.test(m) || lex.coalitionModifiers().has(m));
      if (!counted) continue;
    }
    if (isInstitution && !proper && !heads.get(w)) continue;
    // a team is a body when a country or region fields it by sport or as its national side ("Wales national team",
    // "the Fiji rugby team"), not any squad someone leads ("Lee's defence team", "the German team")
    if (w === 'team' && !(mods.length && (isDemonym(namePart(tokens[k]!)?.text ?? '') || lookupPlace(namePart(tokens[k]!)?.text ?? '')))) continue;
    // a bare institution keeps only the head: "the military government" -> "military government"? no: just its head
    const start = proper || isCoalition ? tokens[k]!.start : t.start;
    out.push({
      start,
      end: headEnd,
      text: '',
      type: 'Organization',
      priority: proper ? P.properDescriptiveOrg : P.descriptiveOrg,
      rule: proper ? 'descriptive-org' : isCoalition ? 'coalition' : 'bare-institution',
      head: w,
      ...(proper ? {} : { descriptive: true }),
      ...(!proper && !isCoalition && describedBy(tokens, i, mods) ? { modifiers: describedBy(tokens, i, mods) } : {}),
      tok: k,
      tokEnd: i + 1,
    });
  }
  return out;
}

/** The lowercase words that describe a bare institution ("the military government", "the federal police"), if any. */
function describedBy(tokens: Token[], head: number, mods: string[]): string[] | undefined {
  if (mods.length) return mods;
  const p = tokens[head - 1];
  if (!p || /[^ \t]/.test(p.post) || isCap(p.text) || !(p.tags.has('Noun') || p.tags.has('Adjective'))) return undefined;
  if (['Determiner', 'Pronoun', 'Possessive', 'Value'].some((g) => p.tags.has(g)) || lex.groupModifierStop().has(p.lower)) return undefined;
  // time words, and levels of government ("the provincial government" of some other place), describe nothing of this one
  if (/^(new|current|former|previous|next|last|same|whole|entire|local|national|central|federal|state|provincial|regional|municipal|city|county|district|colonial|border|apartheid-era)$/.test(p.lower)) return undefined;
  return [p.lower];
}

/**
 * "the director general of the postal service": a lowercase noun phrase
 * ending in an organization head after "<title> of the" is an organization.
 */
export function titleOfOrgs(tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 2; i < tokens.length; i++) {
    if (tokens[i]!.lower !== 'the' || tokens[i - 1]!.lower !== 'of') continue;
    const title = tokens[i - 2]!;
    if (!lex.titles().has(title.lower)) continue;
    let j = i + 1;
    while (j < tokens.length && j < i + 6 && !/[^ \t]/.test(tokens[j - 1]!.post) && !isCap(tokens[j]!.text) && tokens[j]!.tags.has('Noun') === true || (j < tokens.length && j === i + 1 && isDemonym(tokens[j]!.text))) {
      const w = tokens[j]!.lower.replace(/['’]s$/, '');
      if (lex.lowerOrgHeads().has(w)) {
        const next = tokens[j + 1];
        if (next && !/[^ \t]/.test(tokens[j]!.post) && next.lower === 'of') break; // handled with acronym definitions
        const end = tokens[j]!.end - (/['’]s$/.test(tokens[j]!.text) ? 2 : 0);
        out.push({ start: tokens[i + 1]!.start, end, text: '', type: 'Organization', priority: P.descriptiveOrg, rule: 'title-of-org', tok: i + 1, tokEnd: j + 1 });
        break;
      }
      j++;
    }
  }
  return out;
}
