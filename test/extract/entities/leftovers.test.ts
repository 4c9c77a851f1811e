import { describe, expect, it } from 'vitest';
import { find } from './_helpers.js';

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
    expect(find(text, name)).toBeUndefined();
  });
});
