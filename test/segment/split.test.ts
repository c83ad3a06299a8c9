import { describe, it, expect } from 'vitest';
import { splitSentences, type Unit } from '../../src/segment/split.js';

function split(text: string): string[] {
  return splitSentences(text).map((u) => text.slice(u.start, u.end));
}

/** Units are ordered, trimmed, disjoint, and cover every non-whitespace character. */
function checkInvariants(text: string, units: Unit[]): void {
  const covered = new Uint8Array(text.length);
  let prevEnd = 0;
  for (const u of units) {
    expect(u.start).toBeGreaterThanOrEqual(prevEnd);
    expect(u.end).toBeGreaterThan(u.start);
    expect(/\s/.test(text[u.start] ?? '')).toBe(false);
    expect(/\s/.test(text[u.end - 1] ?? '')).toBe(false);
    covered.fill(1, u.start, u.end);
    prevEnd = u.end;
  }
  for (let i = 0; i < text.length; i++) {
    if (!/\s/.test(text[i] ?? '')) expect(covered[i], `character ${i} lost`).toBe(1);
  }
}

describe('splitSentences: basic punctuation', () => {
  it('splits on periods, question marks and exclamation marks', () => {
    expect(split('The ferry left at dawn. Nobody was hurt.')).toEqual([
      'The ferry left at dawn.',
      'Nobody was hurt.',
    ]);
    expect(split('Where did the money go? Auditors are still looking.')).toEqual([
      'Where did the money go?',
      'Auditors are still looking.',
    ]);
    expect(split('It worked! The crowd cheered.')).toEqual(['It worked!', 'The crowd cheered.']);
  });

  it('treats doubled and mixed marks as one ending', () => {
    expect(split('Unbelievable!! The vote was tied.')).toEqual(['Unbelievable!!', 'The vote was tied.']);
    expect(split('Really?? Ask the clerk.')).toEqual(['Really??', 'Ask the clerk.']);
    expect(split('Seriously?! Nobody checked.')).toEqual(['Seriously?!', 'Nobody checked.']);
    expect(split('Seriously!? Nobody checked.')).toEqual(['Seriously!?', 'Nobody checked.']);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t\r\n ')).toEqual([]);
  });

  it('reports exact offsets, trimmed of surrounding whitespace', () => {
    const text = '  First one.   Second one.\n';
    expect(splitSentences(text)).toEqual([
      { start: 2, end: 12 },
      { start: 15, end: 26 },
    ]);
  });
});

