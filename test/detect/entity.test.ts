import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimTexts, compareTexts, ofKind } from './helpers.js';

describe('entity detector', () => {
  it('reports one role filled by different people across sources', () => {
    const report = compareTexts(
      'Ministry spokesperson Dmitry Sokolov said the bridge would reopen on Friday.\nEngineers inspected the cracks overnight.',
      'Engineers inspected the cracks overnight.\nMinistry spokesperson Dmitriy Sokolov said the bridge would reopen on Friday.\nTraffic was diverted.',
      'Engineers inspected the cracks overnight.\nMinistry spokesperson Dmitry Sobolev said the bridge would reopen on Friday.',
    );
    const entity = ofKind(report, 'entity');
    // Dmitry/Dmitriy Sokolov is one name in two spellings; Sobolev is someone else.
    expect(entity).toHaveLength(1);
    expect(claimTexts(entity[0])).toEqual(['S1:Dmitry Sokolov', 'S2:Dmitriy Sokolov', 'S3:Dmitry Sobolev']);
    expect(entity[0]?.message).toMatch(/2 of 3 sources say "Dmitry Sokolov" \(s1\.txt, s2\.txt\); s3\.txt says "Dmitry Sobolev"/);
    expect(entity.every((d) => d.severity === 'high')).toBe(true);
    expect(entity[0]?.rule).toBe('entity/different-role-holder');
    expect(entity[0]?.subject).toBe('spokesperson');
    // Each name reads as the entity of its camp: both Sokolov spellings are one.
    const [sokolov, sokolov2, sobolev] = entity[0]?.values ?? [];
    expect(sokolov?.value).toBe(sokolov2?.value);
    expect(sobolev?.value).not.toBe(sokolov?.value);
    expect(entity[0]?.values?.map((v) => v.source)).toEqual(['S1', 'S2', 'S3']);
  });

  it.each([
    ['a body with one word changed', 'The National Bank of Poland\'s Monetary Policy Council lowered the reference rate from 4.75% on Wednesday.', 'The Monetary Policy Committee lowered the reference rate from 4.75% on Wednesday.', ['S1:Monetary Policy Council', 'S2:Monetary Policy Committee']],
    ['a person with the surname changed', 'Italy\'s Giulia Marchetti took silver and Spain\'s Irene Lozano bronze, with France\'s Emilie Cazaux fourth.', 'So Giulia Marchetti of Italy moves up to silver, Irene Lorente of Spain takes the bronze, and Emilie Cazaux of France is fourth.', ['S1:Irene Lozano', 'S2:Irene Lorente']],
    ['a one-word name that looks alike', 'A criminal group calling itself NightHarrow has claimed the attack on its Tor leak site and is demanding a ransom.', '- Claimed by the NightHollow group, which wants a ransom in Bitcoin.', ['S1:NightHarrow', 'S2:NightHollow']],
    ['a club with its suffix changed', 'Albion saw two offers rejected in July, while Portbury United were also in the race for the striker.', 'Albion saw two offers rejected in July, while Portbury Rovers were also in the race for the striker.', ['S1:Portbury United', 'S2:Portbury Rovers']],
  ])('reports one name with one word changed in one statement: %s', (_name, a, b, claims) => {
    const found = ofKind(compareTexts(a, b), 'entity');
    expect(found.map((d) => [claimTexts(d), d.severity])).toEqual([[claims, 'high']]);
  });

  it('takes two look-alike one-word names a source names both for two', () => {
    const report = compareTexts(
      'Kroonveld and Nordhafen will merge into a new group called KroonNord, the companies said.\nKroonNord will be based in Rotterdam.',
      'The merged group will be based in Rotterdam, Kroonveld said.',
    );
    expect(ofKind(report, 'entity')).toEqual([]);
  });

  it.each([
    ['another kind of thing', 'Abbot Pavel Maly said the Nova Lhota Abbey would show the book from May.', 'The Nova Lhota Gospels go on show in May, abbot Pavel Maly said.'],
    ['two events named in common words', 'Velichkov, who played at the World Cup in 1970, won 64 caps for Bulgaria.', 'He was capped 64 times by Bulgaria and went to the World Championships of 1970.'],
  ])('does not take a changed word for a misnamed slot when it names %s', (_name, a, b) => {
    expect(ofKind(compareTexts(a, b), 'entity').filter((d) => d.severity !== 'low')).toEqual([]);
  });

  it('ties two places that complete the same named thing ("Expo 92 in Seville" / "Expo \'92 in Lisbon")', () => {
    const found = ofKind(
      compareTexts(
        'His best-known works include the Water Museum in Monterrey and Mexico\'s pavilion at Expo 92 in Seville.',
        '- Designed Mexico\'s pavilion at Expo \'92 in Lisbon.',
      ),
      'entity',
    );
    expect(found.map((d) => claimTexts(d))).toEqual([['S1:Seville', 'S2:Lisbon']]);
  });

  it('reads a vice-president or a deputy as another role than the president', () => {
    const report = compareTexts(
      '"Every single night, someone on my floor is forced to stay," said SPSEM president Isabelle Thériault.\n"Nobody wanted to get here," said SPSEM vice-president Marc-André Gagnon.',
      '"Every single night, someone on my floor is forced to stay," said union president Isabelle Theriault.',
    );
    expect(ofKind(report, 'entity')).toEqual([]);
    const deputy = compareTexts(
      'Mayor Ana Lind opened the bridge on Monday.\nDeputy mayor Erik Borg cut the ribbon.',
      'Mayor Ana Lind opened the bridge on Monday.',
    );
    expect(ofKind(deputy, 'entity')).toEqual([]);
  });

  it('reads a place describing the same noun as one slot, however it is attached', () => {
    const a = 'The regulator ordered Vantor to sell its ferry arm to Kestrel, a Lyon-based carrier, by June.';
    const swapped = compareTexts(a, 'The regulator ordered Vantor to sell its ferry arm to Kestrel, a carrier based in Nantes, by June.');
    expect(ofKind(swapped, 'entity').map((d) => claimTexts(d))).toEqual([['S1:Lyon', 'S2:Nantes']]);
    const bare = compareTexts(a, 'The regulator ordered Vantor to sell its ferry arm to the Nantes carrier Kestrel by June.');
    expect(ofKind(bare, 'entity').map((d) => claimTexts(d))).toEqual([['S1:Lyon', 'S2:Nantes']]);
    const same = compareTexts(a, 'The regulator ordered Vantor to sell its ferry arm to Kestrel, a carrier based in Lyon, by June.');
    expect(ofKind(same, 'entity')).toEqual([]);
  });

  it('reports a source naming one slot two ways as a self-contradiction', () => {
    const report = compareTexts(
      'Port spokesperson Piet de Vries said the port closed at noon. Later, port spokesperson Piet de Wit said it would reopen.',
      'The port closed at noon, said port spokesperson Piet de Vries.',
    );
    const self = ofKind(report, 'entity').find((d) => d.claims.every((c) => c.source === 'S1'));
    expect(claimTexts(self)).toEqual(['S1:Piet de Vries', 'S1:Piet de Wit']);
    expect(self?.message).toMatch(/contradicts itself/);
    expect(self?.rule).toBe('entity/self-role-holder');
    expect(self?.values?.map((v) => v.source)).toEqual(['S1', 'S1']);
  });

  it('stays quiet about transliteration, diacritics and exonyms', () => {
    const report = compareTexts(
      'Spokesman Dmitry Orlov said talks in Kyiv with Recep Erdogan of Turkey went well.',
      'Spokesman Dmitriy Orlov said the talks in Kiev with Recep Erdoğan of Türkiye went well.',
    );
    expect(ofKind(report, 'entity')).toEqual([]);
  });

  it('ties two names that complete the same word through a preposition, at low severity', () => {
    const report = compareTexts(
      'The rider, from Bassano in the Veneto, tested positive after the second stage of the Giro di Sicilia.',
      "The rider tested positive at a control after the second stage of the Giro d'Abruzzo.",
    );
    const found = ofKind(report, 'entity');
    expect(found.map((d) => claimTexts(d))).toEqual([['S1:Giro di Sicilia', "S2:Giro d'Abruzzo"]]);
    expect(found[0]?.severity).toBe('low');
    // Names of different kinds never fill one slot this way.
    const clash = compareTexts('The firm will appeal against the ruling at the High Court on Monday.', 'The firm will appeal against the ruling of Judge Helen Marwood on Monday.');
    expect(ofKind(clash, 'entity').filter((d) => d.claims.some((c) => c.text.includes('Marwood')))).toEqual([]);
  });

  it('reports a place swapped in the same statement', () => {
    const report = compareTexts('The factory in Siegen will close next year, the company said.', 'The factory in Singen will close next year, the company said.');
    expect(claimTexts(ofKind(report, 'entity')[0])).toEqual(['S1:Siegen', 'S2:Singen']);
  });

  it('takes no capitalised word of a title-case headline for a name unless running text capitalises it', () => {
    const report = compareTexts('Death Toll Rises To 14 As Rescuers Search Collapsed Mine', 'Rescuers Search Mine As Death Toll Climbs To 14');
    expect(ofKind(report, 'entity')).toEqual([]);
    const named = compareTexts(
      'Rescuers Search Mine As Minister Visits Oruro\nThe minister arrived in Oruro on Monday.',
      'Rescuers Search Mine As Minister Visits Potosi\nThe minister arrived in Potosi on Monday.',
    );
    expect(ofKind(named, 'entity').flatMap((d) => d.claims.map((c) => c.text))).toContain('Oruro');
  });

  it('keeps like with like: a city against its country is no clash, two countries are, two places the story both names are low', () => {
    const cityCountry = compareTexts('Police in Lyon arrested two men on Friday after the raid.', 'Police in France arrested two men on Friday after the raid.');
    expect(ofKind(cityCountry, 'entity')).toEqual([]);
    const countries = compareTexts('Police in Niger arrested two men on Friday after the raid.', 'Police in Nigeria arrested two men on Friday after the raid.');
    expect(ofKind(countries, 'entity').map((d) => d.severity)).toEqual(['high']);
    // A town only one side names is another town; two towns one source names both are the story's places told at different grain.
    const towns = compareTexts('Police in Lyon arrested two men on Friday after the raid.', 'Police in Lille arrested two men on Friday after the raid.');
    expect(ofKind(towns, 'entity').map((d) => d.severity)).toEqual(['medium']);
    const grain = compareTexts('Police in Limni arrested two men on Friday after the raid.\nLimni is a town on Evia.', 'Police in Evia arrested two men on Friday after the raid.');
    expect(ofKind(grain, 'entity').map((d) => d.severity)).toEqual(['low']);
    // A country's name in the language of a translated source is the same country.
    expect(ofKind(compareTexts('Police in Germany arrested two men on Friday after the raid.', 'Police in Niemcy arrested two men on Friday after the raid.'), 'entity')).toEqual([]);
  });

  it('reads a name as the kind of thing the story shows it to be anywhere ("the island of Funen", "south of Odense")', () => {
    const report = compareTexts(
      'Two detectorists found the hoard in a field near Arslev, south of Odense, the museum said.\nZaragoza had failed to study the impact on small shops, the judge wrote.',
      'Two detectorists found the hoard on the Danish island of Funen, the museum said.\nThe City Council did not study the impact on small shops, the judge wrote.\nThe zone covers the centre of Zaragoza.\nThe coins go on show at a museum in Odense.',
    );
    // Odense and Funen are places the story both names (low); Zaragoza, a place, is no body like the City Council.
    expect(ofKind(report, 'entity').map((d) => [d.severity, ...claimTexts(d)])).toEqual([['low', 'S1:Odense', 'S2:Funen']]);
  });

  it('pairs names by the strongest link: one surname with two given names, two bodies of one kind', () => {
    const given = compareTexts(
      'The captain levelled from the spot after Jonas Friis brought down winger Oliver Brandt in the box.',
      'The skipper levelled from the spot after Oscar Brandt was hauled down in the box.',
    );
    expect(ofKind(given, 'entity').map((d) => d.claims.map((c) => c.text))).toEqual([['Oliver Brandt', 'Oscar Brandt']]);
    const bodies = compareTexts(
      '"The outlook is deeper and longer than we thought," said Rachel Stein, an analyst at Whitmore Partners, on Thursday.',
      'Rachel Stein, an analyst at Whitlock Partners, said on Thursday the outlook was "deeper and longer" than she had thought, as Kestrel and Nasdaq fell.',
    );
    expect(ofKind(bodies, 'entity').map((d) => d.claims.map((c) => c.text))).toEqual([['Whitmore Partners', 'Whitlock Partners']]);
  });

  it('reads brands with an inner capital and institution names joined by e/y as names', () => {
    const brand = compareTexts(
      '"The council has switched from waiting to acting," said Marta Kowalczyk, chief economist at mBank.',
      '"The council has switched from waiting to acting," said Marta Kowalczyk, chief economist at Bank Millennium.',
    );
    expect(ofKind(brand, 'entity').flatMap((d) => d.claims.map((c) => c.text))).toEqual(['mBank', 'Bank Millennium']);
    const joined = compareTexts(
      'Samples sequenced by the Instituto de Higiene e Medicina Tropical in Lisbon identified the strain on Monday.',
      'Samples sequenced by the Ricardo Jorge National Health Institute in Lisbon identified the strain on Monday.',
    );
    expect(ofKind(joined, 'entity').flatMap((d) => d.claims.map((c) => c.text))).toEqual(['Instituto de Higiene e Medicina Tropical', 'Ricardo Jorge National Health Institute']);
  });

  it('reads a nationality before a plural noun phrase as a nationality, not a name against a place', () => {
    expect(ofKind(compareTexts('The Hamburg-based drinks group Castellane has offered four pounds a share.', 'The German drinks group Castellane has offered four pounds a share.'), 'entity')).toEqual([]);
    expect(ofKind(compareTexts('The Lyon-based drinks group Castellane has offered four pounds a share.', 'French drinks group Castellane has offered four pounds a share.'), 'entity')).toEqual([]);
    // Before a verb the same kind of word is a surname, and a swap is reported.
    const report = compareTexts('Finance minister Marko Petrovic warns that the deficit will grow.', 'Finance minister Marko Milosevic warns that the deficit will grow.');
    expect(ofKind(report, 'entity').map((d) => claimTexts(d))).toEqual([['S1:Marko Petrovic', 'S2:Marko Milosevic']]);
  });

  it('weighs one body named in English and in the local language as low', () => {
    const found = ofKind(
      compareTexts(
        'At least 85 oiled seabirds have been taken to the Alentejo Wildlife Recovery Centre in Santiago do Cacém.',
        'Until now 85 seabirds covered in oil were taken to the Centro de Recuperação de Fauna do Alentejo, in Santiago do Cacém.',
      ),
      'entity',
    );
    expect(found.map((d) => d.severity)).toEqual(['low']);
    // A name that only looks joined ("Des Moines") is no translation: two banks stay two.
    const banks = ofKind(
      compareTexts(
        'The lender borrowed $2.1 billion from the Federal Home Loan Bank of Des Moines last week.',
        'The lender borrowed $2.1 billion from the Federal Home Loan Bank of San Francisco last week.',
      ),
      'entity',
    );
    expect(banks.map((d) => d.severity)).toEqual(['high']);
  });

  it('weighs a name in letters English does not use against an English body name as low ("Björgunarsveitin" / "Westfjords Rescue Service")', () => {
    const found = ofKind(compareTexts('The Westfjords Rescue Service raised the alert level to red on Monday evening.', 'Björgunarsveitin raised the alert level to red on Monday evening.'), 'entity');
    expect(found.map((d) => d.severity)).toEqual(['low']);
    // Two English names stay a clash.
    const english = ofKind(compareTexts('The Westfjords Rescue Service raised the alert level to red on Monday evening.', 'The Westfjords Coast Guard raised the alert level to red on Monday evening.'), 'entity');
    expect(english.map((d) => d.severity)).toEqual(['high']);
  });

  it('weighs one English name of common words against one unknown local word as low ("Harbour Police" / "Havenpolitie")', () => {
    const found = ofKind(compareTexts('The search was led by the Harbour Police on Sunday, officers said.', 'The search was led by the Havenpolitie on Sunday, officers said.'), 'entity');
    expect(found.map((d) => d.severity)).toEqual(['low']);
    // A word that holds the English name's word is another name of that kind.
    const banks = ofKind(compareTexts('Analysts at Bank Millennium expect one more cut.', 'Analysts at eBank expect one more cut.'), 'entity');
    expect(banks.map((d) => d.severity)).toEqual(['high']);
  });

  it('weighs a body whose words are spelled in another language as low ("Kust Interventie Unit" / "Coastal Intervention Unit")', () => {
    const found = ofKind(
      compareTexts(
        'The raid was led by the Coastal Intervention Unit, which has been on the case for a year.',
        'The raid was led by the Kust Interventie Unit, which has been on the case for a year.',
      ),
      'entity',
    );
    expect(found.map((d) => d.severity)).toEqual(['low']);
    // Two names that only begin alike are two bodies ("Strathmore" / "Strathallan").
    const hospitals = ofKind(
      compareTexts('The injured were taken to Strathmore Royal Infirmary by ambulance.', 'The injured were taken to Strathallan Royal Infirmary by ambulance.'),
      'entity',
    );
    expect(hospitals.map((d) => d.severity)).toEqual(['high']);
  });

  it('compares two nationality words only when they describe the same kind of thing', () => {
    // Different things described: the owner's nationality and the bar's country are two facts.
    expect(
      ofKind(
        compareTexts(
          'A British bar owner has been sentenced to 22 years in prison by Malaga Provincial Court for murdering his business partner.',
          'A Warrington man who knifed his business partner to death in a Spanish bar has been jailed for 22 years by Malaga Provincial Court.',
        ),
        'entity',
      ),
    ).toEqual([]);
    const same = compareTexts('Three Polish diplomats were expelled from Minsk on Tuesday, the ministry said.', 'Three Lithuanian diplomats were expelled from Minsk on Tuesday, the ministry said.');
    expect(ofKind(same, 'entity').map((d) => claimTexts(d))).toEqual([['S1:Polish', 'S2:Lithuanian']]);
  });

  it('takes no finding from a dateline without a credit, or from the article after a time stamp', () => {
    const report = compareTexts(
      'BIMA, Indonesia, June 14 – The passenger ferry KM Sinar Bahari 3 sank in rough seas in the Sape Strait early on Saturday, killing at least 11 people.',
      '07:10 – A passenger ferry, the KM Sinar Bahari 3, has sunk in the Sape Strait between Sumbawa and the Komodo islands.',
      'BIMA – The passenger ship KM Sinar Bahari 3 sank in the waters of Selat Sape, Bima Regency, on Saturday early morning.',
    );
    expect(ofKind(report, 'entity').map((d) => d.message)).toEqual([]);
  });

  it('reads a given name in one source and the surname in another as one person when a source writes both', () => {
    const report = compareTexts(
      'Pemberton was caught at long-on by Danish Akhtar.\n"It was a clean catch and Danish had full control of the ball," the umpire said.',
      'Pemberton was caught at long-on by Danish Akhtar.\nThe umpire said it was a clean catch and that Akhtar had full control of the ball.',
    );
    expect(ofKind(report, 'entity')).toEqual([]);
    // Two different people with those names still clash.
    const other = compareTexts('The umpire said it was a clean catch and that Danish had full control of the ball.', 'The umpire said it was a clean catch and that Akhtar had full control of the ball.');
    expect(ofKind(other, 'entity')).toHaveLength(1);
  });

  it('sets two bodies of one kind against each other when an acronym leads both or a head stands inside one', () => {
    const acronym = compareTexts('The bus, operated by the cooperative KTEL Ioanninon, was carrying 38 passengers.', 'The KTEL Trikalon coach was carrying 38 passengers.');
    expect(ofKind(acronym, 'entity').map((d) => claimTexts(d))).toEqual([['S1:KTEL Ioanninon', 'S2:KTEL Trikalon']]);
    const inside = compareTexts('Flevo will close its base at Maastricht Aachen Airport by the end of March.', 'Flevo will close its base at Groningen Airport Eelde by the end of March.');
    expect(ofKind(inside, 'entity').map((d) => claimTexts(d))).toEqual([['S1:Maastricht Aachen Airport', 'S2:Groningen Airport Eelde']]);
  });

  it('rates one place named in two languages (the same consonants in order) as low, a person\'s name not', () => {
    const place = compareTexts('The prefect of Syracuse ordered the schools closed on Monday.', 'The prefect of Siracusa ordered the schools closed on Monday.');
    expect(ofKind(place, 'entity').map((d) => d.severity)).toEqual(['low']);
    const person = compareTexts('Judge Marin ordered the schools closed on Monday.', 'Judge Morin ordered the schools closed on Monday.');
    expect(ofKind(person, 'entity').map((d) => d.severity)).toEqual(['high']);
  });

  it('reads a short form with a figure as its long form ("T20" / "Twenty20"), not two names', () => {
    const report = compareTexts('The teams meet again in a three-match Twenty20 series that begins at Old Trafford.', 'The three-match T20 series starts at Old Trafford on Wednesday.');
    expect(ofKind(report, 'entity')).toEqual([]);
    expect(ofKind(compareTexts('The teams meet again in a three-match T20 series at Old Trafford.', 'The teams meet again in a three-match T10 series at Old Trafford.'), 'entity')).toHaveLength(1);
  });

  it('reads an acronym as the body the story spells out, and as any part of its name', () => {
    const report = compareTexts(
      'The Monetary Policy Council cut the reference rate by 50 basis points.\nThe decision was backed by seven of the MPC members, a person familiar with the vote said.',
      'The Monetary Policy Council cut the reference rate by 50 basis points.\nThe decision was backed by seven of the Council members, a person familiar with the vote said.',
    );
    expect(ofKind(report, 'entity')).toEqual([]);
    // Without the expansion in the story, the acronym is a name of its own.
    const bare = compareTexts('The decision was backed by seven of the MPC members, a person familiar with the vote said.', 'The decision was backed by seven of the Council members, a person familiar with the vote said.');
    expect(ofKind(bare, 'entity')).toHaveLength(1);
  });

  it('reads an acronym in another language\'s word order as the body the story spells out ("National Autonomous University of Lagos" / "UNAL")', () => {
    const reordered = compareTexts('Born in 1950, he studied at the National Autonomous University of Lagos, where he later taught.', 'Born in 1950, he studied at the UNAL, where he later taught.');
    expect(ofKind(reordered, 'entity')).toEqual([]);
    // Skipped small words do not stop an acronym in order from meeting its name ("Bank of Ireland" / "BI").
    expect(ofKind(compareTexts('Rates were held by the Bank of Ireland on Monday.', 'Rates were held by the BI on Monday.'), 'entity')).toEqual([]);
    // Other letters are another body.
    const other = compareTexts('Born in 1950, he studied at the Royal Technical College, where he later taught.', 'Born in 1950, he studied at the RCA, where he later taught.');
    expect(ofKind(other, 'entity').map((d) => claimTexts(d))).toEqual([['S1:Royal Technical College', 'S2:RCA']]);
  });

  it('takes a word the story writes in lower case off the start of a name ("Conservative Villacorta")', () => {
    const report = compareTexts(
      'Conservative Villacorta held a razor-thin lead in the run-off on Sunday.',
      'Andres Villacorta held a razor-thin lead in the run-off on Sunday.\nThe conservative former mayor thanked his supporters.',
    );
    expect(ofKind(report, 'entity')).toEqual([]);
    // Two given names with one surname are still two people.
    expect(ofKind(compareTexts('Oliver Brandt held a thin lead on Sunday.', 'Oscar Brandt held a thin lead on Sunday.'), 'entity')).toHaveLength(1);
  });

  it("reads a body's name in another language as that body, and keeps two bodies of one kind apart", () => {
    const jury = compareTexts(
      'The National Elections Jury will rule on all challenges before a winner is proclaimed.',
      'The Jurado Nacional de Elecciones will rule on all challenges before a winner is proclaimed.',
    );
    expect(ofKind(jury, 'entity')).toEqual([]);
    const agency = compareTexts('About 40 tonnes escaped into the river, according to the Romanian Waters agency.', 'About 40 tonnes escaped into the river, according to the Apele Române agency.');
    expect(ofKind(agency, 'entity')).toEqual([]);
    // Doubled letters come and go between languages ("Alliance" / "Aliança").
    const party = compareTexts('The centre-right Social Alliance won 89 seats in the election on Sunday.', 'The centre-right Aliança Social won 89 seats in the election on Sunday.');
    expect(ofKind(party, 'entity')).toEqual([]);
    // One word written the same ("Giro") is no translation; two English names alike are two bodies.
    expect(ofKind(compareTexts('He won the second stage of the Giro di Sicilia on Sunday.', "He won the second stage of the Giro d'Abruzzo on Sunday."), 'entity')).toHaveLength(1);
    expect(ofKind(compareTexts('The cubesat was built by students at the University of Glasgow.', 'The cubesat was built by students at Glasgow Caledonian University.'), 'entity')).toHaveLength(1);
  });

  it('reads a nationality hyphened to a participle ("Austrian-led") as a nationality, not a name', () => {
    const report = compareTexts('The heart drug cut readmissions by 31 percent in a Donaufeld-led trial, the researchers said.', 'The heart drug cut readmissions by 31 percent in an Austrian-led trial, the researchers said.');
    expect(ofKind(report, 'entity')).toEqual([]);
  });

  it('takes no finding from a dateline credit, a transcript label or a nationality word', () => {
    expect(ofKind(compareTexts('PRAGUE (Wire) - The coalition survived the vote early on Thursday, the speaker said.', 'ANCHOR: The coalition survived the vote early on Thursday, the speaker said.'), 'entity')).toEqual([]);
    expect(ofKind(compareTexts('Czech government survives vote over hospital closures', 'Vesely government survives vote over hospital closures'), 'entity')).toEqual([]);
  });

  it('finds one person named with two look-alike surnames in one source, not two people', () => {
    const report = compareTexts(
      'The extradition hearing opened in London on Monday. Defence barrister Rupert Ashdown KC told the court the case was political. Later, Mr Ashford applied for bail on the defendant\'s behalf.',
      'The extradition hearing opened in London on Monday.',
    );
    expect(ofKind(report, 'entity').map((d) => d.claims.map((c) => c.text))).toEqual([['Rupert Ashdown KC', 'Ashford']]);
    const two = compareTexts(
      'The extradition hearing opened in London on Monday. Rupert Ashdown and Helen Ashford both spoke. Rupert Ashdown left first and Helen Ashford stayed.',
      'The extradition hearing opened in London on Monday.',
    );
    expect(ofKind(two, 'entity')).toEqual([]);
    // Two bodies whose last words look alike are no person named twice.
    const bodies = compareTexts(
      'The council met in Krakow on Monday. The coalition now runs the Rada Miasta Krakowa with a narrow majority. Its largest party, Naprzod Krakow, took fifteen seats.',
      'The council met in Krakow on Monday.',
    );
    expect(ofKind(bodies, 'entity').filter((d) => d.rule === 'entity/self-lookalike-name')).toEqual([]);
    // Two full names with different given names are two people, however alike the surnames.
    const given = compareTexts(
      'The club has signed striker Mateo Barisic. Sporting director Zoran Bilic said the offer was too good to refuse.',
      'The club has signed striker Mateo Barisic.',
    );
    expect(ofKind(given, 'entity').filter((d) => d.rule === 'entity/self-lookalike-name')).toEqual([]);
  });

  it('takes the agency a dateline names for the outlet itself, wherever the source names it', () => {
    // "ANKARA, Jan 22 (Finwire) - …" met "Türkiye Cumhuriyet Merkez Bankası (TCMB) Governor …" through
    // a clause, where the dateline's own test cannot see the head of the sentence.
    const dir = join(import.meta.dirname, '../../fixtures/studied/turkey-cb-governor-quits');
    const files = (JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { sources: string[] }).sources;
    const report = compareTexts(...files.map((f) => readFileSync(join(dir, f), 'utf8')));
    expect(ofKind(report, 'entity').filter((d) => d.claims.some((c) => c.text === 'Finwire'))).toEqual([]);
  });

  it('takes an outlet a speaker talked to for no name of the statement, with a word describing it ("local TV")', () => {
    const dir = join(import.meta.dirname, '../../fixtures/studied/siret-bridge-collapse');
    const files = (JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { sources: string[] }).sources;
    const report = compareTexts(...files.map((f) => readFileSync(join(dir, f), 'utf8')));
    expect(ofKind(report, 'entity').filter((d) => d.claims.some((c) => c.text === 'TV'))).toEqual([]);
  });

  it('sets no name against one that goes on in lower case in another language ("the Soccorso alpino valdostano")', () => {
    const report = compareTexts(
      '"It came down all at once," said Ettore Berard, head of the Aosta Valley Alpine Rescue.',
      '"It came down all at once," declared Ettore Berard, head of the Soccorso alpino valdostano.',
    );
    expect(ofKind(report, 'entity')).toEqual([]);
    // An English verb or adverb after a name is no such continuation.
    expect(ofKind(compareTexts('The statement was issued by Peskov late on Friday.', 'The statement was issued by Petrov late on Friday.'), 'entity')).toHaveLength(1);
  });

  it('reads "the Port of Mombasa" and "the port of Lamu" as one slot, the head word governing both', () => {
    const report = compareTexts(
      'The centrepiece is a loan from the Japan International Cooperation Agency (JICA) to expand the Port of Mombasa.',
      'The pillar is a loan by the Japan International Cooperation Agency (JICA) for the expansion of the port of Lamu on the northern coast.',
    );
    expect(ofKind(report, 'entity').map(claimTexts)).toEqual([['S1:Port of Mombasa', 'S2:Lamu']]);
  });

  it('reads a body named with an elided article ("Banca d\'Italia") as the English name it translates', () => {
    const report = compareTexts(
      'Foreign investors hold about 28% of Italian government bonds, according to Bank of Italy data.',
      "According to Banca d'Italia, about 28 per cent of the Italian state bonds is in the hands of foreign investors.",
    );
    expect(ofKind(report, 'entity')).toEqual([]);
  });

  it('sets a nationality word against another or a place only ("the American took a break" / "Brennan took a timeout")', () => {
    const report = compareTexts(
      'Brennan took a medical timeout at 2-3 in the deciding set to have her left ankle strapped.',
      'At the state of 3:2 for Hruba the American took a medical break and the physiotherapist strapped her left ankle.',
    );
    expect(ofKind(report, 'entity')).toEqual([]);
  });

  it('pairs a name with its one-word-changed look-alike before another body that speaks', () => {
    const report = compareTexts(
      'West Mercia Police said it was supporting the investigation alongside national agencies.',
      'The attack is being investigated by West Midlands Police and the National Cyber Security Centre (NCSC), which said it was working with the trust.',
    );
    expect(ofKind(report, 'entity').map(claimTexts)).toEqual([['S1:West Mercia Police', 'S2:West Midlands Police']]);
  });

  it('reads a body named in plain English words and in foreign words sharing a cognate as one ("Alpine Rescue" / "Soccorso Alpino")', () => {
    const report = compareTexts(
      '"Getting the injured up the slope was extremely difficult," said Luca Dal Farra, head of the local Alpine Rescue station.',
      '"Getting the injured up the slope was extremely difficult," said Luca Dal Farra, head of the Cortina station of the Soccorso Alpino.',
    );
    expect(ofKind(report, 'entity')).toEqual([]);
    // A surname's look-alike beside a role word is still another name: vocabulary alone needs a shared start.
    const skipper = compareTexts('The captain, Yusuf Hamdani, survived and was being questioned by police.', 'Skipper Yusuf Ramdani survived and is being questioned by police.');
    expect(ofKind(skipper, 'entity').map(claimTexts)).toEqual([['S1:Yusuf Hamdani', 'S2:Skipper Yusuf Ramdani']]);
  });

  it('reads a restated statement naming two things it mentions in passing as no contradiction', () => {
    // A translated source restates its ruling ("… the Doping …", "… the Tribunal Arbitral du
    // Sport …"): a name of unknown kind against a body is no slot named two ways.
    const dir = join(import.meta.dirname, '../../fixtures/studied/ferracin-doping-appeal');
    const files = (JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { sources: string[] }).sources;
    const report = compareTexts(...files.map((f) => readFileSync(join(dir, f), 'utf8')));
    expect(ofKind(report, 'entity').filter((d) => d.rule === 'entity/self-restated' && d.severity !== 'low').map((d) => d.message)).toEqual([]);
  });

  it('reads romanised given names, hyphen spellings, possessors, acronym-led bodies and a place in two languages as such', () => {
    const base = (name: string): string => `Mayor ${name} said every building in the zone would be inspected within 72 hours.`;
    expect(ofKind(compareTexts(base('Giorgos Kalogeropoulos'), base('Yiorgos Kalogeropoulos')), 'entity')).toEqual([]);
    expect(ofKind(compareTexts(base('Maria Lopez'), base('Marta Lopez')), 'entity')).toHaveLength(1);
    const body = (name: string): string => `The ${name} upheld the four-year ban on Tuesday, the federation said.`;
    expect(ofKind(compareTexts(body('World Anti-Doping Agency'), body('World Antidoping Agency')), 'entity')).toEqual([]);
    const speaker = (who: string): string => `"The system recovered quickly," ${who} told reporters on Tuesday.`;
    expect(ofKind(compareTexts(speaker("the DFB's Sinead Ni Bhriain"), speaker('Officer Sinéad Ní Bhriain')), 'entity')).toEqual([]);
    const region = (name: string): string => `The group will close two plants in Saxony and ${name} by the end of next year.`;
    expect(ofKind(compareTexts(region('Thuringia'), region('Thüringen')), 'entity').filter((d) => d.severity !== 'low')).toEqual([]);
  });

  it("reads names after an elided article (\"d'Abruzzo\") and keeps multi-word names sharing a first word apart", () => {
    const race = (name: string): string => `He tested positive after the second stage of the ${name} in April, the tribunal said.`;
    expect(ofKind(compareTexts(race('Giro di Sicilia'), race("Giro d'Abruzzo")), 'entity').map((d) => [d.severity, ...d.claims.map((c) => c.text)])).toEqual([
      ['medium', 'Giro di Sicilia', "Giro d'Abruzzo"],
    ]);
  });

  it('takes no portfolio word for a person ("the Minister of Defence, Carlos Benavides")', () => {
    const report = compareTexts(
      '"We will not stop searching the valley until we find every last missing person," said the Minister of Defence, Carlos Benavides.',
      '"We will not stop searching the valley until we find every last missing person," said Defence Minister Carlos Benavides.',
    );
    expect([...ofKind(report, 'entity'), ...ofKind(report, 'attribution')]).toEqual([]);
  });

  it('takes no form of address for a name ("His Excellency arrived" / "President Oduya arrived")', () => {
    const report = compareTexts(
      'His Excellency arrived in Tokyo on Tuesday for a three-day state visit.',
      'President Oduya arrived in Tokyo on Tuesday for a three-day state visit.',
    );
    expect(ofKind(report, 'entity')).toEqual([]);
  });
});

