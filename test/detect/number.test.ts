import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare.js';
import { analyzeSources } from '../../src/analyze/index.js';
import { segmentSource } from '../../src/compare.js';
import { pairNumbers } from '../../src/detect/number.js';
import { claimTexts, compareTexts, ofKind } from './helpers.js';

describe('number detector', () => {
  it('reports different counts of the same thing, with consensus for three sources', () => {
    const report = compareTexts(
      'The storm destroyed 40 houses in the coastal village of Marlow, the mayor said.',
      'The storm destroyed forty houses in the coastal village of Marlow, the mayor said.',
      'The storm destroyed 14 houses in the coastal village of Marlow, the mayor said.',
    );
    const found = ofKind(report, 'number');
    expect(found).toHaveLength(1);
    expect(claimTexts(found[0])).toEqual(['S1:40 houses', 'S2:forty houses', 'S3:14 houses']);
    expect(found[0]?.message).toMatch(/2 of 3 sources say "40 houses" \(s1\.txt, s2\.txt\); s3\.txt says "14 houses"/);
    expect(found[0]?.rule).toBe('number/different-value');
    expect(found[0]?.subject).toBe('houses');
    // Values, not words: "forty" reads as 40.
    expect(found[0]?.values?.map((v) => [v.source, v.value])).toEqual([
      ['S1', 40],
      ['S2', 40],
      ['S3', 14],
    ]);
  });

  it('reads a margin ("six fewer than the 47 needed") as the figure it is, not a count of "fewer"', () => {
    const report = compareTexts('The recall motion against the mayor won 41 votes, six fewer than the 47 needed to remove her.', 'The recall motion against the mayor fell short by six votes.');
    expect(ofKind(report, 'number')).toEqual([]);
    // Nor is a figure the other sentence also gives a second count for the story-level rule.
    expect(report.discrepancies).toEqual([]);
  });

  it.each([
    ['digits and words', 'He served six years in office before the vote.', 'He served 6 years in office before the vote.'],
    ['decades and years', 'She led the party for two decades before retiring.', 'She led the party for 20 years before retiring.'],
    ['a decimal comma', 'The company was fined 1,2 million euros by the regulator.', 'The company was fined €1.2 million by the regulator.'],
    ['thousands with spaces', 'Officials evacuated 5 400 people from the valley.', 'Officials evacuated 5,400 people from the valley.'],
    ['hectares and square kilometres', 'The low-emission zone covers 470 hectares of the city centre.', 'The low-emission zone covers 4,7 square kilometres of the city centre.'],
    ['miles rounded to kilometres', 'The fire front stretched for 3 miles along the ridge.', 'The fire front stretched for 4.8 km along the ridge.'],
    ['kilograms and tonnes', 'Divers recovered 1,400 kg of debris from the harbour.', 'Divers recovered 1.4 tonnes of debris from the harbour.'],
    ['a fraction of a scale word', 'The court awarded the family €250,000 in damages.', 'The court awarded the family a quarter of a million euros in damages.'],
    ['half a million', 'The appeal raised 500,000 dollars for the victims.', 'The appeal raised half a million dollars for the victims.'],
    ['about vs exact within a margin', 'Rescuers set up tents for about 3,000 people near the stadium.', 'Rescuers set up tents for 2,900 people near the stadium.'],
    ['half and 50 percent', 'About half of the pupils stayed at home on Monday.', 'About 50 percent of the pupils stayed at home on Monday.'],
    ['a least value and a figure above it', 'More than a thousand outpatient appointments were cancelled on Tuesday.', 'About 1,200 outpatient appointments were cancelled on Tuesday.'],
    ['a greatest value and a figure below it', 'Up to 50 climbers were stranded on the ridge overnight.', 'Rescuers said 45 climbers were stranded on the ridge overnight.'],
    ['a numbered section and a count of sections', 'The report found she breached section 6 of the Conflict of Interest Act.', 'The report found she breached two sections of the Conflict of Interest Act.'],
    ['an age and a count', 'Nikos Theodoridis, 61, was found guilty by the court in Salonika.', 'The court found Nikos Theodoridis guilty on all nine counts in Salonika.'],
    ['a service named by a code and a count of people', 'The RE 32 service left the tracks near Pegnitz on Thursday morning.', 'The train left the tracks near Pegnitz on Thursday morning with 23 people on board.'],
    ['a model code and a count', 'The agency has 4 CL-415 water bombers and 120 firefighters on the fire.', 'The agency had four water bombers and 120 firefighters on the fire.'],
    ['a rate per euro and a figure before a bracket', 'The zloty weakened to 4.312 per euro after the rate decision.', 'After the rate decision the zloty weakened, at 4.312 (zloty weaker).'],
    ['years and months and the months they make', 'His adviser was jailed for three years and four months for assisting an offender.', 'His adviser has been jailed for 40 months for assisting an offender.'],
    ['a small least value and a larger count', 'Our reporter can see at least two vehicles at the bottom of the valley.', 'Six vehicles fell to the bottom of the valley, the fire service said.'],
    ['a bare figure that is the subject of its verb ("three remain missing") and a count of the same three', 'Two miners were killed and three remain missing after a tunnel collapsed at the mine.', 'Rescuers are racing to reach three miners still trapped after a tunnel collapsed at the mine.'],
    ['two loose figures after "over"', 'Workers unfairly tossed more than 400 mail ballots over signature mismatches.', 'The campaign sued over 412 mail ballots that workers tossed.'],
    ['a spaced "m" as metres', 'The lava advanced at 40 m an hour and was 800 metres from the road.', 'The lava advanced at 40 metres per hour and was 0.8 km from the road.'],
    ['a spaced "m" beside a currency as millions', 'The bank lost €40 m last year, the report said.', 'The bank lost 40 million euros last year, the report said.'],
  ])('treats %s as equal', (_name, a, b) => {
    expect(ofKind(compareTexts(a, b), 'number')).toEqual([]);
  });

  it.each([
    ['a figure beyond the reach of a least value', 'More than 300 homes were flooded, the council said.', 'The council said 600 homes were flooded.', ['S1:300 homes', 'S2:600 homes']],
    ['years and months against other months', 'His adviser was jailed for three years and four months for assisting an offender.', 'His adviser has been jailed for four months for assisting an offender.', ['S1:three years and four months', 'S2:four months']],
    ['a plainly stated floor against another floor', 'Hale was given a life sentence with a minimum term of 22 years for the murder.', 'Hale was given a life sentence and must serve at least 21 years for the murder.', ['S1:22 years', 'S2:21 years']],
    // "1,430" may read 1.43 (a decimal comma): no small least value that any count meets.
    ['a least value with a thousands comma against another figure', 'Airports scrapped 2,150 departures across the region on Friday.', 'Airports scrapped more than 2,510 departures across the region on Friday.', ['S1:2,150 departures', 'S2:2,510 departures']],
    ['the same digits swapped, one side a bound', 'The hoard weighs just over 2.3 kilograms, the museum said.', 'The hoard weighs about 3.2 kilograms, the museum said.', ['S1:2.3 kilograms', 'S2:3.2 kilograms']],
    ['two numbers of one flight', 'Flight 370 lost contact with controllers over the sea.', 'Flight 307 lost contact with controllers over the sea.', ['S1:Flight 370', 'S2:Flight 307']],
    // "31 January, 84.5 per cent": a share after a date, not the date's day; it agrees with the other 84.5%.
    ['one share of two, after a date', 'In the ballot, which closed on 31 January, 84.5 per cent of those voting backed strike action on a turnout of 58.4 per cent.', 'Nationally, 84.5% of members who voted backed strikes, on a turnout of 54.8%.', ['S1:58.4 per cent', 'S2:54.8%']],
    // The summit's height agrees exactly: it pairs before the camp's height can take it by an estimate's margin.
    ['one of two heights, the other agreeing exactly', 'The climbers were trapped at about 6,520 metres, below the 7,126-metre summit.', 'The climbers were trapped at 6,250 metres on the 7126 m peak.', ['S1:6,520 metres', 'S2:6,250 metres']],
  ])('still reports %s', (_name, a, b, claims) => {
    expect(ofKind(compareTexts(a, b), 'number').map(claimTexts)).toEqual([claims]);
  });

  it('keeps a figure dated to an earlier time than the other only at low severity, saying why', () => {
    const report = compareTexts(
      'Just last year, a blaze at a garment factory in the district killed nine workers, officials said.',
      'A blaze at a garment factory in the district killed 14 workers on Tuesday, officials said.',
    );
    const found = ofKind(report, 'number');
    expect(found.map((d) => [d.severity, d.weakened?.reason])).toEqual([['low', 'other-time']]);
    expect(found[0]?.message).toContain('set in an earlier time');
    // A year in the story's own time, or one that opens a span, dates nothing earlier.
    const spans = compareTexts(
      'The contracts for a 62-kilometre section of the motorway were awarded between 2019 and 2021, prosecutors said in 2024.',
      'The contracts for a 26-kilometre section of the motorway were awarded between 2019 and 2021, prosecutors said in 2024.',
    );
    expect(ofKind(spans, 'number').map((d) => [d.severity, d.weakened?.reason])).toEqual([['high', undefined]]);
  });

  it('keeps a count of someone\'s relatives apart from the story\'s counts of people', () => {
    const report = compareTexts(
      'A teacher from Stockport who was travelling with his two children said there was a loud bang before the landing.',
      'One passenger, a teacher from Stockport, said there was a loud bang before the landing.',
    );
    expect(ofKind(report, 'number')).toEqual([]);
    // Relatives against relatives still clash.
    const kin = compareTexts(
      'A teacher from Stockport who was travelling with his two children said there was a loud bang before the landing.',
      'A teacher from Stockport who was travelling with his three children said there was a loud bang before the landing.',
    );
    expect(ofKind(kin, 'number').map((d) => claimTexts(d))).toEqual([['S1:two children', 'S2:three children']]);
  });

  it('reads an amount after a currency sign as money, not a time of day ("at €12.40")', () => {
    const report = compareTexts('Shares in the bank closed at €12,40 on Friday, the exchange said.', 'Shares in the bank closed at €12.04 on Friday, the exchange said.');
    expect(ofKind(report, 'date')).toEqual([]);
    expect(ofKind(report, 'number').map((d) => claimTexts(d))).toEqual([['S1:€12,40', 'S2:€12.04']]);
  });

  it('reads ISO currency codes and a nation\'s crowns as money ("NOK 105,000", "150,000 Norwegian crowns", "kroner")', () => {
    const changed = compareTexts('The champion takes home 150,000 Norwegian crowns in prize money.', 'The champion takes home NOK 105,000 in prize money.');
    expect(ofKind(changed, 'number').map((d) => claimTexts(d))).toEqual([['S1:150,000 Norwegian crowns', 'S2:NOK 105,000']]);
    // One amount in three forms: nothing to report.
    const same = compareTexts('The champion takes home 150,000 Norwegian crowns in prize money.', 'The champion takes home 150 000 kroner in prize money.', 'The champion takes home NOK 150,000 in prize money.');
    expect(ofKind(same, 'number')).toEqual([]);
  });

  it('converts data sizes ("140GB" = "140 gigabytes", not "1.4 terabytes")', () => {
    const report = compareTexts(
      'The gang says it stole 140GB of files from the council servers.',
      'The gang says it stole 1.4 terabytes of files from the council servers.',
      'The gang says it stole 140 gigabytes of files from the council servers.',
    );
    expect(ofKind(report, 'number').map((d) => claimTexts(d))).toEqual([['S1:140GB', 'S2:1.4 terabytes', 'S3:140 gigabytes']]);
  });

  it('reports the same amount in different currencies', () => {
    const report = compareTexts('The club paid a fee of €42m for the striker on Friday.', 'The club paid a fee of £42m for the striker on Friday.');
    expect(claimTexts(ofKind(report, 'number')[0])).toEqual(['S1:€42m', 'S2:£42m']);
    expect(ofKind(report, 'number')[0]?.values).toEqual([
      { source: 'S1', value: 42_000_000, unit: 'money', currency: 'EUR' },
      { source: 'S2', value: 42_000_000, unit: 'money', currency: 'GBP' },
    ]);
  });

  it('reads the same digits in another order as a slip even when one figure is approximate', () => {
    const report = compareTexts('The climbers were trapped on a ridge at about 6,520 metres below the summit.', 'The climbers were trapped on a ridge at 6,250 metres below the summit.');
    expect(ofKind(report, 'number').map((d) => claimTexts(d))).toEqual([['S1:6,520 metres', 'S2:6,250 metres']]);
    // Within the margin of "about" and not the same digits: an estimate met.
    const estimate = compareTexts('The climbers were trapped on a ridge at about 6,520 metres below the summit.', 'The climbers were trapped on a ridge at 6,400 metres below the summit.');
    expect(ofKind(estimate, 'number')).toEqual([]);
  });

  it('reports transposed digits inside one source as a self-contradiction', () => {
    const report = compareTexts(
      'The ferry carried 212 passengers when it struck the rocks. Later the operator said all 221 passengers would be refunded.',
      'The ferry carried 212 passengers when it struck the rocks.',
    );
    const self = ofKind(report, 'number').find((d) => d.claims.every((c) => c.source === 'S1'));
    expect(claimTexts(self)).toEqual(['S1:212 passengers', 'S1:221 passengers']);
    expect(self?.group).toBeNull();
  });

  it('reads transposed digits as one count when the noun phrase around it differs', () => {
    const report = compareTexts(
      '- Some 38,000 merchants were affected by the outage.\n- All 83,000 affected merchants had to fall back on cash.',
      'Some 38,000 merchants were affected by the outage.',
    );
    const self = ofKind(report, 'number').filter((d) => d.rule === 'number/self-transposed-digits');
    expect(self.map((d) => claimTexts(d))).toEqual([['S1:38,000 merchants', 'S1:83,000 affected']]);
    // Transposed digits of two different things are no slip.
    const two = compareTexts('The council approved 45 new homes. The 54 flats nearby were sold.', 'The council approved 45 new homes.');
    expect(ofKind(two, 'number').filter((d) => d.rule === 'number/self-transposed-digits')).toEqual([]);
    // Staff are people counted, like workers.
    const staff = compareTexts('The restaurant was closed on Monday. His 34 staff have been sent home.\nOne of the 43 workers told us nobody knows.', 'The restaurant was closed on Monday.');
    expect(ofKind(staff, 'number').filter((d) => d.rule === 'number/self-transposed-digits').map((d) => claimTexts(d))).toEqual([['S1:34 staff', 'S1:43 workers']]);
  });

  it('reports a changed age once, as an age', () => {
    const report = compareTexts(
      'Between 2016 and 2021, Ferreira, 58, moved money to firms run by his cousin, the court found.',
      'Between 2016 and 2021, Ferreira, 48, moved money to firms run by his cousin, the court found.',
    );
    const found = ofKind(report, 'number');
    expect(found.map((d) => d.rule)).toEqual(['number/different-age']);
    expect(claimTexts(found[0])).toEqual(['S1:58', 'S2:48']);
  });

  it('reads "21 years old" as an age, never as a duration', () => {
    const report = compareTexts('The winger signed a six-year contract with the club on Friday.', 'The winger, 21 years old, signed with the club on Friday.');
    expect(ofKind(report, 'number')).toEqual([]);
  });

  it('compares a duration with a duration, never with someone\'s age', () => {
    const found = ofKind(
      compareTexts(
        'The 23-year-old has agreed a five-year contract after passing a medical at the club on Thursday.',
        'The striker passed his medical at the club on Thursday and signed a four-year contract.',
      ),
      'number',
    );
    expect(found.map((d) => claimTexts(d))).toEqual([['S1:five-year', 'S2:four-year']]);
  });

  it.each([
    ['"a man of 78 years"', 'Elsewhere, an 87-year-old man who refused to leave his home was carried out by firefighters.', 'A man of 78 years, who had refused to leave his home, was carried out by firefighters.', ['S1:87-year', 'S2:78 years']],
    ['"<name>, of 29 years,"', 'The commission banned Ines Lario, 29, for four years after a positive test for EPO.', 'The commission banned Ines Lario, of 27 years, for four years after a positive test for EPO.', ['S1:29', 'S2:27']],
  ])('reads a translation\'s age, %s, as an age', (_name, a, b, claims) => {
    const found = ofKind(compareTexts(a, b), 'number');
    // One finding, age against age: the age is no rival to the other figures of the sentence.
    expect(found.map((d) => claimTexts(d))).toEqual([claims]);
  });

  it('reads basis points, bps and percentage points on one scale', () => {
    expect(ofKind(compareTexts('The bank cut its key rate by 50 basis points on Wednesday.', 'The bank cut its key rate by 0.5 percentage points on Wednesday.'), 'number')).toEqual([]);
    expect(ofKind(compareTexts('The bank announced a half-point cut on Wednesday.', 'The bank announced a 50 bps cut on Wednesday.'), 'number')).toEqual([]);
    expect(claimTexts(ofKind(compareTexts('The bank announced a half-point cut on Wednesday.', 'The bank announced a 25 bps cut on Wednesday.'), 'number')[0])).toEqual(['S1:half-point', 'S2:25 bps']);
  });

  it('compares ranks with ranks only: "the 61st minute" is no count of minutes', () => {
    const ranks = compareTexts('It was the second no-confidence motion the government has faced since taking office.', 'It was the third no-confidence motion the government has faced since taking office.');
    expect(claimTexts(ofKind(ranks, 'number')[0])).toEqual(['S1:second', 'S2:third']);
    const minutes = compareTexts('Nygaard scored in the 61st minute, 16 minutes after coming on.', 'Nygaard scored in the 61st minute, 16 minutes after coming on.');
    expect(ofKind(minutes, 'number')).toEqual([]);
  });

  it('reads compound numbers in words and leaves days of a date range to the date detector', () => {
    expect(ofKind(compareTexts('Eighty-seven deputies backed the motion and a hundred and three voted against it.', 'Eighty-seven deputies backed the motion and 103 voted against it.'), 'number')).toEqual([]);
    expect(ofKind(compareTexts('Some two thousand five hundred people marched on Sunday.', 'Some 2,500 people marched on Sunday.'), 'number')).toEqual([]);
    expect(ofKind(compareTexts('The council meets on Nov. 4-5 to decide on the rate.', 'The council meets on 4–5 November to decide on the rate.'), 'number')).toEqual([]);
    expect(ofKind(compareTexts('The council meets on Nov. 4-5 to decide on the rate.', 'The council meets on 4–5 November to decide on the rate.'), 'date')).toEqual([]);
  });

  it('compares the ages of one person wherever the person is named, and within a source', () => {
    const blast = 'An explosion tore through the solvent plant in Runcorn early on Thursday, the fire service said.';
    const across = compareTexts(`${blast} Forklift driver Darren Whitby, 43, died at the site.`, `${blast} The victim was named locally as Darren Whitby, 45, a father of two.`);
    expect(ofKind(across, 'number').map((d) => d.claims.map((c) => c.text))).toEqual([['43', '45']]);
    const self = compareTexts(
      `${blast} Forklift driver Darren Whitby, 43, died at the site. Neighbour Karen Platt, 58, heard the blast. Darren's partner Kelly paid tribute to the 45-year-old.`,
      blast,
    );
    expect(ofKind(self, 'number').map((d) => [d.severity, ...d.claims.map((c) => c.text)])).toEqual([['medium', '43', '45-year-old']]);
    // Two people, two ages: nothing.
    expect(ofKind(compareTexts(`${blast} Darren Whitby, 43, and Karen Platt, 58, were hurt.`, `${blast} Darren Whitby, 43, and Karen Platt, 58, were injured.`), 'number')).toEqual([]);
  });

  it('reads a bare surname as the person of that surname the story names most, not a relative', () => {
    const lead = 'Rail minister Adrian Pelling resigned on Tuesday. Adrian Pelling had claimed rent for a flat.';
    const report = compareTexts(
      `${lead} Pelling, 52, will remain an MP.`,
      `${lead} The 52-year-old will remain an MP. His wife Hannah Pelling, 49, runs the letting firm.`,
    );
    expect(ofKind(report, 'number')).toEqual([]);
    // The surname's bearer given another age is still found.
    const other = compareTexts(`${lead} Pelling, 52, will remain an MP.`, `${lead} Pelling, 55, will remain an MP. His wife Hannah Pelling, 49, runs the letting firm.`);
    expect(ofKind(other, 'number').map((d) => d.claims.map((c) => c.text))).toEqual([['52', '55']]);
  });

  it('reads lakh and crore, decimals said in words, and the counted noun phrase', () => {
    expect(ofKind(compareTexts('Each family will receive 200,000 taka in compensation, the minister said.', 'Each family will receive 2 lakh taka in compensation, the minister said.'), 'number')).toEqual([]);
    expect(ofKind(compareTexts('An aftershock of magnitude 4.8 shook the town on Tuesday.', 'An aftershock of magnitude four point eight shook the town on Tuesday.'), 'number')).toEqual([]);
    const cases = compareTexts(
      'Health authorities said 214 cases of dengue had been confirmed since the outbreak began, the highest in a decade.',
      '- 241 confirmed dengue cases since the outbreak began, according to the health authorities',
    );
    expect(ofKind(cases, 'number').map((d) => d.claims.map((c) => c.text))).toEqual([['214 cases', '241 confirmed']]);
  });

  it('keeps the dead, the injured and the missing apart, and a threshold agrees with a count above it', () => {
    expect(ofKind(compareTexts('At least 23 people were killed and 58 people are missing, officials said.', 'At least 23 people were killed and 58 remain missing, officials said.'), 'number')).toEqual([]);
    expect(ofKind(compareTexts('The landslide left 58 people missing, officials said on Monday.', 'The landslide left 23 people dead, officials said on Monday.'), 'number')).toEqual([]);
    expect(ofKind(compareTexts('The dengue outbreak on the island passes 200 cases.', 'The dengue outbreak on the island reaches 214 cases.'), 'number')).toEqual([]);
  });

  it('compares durations on one scale and reads units written onto figures', () => {
    expect(ofKind(compareTexts('The strike will last 48 hours, the union said on Monday.', 'The strike will last two days, the union said on Monday.'), 'number')).toEqual([]);
    expect(claimTexts(ofKind(compareTexts('The strike will last 36 hours, the union said on Monday.', 'The strike will last two days, the union said on Monday.'), 'number')[0])).toEqual(['S1:36 hours', 'S2:two days']);
    expect(ofKind(compareTexts('The first set lasted 41 minutes, officials said.', 'The first set lasted 41min, officials said.'), 'number')).toEqual([]);
    expect(claimTexts(ofKind(compareTexts('The route is a 62km stretch of coast, the agency said.', 'The route is a 26 kilometre stretch of coast, the agency said.'), 'number')[0])).toEqual(['S1:62km', 'S2:26 kilometre']);
  });

  it('reads "The Argentine, 24," and "died aged 83" as ages of the person the story is about', () => {
    const final = 'Tomas Echeverria won the French Open final in Paris on Sunday.';
    const report = compareTexts(
      `${final} The Argentine, 24, beat Norway's Henrik Solberg, 27, in five sets. The 23-year-old now rises to third in the world.`,
      final,
    );
    expect(ofKind(report, 'number').map((d) => d.claims.map((c) => c.text))).toEqual([['24', '23-year-old']]);
  });

  it('reads ages written in words ("Four-year-old Tomos", "the five-year-old")', () => {
    const report = compareTexts('Four-year-old Tomos, a stallion, escaped from the zoo at 9am. The five-year-old was driven home in a horse-box.', 'Four-year-old Tomos, a stallion, escaped from the zoo at 9am.');
    expect(ofKind(report, 'number').filter((d) => d.rule === 'number/self-age').map((d) => d.claims.map((c) => c.text))).toEqual([['Four-year-old', 'five-year-old']]);
    const across = compareTexts('The twenty-one-year-old Hruba reached the final in Melbourne on Thursday.', 'The 22-year-old Hruba reached the final in Melbourne on Thursday.');
    expect(ofKind(across, 'number').map((d) => d.claims.map((c) => c.text))).toEqual([['twenty-one-year-old', '22-year-old']]);
  });

  it('reads "the N-year-old" after the one person its sentence names as that person, a nationality after it a stand-in', () => {
    const blog = 'Marco Ranieri beat Jakub Kratochvil in the quarter-final in Melbourne.\nRanieri takes the third-set tie-break 7-4, and the 24-year-old Italian leads two sets to one.\nRanieri, the No 3 seed, has dropped just one set all tournament; the 23-year-old was a semi-finalist here last year.';
    const report = compareTexts(blog, 'Marco Ranieri beat Jakub Kratochvil in the quarter-final in Melbourne.');
    expect(ofKind(report, 'number').filter((d) => d.rule === 'number/self-age').map((d) => [d.subject, d.claims.map((c) => c.text)])).toEqual([['Ranieri', ['24-year-old', '23-year-old']]]);
    // Two people named before the age: whose it is, is unclear.
    const two = 'Marco Ranieri beat Jakub Kratochvil in the quarter-final in Melbourne.\nRanieri beat Kratochvil, and the 24-year-old Italian leads two sets to one.\nRanieri beat Kratochvil; the 23-year-old was a semi-finalist here last year.';
    expect(ofKind(compareTexts(two, 'Marco Ranieri beat Jakub Kratochvil in the quarter-final in Melbourne.'), 'number').filter((d) => d.rule === 'number/self-age')).toEqual([]);
  });

  it('reads "The Irish star, 27," as a stand-in for the person, like "the 28-year-old"', () => {
    const tabloid = 'Aoife Keane cancelled her Manchester show on Friday.\nThe Irish star, 27, told fans she was heartbroken.\nA pal said the 28-year-old was in floods of tears when she made the call.';
    const report = compareTexts(tabloid, 'Aoife Keane cancelled her Manchester show on Friday.');
    expect(ofKind(report, 'number').filter((d) => d.rule === 'number/self-age').map((d) => d.claims.map((c) => c.text))).toEqual([['27', '28-year-old']]);
  });

  it('gives "the coach from Tolosa, 54 years old," to the coach, not to the place', () => {
    const translated = 'Ireland coach Inaki Larranaga has joined Mexico, the federation said on Tuesday.\nThe federation made official the signing of the coach from Tolosa, 54 years old, who leaves after two years.\nLarranaga, 52, will have Unai Garmendia as his assistant.';
    const report = compareTexts(translated, 'Ireland coach Inaki Larranaga has joined Mexico, the federation said on Tuesday.');
    expect(ofKind(report, 'number').filter((d) => d.rule === 'number/self-age').map((d) => d.claims.map((c) => c.text))).toEqual([['54', '52']]);
  });

  it('leaves "the 28-year-old" unread when someone else named before has an age closer to it', () => {
    const lead = 'Marcus Hale, 34, was jailed for the murder of Aaron Pritchard in Cardiff.';
    const report = compareTexts(`${lead} Aaron, 27, was stabbed outside a pub. Last night the 28-year-old's partner paid tribute to him.`, lead);
    expect(ofKind(report, 'number').filter((d) => d.rule === 'number/self-age')).toEqual([]);
    // With no one closer, the protagonist is still who it is read as.
    const alone = compareTexts(`${lead} Last night the 36-year-old's lawyer said he would appeal.`, lead);
    expect(ofKind(alone, 'number').filter((d) => d.rule === 'number/self-age').map((d) => d.claims.map((c) => c.text))).toEqual([['34', "36-year-old's"]]);
  });
});

