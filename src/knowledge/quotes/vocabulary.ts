/**
 * General English word classes the attribution rules lean on. None of these lists name a
 * particular person, article or sentence: they describe how news prose is built
 * (determiners, prepositions, titles, the nouns that head an organisation's name…).
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Words that open a noun phrase; a phrase read backwards stops before them. */
export const DETERMINERS = set(`
  the a an this that these those some several many few most all both each every any no
  other another such his her its their our my your one two three four five six seven eight nine ten
  dozens hundreds thousands`);

export const PREPOSITIONS = set(`
  of at in on for from to with by about after before since during under over between among
  against through into onto across near around without within amid despite toward towards
  upon via per than like`);

export const CONJUNCTIONS = set(`and or but nor yet so while whereas although though because if unless when as`);

export const SUBJECT_PRONOUNS = set(`he she they it we i you`);
export const OBJECT_PRONOUNS = set(`him her them it us me you`);
export const RELATIVE_PRONOUNS = set(`who which that whom`);

/** Auxiliaries and adverbs that may sit between a subject and its verb: `Xi has also said`. */
export const VERB_ADVERBS = set(`
  has have had was were is are be been also later again then previously repeatedly once
  still already never not just further separately publicly privately reportedly initially
  earlier recently first finally sharply quickly flatly bluntly openly`);

/** Modals: `would say`, `could warn` report no speech that happened. */
export const MODALS = set(`would will could should may might must can shall cannot`);

export const BE_FORMS = set(`is are was were be been being am`);

export const WEEKDAYS = set(`monday tuesday wednesday thursday friday saturday sunday`);
export const MONTHS = set(`
  january february march april may june july august september october november december
  jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.`);
/** Time words that can follow a speech verb without being what was said: `said Tuesday`, `said this month`. */
export const TIME_WORDS = set(`
  today yesterday tonight tomorrow morning afternoon evening night week weekend month year
  earlier later recently last next this`);

/**
 * Capitalised words that are titles: everything up to the last of them in a run of
 * capitalised words is the role (`Ohio Lt. Gov.`), the rest is the name (`Ellen Marsh`).
 */
export const TITLE_WORDS = set(`
  president vice governor gov. lt. lieutenant senator sen. representative rep. congressman
  congresswoman mayor minister prime premier chancellor secretary leader speaker director chief
  chairman chairwoman chair chairperson commissioner ambassador envoy judge justice general gen.
  colonel col. major maj. captain capt. sergeant sgt. admiral adm. officer detective det. sheriff
  superintendent supt. principal professor prof. dr. mr. mrs. ms. miss mx. sir dame lord king queen
  prince princess pope cardinal bishop rabbi imam rev. reverend attorney councilman councilwoman
  councillor councilor alderman treasurer comptroller auditor inspector spokesperson spokesman
  spokeswoman ceo cfo coo cto founder coach minority majority whip deputy assistant acting
  executive manager head president-elect chief-of-staff editor correspondent analyst economist
  democrat republican democratic conservative labour liberal socialist independent incumbent
  clerk commodore commander cmdr. brigadier corporal cpl. marshal constable trooper`);

/** Lowercase nouns naming a role; the words before them up to a determiner are the role too. */
export const ROLE_NOUNS = set(`
  president governor senator mayor minister secretary leader director chief chairman chairwoman
  chair commissioner ambassador envoy judge general officer detective sheriff superintendent
  principal professor attorney councilman councilwoman councillor councilor member treasurer
  inspector spokesperson spokesman spokeswoman executive founder co-founder owner coach manager
  head editor correspondent analyst economist strategist researcher scientist teacher lawyer
  adviser advisor aide official diplomat negotiator representative lawmaker legislator candidate
  nominee deputy assistant organizer organiser activist campaigner resident student worker nurse
  doctor farmer engineer historian expert partner chairperson vice-president president-elect
  pastor priest rabbi imam principal librarian volunteer parent employee prosecutor
  investor physician surgeon epidemiologist clerk auditor assessor coroner trustee steward pilot
  mechanic driver owner captain chef economist consultant`);

