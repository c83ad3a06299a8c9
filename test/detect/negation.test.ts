import { describe, expect, it } from 'vitest';
import { claimTexts, compareTexts, ofKind } from './helpers.js';

describe('negation detector', () => {
  it.each([
    ['no evidence / evidence', 'The inquiry found no evidence of fraud at the agency.', 'The inquiry found evidence of fraud at the agency.', 'S1:no evidence', 'S2:found evidence'],
    ['will not affect / will also affect', 'The cuts will not affect the plant in Siegen, the firm said.', 'The cuts will also affect the plant in Siegen, the firm said.', 'S1:not affect', 'S2:affect'],
    ['a denial against an assertion, the other clause unnegated', 'The coach said nothing about his future at the club after the defeat.', 'The coach spoke about his future at the club after the defeat.', 'S1:nothing about his future', 'S2:spoke about his future'],
    ['denied / confessed', 'The defendant, who denied the charges, showed no emotion.', 'The defendant, who confessed to the charges, showed no emotion.', 'S1:denied', 'S2:confessed'],
    ['a verdict both ways', 'The panel also found him guilty of money laundering, the court said.', 'The panel acquitted him of money laundering, the court said.', 'S1:found him guilty', 'S2:acquitted'],
    ['lacks / has', 'The field hospital still lacks a backup generator, the agency said.', 'The field hospital still has a backup generator, the agency said.', 'S1:lacks a backup', 'S2:backup'],
    // The denial of a verb of having or making reaches its object, and the noun is what flips.
    ['the object of a denied verb of having', 'The finance chief said the company had not seen any order cancellations this quarter.', 'The finance chief said some customers had cancelled orders this quarter.', 'S1:not seen any order cancellations', 'S2:cancelled'],
    ['never made a profit / made its first profit', 'The chipmaker has never turned an annual profit.', 'The chipmaker made its first annual profit last year.', 'S1:never turned an annual profit', 'S2:made its first annual profit'],
    // "that" opens a clause here; it is no article before "no".
    ['a negative object against an object', 'The scans of both players found nothing, the chief arbiter said.', 'The scans of both players found traces of a device, the chief arbiter said.', 'S1:found nothing', 'S2:found'],
    // An irregular past ("shook") is the same predicate as its verb ("shake"), from the irregular-verb data.
    ['an irregular past against a refusal of its verb', 'The champion shook hands with his rival after the game in Oslo on Monday.', 'The champion refused to shake hands with his rival after the game in Oslo on Monday.', 'S1:shook', 'S2:refused to shake'],
    ['the noun after "no" in a clause under "that"', 'The operator confirmed that no speed restriction had been put in place on the line.', 'The operator said a speed restriction had been imposed on the line.', 'S1:no speed restriction', 'S2:speed restriction'],
    ['"fell short of" against winning it', 'The Social Alliance fell short of an absolute majority in Sunday\'s election.', 'The Social Alliance won an absolute majority in Sunday\'s election.', 'S1:short of an absolute', 'S2:won an absolute'],
    ['one side winning and losing', 'Mayor Ana Kovac won the recount in Split on Monday.', 'Mayor Ana Kovac lost the recount in Split on Monday.', 'S1:won', 'S2:lost'],
    ['a light verb with the same object', 'The club did not give a reason for the sacking on Monday.', 'The club gave a reason for the sacking on Monday.', 'S1:not give', 'S2:gave'],
    // A denied verb after "did not" and a present-or-past form after a pronoun are verbs: their paraphrase flips.
    ['a denied verb against its paraphrase after a pronoun', 'The new drug did not reduce deaths in the Vienna trial.', 'In the Vienna trial it cut deaths.', 'S1:not reduce', 'S2:cut'],
    ['a negating prefix on a word said of its subject', 'The stolen customer records were unencrypted, the regulator said.', 'The stolen customer records were encrypted, the regulator said.', 'S1:unencrypted', 'S2:encrypted'],
    ['opposite directions of change', 'The krona had strengthened against the euro since March.', 'The krona had weakened against the euro since March.', 'S1:strengthened', 'S2:weakened'],
  ])('reports %s', (_name, a, b, ca, cb) => {
    const found = ofKind(compareTexts(a, b), 'negation');
    expect(found).toHaveLength(1);
    expect(claimTexts(found[0])).toEqual([ca, cb]);
  });

  it('records the polarity each source reads, and whether the flip is one word or two opposite words', () => {
    const negated = ofKind(compareTexts('The inquiry found no evidence of fraud at the agency.', 'The inquiry found evidence of fraud at the agency.'), 'negation')[0];
    expect(negated?.rule).toBe('negation/negated');
    expect(negated?.subject).toBe('evidence');
    expect(negated?.values).toEqual([
      { source: 'S1', value: false },
      { source: 'S2', value: true },
    ]);
    const opposite = ofKind(
      compareTexts('The defendant, who denied the charges, showed no emotion.', 'The defendant, who confessed to the charges, showed no emotion.'),
      'negation',
    )[0];
    expect(opposite?.rule).toBe('negation/opposite-words');
    expect(opposite?.values?.map((v) => v.value)).toEqual([true, true]);
  });

  it.each([
    ['both negative', 'Nobody was seriously injured, police said.', 'No person was seriously injured, police said.'],
    ['a negated antonym', '"We will not stop until every house is searched," the chief said.', 'The chief said they would continue until every house is searched.'],
    ['"No" as a number', 'He will wear the No 8 shirt at the club.', 'He will wear the number 8 shirt at the club.'],
    // "no ballots were lost" denies the losing: against "ballots were counted" it flips nothing.
    ['a "no" subject of another verb', 'The clerk said the machine did jam, but that no ballots were lost.', 'The clerk said the machine had jammed and that the ballots were counted that evening.'],
    // A negative object denies the verb before it: "found nothing" is "nothing was found".
    ['a negative object and a negative subject', '"The scans found nothing, and for us the matter is closed," the chief arbiter said.', 'The chief arbiter said nothing was found and the matter was closed.'],
    // Two negators in one reach cancel: "nobody will be left without fuel" says everyone will have it.
    // "none of the old oaks on the avenue will be cut": the partitive subject is not what is denied.
    ['a long partitive subject after "none of"', 'Under the new plans none of the old oaks along Station Road will be cut down, the council said.', 'The council said the new route means the old oaks along Station Road will be kept.'],
    ['a double negation', 'Nobody in Sicily will be left without fuel over the weekend, the minister promised.', 'Fuel will reach every station in Sicily over the weekend, and drivers leaving the island face no shortage, the minister promised.'],
    // A denied expectation says nothing of the thing expected: only verbs of having pass the denial on.
    ['a denied expectation', 'The union did not expect a deal before the weekend, its leader said.', 'A deal before the weekend was reached late on Friday, the union said.'],
    ['two denials in different words', 'After the defeat the coach said nothing about his future at the club.', 'After the defeat the coach did not speak about his future at the club.'],
    ['a win and the other side\'s loss', 'The second leg in Thessaloniki on Tuesday ended in a 4-1 win for the Austrians.', 'Thermaikos lost the second leg in Thessaloniki 4-1 on Tuesday.'],
    ['"too … for us to" and "too … to"', 'The fire chief said the warehouse was too unstable for his crews to go inside on Sunday.', 'The fire chief said the warehouse was still too unstable to go inside on Sunday.'],
    ['"fell short of" and "no"', 'The Social Alliance fell short of an absolute majority in Sunday\'s election, the commission said.', 'The Social Alliance has no absolute majority after Sunday\'s election, the commission said.'],
    ['a light verb with another object', 'The gallery has not put a figure on the loss from the break-in.', 'Dealers put the value of the loss from the break-in at about two million euros.'],
    ['a negator placed after the verb, as translations place it', 'A verdict from the appeals board is not expected before the spring, the federation said.', 'It is noted that the verdict of the appeals board is expected not before the spring, the federation said.'],
    ['a refusal and a denial', 'The airline declined to comment on the cancelled routes on Friday.', 'The airline would not comment on the cancelled routes on Friday.'],
    ['never / no longer', 'The mayor never mentioned the stadium plan in her speech on Tuesday.', 'The mayor made no mention of the stadium plan in her speech on Tuesday.'],
    ['"no evidence that" / "not"', 'The bank said there was no evidence that the outage was caused by a cyber-attack.', 'The bank said the outage was not a cyber-attack.'],
    ['"lack" / "have no"', 'Some 23,000 vehicles in the province still lack an emissions sticker, the council said.', 'About 23,000 vehicles in the province have no emissions sticker, the council said.'],
    ['a question', 'How has the regulator responded to the outage so far?', 'The regulator has not responded to the outage so far.'],
  ])('stays quiet for %s', (_name, a, b) => {
    expect(ofKind(compareTexts(a, b), 'negation')).toEqual([]);
  });

  it('finds no flip in a sentence that carries both words of an antonym pair, against its own copy', () => {
    const text = 'The jury found him guilty of fraud but not of bribery, and innocent of the other charges, the court said on Monday.';
    expect(ofKind(compareTexts(text, text), 'negation')).toEqual([]);
    const opened = 'The bridge opened to cars on Monday and closed again for repairs on Friday, officials said.';
    expect(ofKind(compareTexts(opened, opened), 'negation')).toEqual([]);
  });

  it('reads a hyphenated "no-" compound as a name of a thing, not a negation', () => {
    const report = compareTexts('Deputies will hold a no-confidence vote on Thursday, the speaker said.', 'Deputies will hold a confidence vote on Thursday, the speaker said.');
    expect(ofKind(report, 'negation')).toEqual([]);
    // A spaced "no" still negates.
    expect(ofKind(compareTexts('The minister said there was no confidence in the plan.', 'The minister said there was confidence in the plan.'), 'negation')).toHaveLength(1);
  });

  it('reads contractions, label answers, "a no … vote", superlatives and near-misses by what they say', () => {
    expect(ofKind(compareTexts('The ferry wasn\'t damaged in the collision on Monday, officials said.', 'The ferry was not damaged in the collision on Monday, officials said.'), 'negation')).toEqual([]);
    expect(claimTexts(ofKind(compareTexts('Prices won\'t fall this year, the minister said on Monday.', 'Prices will fall this year, the minister said on Monday.'), 'negation')[0])).toEqual(['S1:won\'t fall', 'S2:fall']);
    expect(ofKind(compareTexts('- Deaths: none so far in the outbreak', 'No deaths have been recorded so far in the outbreak.'), 'negation')).toEqual([]);
    expect(claimTexts(ofKind(compareTexts('- Deaths: none so far in the outbreak', 'Two deaths have been recorded so far in the outbreak.'), 'negation')[0])).toEqual(['S1:Deaths: none', 'S2:deaths']);
    expect(ofKind(compareTexts('The government survived a no confidence vote on Thursday, the speaker said.', 'The government survived a confidence vote on Thursday, the speaker said.'), 'negation')).toEqual([]);
    expect(ofKind(compareTexts('Demand for our chips has never been stronger, the chief executive said.', 'Demand for our chips is stronger than ever, the chief executive said.'), 'negation')).toEqual([]);
    expect(ofKind(compareTexts('The team almost stopped believing at 2-2, the coach said after the final.', 'The team never stopped believing at 2-2, the coach said after the final.'), 'negation')).toEqual([]);
    expect(ofKind(compareTexts('The first case was a resident who had not travelled abroad, officials said.', 'The first case was a resident without any history of travel abroad, officials said.'), 'negation')).toEqual([]);
  });

  it('takes the verb after an auxiliary as what a negative pronoun denies', () => {
    expect(ofKind(compareTexts('Nobody in the old town should sleep indoors tonight, the mayor said.', 'The mayor asked people in the old town not to sleep indoors tonight.'), 'negation')).toEqual([]);
    expect(ofKind(compareTexts('Nobody in the old town was hurt in the blast, the mayor said.', 'Three people in the old town were hurt in the blast, the mayor said.'), 'negation')).toHaveLength(1);
  });

  it('reads "refused to", "failed to" and "declined to" as the act not happening', () => {
    expect(claimTexts(ofKind(compareTexts('The minister refused to meet the strikers on Monday, his office said.', 'The minister agreed to meet the strikers on Monday, his office said.'), 'negation')[0])).toEqual(['S1:refused to meet', 'S2:agreed to meet']);
    expect(ofKind(compareTexts('The valve failed to activate during the fire, the company said.', 'The valve activated as designed during the fire, the company said.'), 'negation')).toHaveLength(1);
    expect(ofKind(compareTexts('The minister refused to meet the strikers on Monday.', 'The minister declined to meet the strikers on Monday.'), 'negation')).toEqual([]);
  });

  it('reads "barely" and "hardly" as near-denials, not as the opposite of "never"', () => {
    expect(ofKind(compareTexts('"I never moved off my line," the rider said after the stage.', '"I barely moved off my line," the rider said after the stage.'), 'negation')).toEqual([]);
    // Said both ways outside quotation marks, a flip.
    expect(ofKind(compareTexts('The rider said he moved off his line after the stage.', 'The rider said he never moved off his line after the stage.'), 'negation')).toHaveLength(1);
  });

  it('leaves a negator between two quotations of one remark to the quote detector', () => {
    const report = compareTexts('"I moved off my line," the rider said after the stage.', '"I never moved off my line," the rider said after the stage.');
    expect(ofKind(report, 'negation')).toEqual([]);
    expect(ofKind(report, 'quote').map((d) => [d.rule, d.severity])).toEqual([['quote/negated', 'high']]);
  });

  it('lets the verb after "expected to" carry the claim when the two sources name different verbs', () => {
    expect(ofKind(compareTexts('The line is expected to stay shut until at least Friday.', 'The line is not expected to reopen before Friday.'), 'negation')).toEqual([]);
    expect(ofKind(compareTexts('The line is expected to reopen on Friday.', 'The line is not expected to reopen on Friday.'), 'negation')).toHaveLength(1);
  });

  it('reads "of no confidence" as a kind of vote and "had almost given up" as not giving up', () => {
    expect(ofKind(compareTexts('The government has survived a vote of no confidence in parliament.', 'The government survived a confidence vote in parliament.'), 'negation')).toEqual([]);
    expect(ofKind(compareTexts('"We had almost given up hope," she said.', '"We never gave up hope," she said.'), 'negation')).toEqual([]);
  });

  it('takes the noun, not a hyphened modifier, as what "no" denies', () => {
    const report = compareTexts('The agency had issued a warning about high waves on Friday.', 'The agency issued no high-wave warning on Friday.');
    expect(ofKind(report, 'negation').map((d) => claimTexts(d))).toEqual([['S1:issued a warning', 'S2:no high-wave warning']]);
    expect(ofKind(compareTexts('Two passengers suffered life-threatening injuries in the crash.', 'Two passengers suffered injuries that were not life-threatening in the crash.'), 'negation')).toHaveLength(1);
  });

  it('reads "not … until" as when, not whether', () => {
    expect(ofKind(compareTexts('The jury will not proclaim a winner until all disputes are resolved, its president said.', 'The jury must settle all disputes before proclaiming a winner, its president said.'), 'negation')).toEqual([]);
    expect(ofKind(compareTexts('The jury will not proclaim a winner this year, its president said.', 'The jury will proclaim a winner this year, its president said.'), 'negation')).toHaveLength(1);
  });

  it('reads an "-ing" form after a word of time ("after opening") as an event that dates another, not one of opposite words', () => {
    expect(ofKind(compareTexts('The restaurant won its star barely a year after opening on Greek Street.', 'The Greek Street restaurant was closed by the council.'), 'negation')).toEqual([]);
    // Said plainly, the opposite words still flip.
    expect(ofKind(compareTexts('The Greek Street restaurant opened again on Monday.', 'The Greek Street restaurant closed again on Monday.'), 'negation')).toHaveLength(1);
  });

  it('reads the people who do a thing and the thing as two words ("Investigators" / "not under investigation")', () => {
    expect(ofKind(compareTexts('Investigators are examining whether a brake failure caused the crash, police said.', 'Police said the driver was not under investigation and the cause of the crash was not known.'), 'negation')).toEqual([]);
    // A verb and its past still flip: "trigger" and "insist" are no agents.
    expect(ofKind(compareTexts('The alarm had failed to trigger when the door was forced, police said.', 'The alarm had triggered when the door was forced, police said.'), 'negation')).toHaveLength(1);
    expect(ofKind(compareTexts('Owner Anisur Karim insisted the building had passed a safety check in March.', 'Owner Anisur Karim did not insist the building had passed a safety check in March.'), 'negation')).toHaveLength(1);
  });

  it('reads "counts as no X" as "does not count as X": both deny', () => {
    expect(ofKind(compareTexts('An IT failure at a supplier generally does not count as extraordinary, says lawyer Anja Petersen.', 'Lawyer Anja Petersen said an IT breakdown at a supplier as a rule counts as no extraordinary circumstance.'), 'negation')).toEqual([]);
    // Counting as one is still the opposite.
    expect(ofKind(compareTexts('An IT failure at a supplier generally does not count as extraordinary, says lawyer Anja Petersen.', 'Lawyer Anja Petersen said an IT failure at a supplier generally counts as extraordinary.'), 'negation')).toHaveLength(1);
  });

  it('reads a negating prefix only on a word said of its subject, and a request as no assertion', () => {
    // "uninsured deposits" picks out which deposits; it does not deny that something is insured.
    expect(ofKind(compareTexts('Uninsured deposits were about 31% of the total in June.', 'About 31% of deposits were above the limit insured by the agency in June.'), 'negation')).toEqual([]);
    // "please don't leave your car" asks; it is no denial of a paraphrase of "leave".
    expect(ofKind(compareTexts('Parking is at the leisure centre, so please don\'t leave your car on Larpool Lane.', 'Extra parking was provided at the leisure centre on Larpool Lane.'), 'negation')).toEqual([]);
  });

  it('reads a refusal against an acceptance of the same thing as opposite words', () => {
    const found = ofKind(compareTexts('The family has refused to hand the meteorite to the museum in Brno.', 'The family has agreed to lend the meteorite to the museum in Brno.'), 'negation');
    expect(found.map((d) => [d.rule, ...claimTexts(d)])).toEqual([['negation/opposite-words', 'S1:refused', 'S2:agreed']]);
    // Of different things, no opposites.
    expect(ofKind(compareTexts('The minister refused to comment on the report.', 'The minister agreed to publish the report in full.'), 'negation')).toEqual([]);
  });
});


