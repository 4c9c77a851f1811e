import type { ExtractedEntity } from '../../model/extraction.js';
import { isActorType, type Predicate } from '../../model/ontology.js';
import { type MentionRef, type SentenceView, type Token, wordsBetween } from '../clauses.js';
import { lemmaCandidates } from '../lemma.js';
import { lex } from '../entities/lexicons.js';
import { titleEndingAt, titleIndex } from './title-index.js';
import type { RelationCues, Title } from './cues.js';
import { Gap, PatternTable } from './pattern-language.js';
import { PATTERN_ROWS } from './pattern-table.js';

/** A relation read off one sentence, before type checks and de-duplication. */
export interface RawRelation {
  subject: MentionRef;
  predicate: Predicate;
  /** A mention, or a document-level stand-in resolved later. */
  object: MentionRef | 'mainCountry' | 'government' | { demonym: string } | { named: ExtractedEntity };
  confidence: number;
  /** Read off a title of employment ("spokesman", "coach"): a WORKS_FOR that stays one, whatever the body. */
  employed?: true;
}

/** The mark a title's relation carries when the title is a job, not an office or a rank within the body. */
const byTitle = (t: Title | undefined): { employed?: true } => (t?.employment ? { employed: true } : {});

const DETERMINERS = new Set(['the', 'a', 'an']);
/** "President X" with no country named beside it: the story's country, a document-level guess. */
const MAIN_COUNTRY_GUESS = 0.42;
/** "Minister X" with no government named beside it: the story's government. */
const GOVERNMENT_GUESS = 0.43;
const PREPS_AFTER_TITLE = new Set(['of', 'for', 'at', 'in', 'with', 'from', 'to']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their']);
/** "threw its support behind": compromise tags "its" a noun; it is the subject's own, no other noun. */
const PRONOUN_DETERMINERS = new Set(['its', 'his', 'her', 'their', 'our']);
const PASSIVE_MARK = new Set(['was', 'were', 'been', 'is', 'are', 'being']);
const MAX_TITLE_RUN = 8;
/** Kin named together ("the children X, Y and Z") are one family; a longer list is likely something else. */
const MAX_KIN_GROUP = 6;
const KIN_GROUP_DISCOUNT = 0.1;
/** Words between "her" and a kinship noun: "her film producer husband". */
const MAX_KIN_MODIFIERS = 3;
const COPULAS = new Set(['is', 'was', 'are', 'were', 'remains', 'became', 'becomes']);
const NEGATION = new Set(['not', "n't", 'never', 'no', 'nor', 'neither']);
const LINKING_PREPOSITIONS = new Set(['by', 'with', 'to', 'for', 'against', 'on', 'behind']);
/** Prepositions after an opposing verb that put its subject on the object's side: "fought for", "fought alongside". */
const SIDE_PREPOSITIONS = new Set(['for', 'alongside', 'beside', 'under']);
/** "refused to back Y", "declined to endorse Y": a verb that negates the cue after it. */
const NEGATING_VERBS = new Set(['refuse', 'refuses', 'refused', 'refusing', 'decline', 'declines', 'declined', 'declining', 'fail', 'fails', 'failed', 'failing', 'withdraw', 'withdraws', 'withdrew', 'withdrawn', 'withdrawing']);

const relationNounWord = (w: string, cues: RelationCues) => cues.linkWords.has(w) || cues.linkWords.has(w.replace(/s$/, ''));

const isPossessiveToken = (t: Token) => /[’']s?$/.test(t.text);


/** Words that may precede a title inside a name run: "former", "deputy", adjectives. */
function onlyModifiers(tokens: Token[], from: number, to: number, cues: RelationCues): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (DETERMINERS.has(t.normal) || cues.titleModifiers.has(t.normal) || t.tags.has('Adjective') || t.tags.has('Value')) continue;
    return false;
  }
  return true;
}

/**
 * Every sentence-level pattern; `previousPerson` resolves "his wife" across sentences;
 * `partyOf` names the document's party or movement a label word stands for ("Socialist" → "Socialist Party").
 */
export function sentenceRelations(view: SentenceView, cues: RelationCues, previousPerson: MentionRef | undefined, partyOf?: (word: string) => ExtractedEntity | undefined): RawRelation[] {
  const { tokens, mentions } = view;
  const out: RawRelation[] = [];
  const titledBy = new Set<RawRelation>();
  // A relative named after "his"/"her" → whose relative: the next "his mother" is that person's too.
  const kinOwners = new Map<MentionRef, MentionRef>();
  let lastPerson = previousPerson;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const prev = mentions[i - 1];
    const next = mentions[i + 1];
    if (m.type === 'Person') {
      const titledFrom = out.length;
      titleBefore(tokens, m, prev, cues, out, mentions[i - 2], partyOf);
      // "council vice-chairmen X and Y": Y shares the title written before X.
      if (out.length === titledFrom && prev?.type === 'Person' && coordinated(tokens, prev, m)) {
        for (const r of out) if (r.subject === prev && titledBy.has(r)) out.push({ ...r, subject: m });
      }
      for (const r of out.slice(titledFrom)) titledBy.add(r);
      appositionAfter(tokens, mentions, i, cues, out);
      kinBefore(tokens, m, prev, lastPerson, cues, out, kinOwners);
    }
    const pairedFrom = out.length;
    if (next) {
      const from = out.length;
      // "played for A, B and C": a row's object coordinated with others gives them the same relation.
      const withCoordinated = (from: number, j0: number) => {
        const b = mentions[j0]!;
        for (const r of out.slice(from)) {
          if (r.object !== b) continue;
          const group = [b];
          // A member typed otherwise ("the Rovers, the Steamrollers (read as a person) and the Stags") is passed over, not a list's end.
          const joined = (x: MentionRef, y: MentionRef) => coordinated(tokens, x, y) || (r.predicate === 'RELATIVE_OF' && describedPartner(tokens, x, y));
          for (let j = j0 + 1, prevM = b; j < mentions.length && joined(prevM, mentions[j]!); prevM = mentions[j]!, j++) {
            if (mentions[j]!.type !== b.type) continue;
            out.push({ ...r, object: mentions[j]! });
            group.push(mentions[j]!);
          }
          // "the son of X and Y": the parents are a couple; "the father of X, Y and Z": they are siblings.
          if (r.predicate === 'RELATIVE_OF' && group.length <= MAX_KIN_GROUP) {
            for (let x = 0; x < group.length; x++) for (let y = x + 1; y < group.length; y++) out.push({ subject: group[x]!, predicate: 'RELATIVE_OF', object: group[y]!, confidence: r.confidence - KIN_GROUP_DISCOUNT });
          }
        }
      };
      // "X worked for A and later chaired B": the verb after A is X's, read as if X stood right before it.
      const left = (i > 0 && carriedSubject(tokens, mentions, m, next)) || m;
      const tabled = out.length;
      tableRelations(tokens, left, next, cues, out);
      withCoordinated(tabled, i + 1);
      // "a former Y league pitcher for Z": rows that read the mention between as a modifier (@name).
      if (mentions[i + 2]) {
        const spanned = out.length;
        tableRelations(tokens, m, mentions[i + 2]!, cues, out, undefined, [next]);
        withCoordinated(spanned, i + 2);
      }
      // "protesters marched through Karachi demanding the removal of X": a place in an adjunct is skipped.
      // "played for clubs in Y such as A, B and C": the list after the place shares the row's relation.
      if (next.type === 'Place' && mentions[i + 2] && m.type !== 'Place') {
        const acrossPlace = out.length;
        tableRelations(tokens, m, mentions[i + 2]!, cues, out, next);
        withCoordinated(acrossPlace, i + 2);
      }
      pair(tokens, left, next, mentions[i + 2], cues, out);
      // "Y's subsidiaries A, B and C": what holds of A holds of the names coordinated with it.
      // "A, the parent of B, and C, ...": a comma before a lone "and" closes the apposition; C is no list item.
      const closesApposition = /,/.test(tokens[next.last]!.post) && tokens[next.last + 1]?.normal === 'and';
      for (const r of closesApposition ? [] : out.slice(from)) {
        if (r.subject !== next || (r.predicate !== 'PART_OF' && r.predicate !== 'MEMBER_OF')) continue;
        for (let j = i + 2, prevM = next; j < mentions.length && coordinated(tokens, prevM, mentions[j]!) && mentions[j]!.type === next.type; prevM = mentions[j]!, j++) {
          out.push({ ...r, subject: mentions[j]! });
        }
      }
    }
    // "the hard right's X": a possessive mention modifies the next one; link across it too.
    const after = mentions[i + 2];
    if (next?.possessive && after && after.first <= next.last + 3) pair(tokens, m, after, mentions[i + 3], cues, out, next);
    // "X, together with Y, was outlawed by Z": what Y takes part in, X does too.
    if (i > 0 && alongWith(tokens, mentions[i - 1]!, m)) {
      for (const r of out.slice(pairedFrom)) if (r.subject === m || r.object === m) out.push({ ...r, ...(r.subject === m ? { subject: mentions[i - 1]! } : { object: mentions[i - 1]! }) });
    }
    if (m.type === 'Person') lastPerson = m;
  }
  titleByVerb(tokens, mentions, cues, previousPerson, out);
  pitAgainst(tokens, mentions, out);
  companyOfPlace(tokens, mentions, out);
  placeInApposition(tokens, mentions, out);
  return out;
}

