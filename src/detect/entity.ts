import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { canonicalKey, nameTokens, personTokens, sameEntity } from '../analyze/names.js';
import { foldText } from '../normalize/index.js';
import { couldBePerson, isMisattribution, mentionType, nameSimilarity, substitutionSeverity, substitutions, type Mention } from './mentions.js';
import { describeFact, factFindings } from './facts.js';
import { byValue, consensusText, mergeAcrossSources, sharedGroupId, valueOf } from './merge.js';
import { alignedConfidence, pairFindings } from './pairs.js';
import { sourceNumber, type Claim, type ClaimValue } from '../types.js';
import type { Detector, DetectionContext, Finding, SourceLabels } from './types.js';

declare module '../types.js' {
  interface DiscrepancyKinds {
    entity: true;
  }
}

/**
 * Entity discrepancies: one slot filled by different names.
 *
 * Two kinds of evidence:
 * - role slots across a whole source ("Kremlin spokesperson X"), for roles
 *   one person holds at a time — a source may name the spokesperson in a
 *   sentence that aligns with nothing;
 * - substitutions inside aligned sentences (and a source's own restatements),
 *   where different names stand in the same place.
 * Variants of one name (Dmitry/Dmitriy, Türkiye/Turkey) are one entity.
 */

/** Roles held by one person at a time within an organisation. */
const SINGLE_HOLDER_ROLES = new Set([
  'spokesperson', 'president', 'vice president', 'prime minister', 'chancellor', 'judge', 'coach',
  'manager', 'captain', 'chief executive', 'chair', 'governor', 'mayor', 'pope', 'king', 'queen',
  'prosecutor', 'commissioner', 'sheriff', 'founder',
]);

import { MISNAME_SIMILARITY } from './mentions.js';

/** Union-find clustering of mentions that denote the same entity. */
function cluster(mentions: readonly Mention[], context: DetectionContext): Mention[][] {
  // Mentions written alike are one entity without asking the matcher; it then compares one
  // spelling per entity, not every mention (a long story names the same people hundreds of times).
  const bySpelling = new Map<string, Mention[]>();
  for (const m of mentions) {
    const key = canonicalKey(m.name.text, context.aliases);
    const list = bySpelling.get(key);
    if (list) list.push(m);
    else bySpelling.set(key, [m]);
  }
  const clusters: Array<{ spellings: string[]; mentions: Mention[] }> = [];
  for (const list of bySpelling.values()) {
    const text = (list[0] as Mention).name.text;
    const home = clusters.find((c) => c.spellings.some((o) => sameEntity(o, text, context.aliases)));
    if (home) {
      home.spellings.push(text);
      home.mentions.push(...list);
    } else clusters.push({ spellings: [text], mentions: [...list] });
  }
  return clusters.map((c) => c.mentions);
}

function similarity(a: Mention, b: Mention): number {
  return nameSimilarity(a.name.text, b.name.text);
}

function quoted(text: string): string {
  return `"${text}"`;
}

/** The value an entity finding reads in a name: the name's normal form (alias id or folded name). */
function nameValue(source: string, name: string, context: DetectionContext): ClaimValue {
  return { source, value: canonicalKey(name, context.aliases) };
}

function sharedGroup(mentions: readonly Mention[], context: DetectionContext): string | null {
  return sharedGroupId(mentions.map((m) => m.sentence), context);
}

/** Mentions grouped by role and qualifier ("spokesperson|russia"); unqualified ones by role alone ("judge|"). */
function roleSlots(context: DetectionContext): Map<string, Mention[]> {
  const slots = new Map<string, Mention[]>();
  for (const source of context.sources) {
    for (const sentence of source.sentences) {
      for (const name of sentence.names) {
        if (!name.role || !SINGLE_HOLDER_ROLES.has(name.role)) continue;
        const key = `${name.role}|${name.qualifier ?? ''}`;
        const list = slots.get(key) ?? [];
        list.push({ sentence, name });
        slots.set(key, list);
      }
    }
  }
  return slots;
}

/**
 * Pairs of slots whose holders should agree: a qualified slot with itself,
 * and an unqualified slot with itself and with every qualified slot of its
 * role (where only near-miss names count, see MISNAME_SIMILARITY).
 */
