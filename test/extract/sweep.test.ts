import { describe, expect, it } from 'vitest';
import { nlp } from '../../src/extract/nlp.js';
import { bulkMatch } from '../../src/extract/sweep.js';

type Methods = Parameters<typeof bulkMatch>[2];
type Net = Parameters<typeof bulkMatch>[1];
interface World {
  model: { two: { matches: object[] } };
  methods: { one: { bulkMatch: typeof bulkMatch } };
}

const world = nlp.world() as unknown as World;
const buildNet = (matches: object[]) => (nlp as unknown as { buildNet: (m: object[]) => Net }).buildNet(matches);
// Built from copies: compiling a pattern list rewrites its objects, and the post-tagger compiles the originals itself.
const postTaggerNet = buildNet(world.model.two.matches.map((m) => ({ ...m })));

/** What a sweep found, in the order it found it: the order tags are applied in. */
function found(sweep: typeof bulkMatch, text: string, net: Net): string[] {
  const doc = nlp(text) as unknown as { document: object[][]; methods: Methods };
  return sweep(doc.document, net, doc.methods).map((m) => `${m.match}@${m.pointer.slice(0, 3).join(',')}`);
}

const SENTENCES = [
  'The mayor of Porto Velho, Inês Carvalhal, said the ferry workers would not strike on Monday.',
  "She'd have gone if the council hadn't voted against it, wouldn't she?",
  'DOCK STRIKE SPREADS TO THREE PORTS AS TALKS STALL',
  'Shares in Wexley Tooling fell 4.5% to $12.80 after the March 3 profit warning.',
  'Running late, the old guard kept guarding the guards who had been guarded before.',
  'Dr. Albrecht Fennimore-Oduya, 62, the former head of the Meridian Institute, was named chairman in 2019.',
  'May may march in March; will Will sign the bill, Bill?',
  'Police said three people were hurt.',
];

describe('bulkMatch: compromise’s post-tagger sweep, faster', () => {
  it.each(SENTENCES)('finds what compromise finds, in its order, on %j', (text) => {
    const theirs = world.methods.one.bulkMatch;
    const expected = found(theirs, text, postTaggerNet);
    expect(found(bulkMatch, text, postTaggerNet)).toEqual(expected);
  });

  it('has something to compare: the post-tagger finds patterns in most of these sentences', () => {
    const withFinds = SENTENCES.filter((text) => found(bulkMatch, text, postTaggerNet).length > 0);
    expect(withFinds.length).toBeGreaterThanOrEqual(SENTENCES.length - 2);
  });

  const custom = buildNet([
    { match: '#Person (said|says)', tag: 'Speaker' },
    { match: 'the [#Noun] of', group: 0, tag: 'Head' },
    { match: '(strike|strikes) on #Date', tag: 'When', ifNo: ['not'] },
    { match: '#Adjective #Noun #Noun', tag: 'Compound' },
    { match: '. .', tag: 'Pair' },
  ]);
  it.each([
    ['Inês Carvalhal said the head of the union would strike on Monday.', ['#Person (said|says)', 'the [#Noun] of', '(strike|strikes) on #Date', '. .']],
    // 'not' in the sentence rules the strike pattern out; no person, no speaker.
    ['The union would not strike on Monday, the head of it said.', ['the [#Noun] of', '. .']],
    // One word: too short for two-word patterns.
    ['Hello.', []],
  ])('honours needs, wants, ifNo and minimum length: %j', (text, patterns) => {
    const ours = found(bulkMatch, text, custom);
    expect(ours).toEqual(found(world.methods.one.bulkMatch, text, custom));
    expect([...new Set(ours.map((m) => m.split('@')[0]))].sort()).toEqual([...patterns].sort());
  });
});