describe('splitSentences: abbreviations and initials', () => {
  it('keeps middle initials and chains of initials', () => {
    expect(split('The award went to Maria T. Lopez.')).toEqual(['The award went to Maria T. Lopez.']);
    expect(split('Coach J. R. Smith resigned. His deputy stays.')).toEqual([
      'Coach J. R. Smith resigned.',
      'His deputy stays.',
    ]);
  });

  it('breaks after a sentence-final pronoun "I" but not an initial', () => {
    expect(split('The last one to leave was I. Did anyone else stay? Ask Peter I. Novak.')).toEqual([
      'The last one to leave was I.',
      'Did anyone else stay?',
      'Ask Peter I. Novak.',
    ]);
  });

  it('does not break after titles', () => {
    expect(split('Mr. Okafor met Dr. Lin and Gen. Ruiz. They spoke briefly.')).toEqual([
      'Mr. Okafor met Dr. Lin and Gen. Ruiz.',
      'They spoke briefly.',
    ]);
    expect(split('Sen. Park and Gov. Diaz toured St. Louis with Prof. Ames.')).toHaveLength(1);
    expect(split('From the summit you can see Mt. Rainier.')).toHaveLength(1);
  });

  it('does not break before numbers after number abbreviations', () => {
    expect(split('The quote is on p. 212 of the filing.')).toHaveLength(1);
    expect(split('The ship docked at Pier No. 3 in the morning.')).toHaveLength(1);
    expect(split('The box is at N°. 44.12.9. Nobody has opened it.')).toEqual([
      'The box is at N°. 44.12.9.',
      'Nobody has opened it.',
    ]);
  });

  it('handles "co." / "Co." by what follows', () => {
    expect(split('Did Omar and co. arrive on time?')).toHaveLength(1);
    expect(split('The firm merged with Hale, Dunn & Co. in March.')).toHaveLength(1);
    expect(split('Check with Omar and co. They booked the hall.')).toEqual([
      'Check with Omar and co.',
      'They booked the hall.',
    ]);
    expect(split('The firm merged with Hale, Dunn & Co. It was a surprise.')).toEqual([
      'The firm merged with Hale, Dunn & Co.',
      'It was a surprise.',
    ]);
  });

  it('keeps "St." and a lower-case "st." inside the sentence', () => {
    expect(split('St. Anne\'s School is on 3rd st. behind the park.')).toHaveLength(1);
  });

  it('keeps an abbreviation followed by a possessive', () => {
    expect(split('We read Martin Luther King Jr.\'s speech aloud.')).toHaveLength(1);
  });

  it('breaks after a country abbreviation only before a new sentence', () => {
    expect(split('She studied in the U.S.A. for a year.')).toHaveLength(1);
    expect(split('The fund is based in the E.U. Where is yours?')).toEqual([
      'The fund is based in the E.U.',
      'Where is yours?',
    ]);
    expect(split('Sales grew in the U.S. The next day shares rose.')).toEqual([
      'Sales grew in the U.S.',
      'The next day shares rose.',
    ]);
    expect(split('He served in the U.S. Army for a decade.')).toHaveLength(1);
    expect(split('U.S. officials declined to comment.')).toHaveLength(1);
    expect(split('They have traded with the U.S. since 1990.')).toHaveLength(1);
  });

  it('does not split a Title Case headline after an abbreviation', () => {
    expect(split('U.S. Will Send More Aid to Flood Zone')).toHaveLength(1);
  });

  it('breaks after a.m./p.m. only before a new sentence', () => {
    expect(split('The polls closed at 8 p.m. on Sunday.')).toHaveLength(1);
    expect(split('The polls closed at 8 p.m. He conceded an hour later.')).toEqual([
      'The polls closed at 8 p.m.',
      'He conceded an hour later.',
    ]);
    expect(
      split('By 7 a.m. Mr. Cole was at his desk. The call came at 9 A.M. Mr. Cole took it.'),
    ).toEqual(['By 7 a.m. Mr. Cole was at his desk.', 'The call came at 9 A.M.', 'Mr. Cole took it.']);
  });

  it('keeps dates, company names and Latin abbreviations together', () => {
    expect(split('The hearing is set for Jan. 5 in Boston.')).toHaveLength(1);
    expect(split('Northwind Inc. shares rose after the filing.')).toHaveLength(1);
    expect(split('Some towns, e.g. Avila, and some villages, i.e. the small ones, voted.')).toHaveLength(1);
    expect(split('Turnout was approx. 60 percent, up from 2019 vs. 2015 levels.')).toHaveLength(1);
  });
});

describe('splitSentences: numbers, addresses and links', () => {
  it('keeps decimals, money and versions intact', () => {
    expect(split('He paid $42.50 for the ticket.')).toHaveLength(1);
    expect(split('He paid $42.50. The seat was empty.')).toEqual(['He paid $42.50.', 'The seat was empty.']);
    expect(split('Inflation hit 4.82% while the fund raised $3.5 million.')).toHaveLength(1);
    expect(split('Release 1.2.3 fixed the bug. Users upgraded quickly.')).toEqual([
      'Release 1.2.3 fixed the bug.',
      'Users upgraded quickly.',
    ]);
  });

  it('keeps e-mail addresses and URLs, breaking after them when a sentence ends', () => {
    expect(split('Write to desk.news@example.org. We answer daily.')).toEqual([
      'Write to desk.news@example.org.',
      'We answer daily.',
    ]);
    expect(split('The rules are at: http://rules.example.io/v2.1/guide_full.htm. Read them first.')).toEqual([
      'The rules are at: http://rules.example.io/v2.1/guide_full.htm.',
      'Read them first.',
    ]);
  });
});