function slotComparisons(slots: Map<string, Mention[]>): Array<{ key: string; mentions: Mention[]; qualified: boolean }> {
  const out: Array<{ key: string; mentions: Mention[]; qualified: boolean }> = [];
  for (const [key, mentions] of slots) {
    const [role, qualifier] = key.split('|');
    out.push({ key, mentions, qualified: qualifier !== '' });
    if (qualifier !== '') {
      const loose = slots.get(`${role}|`);
      if (loose) out.push({ key, mentions: [...mentions, ...loose], qualified: false });
    }
  }
  return out;
}

function roleLabel(key: string): string {
  return key.split('|')[0] ?? '';
}

/** One claim and value per mention; a role slot's mentions read as their cluster's entity. */
function claimsOf(mentions: readonly Mention[], context: DetectionContext, entity?: (m: Mention) => string): Pick<Finding, 'claims' | 'values'> {
  const claims = mentions.map((m) => context.claim(m.sentence, m.name.start, m.name.end));
  const values = mentions.map((m, i) => nameValue(m.sentence.source, entity ? entity(m) : (claims[i] as Claim).text, context));
  return { claims, values };
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function slotFindings(context: DetectionContext): Finding[] {
  const findings: Finding[] = [];
  for (const { key, mentions, qualified } of slotComparisons(roleSlots(context))) {
    const clusters = cluster(mentions, context);
    if (clusters.length < 2) continue;
    for (let x = 0; x < clusters.length; x++) {
      for (let y = x + 1; y < clusters.length; y++) {
        const cx = clusters[x] as Mention[];
        const cy = clusters[y] as Mention[];
        const first = cx[0] as Mention;
        const second = cy[0] as Mention;
        const sim = similarity(first, second);
        // Without a qualifier, two different names may be two holders (two judges); only a near-miss is suspicious.
        if (!qualified && sim < MISNAME_SIMILARITY) continue;
        const confidence = Math.min(0.95, (qualified ? 0.7 : 0.55) + 0.3 * sim);
        const sourcesX = new Set(cx.map((m) => m.sentence.source));
        const sourcesY = new Set(cy.map((m) => m.sentence.source));
        // Across sources: a source that says only X against one that says Y.
        const onlyX = cx.filter((m) => !sourcesY.has(m.sentence.source));
        const onlyY = cy.filter((m) => !sourcesX.has(m.sentence.source));
        const sideX = onlyX.length > 0 ? onlyX : cx;
        const sideY = onlyY.length > 0 ? onlyY : cy;
        if ((onlyX.length > 0 || onlyY.length > 0) && sourcesX.size + sourcesY.size > 1) {
          const sayX = firstPerSource(sideX);
          const sayY = firstPerSource(sideY);
          const claims = [...sayX, ...sayY];
          if (new Set(claims.map((m) => m.sentence.source)).size > 1) {
            // Each name reads as its cluster's entity: the camps are the two clusters.
            const entity = (m: Mention): string => (sayX.includes(m) ? first : second).name.text;
            findings.push({
              kind: 'entity',
              rule: 'entity/different-role-holder',
              severity: 'high',
              confidence,
              group: sharedGroup(claims, context),
              subject: roleLabel(key),
              ...claimsOf(claims, context, entity),
            });
          }
        }
        // Within a source: both names for the same slot.
        for (const source of [...sourcesX].filter((s) => sourcesY.has(s))) {
          const a = cx.find((m) => m.sentence.source === source) as Mention;
          const b = cy.find((m) => m.sentence.source === source) as Mention;
          findings.push(selfContradiction(a, b, 'entity/self-role-holder', confidence, context, roleLabel(key)));
        }
      }
    }
  }
  return findings;
}

function firstPerSource(mentions: readonly Mention[]): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => !seen.has(m.sentence.source) && seen.add(m.sentence.source));
}

/** '"Sokolov" in a.txt, "Sobolev" in c.txt': each name with its source, in source order. */
function pairText(claims: readonly Claim[], labels: SourceLabels): string {
  return [...claims]
    .sort((a, b) => sourceNumber(a.source) - sourceNumber(b.source))
    .map((c) => `${quoted(c.text)} in ${labels.label(c.source)}`)
    .join(', ');
}