/** "X, the county town of Y", "X, capital of Y", "X, a northern suburb of Y": the appositive's noun and "of". */
const APPOSITIVE_PLACE = /^,(?: (?:the|a|an))?(?: [\p{L}-]+){0,2}? (?:capital|seat|town|city|village|suburb|port|borough|district|neighbourhood|neighborhood|quarter) of(?: the)? $/u;

/**
 * A place and an apposition that puts it in another: "X, the county town of Y". After an address ("X Oaks,
 * California, a suburb of Y") the apposition speaks of the town the address opens with, not of its state.
 */
function placeInApposition(tokens: Token[], mentions: MentionRef[], out: RawRelation[]): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!, b = mentions[i + 1]!;
    if (a.type !== 'Place' || b.type !== 'Place' || a.possessive) continue;
    let gap = tokens[a.last]!.post;
    for (let k = a.last + 1; k < b.first; k++) gap += tokens[k]!.pre + tokens[k]!.text + tokens[k]!.post;
    if (!APPOSITIVE_PLACE.test(gap.replace(/\s+/g, ' ').toLowerCase())) continue;
    const before = mentions[i - 1];
    const town = before && before.type === 'Place' && before.last === a.first - 1 && /^,\s*$/.test(tokens[before.last]!.post) ? before : a;
    out.push({ subject: town, predicate: 'LOCATED_IN', object: b, confidence: 0.65 });
  }
}

/** "Zenith Electronics Corp. of Glenview, Ill.", "Alpha Tools AB of Lund": a company named with its seat. */
function companyOfPlace(tokens: Token[], mentions: MentionRef[], out: RawRelation[]): void {
  const suffixes = lex.orgSuffixes();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!, b = mentions[i + 1]!;
    if (a.type !== 'Organization' || b.type !== 'Place' || a.possessive || b.first !== a.last + 2 || tokens[a.last + 1]!.normal !== 'of') continue;
    if (/[,;()]/.test(tokens[a.last]!.post) || !suffixes.has(tokens[a.last]!.normal.replace(/\.$/, ''))) continue;
    out.push({ subject: a, predicate: 'LOCATED_IN', object: b, confidence: 0.6 });
  }
}


/** Words that join a second verb phrase to the first: "and later chaired", "then joined". */
const CLAUSE_JOINERS = new Set(['and', 'then']);
const CLAUSE_ADVERBS = new Set(['later', 'then', 'subsequently', 'also', 'eventually', 'afterwards', 'afterward', 'finally', 'soon', 'briefly']);

/**
 * Careers told in coordinated verb phrases: "X joined A in 1980 and later led B".
 * When `m` is an object (a verb or preposition before it) and the words after it
 * reach a second verb through "and"/"then" (adverbs, a date between), that verb's
 * subject is the sentence's opening person: returned as a stand-in mention placed
 * right before the verb, so every row and cue reads "X led B".
 */
function carriedSubject(tokens: Token[], mentions: MentionRef[], m: MentionRef, next: MentionRef): MentionRef | undefined {
  const subject = mentions[0]!;
  if (subject.type !== 'Person' || subject === m || next.type === 'Place') return undefined;
  let k = m.first - 1;
  while (k > subject.last && (DETERMINERS.has(tokens[k]!.normal) || (tokens[k]!.tags.has('Adjective') && !tokens[k]!.tags.has('Verb')))) k--;
  if (k <= subject.last || !(tokens[k]!.tags.has('Preposition') || PREPS_AFTER_TITLE.has(tokens[k]!.normal) || tokens[k]!.tags.has('Verb'))) return undefined;
  let v = m.last + 1;
  while (v < next.first && !tokens[v]!.tags.has('Verb')) v++;
  if (v >= next.first || v - 1 <= m.last) return undefined;
  let j = v - 1;
  while (j > m.last && CLAUSE_ADVERBS.has(tokens[j]!.normal) && !CLAUSE_JOINERS.has(tokens[j]!.normal)) j--;
  if (!CLAUSE_JOINERS.has(tokens[j]!.normal) || j <= m.last) return undefined;
  return { ...subject, first: v - 1, last: v - 1, possessive: false };
}

let table: PatternTable | undefined;

/** The declarative rows of pattern-table.ts between two neighbouring mentions. */
function tableRelations(tokens: Token[], a: MentionRef, b: MentionRef, cues: RelationCues, out: RawRelation[], skipped?: MentionRef, inner?: MentionRef[]): void {
  table ??= new PatternTable(PATTERN_ROWS);
  // Across a skipped place only rows that may span words (@any) apply; across a named modifier, rows with @name.
  for (const { row, title } of table.matches(new Gap(tokens, a, b, inner), cues, !!skipped)) {
    let predicate = row.predicate === 'TITLE' ? title?.predicate : row.predicate;
    if (predicate === 'LEADS' && row.titleLeads) predicate = row.titleLeads;
    if (!predicate) continue;
    const [subject, object] = row.subject === 'A' ? [a, b] : [b, a];
    out.push({ subject, predicate, object, confidence: row.confidence, ...(row.predicate === 'TITLE' && byTitle(title)) });
  }
}

/** "the row pits X, who ..., against Y": X and Y oppose each other. */
function pitAgainst(tokens: Token[], mentions: MentionRef[], out: RawRelation[]): void {
  for (let v = 0; v < tokens.length; v++) {
    if (!/^pit(?:s|ted|ting)?$/.test(tokens[v]!.normal)) continue;
    const a = mentions.find((m) => m.first > v && m.first <= v + 3);
    if (!a || !isActorType(a.type)) continue;
    let k = a.last + 1;
    while (k < tokens.length && k - a.last <= 16 && tokens[k]?.normal !== 'against') k++;
    const b = mentions.find((m) => m.first > k && m.first <= k + 4);
    if (tokens[k]?.normal !== 'against' || !b || !isActorType(b.type)) continue;
    if (a.type === 'Person' && mentions.some((m) => m.first > a.last && m.last < k && m.type === 'Person')) continue;
    out.push({ subject: a, predicate: 'OPPOSES', object: b, confidence: 0.65 });
  }
}