describe('splitSentences: quotations and parentheses', () => {
  it('keeps a quoted sentence followed by a lower-case attribution', () => {
    expect(split('He looked up and said, \'We won.\' she recalled.')).toHaveLength(1);
    expect(split('He looked up and said, "We won." she recalled.')).toHaveLength(1);
  });

  it('breaks after a closing quote before a new sentence, keeping the quote', () => {
    expect(split('He said "stop." Then he left.')).toEqual(['He said "stop."', 'Then he left.']);
    expect(split('"Get out!" he shouted. Nobody moved.')).toEqual([
      '"Get out!" he shouted.',
      'Nobody moved.',
    ]);
  });

  it('keeps a parenthesised sentence inside the sentence around it', () => {
    expect(split('The mayor (She had served two terms already.) declined to run.')).toHaveLength(1);
    expect(split('He resigned. (The board accepted it.) A vote follows.')).toEqual([
      'He resigned.',
      '(The board accepted it.)',
      'A vote follows.',
    ]);
  });

  it('does not end a sentence at a brand name with "!"', () => {
    expect(split('He worked at Yahoo! for a decade.')).toHaveLength(1);
  });
});

describe('splitSentences: ellipses', () => {
  it('keeps an ellipsis inside a sentence', () => {
    expect(split('He said... and then he paused.')).toHaveLength(1);
    expect(split('It was odd . . . but nobody asked . . . Everyone just left.')).toHaveLength(1);
    expect(split('I was just ... well, you know...anyway . . . forget it.')).toHaveLength(1);
  });

  it('breaks after an ellipsis that ends a sentence', () => {
    expect(split('I wondered... Then I left.')).toEqual(['I wondered...', 'Then I left.']);
    expect(split('I wondered… Then I left.')).toEqual(['I wondered…', 'Then I left.']);
    expect(split('That was never the plan.... She closed the door.')).toEqual([
      'That was never the plan....',
      'She closed the door.',
    ]);
    expect(split('The speech trailed off . . . . Applause followed.')).toEqual([
      'The speech trailed off . . . .',
      'Applause followed.',
    ]);
  });

  it('attaches a spaced ellipsis after a finished sentence to the next one', () => {
    expect(split('The plan was shelved. . . . Work resumed in May. . . .')).toEqual([
      'The plan was shelved.',
      '. . . Work resumed in May. . . .',
    ]);
    expect(split('As the poet wrote, “the sea will keep its secrets. . . .”')).toHaveLength(1);
  });

  it('keeps bracketed omissions', () => {
    expect(split('"Water [...] shapes the valley [...]" (Lee 12).')).toHaveLength(1);
  });
});

describe('splitSentences: lists', () => {
  it('splits inline numbered lists in every common style', () => {
    expect(split('1.) Buy bread 2.) Buy milk')).toEqual(['1.) Buy bread', '2.) Buy milk']);
    expect(split('1.) Buy bread. 2.) Buy milk.')).toEqual(['1.) Buy bread.', '2.) Buy milk.']);
    expect(split('1) Buy bread 2) Buy milk')).toEqual(['1) Buy bread', '2) Buy milk']);
    expect(split('1) Buy bread. 2) Buy milk.')).toEqual(['1) Buy bread.', '2) Buy milk.']);
    expect(split('1. Buy bread 2. Buy milk')).toEqual(['1. Buy bread', '2. Buy milk']);
    expect(split('1. Buy bread. 2. Buy milk.')).toEqual(['1. Buy bread.', '2. Buy milk.']);
  });

  it('splits bullet and lettered lists', () => {
    expect(split('• 4. Buy bread • 5. Buy milk')).toEqual(['• 4. Buy bread', '• 5. Buy milk']);
    expect(split('⁃4. Buy bread ⁃5. Buy milk')).toEqual(['⁃4. Buy bread', '⁃5. Buy milk']);
    expect(split('a. Buy bread b. Buy milk c. Buy eggs')).toEqual([
      'a. Buy bread',
      'b. Buy milk',
      'c. Buy eggs',
    ]);
  });

  it('makes each bullet line its own unit, marker included', () => {
    const text = '- Fares will rise\n- Routes will change\n* Night buses stay\n• Trams are next\n1. Ask first\n2) Then pay';
    expect(split(text)).toEqual([
      '- Fares will rise',
      '- Routes will change',
      '* Night buses stay',
      '• Trams are next',
      '1. Ask first',
      '2) Then pay',
    ]);
  });

  it('does not treat a lone number in prose as a list item', () => {
    expect(split('Chapter 2. The war begins here.')).toEqual(['Chapter 2.', 'The war begins here.']);
    expect(split('It rose to No. 1 on the chart.')).toHaveLength(1);
  });
});