describe('number detector: a statement split over two sentences', () => {
  it('compares each half with what it shares with the other source, not with the other half', () => {
    const report = compareTexts(
      'Firefighters worked through the day and by this evening had brought eleven people out alive. Two people are still missing.\n' +
        'The mayor thanked volunteers from neighbouring towns.',
      'Rescuers had pulled 11 people alive from collapsed buildings by Tuesday evening, the fire service said, and two people were still missing.\n' +
        'The mayor thanked volunteers from nearby towns.',
      '18:20 - With the rescue of a girl, the number of people pulled alive from collapsed buildings has risen to 11, the fire service says. Two people are still missing.\n' +
        'The mayor thanked volunteers from neighbouring towns.',
    );
    // The two halves do form one group with the other source's whole sentence.
    expect(report.groups.find((g) => g.members.length === 5)).toBeDefined();
    expect(ofKind(report, 'number').map((d) => d.message)).toEqual([]);
  });
});

describe('number detector: a count referred back to with another figure', () => {
  const other = 'Fire crews contained the leak within an hour, the regional authority said.';

  it('reports "Two workers ..." then "the three workers ..." as a source contradicting itself', () => {
    const report = compareTexts(
      'Two workers were taken to hospital after breathing in the fumes.\nThe owner apologised to the three workers who needed treatment and blamed a faulty valve.\n' + other,
      'Two workers were treated in hospital for breathing problems.\n' + other,
    );
    const self = ofKind(report, 'number').filter((d) => d.rule === 'number/self-restated');
    expect(self).toHaveLength(1);
    expect(claimTexts(self[0])).toEqual(['S1:Two workers', 'S1:three workers']);
    expect(self[0]?.severity).toBe('medium');
    expect(self[0]?.message).toBe('s1.txt contradicts itself: "Two workers" and "three workers"');
  });

  it('reads a possessive as pointing back too ("He made 14 films" … "his 16 films")', () => {
    const report = compareTexts('He made 14 films in a career spanning 50 years.\nFans shared clips from his 16 films online.\n' + other, 'He made 14 films in his career.\n' + other);
    expect(ofKind(report, 'number').filter((d) => d.rule === 'number/self-restated').map((d) => claimTexts(d))).toEqual([['S1:14 films', 'S1:16 films']]);
  });

  it('reads a count of people with a dot or comma separator as whole people ("More than 1.400 persons" … "the 1.100 persons")', () => {
    const report = compareTexts('More than 1.400 persons were withdrawn from their homes in the Algarve.\nThe Red Cross is assuring meals to the 1.100 persons withdrawn.\n' + other, 'More than 1,400 people were evacuated from their homes.\n' + other);
    expect(ofKind(report, 'number').filter((d) => d.rule === 'number/self-restated').map((d) => claimTexts(d))).toEqual([['S1:1.400 persons', 'S1:1.100 persons']]);
  });

  it('reads the rest of a whole ("Of the 64 employees, 61 …" … "the three people") as no restatement', () => {
    const report = compareTexts('Of the 64 employees working the night shift, 61 had been accounted for by Wednesday.\nThe mayor said her first concern was the three people not yet found.\n' + other, 'Three workers were still missing on Wednesday.\n' + other);
    expect(ofKind(report, 'number').filter((d) => d.rule === 'number/self-restated')).toEqual([]);
  });

  it('reads a general noun for people as pointing back to a count of people ("Two workers" … "the three people")', () => {
    const report = compareTexts('Two workers were taken to hospital after the assault.\nPolice have named the three people who needed treatment.\n' + other, 'Two workers were treated in hospital.\n' + other);
    expect(ofKind(report, 'number').filter((d) => d.rule === 'number/self-restated').map((d) => claimTexts(d))).toEqual([['S1:Two workers', 'S1:three people']]);
  });

  it.each([
    ['a tally among several (votes)', 'The recount confirmed a margin of 58 votes.\nThe winner said his 31,472 votes were a mandate for change.'],
    ['a particle after a figure', 'Khalid made 104 off 112 balls.\nPemberton brought up his fifty off 49 balls.'],
    ['another state', 'Two workers were killed in the blast.\nThe three workers who were injured are in a stable condition.'],
    ['an approximate first figure', 'About 40 families were moved out overnight.\nThe 42 families will be housed in a school.'],
    ['money', 'The firm lost $1.3 billion in the quarter.\nThe $14.2 billion takeover is still due to close in May.'],
    ['no article pointing back', 'Two workers were taken to hospital.\nThree workers from a second shift were sent home.'],
    ['a duration', 'The strike lasted 14 days in all.\nThe three days of talks that followed ended without a deal.'],
    ['a subset picked out', 'The side batted through its 50 overs.\nThey needed 72 runs from the last ten overs.'],
    ['the whole a part is taken from', 'One satellite failed to deploy.\nOne of the six satellites on board failed to separate.'],
    ['another group a relative clause picks out', 'Engine faults kept nine aircraft on the ground.\nThe four aircraft that are stationed in Groningen will move to Eindhoven.'],
    ['the whole ("all the 38 newborns")', 'Eleven newborns tested positive for the bacterium.\nThe cases were found by screening all the 38 newborns in the ward.'],
    ['distances of different things', 'The stage ran 187km from Ravenna to the coast.\nThe three-kilometre rule gave everyone the same time.'],
    ['other people named by another noun', 'Five residents were moved to a shelter overnight.\nThe two workers who stayed behind kept the pumps running.'],
  ])('stays quiet for %s', (_, text) => {
    const report = compareTexts(`${text}\n${other}`, `${text}\n${other}`.replace('regional authority', 'authority'));
    expect(ofKind(report, 'number').filter((d) => d.rule === 'number/self-restated')).toEqual([]);
  });
});

