import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimTexts, compareTexts, ofKind } from './helpers.js';

describe('date detector', () => {
  it('reports different weekdays for the same event', () => {
    const report = compareTexts('The court in Leiria sentenced the former mayor on Tuesday.', 'The court in Leiria sentenced the former mayor on Wednesday.');
    const found = ofKind(report, 'date');
    expect(claimTexts(found[0])).toEqual(['S1:Tuesday', 'S2:Wednesday']);
    expect(found[0]?.severity).toBe('high');
    expect(found[0]?.rule).toBe('date/different-weekday');
    // Weekdays as numbers, 0 = Sunday.
    expect(found[0]?.values).toEqual([
      { source: 'S1', value: 2, unit: 'weekday' },
      { source: 'S2', value: 3, unit: 'weekday' },
    ]);
  });

  it('reports a.m. against p.m. but accepts 04:17 for 4:17 a.m. and "morning" for 7 a.m.', () => {
    expect(claimTexts(ofKind(compareTexts('The fire broke out at 9 a.m. in the spinning hall.', 'The fire broke out at 9 p.m. in the spinning hall.'), 'date')[0])).toEqual([
      'S1:9 a.m',
      'S2:9 p.m',
    ]);
    expect(ofKind(compareTexts('The quake hit at 4:17 a.m. local time.', 'The quake hit at 04:17 local time.'), 'date')).toEqual([]);
    expect(ofKind(compareTexts('The ferry left Piraeus at 7 a.m. for Naxos.', 'The ferry left Piraeus in the morning for Naxos.'), 'date')).toEqual([]);
    // The evening runs to midnight: "on Tuesday evening" is said of 23.40 too.
    expect(ofKind(compareTexts('The fire at the warehouse in Tilburg broke out on Tuesday evening, the brigade said.', 'The fire at the warehouse in Tilburg broke out at 11.40 p.m. on Tuesday, the brigade said.'), 'date')).toEqual([]);
    // The night runs past midnight: a time after it is still in the night.
    expect(ofKind(compareTexts('Burglars broke into the gallery in Ghent during the night, police said.', 'Burglars broke into the gallery in Ghent at 3.17am, police said.'), 'date')).toEqual([]);
    // A part of the day has blurred edges: "at dawn" holds 3.40am, not 9 a.m.
    expect(ofKind(compareTexts('The tanker ran aground off Cape Malea at 3.40am on Tuesday.', 'The tanker ran aground off Cape Malea at dawn on Tuesday.'), 'date')).toEqual([]);
    expect(ofKind(compareTexts('The tanker ran aground off Cape Malea at 9am on Tuesday.', 'The tanker ran aground off Cape Malea at dawn on Tuesday.'), 'date')).toHaveLength(1);
  });

  it('compares a limit ("by Monday", "until 5pm on December 3") only with a limit', () => {
    const limit = compareTexts(
      'Anglers raised the alarm on Saturday, and staff from the fisheries board removed 4,800 dead trout from the shore.',
      'By Monday, staff from the fisheries board had removed 8,400 dead trout from the shore.',
    );
    expect(ofKind(limit, 'date')).toEqual([]);
    const limits = compareTexts(
      'Under the takeover rules the bidder has until 5pm on December 3 to make a firm offer for the distiller.',
      'Under the takeover rules the bidder has until December 13 to make a firm offer for the distiller.',
    );
    expect(ofKind(limits, 'date').map((d) => claimTexts(d))).toEqual([['S1:December 3', 'S2:December 13']]);
  });

  it('reads a round hour said approximately as the half hour around it, a time to the minute as exact', () => {
    const loose = compareTexts('The IT team spotted unusual activity shortly after 3am on Tuesday and took systems offline.', 'The IT team spotted unusual activity at 3.10am on Tuesday and took systems offline.');
    expect(ofKind(loose, 'date')).toEqual([]);
    const exact = compareTexts('The blast at the solvent plant happened at about 04:15 on Friday, the company said.', 'The blast at the solvent plant happened at 04:40 on Friday, the company said.');
    expect(ofKind(exact, 'date')).toHaveLength(1);
    // A half hour said "around" is loose by a quarter hour: "around 5:30 p.m." / "at 5:31 p.m.", not "at 5:50 p.m.".
    expect(ofKind(compareTexts('Demand peaked at 27,340 megawatts around 5:30 p.m., she said.', 'Demand peaked at 27,340 megawatts at 5:31 p.m., she said.'), 'date')).toEqual([]);
    expect(ofKind(compareTexts('Demand peaked at 27,340 megawatts around 5:30 p.m., she said.', 'Demand peaked at 27,340 megawatts at 5:50 p.m., she said.'), 'date')).toHaveLength(1);
    // "5pm" written solid is a time.
    expect(ofKind(compareTexts('The vote closed at 5pm on Friday, officials said.', 'The vote closed at 7pm on Friday, officials said.'), 'date').map((d) => claimTexts(d))).toEqual([['S1:5pm', 'S2:7pm']]);
  });

  it('accepts one calendar date written two ways', () => {
    expect(ofKind(compareTexts('Voters go to the polls on May 14 in the first round.', 'Voters go to the polls on 14 May in the first round.'), 'date')).toEqual([]);
  });

  it('resolves "yesterday" against a dateline, and calls it imprecise without one', () => {
    const dated = compareTexts('11.10.2025 — The minister resigned yesterday after the vote.', 'The minister resigned on Friday after the vote.');
    // 11 October 2025 is a Saturday: yesterday was Friday.
    expect(ofKind(dated, 'date')).toEqual([]);
    const undated = compareTexts('The minister resigned yesterday after the vote.', 'The minister resigned on Friday after the vote.');
    expect(ofKind(undated, 'date').map((d) => d.severity)).toEqual(['low']);
    expect(ofKind(undated, 'date')[0]?.rule).toBe('date/imprecise');
    expect(ofKind(undated, 'date')[0]?.values?.map((v) => v.unit)).toEqual(['relative', 'weekday']);
  });

  it('sees no imprecision where both sentences carry the same "yesterday" and the same date', () => {
    const text = 'The painting, stolen on 14 November, was found yesterday in a garage.';
    expect(ofKind(compareTexts(text, text), 'date')).toEqual([]);
    expect(ofKind(compareTexts(text, 'The painting, stolen on 14 November, was found on Monday in a garage.'), 'date').map((d) => d.rule)).toEqual(['date/imprecise']);
  });

  it('compares a month named without a day, with a month or with a full date', () => {
    const months = ofKind(compareTexts('The inquiry will report in early September, the ministry said.', 'The inquiry will report in January, the ministry said.'), 'date');
    expect(claimTexts(months[0])).toEqual(['S1:September', 'S2:January']);
    const withDate = ofKind(compareTexts('The inquiry will report on 4 September, the ministry said.', 'The inquiry will report in January, the ministry said.'), 'date');
    expect(claimTexts(withDate[0])).toEqual(['S1:4 September', 'S2:January']);
    expect(ofKind(compareTexts('The inquiry will report on 4 September, the ministry said.', 'The inquiry will report in September, the ministry said.'), 'date')).toEqual([]);
    // Sentence-initial "May" is the verb as often as the month.
    expect(ofKind(compareTexts('May the inquiry report in time, the minister said on Friday.', 'The inquiry should report in time, the minister said on Friday.'), 'date')).toEqual([]);
    // An abbreviation alone is no month ("do Mar e da Atmosfera" is the sea); beside a day or a year it is.
    expect(ofKind(compareTexts('The station at Mora recorded 47.6C today, 7 August, the institute said.', 'The station at Mora recorded 47.6C, the Instituto Português do Mar e da Atmosfera said.'), 'date')).toEqual([]);
    expect(claimTexts(ofKind(compareTexts('The inquiry will report in Sept 2027, the ministry said.', 'The inquiry will report in January 2027, the ministry said.'), 'date')[0])).toEqual(['S1:Sept', 'S2:January']);
  });

  it('takes a live blog time stamp for the post, not the event', () => {
    expect(ofKind(compareTexts('06:14 The quake struck at 6:12 a.m. near the town, the institute said.', 'The quake struck at 6:12 a.m. near the town, the institute said.'), 'date')).toEqual([]);
  });

  it('reads times written with a dot ("4.40am", "at 22.47")', () => {
    expect(claimTexts(ofKind(compareTexts('The blast happened at about 4.40am at the site, police said.', 'The blast happened at 04:15 at the site, police said.'), 'date')[0])).toEqual(['S1:4.40am', 'S2:04:15']);
    expect(ofKind(compareTexts('The blast happened at about 4.40am at the site, police said.', 'The blast happened at 04:40 at the site, police said.'), 'date')).toEqual([]);
    expect(ofKind(compareTexts('The fireball was seen at 22.47 over the town, the observatory said.', 'The fireball was seen at 22:47 over the town, the observatory said.'), 'number')).toEqual([]);
  });

  it('reads an hour written with a leading zero and a dot ("the 06.58 service") as a time', () => {
    expect(ofKind(compareTexts('The 06.58 Leeds to York service was cancelled after the storm.', 'The 06:58 Leeds to York service was cancelled after the storm.'), 'number')).toEqual([]);
    expect(claimTexts(ofKind(compareTexts('The 06.58 Leeds to York service was cancelled after the storm.', 'The 06:38 Leeds to York service was cancelled after the storm.'), 'date')[0])).toEqual(['S1:06.58', 'S2:06:38']);
  });

  it('pairs the one time left over where each sentence gives as many, the others agreeing (low)', () => {
    const found = ofKind(
      compareTexts('The 06:58 Leeds to York service left the rails near Ulleskelf at 7.24am.', 'The 06:58 Leeds to York service left the rails near Ulleskelf at 7:42 a.m.'),
      'date',
    );
    expect(found.map((d) => [claimTexts(d), d.severity, d.weakened?.reason])).toEqual([[['S1:7.24am', 'S2:7:42 a.m'], 'low', 'among-times']]);
  });

  it('reads an hour told by its part of the day ("7 in the morning", "four o\'clock this afternoon") as a time', () => {
    const found = ofKind(compareTexts('Picket lines formed at 8am outside the hospital on Monday.', 'Picket lines formed at 7 in the morning outside the hospital on Monday.'), 'date');
    expect(found.map((d) => claimTexts(d))).toEqual([['S1:8am', 'S2:7 in the morning']]);
    expect(ofKind(compareTexts('The ferry docked at 4pm on Friday.', "The ferry docked at four o'clock this afternoon on Friday."), 'date')).toEqual([]);
    // A count before a part of the day that names a thing is no time.
    expect(ofKind(compareTexts('Seven in the morning shift were sent home on Friday.', 'Seven workers were sent home at 9am on Friday.'), 'date')).toEqual([]);
  });

  it('reads "4h40" as a time of day, and "2h07:58" as a race time', () => {
    const found = ofKind(compareTexts('The guards only noticed the empty cell at the 5.40am head count.', 'The empty cell was only noticed at the head count of 4h40 (local time).'), 'date');
    expect(found.map((d) => claimTexts(d))).toEqual([['S1:5.40am', 'S2:4h40']]);
    expect(ofKind(compareTexts('Okafor finished third in 2:07:58 on the harbour course.', 'Okafor completed the podium with 2h07:58 on the harbour course.'), 'date')).toEqual([]);
  });

  it('pairs the one year left over where each sentence gives as many, the others agreeing (low)', () => {
    const found = ofKind(
      compareTexts('Dredging should begin in 2026 and the new quay is expected to open in 2029.', 'Dredging is to start in 2026; the quay should open in 2028.'),
      'date',
    );
    expect(found.map((d) => [claimTexts(d), d.severity, d.weakened?.reason])).toEqual([[['S1:2029', 'S2:2028'], 'low', 'among-times']]);
    // Two years left each are not paired.
    expect(ofKind(compareTexts('Dredging should begin in 2025 and the new quay is expected to open in 2029.', 'Dredging is to start in 2026; the quay should open in 2028.'), 'date')).toEqual([]);
  });

  it('compares a year or date naming a thing ("over a 2022 breach", "the decision of 13 May") only with another so placed', () => {
    expect(ofKind(compareTexts('The regulator fined the app €47.5m on Wednesday over a 2022 breach.', 'On 14 May 2025 the regulator published its final decision and fined the app €47.5m.'), 'date')).toEqual([]);
    // Two titles of different years still clash.
    const titles = ofKind(compareTexts('"I stayed in my lane," said Hoogendijk, the 2022 world under-23 champion.', 'Alongside her is Hoogendijk, the 2023 under-23 world champion.'), 'date');
    expect(titles.map((d) => claimTexts(d))).toEqual([['S1:2022', 'S2:2023']]);
    // "The decision of 13 May" names the decision; "the night of 14 May" is when.
    expect(ofKind(compareTexts('The decision of 13 May records that Commissioner Breathnach led the inquiry.', 'Commissioner Breathnach led the inquiry, which was begun in December 2022.'), 'date')).toEqual([]);
    expect(ofKind(compareTexts('The fire broke out on the night of 14 May in Leeds.', 'The fire broke out in the night in December in Leeds.'), 'date')).toHaveLength(1);
  });

  it('reads a weekday opening a name after an article ("the Sunday Ledger") as no date', () => {
    const found = ofKind(compareTexts('He resigned on Tuesday, five days after the Sunday Ledger exposed his flat deal.', 'He caved in on Tuesday, five days after the Sunday Ledger exposed his cosy flat deal.'), 'date');
    expect(found).toEqual([]);
    const named = ofKind(compareTexts('The Sunday Ledger reported that Pellow claimed £18,400 for the flat, he said on Tuesday.', 'The minister resigned on Tuesday after the report on his flat.'), 'date');
    expect(named).toEqual([]);
    // "the Tuesday meeting" is still a day.
    expect(ofKind(compareTexts('The council approved the plan at the Tuesday meeting in Leeds.', 'The council approved the plan at the Thursday meeting in Leeds.'), 'date')).toHaveLength(1);
  });

  it('weighs two years as low where one sentence also dates something by a year word ("last year")', () => {
    const found = ofKind(compareTexts('Vladescu, first elected in 2016, won a third term last year with 61.3 percent of the vote.', 'Mihai Vladescu is in his third term, re-elected in 2024 with 61.3 percent of the vote.'), 'date');
    expect(found.map((d) => [claimTexts(d), d.severity, d.weakened?.reason])).toEqual([[['S1:2016', 'S2:2024'], 'low', 'among-times']]);
    // With no year word, two years of one event still clash.
    const plain = ofKind(compareTexts('Vladescu was first elected in 2016 with 61.3 percent of the vote.', 'Vladescu was first elected in 2012 with 61.3 percent of the vote.'), 'date');
    expect(plain.map((d) => d.severity)).toEqual(['high']);
  });

  it('reads a year before 1900 after a word of time ("painted in 1651"), not a count ("in 1500 homes")', () => {
    const found = ofKind(compareTexts('The stolen still life by Pieter Claesz was painted in 1651.', 'The stolen still life by Pieter Claesz was painted in 1615.'), 'date');
    expect(found.map((d) => [d.rule, ...claimTexts(d)])).toEqual([['date/different-year', 'S1:1651', 'S2:1615']]);
    expect(ofKind(compareTexts('Power was cut in 1500 homes in Leeds overnight.', 'Power was cut in 1800 homes in Leeds overnight.'), 'date')).toEqual([]);
  });

  it('compares no date of a dateline, which says when the story was filed', () => {
    const report = compareTexts(
      'BERGEN, Norway, July 16 (Newswire) - The cruise ship Aurora Bay, which left Hamburg on July 12, docked in Bergen with 180 passengers ill.',
      'The cruise ship Aurora Bay, which left Hamburg on 12 July, docked in Bergen with 180 passengers ill.',
    );
    expect(ofKind(report, 'date')).toEqual([]);
    // The day the story tells of is compared as before.
    const told = compareTexts(
      'BERGEN, Norway, July 16 (Newswire) - The cruise ship Aurora Bay, which left Hamburg on July 12, docked in Bergen with 180 passengers ill.',
      'The cruise ship Aurora Bay, which left Hamburg on 13 July, docked in Bergen with 180 passengers ill.',
    );
    expect(ofKind(told, 'date').map((d) => claimTexts(d))).toEqual([['S1:July 12', 'S2:13 July']]);
  });

  it('reads "2:47 in the morning" as one time', () => {
    expect(claimTexts(ofKind(compareTexts('The quake struck at 3:47 a.m. near Aigio, the institute said.', 'The quake struck at 2:47 in the morning near Aigio, the institute said.'), 'date')[0])).toEqual(['S1:3:47 a.m', 'S2:2:47 in the morning']);
    expect(ofKind(compareTexts('The quake struck at 3:47 a.m. near Aigio, the institute said.', 'The quake struck at 3:47 in the morning near Aigio, the institute said.'), 'date')).toEqual([]);
    expect(ofKind(compareTexts('The fire started at 8:30 p.m., firefighters said.', 'The fire started at 8:30 in the evening, firefighters said.'), 'date')).toEqual([]);
  });

  it('compares the day of the story where each source names one weekday, even in sentences that do not align (low)', () => {
    const a = 'Gwen Pritchard, the broadcaster, has died aged 78.\nHer family say she died in hospital in Carmarthen on Tuesday after a short illness.';
    const b = 'Gwen Pritchard, the broadcaster, has died aged 78.\nMrs Pritchard passed away in the early hours of Monday at Glangwili hospital, her family confirmed.';
    const found = ofKind(compareTexts(a, b), 'date');
    expect(found.map((d) => [d.rule, d.severity, ...claimTexts(d)])).toEqual([['date/story-weekday', 'low', 'S1:Tuesday', 'S2:Monday']]);
    expect(ofKind(compareTexts(a, a.replace('Carmarthen', 'the town')), 'date')).toEqual([]);
    // A source naming two days tells of two events: the day of the story is then the one told
    // among the same words ("in hospital"), and the funeral's day is compared with nothing.
    const twoDays = ofKind(compareTexts(a, `${b}\nThe funeral will be held on Friday.`), 'date');
    expect(twoDays.map((d) => [d.rule, d.severity, ...claimTexts(d)])).toEqual([['date/story-weekday', 'low', 'S1:Tuesday', 'S2:Monday']]);
  });

  it('compares dates, times and days told among the same words in sentences that do not align (low)', () => {
    const release = 'Clearline Payments confirms that its services were fully restored at 19:05 this evening, following a disruption that began at 11:42.\nWe apologise to our customers.\nEngineers are still studying the cause.';
    const bullets = '- Supermarkets, pharmacies and petrol stations turned shoppers away after terminals began failing at 12:42.\n- Services were back at 19:05.\n- Retailers lost sales worth millions.';
    const found = ofKind(compareTexts(release, bullets), 'date');
    expect(found.map((d) => [d.rule, d.severity, ...claimTexts(d)])).toEqual([['date/story-time', 'low', 'S1:11:42', 'S2:12:42']]);
    expect(found[0]?.message).toMatch(/^Different times in the story/);
    // A source that gives both times tells of two moments; times among no shared words are two things.
    expect(ofKind(compareTexts(release, `${bullets}\nA first warning went out at 11:42.`), 'date')).toEqual([]);
    expect(ofKind(compareTexts(release, bullets.replace('began failing at', 'were down from')), 'date')).toEqual([]);
  });

  it('reads a year with its century elided ("\'89", "’98") as a year, not a count', () => {
    const report = compareTexts('The class of \'89 met again, 40 graduates in all.', 'The class of ’98 met again, 40 graduates in all.');
    expect(ofKind(report, 'date').map((d) => claimTexts(d))).toEqual([['S1:89', 'S2:98']]);
    expect(ofKind(report, 'number')).toEqual([]);
    expect(ofKind(compareTexts('The class of \'89 met again, 40 graduates in all.', 'The class of 1989 met again, 40 graduates in all.'), 'date')).toEqual([]);
  });

  it('compares a year that is part of a name ("Expo \'92") only with a year of the same name', () => {
    const apart = compareTexts('Her works include the central library, opened in 1974, and a museum pavilion.', 'Her works include the central library and the museum pavilion at Expo \'92.');
    expect(ofKind(apart, 'date')).toEqual([]);
    expect(ofKind(apart, 'number')).toEqual([]);
    const named = compareTexts('She designed the museum pavilion at Expo \'92 in the south.', 'She designed the museum pavilion at Expo \'98 in the south.');
    expect(ofKind(named, 'date').map((d) => claimTexts(d))).toEqual([['S1:92', 'S2:98']]);
  });

  it('reads a clock time in words placed by a part of the day ("twenty to six this morning")', () => {
    const early = compareTexts('The hillside gave way at twenty to six this morning, burying the road.', 'The hillside gave way at 4:40 in the morning, burying the road.');
    expect(ofKind(early, 'date').map((d) => claimTexts(d))).toEqual([['S1:twenty to six this morning', 'S2:4:40 in the morning']]);
    expect(ofKind(compareTexts('The hillside gave way at twenty to six this morning, burying the road.', 'The hillside gave way at 5.40am, burying the road.'), 'date')).toEqual([]);
    expect(ofKind(compareTexts('The alarm went off at a quarter past nine in the evening.', 'The alarm went off at 9.15pm.'), 'date')).toEqual([]);
    // Unplaced, it may be a score: left unread.
    expect(ofKind(compareTexts('The vote went twenty to six against the plan.', 'The vote went 20-6 against the plan.'), 'date')).toEqual([]);
  });

  it('compares a birth date only with a birth date, and the day of a statement only with such a day', () => {
    const born = compareTexts('Born in Utrecht, he joined the city orchestra as a violinist in 1968.', 'Born in Utrecht in 1940, he joined the city orchestra as a violinist.');
    expect(ofKind(born, 'date')).toEqual([]);
    const said = compareTexts('The county council said on Monday that a cyber attack had shut its systems.', 'The county council systems were shut by a cyber attack detected on Saturday.');
    expect(ofKind(said, 'date')).toEqual([]);
    // Two births still differ.
    const births = compareTexts('Born in Utrecht in 1942, he joined the city orchestra as a violinist.', 'Born in Utrecht in 1940, he joined the city orchestra as a violinist.');
    expect(ofKind(births, 'date')).toHaveLength(1);
  });

  it('reads "after 1968" and "from 1969 onwards" as one limit said two ways', () => {
    const same = compareTexts('The vaccine is free for adults born after 1968 who have not had two doses.', 'The vaccine is free for adults born on or after 1 January 1969 who have not had two doses.', 'The vaccine is free for adults born from 1969 onwards who have not had two doses.');
    expect(ofKind(same, 'date')).toEqual([]);
    const before = compareTexts('Pensions are frozen for staff hired before 2001.', 'Pensions are frozen for staff hired until 2000.');
    expect(ofKind(before, 'date')).toEqual([]);
    // A limit a year off the other way is still another year.
    const other = compareTexts('The vaccine is free for adults born after 1968 who have not had two doses.', 'The vaccine is free for adults born from 1967 onwards who have not had two doses.');
    expect(ofKind(other, 'date')).toHaveLength(1);
  });

  it('compares a deadline still to come ("expects to restore power by Thursday") only with another', () => {
    const report = compareTexts('By Monday morning nearly 7,000 homes remained without power, the utility said.', 'The utility expects to restore power to most homes by Thursday evening.');
    expect(ofKind(report, 'date')).toEqual([]);
    const deadlines = compareTexts('The utility expects to restore power to most homes by Thursday evening.', 'The utility expects to restore power to most homes by Friday evening.');
    expect(ofKind(deadlines, 'date')).toHaveLength(1);
  });

  it('reads "on 20 and 21 October" as the span "20–21 October"', () => {
    expect(ofKind(compareTexts('During the inspection on 20 and 21 October, inspectors found hand hygiene at 58%.', 'At the inspection on 20–21 October, inspectors found hand hygiene at 58 per cent.'), 'date')).toEqual([]);
    expect(ofKind(compareTexts('During the inspection on 20 and 21 October, inspectors found hand hygiene at 58%.', 'At the inspection on 22–23 October, inspectors found hand hygiene at 58 per cent.'), 'date')).toHaveLength(1);
  });

  it('reads "the morning high tide", "the night shift" as things, not times', () => {
    expect(ofKind(compareTexts('The forecaster said the morning high tide is the critical point for the harbour.', 'The forecaster warned that the evening high tide could flood the harbour.'), 'date')).toEqual([]);
    expect(ofKind(compareTexts('The tremor struck at 3:12 a.m. during the night shift.', 'The tremor struck at 03:12 local time.'), 'date')).toEqual([]);
  });
});