describe('negation detector: the reach of a negator', () => {
  it('ends at a subordinate clause ("showed no emotion as the sentence was read")', () => {
    const report = compareTexts(
      'Whitmore, wearing a grey suit, showed no emotion as the sentence was read to him through an interpreter.',
      'Whitmore heard the sentence read to him through an interpreter without flinching.',
    );
    expect(ofKind(report, 'negation')).toEqual([]);
  });

  it('still reaches through "as well" and a comparison', () => {
    const report = compareTexts(
      'The ministry said the new rules would not apply to smaller farms as well as larger ones.',
      'The ministry said the new rules would apply to smaller farms as well as larger ones.',
    );
    expect(ofKind(report, 'negation')).toHaveLength(1);
  });

  it('reads "were missing <noun>" as lacking it, and "were missing" alone as not found', () => {
    const lacking = compareTexts(
      'The campaign said some return envelopes lacked a witness signature in wards 12 and 27.',
      'The campaign said several return envelopes were missing witness signatures in wards 12 and 27.',
    );
    expect(ofKind(lacking, 'negation')).toEqual([]);
    const gone = compareTexts('Two climbers were missing after the avalanche near Zermatt on Sunday.', 'Two climbers were found after the avalanche near Zermatt on Sunday.');
    expect(ofKind(gone, 'negation')).toEqual([]);
  });

  it('reads what a directive asks for as no assertion ("urged anyone still there to leave" / "refuses to leave")', () => {
    const report = compareTexts(
      'Sergeant Marie Tremblay urged anyone still in the two sectors to leave immediately, saying those who stayed put firefighters at risk.',
      'Sergeant Marie Tremblay says anyone who refuses to leave the two sectors is putting firefighters at risk.',
    );
    expect(ofKind(report, 'negation')).toEqual([]);
    // A verb between the speech and "to" asserts: "told reporters that crew members had managed to lower".
    const told = compareTexts(
      'Passengers told reporters that crew members had managed to lower the lifeboats before the ship rolled over.',
      'According to passengers, the crew failed to lower the lifeboats before the ship rolled over.',
    );
    expect(ofKind(told, 'negation')).toHaveLength(1);
  });

  it('reads "at no point", "in no way" as denying the verb, not its subject', () => {
    const report = compareTexts('Patients were being moved to Riverside overnight, a nurse said.', 'At no point have patients been moved to Riverside, the trust said.');
    expect(ofKind(report, 'negation').map((d) => d.subject)).toEqual(['moved']);
    // Another verb on the other side: no flip on the subject both name.
    const other = compareTexts('Patients were being sent home from Riverside overnight, a nurse said.', 'At no point have patients been moved out of Riverside, the trust said.');
    expect(ofKind(other, 'negation')).toEqual([]);
  });

  it('reaches past an adverb and into a hyphened verb for what is denied', () => {
    const report = compareTexts('The utility did not pre-emptively de-energize its lines near the valley, officials said.', 'The utility had de-energized its lines near the valley on Friday, officials said.');
    expect(ofKind(report, 'negation').map((d) => claimTexts(d))).toEqual([['S1:not pre-emptively de-energize', 'S2:de-energized']]);
    const adverb = compareTexts('The ministry did not immediately suspend the licence of the clinic.', 'The ministry suspended the licence of the clinic.');
    expect(ofKind(adverb, 'negation').map((d) => d.subject)).toEqual(['suspend']);
    // An "-ly" word that is no adverb is still what the negator bears on.
    const early = compareTexts('The family did not apply for the grant, a lawyer said.', 'The family applied for the grant, a lawyer said.');
    expect(ofKind(early, 'negation').map((d) => d.subject)).toEqual(['applied']);
  });

  it('meets a denied verb and its dictionary synonym said plainly ("had not detected" / "found")', () => {
    const report = compareTexts('Inspectors had not detected benzene above the legal limit near the refinery.', 'Inspectors found benzene above the legal limit near the refinery.');
    expect(ofKind(report, 'negation').map((d) => claimTexts(d))).toEqual([['S1:not detected', 'S2:found']]);
    // Synonyms that are no verbs in their place carry no polarity: "no danger" / "the risk" is no flip.
    const nouns = compareTexts('Officials said there was no danger to residents near the refinery.', 'Officials said the risk to residents near the refinery was being assessed.');
    expect(ofKind(nouns, 'negation')).toEqual([]);
  });

  it('reads "too narrow to land" as not landing, and "too early to say" as no denial', () => {
    const same = compareTexts('Because the helicopter could not land on the ridge, the climbers were winched off one at a time.', 'The ridge was too narrow to land on, so the climbers were winched off one at a time.');
    expect(ofKind(same, 'negation')).toEqual([]);
    const flip = compareTexts('The helicopter landed on the ridge and the climbers were winched off one at a time.', 'The ridge was too narrow to land on, so the climbers were winched off one at a time.');
    expect(ofKind(flip, 'negation').map((d) => claimTexts(d))).toEqual([['S1:landed', 'S2:to land']]);
    const early = compareTexts('"It is too early to speak of blame," the minister said of the sinking.', 'The minister said it was still early to speak of blame for the sinking.');
    expect(ofKind(early, 'negation')).toEqual([]);
  });

  it('reads "say no to" as a vote against, not a denial', () => {
    const report = compareTexts('Slovenian voters on Sunday rejected a plan to raise the retirement age to 67.', 'Slovenian voters say no to retirement at 67 in Sunday\'s referendum.');
    expect(ofKind(report, 'negation')).toEqual([]);
    // "no" before a noun still denies it.
    const denied = compareTexts('Voters were given a vote on the retirement age on Sunday.', 'Voters were given no vote on the retirement age on Sunday.');
    expect(ofKind(denied, 'negation')).toHaveLength(1);
  });

  it('reads "had not hosted … since 2012" as "last hosted … in 2012"', () => {
    const same = compareTexts('The Stelvio last hosted a Giro summit finish in 2012.', 'The Stelvio had not hosted an arrival of the Giro since 2012.');
    expect(ofKind(same, 'negation')).toEqual([]);
    const flip = compareTexts('The Stelvio hosted a Giro summit finish in 2012.', 'The Stelvio has never hosted a Giro summit finish.');
    expect(ofKind(flip, 'negation')).toHaveLength(1);
  });

  it('meets a verb said in two forms the stemmer cuts apart ("exceeded" / "did not exceed")', () => {
    const report = compareTexts('Gas readings exceeded the legal limit in the tunnel.', 'Gas readings did not exceed the legal limit in the tunnel.');
    expect(ofKind(report, 'negation').map((d) => claimTexts(d))).toEqual([['S1:exceeded', 'S2:not exceed']]);
  });

  it('reads "denied that <clause>" as denying the clause\'s verb, before "denied" / "confirmed"', () => {
    const report = compareTexts(
      'The port team then closed the outer lock gates, the operator confirmed.',
      'The operator denied that port staff had closed the outer lock gates, saying they jammed open.',
    );
    const found = ofKind(report, 'negation');
    expect(found.map((d) => [d.rule, ...claimTexts(d)])).toEqual([['negation/negated', 'S1:closed', 'S2:denied that port staff had closed']]);
    // Two sources that both deny agree.
    const both = compareTexts('The operator denied that staff had closed the gates.', 'The operator denied that its staff had closed the gates.');
    expect(ofKind(both, 'negation')).toEqual([]);
  });

  it('does not read a noun for an event ("before the hearing") against a denied act ("refused to hear")', () => {
    const report = compareTexts(
      'About fifty tenants gathered outside the town hall before the hearing with the housing chief.',
      'The housing chief refused to hear the tenants who gathered outside the town hall.',
    );
    expect(ofKind(report, 'negation')).toEqual([]);
    // After a noun too: a headline's "delays metro opening".
    expect(ofKind(compareTexts('City delays metro opening after safety audit finds flaws', 'The city said the metro will not open after the safety audit found flaws.'), 'negation')).toEqual([]);
    // The act said both ways still flips.
    const act = compareTexts('The housing chief agreed to hear the tenants outside the town hall.', 'The housing chief refused to hear the tenants outside the town hall.');
    expect(ofKind(act, 'negation')).toHaveLength(1);
  });

  it('leaves a number in words to the number detector ("None of the three patients" / "received three reports")', () => {
    const report = compareTexts(
      'The agency has received three reports of infection. None of the three patients needed hospital care.',
      'The agency said it had received three reports of infection, none of them needing hospital care.',
    );
    expect(ofKind(report, 'negation')).toEqual([]);
  });

  it('reads one act in two words of a paraphrase group as said both ways ("was not detained" / "was arrested")', () => {
    const report = compareTexts('The skipper was questioned by the coastguard on Monday but has not been detained.', 'The skipper was arrested after being questioned by the coastguard on Monday.');
    expect(ofKind(report, 'negation').map((d) => claimTexts(d))).toEqual([['S1:not been detained', 'S2:arrested']]);
    // Verbs of saying are no such act: "did not tell" / "said".
    expect(ofKind(compareTexts('The skipper did not tell the coastguard about the leak on Monday.', 'The skipper said the coastguard knew about the leak on Monday.'), 'negation')).toEqual([]);
  });

  it('reads "what we know" as a topic, no assertion against "it is not yet known"', () => {
    expect(ofKind(compareTexts('Harbour council cyber attack: what we know', 'It is not yet known how the attackers got into the harbour council network.'), 'negation')).toEqual([]);
    expect(ofKind(compareTexts('Officials know how the attackers got into the network.', 'Officials do not know how the attackers got into the network.'), 'negation')).toHaveLength(1);
  });
});