describe('entity detector: transcripts', () => {
  it('takes no finding from the label that opens a transcript line', () => {
    const report = compareTexts(
      'ANCHOR: Our correspondent Raj Sandhu is in Ottawa.\nSANDHU: Claire, the report from commissioner Paul Lapointe came out Tuesday, and it found Ms. Arsenault broke two sections of the act.\nSANDHU: The Prime Minister told reporters in Ottawa that she had done the right thing.',
      "The report by commissioner Paul Lapointe, released on Tuesday, found that Arsenault broke two sections of the act.\nIn a statement, the Prime Minister's Office said Arsenault had done the right thing.",
    );
    expect(ofKind(report, 'entity').map((d) => d.message)).toEqual([]);
  });
});

describe('entity detector: one surname with two look-alike given names in one source', () => {
  it('reports "Conan Fahy" … "Colm Fahy" as the source contradicting itself, not two people named together', () => {
    const text = 'Club secretary Conan Fahy said the fish began dying on Friday.\nThe lake was closed to boats.\n"We will sue the owners," Colm Fahy said.';
    const report = compareTexts(text, 'The lake was closed to boats.');
    expect(ofKind(report, 'entity').filter((d) => d.rule === 'entity/self-lookalike-name').map((d) => claimTexts(d))).toEqual([['S1:Conan Fahy', 'S1:Colm Fahy']]);
    const together = compareTexts('Club secretary Conan Fahy and his brother Colm Fahy said the fish began dying on Friday.\nThe lake was closed to boats.', 'The lake was closed to boats.');
    expect(ofKind(together, 'entity').filter((d) => d.rule === 'entity/self-lookalike-name')).toEqual([]);
  });
});