/**
 * "2 of 3 sources say "Sokolov" (a.txt, b.txt); c.txt says "Sobolev"": the camps are the
 * entities the finding read (its values), the larger camp first, so the outlier is named last.
 */
function consensus(f: Finding, labels: SourceLabels): string {
  const byEntity = new Map<string, Claim[]>();
  for (const c of f.claims) {
    const key = String(valueOf(f, c)?.value ?? c.text);
    byEntity.set(key, [...(byEntity.get(key) ?? []), c]);
  }
  return [...byEntity.values()]
    .map((camp) => [...camp].sort((a, b) => sourceNumber(a.source) - sourceNumber(b.source)))
    .sort((a, b) => b.length - a.length || sourceNumber((a[0] as Claim).source) - sourceNumber((b[0] as Claim).source))
    .map((camp) => {
      const value = quoted((camp[0] as Claim).text);
      const names = camp.map((c) => labels.label(c.source)).join(', ');
      return camp.length > 1 ? `${camp.length} of ${labels.total} sources say ${value} (${names})` : `${names} says ${value}`;
    })
    .join('; ');
}

/** What a source names two ways, per self-contradiction rule. */
const SELF_NAMED: Readonly<Record<string, (f: Finding) => string>> = {
  'entity/self-role-holder': (f) => `the ${f.subject ?? ''}`,
  'entity/self-echoed-name': () => 'one person',
  'entity/self-lookalike-name': () => 'one person',
  'entity/self-restated': () => 'the same part of a restated statement',
};

function selfContradiction(
  a: Mention,
  b: Mention,
  rule: 'entity/self-role-holder' | 'entity/self-echoed-name' | 'entity/self-lookalike-name' | 'entity/self-restated',
  confidence: number,
  context: DetectionContext,
  subject?: string,
): Finding {
  const [first, second] = a.name.start <= b.name.start ? [a, b] : [b, a];
  return {
    kind: 'entity',
    rule,
    severity: 'high',
    confidence,
    group: sharedGroup([first, second], context),
    ...(subject === undefined ? {} : { subject }),
    ...claimsOf([first, second], context),
  };
}

function describeEntity(f: Finding, labels: SourceLabels): string {
  const self = SELF_NAMED[f.rule];
  if (self) {
    const [first, second] = f.claims;
    return `${labels.label(first?.source ?? '')} contradicts itself: names ${self(f)} both ${quoted(first?.text ?? '')} and ${quoted(second?.text ?? '')}`;
  }
  if (f.rule === 'entity/different-role-holder') return `${capitalised(f.subject ?? '')} named differently: ${consensus(f, labels)}`;
  if (f.rule === 'entity/lookalike-person') return `One person named two ways: ${pairText(f.claims, labels)}`;
  if (f.rule === 'entity/different-name') {
    // A difference seen in one pair names both sides; one joined across pairs names the camps.
    const text = f.merged ? consensusText(f.claims, labels, byValue(f, (v) => String(v.value))) : pairText(f.claims, labels);
    return `Different name in the same statement: ${text}`;
  }
  return describeFact(f, labels);
}

/** Surnames at least this alike (Jaro–Winkler) may be one person's name given two ways in one source. */
const ECHOED_SIMILARITY = 0.7;

/**
 * Where another source puts `other` in the slot that `mention` fills, and
 * the mention's own source also names `other` elsewhere, that source uses
 * two names for one slot (Petrenko in the lede, Pavlenko under the quote).
 */
function echoedElsewhere(mention: Mention, other: Mention, context: DetectionContext): Finding[] {
  // Only people, and shown to be people: a place, a company or a capitalised common noun named next
  // to a person is not that person's other name.
  if (!clearlyPerson([mention], context) || !clearlyPerson([other], context)) return [];
  // One person named two ways looks alike ("Petrenko" / "Pavlenko", "Murray" / "Murphy"); a source
  // naming two unlike people ("Rohan Mehta", "Ellen Whitcombe") tells of two people, and another
  // source crediting the one's words to the other is an attribution, not this source's slip.
  if (nameSimilarity(mention.name.text, other.name.text) < ECHOED_SIMILARITY) return [];
  // Each spelling once, in text order: a long story names the same people many times.
  for (const m of spellings(mention.sentence.source, context)) {
    if (sameEntity(m.name.text, other.name.text, context.aliases) && !sameEntity(m.name.text, mention.name.text, context.aliases) && couldBePerson(m, context)) {
      return [selfContradiction(mention, m, 'entity/self-echoed-name', 0.7, context)];
    }
  }
  return [];
}