describe('date detector: one source dating one thing two ways', () => {
  const other = 'The chess tiebreak was played in Bergen on 14 September before a full hall.\nThe champion thanked his coach.';
  const selfOf = (report: ReturnType<typeof compareTexts>): string[][] =>
    ofKind(report, 'date')
      .filter((d) => d.claims.every((c) => c.source === d.claims[0]?.source))
      .map((d) => [d.severity, ...claimTexts(d)]);

  it('reports a slip of a day or a digit near a word in common, where the others give one of the dates', () => {
    const report = compareTexts('The chess tiebreak in Bergen on 14 September drew a full hall.\nThe champion thanked his coach after the tiebreak on 15 September.', other);
    expect(selfOf(report)).toEqual([['low', 'S1:14 September', 'S1:15 September']]);
    const digit = compareTexts('The chess tiebreak in Bergen on 14 September drew a full hall.\nThe champion thanked his coach after the tiebreak on 19 September.', other);
    expect(selfOf(digit)).toEqual([['low', 'S1:14 September', 'S1:19 September']]);
  });

  it('stays quiet for dates weeks apart, or when no other source gives either date', () => {
    const apart = compareTexts('The chess tiebreak in Bergen on 14 September drew a full hall.\nThe champion thanked his coach after the tiebreak on 2 October.', other);
    expect(selfOf(apart)).toEqual([]);
    const alone = compareTexts('The chess tiebreak in Bergen on 14 September drew a full hall.\nThe champion thanked his coach after the tiebreak on 15 September.', 'The chess tiebreak was played in Bergen before a full hall.\nThe champion thanked his coach.');
    expect(selfOf(alone)).toEqual([]);
  });

  it('convicts no source of contradicting itself on a clash found through one clause of a sentence', () => {
    // "… told reporters in Neapoli, with stronger winds expected from Thursday" met the minister's
    // Tuesday visit through its first clause: the forecast day is no second day for the visit.
    const dir = join(import.meta.dirname, '../../fixtures/studied/kalliope-star-spill');
    const files = (JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { sources: string[] }).sources;
    const report = compareTexts(...files.map((f) => readFileSync(join(dir, f), 'utf8')));
    expect(ofKind(report, 'date').filter((d) => d.rule === 'date/self-outlier')).toEqual([]);
  });

  it('reports a source that names an event by its day and dates it a day off elsewhere ("Sunday\'s attack" / "the attack … Saturday")', () => {
    const source = 'The attack was discovered in the early hours of Saturday, when staff spotted suspicious activity.\nResidents have been warned about scam emails in the days since Sunday\'s attack.';
    const found = ofKind(compareTexts(source, 'The attack was discovered early on Saturday, the council said.'), 'date').filter((d) => d.rule === 'date/self-outlier');
    expect(found.map((d) => [claimTexts(d), d.severity])).toEqual([[['S1:Saturday', "S1:Sunday's"], 'medium']]);
    // A numbered stage is one of many: "Wednesday's stage" is not "stage 11 … on Tuesday".
    const stages = 'Ferrandi won stage 11 of the Giro on Tuesday after a crash in the final kilometre.\nArcher will not start Wednesday\'s stage.';
    expect(ofKind(compareTexts(stages, 'Ferrandi won stage 11 of the Giro on Tuesday.'), 'date').filter((d) => d.rule === 'date/self-outlier')).toEqual([]);
  });
});