/** Verbs that give their subject the title that follows: "X is the leader of Y", "X was named chairman of Y". */
const ROLE_VERBS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'become', 'became', 'becomes', 'remain', 'remains', 'remained', 'serve', 'serves', 'served', 'serving', 'named', 'appointed', 'elected', 'promoted', 'installed']);
const SUBJECT_PRONOUNS = new Set(['he', 'she']);
const VERB_CHAIN = new Set(['also', 'previously', 'formerly', 'now', 'still', 'once', 'later', 'then', 'currently', 'already', 'recently', 'best', 'perhaps', 'widely', 'known', 'as', 'lead', 'principal']);
/** "the vocalist of the band Y", "a member of the club Y": a kind noun between the title and the name. */
const ORG_KIND_NOUNS = new Set(['band', 'group', 'club', 'team', 'party', 'squad', 'orchestra', 'ensemble', 'company', 'firm', 'label']);
/** "head of the ruling Y", "leader of the governing Y": compromise reads these as nouns. */
const RULING_WORDS = new Set(['ruling', 'governing', 'opposition', 'outgoing', 'incoming']);
/** Prepositions that tie a title to its body: "officer in the Navy", "professor at Y". */
const TITLE_PREPS = new Set(['of', 'at', 'for', 'in', 'with']);
/** "professor of (theoretical) physics at Y": a field of up to this many words between the title and "at". */
const MAX_FIELD = 3;
/** Words between a role verb and its title: "is mostly remembered as the lead guitarist". */
const MAX_ROLE_LEAD = 7;

/**
 * "X will become the chairman and CEO of Y", "she was formerly a vice
 * president at Y", "X was named chairman of Y": a role verb, a title and its
 * organisation; the subject is the clause's person (or "he"/"she": the last person named).
 */
function titleByVerb(tokens: Token[], mentions: MentionRef[], cues: RelationCues, previousPerson: MentionRef | undefined, out: RawRelation[]): void {
  for (let v = 1; v < tokens.length - 2; v++) {
    // "took over as chairman of Y": the particle stands for the verb.
    const takeOver = tokens[v]!.normal === 'over' && tokens[v + 1]?.normal === 'as' && /^t[ao]ok|^takes?$|^taking$/.test(tokens[v - 1]?.normal ?? '');
    if (!ROLE_VERBS.has(tokens[v]!.normal) && !takeOver) continue;
    let k = v + 1;
    if (tokens[k]?.normal === 'as') k++;
    let possessor: MentionRef | undefined;
    for (let n = 0; n < MAX_ROLE_LEAD && k < tokens.length; n++) {
      const t = tokens[k]!;
      const m = mentions.find((x) => x.first === k);
      if (m && m.possessive && m.type === 'Organization' && !possessor) {
        possessor = m;
        k = m.last + 1;
        continue;
      }
      // "vice president": a modifier that starts a title is the title's.
      // "the 36th and current President of Y": ordinals and "and" between modifiers too.
      // "an Irish politician": a capitalised word outside any mention is a nationality or a place's adjective.
      if (m || titleStartingAt(tokens, k, tokens.length - 1, cues) || !(DETERMINERS.has(t.normal) || cues.titleModifiers.has(t.normal) || VERB_CHAIN.has(t.normal) || t.tags.has('Value') || t.tags.has('Demonym') || (t.tags.has('ProperNoun') && !mentions.some((x) => x.first <= k && x.last >= k)) || (t.normal === 'and' && n > 0) || (t.tags.has('Adjective') && !t.tags.has('Verb')))) break;
      k++;
    }
    let title = titleStartingAt(tokens, k, tokens.length - 1, cues);
    // "the founder and the chief executive of Y": a role that is no title, then a title that is.
    if (!title && tokens[k]?.tags.has('Noun') && tokens[k + 1]?.normal === 'and') {
      let q = k + 2;
      if (DETERMINERS.has(tokens[q]?.normal ?? '')) q++;
      while (q < k + 5 && cues.titleModifiers.has(tokens[q]?.normal ?? '') && !titleStartingAt(tokens, q, tokens.length - 1, cues)) q++;
      title = titleStartingAt(tokens, q, tokens.length - 1, cues);
      if (title) k = q;
    }
    if (!title || mentions.some((x) => x.first <= k && x.last >= k)) continue;
    let j = k + title.words.length;
    // "chairman and chief executive of Y": the first title speaks for both.
    // "a politician and a member of Y": the second title, after its article, is the one tied to Y.
    // "a founding member and former treasurer of Y": modifiers of the second title are skipped; the first still speaks.
    if (tokens[j]?.normal === 'and') {
      const skip = DETERMINERS.has(tokens[j + 1]?.normal ?? '') ? 1 : 0;
      let mods = 0;
      while (mods < 2 && cues.titleModifiers.has(tokens[j + 1 + skip + mods]?.normal ?? '') && !titleStartingAt(tokens, j + 1 + skip + mods, tokens.length - 1, cues)) mods++;
      const second = titleStartingAt(tokens, j + 1 + skip + mods, tokens.length - 1, cues);
      if (second) {
        j += 1 + skip + mods + second.words.length;
        if (skip) title = second;
      }
    }
    // "professor of physics at Y": the field is skipped.
    if (tokens[j]?.normal === 'of' && !mentions.some((x) => x.first === j + 1)) {
      let f = j + 1;
      while (f < tokens.length && f - j <= MAX_FIELD && (tokens[f]!.tags.has('Noun') || tokens[f]!.tags.has('Adjective')) && !mentions.some((x) => x.first === f) && tokens[f]!.normal !== 'the') f++;
      if (f > j + 1 && (tokens[f]?.normal === 'at' || tokens[f]?.normal === 'in')) j = f;
    }
    let object = possessor;
    if (!object && TITLE_PREPS.has(tokens[j]?.normal ?? '')) {
      let q = j + 1;
      while (q < tokens.length && q - j <= 4 && !mentions.some((x) => x.first === q) && (DETERMINERS.has(tokens[q]!.normal) || tokens[q]!.tags.has('Adjective') || tokens[q]!.tags.has('Gerund') || RULING_WORDS.has(tokens[q]!.normal) || ORG_KIND_NOUNS.has(tokens[q]!.normal))) q++;
      // "President of Y", "mayor of Y": a head of state or of a city leads the place.
      object = mentions.find((x) => x.first === q && (x.type === 'Organization' || (x.type === 'Place' && title.leadsPlace)) && !x.possessive);
    }
    if (!object) continue;
    const subject = roleVerbSubject(tokens, mentions, takeOver ? v - 1 : v, previousPerson);
    if (subject) out.push({ subject, predicate: title.predicate, object, confidence: 0.7, ...byTitle(title) });
  }
}