const spellingCache = new WeakMap<DetectionContext, Map<string, Mention[]>>();

/** The first mention of each distinct spelling of a name in a source, in text order. */
function spellings(sourceId: string, context: DetectionContext): Mention[] {
  let bySource = spellingCache.get(context);
  if (!bySource) {
    bySource = new Map();
    spellingCache.set(context, bySource);
  }
  let list = bySource.get(sourceId);
  if (!list) {
    const seen = new Set<string>();
    list = [];
    for (const sentence of context.sources.find((s) => s.id === sourceId)?.sentences ?? []) {
      for (const name of sentence.names) {
        if (seen.has(name.text)) continue;
        seen.add(name.text);
        list.push({ sentence, name });
      }
    }
    bySource.set(sourceId, list);
  }
  return list;
}

function groupFindings(context: DetectionContext): Finding[] {
  const selves: Finding[] = [];
  const findings = pairFindings(context, (x, y, group) =>
    substitutions(x, y, context).flatMap((sub): Finding[] => {
      const { a: ma, b: mb, via } = sub;
      // A remark credited to another known person is the attribution detector's finding.
      if (via === 'speaker' && isMisattribution(ma, mb, context)) return [];
      const severity = substitutionSeverity(sub, context);
      if (severity === undefined) return [];
      selves.push(...echoedElsewhere(ma, mb, context), ...echoedElsewhere(mb, ma, context));
      return [
        {
          kind: 'entity',
          rule: 'entity/different-name',
          severity,
          confidence: alignedConfidence(0.5, group),
          group: context.groupId(group),
          ...claimsOf([ma, mb], context),
        },
      ];
    }),
  );
  for (const echo of context.alignment.echoes) {
    for (const sub of substitutions(echo.a, echo.b, context)) {
      // Like with like, as between sources: a place restated as another place is weak evidence.
      const severity = substitutionSeverity(sub, context);
      if (severity === undefined) continue;
      // A source restating itself varies its words more than its names, but what it names in
      // passing ("Doping", "the Andes") is no slot: both names must be known to be of one kind.
      const type = mentionType(sub.a, context);
      if (type === 'unknown' || type !== mentionType(sub.b, context)) continue;
      const f = selfContradiction(sub.a, sub.b, 'entity/self-restated', Math.min(0.85, 0.4 + 0.5 * echo.score), context);
      selves.push({ ...f, severity });
    }
  }
  // One name against the others' in a three-way statement is one finding, with the camps named.
  return [...mergeAcrossSources(findings), ...selves];
}

/**
 * The same names from the same sources are one finding, whichever evidence
 * found it; a finding whose claims another finding already carries (a pair
 * inside an N-way slot finding) adds nothing.
 */
function dedupe(findings: readonly Finding[]): Finding[] {
  const keyed = findings.map((f) => ({ f, keys: new Set(f.claims.map((c) => `${c.source}:${foldText(c.text)}`)) }));
  const kept: typeof keyed = [];
  // Larger claim sets first, then the more confident, so subsets meet their superset.
  keyed.sort((x, y) => y.keys.size - x.keys.size || y.f.confidence - x.f.confidence);
  // Index kept findings by claim key: a superset must hold the candidate's first key.
  const byKey = new Map<string, Array<(typeof keyed)[number]>>();
  for (const candidate of keyed) {
    const first = candidate.keys.values().next().value ?? '';
    const covered = (byKey.get(first) ?? []).some((k) => [...candidate.keys].every((key) => k.keys.has(key)));
    if (covered) continue;
    kept.push(candidate);
    for (const key of candidate.keys) byKey.set(key, [...(byKey.get(key) ?? []), candidate]);
  }
  return kept.map((k) => k.f);
}