describe('entity detector: one person named two ways across sources', () => {
  it('finds a look-alike surname with the same given name, wherever the sentences stand', () => {
    const report = compareTexts(
      'The distiller agreed to a takeover on Monday.\nChief executive Laurent Morel said the brand would stay in Scotland.',
      'The distiller agreed to a takeover on Monday.\nThe man behind the bid, Laurent Moreau, has been speaking to us from Cognac.',
    );
    const found = ofKind(report, 'entity').filter((d) => d.rule === 'entity/lookalike-person');
    expect(found.map((d) => claimTexts(d))).toEqual([['S1:Laurent Morel', 'S2:Laurent Moreau']]);
    expect(found[0]?.message).toBe('One person named two ways: "Laurent Morel" in s1.txt, "Laurent Moreau" in s2.txt');
  });

  it('leaves two people alone when a source names both', () => {
    const report = compareTexts(
      'Anna Berglund and Anna Bergman both spoke at the hearing on Monday.',
      'Anna Berglund spoke at the hearing on Monday.',
      'Anna Bergman spoke after the break.',
    );
    expect(ofKind(report, 'entity').filter((d) => d.rule === 'entity/lookalike-person')).toEqual([]);
  });

  it('reads a nationality word before a full name as no given name ("Kenyan Joseph Kiplimo" / "Kenyan Daniel Kiplagat")', () => {
    const report = compareTexts('The old record was set by Kenyan Daniel Kiplagat in 2019.\nThe race started at nine.', 'Kenyan Joseph Kiplimo finished second in the race.\nThe race started at nine.');
    expect(ofKind(report, 'entity').filter((d) => d.rule === 'entity/lookalike-person')).toEqual([]);
  });

  it('reads one vowel changed in a long surname as a romanisation ("Haile Woldemariam" / "Haile Weldemariam")', () => {
    const report = compareTexts('The winner, Haile Woldemariam, broke the record.\nThe race started at nine.', 'Haile Weldemariam finished first, the organisers said.\nThe race started at nine.');
    expect(ofKind(report, 'entity').filter((d) => d.rule === 'entity/lookalike-person')).toEqual([]);
  });
});

