/**
 * Small closed-class word lists that the analysis relies on. Open-class
 * knowledge (synonyms, aliases) lives elsewhere; these lists change rarely.
 */
import { createRequire } from 'node:module';

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Function words: they carry no content of their own for alignment or wording checks. */
export const STOPWORDS = words(`
a an the and or but nor so yet if then than that this these those there here
of in on at to for from by with without within into onto over under about above below
after before during since until while as per via against among between through
is are was were be been being am do does did done has have had having will would
shall should can could may might must ought
i me my mine we us our ours you your yours he him his she her hers it its they them
their theirs who whom whose which what when where why how
not no also too very just only even still already again further more most much many
some any all both each every either neither other another such own same
someone anyone everyone somebody anybody everybody something anything everything
one ones s t
`);

/** Words that introduce reported speech, in lemma form. */
export const SPEECH_VERBS = words(`
say said says tell told add added note noted state stated claim claimed warn warned
announce announced declare declared insist insisted explain explained write wrote
post posted tweet tweeted argue argued stress stressed emphasize emphasized emphasise
emphasised continue continued reply replied respond responded comment commented
remark remarked accuse accused deny denied confirm confirmed report reported
call called describe described vow vowed insist insisted thunder thundered
notes states claims warns announces declares insists explains writes argues stresses replies
assure assured assures affirm affirmed affirms underline underlined underlines admit admitted admits
acknowledge acknowledged concede conceded maintain maintained reiterate reiterated recall recalled
promise promised pledge pledged predict predicted suggest suggested estimate estimated urge urged
fumed raged blasted slammed quipped joked complained lamented countered retorted asserted
testified revealed disclosed conceded boasted gushed sighed snapped scoffed protested
appealed appeals pleaded begged reminded advised cautioned hailed praised celebrated
tells adds confirms denies urges vows
inform informs informed
advises cautions reminds pleads begs predicts suggests estimates promises pledges acknowledges
concedes maintains reiterates recalls responds remarks comments asserts reveals discloses
complains laments counters protests testifies
`);

/**
 * Irregular English forms mapped to a lemma before stemming: the verb forms stemming cannot undo,
 * from data (scripts/build-irregular.mjs), under this hand list, which also settles the forms two
 * verbs share ("found": find, not found) and irregular plurals.
 */
export const IRREGULAR: Readonly<Record<string, string>> = {
  ...(createRequire(import.meta.url)('./generated/irregular.json') as Record<string, string>),
  am: 'be', is: 'be', are: 'be', was: 'be', were: 'be', been: 'be', being: 'be',
  has: 'have', had: 'have', having: 'have', does: 'do', did: 'do', done: 'do',
  gave: 'give', given: 'give', said: 'say', says: 'say', told: 'tell', went: 'go', gone: 'go',
  took: 'take', taken: 'take', made: 'make', came: 'come', saw: 'see', seen: 'see',
  found: 'find', thought: 'think', knew: 'know', known: 'know', got: 'get', gotten: 'get',
  held: 'hold', left: 'leave', met: 'meet', led: 'lead', won: 'win', lost: 'lose',
  paid: 'pay', sold: 'sell', bought: 'buy', brought: 'bring', began: 'begin', begun: 'begin',
  rose: 'rise', risen: 'rise', fell: 'fall', fallen: 'fall', struck: 'strike', hit: 'hit',
  killed: 'kill', spoke: 'speak', spoken: 'speak', wrote: 'write', written: 'write',
  kept: 'keep', felt: 'feel', sent: 'send', spent: 'spend', built: 'build', ran: 'run',
  chose: 'choose', chosen: 'choose', drove: 'drive', driven: 'drive', fled: 'flee',
  sought: 'seek', fought: 'fight', caught: 'catch', taught: 'teach', stood: 'stand',
  children: 'child', people: 'person', men: 'man', women: 'woman',
};

/** Role nouns that name a slot a person fills; variants map to one canonical role. */
export const ROLES: Readonly<Record<string, string>> = {
  spokesperson: 'spokesperson', spokesman: 'spokesperson', spokeswoman: 'spokesperson', boss: 'boss',
  'spokes-person': 'spokesperson', spokespeople: 'spokesperson',
  president: 'president', 'vice-president': 'vice president', premier: 'prime minister',
  chancellor: 'chancellor', minister: 'minister', secretary: 'secretary',
  judge: 'judge', justice: 'judge', magistrate: 'judge', prosecutor: 'prosecutor',
  lawyer: 'lawyer', attorney: 'lawyer', counsel: 'lawyer',
  coach: 'coach', manager: 'manager', captain: 'captain', striker: 'player', midfielder: 'player',
  defender: 'player', goalkeeper: 'player', forward: 'player',
  ceo: 'chief executive', cfo: 'chief financial officer', coo: 'chief operating officer', cto: 'chief technology officer', chairman: 'chair', chairwoman: 'chair', chairperson: 'chair', chair: 'chair',
  director: 'director', governor: 'governor', mayor: 'mayor', ambassador: 'ambassador',
  general: 'general', commander: 'commander', chief: 'chief', head: 'head',
  candidate: 'candidate', leader: 'leader', founder: 'founder', king: 'king', queen: 'queen',
  pope: 'pope', senator: 'senator', governor_general: 'governor general', professor: 'professor',
  researcher: 'researcher', scientist: 'scientist', author: 'author', economist: 'economist',
  analyst: 'analyst', official: 'official', commissioner: 'commissioner', sheriff: 'sheriff',
  inspector: 'inspector', superintendent: 'superintendent', owner: 'owner',
  officer: 'officer', barrister: 'lawyer', solicitor: 'lawyer', deputy: 'deputy', councillor: 'councillor',
};