/** Surnames this alike in one story are one person's name garbled (Ashdown / Ashford), not two people. */
const LOOKALIKE_SURNAME = 0.8;
/** Two different surnames that look alike: long enough, the same initial, Jaro-Winkler at least LOOKALIKE_SURNAME. */
function lookalikeSurnames(a: string, b: string): boolean {
  return a !== b && a.length >= 5 && b.length >= 5 && a[0] === b[0] && JaroWinklerDistance(a, b) >= LOOKALIKE_SURNAME;
}

/** Surnames this long that differ in one vowel are one name romanised two ways. */
const ROMANISED_MIN_LENGTH = 8;

/**
 * "Woldegiorgis" / "Weldegiorgis": one vowel changed in a long surname, with the same given name,
 * is how two romanisations of one name differ (Ge'ez, Arabic, Slavic vowels); a misnaming changes
 * consonants ("Kiprotich" / "Kiptoo").
 */
function romanisedVowel(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < ROMANISED_MIN_LENGTH) return false;
  let changed = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (!/[aeiou]/.test(a[i] as string) || !/[aeiou]/.test(b[i] as string)) return false;
    changed++;
  }
  return changed === 1;
}

/**
 * Two full names with different given names ("Mateo Barisic" / "Zoran Bilic") are two people,
 * however alike the surnames: a misnamed person keeps the given name.
 */
function twoGivenNames(a: Mention, b: Mention): boolean {
  const ta = personTokens(a.name.text);
  const tb = personTokens(b.name.text);
  const ga = ta[0] ?? '';
  const gb = tb[0] ?? '';
  return ta.length >= 2 && tb.length >= 2 && ga[0] !== gb[0];
}

/** Past this many people in one source, it is a compilation rather than a story: not searched. */
const LOOKALIKE_MAX_NAMES = 400;

/**
 * A source that names one person two ways in different sentences: two people-like names whose
 * surnames look alike but are not spelling variants, never in one sentence together, one of them
 * named only once. Two different people with near-identical surnames are rare in one story;
 * relatives share the surname exactly.
 */
function lookalikeNames(context: DetectionContext): Finding[] {
  const findings: Finding[] = [];
  for (const source of context.sources) {
    const people: Mention[] = [];
    for (const sentence of source.sentences) {
      for (const name of sentence.names) {
        const m = { sentence, name };
        if (couldBePerson(m, context) && nameTokens(name.text).length > 0) people.push(m);
      }
    }
    // A name met once is the suspect; the fullest form of each name stands for it, whichever
    // paragraph comes first. Only names sharing a first letter are compared, and a source with
    // more names than LOOKALIKE_MAX_NAMES (a long compilation, not one story) is not searched.
    if (new Set(people.map((m) => canonicalKey(m.name.text, context.aliases))).size > LOOKALIKE_MAX_NAMES) continue;
    const clusters = cluster(people, context).map((c) => ({ mentions: c, rep: fullest(c), surname: nameTokens(fullest(c).name.text).at(-1) ?? '' }));
    for (let x = 0; x < clusters.length; x++) {
      for (let y = x + 1; y < clusters.length; y++) {
        const { mentions: cx, rep: a, surname: sa } = clusters[x] as (typeof clusters)[number];
        const { mentions: cy, rep: b, surname: sb } = clusters[y] as (typeof clusters)[number];
        if (!(lookalikeSurnames(sa, sb) && !twoGivenNames(a, b)) && !lookalikeGivenNames(a, b)) continue;
        if (Math.min(cx.length, cy.length) > 1 || !clearlyPerson(cx, context) || !clearlyPerson(cy, context)) continue;
        const together = cx.some((m) => cy.some((n) => n.sentence === m.sentence));
        if (together) continue;
        const f = selfContradiction(a, b, 'entity/self-lookalike-name', 0.6, context);
        findings.push({ ...f, severity: 'medium' });
      }
    }
  }
  return findings;
}

/** Given names at least this alike (Jaro–Winkler) may be one name misspelt ("Davide" / "Daniele"). */
const LOOKALIKE_GIVEN = 0.7;

/**
 * One surname with two look-alike given names in one source ("Conor Fallon" … "Colm Fallon",
 * "Kirsty Attard" … "Kristy Attard"): a slip more often than two relatives, whose names a story
 * tells apart. Not spelling variants of one name ("Dmitry" / "Dmitriy").
 */