describe('number detector: units converted', () => {
  it('still reports an area that differs once converted', () => {
    const report = compareTexts('The low-emission zone covers 470 hectares of the city centre.', 'The low-emission zone covers 7.4 square kilometres of the city centre.');
    expect(ofKind(report, 'number').map((d) => claimTexts(d))).toEqual([['S1:470 hectares', 'S2:7.4 square kilometres']]);
  });

  it('allows rounding only where one side was converted from miles or acres', () => {
    expect(ofKind(compareTexts('The fire front stretched for 48 km along the ridge.', 'The fire front stretched for 49 km along the ridge.'), 'number')).toHaveLength(1);
  });

  it('reads feet and yards, hyphenated ("a 30-foot wall") or written on ("a 20ft wall"), as lengths', () => {
    const walls = ofKind(
      compareTexts(
        'The two men climbed down a 30-foot perimeter wall of the depot using a rope of knotted blankets.',
        'The two men climbed down a 20ft perimeter wall of the depot using a rope of knotted blankets.',
        'The two men climbed down a perimeter wall of about 9 metres of the depot using a rope of knotted blankets.',
      ),
      'number',
    );
    expect(walls.map((d) => claimTexts(d))).toEqual([['S1:30-foot', 'S2:20ft', 'S3:9 metres']]);
    // Rounded in conversion, the same height.
    expect(ofKind(compareTexts('The 70ft rocket lifted off from the island just before noon.', 'The 21-metre rocket lifted off from the island at 11:42.'), 'number')).toEqual([]);
  });
});