/**
 * Lowercase nouns that can head a speaking subject without a name: `Chinese officials said`,
 * `the union called it`, `legislative aides`. Kinds: `org` (a body), `group` (several people),
 * `person` (one unnamed person).
 */
export const SPEAKER_NOUNS: ReadonlyMap<string, 'org' | 'group' | 'person'> = new Map([
  ...[...set(`ministry government union company administration council committee department agency
    association coalition federation alliance league party campaign organization organisation
    commission board court police military army navy embassy office bureau cabinet parliament
    congress senate assembly legislature firm carmaker automaker bank group authority authorities
    regulator utility district university school hospital newspaper network team club foundation
    institute charity operator carrier airline retailer manufacturer maker insurer lender developer
    publisher broadcaster startup provider supplier chamber clinic campaign`)].map((w) => [w, 'org'] as const),
  ...[...set(`officials aides residents analysts lawmakers legislators experts critics officers
    investigators regulators researchers scientists economists workers employees parents students
    teachers voters protesters demonstrators witnesses neighbors neighbours members executives
    leaders people activists supporters opponents diplomats sources organizers organisers
    advocates families farmers doctors nurses owners shoppers customers passengers fans observers
    historians engineers locals villagers survivors victims tenants landlords unions prosecutors
    jurors plaintiffs defendants investors consumers women men commuters pensioners retirees
    motorists visitors tourists`)].map(
    (w) => [w, 'group'] as const,
  ),
  ...[...set(`official spokesperson spokesman spokeswoman aide source analyst resident expert
    diplomat executive lawyer attorney witness neighbor neighbour teacher officer prosecutor employee
    worker woman man mother father wife husband daughter son grandmother grandfather passenger
    commuter shopper customer fan voter tenant pensioner retiree bystander motorist visitor`)].map(
    (w) => [w, 'person'] as const,
  ),
]);

/** A capitalised word among these makes a name an organisation: `Farmers' Union`, `Northwind Motors`. */
export const ORGANIZATION_WORDS = set(`
  ministry department agency office bureau commission committee council board authority
  administration service services police army navy force forces court senate house congress
  parliament assembly legislature government party union association federation coalition
  alliance league foundation institute university college school academy society club center
  centre fund trust organization organisation workers church hospital library museum reserve
  exchange bank group holdings inc inc. corp corp. corporation co co. company companies llc ltd
  ltd. plc partners capital technologies technology systems labs laboratories media news times
  post journal press network networks foods energy pharmaceuticals industries enterprises
  communications securities motors airlines airways railways railroad insurance brands studios
  ventures caucus cabinet commission directorate secretariat embassy consulate unit guard
  command tribunal team inc. agency biotech pharma therapeutics pharmaceutical software solutions
  robotics semiconductor semiconductors united fc cf athletic rovers wanderers
  courier herald tribune gazette chronicle telegraph examiner inquirer sentinel dispatch
  chamber chambers clinic clinics program programme campaign movement initiative observatory
  laboratory lab trustees commissioners authorities councils boards departments agencies
  devices electronics markets supermarkets stores retail logistics shipping lines
  mining metals steel oil gas utilities resources biologics aviation aerospace automotive
  entertainment telecom wireless realty properties developments construction`);

/** A capitalised word among these makes a name a place: `Central Valley`, `Taiwan Strait`. */
export const PLACE_WORDS = set(`
  valley river street avenue road boulevard county city state province district island islands
  bay lake mountains mountain park square strait sea ocean coast gulf peninsula region heights
  village town borough township harbor harbour canyon desert plain plains republic kingdom
  emirates`);

/** Words that join capitalised words inside one name: `Ministry of Foreign Affairs`. */
export const NAME_CONNECTORS = set(`of for and de du da van von der den al bin la le y`);

/** Words that introduce a name rather than speech: `known as "Project Kestrel"`. */
export const NAMING_CUES = set(`known titled entitled named dubbed nicknamed so-called labelled labeled branded billed called`);
