/**
 * A small, hand-kept list of words that news writing uses interchangeably. General news usage
 * only: nothing here is keyed to a particular article or question. Each group is a set of
 * normalised words; a word may sit in several groups. WordNet covers general English; this list
 * covers journalistic habits WordNet misses (`ties` ~ `relations`, `walkout` ~ `strike`).
 */
import { baseForms } from './wordnet.ts';

const GROUPS = `
weapons arms weaponry munitions armaments
deal agreement accord pact package sale
sell sells selling sold > sale sales package
relations ties tie relationship
protest protested protests object objected objection objections oppose opposed opposition condemn condemned condemnation condemnations denounce denounced denunciation denunciations criticize criticise criticized criticised deplore deplored decry decried rebuke rebuked censure censured slam slammed lambast lambaste lambasted chastise chastised
buy bought purchase purchasing acquire procure procured procuring
cut reduce lower slash trim decrease lessen drop
eliminate cut axe scrap slash
drop fall fell fallen decline slide plunge tumble sink dip slump decrease
fall falls fell fallen falling > reduce reduces reduced cut cuts lower lowers lowered
rise rises rose risen rising > raise raises raised hike hikes hiked boost boosts boosted
rise climb jump surge soar increase grow
raise increase boost hike
increase increases increased increasing > expand expands expanded expanding
call conversation talk talks speak spoke phone telephone discuss discussed discussion dialogue chat chats chatted converse conversed conversing
ring rang rung ringing > call called calling phone phoned telephone telephoned
spokesman spokeswoman spokesperson
mouthpiece > spokesperson spokesman spokeswoman
call > exchange
conversation > exchange
phone > exchange
meet meeting summit talks met
pair duo > two
side sides > country countries nation nations
capitals > sides countries nations governments
forward advance advances advancing > progress
displeasure dissatisfaction discontent unhappiness disapproval disapprove disapproved disapproves > protest protested oppose opposes opposition deplore deplores objection
honor honors honored honoring honour honours honoured honouring > respect respected respecting
arrangement arrangements > settlement order
framework frameworks > order system arrangement
leader president premier chancellor head
leaders > government governments authorities
sanctions > penalties penalty restrictions embargo embargoes
leader > minister chairman chairwoman
premier premiers > prime minister ministers
boss > leader president premier chancellor minister
leadership > leader leaders president premier chancellor minister
boss chief executive ceo head
run > executive ceo president chairman chairwoman head leader director minister premier
lead > executive ceo president chairman chairwoman head leader director
discuss discussed discussing discussion talk touched cover covered address addressed
company firm corporation business
official officials authorities government administration
official > spokesperson spokesman spokeswoman formal formally
body agency authority ministry department organization organisation institution entity
diplomat diplomats diplomatic > ministry ministries
effort efforts initiative initiatives bid push drive attempt
proposal proposals plan plans initiative initiatives
peace ceasefire truce armistice settlement
fight fought fighting battle battled battling
hit hits hitting > attack attacks attacked strike strikes struck
resolve resolved resolving settle settled settling solve solved solving
end > resolve resolved resolving settle settled settlement
detailed thorough comprehensive complete exhaustive
fullest > detailed thorough comprehensive complete
granular > detailed thorough fullest
fix > resolve resolved resolving settle settled solve solved repair repaired
mess > crisis conflict turmoil chaos
die died death deaths dead killed fatalities
lose loses lost losing > loss losses
stock stocks shares
money funds funding cash dollars
cost costs price prices expense charge charges fee fees
match game
begin start started commence launch
start > resume resumed resumes restart restarted
begin > resume resumed resumes restart restarted
country nation
ally allies partner partners alliance alliances partnership partnerships
closeness > ally allies partner partners alliance alliances partnership partnerships
tie ties > ally allies partner partners alliance alliances partnership partnerships
matter matters mattered > important importance weight significant significance
significance significant importance > weight
friend > ally allies partner partners
law bill legislation
lawmakers legislators legislature parliament congress
soldiers troops forces
send sent sending dispatch dispatched deploy deployed deploying
military army armed defense defence
approve approved approval authorize authorise authorization authorisation clear cleared greenlit greenlighted
reject rejected refuse refused deny denied dismiss dismissed
warn warned caution cautioned
push > urge urged urges urging encourage encouraged encourages encouraging press pressed presses pressing
welcome welcomed praise praised hail hailed
population residents inhabitants people citizens souls
child children kids pupils students
doctor physician
vaccine vaccines vaccination vaccinated shot shots jab jabs dose doses immunization
sick ill infected
hospital hospitalized hospitalised admitted
strike walkout stoppage
worker workers employee employees staff workforce
work works worked working > employ employs employed employing
pay wage wages salary salaries
war conflict fighting invasion
brawl brawls scrap scraps punch-up > fight conflict war
materiel hardware > weapons arms equipment
natter natters nattered nattering yak yakked yakking chinwag gab gabbed > call conversation talk talks chat discuss
stoush stoushes barney > fight conflict war dispute
flog flogs flogged flogging > sell sale sales
yank yanks > american americans
skipper skippers > captain leader
huddle huddles huddled > meeting meet call talks
rivalry rivalries > relations ties relationship
car cars vehicle vehicles
plane planes aircraft airplane airplanes jet jets flight
plant factory facility
job jobs positions
end ended finish finished conclude concluded
fix repair
tackle tackles tackled tackling handle handles handled handling > resolve resolved resolving settle settled solve solved
governor gov
senator sen
representative rep
lieutenant lt
attorney atty
respond responded response react reacted reaction reply replied
information info details detail specifics particulars
give provide offer supply
share > provide disclose reveal give offer
reveal > provide disclose share release give announce announced announces
disclose > provide reveal share release give announce announced announces
divulge divulges divulged divulging > provide disclose reveal share release give
want wants wanted urge urged urging encourage encouraged seek seeks seeking sought demand demanded ask asking press pressed pressing
try tries tried trying attempt attempts attempted attempting > seek seeks seeking sought
trigger triggers triggered triggering spark sparks sparked sparking provoke provokes provoked provoking prompt prompts prompted prompting
action actions intervention > response
ask asked request requested
petition signatures
counter counters countered rebut rebuts rebutted reject rejects rejected
politician > minister premier president lawmaker senator
politicians > ministers lawmakers senators
contain contains include includes included including comprise comprises
encompass encompasses encompassed encompassing > include includes included including contain contains
sole only exclusive
uneasy unsettled worried concerned anxious nervous upset troubled jittery jumpy edgy
backdrop backdrops > amid
bother bothers bothered bothering > uneasy unsettled worried concerned concern anxious upset troubled
rattle rattles rattled rattling unnerve unnerves unnerved unnerving spook spooks spooked spooking > uneasy unsettled worried concerned concern anxious upset troubled
avoid > declining declined decline refusing refused refuse
avoided > declining declined decline refusing refused refuse
spending budget budgets expenditure expenditures
direction trajectory path trend course
additional further extra more
extra additional > add adds added adding
decide decides decided determine determines determined
choose > decide decides decided determine determines determined
deteriorate deteriorated deteriorating worsen worsened worsening sour soured souring
fall decline sink slide slip slips slipped slipping > deteriorate deteriorated deteriorating worsen worsened worsening sour soured
disagree disagrees disagreed dispute disputes disputed reject rejects rejected contest contests challenge challenges
learn learned learnt informed notified notification
notice > notification notified informed
contents > include includes included including contain contains contained
part > include includes included including
bundle bundled bundles bundling > include includes included including package packages
equipment hardware gear components
readout account summary version description rundown play-by-play recap
reunification reunify reunified reunite reunited > return returned returning
trade > tariff tariffs export exports import imports purchase purchases purchasing
own > sovereignty
tax > tariff tariffs duties levies
levy > tariff tariffs duty duties
spend > budget spending
crop > soybeans soybean corn maize wheat rice sorghum cotton barley
crops > soybeans soybean corn maize wheat rice sorghum cotton barley
farm > soybeans soybean corn maize wheat rice sorghum cotton barley pork beef
agricultural > soybeans soybean corn maize wheat rice sorghum cotton barley pork beef
confirm confirmed confirms confirmation acknowledge acknowledged acknowledges acknowledgement acknowledgment
corroborate > confirm confirmed confirms
corroborated > confirm confirmed confirms
verify > confirm confirmed confirms
verified > confirm confirmed confirms
cite cites cited citing > say says said saying assert asserts asserted asserting state states stated stating mention mentions mentioned mentioning
assertion > claim claims
accuse accuses accused accusing > say says said saying charge charged
breach breaches breached breaching > violate violates violated violating
assertions > claim claims
version versions > claim claims
argument arguments contention contentions > claim claims view views
interpretation interpretations > claim claims view views
nudge nudges nudged nudging > encourage encourages encouraged encouraging urge urges urged urging
line > position stance view
side > ally allies partner partners
parties > sides
party > side
bilateral > relations relationship ties talks
consultation > call conversation talk talks meeting
reversion > return returned
resolution > settlement solution
revert > return returned
fiscal > budget budgets spending
diplomatic > foreign
belong > sovereignty
detailed thorough comprehensive extensive fullest
stance position positions stand attitude
required require requires oblige obliged obliges obligate obligated obligates mandate mandated compel compelled bound
law > legal legally
statute statutes > law laws legal legally
territory territorial > sovereignty sovereign
comment comments commented commenting > said say says confirmed statement statements
sell sells sold selling > sale sales
fate > future
telephonic > phone telephone call
publish > release released releases
sovereign > sovereignty
region regional > asia europe africa middleeast
together > jointly shoulder
alliance alliances partnership partnerships comradeship solidarity cooperation collaboration > shoulder
struggle struggles struggled struggling > fight fought fighting battle battled
win wins triumph triumphs > victory victories
governments > sides countries nations
transfer > sale package
importing > purchasing buying
legacy > outcome outcomes result results victory historical history
doctrine > principle policy
soy > soybeans soybean
protect > safeguard safeguarding defend
safeguard safeguards safeguarded safeguarding > protect protects protected protecting preserve defend
guard > safeguard safeguarding protect defend
defend > protect
preserve > protect safeguard
vouch > confirm confirmed
break > violate violated violates violating breach breached
broke > violate violated violates violating breach breached
broken > violate violated violates violating breach breached
rule > principle principles
rules > principle principles
color > details detail specifics
colour > details detail specifics
content > details detail specifics
substance > details detail specifics
substantive > details detail specifics detailed
sovereignty > claim claims
beyond > additional further
bad worse worst > low lowest deteriorated deteriorating strained soured
particulars > details detail specifics
vibe > relationship relations ties mood tone
vibes > relationship relations ties mood tone
mood moods atmosphere > relationship relations ties
float > suggest suggested propose proposed
destiny > future fate
confer > call conversation talk talks spoke speak discuss discussed
canvass > discuss discussed touched covered
flashpoint > pressure point
commodity > soybeans soybean corn wheat oil
commodities > soybeans soybean corn wheat oil
recommence > resume resumed resumes restart restarted
furnish > provide provided release released give gave
organ > ministry department agency body
office > ministry department agency bureau
reunification > return returned
statutory > legally legal law required
hostilities > conflict war fighting
center > forefront
centre > forefront
spotlight > forefront
headlines headline limelight > forefront spotlight
convene > met meet meeting held hold summit
reiterate reiterated reiterates reiterating reaffirm reaffirmed reaffirms reaffirming restate restated restates
deal > settlement
agreement > settlement
vague > specifics ambiguity ambiguous unclear
unclear > specifics ambiguity ambiguous vague
angry angered anger mad furious outraged irate incensed riled
cross annoyed irritated miffed peeved > angry uneasy upset
fuming fumes fumed seething livid > angry uneasy upset protest protested denounce denounced
trample tramples trampled trampling flout flouts flouted flouting > violate violates violated violating
sign-off signoff > approval approve approved authorization authorisation
angry > uneasy upset denounce denounced protest protested condemn condemned deplore deplores
anger > uneasy upset denounce denounced protest protested condemn condemned deplore deplores
mad > uneasy upset denounce denounced protest protested condemn condemned deplore deplores
furious > uneasy upset denounce denounced protest protested condemn condemned deplore deplores
rile > uneasy upset denounce denounced protest protested condemn condemned deplore deplores
complaint complaints grievance grievances gripe gripes > protest protested protests objection objections object objected oppose opposes opposed deplore deplores denounce denounced condemn condemned
feud feuds feuding feuded beef beefing beefed squabble squabbling > dispute disputes tension tensions uneasy denounce denounced protest protested
upset > denounce denounced protest protested condemn condemned deplore deplores oppose opposes opposed
unhappy > uneasy upset denounce denounced protest protested condemn condemned deplore deplores oppose opposes opposed
blast blasted blasts blasting bash bashed bashing pan panned ripped > protest protested condemn condemned denounce denounced criticize criticized deplore deplores oppose opposes opposed
okayed okays > approve approved approval authorize authorization
commit committing > send sent deploy deployed dispatch
displeased annoyed irritated irked miffed peeved vexed > uneasy upset denounce denounced protest protested condemn condemned deplore deplores oppose opposes opposed
previous > followed follows preceded
january jan
february feb
august aug
september sept sep
october oct
november nov
december dec
autumn > september october november sept oct nov
summer > june july august jun jul aug
winter > december january february dec jan feb
approach > strategy stance position policy
prior > followed follows preceded
receipt > received receive receives receiving
cop cops copper coppers > police officer officers policeman policemen
dosh quid bucks > money
punter punters > customers visitors spectators fans
gaffer > manager boss
folk folks > people residents
bloke blokes guy guys > man men
mob > crowd crowds
mum mums > mother mothers
lad lads > boys sons
kip kipping kipped > sleep slept sleeping stay stayed staying shelter sheltered
meds > medicines medications medication drugs
keeper > goalkeeper
holidaymaker holidaymakers > tourists tourism tourist
`;