function lookalikeGivenNames(a: Mention, b: Mention): boolean {
  const ta = personTokens(a.name.text);
  const tb = personTokens(b.name.text);
  if (ta.length < 2 || ta.length !== tb.length || ta.slice(1).join(' ') !== tb.slice(1).join(' ')) return false;
  const ga = ta[0] as string;
  const gb = tb[0] as string;
  return ga !== gb && ga.length > 2 && gb.length > 2 && ga[0] === gb[0] && JaroWinklerDistance(ga, gb) >= LOOKALIKE_GIVEN && !sameEntity(a.name.text, b.name.text);
}

/** Distinct full names compared per given name at most: bounded work on a long compilation. */
const ACROSS_NAMES_PER_GIVEN = 32;

/**
 * One person named two ways across sources, wherever the sentences stand: "Laurent Morel" in
 * the wire and the regional paper, "Laurent Moreau" in the broadcast, in sentences that align
 * with nothing. The same given name with look-alike surnames (not spelling variants), and no
 * source naming both (two people who share a given name would both be named somewhere).
 */
function lookalikeAcross(context: DetectionContext): Finding[] {
  // Full names (two words or more) by their canonical key: the sources naming each, and a first mention per source.
  const named = new Map<string, { tokens: string[]; bySource: Map<string, Mention> }>();
  for (const source of context.sources) {
    for (const sentence of source.sentences) {
      for (const name of sentence.names) {
        const tokens = personTokens(name.text);
        const m = { sentence, name };
        if (tokens.length < 2 || !couldBePerson(m, context)) continue;
        const key = canonicalKey(name.text, context.aliases);
        const entry = named.get(key) ?? { tokens, bySource: new Map<string, Mention>() };
        if (!entry.bySource.has(source.id)) entry.bySource.set(source.id, m);
        named.set(key, entry);
      }
    }
  }
  const byGiven = new Map<string, string[]>();
  for (const [key, { tokens }] of named) {
    const list = byGiven.get(tokens[0] as string);
    if (list) list.push(key);
    else byGiven.set(tokens[0] as string, [key]);
  }
  const findings: Finding[] = [];
  for (const keys of byGiven.values()) {
    const list = [...keys].sort().slice(0, ACROSS_NAMES_PER_GIVEN);
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = named.get(list[x] as string);
        const b = named.get(list[y] as string);
        if (!a || !b) continue;
        const sa = a.tokens.at(-1) ?? '';
        const sb = b.tokens.at(-1) ?? '';
        if (!lookalikeSurnames(sa, sb) || romanisedVowel(sa, sb)) continue;
        const ma = [...a.bySource.values()][0] as Mention;
        const mb = [...b.bySource.values()][0] as Mention;
        if (sameEntity(ma.name.text, mb.name.text, context.aliases)) continue;
        // A source naming both is two people.
        if ([...a.bySource.keys()].some((id) => b.bySource.has(id))) continue;
        // Each name as the first source in content order gives it (input order changes nothing).
        const pair = [ma, mb];
        findings.push({
          kind: 'entity',
          rule: 'entity/lookalike-person',
          severity: 'medium',
          confidence: 0.55,
          group: sharedGroupId(pair.map((m) => m.sentence), context),
          ...claimsOf(pair, context),
        });
      }
    }
  }
  return findings;
}

function fullest(mentions: readonly Mention[]): Mention {
  return [...mentions].sort((p, q) => q.name.text.length - p.name.text.length || (p.name.text < q.name.text ? -1 : p.name.text > q.name.text ? 1 : 0))[0] as Mention;
}

/**
 * Every mention could be a person, and one is shown to be (a role, an honorific, speech). A
 * name of two words is no proof: "Planetary Science", "Rada Miasta Krakowa" are bodies.
 */
function clearlyPerson(mentions: readonly Mention[], context: DetectionContext): boolean {
  return mentions.every((m) => couldBePerson(m, context)) && mentions.some((m) => mentionType(m, context) === 'person');
}

export const entityDetector: Detector = {
  kind: 'entity',
  description: 'the same slot filled by different people, places or organisations (and a source naming it two ways)',
  detect(context) {
    return dedupe([...slotFindings(context), ...groupFindings(context), ...lookalikeNames(context), ...lookalikeAcross(context), ...factFindings(context, ['born-place'], 'entity')]);
  },
  describe: describeEntity,
};
