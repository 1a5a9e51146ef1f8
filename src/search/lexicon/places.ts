/**
 * Countries with the names news uses for them: demonym, capital (as metonym: "Beijing said"),
 * seat of government. Lets "China" match "Beijing" and "US" match "Washington" or "American".
 * Multi-word names are joined into single tokens by `joinCompounds` in the tokenizer.
 */
/** `country names | demonyms | capital and seats of government` — demonyms are adjectives, not places. */
const PLACES = `
usa america unitedstates | american americans | washington whitehouse
china prc mainland | chinese sino | beijing peking
japan | japanese | tokyo
taiwan roc formosa | taiwanese formosan | taipei
russia | russian russians | moscow kremlin
ukraine | ukrainian ukrainians | kyiv kiev
uk britain unitedkingdom | british | london
france | french | paris
germany | german germans | berlin
italy | italian italians | rome
spain | spanish | madrid
portugal | portuguese | lisbon
eu europeanunion | european | brussels
southkorea korea | korean koreans | seoul
northkorea | | pyongyang
india | indian indians | new_delhi
pakistan | pakistani | islamabad
iran | iranian iranians | tehran
israel | israeli israelis | jerusalem
turkey | turkish | ankara
egypt | egyptian | cairo
saudiarabia | saudi | riyadh
canada | canadian canadians | ottawa
mexico | mexican mexicans | mexico
brazil | brazilian | brasilia
argentina | argentine argentinian | argentina
australia | australian australians | canberra
philippines | philippine filipino | manila
vietnam | vietnamese | hanoi
indonesia | indonesian | jakarta
poland | polish | warsaw
nato | |
un unitednations | |
`;

/** The fifty states of the United States: places wherever they stand ("blocked Idaho from…"), and inside the US. */
const US_STATES = `alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois
  indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana
  nebraska nevada newhampshire newjersey newmexico northcarolina northdakota ohio oklahoma oregon pennsylvania
  rhodeisland southcarolina southdakota tennessee texas utah vermont virginia westvirginia wisconsin wyoming`.split(/\s+/);

/**
 * `region | the listed countries in it`: "which conflict in Europe" is about Ukraine. A region
 * word matches its countries' names (and their peoples and capitals), never the other way round.
 */
const REGIONS = `
europe european | uk france germany italy spain portugal eu ukraine russia poland
easterneurope | ukraine russia poland belarus romania hungary moldova
asia asian orient | china japan taiwan southkorea northkorea india pakistan philippines vietnam indonesia
middleeast mideast | iran israel turkey egypt saudiarabia
northamerica | usa canada mexico
latinamerica southamerica | mexico brazil argentina
island islands | taiwan japan philippines indonesia
`;

/**
 * `country | large cities that are not its capital`: "met in South Korea" is "met in Busan".
 * A country word matches its cities, as a region does its countries.
 */
const CITIES = `
usa | newyork losangeles chicago houston sanfrancisco seattle boston miami atlanta ${US_STATES.join(' ')}
china | shanghai shenzhen guangzhou wuhan chengdu hongkong
japan | osaka kyoto yokohama nagoya hiroshima
southkorea | busan incheon daegu
taiwan | kaohsiung taichung tainan
russia | stpetersburg vladivostok
ukraine | kharkiv odesa odessa lviv dnipro
uk | manchester birmingham edinburgh glasgow
france | marseille lyon nice
germany | munich hamburg frankfurt cologne
italy | milan naples turin
spain | barcelona seville valencia
india | mumbai bangalore kolkata chennai
pakistan | karachi lahore
turkey | istanbul
egypt | alexandria
canada | toronto vancouver montreal
australia | sydney melbourne brisbane perth
brazil | saopaulo riodejaneiro
philippines | cebu davao
vietnam | hochiminhcity
indonesia | surabaya bali
israel | telaviv haifa
saudiarabia | jeddah mecca
`;