/**
 * Words that qualify a role as belonging to one organisation or country.
 * Government metonyms and demonyms map to the same key, so "Kremlin
 * spokesperson" and "Russian spokesman" fill one slot.
 */
export const QUALIFIER_KEYS: Readonly<Record<string, string>> = {
  kremlin: 'russia', russian: 'russia', russia: 'russia', moscow: 'russia',
  'white house': 'united states', american: 'united states', us: 'united states', washington: 'united states',
  'downing street': 'united kingdom', british: 'united kingdom', uk: 'united kingdom', london: 'united kingdom',
  elysee: 'france', french: 'france', paris: 'france',
  turkish: 'turkey', turkey: 'turkey', turkiye: 'turkey', ankara: 'turkey',
  ukrainian: 'ukraine', ukraine: 'ukraine', kyiv: 'ukraine', kiev: 'ukraine',
  german: 'germany', germany: 'germany', berlin: 'germany',
  chinese: 'china', china: 'china', beijing: 'china',
  portuguese: 'portugal', portugal: 'portugal', lisbon: 'portugal',
  spanish: 'spain', spain: 'spain', madrid: 'spain',
  italian: 'italy', italy: 'italy', rome: 'italy',
  polish: 'poland', poland: 'poland', warsaw: 'poland',
  israeli: 'israel', israel: 'israel', iranian: 'iran', iran: 'iran', tehran: 'iran',
  japanese: 'japan', japan: 'japan', tokyo: 'japan', indian: 'india', india: 'india',
  brazilian: 'brazil', brazil: 'brazil', mexican: 'mexico', mexico: 'mexico',
};

/** Words that turn a capitalised token into something other than a name. */
export const NOT_NAMES = words(`
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
mr mrs ms dr prof sir madam
excellency excellencies majesty highness holiness eminence
breaking update updated live exclusive watch analysis opinion correction anchor reporter host presenter correspondent
gmt utc bst cet cest eet est edt pst pdt cst cdt et pt
`);

/** Pronoun person-shifts between direct and reported speech are not wording changes. */
export const PRONOUNS = words(`
i me my mine myself we us our ours ourselves you your yours yourself yourselves
he him his himself she her hers herself it its itself they them their theirs themselves
`);

/**
 * News paraphrases WordNet does not link through a shared common sense:
 * reports of one statement swap these freely ("Petrov dismissed the claims",
 * "Peskov denied the statements"). Each group acts as one soft feature.
 */
export const PARAPHRASE_GROUPS: readonly (readonly string[])[] = [
  ['deny', 'dismiss', 'reject', 'refute', 'rebuff', 'denounce', 'repudiate', 'rule out', 'exclude'],
  ['claim', 'statement', 'allegation', 'accusation', 'assertion', 'remark', 'comment', 'charge'],
  ['say', 'state', 'tell', 'add', 'note', 'declare', 'announce', 'report', 'inform'],
  ['kill', 'die', 'dead', 'death', 'deceased', 'fatality', 'toll', 'life'],
  ['injure', 'hurt', 'wound', 'injury'],
  ['rescue', 'save', 'pull', 'free', 'drag', 'survivor'],
  ['evacuate', 'evacuation', 'flee', 'leave', 'relocate'],
  ['cut', 'reduce', 'lower', 'slash', 'trim', 'reduction'],
  ['raise', 'increase', 'hike', 'lift', 'rise'],
  ['arrest', 'detain', 'hold', 'custody'],
  ['sentence', 'jail', 'prison', 'imprison'],
  ['sign', 'signing', 'join', 'transfer', 'recruit'],
  ['fee', 'price', 'cost', 'deal'],
  ['study', 'research', 'survey', 'report', 'paper'],
  ['goal', 'target', 'aim', 'objective'],
  ['vote', 'ballot', 'election', 'poll'],
  ['company', 'firm', 'group', 'business', 'employer'],
  ['job', 'position', 'post', 'workplace', 'employee', 'staff', 'worker'],
  ['quake', 'earthquake', 'tremor', 'temblor'],
  ['blaze', 'fire', 'flames'],
  ['flood', 'flooding', 'deluge'],
  ['seize', 'confiscate', 'take', 'cart'],
  ['close', 'shut', 'closure'],
  ['start', 'begin', 'launch', 'open'],
  ['warn', 'caution', 'alert'],
  ['accuse', 'blame', 'charge'],
  ['interfere', 'meddle', 'intervene', 'interference'],
];