const index = new Map<string, Set<string>>();
/** For a one-way group, the broader word's narrower words ("crop" → soybeans, corn…). */
const narrower = new Map<string, Set<string>>();
for (const line of GROUPS.split('\n')) {
  // "a > b c": a one-way group — a broader word ("leader") matches narrower ones ("prime minister"),
  // which do not match each other (a prime minister is no chief executive). Several words before
  // the ">" each match the words after it ("fall decline > deteriorate").
  const [from, to] = line.includes('>') ? line.split('>') : [line, undefined];
  if (to !== undefined) {
    for (const word of from!.split(/\s+/).filter(Boolean)) {
      const set = index.get(word) ?? new Set<string>();
      const kinds = narrower.get(word) ?? new Set<string>();
      for (const other of to.split(/\s+/).filter(Boolean)) {
        set.add(other);
        kinds.add(other);
      }
      index.set(word, set);
      narrower.set(word, kinds);
    }
    continue;
  }
  const words = line.split(/\s+/).filter(Boolean);
  for (const word of words) {
    const set = index.get(word) ?? new Set<string>();
    for (const other of words) if (other !== word) set.add(other);
    index.set(word, set);
  }
}

/**
 * Words of the groups above meant as nouns only, with their noun forms: "China's stand" is its
 * stance, but "the US and China stood together" holds no stance (though "Beijing's standing" may be
 * its position). "A historic win" is a victory, but "who won" asks for a winner.
 */