/** Multi-word place and institution names that become one token, e.g. `united states` → `unitedstates`. */
export const COMPOUND_NAMES: Record<string, string> = {
  'united states': 'unitedstates',
  'united kingdom': 'unitedkingdom',
  'european union': 'europeanunion',
  'white house': 'whitehouse',
  'south korea': 'southkorea',
  'north korea': 'northkorea',
  'saudi arabia': 'saudiarabia',
  'united nations': 'unitednations',
  'new delhi': 'new_delhi',
  'middle east': 'middleeast',
  'eastern europe': 'easterneurope',
  'north america': 'northamerica',
  'latin america': 'latinamerica',
  'south america': 'southamerica',
  'new york': 'newyork',
  'los angeles': 'losangeles',
  'san francisco': 'sanfrancisco',
  'hong kong': 'hongkong',
  'st petersburg': 'stpetersburg',
  'sao paulo': 'saopaulo',
  'rio de janeiro': 'riodejaneiro',
  'ho chi minh city': 'hochiminhcity',
  'tel aviv': 'telaviv',
  'new hampshire': 'newhampshire',
  'new jersey': 'newjersey',
  'new mexico': 'newmexico',
  'north carolina': 'northcarolina',
  'north dakota': 'northdakota',
  'rhode island': 'rhodeisland',
  'south carolina': 'southcarolina',
  'south dakota': 'southdakota',
  'west virginia': 'westvirginia',
};

const aliases = new Map<string, string[]>();
const places = new Set<string>();
/** Country names only: a capital ("Seoul", "Washington") is a city, which holds no other cities. */
const countryNames = new Set<string>();
for (const line of PLACES.split('\n')) {
  const [countries = [], demonyms = [], capitals = []] = line.split('|').map((part) => part.split(/\s+/).filter(Boolean));
  const names = [...countries, ...demonyms, ...capitals];
  for (const name of names) aliases.set(name, [...new Set(names.filter((n) => n !== name))]);
  for (const name of [...countries, ...capitals]) places.add(name);
  for (const name of countries) countryNames.add(name);
}

for (const state of US_STATES) places.add(state);

const regions = new Map<string, string[]>();
const regionNames = new Set<string>();
for (const line of REGIONS.split('\n')) {
  const [names = [], countries = []] = line.split('|').map((part) => part.split(/\s+/).filter(Boolean));
  for (const name of names) regionNames.add(name);
  const members = countries.flatMap((country) => [country, ...(aliases.get(country) ?? [])]);
  for (const name of names) regions.set(name, members);
}

for (const line of CITIES.split('\n')) {
  const [countries = [], cities = []] = line.split('|').map((part) => part.split(/\s+/).filter(Boolean));
  for (const country of countries) {
    // (The country and its people — "a Korean port city" — not its capital, which holds no other cities.)
    for (const name of [country, ...(aliases.get(country) ?? [])].filter((n) => countryNames.has(n) || !places.has(n))) {
      regions.set(name, [...(regions.get(name) ?? []), ...cities]);
    }
  }
}

/** The names of the listed countries in a region, with their peoples and capitals (`europe` → `ukraine`, `kyiv`…), or the large cities of a country (`southkorea` → `busan`), or []. */
export function regionMembers(word: string): string[] {
  return regions.get(word) ?? [];
}

/** Other names for the same country (`china` → `chinese`, `beijing`), or []. */
export function placeAliases(word: string): string[] {
  return aliases.get(word) ?? [];
}

/** Seats of government named as their country ("the White House said"), which are an office, not the whole country. */
const SEATS_OF_GOVERNMENT = new Set(['whitehouse', 'kremlin']);

/** True for an office that stands for its country: the White House, the Kremlin. */
export function isSeatOfGovernment(word: string): boolean {
  return SEATS_OF_GOVERNMENT.has(word);
}

/** True for a country or a region ("China", "southkorea", "asia"), which is no city: not for a capital. */
export function isCountryOrRegion(word: string): boolean {
  return countryNames.has(word) || regionNames.has(word);
}

/** True for a country or capital of the list (not for a demonym such as "Chinese"). */
export function isKnownPlace(word: string): boolean {
  return places.has(word);
}

/** True for a country, a capital, or a people's name (`chinese`): a place of its own, never part of another name. */
export function namesAPlace(word: string): boolean {
  return places.has(word) || aliases.has(word);
}