/** The person a role verb at v speaks of: the nearest before it in its clause, across an apposition or a coordinated verb phrase. */
function roleVerbSubject(tokens: Token[], mentions: MentionRef[], v: number, previousPerson: MentionRef | undefined): MentionRef | undefined {
  const before = mentions.filter((m) => m.last < v);
  // "X (a rival of Y) is ...": a name inside brackets is not the clause's subject.
  const inBrackets = (m: MentionRef) => {
    let depth = 0;
    for (let k = m.first; k < v; k++) {
      const t = tokens[k]!;
      if (/\(/.test(t.pre + t.text)) depth++;
      if (/\)/.test(t.text + t.post)) depth--;
      if (depth < 0) return true;
    }
    return false;
  };
  const person = [...before].reverse().find((m) => m.type === 'Person' && !inBrackets(m));
  const pronoun = !person && SUBJECT_PRONOUNS.has(tokens[0]!.normal);
  if (!person && !pronoun) return undefined;
  // "X is a Norlandic economist and politician serving as President of Y": a participle describing the subject.
  if (person && /ing$/.test(tokens[v]!.normal) && describedBy(tokens, person.last + 1, v)) return person;
  const from = person ? person.last + 1 : 1;
  let appositive = false;
  let lastAnd = -1;
  for (let k = from; k < v; k++) {
    const t = tokens[k]!;
    if (/,/.test(tokens[k - 1]!.post)) appositive = !appositive;
    if (NEGATION.has(t.normal) || t.normal === 'whose') return undefined;
    if (!appositive && t.normal === 'and') lastAnd = k;
  }
  // Outside an apposition or a bracketed aside ("X (1815–1872) was"), right before the verb: only auxiliaries and adverbs.
  appositive = false;
  let bracket = 0;
  for (let k = from; k < v; k++) {
    const t = tokens[k]!;
    if (/,/.test(tokens[k - 1]!.post)) appositive = !appositive;
    if (/\(/.test(tokens[k - 1]!.post + t.pre + t.text)) bracket++;
    const inBracket = bracket > 0;
    if (/\)/.test(t.text + t.post) && bracket > 0) bracket--;
    if (inBracket || appositive || k <= lastAnd) continue;
    if (!(t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Adverb') || VERB_CHAIN.has(t.normal))) return undefined;
  }
  if (lastAnd >= 0) {
    // "She chaired X and was formerly Y": a verb phrase coordinated after a sentence-initial subject.
    if ((person && person.first > 1) || tokens.slice(from, lastAnd).some((t) => /[,;]/.test(t.post))) return undefined;
  } else if (pronoun && before.some((m) => m.type !== 'Place' && !isAppositive(tokens, m, 1, v))) return undefined;
  return person ?? previousPerson;
}

/** Tokens [from, to) are a copula and a noun phrase ("is a Welsh economist and politician"), a bracketed aside allowed before. */
function describedBy(tokens: Token[], from: number, to: number): boolean {
  let k = from;
  // "(born 1940)": skipped up to the closing bracket.
  if (/\(/.test(tokens[k - 1]!.post + tokens[k]!.pre + tokens[k]!.text)) {
    while (k < to && !/\)/.test(tokens[k]!.text + tokens[k]!.post)) k++;
    k++;
  }
  if (k >= to || !COPULAS.has(tokens[k]!.normal)) return false;
  for (k++; k < to; k++) {
    const t = tokens[k]!;
    if (/[,;:()]/.test(t.post) || (t.tags.has('Verb') && !t.tags.has('Noun'))) return false;
    if (!(DETERMINERS.has(t.normal) || t.normal === 'and' || t.tags.has('Adjective') || t.tags.has('Noun') || t.tags.has('Demonym') || t.tags.has('Value'))) return false;
  }
  return true;
}

/** True when m sits inside commas between `from` and `to`. */
function isAppositive(tokens: Token[], m: MentionRef, from: number, to: number): boolean {
  let open = false;
  for (let k = from; k <= m.first && k < to; k++) if (/,/.test(tokens[k - 1]!.post)) open = !open;
  return open;
}

/** "Reform Party head X", "Pakistani Prime Minister X", "the director general of Y X". */
function titleBefore(tokens: Token[], p: MentionRef, prev: MentionRef | undefined, cues: RelationCues, out: RawRelation[], prevPrev?: MentionRef, partyOf?: (word: string) => ExtractedEntity | undefined): void {
  const floor = Math.max(prev ? prev.last + 1 : 0, p.first - MAX_TITLE_RUN);
  let s = p.first;
  while (s > floor) {
    const t = tokens[s - 1]!;
    // A comma may close the title run only right before the name: "Y's presidential candidate, X".
    if (/[;:()"“”]|--/.test(t.post) || (/,/.test(t.post) && s !== p.first)) break;
    if (t.tags.has('Verb') && !titleIndex(cues).words.has(t.normal)) break;
    s--;
  }
  const words = tokens.slice(s, p.first).map((t) => t.normal);
  const found = titleEndingAt(words, cues);
  if (found) {
    let { title } = found;
    let titleStart = s + found.start;
    // "chairman and chief executive X", "leader and former president X": the first title speaks for both.
    let j = found.start - 1;
    while (j > 0 && cues.titleModifiers.has(words[j]!)) j--;
    const first = j > 0 && words[j] === 'and' ? titleEndingAt(words.slice(0, j), cues) : undefined;
    if (first) {
      title = first.title;
      titleStart = s + first.start;
    }
    if (prev && s === prev.last + 1 && onlyModifiers(tokens, s, titleStart, cues)) {
      if (prev.type !== 'Place' || title.leadsPlace) {
        out.push({ subject: p, predicate: prev.type === 'Place' ? 'LEADS' : title.predicate, object: prev, confidence: 0.8, ...byTitle(title) });
        // "Y Party leader and former president X": the second title, a head of state's after a party's office, is the country's.
        if (first && found.title.headOfState && found.title !== title && prev.type === 'Organization' && cues.membershipOrgs.has(tokens[prev.last]!.normal)) {
          out.push({ subject: p, predicate: 'LEADS', object: 'mainCountry', confidence: MAIN_COUNTRY_GUESS });
        }
        return;
      }
    }
    // "Socialist leader X", "Labor MP X": a party's label word before the title.
    for (let k = s; k < titleStart && partyOf; k++) {
      const t = tokens[k]!;
      const party = /^\p{Lu}/u.test(t.text) ? partyOf(t.normal) : undefined;
      if (party) {
        out.push({ subject: p, predicate: title.predicate, object: { named: party }, confidence: 0.6, ...byTitle(title) });
        return;
      }
    }
    for (let k = s; k < titleStart; k++) {
      const t = tokens[k]!;
      if (t.tags.has('Demonym') || (t.tags.has('ProperNoun') && /an$|ese$|ish$|i$/.test(t.normal))) {
        if (title.headOfState) out.push({ subject: p, predicate: 'LEADS', object: { demonym: t.normal }, confidence: 0.75 });
        else if (title.government) out.push({ subject: p, predicate: 'WORKS_FOR', object: 'government', confidence: 0.6 });
        return;
      }
    }
    if (title.headOfState && !/,/.test(tokens[p.first - 1]?.post ?? '')) out.push({ subject: p, predicate: 'LEADS', object: 'mainCountry', confidence: MAIN_COUNTRY_GUESS });
    else if (title.government) out.push({ subject: p, predicate: 'WORKS_FOR', object: 'government', confidence: GOVERNMENT_GUESS });
    return;
  }
  // "senior Republicans X and Y", "Social Democrat X": a party's member word right before the name.
  const label = tokens[p.first - 1];
  if (label && partyOf && /^\p{Lu}/u.test(label.text) && !/[^ \t]/.test(label.post) && (!prev || prev.last < p.first - 1)) {
    const party = lex.partyPlurals().has(label.normal) ? partyOf(label.normal) : undefined;
    if (party) {
      out.push({ subject: p, predicate: 'MEMBER_OF', object: { named: party }, confidence: 0.6 });
      return;
    }
  }
  // "the cabinet of X", "the regime of President X": the head of the story's government.
  if (governmentOf(tokens, p, cues)) {
    out.push({ subject: p, predicate: 'LEADS', object: 'mainCountry', confidence: MAIN_COUNTRY_GUESS });
    return;
  }
  // "the leader of Y, X" / "the director general of Y X": the title stands before Y
  // (or before Y's name when Y's short name follows it in brackets: "of Y (YZ) X").
  if (prev && prevPrev && prevPrev.entity === prev.entity && /\(/.test(tokens[prev.first]?.pre ?? '') && p.first === prev.last + 1) prev = prevPrev;
  if (prev && (s === prev.last + 1 || p.first === prev.last + 1 || (prevPrev === prev))) {
    const ofAt = prev.first - 1 - (DETERMINERS.has(tokens[prev.first - 1]?.normal ?? '') ? 1 : 0);
    if (tokens[ofAt]?.normal === 'of') {
      const before = tokens.slice(Math.max(0, ofAt - 4), ofAt).map((t) => t.normal);
      const t = titleEndingAt(before, cues);
      if (t && prev.type !== 'Place') out.push({ subject: p, predicate: t.title.predicate, object: prev, confidence: 0.7, ...byTitle(t.title) });
      else if (t && t.title.leadsPlace) out.push({ subject: p, predicate: 'LEADS', object: prev, confidence: 0.7 });
    }
  }
}

const GOVERNMENT_NOUNS = new Set(['government', 'regime', 'cabinet', 'administration', 'dictatorship', 'reign', 'rule', 'presidency', 'premiership']);

/** Words between "of" and the name in "the regime of (former President) X". */
const MAX_GOVERNMENT_GAP = 3;

/** "the (Communist) regime of (President) X": a government noun, "of", and only modifiers or a title before the name. */
function governmentOf(tokens: Token[], p: MentionRef, cues: RelationCues): boolean {
  for (let k = p.first - 1; k >= 1 && p.first - k <= MAX_GOVERNMENT_GAP + 1; k--) {
    if (tokens[k]!.normal !== 'of') continue;
    if (/[,;:]/.test(tokens[k]!.post) || !GOVERNMENT_NOUNS.has(tokens[k - 1]!.normal)) return false;
    const between = k + 1;
    return between === p.first || onlyModifiers(tokens, between, p.first, cues) || !!titleEndingAt(tokens.slice(between, p.first).map((t) => t.normal), cues);
  }
  return false;
}

/**
 * The appositive after a name, up to the next comma: "X, the Y candidate",
 * "X, leader of the main opposition Y", "X, Y and Z president", "X, Y's
 * first president", "X, Y Secretary General and member of party Z".
 */
function appositionAfter(tokens: Token[], mentions: MentionRef[], i: number, cues: RelationCues, out: RawRelation[]): void {
  const p = mentions[i]!;
  if (!/,/.test(tokens[p.last]!.post)) return;
  let end = p.last + 1;
  // A comma inside a name ("Brandt, Oakes & Co.") does not end the apposition.
  const insideName = (k: number) => mentions.some((m) => m.first <= k && k < m.last);
  // Nor does the comma of an address before "-based" ("the Dunmore, Pa.-based firm").
  const beforeBased = (k: number) => addressBeforeBased(tokens, k);
  while (end < tokens.length - 1 && end - p.last <= 16 && (!/[,;:()"“”]|--/.test(tokens[end]!.post) || insideName(end) || beforeBased(end))) end++;
  // A sentence that stops inside the apposition ("X, the former"): the segment ends at its last token.
  if (end > tokens.length - 1) return;
  const segment = mentions.filter((m) => m.first > p.last && m.last <= end);
  if (!segment.length) {
    bareTitleApposition(tokens, p, end, cues, out);
    return;
  }
  // Words between the comma and the first mention: determiners, modifiers, or "title of".
  for (let k = p.last + 1; k < segment[0]!.first; k++) if (tokens[k]!.tags.has('Verb') && !titleIndex(cues).words.has(tokens[k]!.normal)) return;
  let from = p.last + 1;
  for (let j = 0; j < segment.length; j++) {
    const m = segment[j]!;
    // "head of the Dunmore, Pa.-based firm's X": a place before "-based" only modifies.
    if (m.type === 'Place' && basedModifier(tokens, m)) continue;
    const lo = from;
    from = m.last + 1;
    // The segment's last token (`end`) is inside it: "X, Ghana's first president,".
    const title = titleAround(tokens, lo, m, Math.min(end + 1, segment[j + 1]?.first ?? end + 1), cues);
    if (!title) {
      // "X, the Y candidate heading Z": a linking verb inside the apposition.
      const predicate = m.type !== 'Place' ? linkVerbBefore(tokens, lo, m, cues) : undefined;
      if (predicate) out.push({ subject: p, predicate, object: m, confidence: 0.65 });
      continue;
    }
    // "X, Y and Z president": coordinated names share the title that follows the last one.
    const group = [m];
    for (let g = j - 1; g >= 0 && coordinated(tokens, segment[g]!, group[0]!); g--) group.unshift(segment[g]!);
    for (const o of group) {
      if (o.type === 'Place' && !title.leadsPlace) continue;
      const predicate = o.type === 'Place' ? 'LEADS' : title.predicate;
      out.push({ subject: p, predicate, object: o, confidence: 0.75, ...byTitle(title) });
    }
  }
}

/**
 * "Boston-based", "Dunmore, Pa.-based", "Toledo, Ohio-based": the place is a modifier of what follows, where a
 * body is (LOCATED_IN at most), never what a title leads.
 */
export function basedModifier(tokens: readonly Token[], m: MentionRef): boolean {
  // "Boston" "-" "based"; "Ill.-based", a word the parse kept whole, the mention its first piece; "Toledo, Ohio-based"
  return endsBeforeBased(tokens, m.last) || /-based$/i.test(tokens[m.last]!.text) || addressBeforeBased(tokens, m.last);
}

/** Token at is a town followed by its state or country and "-based": "Dunmore, Pa.-based", "Toledo, Ohio-based". */
function addressBeforeBased(tokens: readonly Token[], at: number): boolean {
  if (!/,\s*$/.test(tokens[at]!.post)) return false;
  // The state or country after the comma: one or two capitalized words ("Pa.", "New Mexico").
  for (let k = at + 1; k <= at + 2; k++) {
    const t = tokens[k];
    if (!t || !/^\p{Lu}/u.test(t.text)) return false;
    if (/^\p{Lu}\S*-based$/u.test(t.text) || endsBeforeBased(tokens, k)) return true;
    if (/\S/.test(t.post)) return false;
  }
  return false;
}

/** Token k is followed by "-based", split off by the parse ("Boston" "-" "based"). */
function endsBeforeBased(tokens: readonly Token[], k: number): boolean {
  return /^\s*-\s*$/.test(tokens[k]!.post) && tokens[k + 1]?.normal === 'based';
}

const APPOSITION_TAIL = new Set(['from', 'since', 'until', 'between']);

/**
 * "X, a former prime minister, ...", "X, premier from 1990 to 1994, ...": a
 * head-of-state or government title with no organisation names the country
 * (or government) of the story.
 */
function bareTitleApposition(tokens: Token[], p: MentionRef, end: number, cues: RelationCues, out: RawRelation[]): void {
  let k = p.last + 1;
  while (k <= end && k - p.last <= 4 && !titleStartingAt(tokens, k, end, cues) && (DETERMINERS.has(tokens[k]?.normal ?? '') || cues.titleModifiers.has(tokens[k]?.normal ?? ''))) k++;
  const title = titleStartingAt(tokens, k, end, cues);
  if (!title) return;
  const next = tokens[k + title.words.length];
  if (k + title.words.length <= end && !(next && APPOSITION_TAIL.has(next.normal))) return;
  if (title.headOfState) out.push({ subject: p, predicate: 'LEADS', object: 'mainCountry', confidence: MAIN_COUNTRY_GUESS });
  else if (title.government) out.push({ subject: p, predicate: 'WORKS_FOR', object: 'government', confidence: GOVERNMENT_GUESS });
}

/** The longest title whose words start at token k (and end by `end`). */
function titleStartingAt(tokens: Token[], k: number, end: number, cues: RelationCues): Title | undefined {
  const first = tokens[k];
  if (!first) return undefined;
  for (const title of titleIndex(cues).startingWith(first.normal)) {
    if (k + title.words.length - 1 > end) continue;
    if (title.words.every((w, n) => tokens[k + n]?.normal === w)) return title;
  }
  return undefined;
}

/** "heading the X", "backing the X": a gerund or participle cue right before m (determiners and adjectives between). */
function linkVerbBefore(tokens: Token[], lo: number, m: MentionRef, cues: RelationCues): Predicate | undefined {
  let k = m.first - 1;
  while (k >= lo && (DETERMINERS.has(tokens[k]!.normal) || (tokens[k]!.tags.has('Adjective') && !tokens[k]!.tags.has('Verb')))) k--;
  const t = tokens[k];
  if (k < lo || !t || !t.tags.has('Verb') || !/ing$/.test(t.normal)) return undefined;
  for (const l of lemmaCandidates(t.text)) {
    const predicate = cues.linkWords.get(l);
    if (predicate && predicate !== 'LOCATED_IN') return predicate;
  }
  return undefined;
}

const COMPANION = ['along with', 'together with', 'as well as', 'alongside'];

/** "X, together with three other Y, ...": Y is X's companion in what follows. */
function alongWith(tokens: Token[], x: MentionRef, y: MentionRef): boolean {
  if (x.type === 'Place' || y.type === 'Place' || !/,/.test(tokens[x.last]!.post)) return false;
  const between = tokens.slice(x.last + 1, y.first);
  const words = between.map((t) => t.normal).join(' ');
  const lead = COMPANION.find((c) => words === c || words.startsWith(`${c} `));
  if (!lead) return false;
  return between.slice(lead.split(' ').length).every((t) => DETERMINERS.has(t.normal) || t.tags.has('Adjective') || t.tags.has('Value'));
}

/** Descriptive words after "and" before a second relative: "the son of X and the painter Y", "of X and his wife Y" is not (a kin noun). */
const MAX_PARTNER_DESCRIPTION = 2;
function describedPartner(tokens: Token[], a: MentionRef, b: MentionRef): boolean {
  if (b.type !== 'Person') return false;
  // "the daughter of A (née X) and the painter B": a short aside after A is passed over.
  let from = a.last + 1;
  if (/\(\s*$/.test(tokens[a.last]!.post) || /^\(/.test(tokens[from]?.pre ?? '')) {
    while (from < b.first && from <= a.last + MAX_PARTNER_ASIDE && !/\)/.test(tokens[from]!.text + tokens[from]!.post)) from++;
    if (from >= b.first || !/\)\s*$/.test(tokens[from]!.text + tokens[from]!.post)) return false;
    from++;
  } else if (/[,;(]/.test(tokens[a.last]!.post)) return false;
  const between = tokens.slice(from, b.first);
  if (between[0]?.normal !== 'and') return false;
  let k = 1;
  if (DETERMINERS.has(between[k]?.normal ?? '')) k++;
  const words = between.slice(k);
  return words.length >= 1 && words.length <= MAX_PARTNER_DESCRIPTION && words.every((t) => t.tags.has('Noun') && !t.tags.has('ProperNoun') && !t.tags.has('Verb') && !/[,;()]/.test(t.post));
}

/** Words of an aside after a partner's name ("(née Lacey)", "(1920–1990)"). */
const MAX_PARTNER_ASIDE = 5;

function coordinated(tokens: Token[], a: MentionRef, b: MentionRef): boolean {
  // "A and B", "A and the B", "A, B".
  const between = wordsBetween(tokens, a, b).filter((w, k) => !(k === 1 && w === 'the'));
  return (between.length === 1 && ['and', '&'].includes(between[0]!)) || (!between.length && /,/.test(tokens[a.last]!.post));
}

/** A title just before m ("leader of the main opposition M") or just after it ("M's first president"). */
function titleAround(tokens: Token[], lo: number, m: MentionRef, hi: number, cues: RelationCues): Title | undefined {
  // Before: TITLE PREP [det] [up to 3 modifiers] M
  let k = m.first - 1;
  let mods = 0;
  while (k >= lo && mods < 4 && !PREPS_AFTER_TITLE.has(tokens[k]!.normal) && !tokens[k]!.tags.has('Verb')) {
    k--;
    mods++;
  }
  if (k >= lo && PREPS_AFTER_TITLE.has(tokens[k]!.normal)) {
    const words = tokens.slice(lo, k).map((t) => t.normal).filter((w) => !DETERMINERS.has(w));
    const t = titleEndingAt(words, cues);
    if (t) return t.title;
  }
  // After: M ['s] [up to 3 modifiers] TITLE; the title starting first, and the longest there
  // ("Y general secretary and a member of Z": general secretary, not secretary or member).
  const after = tokens.slice(m.last + 1, Math.min(hi, m.last + 6)).map((t) => t.normal);
  let best: { title: Title; start: number } | undefined;
  for (let n = 1; n <= after.length; n++) {
    const t = titleEndingAt(after.slice(0, n), cues);
    if (t && t.start <= 3 && (!best || t.start < best.start || (t.start === best.start && t.title.words.length > best.title.words.length))) best = t;
  }
  return best?.title;
}

/** "his wife X", "Y's son X", "her main rival, X", "his arch-rival, former communist X". */
function kinBefore(tokens: Token[], p: MentionRef, prev: MentionRef | undefined, lastPerson: MentionRef | undefined, cues: RelationCues, out: RawRelation[], anchors: Map<MentionRef, MentionRef>): void {
  const floor = Math.max(prev ? prev.last + 1 : 0, p.first - 7);
  for (let k = p.first - 1; k >= floor; k--) {
    const t = tokens[k]!;
    if (t.tags.has('Verb') && !t.tags.has('Noun')) return;
    const predicate: Predicate | undefined = cues.kin.has(t.normal) ? 'RELATIVE_OF' : relationNoun(t, cues);
    if (!predicate) continue;
    // "his son", "her late husband", "her film producer husband": the pronoun before a few modifiers.
    let q = k - 1;
    while (q >= 0 && k - q <= MAX_KIN_MODIFIERS && !POSSESSIVE_PRONOUNS.has(tokens[q]!.normal) && (tokens[q]!.tags.has('Noun') || tokens[q]!.tags.has('Adjective')) && !tokens[q]!.tags.has('Verb') && !/[,;:]/.test(tokens[q]!.post)) q--;
    const pronoun = q >= 0 && POSSESSIVE_PRONOUNS.has(tokens[q]!.normal);
    // "Y's ally X": X is the ally; "Y's endorsement of X", "his support for X": the act is the possessor's.
    const act = cues.actNouns.has(t.normal);
    if (prev && prev.possessive && prev.last >= k - 3 && (predicate !== 'RELATIVE_OF' || prev.type === 'Person')) {
      out.push(act ? { subject: prev, predicate, object: p, confidence: 0.7 } : { subject: p, predicate, object: prev, confidence: 0.75 });
    } else if (pronoun && lastPerson && lastPerson !== p) {
      // "his father X ..., while his mother Y": both "his" are the same person's, not X's.
      const owner = anchors.get(lastPerson) ?? lastPerson;
      if (owner === p) return;
      out.push(act ? { subject: owner, predicate, object: p, confidence: 0.55 } : { subject: p, predicate, object: owner, confidence: 0.6 });
      if (predicate === 'RELATIVE_OF') anchors.set(p, owner);
    }
    return;
  }
}

function relationNoun(t: Token, cues: RelationCues): Predicate | undefined {
  // "his arch-rival": compromise may tag the noun as an adjective after "arch".
  if (!t.tags.has('Noun') && !t.tags.has('Adjective')) return undefined;
  const p = cues.linkWords.get(t.normal) ?? cues.linkWords.get(t.normal.replace(/s$/, ''));
  return p === 'OPPOSES' || p === 'SUPPORTS' ? p : undefined;
}

/** Two neighbouring mentions and the words between them. */
function pair(tokens: Token[], a: MentionRef, b: MentionRef, after: MentionRef | undefined, cues: RelationCues, out: RawRelation[], skipped?: MentionRef): void {
  const gap = tokens.slice(a.last + 1, b.first);
  const words = gap.map((t) => t.normal);
  const commaAfterA = /,/.test(tokens[a.last]!.post);
  // "Chile, Peru and Bolivia" is a list, not "Chile lies in Peru"; "Creedmoor, N.C.; Hampshire, England" is not.
  const afterGap = after ? wordsBetween(tokens, b, after) : [];
  // "St. Charles, Kane County, Illinois" is a chain: a subdivision named as one ("X County") ends no list.
  const listAfterB = !!after && after.type === 'Place' && afterGap.length <= 1 && afterGap.every((w) => w === 'and' || w === 'or') && !/;/.test(tokens[b.last]!.post)
    && !(afterGap.length === 0 && cues.subdivisionNouns.has(tokens[b.last]!.normal));

  // "East Godavari district, Andhra Pradesh": a subdivision noun after the name, then the comma (a chain, whatever follows).
  if (a.type === 'Place' && b.type === 'Place' && gap.length === 1 && !commaAfterA && /,/.test(gap[0]!.post) && cues.subdivisionNouns.has(words[0]!)) {
    out.push({ subject: a, predicate: 'LOCATED_IN', object: b, confidence: 0.65 });
    return;
  }
  // Places: "Creedmoor, N.C.", "Lahore in Punjab", "San Diego-based X", "X, based in Y".
  if (b.type === 'Place' && (a.type === 'Place' || a.type === 'Organization') && !listAfterB) {
    const inner = words.filter((w) => w && !DETERMINERS.has(w));
    if (a.type === 'Place' && !gap.length && commaAfterA) {
      out.push({ subject: a, predicate: 'LOCATED_IN', object: b, confidence: 0.7 });
      return;
    }
    // "Balliol College, Oxford": a college, school or club and its town.
    if (a.type === 'Organization' && !gap.length && commaAfterA && cues.sitedOrgHeads.has(tokens[a.last]!.normal)) {
      out.push({ subject: a, predicate: 'LOCATED_IN', object: b, confidence: 0.65 });
      return;
    }
    if (a.type === 'Place' && inner.length === 1 && inner[0] === 'in') {
      out.push({ subject: a, predicate: 'LOCATED_IN', object: b, confidence: 0.6 });
      return;
    }
    if (inner.length === 2 && cues.based.has(inner[0]!) && inner[1] === 'in') {
      out.push({ subject: a, predicate: 'LOCATED_IN', object: b, confidence: 0.8 });
      return;
    }
  }
  // "the Balochistan provincial capital Quetta": a town inside the place named first.
  // ("East Godavari district, Andhra Pradesh" is a chain read the other way: no comma inside.)
  if (a.type === 'Place' && b.type === 'Place' && gap.length >= 1 && gap.length <= 3 && words.every((w) => cues.placeNouns.has(w) || DETERMINERS.has(w))
    && !commaAfterA && !gap.some((t) => /,/.test(t.post))) {
    out.push({ subject: b, predicate: 'LOCATED_IN', object: a, confidence: 0.7 });
    return;
  }
  // "Karachi's ethnic X movement": a local organisation.
  if (a.type === 'Place' && a.possessive && b.type === 'Organization' && gap.length <= 2 && gap.every((t) => t.tags.has('Adjective'))) {
    out.push({ subject: b, predicate: 'LOCATED_IN', object: a, confidence: 0.6 });
    return;
  }
  // "the Brookvale, Calif.-based X": the parse may keep the suffix in the place's own word.
  const gluedBased = !gap.length && /-based$/i.test(tokens[a.last]!.text);
  if (a.type === 'Place' && b.type === 'Organization' && ((words.length === 1 && cues.based.has(words[0]!)) || gluedBased)) {
    out.push({ subject: b, predicate: 'LOCATED_IN', object: a, confidence: 0.8 });
    return;
  }
  if (a.type === 'Organization' && b.type === 'Organization' && partOf(tokens, a, b, gap, commaAfterA, cues, out)) return;
  // "Okonjo's Liberal Democratic Party": a person's party.
  if (a.type === 'Person' && a.possessive && b.type === 'Organization' && !gap.length) {
    out.push({ subject: a, predicate: 'LEADS', object: b, confidence: 0.5 });
    return;
  }
  if (gap.length > 10 || a.type === 'Place' || b.type === 'Place') return;
  if (gap.some((t) => /[;:"“”]|--/.test(t.post))) return;
  // Verbs and nouns linking two actors: "X backed Y", "X and her rival Y", "X criticised Y".
  // "by [Kenya's military] Y": the words right before Y that modify it (a possessive name, adjectives, a compound noun).
  const inSkipped = (t: Token) => !!skipped && t.start >= skipped.start && t.end <= skipped.end + 2;
  let modStart = gap.length;
  // ("behind", tagged an adjective after "weight", is a preposition here, no modifier of Y.)
  while (modStart > 0 && gap.length - modStart < 3 && !/[,;]/.test(gap[modStart - 1]!.post) && !LINKING_PREPOSITIONS.has(gap[modStart - 1]!.normal) && (inSkipped(gap[modStart - 1]!) || ((gap[modStart - 1]!.tags.has('Adjective') || gap[modStart - 1]!.tags.has('Noun')) && !gap[modStart - 1]!.tags.has('Verb') && !gap[modStart - 1]!.tags.has('Pronoun') && !cues.linkWords.has(gap[modStart - 1]!.normal)))) modStart--;
  const byAt = words.lastIndexOf('by');
  const passive = words.some((w) => PASSIVE_MARK.has(w)) && byAt >= 0 && gap.slice(byAt + 1, modStart).every((t) => DETERMINERS.has(t.normal) || t.tags.has('Adjective'));
  // "not favoured by": negated; "accused in parliament": b sits in an adjunct phrase.
  if (words.some((w) => NEGATION.has(w) || NEGATING_VERBS.has(w))) return;
  const lastWord = gap[gap.length - 1];
  // "won the backing of [the] Y": "of" after a noun of the act names who acts.
  let ofAt = gap.length - 1;
  while (ofAt > 0 && DETERMINERS.has(gap[ofAt]!.normal)) ofAt--;
  const actOf = gap[ofAt]?.normal === 'of' && ofAt >= 1 && cues.actNouns.has(gap[ofAt - 1]!.normal);
  // "came out in favour of Y": a two-word cue ending in the preposition.
  const cueOf = ofAt >= 1 && cues.linkWords.has(`${gap[ofAt - 1]!.normal} ${gap[ofAt]!.normal}`);
  if (lastWord?.tags.has('Preposition') && !LINKING_PREPOSITIONS.has(lastWord.normal) && !actOf && !cueOf) return;
  // "where X worked": a relative clause of place about the organisation before it.
  if (a.type === 'Organization' && b.type === 'Person' && words[words.length - 1] === 'where' && lemmaCandidates(tokens[b.last + 1]?.text ?? '').includes('work')) {
    out.push({ subject: b, predicate: 'WORKS_FOR', object: a, confidence: 0.6 });
    return;
  }
  let appositive = false;
  for (let k = 0; k < gap.length; k++) {
    const t = gap[k]!;
    if (/,/.test((k === 0 ? tokens[a.last]! : gap[k - 1]!).post)) appositive = !appositive;
    // The left mention must be the one acting: no other noun of its own clause in between.
    if (k >= modStart) return;
    // Two-word cues first: "weight behind" is a cue, though "weight" alone is a noun of the clause.
    const two = k + 1 < gap.length ? `${t.normal} ${gap[k + 1]!.normal}` : '';
    let predicate = two ? cues.linkWords.get(two) : undefined;
    if (!predicate && two) for (const l of lemmaCandidates(t.text)) if ((predicate = cues.linkWords.get(`${l} ${gap[k + 1]!.normal}`))) break;
    const twoWords = !!predicate;
    if (!predicate && !appositive && t.tags.has('Noun') && !t.tags.has('Pronoun') && !PRONOUN_DETERMINERS.has(t.normal) && !cues.linkWords.has(t.normal) && !relationNounWord(t.normal, cues)) return;
    // "his rival, X": the rival of whoever "his" is (kinBefore), not of the mention before.
    if (POSSESSIVE_PRONOUNS.has(gap[k - 1]?.normal ?? '') && relationNounWord(t.normal, cues)) return;
    // ("co-founded": the cue list keeps a hyphen as a space.)
    if (!predicate) for (const l of lemmaCandidates(t.text)) if ((predicate = cues.linkWords.get(l) ?? cues.linkWords.get(l.replace(/-/g, ' ')))) break;
    if (!predicate) continue;
    // "X fought for Y", "X battled alongside Y": the cue takes Y's side, it does not face Y.
    if (predicate === 'OPPOSES' && !twoWords && SIDE_PREPOSITIONS.has(gap[k + 1]?.normal ?? '')) return;
    // "X backers ... Y": a cue noun that X modifies speaks of X's backers, not of X.
    if (k === 0 && !t.tags.has('Verb') && !/,/.test(tokens[a.last]!.post) && !a.possessive) return;
    // "X were detained over ... Y": a passive cue needs its agent in a by-phrase.
    if (!passive && t.tags.has('Verb') && PASSIVE_MARK.has(gap[k - 1]?.normal ?? '') && /ed$|en$/.test(t.normal)) return;
    // The cue must govern Y: "voiced support for the plan and ... Y" names another object.
    const rest = gap.slice(k + (twoWords ? 2 : 1), modStart);
    // "X won the endorsement of Y": Y acts (but "Y's endorsement of X": the possessor does).
    const receives = actOf && k === ofAt - 1 && !a.possessive;
    if (rest.some((r) => r.tags.has('Noun') && !r.tags.has('Pronoun') && !DETERMINERS.has(r.normal) && !inSkipped(r))) return;
    // A leader's verb takes its body as object ("ran the party", "presided over it"); "ran on the Y ticket" leads nothing.
    if (predicate === 'LEADS' && rest.some((r) => r.tags.has('Preposition') && r.normal !== 'over')) return;
    // "X, backed by Y", "students backed by Y": a participle and its agent, with no auxiliary.
    const reduced = !passive && gap[k + 1]?.normal === 'by' && t.tags.has('Verb') && /ed$|en$/.test(t.normal);
    const [s, o] = passive || reduced || receives ? [b, a] : [a, b];
    out.push({ subject: s, predicate, object: o, confidence: 0.6 });
    return;
  }
}

/** True when `words` end with one of the phrases (a plural last word too). */
function endsWithPhrase(phrases: string[][], words: string[]): boolean {
  return phrases.some((p) => p.length <= words.length && p.every((w, k) => words[words.length - p.length + k] === w || words[words.length - p.length + k] === `${w}s`));
}

/**
 * "X, a unit of Y", "Y's subsidiary, X", "X, a former Y unit"; and the whole's side,
 * "X, the parent company of Y", "Y's owner, X": Y is part of X.
 */
function partOf(tokens: Token[], a: MentionRef, b: MentionRef, gap: Token[], commaAfterA: boolean, cues: RelationCues, out: RawRelation[]): boolean {
  const words = gap.map((t) => t.normal).filter((w) => w && !DETERMINERS.has(w) && !cues.titleModifiers.has(w));
  const isPart = (ws: string[]) => endsWithPhrase(cues.partOf, ws);
  const isWhole = (ws: string[]) => endsWithPhrase(cues.wholeOf, ws);
  // The relation, stated from the part's side (`partFirst`: a is the part) or the whole's.
  const push = (partFirst: boolean, confidence: number) => {
    out.push(partFirst ? { subject: a, predicate: 'PART_OF', object: b, confidence } : { subject: b, predicate: 'PART_OF', object: a, confidence });
    return true;
  };
  // "X is a unit of Y", "X is Y's mining arm": a copula stands where the comma would.
  const copula = !commaAfterA && COPULAS.has(words[0] ?? '');
  if (copula) words.shift();
  if (copula && !words.length && b.possessive) {
    const next = tokens.slice(b.last + 1, b.last + 5);
    let k = 0;
    while (k < next.length - 1 && (next[k]!.tags.has('Adjective') || next[k]!.tags.has('Value')) && !/[,;]/.test(next[k]!.post)) k++;
    // "X is Y's parent company": the whole's noun comes first, "company" alone names a part.
    if (next[k] && isWhole([next[k]!.normal])) return push(false, 0.7);
    if (next[k] && isPart([next[k]!.normal])) return push(true, 0.7);
  }
  if ((commaAfterA || copula) && words.length >= 2 && words[words.length - 1] === 'of') {
    const noun = words.slice(0, -1);
    if (isWhole(noun)) return push(false, 0.75);
    if (isPart(noun)) return push(true, 0.75);
  }
  if (a.possessive && words.length >= 1) {
    // "Y's parent company, X": Y is the part; "Y's subsidiary, X": X is.
    if (isWhole(words)) return push(true, 0.75);
    if (isPart(words)) return push(false, 0.75);
  }
  if (commaAfterA && gap.every((t) => DETERMINERS.has(t.normal) || cues.titleModifiers.has(t.normal) || t.tags.has('Adjective'))) {
    const next = tokens.slice(b.last + 1, b.last + 3).map((t) => t.normal);
    // "X, Y's parent, said": Y is part of X.
    if (b.possessive && next.length && isWhole(next.slice(0, 1))) return push(false, 0.7);
    if (next.length && isPart(next.slice(0, 1))) return push(true, 0.7);
  }
  return false;
}

/**
 * "the head of the X federation said ...": a title of an organisation with
 * no name in a sentence that names no person. The person who opens the next
 * sentence, named there for the first time, is likely the one meant.
 */
export function anonymousTitle(view: SentenceView, cues: RelationCues): { title: Title; org: MentionRef } | undefined {
  const { tokens, mentions } = view;
  if (mentions.some((m) => m.type === 'Person')) return undefined;
  for (let k = 1; k < tokens.length - 2; k++) {
    if (tokens[k - 1]!.normal !== 'the' || mentions.some((m) => m.first <= k && m.last >= k)) continue;
    const title = titleStartingAt(tokens, k, tokens.length - 1, cues);
    if (!title) continue;
    const j = k + title.words.length;
    if (tokens[j]?.normal !== 'of') continue;
    let q = j + 1;
    while (q < tokens.length && q - j <= 3 && DETERMINERS.has(tokens[q]!.normal)) q++;
    // "The mayor of X, a small town, sent a letter": a place's head too.
    const org = mentions.find((m) => m.first === q && (m.type === 'Organization' || (m.type === 'Place' && title.leadsPlace && !basedModifier(tokens, m))));
    if (org) return { title, org };
  }
  return undefined;
}