describe('number detector: fractions of a scale word', () => {
  it('reads "three quarters of a billion" as one figure and compares it', () => {
    const report = compareTexts('The bailout cost three quarters of a billion pounds, the Treasury said.', 'The bailout cost £650 million, the Treasury said.');
    expect(ofKind(report, 'number').map((d) => d.values?.map((v) => v.value))).toEqual([[750000000, 650000000]]);
  });
});

describe('number detector: what a bare count is about', () => {
  it('pairs counts of one vote whose verb is no unit ("103 voted against")', () => {
    const report = compareTexts(
      'Eighty-seven deputies backed the motion and a hundred and three voted against.',
      'The motion gained the votes of 78 deputies, far from the 101 needed; 103 deputies voted against.',
    );
    expect(ofKind(report, 'number').map((d) => d.values?.map((v) => v.value))).toEqual([[87, 78]]);
  });

  it.each([
    ['"N out of M members"', 'The cut was backed by six out of ten members of the council.', 'The cut was backed by seven of the council\'s ten members.', [6, 7]],
    ['"N of the X" against a count with only a verb', 'Seven of the patients are colonized, while four have developed infections.', 'Of the 11 patients, eight are colonized and four have developed infections.', [7, 8]],
  ])('reads a partitive, %s, as a count of its noun', (_name, a, b, values) => {
    expect(ofKind(compareTexts(a, b), 'number').map((d) => d.values?.map((v) => v.value))).toEqual([values]);
  });

  it('never takes the whole ("Of the 11 patients") for the part another source counts', () => {
    const report = compareTexts('Seven of the patients are colonized with the fungus.', 'Of the 11 patients, seven are colonized with the fungus.');
    expect(ofKind(report, 'number')).toEqual([]);
  });
});

