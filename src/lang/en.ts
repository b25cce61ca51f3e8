/** The English pack: every word the clause model needs to read English prose. */
import { METRIC_ACRONYMS, NOT_NAMES } from '../claims/lexicon.js';
import { enFigures } from './en-figures.js';
import { englishForms } from './inflect-en.js';
import { formsOf, type LanguagePack } from './pack.js';

const IRREGULAR: Record<string, string[]> = { forecast: ['forecast', 'forecasted'], say: ['said'], set: ['set'], seek: ['sought'], mean: ['meant'] };
const forms = (lemma: string) => englishForms(lemma, IRREGULAR[lemma]);

export const en: LanguagePack = {
  lang: 'en',
  negators: new Set(['not', 'never', 'no', 'cannot', 'neither', 'nor']),
  weakNegators: { words: new Set(), needs: new Set(), unlessNext: new Set() },
  notNegating: new Set(['less', 'fewer', 'more', 'only', 'just', 'least', 'far']),
  denials: new Set([...formsOf(['deny', 'dispute', 'refute', 'reject', 'dismiss', 'contest'], forms), 'denial', 'denials']),
  reporting: formsOf(['say', 'announce', 'report', 'state', 'confirm', 'disclose', 'add', 'note', 'explain', 'publish'], forms),
  assertions: new Set(['true', 'false', 'untrue', 'clear', 'certain', 'likely', 'unlikely', 'possible', 'evidence', 'proof', 'sure']),
  plans: new Set([
    ...formsOf(['plan', 'aim', 'target', 'expect', 'forecast', 'project', 'anticipate', 'hope', 'intend', 'seek', 'envisage', 'envision', 'budget', 'eye'], forms),
    'targeted', 'targeting', 'goal', 'goals', 'guidance', 'outlook', 'ambition', 'ambitions', 'projection', 'projections', 'objective', 'objectives', 'target', 'targets',
  ]),
  plansBeforeVerb: new Set(['want', 'wants', 'wanted', 'set', 'poised', 'due', 'going', 'track', 'likely', 'unlikely', 'bound', 'could', 'should', 'must']),
  future: new Set(['will', "'ll", 'shall', 'wo']),
  conditional: new Set(['would', 'could', 'might', 'may', 'should']),
  hearsay: new Set(['reportedly', 'allegedly', 'rumoured', 'rumored', 'rumour', 'rumours', 'rumor', 'rumors', 'supposedly', 'purportedly']),
  attributions: [['according', 'to'], ['as', 'reported', 'by'], ['citing']],
  hearsaySources: new Set(['sources', 'source', 'people', 'person', 'familiar', 'press', 'media', 'reports', 'rumours', 'rumors', 'analysts', 'estimates', 'insiders', 'observers']),
  conditions: new Set(['if', 'unless', 'whether']),
  comparisons: [['compared', 'with'], ['compared', 'to'], ['up', 'from'], ['down', 'from'], ['against'], ['versus'], ['vs'], ['unlike'], ['whereas'], ['while'],
    ['in', 'contrast', 'to'], ['as', 'against'], ['rather', 'than'], ['like']],
  comparisonsBeforeFigure: [['from'], ['after'], ['not'], ['instead', 'of']],
  yearsEarlier: [['earlier'], ['before'], ['prior'], ['ago']],
  yearEarlier: [['the', 'previous', 'year'], ['the', 'prior', 'year'], ['the', 'year', 'before'], ['a', 'year', 'earlier'], ['a', 'year', 'ago'], ['the', 'prior-year', 'period'], ['the', 'year-earlier', 'period']],
  relatives: new Set(['which', 'who', 'whose', 'whom', 'where']),
  complementizers: new Set(['that']),
  coordinators: [['and'], ['but'], ['or'], ['yet'], ['then']],
  asideOpeners: new Set(['founded', 'created', 'established', 'led', 'run', 'headed', 'based', 'headquartered', 'owned', 'backed', 'acquired', 'bought', 'launched',
    'known', 'chaired', 'controlled', 'co-founded', 'cofounded', 'incorporated', 'listed', 'valued', 'spun']),
  ownerPrepositions: new Set(['of', 'at', 'for', "'s"]),
  otherPrepositions: new Set(['by', 'with', 'to', 'in', 'on', 'from', 'unlike', 'than', 'against', 'like', 'into', 'over', 'after', 'before', 'since', 'about', 'as']),
  parts: new Set(['subsidiary', 'subsidiaries', 'unit', 'units', 'division', 'divisions', 'arm', 'branch', 'affiliate', 'spin-off', 'segment', 'segments']),
  others: new Set(['rival', 'rivals', 'competitor', 'competitors', 'peer', 'peers', 'supplier', 'suppliers', 'partner', 'partners', 'acquirer', 'shareholder']),
  combined: new Set(['combined', 'merged', 'enlarged', 'resulting', 'future']),
  combinedNouns: new Set(['entity', 'venture', 'business']),
  newWords: new Set(['new']),
  subOrganisations: new Set(['institute', 'foundation', 'university', 'school', 'museum', 'prize', 'award', 'stadium', 'arena', 'center', 'centre', 'lab', 'labs', 'laboratory', 'academy', 'trust', 'fund', 'research', 'campus']),
  referenceNouns: new Set(['company', 'firm', 'group', 'startup', 'start-up', 'maker', 'manufacturer', 'retailer', 'unicorn', 'fintech', 'giant', 'pioneer']),
  referenceDeterminers: new Set(['the', 'this']),
  pronouns: new Set(['it', 'they']),
  classNouns: new Set(['companies', 'firms', 'businesses', 'enterprises', 'startups', 'start-ups', 'smes', 'employers', 'corporations', 'groups', 'unicorns',
    'fintechs', 'makers', 'manufacturers', 'retailers']),
  classDeterminers: new Set(['the', 'these', 'those', 'most', 'many', 'all', 'some', 'such', 'several', 'other', 'few', 'both', 'two', 'three']),
  // "A company spokesperson said": in English a noun may follow "a company", so only words that mean any company open a generic phrase.
  indefinites: new Set(['every', 'each', 'any']),
  // "they" may stand for one company in British usage.
  readerPossessives: new Set(['your']),
  pluralPronouns: new Set(),
  former: new Set(['former', 'ex', 'previous', 'future', 'next', 'incoming', 'outgoing', 'removed', 'ousted', 'fired', 'dismissed', 'replaced', 'replaces',
    'succeeded', 'succeeds']),
  departures: new Set(['quits', 'quit', 'resigns', 'resigned', 'leaves', 'left', 'leaving', 'retires', 'retired', 'retiring', 'steps', 'stepped', 'stepping',
    'ousted', 'fired', 'dismissed', 'sacked', 'departs', 'departed', 'departing']),
  sites: { prepositions: new Set(['at', 'on']), owners: new Set(['its', 'their']), nouns: new Set(['plant', 'site', 'factory', 'campus', 'office']) },
  partitives: [['including'], ['of', 'which'], ['of', 'whom']],
  changes: new Set(['hired', 'hires', 'hire', 'hiring', 'recruited', 'recruits', 'recruit', 'added', 'adds', 'add', 'cut', 'cuts', 'cutting', 'laid',
    'lay', 'shed', 'sheds', 'increase', 'decrease', 'rise', 'fall', 'growth', 'drop']),
  moves: new Set(['rose', 'grew', 'increased', 'fell', 'decreased', 'jumped', 'dropped', 'gained', 'lost', 'up', 'down', 'rise', 'growth', 'increase', 'decline', 'declined']),
  now: new Set(['now', 'currently', 'today']),
  listJoiners: new Set(['and']),
  placed: new Set(['in', 'across']),
  relocations: { verbs: new Set(['moved', 'moves', 'move', 'moving', 'relocated', 'relocates', 'relocate', 'relocating', 'transferred', 'transfers', 'transfer']), origins: new Set(['from']) },
  otherMetrics: new Set(['recurring', 'underlying', 'subscription', 'subscriptions', 'deferred', 'licence', 'license', 'licensing', 'like-for-like',
    // A line of business or a kind of customer: "services revenue", "cloud revenue", "end-user net revenues", "export sales".
    'product', 'products', 'service', 'services', 'hardware', 'software', 'cloud', 'advertising', 'ad', 'online', 'digital', 'international',
    'domestic', 'export', 'retail', 'wholesale', 'consumer', 'enterprise', 'oem', 'end-user', 'royalty', 'royalties', 'fee', 'fees', 'commission',
    'transaction', 'platform', 'segment']),
  metricHeads: new Set(['cost', 'costs', 'share', 'percentage', 'proportion', 'margin', 'multiple', 'multiples', 'times']),
  figures: enFigures,
  stopWords: new Set([...NOT_NAMES, ...METRIC_ACRONYMS, 'some', 'unlike', 'revenue', 'revenues', 'sales', 'turnover', 'headcount', 'workforce', 'staff', 'if', 'when', 'although', 'despite', 'however',
    'meanwhile', 'today', 'yesterday', 'last', 'founded', 'net', 'total', 'group', 'full-year', 'annual', 'first', 'second', 'third', 'fourth', 'according', 'not', 'no',
    // Words that open a sentence about a metric: "Adjusted operating profit rose...", "Underlying revenue grew...".
    'adjusted', 'underlying', 'operating', 'organic', 'reported', 'gross', 'recurring', 'comparable', 'quarterly', 'half-year', 'orders', 'bookings', 'profit']),
  isVerbAfter: (words, at) => words[at - 1] === 'to' || words[at] === 'to',
};
