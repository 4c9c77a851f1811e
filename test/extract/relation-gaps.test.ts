import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

// Rules only: what is tested is the rules' reading, not the learned models'.
function read(text: string): { entities: string[]; relations: string[] } {
  const x = extract({ id: 't', text }, { relationModel: null, entityModel: null });
  const name = (id: string) => x.entities.find((e) => e.id === id)?.name ?? id;
  return {
    entities: x.entities.map((e) => `${e.name}/${e.type}`),
    relations: x.relations.map((r) => `${name(r.subject)} ${r.predicate} ${name(r.object)}`),
  };
}

describe('band names shaped like places', () => {
  it('a definition later in the text types the name at its earlier mentions too', () => {
    const got = read('Tom Reed joined Silver Harbour in 2001. Silver Harbour are a rock band from Oslo.');
    expect(got.entities).toContain('Silver Harbour/Organization');
    expect(got.relations).toContain('Tom Reed MEMBER_OF Silver Harbour');
  });
  it('"the band X" makes X an organisation', () => {
    const got = read('Tom Reed is the singer of the band Silver Harbour.');
    expect(got.entities).toContain('Silver Harbour/Organization');
    expect(got.relations).toContain('Tom Reed MEMBER_OF Silver Harbour');
  });
  it('a name with a head word that a definition follows is typed by it', () => {
    expect(read('Velvet Town is an American band formed in 1995 by Tom Reed.').entities).toContain('Velvet Town/Organization');
  });
  it('unknown words after a leading "The" are typed by the definition', () => {
    expect(read('The Crimson Kites are a band from Leeds.').entities).toContain('Crimson Kites/Organization');
  });
});

describe('lists', () => {
  it('a name only guessed a person\'s, listed with organisations and no person, is an organisation', () => {
    expect(read('He later played at Dunmore Morton and Kelso Rovers FC.').entities).toContain('Dunmore Morton/Organization');
  });
});

describe('pattern gaps', () => {
  it('an organisation\'s kind noun may stand between the article and the name ("for the club Y")', () => {
    expect(read('In 2004 Tom Reed played for the club Torvale FC.').relations).toContain('Tom Reed MEMBER_OF Torvale FC');
    expect(read('Tom Reed is a member of the rock band Silver Kites Trio.').relations).toContain('Tom Reed MEMBER_OF Silver Kites Trio');
  });
  it('a bracketed aside naming someone is read across ("X (abbreviated as Y) is a band formed by Z")', () => {
    expect(read('Torvale Band (often shortened to TVB) is a pop group formed by Tom Reed.').relations).toContain('Tom Reed MEMBER_OF Torvale Band');
    expect(read('Tom Reed (born 1950 in Oslo) is the son of Anna Reed.').relations).toContain('Tom Reed RELATIVE_OF Anna Reed');
  });
  it('"X was married to Y"', () => {
    expect(read('Tom Reed was married to Anna Berg.').relations).toContain('Tom Reed RELATIVE_OF Anna Berg');
  });
});

describe('titles and party labels', () => {
  it('a second title after "and the" is read ("the founder and the chief executive of Y")', () => {
    expect(read('Aria Wells is the founder and the chief executive of Norvex Corporation.').relations).toContain('Aria Wells LEADS Norvex Corporation');
  });
  it('a party\'s plural member word before names ("senior Republicans X and Y") is no part of the name and makes them members', () => {
    const got = read('The Republican Party won the vote. He angered senior Republicans Tom Reed and Anna Berg.');
    expect(got.entities).toContain('Tom Reed/Person');
    expect(got.relations).toContain('Tom Reed MEMBER_OF Republican Party');
    expect(got.relations).toContain('Anna Berg MEMBER_OF Republican Party');
  });
  it('"Democrat X" is a member of the Democratic Party', () => {
    expect(read('The Democratic Party lost the vote. Democrat Anna Berg conceded.').relations).toContain('Anna Berg MEMBER_OF Democratic Party');
  });
});

describe('an organisation article\'s own kind noun', () => {
  it('"the club" later in a club\'s article is the club', () => {
    expect(read('Torvale FC is a football club based in Leeds. Tom Reed joined the club in 2003.').relations).toContain('Tom Reed MEMBER_OF Torvale FC');
  });
  it('"X left Y": one leaves what one belonged to', () => {
    expect(read('Tom Reed quit the Norvex Society in 2003.').relations).toContain('Tom Reed MEMBER_OF Norvex Society');
    expect(read('Silver Kites Band is a rock band from Leeds. In 2017, Tom Reed left the band.').relations).toContain('Tom Reed MEMBER_OF Silver Kites Band');
  });
});

describe('family', () => {
  it('"the daughter of A (née X) and the painter B": the aside after the first parent is passed over', () => {
    const got = read('Anna Berg was the daughter of Mary Berg (née Lacey) and the painter Tom Berg.').relations;
    expect(got).toContain('Anna Berg RELATIVE_OF Tom Berg');
    expect(got).toContain('Mary Berg RELATIVE_OF Tom Berg');
  });
  it('"X married poet Y", "X was to marry Y"', () => {
    expect(read('In 1960 Anna Berg married poet Tom Reed.').relations).toContain('Anna Berg RELATIVE_OF Tom Reed');
    expect(read('His uncle arranged for Tom Reed to marry Anna Berg.').relations).toContain('Tom Reed RELATIVE_OF Anna Berg');
  });
});

describe('administrative units', () => {
  it('a place in apposition ("X, the county town of Y"), and after an address the town, not its state', () => {
    expect(read('The festival is held in Tralee, the county town of Kerry.').relations).toContain('Tralee LOCATED_IN Kerry');
    expect(read('She lived in Kelby Oaks, California, an eastern suburb of San Diego, until 1993.').relations).toContain('Kelby Oaks LOCATED_IN San Diego');
  });
  it('a company named with its seat ("Kelby Tools AB of Stockholm")', () => {
    expect(read('The division was sold to Kelby Tools AB of Stockholm in 1988.').relations).toContain('Kelby Tools AB LOCATED_IN Stockholm');
  });
  it('a participle inside the noun phrase ("an unincorporated hamlet in Y")', () => {
    expect(read('Tarvo Pass is an unincorporated hamlet in Kelby County.').relations).toContain('Tarvo Pass LOCATED_IN Kelby County');
  });
  it('"a hamlet in the rural district of Y, within Z County, W Province"', () => {
    const got = read('Lemanka is a hamlet in the rural district of Gmina Borowo, within Borowo County, Masurian Voivodeship.').relations;
    expect(got).toContain('Lemanka LOCATED_IN Gmina Borowo');
    expect(got).toContain('Gmina Borowo LOCATED_IN Borowo County');
  });
});