describe('number detector: one number each side', () => {
  it('pairs a bare figure with a counted one within an order of magnitude, not beyond', () => {
    const crowd = compareTexts('Police put the crowd at 35,000, the organisers said.', 'Police counted 53,000 demonstrators, the organisers said.');
    expect(ofKind(crowd, 'number').map((d) => d.values?.map((v) => v.value))).toEqual([[35000, 53000]]);
    expect(ofKind(compareTexts('The stage was the 24th of the race, the organisers said.', 'The stage drew 60,000 fans, the organisers said.'), 'number')).toEqual([]);
    expect(ofKind(compareTexts('The rider, 24, won the stage, the organisers said.', 'The rider won the stage before 60,000 fans, the organisers said.'), 'number')).toEqual([]);
  });

  it('pairs the one figure left where every other agrees, if it counts the same thing or is misprinted', () => {
    const misprint = compareTexts(
      'The union said the clinic employs about 530 nurses and that 91 per cent of them joined the stoppage.',
      'According to the union around 350 staff serve the clinic, while 91% joined the stoppage.',
    );
    expect(ofKind(misprint, 'number').map((d) => claimTexts(d))).toEqual([['S1:530 nurses', 'S2:350 staff']]);
    // A figure one sentence adds beside the agreeing ones is no second report of the other's.
    const added = compareTexts('The quake, which struck at a depth of 12 km, damaged nine churches, officials said.', 'The 6.1 magnitude quake struck at a depth of 12 km, officials said.');
    expect(ofKind(added, 'number')).toEqual([]);
  });

  it('keeps two different counted nouns apart, however close the figures, but not a count of people', () => {
    const apart = compareTexts(
      'The fireball over the valley was captured by 11 cameras of the observatory network in Brno.',
      'Around 25 volunteers of the observatory network in Brno joined the search for the fireball over the valley.',
    );
    expect(ofKind(apart, 'number')).toEqual([]);
    const share = compareTexts('Shares of the Spokane lender closed down 38% on Wednesday.', 'The Spokane lender operates 42 branches on Wednesday.');
    expect(ofKind(share, 'number')).toEqual([]);
    const people = compareTexts(
      'Around 25 volunteers joined the search for the fireball over the valley on Thursday.',
      'Around 40 people joined the search for the fireball over the valley on Thursday.',
    );
    expect(ofKind(people, 'number').map((d) => d.values?.map((v) => v.value))).toEqual([[25, 40]]);
  });

  it('takes no word across a comma for what a figure counts ("Arsenault, 52, said")', () => {
    const report = compareTexts(
      'The minister, 52, said in a written statement that she had acted in good faith.',
      'The 54-year-old minister said in a written statement that she had acted in good faith.',
    );
    expect(ofKind(report, 'number').map((d) => d.values?.map((v) => v.value))).toEqual([[52, 54]]);
  });
});


describe('number detector: figures among the same words where the sentences do not align', () => {
  // Deputies are counted twice in each source, so no count is the story's one (see below).
  const a = 'The government survived the vote in the early hours.\nThe opposition motion won the support of 87 deputies from Forward and the Pirates.\nIt needed 101 deputies.';
  const b = 'The government survived the vote in the early hours.\nForward and the Pirates mustered only 78 deputies behind the motion after a night of debate.\nThe chamber has 200 deputies.';
  // A strict threshold keeps the two sentences apart, as paraphrase often does.
  const story = (x: string, y: string) =>
    compare([x, y].map((text, i) => ({ label: `s${i + 1}.txt`, path: `s${i + 1}.txt`, text })), { threshold: 0.9 }).discrepancies.filter((d) => d.rule === 'number/story-figure');

  it('compares them at low severity', () => {
    expect(story(a, b).map((d) => [d.severity, ...claimTexts(d)])).toEqual([['low', 'S1:87 deputies', 'S2:78 deputies']]);
  });

  it('not with one shared word, far apart, or where a source gives both figures', () => {
    expect(story(a, b.replace('Forward and the Pirates mustered', 'The parties mustered'))).toEqual([]);
    expect(story(a, b.replace('78 deputies', '12 deputies'))).toEqual([]);
    expect(story(`${a}\nSome 78 deputies of the coalition stayed away.`, b)).toEqual([]);
  });
});

