import { describe, expect, it } from 'vitest';
import { RULES_ONLY, entitiesOf, find } from './_helpers.js';
import { isEverydayWord, isLexiconOrganization } from '../../../src/extract/entities/everyday.js';

/** Names no shape or lexicon types, typed by the words around them or the list they stand in. */
describe('leftover names typed by a cue around them', () => {
  it.each([
    ['The game was developed by Quorvex and sold worldwide.', 'Quorvex', 'Organization'],
    ['The console was manufactured by Tellabrin for the Asian market.', 'Tellabrin', 'Organization'],
    ['The novel was written by Oswin Trabbeck in a single winter.', 'Oswin Trabbeck', 'Person'],
    ['Ardella Vrennick (born 1961) sang on the record.', 'Ardella Vrennick', 'Person'],
    ['Tobiah Quillfer (1797–1867) built the mill.', 'Tobiah Quillfer', 'Person'],
    ['She was born in Drumvessel and moved away at ten.', 'Drumvessel', 'Place'],
    ['He played for Kestrelby before he retired.', 'Kestrelby', 'Organization'],
    // a name that owns a person's full name is the body the person belongs to
    ["The song was sung by Glasswing's Anna Marlowe.", 'Glasswing', 'Organization'],
    ["The record has guest spots by the Tin Larks' Keith Dunmore.", 'Tin Larks', 'Organization'],
    // the first name may be one the parse reads as part of a longer name; the lexicon still knows it
    ["On the last track Night Owls' Keith Marsh plays a bowed saw.", 'Night Owls', 'Organization'],
  ])('%s -> %s is %s', (text, name, type) => {
    expect(find(text, name)?.type).toBe(type);
  });
});

describe('leftover names typed by a definition or apposition', () => {
  it.each([
    ['Skelmarrow is a village in the north of the valley.', 'Skelmarrow', 'Place'],
    ['Its founder signed with Vantreel, a record label run by two brothers.', 'Vantreel', 'Organization'],
    ['Brindlecote was an English band formed in the late sixties.', 'Brindlecote', 'Organization'],
  ])('%s -> %s is %s', (text, name, type) => {
    expect(find(text, name)?.type).toBe(type);
  });
});

describe('leftover names typed by the list they stand in', () => {
  it.each([
    // typed members (known places) agree: the unknown one is a place too
    ['The river flows past Lyon, Grenoble, Quessanne and Marseille.', 'Quessanne', 'Place'],
    ['The district holds the towns of Toledo, Madrid and Albarrenzo.', 'Albarrenzo', 'Place'],
  ])('%s -> %s is %s', (text, name, type) => {
    expect(find(text, name)?.type).toBe(type);
  });

  it.each([
    // typed members disagree: nothing is inferred
    ['Paris, Microsoft and Quessanne were named in the report.', 'Quessanne'],
    // a comma inside a firm's name is no list
    ['The deal was advised by Brannick, Tolliver & Co. in Chicago and Boston.', 'Brannick'],
    // an ordinary word cut off a longer name is no name of its own
    ['The Ministry of Fisheries, Forestry and Tourism met in Paris and Lyon.', 'Forestry'],
  ])('%s -> %s stays out', (text, name) => {
    expect(entitiesOf(text, RULES_ONLY).find((e) => e.name === name)).toBeUndefined();
  });
});

describe('leftover names typed by the kind noun of their list', () => {
  it.each([
    ['The road passes the villages of Brennock, Sallowby and Quentmere before it reaches the coast.', 'Sallowby', 'Place'],
    ['The district holds several hamlets along the Tavy River including Orrinwick, Moss Tarby and Pellridge.', 'Orrinwick', 'Place'],
    ['His constituency included Hallorn, Brevick and Tessmoor counties.', 'Brevick', 'Place'],
    ['The record was produced by artists such as Zorrelin and Quaddle.', 'Quaddle', 'Person'],
    ['Shoes were made by firms such as Varnholt and Keppler in the old town.', 'Varnholt', 'Organization'],
    ['She later toured with the band Tovrith Mallows.', 'Tovrith Mallows', 'Organization'],
  ])('%s -> %s is %s', (text, name, type) => {
    expect(find(text, name)?.type).toBe(type);
  });

  it.each([
    // "of" after a person's or a building's kind names its owner or patron, not the thing itself
    ['The old king of Quessanne never left the mountains.', 'Quessanne', 'Person'],
    ['He painted the church of Vellandor for the bishop.', 'Vellandor', 'Place'],
    // a plural kind before a lone name is no list of that kind
    ['Three villages lay beside Morrowgate on the old map.', 'Morrowgate', 'Place'],
  ])('%s -> %s is not typed %s by a kind', (text, name, type) => {
    expect(find(text, name)?.type).not.toBe(type);
  });
});

describe('a life span in parentheses makes a person', () => {
  it.each([
    ['Odric Mavelle (3 April 1811–9 October 1880) was a trader in wool.', 'Odric Mavelle'],
    ['Orvath Brunwick (March 3, 1901 – May 9, 1977) built bridges.', 'Orvath Brunwick'],
    ['Quenby Arrowdale (; born 23 June 1950) is a farmer.', 'Quenby Arrowdale'],
    ['Orsino Valtreck (Lucca, 1845 – Rome, 1920) painted ceilings.', 'Orsino Valtreck'],
  ])('%s -> %s is a person', (text, name) => {
    expect(find(text, name)?.type).toBe('Person');
  });

  it.each([
    // a term of office after a plural noun
    ['He sat in the Forty-second and Forty-third Vellumates (January 3, 1871 – January 3, 1875) for his state.', 'Vellumates'],
    // the tail of a longer style: "Prince of X and Y (dates)"
    ['Ermund, Prince of Harrowfell and Quorndale (27 March 1797 – 1853) ruled briefly.', 'Quorndale'],
  ])('%s -> %s is no person', (text, name) => {
    expect(find(text, name)?.type).not.toBe('Person');
  });
});

describe('a city one plays or signs for is its club', () => {
  it.each([
    ['He played for Portsmouth, Burnley and Quillerton before he retired.', 'Burnley', 'Organization'],
    ['He played for Portsmouth, Burnley and Quillerton before he retired.', 'Quillerton', 'Organization'],
    ['In 2004 she signed for Barcelona on a free transfer.', 'Barcelona', 'Organization'],
    // no such cue: the city stays a place
    ['He was born in Burnley and grew up near the moors.', 'Burnley', 'Place'],
  ])('%s -> %s is %s', (text, name, type) => {
    expect(find(text, name)?.type).toBe(type);
  });
});

describe('leftover names compromise’s lexicon knows as organizations', () => {
  it.each([
    ['Most of the tapes were later sold through Netflix in the spring.', 'Netflix', 'Organization'],
    ['The campaign ran mostly on Twitter before the vote.', 'Twitter', 'Organization'],
  ])('%s -> %s is %s', (text, name, type) => {
    expect(find(text, name)?.type).toBe(type);
  });
});

describe('what compromise’s lexicon says of a word', () => {
  it.each([
    ['netflix', false, true],
    ['tottenham hotspur', false, true],
    ['paris', false, false],
    ['arsenal', true, false],
    ['walked', true, false],
    ['qworvantel', false, false],
  ])('%s: everyday %s, organization %s', (word, everyday, org) => {
    expect(isEverydayWord(word)).toBe(everyday);
    expect(isLexiconOrganization(word)).toBe(org);
  });
});