describe('splitSentences: lines and paragraphs', () => {
  it('lets a headline without punctuation stand alone', () => {
    expect(split('Flood Waters Recede in River Towns\nResidents returned on Monday.')).toEqual([
      'Flood Waters Recede in River Towns',
      'Residents returned on Monday.',
    ]);
  });

  it('joins a hard-wrapped line that continues in lower case', () => {
    expect(split('The inquiry found that the dam\nwas never inspected.\nRepairs start soon.')).toEqual([
      'The inquiry found that the dam\nwas never inspected.',
      'Repairs start soon.',
    ]);
  });

  it('joins a line cut after a comma or a function word', () => {
    expect(split('The minister, speaking in Ankara,\nDenied the report.')).toHaveLength(1);
    expect(split('The report was written by the\nCommittee on Safety.')).toHaveLength(1);
  });

  it('always breaks at a blank line', () => {
    expect(split('The meeting of the\n\ncommittee was short')).toEqual(['The meeting of the', 'committee was short']);
  });

  it('breaks at a line ending in punctuation even after an abbreviation', () => {
    expect(split('Talks resumed in the U.S.\nOfficials were upbeat.')).toEqual([
      'Talks resumed in the U.S.',
      'Officials were upbeat.',
    ]);
    expect(split('The memo was signed by Dr.\nAnna Berg.')).toHaveLength(1);
  });

  it('handles CRLF line endings', () => {
    expect(split('Rail Strike Ends\r\nTrains run again. Fares are unchanged.\r\n\r\nMore soon.')).toEqual([
      'Rail Strike Ends',
      'Trains run again.',
      'Fares are unchanged.',
      'More soon.',
    ]);
  });
});

describe('splitSentences: guarantees', () => {
  const samples = [
    'Mr. A. B. Cole (the U.S. envoy) said... "No!" Then: 1. go 2. stay.\n\n- x\n• y ⁃3. z',
    '. . . .. … ?! "" () [...] ‘’ “” — – -',
    'Line one\nline two\r\nLine Three.\rLine four\u2028Line five\u00a0end.',
    'Ünïcödé wörds… Ğ. İstanbul’da bir gün. 東京は晴れ。次の日。',
  ];
  for (const text of samples) {
    it(`loses no character in ${JSON.stringify(text.slice(0, 30))}`, () => {
      checkInvariants(text, splitSentences(text));
    });
  }

  it('handles inputs built to trigger backtracking or lookahead (timed in npm run bench)', () => {
    const n = 20_000;
    const inputs = [
      '. '.repeat(n),
      'a. '.repeat(n),
      'U.S. '.repeat(n),
      'x'.repeat(n),
      '1. 2. 3. '.repeat(n / 3),
      '-\n'.repeat(n),
      '"'.repeat(n),
    ];
    for (const text of inputs) {
      const units = splitSentences(text);
      checkInvariants(text.slice(0, 2000), splitSentences(text.slice(0, 2000)));
      expect(units.length).toBeGreaterThan(0);
    }
  });
});