describe('number detector: a count the story gives once per source', () => {
  it('compares a specific noun counted once in each source even where the sentences do not align (low)', () => {
    const report = compareTexts(
      'Hoogendijk won the final on Lake Malta.\nAbout 8,000 spectators lined the course under a hot sun.',
      'Hoogendijk won the final on Lake Malta.\nThe regatta drew about 6 thousand spectators, the organisers said, most of them from Poland.',
    );
    const story = ofKind(report, 'number').filter((d) => d.rule === 'number/story-count');
    expect(story.map((d) => [d.severity, ...claimTexts(d)])).toEqual([['low', 'S1:8,000 spectators', 'S2:6 thousand spectators']]);
  });

  it('reads the noun a phrase counts after a modifier ("9,000 rowing spectators" / "6,000 spectators")', () => {
    const report = compareTexts(
      'Hoogendijk won the final on Lake Malta.\nAbout 9,000 rowing spectators lined the course under a hot sun.',
      'Hoogendijk won the final on Lake Malta.\nThe regatta drew about 6,000 spectators, the organisers said, most of them from Poland.',
    );
    expect(ofKind(report, 'number').filter((d) => d.rule === 'number/story-count').map((d) => claimTexts(d))).toEqual([['S1:9,000 rowing', 'S2:6,000 spectators']]);
  });

  it('leaves alone general units, a noun counted twice in a source, and agreeing figures', () => {
    const quiet = (a: string, b: string): void => expect(ofKind(compareTexts(a, b), 'number').filter((d) => d.rule === 'number/story-count')).toEqual([]);
    quiet('The final was rowed on Lake Malta.\nThe race took 7 minutes.', 'The final was rowed on Lake Malta.\nThe winner trained for 9 minutes a day.');
    quiet('The final was rowed on Lake Malta.\nAbout 8,000 spectators came.\nLast year 5,000 spectators came.', 'The final was rowed on Lake Malta.\nThe regatta drew 6,000 spectators on Lake Malta.');
    quiet('The final was rowed on Lake Malta.\nAbout 8,000 spectators lined the course.', 'The final was rowed on Lake Malta.\nThe regatta drew eight thousand spectators.');
  });
});

describe('number detector: a distinctive figure is its own key', () => {
  it('pairs the same figure of three significant digits whatever word follows it, so it is no other count', () => {
    const report = compareTexts('During follow-up, 37,912 participants were diagnosed with dementia.', 'Of the 421,847 participants, 37,912 developed dementia during follow-up.');
    expect(ofKind(report, 'number')).toEqual([]);
  });
});


describe('number detector: what convicts a source of contradicting itself', () => {
  it('gives no age to a dateline agency, a relative ("his 19-year-old passenger") or an age its own words place', () => {
    const wire =
      'BUCHAREST, May 17 (Newswire) - A road bridge over the Siret collapsed on Saturday, killing two people.\nThe victims were a man and his 63-year-old wife from Dolhasca.\nThe van driver swam to the bank, while his 19-year-old passenger was still missing.';
    const other = 'A road bridge over the Siret collapsed on Saturday, killing two people.\nThe van driver swam to the bank.';
    expect(ofKind(compareTexts(wire, other), 'number').filter((d) => d.rule === 'number/self-age')).toEqual([]);
    const translated =
      'Tragedy at Lespezi: the bridge over the Siret collapsed.\nThe occupants, a man of 67 years and a woman of 63 years, were taken out without life.\nThe driver of the van, 41 years old, succeeded to reach the shore by swimming.';
    expect(ofKind(compareTexts(translated, other), 'number').filter((d) => d.rule === 'number/self-age')).toEqual([]);
  });

  it('takes no clash between sentences that match only through a clause as a self-contradiction', () => {
    // A live blog's "One person … is still missing" met the wire's "among four people injured,
    // while his passenger was still missing" through one clause; "Four people injured" in the
    // blog's previous line does not make the blog contradict itself.
    const dir = join(import.meta.dirname, '../../fixtures/studied/siret-bridge-collapse');
    const files = (JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { sources: string[] }).sources;
    const report = compareTexts(...files.map((f) => readFileSync(join(dir, f), 'utf8')));
    const self = ofKind(report, 'number').filter((d) => d.rule === 'number/self-outlier');
    expect(self.map((d) => claimTexts(d))).not.toContainEqual(expect.arrayContaining([expect.stringMatching(/One person$/)]));
  });
});

describe('number detector: a figure misprinted in another source, wherever the sentences stand', () => {
  it('finds digits swapped or a point moved between sources whose sentences did not align', () => {
    const report = compareTexts(
      'Houkamau won the recount.\nHer share of the vote rose to 41.2 per cent after the special votes were counted.',
      'Houkamau won the recount.\nThe final tally gave the new mayor 42.1% of the valid votes cast across the district.',
    );
    const found = ofKind(report, 'number').filter((d) => d.rule === 'number/lookalike-figure');
    expect(found.map((d) => [d.severity, ...claimTexts(d)])).toEqual([['medium', 'S1:41.2 per cent', 'S2:42.1%']]);
    const money = compareTexts(
      'A cyber-attack took down the hospital trust network on Monday.\nThe hackers demanded 4.5 million dollars from the trust.',
      'A cyber-attack took down the hospital trust network on Monday.\nA ransom of $45m was demanded, the technology site reported.',
    );
    expect(ofKind(money, 'number').map((d) => d.values?.map((v) => v.value))).toEqual([[4500000, 45000000]]);
    // Two counts of people in different words ("112 newborns" / "121 babies").
    const people = compareTexts(
      'The hospital in Brasov confirmed the outbreak on Monday.\nThe infection has been found in 112 newborns since March, the hospital said.',
      'The hospital in Brasov confirmed the outbreak on Monday.\nTests were run on 121 babies treated in the ward, the health ministry said.',
    );
    expect(ofKind(people, 'number').map((d) => [d.rule, ...claimTexts(d)])).toEqual([['number/lookalike-figure', 'S1:112 newborns', 'S2:121 babies']]);
    // Digits as written: a duration's value is kept in minutes, but "143 days" is written 143.
    const days = compareTexts(
      'The two engineers were freed in Niger on Saturday after long talks.\nThe pair had spent 143 days in the hands of their kidnappers, the ministry said.',
      'Two engineers were freed in Niger on Saturday after long talks.\nBrennan, who works for a Dublin water charity, had been held for 134 days.',
    );
    expect(ofKind(days, 'number').map((d) => [d.rule, ...claimTexts(d)])).toEqual([['number/lookalike-figure', 'S1:143 days', 'S2:134 days']]);
  });

  it('reads no misprint between a figure in miles or feet and one in metres', () => {
    const report = compareTexts(
      'Runners set off from Keswick for the race on Saturday.\nThe 26-mile course crosses three fells.',
      'Runners set off from Keswick for the race on Saturday.\nThe highest checkpoint stands at 2.600 metres, the organisers said.',
    );
    expect(ofKind(report, 'number').filter((d) => d.rule === 'number/lookalike-figure')).toEqual([]);
  });

  it('stays quiet where a source gives both figures, or the figures are short', () => {
    const quiet = (a: string, b: string): void => expect(ofKind(compareTexts(a, b), 'number').filter((d) => d.rule === 'number/lookalike-figure')).toEqual([]);
    quiet('Turnout was 41.2 per cent, against 42.1 per cent last time.', 'Officials put turnout at 42.1% in the previous vote.');
    quiet('The ferry carried 12 crew.', 'Rescuers found 21 survivors on the beach.');
  });
});

describe('number detector: shares', () => {
  it('reads two shares that make a hundred as the two sides of one figure ("turnout 61.8%" / "abstention 38,2%")', () => {
    const report = compareTexts('Turnout in the general election was 61.8 percent, the highest since 1995.', 'The abstention in the general election fell to 38,2%, the lowest since 1995.');
    expect(ofKind(report, 'number')).toEqual([]);
    expect(ofKind(compareTexts('Turnout in the general election was 61.8 percent, the highest since 1995.', 'Turnout in the general election was 63.8 percent, the highest since 1995.'), 'number')).toHaveLength(1);
  });

  it('reads "42.1% of the votes" as a share, and keeps a share of something apart from a bare share', () => {
    const report = compareTexts(
      'Cascade Ridge shares plunged 38% as depositors pulled $1.3 billion.',
      'Customers pulled $1.3 billion in deposits, roughly 9% of the total, and the shares plunged.',
    );
    expect(ofKind(report, 'number')).toEqual([]);
    const same = compareTexts('The mayor won 41.2% of the valid votes, officials said.', 'The mayor won 42.1% of the valid votes, officials said.');
    expect(ofKind(same, 'number').map((d) => claimTexts(d))).toEqual([['S1:41.2%', 'S2:42.1%']]);
  });
});