describe('entity detector: whom a remark was told', () => {
  it('leaves alone the outlet each source names as the one told', () => {
    const report = compareTexts(
      'Professor Ingrid Halvorsen of Gota University told HealthPulse that the results were a reason for a clinical trial.',
      'Professor Ingrid Halvorsen of Gota University told Nordic Radio News that the results were a reason for a clinical trial.',
      'Professor Ingrid Halvorsen of Gota University said in an interview with the Baltic Courier that the results were a reason for a clinical trial.',
    );
    expect(ofKind(report, 'entity')).toEqual([]);
  });

  it('still reports another name in the remark itself', () => {
    const report = compareTexts(
      'Professor Ingrid Halvorsen told HealthPulse that Gota University would fund a clinical trial.',
      'Professor Ingrid Halvorsen told Nordic Radio News that Lund University would fund a clinical trial.',
    );
    expect(ofKind(report, 'entity').map(claimTexts)).toEqual([['S1:Gota University', 'S2:Lund University']]);
  });
});

describe('entity detector: a source naming two unlike people is no slip', () => {
  it('reports no self-contradiction where another source credits one person\'s words to the other', () => {
    const report = compareTexts(
      '"We don\'t take this lightly," said Dr Rohan Mehta, 31, co-chair of the junior doctors committee.\nHis fellow co-chair, Dr Ellen Whitcombe, put it more bluntly: "Nobody goes into medicine to stand on a picket line, but nobody goes into medicine to be paid less every year either."\nDr Whitcombe said the union would return to talks "the moment there is a credible offer on the table".',
      'Dr Rohan Mehta, co-chair of the junior doctors committee, said: "We do not take this lightly."\n"Nobody goes into medicine to stand on a picket line, but nobody goes into medicine to be paid less every year either," said Dr Mehta, who trained in Leeds.\nEllen Whitcombe, the committee\'s other co-chair, said the union would be ready to return to talks as soon as a credible offer was made.',
    );
    expect(report.discrepancies.filter((d) => d.rule === 'entity/self-echoed-name')).toEqual([]);
  });
});
