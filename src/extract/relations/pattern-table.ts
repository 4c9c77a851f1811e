import { ACTOR_TYPES, type EntityType } from '../../model/ontology.js';
import type { PatternRow } from './pattern-language.js';

const PERSON: EntityType[] = ['Person'];
const ORG: EntityType[] = ['Organization'];
const PLACE: EntityType[] = ['Place'];
const ACTOR: EntityType[] = [...ACTOR_TYPES];
const SITED: EntityType[] = ['Organization', 'Place'];

/**
 * Relations between two neighbouring mentions, one row per construction
 * (pattern-language.ts says how to read a pattern). Each row has example
 * sentences in test/extract/relation-table.test.ts. Negations never match:
 * only @any may span words, and it stops at "not", "never", "no".
 */
export const PATTERN_ROWS: PatternRow[] = [
  // Where things are: "X is a village in Y", "X, a port city in Y", "X lies in Y", "X, located in Y".
  { pattern: 'A ,? is|was|lies|lay|remains ,? @np in|within B', predicate: 'LOCATED_IN', subject: 'A', a: SITED, b: PLACE, confidence: 0.65 },
  { pattern: 'A , @np in|within B', predicate: 'LOCATED_IN', subject: 'A', a: SITED, b: PLACE, confidence: 0.65 },
  { pattern: 'A ,? lies|lay|is|was|are|were|remains? located|situated|based|headquartered|centred|centered in|near|at B', predicate: 'LOCATED_IN', subject: 'A', a: SITED, b: PLACE, confidence: 0.8 },
  { pattern: 'A ,? which|that is|was|are|were located|situated|based|headquartered in B', predicate: 'LOCATED_IN', subject: 'A', a: SITED, b: PLACE, confidence: 0.75 },
  { pattern: 'A ,? has|had its headquarters|seat|base in B', predicate: 'LOCATED_IN', subject: 'A', a: ORG, b: PLACE, confidence: 0.75 },
  // "X is an organisation based in Y", "X, a trust headquartered in Y".
  { pattern: 'A ,? is|was|are|were a|an|the @np based|headquartered|located|situated in|at|near B', predicate: 'LOCATED_IN', subject: 'A', a: SITED, b: PLACE, confidence: 0.75 },
  { pattern: 'A , a|an|the @np based|headquartered|located|situated in|at|near B', predicate: 'LOCATED_IN', subject: 'A', a: SITED, b: PLACE, confidence: 0.75 },
  // "X is a Canadian chain of shops headquartered in Y", "X, located in the harbour district of Y".
  { pattern: 'A ,? is|was|are|were a|an|the @np of @np based|headquartered|located|situated in|at|near B', predicate: 'LOCATED_IN', subject: 'A', a: SITED, b: PLACE, confidence: 0.7 },
  { pattern: 'A ,? is|was|are|were? located|situated|based in|at|near the @np? area|part|heart|centre|center|outskirts|suburbs|district|quarter of B', predicate: 'LOCATED_IN', subject: 'A', a: SITED, b: PLACE, confidence: 0.65 },
  // An address: "buried in Maple Cemetery, Norwich, Connecticut", "studied at Lund College, Galesburg".
  { pattern: 'A , B ,', predicate: 'LOCATED_IN', subject: 'A', a: ORG, b: PLACE, confidence: 0.45 },
  // "X is a town in the province of Y", "X is the capital of Y", "its county seat is X".
  // "X is a hamlet in the rural district of Y": a modifier before the unit's noun.
  { pattern: 'A ,? is|was ,? @np in|within the @np? state|province|county|region|district|department|canton|prefecture|municipality|oblast|governorate of B', predicate: 'LOCATED_IN', subject: 'A', a: SITED, b: PLACE, confidence: 0.65 },
  // "the district of X, within Y County, Z Province": a unit and the larger one it lies within, in a chain of units
  // (the comma after B: "in the state of Y, within Z Park." speaks of what the sentence is about, not of Y).
  { pattern: 'A , within B ,', predicate: 'LOCATED_IN', subject: 'A', a: PLACE, b: PLACE, confidence: 0.6 },
  { pattern: 'A ,? is|was the @np? capital|seat of the? state|province|county|region|district|department|canton|prefecture|municipality|oblast|governorate? of? B', predicate: 'LOCATED_IN', subject: 'A', a: PLACE, b: PLACE, confidence: 0.7 },
  { pattern: "A's @np? capital|seat ,? is|was B", predicate: 'LOCATED_IN', subject: 'B', a: PLACE, b: PLACE, confidence: 0.7 },
  // "the embassy in Y", "Jerusalem's old city", "the Qasri region in Y province".
  { pattern: 'A in|at B', predicate: 'LOCATED_IN', subject: 'A', a: ORG, b: PLACE, confidence: 0.5 },
  { pattern: "A's B", predicate: 'LOCATED_IN', subject: 'B', a: PLACE, b: PLACE, confidence: 0.6 },
  { pattern: 'A region|province|district|area|county|state|city|town|village|municipality|island|valley|suburb in|of B', predicate: 'LOCATED_IN', subject: 'A', a: PLACE, b: PLACE, confidence: 0.6 },
  // Heads: "X, led by Y", "X is headed by former minister Y", "a group led by Y".
  { pattern: 'A ,? @np? is|was|are|were|been? led|headed|chaired|run by @np? ,? @np? B', predicate: 'LEADS', subject: 'B', a: ORG, b: PERSON, confidence: 0.7 },
  // "X, whose leader, Y, ...", "X said its chairman Y": "its"/"whose" is the organisation just named.
  { pattern: 'A ,? whose @title ,? B', predicate: 'TITLE', subject: 'B', a: ORG, b: PERSON, confidence: 0.7 },
  { pattern: 'A @any its @np? @title ,? B', predicate: 'TITLE', subject: 'B', a: ORG, b: PERSON, confidence: 0.6 },
  // "the Y of President X": the title's holder leads (or serves) the body named before it.
  { pattern: 'A of @np? @title B', predicate: 'TITLE', subject: 'B', a: ORG, b: PERSON, confidence: 0.65 },
  // "EU farm commissioner X", "the union's regional education secretary X": a body, words of the office's field, the title, the name.
  // A leading title read this way may be a lesser one ("council vice-chairmen X": @np takes "vice"): membership only.
  { pattern: 'A @np @title B', predicate: 'TITLE', subject: 'B', titleLeads: 'MEMBER_OF', a: ORG, b: PERSON, confidence: 0.6 },
  // "King X of Y", "Chairman X of Y": a title before the name and the body or place after it.
  { pattern: '@title A of B', predicate: 'TITLE', subject: 'A', a: PERSON, b: [...ORG, ...PLACE], confidence: 0.65 },
  // "X took over on Monday as commander of Y", "X returned in 1990 as coach of Y".
  { pattern: 'A @any as @np? @title of|at|for B', predicate: 'TITLE', subject: 'A', a: PERSON, b: ORG, confidence: 0.6 },
  // Relative clauses: "X, who heads Y", "X, who works for Y", "X, who joined Y".
  { pattern: 'A , who|which heads|leads|chairs|runs|headed|led|chaired|ran|founded B', predicate: 'LEADS', subject: 'A', a: PERSON, b: ORG, confidence: 0.7 },
  // "X, representing the Y, told reporters": an envoy or delegate speaks for the body.
  { pattern: 'A , representing|represents the? B', predicate: 'WORKS_FOR', subject: 'A', a: PERSON, b: ORG, confidence: 0.6 },
  { pattern: 'A , who works|worked|served for|with|at B', predicate: 'WORKS_FOR', subject: 'A', a: PERSON, b: ORG, confidence: 0.65 },
  { pattern: 'A ,? also|previously|later|then|briefly|still|currently|now? works|worked|working for|at B', predicate: 'WORKS_FOR', subject: 'A', a: PERSON, b: ORG, confidence: 0.6 },
  // "X taught at Y", "X joined the faculty of Y", "X was employed by Y".
  { pattern: 'A ,? who? has|had? taught|teaches|teach|lectured|lectures at B', predicate: 'WORKS_FOR', subject: 'A', a: PERSON, b: ORG, confidence: 0.6 },
  { pattern: 'A ,? has|had? joined|join|joins the faculty|staff of B', predicate: 'WORKS_FOR', subject: 'A', a: PERSON, b: ORG, confidence: 0.65 },
  { pattern: 'A ,? is|was|were|has|had been? employed by|at B', predicate: 'WORKS_FOR', subject: 'A', a: PERSON, b: ORG, confidence: 0.65 },
  // "X took a faculty position at Y", "X accepted a professorship at Y", "X held a research post with Y".
  { pattern: 'A @any? took|takes|taking|accepted|accepts|accepting|held|holds|holding|obtained|obtains|secured|secures|given|offered a|an @np? position|post|professorship|lectureship|chair|job at|with B', predicate: 'WORKS_FOR', subject: 'A', a: PERSON, b: ORG, confidence: 0.55 },
  // "X did much of her later work at Y", "X carried out his research at Y".
  { pattern: 'A @any? did|does|doing|carried|carries|conducted|conducts|spent|spends @any? his|her work|research at|for|with B', predicate: 'WORKS_FOR', subject: 'A', a: PERSON, b: ORG, confidence: 0.55 },
  { pattern: 'A , who|which joined|belongs|belonged to? B', predicate: 'MEMBER_OF', subject: 'A', a: ACTOR, b: ORG, confidence: 0.65 },
  // Membership: "X plays for Y", "X joined Y", "X (Y)" for a party label after a name.
  { pattern: 'A ,? who? plays|played|playing|signed for|with B', predicate: 'MEMBER_OF', subject: 'A', a: PERSON, b: ORG, confidence: 0.6 },
  { pattern: 'A ,? is|was|are|were a|an @np who|that currently|now|still? plays|played|play|signed for|with B', predicate: 'MEMBER_OF', subject: 'A', a: PERSON, b: ORG, confidence: 0.6 },
  { pattern: 'A ( B', predicate: 'MEMBER_OF', subject: 'A', a: PERSON, b: ORG, confidence: 0.5 },
  // "X served in the Y", "X fought for the Y", "X made his debut for Y", "X was signed by Y".
  { pattern: 'A ,? who? has|had? served|serves|fought|enlisted in|with|for B', predicate: 'MEMBER_OF', subject: 'A', a: PERSON, b: ORG, confidence: 0.6 },
  { pattern: 'A ,? made|makes his|her debut for|with B', predicate: 'MEMBER_OF', subject: 'A', a: PERSON, b: ORG, confidence: 0.6 },
  { pattern: 'A ,? is|was|were|has|had been? signed by B', predicate: 'MEMBER_OF', subject: 'A', a: PERSON, b: ORG, confidence: 0.6 },
  // "X signed a two-year contract with Y", "X signed for Y": a player's club, an employee's firm (companies: WORKS_FOR in relations.ts).
  { pattern: 'A ,? has|had? signed|signs|signing @np? contract|deal with B', predicate: 'MEMBER_OF', subject: 'A', a: PERSON, b: ORG, confidence: 0.55 },
  { pattern: 'A ,? has|had? signed|signs|signing for|with B', predicate: 'MEMBER_OF', subject: 'A', a: PERSON, b: ORG, confidence: 0.55 },
  // "the Rolling Stones' X", "the union's X": a body's own member (a company's: WORKS_FOR in relations.ts).
  { pattern: "A's B", predicate: 'MEMBER_OF', subject: 'B', a: ORG, b: PERSON, confidence: 0.5 },
  // "X is a painter who belongs to the Y school", "X, a politician leading the Y party", "X was hired by Y".
  { pattern: 'A @any? who|that|which belongs|belonged|belong to B', predicate: 'MEMBER_OF', subject: 'A', a: ACTOR, b: ORG, confidence: 0.6 },
  { pattern: 'A ,? belongs|belonged to B', predicate: 'MEMBER_OF', subject: 'A', a: ACTOR, b: ORG, confidence: 0.6 },
  { pattern: 'A @any? leading|heading|chairing B', predicate: 'LEADS', subject: 'A', a: PERSON, b: ORG, confidence: 0.55 },
  { pattern: 'A ,? is|was|were|are|has|had been? hired|recruited by B', predicate: 'WORKS_FOR', subject: 'A', a: PERSON, b: ORG, confidence: 0.6 },
  // Careers (issue 9): "X also played in the top flight for Y", "X spent most of his career with Y",
  // "X began his career at Y", "X turned out for Y", "X joined Y in 2004", "X signed with Y", "on loan at Y".
  { pattern: 'A @any? played|plays|playing|appeared|appears|featured|features @any? for B', predicate: 'MEMBER_OF', subject: 'A', a: PERSON, b: ORG, confidence: 0.55 },
  { pattern: 'A ,? turned|turns|turning out for B', predicate: 'MEMBER_OF', subject: 'A', a: PERSON, b: ORG, confidence: 0.55 },
  // "X has played for several clubs in Y such as Z", "X played for teams including Z": the list after the examples cue.
  { pattern: 'A @any? played|plays|playing|appeared|featured for|with @any? clubs|teams|sides|squads|outfits @any? such as|including|like B', predicate: 'MEMBER_OF', subject: 'A', a: PERSON, b: ORG, confidence: 0.5 },
  // "X plied his trade at Y", "X later plied his trade in Ruritania with Y".
  { pattern: 'A @any? plied|plies|plying his|her trade @any? at|with|for B', predicate: 'MEMBER_OF', subject: 'A', a: PERSON, b: ORG, confidence: 0.5 },
  { pattern: 'A @any? his|her career|spell|stint|tenure|time|years|seasons @any? at|with|for B', predicate: 'MEMBER_OF', subject: 'A', a: PERSON, b: ORG, confidence: 0.5 },
  // "X began his senior career with Y", "X spent his youth career at Y": a kind of career between.
  { pattern: 'A @any? his|her senior|professional|youth|playing|club|coaching|managerial career @any? at|with|for B', predicate: 'MEMBER_OF', subject: 'A', a: PERSON, b: ORG, confidence: 0.5 },
  { pattern: 'A @any? joined|joining|joins|rejoined B', predicate: 'MEMBER_OF', subject: 'A', a: PERSON, b: ORG, confidence: 0.5 },
  { pattern: 'A @any? signed|signing|re-signed|signs with|for B', predicate: 'MEMBER_OF', subject: 'A', a: PERSON, b: ORG, confidence: 0.55 },
  { pattern: 'A @any? on loan at|to|with B', predicate: 'MEMBER_OF', subject: 'A', a: PERSON, b: ORG, confidence: 0.55 },
  { pattern: 'A @any? transferred|moved to B', predicate: 'MEMBER_OF', subject: 'A', a: PERSON, b: ORG, confidence: 0.5 },
  // "X left the band in 2003", "X quit Y to launch a solo career": one leaves what one belonged to.
  { pattern: 'A ,? has|had|then|later|eventually? left|quit|leaves|quits B', predicate: 'MEMBER_OF', subject: 'A', a: PERSON, b: ORG, confidence: 0.5 },
  // A seat in a body, won, held or given up: "X to quit French assembly seat", "X won a seat in the Y Council".
  { pattern: 'A @any? win|won|wins|winning|lose|lost|loses|hold|held|holds|retain|retained|retains|keep|kept|keeps|quit|quits|vacate|vacated|vacates|resign|resigned|resigns|take|took|takes|taken|contest|contested|contests|defend|defended|defends|give|gave|given|gives|giving|relinquish|relinquished|relinquishes up? his|her|their|a|the? B seat|seats', predicate: 'MEMBER_OF', subject: 'A', a: PERSON, b: ORG, confidence: 0.5 },
  { pattern: 'A @any? win|won|wins|winning|lose|lost|loses|hold|held|holds|retain|retained|retains|keep|kept|keeps|quit|quits|vacate|vacated|vacates|resign|resigned|resigns|take|took|takes|taken|contest|contested|contests|defend|defended|defends|give|gave|given|gives|giving|relinquish|relinquished|relinquishes up? his|her|their|a|the? seat|seats in|on the? B', predicate: 'MEMBER_OF', subject: 'A', a: PERSON, b: ORG, confidence: 0.5 },
  // "X ... as a member of Y", "As a member of Y, X ...", "X is a member of the band Y".
  { pattern: 'A @any? @name? @any? as a|an member|player of B', predicate: 'MEMBER_OF', subject: 'A', a: PERSON, b: ORG, confidence: 0.55 },
  { pattern: 'as a|an member|player of A @any? , B', predicate: 'MEMBER_OF', subject: 'B', a: ORG, b: PERSON, confidence: 0.55 },
  { pattern: 'A ,? is|was|became|becomes|been|are|were @np? member|members|fellow|fellows|founder|co-founder|vocalist|singer|guitarist|drummer|bassist|keyboardist of the? band|group|club|party|squad? B', predicate: 'MEMBER_OF', subject: 'A', a: PERSON, b: ORG, confidence: 0.6 },
  // "the band's members are X and Y", "Y, formed by X and Z": a group and the people in it; a comma may
  // close the noun phrase ("Y are an indie band, formed by X").
  { pattern: 'A ,? is|are|was|were? a|an? @np? ,? formed by B', predicate: 'MEMBER_OF', subject: 'B', a: ORG, b: PERSON, confidence: 0.5 },
  // "Y were a group formed in 1985 by X", "Y, a movement founded in Paris by X": a date or place between.
  { pattern: 'A ,? is|are|was|were? a|an @np? ,? formed|founded|co-founded @any by B', predicate: 'MEMBER_OF', subject: 'B', a: ORG, b: PERSON, confidence: 0.5 },
  // "the band's composers X and Y", "Y guitarist X": a member's role between the body and the name.
  { pattern: 'A vocalist|vocalists|singer|singers|guitarist|guitarists|drummer|drummers|bassist|bassists|keyboardist|keyboardists|composer|composers|frontman|songwriter|songwriters|member|members|co-founder|co-founders B', predicate: 'MEMBER_OF', subject: 'B', a: ORG, b: PERSON, confidence: 0.55 },
  // "X was active with the Y party", "X became active in the Y".
  { pattern: 'A ,? is|was|were|are|became|become|remained politically? active with|in B', predicate: 'MEMBER_OF', subject: 'A', a: PERSON, b: ORG, confidence: 0.55 },
  // "X was elected as a Liberal to the Y Assembly", "X was elected to the board of Y" (the board is no name: not read).
  { pattern: 'A ,? was|were|is|has|had|been? elected|re-elected @any? to the? B', predicate: 'MEMBER_OF', subject: 'A', a: PERSON, b: ORG, confidence: 0.55 },
  // Leagues: "X is a hockey club that now plays in Y".
  { pattern: 'A ,? is|was|are|were a|an|the @np that|which|who currently|now|still? plays|play|played|competes|compete|competed in B', predicate: 'PART_OF', subject: 'A', a: ORG, b: ORG, confidence: 0.55 },
  // A description by an organisation and a title: "X was a Y Army officer", "X, a Y party politician".
  { pattern: 'A ,? is|was|are|were a|an @np? B @np? @title', predicate: 'TITLE', subject: 'A', a: PERSON, b: ORG, confidence: 0.6, titleLeads: 'MEMBER_OF' },
  { pattern: 'A , a|an @np? B @np? @title', predicate: 'TITLE', subject: 'A', a: PERSON, b: ORG, confidence: 0.6, titleLeads: 'MEMBER_OF' },
  // "The club's chairman is Y", "Its founding dean was Y", "Y is the party's leader": a body's office and its holder
  // on either side of a copula ("the club", "its": the article's subject, topic.ts).
  { pattern: "A's @np? @title ,? is|was B", predicate: 'TITLE', subject: 'B', a: ORG, b: PERSON, confidence: 0.6 },
  { pattern: 'A ,? is|was the B @np? @title', predicate: 'TITLE', subject: 'A', a: PERSON, b: ORG, confidence: 0.6 },
  // ... and the organisation after the title, across a named modifier: "X is a former Y league pitcher for Z".
  { pattern: 'A ,? is|was|are|were a|an|the @np? @name @np? @title for|with|of|at B', predicate: 'TITLE', subject: 'A', a: PERSON, b: ORG, confidence: 0.6 },
  // "The Rolling Bands' Ann Lee", "Ann Lee of the Farmers Party"; "the Rovers play in the Northern League".
  { pattern: "A's B", predicate: 'MEMBER_OF', subject: 'B', a: ORG, b: PERSON, confidence: 0.5 },
  { pattern: 'A of B', predicate: 'MEMBER_OF', subject: 'A', a: PERSON, b: ORG, confidence: 0.55 },
  { pattern: 'A , of the? @np? B', predicate: 'MEMBER_OF', subject: 'A', a: PERSON, b: ORG, confidence: 0.55 },
  { pattern: 'A ,? who|which|that? plays|played|play|competes|competed|compete in B', predicate: 'PART_OF', subject: 'A', a: ORG, b: ORG, confidence: 0.55 },
  // Ownership: "X, owned by Y", "X is a subsidiary of Y" (cues partOf nouns are in partOf()).
  { pattern: 'A ,? @np? is|was|are|were|been? wholly|partly|majority|jointly|mainly|fully|partially|largely? wholly|partly|majority|jointly|mainly|fully|partially|largely? owned|controlled|acquired|bought by B', predicate: 'PART_OF', subject: 'A', a: ORG, b: ORG, confidence: 0.6 },
  // "X is a member of the Y federation", "X were founding members of the Y League": a body in a body.
  { pattern: 'A ,? is|was|are|were|became|becomes a|an|the? @np? member|members of the? B', predicate: 'PART_OF', subject: 'A', a: ORG, b: ORG, confidence: 0.6 },
  // "Y is the organization that operates X", "Y, the company which owns X".
  { pattern: 'A ,? is|was|are|were? the|a|an @np that|which owns|owned|operates|operated|controls|controlled|runs|ran B', predicate: 'PART_OF', subject: 'B', a: ORG, b: ORG, confidence: 0.55 },
  { pattern: 'A ,? is|was|were|has|had been? sold to B', predicate: 'PART_OF', subject: 'A', a: ORG, b: ORG, confidence: 0.55 },
  { pattern: 'A ,? is|was|are|were affiliated to|with B', predicate: 'PART_OF', subject: 'A', a: ORG, b: ORG, confidence: 0.6 },
  // "Y owns X", "Y, which operates X and Z", "Y acquired X"; "X, the largest order in Y", "X, one of Y's colleges".
  { pattern: 'A ,? which|that? owns|owned|operates|operated|controls|controlled|acquired|acquires|bought|buys B', predicate: 'PART_OF', subject: 'B', a: ORG, b: ORG, confidence: 0.55 },
  { pattern: 'A , the|a|an @np in|within B', predicate: 'PART_OF', subject: 'A', a: ORG, b: ORG, confidence: 0.5 },
  { pattern: 'A , one of the? B @np', predicate: 'PART_OF', subject: 'A', a: ORG, b: ORG, confidence: 0.5 },
  // "X was a Canadian Army unit", "X is a Sony Music label": a unit of the body named before its kind.
  { pattern: 'A ,? is|was|are|were a|an B force|unit|division|regiment|battalion|brigade|squadron|subsidiary|affiliate|imprint|label|brand|team|chapter|branch', predicate: 'PART_OF', subject: 'A', a: ORG, b: ORG, confidence: 0.55 },
  // "Y's X": a company's unit, an organisation's member.
  { pattern: "A's B", predicate: 'PART_OF', subject: 'B', a: ORG, b: ORG, confidence: 0.55 },
  // Family: "X, the daughter of Y", "X is the son of Y", "X married Y".
  { pattern: 'A ,? is|was? the|a|an|his|her|their? @np? @kin of @np? B', predicate: 'RELATIVE_OF', subject: 'A', a: PERSON, b: PERSON, confidence: 0.75 },
  // "X was born in 1850, the son of Y", "X was born in Y town, son of Z".
  { pattern: 'A ,? was|were born @any? , the? @np? @kin of @np? B', predicate: 'RELATIVE_OF', subject: 'A', a: PERSON, b: PERSON, confidence: 0.7 },
  // "X married the poet Y", "X was married to Y", "X, who had been married to Y", "X was to marry Y".
  { pattern: 'A ,? married|marries|wed|weds @np? B', predicate: 'RELATIVE_OF', subject: 'A', a: PERSON, b: PERSON, confidence: 0.7 },
  { pattern: 'A ,? who? is|was|were|has|had been? married to @np? B', predicate: 'RELATIVE_OF', subject: 'A', a: PERSON, b: PERSON, confidence: 0.7 },
  { pattern: 'A ,? is|was|were|agreed|planned|promised|engaged? to marry|wed @np? B', predicate: 'RELATIVE_OF', subject: 'A', a: PERSON, b: PERSON, confidence: 0.65 },
  { pattern: 'A ,? was|is? born to B', predicate: 'RELATIVE_OF', subject: 'A', a: PERSON, b: PERSON, confidence: 0.7 },
  // "His mother was Y", "X had two sons, Y and Z", "she has a brother named Y".
  { pattern: "A's @np? @kin ,? is|was B", predicate: 'RELATIVE_OF', subject: 'A', a: PERSON, b: PERSON, confidence: 0.7 },
  // "His wife is the poet and translator Y": the relative described before the name.
  { pattern: "A's @np? @kin ,? is|was @np and? @np? B", predicate: 'RELATIVE_OF', subject: 'A', a: PERSON, b: PERSON, confidence: 0.65 },
  // "X was the son of Y and the brother of Z", "X, the founder of W and the father of Z": a second description across the name.
  { pattern: 'A ,? is|was? the|a|an|his|her|their? @np? @kin of @np? @name and the|a|an|his|her|their? @np? @kin of @np? B', predicate: 'RELATIVE_OF', subject: 'A', a: PERSON, b: PERSON, confidence: 0.7 },
  { pattern: 'A , the|a|an @np of @name and the|a|an|his|her|their? @np? @kin of @np? B', predicate: 'RELATIVE_OF', subject: 'A', a: PERSON, b: PERSON, confidence: 0.65 },
  { pattern: 'A ,? has|had|have @np? @kin ,? named|called? B', predicate: 'RELATIVE_OF', subject: 'A', a: PERSON, b: PERSON, confidence: 0.6 },
  // Sides: "X allied with Y", "X broke with Y", "X, a critic of Y", "X, an ally of Y".
  { pattern: 'A ,? is|was|are|were|has|have|been? allied|aligned|sided with B', predicate: 'SUPPORTS', subject: 'A', a: ACTOR, b: ACTOR, confidence: 0.6 },
  { pattern: 'A , a|an|the @np? ally|supporter|backer|loyalist of B', predicate: 'SUPPORTS', subject: 'A', a: ACTOR, b: ACTOR, confidence: 0.65 },
  { pattern: 'A , a|an|the @np? critic|opponent|rival|foe|enemy of B', predicate: 'OPPOSES', subject: 'A', a: ACTOR, b: ACTOR, confidence: 0.65 },
  // Stance nouns after a light verb: "X voiced his support for Y", "X pledged its backing to Y", "X expressed strong opposition to Y".
  // The verb makes the noun X's act; a negation before it ("did not voice support") stops @any.
  { pattern: 'A ,? who|which? has|have|had|also|again|publicly|then|later|repeatedly? voiced|voices|voice|voicing|expressed|expresses|express|expressing|pledged|pledges|pledge|pledging|offered|offers|offer|reiterated|reiterates|reiterate|declared|declares|declare|signalled|signaled|signals|signal|lent|lends|lend|threw|throws|throw his|her|its|their? full|strong|firm|unconditional|continued|vocal|growing|staunch|unwavering|public? support|backing for|to|behind B', predicate: 'SUPPORTS', subject: 'A', a: ACTOR, b: ACTOR, confidence: 0.6 },
  { pattern: 'A ,? who|which? has|have|had|also|again|publicly|then|later|repeatedly? voiced|voices|voice|voicing|expressed|expresses|express|expressing|reiterated|reiterates|reiterate|declared|declares|declare|signalled|signaled|signals|signal his|her|its|their? strong|firm|fierce|total|continued|vocal|growing|mounting|vehement|staunch|outright|unwavering|public? opposition|objection|objections|hostility to|towards B', predicate: 'OPPOSES', subject: 'A', a: ACTOR, b: ACTOR, confidence: 0.6 },
  { pattern: 'A @any? demanding|demanded|demand|demands|seeking|sought|urged|urging|calling|called|call|calls for? the removal|resignation|ouster|impeachment|dismissal|arrest of @np? B', predicate: 'OPPOSES', subject: 'A', a: ACTOR, b: ACTOR, confidence: 0.6 },
  // "X demanded that Y resign", "X urged the Y to withdraw": a demand that the other side go.
  { pattern: 'A @any? demanded|demanding|demand|demands|urged|urging|told that? the? B to? withdraw|pull|leave|resign|quit|step|go', predicate: 'OPPOSES', subject: 'A', a: ACTOR, b: ACTOR, confidence: 0.55 },
  // "X led an uprising against the regime of Y", "X launched a campaign against Y".
  { pattern: 'A @any? uprising|rebellion|revolt|insurgency|insurrection|campaign|struggle|war|crusade|offensive against the? @np? of? @np? B', predicate: 'OPPOSES', subject: 'A', a: ACTOR, b: ACTOR, confidence: 0.55 },
  // Candidacy: "X ran for governor as the Y candidate", "X stood on the Y ticket" (the title rows read "the Y nominee, X").
  { pattern: 'A @any? ran|runs|running|stood|stands|standing|campaigned @any? as the|a|an? B @np? candidate|nominee|ticket|slate|list', predicate: 'CANDIDATE_OF', subject: 'A', a: PERSON, b: ORG, confidence: 0.6 },
  // "X won the Y nomination", "X ran on the Y ticket": a party's candidate.
  { pattern: 'A @any? won|wins|winning|secured|secures|clinched|clinches|accepted|accepts the B @np? nomination', predicate: 'CANDIDATE_OF', subject: 'A', a: PERSON, b: ORG, confidence: 0.65 },
  { pattern: 'A @any? ran|runs|running|stood|stands|standing|campaigned|campaigning|elected|re-elected on the|a B @np? ticket|slate|list|platform', predicate: 'CANDIDATE_OF', subject: 'A', a: PERSON, b: ORG, confidence: 0.6 },
  // "With the backing of Y, X won": the backer named before the one backed.
  { pattern: 'with the|a? @np? backing|support|endorsement|blessing of A , B', predicate: 'SUPPORTS', subject: 'A', a: ACTOR, b: ACTOR, confidence: 0.6 },
  // "clashes between X and Y", "an alliance between X and Y".
  { pattern: 'clash|clashes|battle|battles|gunbattles|gunbattle|fighting|war|conflict|rivalry|feud|hostilities between A and B', predicate: 'OPPOSES', subject: 'A', a: ACTOR, b: ACTOR, confidence: 0.6 },
  { pattern: 'alliance|cooperation|co-operation|partnership|pact|coalition between A and B', predicate: 'SUPPORTS', subject: 'A', a: ACTOR, b: ACTOR, confidence: 0.55 },
  { pattern: 'A ,? has|had|have? broke|broken|split|splits|breaks with|from B', predicate: 'OPPOSES', subject: 'A', a: ACTOR, b: ACTOR, confidence: 0.6 },
  { pattern: 'A @any? break|split|rift with B', predicate: 'OPPOSES', subject: 'A', a: ACTOR, b: ACTOR, confidence: 0.55 },
];