describe('number detector: an age given in "died aged" or "at the age of"', () => {
  it("is the sentence subject's age, so a later 'the 86-year-old' contradicts it", () => {
    const text = 'MAESTRO DIES\nLegendary conductor Pieter van Heesch has died at home in Haarlem at the age of 84.\nFriends say the 86-year-old was still cycling to every rehearsal last spring.';
    const report = compareTexts(text, 'Pieter van Heesch, the conductor, has died in Haarlem.\nHe led the orchestra for 31 years.');
    const self = ofKind(report, 'number').filter((d) => d.rule === 'number/self-age');
    expect(self.map((d) => [d.subject, ...claimTexts(d)])).toEqual([['Pieter van Heesch', 'S1:84', 'S1:86-year-old']]);
  });

  it('reads the age in words, and the person a translation names after it, not the place before', () => {
    const report = compareTexts(
      'The painter Ilse Brandauer died on Monday at her studio in Graz at the age of ninety-one.\nHer last show opened in May.',
      'In Graz on Monday died at the age of 19 years the painter Ilse Brandauer, known for her river scenes.\nHer last show opened in May.',
    );
    const ages = ofKind(report, 'number').filter((d) => d.rule === 'number/different-age');
    expect(ages.map((d) => [d.subject, ...claimTexts(d)])).toEqual([['Ilse Brandauer', 'S1:ninety-one', 'S2:19']]);
  });
});

describe('number detector: unnamed ages ("a 47-year-old woman", "the 43-year-old crane driver")', () => {
  const other = 'Mountain rescuers from three valleys took part in the search.';

  it('reads "a N-year-old" as someone new, never as the story\'s protagonist again', () => {
    const text = 'The avalanche came down below the Kreuzberg on Saturday.\nOne of them, a 47-year-old woman, broke both legs.\nThe third, a 52-year-old man, was found dead after an hour.\n' + other;
    const report = compareTexts(text, 'An avalanche buried three ski tourers on Saturday.\n' + other);
    expect(ofKind(report, 'number').filter((d) => d.rule === 'number/self-age')).toEqual([]);
  });

  it('reads "the N-year-old <noun>" as the one "a M-year-old <noun>" introduced', () => {
    const text = 'Two of the men work at the terminal, among them a 34-year-old crane driver from Delft.\nA 27-year-old man was also held.\nThe 43-year-old crane driver is said to have let the gang in.\n' + other;
    const report = compareTexts(text, 'Police held eight men.\n' + other);
    expect(ofKind(report, 'number').filter((d) => d.rule === 'number/self-age').map((d) => claimTexts(d))).toEqual([['S1:34-year-old', 'S1:43-year-old']]);
    const agreeing = compareTexts(text.replace('43-year-old', '34-year-old'), 'Police held eight men.\n' + other);
    expect(ofKind(agreeing, 'number').filter((d) => d.rule === 'number/self-age')).toEqual([]);
  });

  it('reads "the N-year-old" as the one earlier person whose given age is near, across a person named between', () => {
    const text = 'Line manager Ola Berg said services would resume on Monday.\nJonas Weber, 48, the driver, was flown to hospital.\nMia Braun, 17, a passenger, said the carriage tipped over.\nThe 46-year-old father of three has driven the line for 20 years.\n' + other;
    const report = compareTexts(text, 'The driver was flown to hospital.\n' + other);
    expect(ofKind(report, 'number').filter((d) => d.rule === 'number/self-age').map((d) => [d.subject, ...claimTexts(d)])).toEqual([['Jonas Weber', 'S1:48', 'S1:46-year-old']]);
    // The same age as someone named: no contradiction.
    const agreeing = compareTexts(text.replace('46-year-old', '48-year-old'), 'The driver was flown to hospital.\n' + other);
    expect(ofKind(agreeing, 'number').filter((d) => d.rule === 'number/self-age')).toEqual([]);
  });

  it('reads a nationality word with an age ("German (52) dead") as no one\'s name', () => {
    const text = 'Avalanche below the Hochjoch: German (52) dead, woman injured\nThe 47-year-old woman from Rosenheim was flown to Innsbruck.\n' + other;
    const report = compareTexts(text, 'A German ski tourer died in an avalanche.\n' + other);
    expect(ofKind(report, 'number').filter((d) => d.rule === 'number/self-age')).toEqual([]);
  });

  it('reads "aged 19 to 46" as a range, no one\'s age', () => {
    const text = 'Hugo Brandt, 34, was among those held.\nThe suspects are aged 19 to 46.\n' + other;
    const report = compareTexts(text, 'Hugo Brandt was among eight men held.\n' + other);
    expect(ofKind(report, 'number').filter((d) => d.rule === 'number/self-age')).toEqual([]);
  });
});

describe('number detector: people counted by what happened to them', () => {
  it('compares "11 missing" with "17 disappeared" and not with a count of the dead', () => {
    const report = compareTexts(
      'A mudslide buried the road on Tuesday, killing at least four people and leaving 11 missing, officials said.',
      'At least four persons dead and 17 disappeared is the toll of the mudslide that buried the road on Tuesday.',
    );
    expect(ofKind(report, 'number').map((d) => claimTexts(d)[0])).toEqual(['S1:11 missing']);
    const dead = compareTexts(
      'A mudslide buried the road on Tuesday, killing at least four people and leaving 11 missing, officials said.',
      'At least 17 died and 11 disappeared in the mudslide that buried the road on Tuesday.',
    );
    expect(ofKind(dead, 'number').filter((d) => claimTexts(d).some((c) => c.includes('11')))).toEqual([]);
  });
});

describe('number detector: "others" counts what the figure before it counts', () => {
  it('pairs "41 people … and nine others" with "14 people … nine people"', () => {
    const report = compareTexts(
      'Crews had carried 41 people alive out of the collapsed tunnel by Friday night, and nine others were still missing.',
      'Until Friday night 14 people were taken out alive from the tunnel, while nine people are still missing.',
    );
    expect(ofKind(report, 'number').map((d) => claimTexts(d))).toEqual([['S1:41 people', 'S2:14 people']]);
  });
});

describe('number detector: minutes of a match', () => {
  it('reads "the 34th minute" and "(34 min)" as one moment, so the other minute is no rival', () => {
    const report = compareTexts(
      'Costa\'s 34th-minute penalty gave Harbury the lead before Lund headed Ashby level on 58 minutes.',
      'Harbury 1-0 Ashby (34 min): Costa scores the penalty.',
      'Costa put Harbury ahead from the penalty spot after 34 minutes.',
    );
    expect(ofKind(report, 'number').filter((d) => d.rule === 'number/different-value')).toEqual([]);
  });
});

describe('number detector: tallies and scores', () => {
  it('compares the other figure of a tally where one agrees ("3-1" / "3-2", "30 votes to 21" / "30-22")', () => {
    const score = compareTexts('Feyenoord won the cup final 3-1 on Sunday in Utrecht.', 'Feyenoord won the cup final 3-2 on Sunday in Utrecht.');
    expect(ofKind(score, 'number').map((d) => claimTexts(d))).toEqual([['S1:1', 'S2:2']]);
    const votes = compareTexts('The budget was passed by 41 votes to 17, with one abstention.', 'Councillors backed the budget 41-19, with one abstention.');
    expect(ofKind(votes, 'number').map((d) => claimTexts(d))).toEqual([['S1:17', 'S2:19']]);
    expect(ofKind(compareTexts('The budget was passed by 41 votes to 17.', 'Councillors backed the budget 41-17.'), 'number')).toEqual([]);
  });

  it('reads a vote\'s two sides ("41 votes for, 17 against") as a tally', () => {
    const votes = compareTexts('The budget was passed with 41 votes for, 17 against and one abstention.', 'Councillors passed the budget with 41 in favour and 19 against, one member abstained.');
    expect(ofKind(votes, 'number').map((d) => claimTexts(d))).toEqual([['S1:17', 'S2:19']]);
    expect(ofKind(compareTexts('The budget was passed by 41 votes to 17, with one abstention.', 'The budget passed with 41 votes for and 17 against, with one abstention.'), 'number')).toEqual([]);
  });

  it('leaves alone a level score against another ("2-2" / "3-2") and a range ("from 20 to 30")', () => {
    expect(ofKind(compareTexts('Feyenoord beat Twente 3-2 in the cup final on Sunday.', 'Twente equalised for 2-2 in the cup final on Sunday.'), 'number')).toEqual([]);
    const range = compareTexts('Ticket prices rose from 20 to 30 euros this year.', 'Ticket prices rose from 20 to 35 euros this year.');
    expect(ofKind(range, 'number').map((d) => claimTexts(d))).toEqual([['S1:30 euros', 'S2:35 euros']]);
  });
});

