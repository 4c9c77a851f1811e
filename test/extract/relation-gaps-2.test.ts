import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

// Rules only: what is tested is the rules' reading, not the learned models'.
function relations(text: string): string[] {
  const x = extract({ id: 't', text }, { relationModel: null, entityModel: null });
  const name = (id: string) => x.entities.find((e) => e.id === id)?.name ?? id;
  return x.relations.map((r) => `${name(r.subject)} ${r.predicate} ${name(r.object)}`);
}

describe('an office and its holder across a copula', () => {
  const club = 'Torvale FC is a Scottish professional football club based in Glasgow. ';
  it('"the club\'s chairman is Y": the article\'s club, its office, the holder after the copula', () => {
    expect(relations(`${club}The club's chairman is Ann Lee.`)).toContain('Ann Lee LEADS Torvale FC');
  });
  it('"its current manager is Y": a job title makes an employee', () => {
    expect(relations(`${club}Its current manager is Bob Hart.`)).toContain('Bob Hart WORKS_FOR Torvale FC');
  });
  it('"Y is the X chairman": the body named between the article and the title', () => {
    expect(relations(`${club}Tim Ray is the Torvale FC chairman.`)).toContain('Tim Ray LEADS Torvale FC');
  });
  it('no office word, no relation', () => {
    expect(relations(`${club}The club's ground is Kelso Park.`).filter((r) => r.startsWith('Kelso'))).not.toContain('Kelso Park LEADS Torvale FC');
  });
});

describe('a party\'s leader is its member, in an encyclopedia', () => {
  it('"He is the leader of the Y Party" in an article about him: leads it and belongs to it', () => {
    const got = relations('Tom Reed (born 1950) is a Ruritanian politician. He is the leader of the National Renewal Party.');
    expect(got).toContain('Tom Reed LEADS National Renewal Party');
    expect(got).toContain('Tom Reed MEMBER_OF National Renewal Party');
  });
  it('not a company\'s head', () => {
    const got = relations('Tom Reed (born 1950) is a Ruritanian businessman. He is the chairman of Union Holdings Inc.');
    expect(got).not.toContain('Tom Reed MEMBER_OF Union Holdings Inc.');
  });
  it('not in a news story, whose annotators state only the leadership', () => {
    const got = relations('OSLO 1996-08-22 Tom Reed, the leader of the National Renewal Party, said on Thursday he would resign.');
    expect(got).toContain('Tom Reed LEADS National Renewal Party');
    expect(got).not.toContain('Tom Reed MEMBER_OF National Renewal Party');
  });
});

describe('the incumbent in an election story', () => {
  it('"incumbent X" with no office named leads the country the story is about', () => {
    const got = relations('OSLO 1996-08-28 Norway\'s lawmakers will vote again next week, a setback for incumbent Tom Reed.');
    expect(got).toContain('Tom Reed LEADS Norway');
  });
  it('"X, the incumbent" too', () => {
    expect(relations('OSLO 1996-08-28 Norway\'s parliament failed to elect a president. Tom Reed, the incumbent, won 45 votes.')).toContain('Tom Reed LEADS Norway');
  });
  it('an office named after "incumbent" is the one held, not the country\'s head', () => {
    const got = relations('OSLO 1996-08-28 Norway\'s voters went to the polls. Tom Reed defeated incumbent Mayor Carl Berg of Bergen.');
    expect(got).not.toContain('Carl Berg LEADS Norway');
  });
});

describe('a club\'s scorers and appearance makers', () => {
  const club = 'Torvale FC is a Scottish professional football club based in Glasgow. ';
  it('"its leading appearance maker was Y": a player of the article\'s club', () => {
    expect(relations(`${club}Its leading appearance maker was Tom Wallace, with 700 games.`)).toContain('Tom Wallace MEMBER_OF Torvale FC');
  });
  it('"X top scorer Y": the club named before the role', () => {
    expect(relations(`${club}Torvale FC top scorer Carl Hunt left in May.`)).toContain('Carl Hunt MEMBER_OF Torvale FC');
  });
  it('a player belongs to a team, not to the sports league it plays in', () => {
    const got = relations('Tom Reed (born 1971) is an English former footballer. He was once the top scorer of the Premier League.');
    expect(got).not.toContain('Tom Reed MEMBER_OF Premier League');
  });
  it('a political league still has members', () => {
    expect(relations('Tom Reed (born 1971) is a Ruritanian politician. He joined the Awami League in 1990.')).toContain('Tom Reed MEMBER_OF Awami League');
  });
});