const NOUN_SENSE_ONLY = new Map([
  ['stand', ['stands', 'standing']],
  ['tie', ['ties']],
  ['win', ['wins']],
]);

/** Words news writing uses for `word` (normalised form) or its dictionary forms ("buying" → "buy"), excluding the word itself. */
export function newsSynonyms(word: string): string[] {
  const found = new Set(index.get(word) ?? []);
  for (const pos of ['v', 'n'] as const) {
    for (const base of baseForms(word, pos)) {
      if (base !== word && !(NOUN_SENSE_ONLY.get(base)?.includes(word) ?? true)) continue;
      for (const other of index.get(base) ?? []) found.add(other);
    }
  }
  found.delete(word);
  return [...found];
}

/**
 * Opposites WordNet lacks that news uses for disagreement: "does Taiwan agree with Beijing" is
 * answered no by "Taiwan's government rejects Beijing's claim". (Only these: "oppose" is also said
 * of force or of a sale, not of a view — "did Trump agree…" is not answered by "opposes the use of force".)
 */
const OPPOSITES = new Map<string, string[]>([
  ['agree', ['reject', 'rejects', 'rejected', 'rejecting', 'dispute', 'disputes', 'disputed', 'deny', 'denies', 'denied']],
  ['accept', ['reject', 'rejects', 'rejected', 'rejecting', 'dispute', 'disputes', 'disputed', 'deny', 'denies', 'denied']],
]);