describe('number detector: a total is no transposed figure', () => {
  it('leaves "12 … and 9 … In total, 21" alone, and still finds a total given two ways', () => {
    const text = 'The first side handed over 12 citizens and the second side 9 citizens.\nIn total, 21 people were exchanged at the crossing.\nThe swap took two hours.';
    const report = compareTexts(text, 'The swap at the crossing took two hours.');
    expect(ofKind(report, 'number').filter((d) => d.rule === 'number/self-transposed-digits')).toEqual([]);
    const slip = compareTexts('The authority fined the firms a total of 48.6 million pounds.\nThe fine, at 46.8 million pounds, is a record.', 'The fine is a record.');
    expect(ofKind(slip, 'number').filter((d) => d.rule?.startsWith('number/self'))).toHaveLength(1);
  });
});

describe('number detector: a long figure transposed within one source', () => {
  it('finds four significant digits or more swapped whatever noun follows each', () => {
    const text = 'The study followed 412,847 people for ten years.\nOf the 421,847 participants, 37,912 developed dementia.';
    const report = compareTexts(text, 'The study followed 412,847 people for ten years.');
    expect(ofKind(report, 'number').filter((d) => d.rule === 'number/self-transposed-digits').map((d) => claimTexts(d))).toEqual([['S1:412,847 people', 'S1:421,847 participants']]);
    // Two short figures of different nouns are two counts.
    const short = compareTexts('The club has 42 branches.\nIt employs 24 drivers.', 'The club has 42 branches.');
    expect(ofKind(short, 'number').filter((d) => d.rule === 'number/self-transposed-digits')).toEqual([]);
  });
});

describe('number detector: a source giving the others\' figure elsewhere', () => {
  const a = 'The quake killed 12 people in Malatya, officials said.\nRescuers said the 12 dead included two children.';
  const b = 'The quake killed 12 people in Malatya, officials said.';
  it('contradicts itself for a count, against a majority', () => {
    const report = compareTexts(a, b, 'The quake killed 14 people in Malatya, officials said.\nOf the 12 dead, nine were in one village.');
    expect(ofKind(report, 'number').filter((d) => d.rule === 'number/self-outlier').map((d) => claimTexts(d))).toEqual([['S3:14 people', 'S3:12 dead']]);
  });

  it('not for a duration, which recurs in a story for other things', () => {
    const c = 'He played at the World Cup in 1970, and two years later he moved abroad.';
    const report = compareTexts(c, c, 'He played at the World Cup in 1970, and four years later he moved abroad.\nHe spent two years at Standard Liege.');
    expect(ofKind(report, 'number').filter((d) => d.rule === 'number/self-outlier')).toEqual([]);
  });

  it('for a sum or a share only where both figures stand among the same words', () => {
    const majority = 'Kestrel said adjusted earnings were $1.67 a share in the third quarter.\nIts shares fell in early trading.';
    const outlier = 'Kestrel said adjusted earnings were $1.64 a share in the third quarter.';
    const restated = compareTexts(majority, majority, `${outlier}\nTraders said the adjusted earnings of $1.67 a share were no surprise.`);
    expect(ofKind(restated, 'number').filter((d) => d.rule === 'number/self-outlier').map((d) => claimTexts(d))).toEqual([['S3:$1.64', 'S3:$1.67']]);
    // The same sum for something else ("a $1.67 dividend") proves nothing.
    const other = compareTexts(majority, majority, `${outlier}\nThe board kept its quarterly dividend at $1.67 for the year.`);
    expect(ofKind(other, 'number').filter((d) => d.rule === 'number/self-outlier')).toEqual([]);
  });
});

describe('number detector: figures several people hold', () => {
  it.each([
    [
      'two sentences handed down, one of them restated',
      'The court sentenced the driver, Karel Novak, to five years and the dispatcher, Ivana Brezina, 44, to two years, suspended.',
      'Driver Karel Novak, who was at the wheel, got seven years from the court.',
      ['S1:five years', 'S2:seven years'],
    ],
    [
      'two fines, one of them restated',
      'The regulator fined Harwick Dairies 12.5 million pounds and Ostley Foods 8.1 million pounds for price fixing.',
      'Ostley Foods was fined 9.1 million pounds by the regulator for price fixing.',
      ['S1:8.1 million pounds', 'S2:9.1 million pounds'],
    ],
    [
      'an apposed age between the holder and the figure',
      'The court sentenced the driver, Karel Novak, to five years and the dispatcher Ivana Brezina, 44, to two years, suspended.',
      'Dispatcher Ivana Brezina, who was on duty that night, got three years from the court.',
      ['S1:two years', 'S2:three years'],
    ],
  ])('pairs the figure the same person holds in both sources: %s', (_name, a, b, claims) => {
    const found = ofKind(compareTexts(a, b), 'number');
    expect(found).toHaveLength(1);
    expect(claimTexts(found[0])).toEqual(claims);
  });

  it('compares two counts of people named by their roles ("400 nurses" / "600 CNU members")', () => {
    const found = ofKind(
      compareTexts(
        'About 400 nurses, many in purple scarves, picketed outside the main entrance of the hospital on Tuesday morning.',
        'More than 600 CNU members formed picket lines in front of the main entrance of the hospital on Tuesday morning.',
      ),
      'number',
    );
    expect(found.map((d) => claimTexts(d))).toEqual([['S1:400 nurses', 'S2:600 CNU']]);
  });

  it('does not compare a count of people with a count of things', () => {
    const found = ofKind(
      compareTexts(
        'About 400 nurses stopped work at the hospital on Tuesday morning.',
        'About 300 operations were postponed at the hospital on Tuesday morning.',
      ),
      'number',
    );
    expect(found).toEqual([]);
  });

  it('pairs the figure that follows the same words on both sides when no one holds it', () => {
    const found = ofKind(
      compareTexts(
        'The council also cut the lombard rate to 5.50% and the deposit rate to 4.25% on Wednesday, the central bank said.',
        'The central bank said the council also cut the lombard rate to 5.00% on Wednesday.',
      ),
      'number',
    );
    expect(found.map((d) => claimTexts(d))).toEqual([['S1:5.50%', 'S2:5.00%']]);
  });

  it('pairs nothing when the figures belong to people the other source does not name', () => {
    const found = ofKind(
      compareTexts(
        'The court sentenced the driver, Karel Novak, to five years and the dispatcher, Ivana Brezina, to two years.',
        'The mechanic, Pavel Dolezal, got seven years from the court.',
      ),
      'number',
    );
    expect(found).toEqual([]);
  });
});

describe('number detector: pairing figures of two sentences', () => {
  const mentions = (text: string) => {
    const [source] = analyzeSources([segmentSource({ label: 'a.txt', path: 'a.txt', text }, 'S1')]);
    const sentence = source!.sentences[0]!;
    return sentence.numbers.map((number) => ({ sentence, number }));
  };

  it('pairs the one duration of each side, unless they are a hundredfold apart', () => {
    const close = pairNumbers(mentions('The strike lasted 36 hours in the end.'), mentions('The strike lasted two days in the end.'));
    expect(close).toHaveLength(1);
    const apart = pairNumbers(mentions('Thorsen, in pink for nine days, cracked on the Stelvio.'), mentions('Thorsen cracked on the Stelvio and lost two minutes.'));
    expect(apart).toEqual([]);
  });
});