/** News words of opposite meaning to `word` (normalised) or its dictionary forms. */
export function newsOpposites(word: string): string[] {
  const bases = new Set([word, ...baseForms(word, 'v')]);
  return [...bases].flatMap((base) => OPPOSITES.get(base) ?? []);
}

/**
 * Whether `specific` is one of the narrower words a one-way group gives `broad` (or its dictionary
 * forms): "soybeans" is a kind of "commodity", so a text that names soybeans says which commodity.
 */
export function namesAKindOf(broad: string, specific: string): boolean {
  // (A thing, not a quality: "law > legally" is a form of the word, no kind of law.)
  if (baseForms(specific, 'n').length === 0 || baseForms(specific, 'a').length > 0 || baseForms(specific, 'r').length > 0) return false;
  return [broad, ...baseForms(broad, 'n')].some((word) => narrower.get(word)?.has(specific) ?? false);
}

/**
 * How news tells a party reacting: it protests, denounces, rejects, confirms, welcomes. Only for "how did X
 * react": X must act in the answer (see answer-span.ts), and these are the acts a reaction is.
 */
export const WAYS_OF_REACTING = [
  'protest', 'protested', 'protests', 'denounce', 'denounced', 'denounces', 'deplore', 'deplored', 'deplores', 'condemn', 'condemned', 'condemns',
  'reject', 'rejected', 'rejects', 'confirm', 'confirmed', 'confirms', 'criticize', 'criticized', 'criticizes', 'criticise', 'criticised', 'welcome', 'welcomed', 'welcomes', 'dismiss', 'dismissed', 'dismisses',
];
