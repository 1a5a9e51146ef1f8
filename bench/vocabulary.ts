/** Word lists for the synthetic news generator: enough variety that the index sees a realistic vocabulary. */
export const FIRST_NAMES = `Ana Tom Maria Jonah Karen Dwayne Ellen Grace Martin Diane Tomas Helen Priya Kevin Angela Aida Emanuel
Paul Linda Rosa Sanae Lin Omar Fatima Lucas Sofia Mateo Ingrid Henrik Yuki Kenji Amara Kwame Nadia Pavel Olga Rahul Meera
Chen Wei Ahmed Leila Diego Camila Noah Emma Liam Olivia Ethan Ava Samuel Chloe Daniel Zoe Hugo Clara Felix Ines Marco Giulia
Arjun Kavya Tariq Salma Jonas Freya Mikael Astrid Kofi Abena Ivan Daria Hassan Mariam Pedro Lucia Andre Beatriz Sven Elin`.split(/\s+/);

export const LAST_NAMES = `Ruiz Hadley Delgado Pierce Okafor Baptiste Jimenez Liu Harris Marsh Oyelaran Feld Castell Reyes Ashby Raman
Doyle Moreno Fernandes Proenca Takaichi Nakamura Haddad Kowalski Novak Petrov Lindqvist Mensah Osei Banerjee Iyer Rossi Bianchi
Moreau Laurent Schmidt Weber Fischer Jansen Visser Silva Costa Santos Ortega Vargas Castillo Herrera Mendoza Kaur Singh Sato
Tanaka Kim Park Nguyen Tran Cohen Levi Abadi Farouk Keller Brandt Olsen Berg Dahl Holm Walsh Byrne Quinn Duffy Ramos Pinto`.split(/\s+/);

export const PLACES = `Port Halden|Carver County|Vale de Serra|Millbrook|Lordstown|Fresno|Sacramento|Merrow Harbor|Eastgate|Riverside
Northfield|Oakdale|Brighton|Kingsport|Ashford|Cedar Falls|Lakeview|Stonebridge|Westbrook|Greenhill|Marlow|Dunmore|Belcourt
Harwick|Southport|Elmstead|Redmond Valley|Clearwater|Pine Ridge|Silver Lake|Fairhaven`.split(/[|\n]/).map((p) => p.trim());

export const COUNTRIES = `Portugal|Japan|Canada|Brazil|Kenya|Norway|India|Mexico|Poland|Vietnam|Chile|Ghana|Turkey|Australia|Egypt`.split('|');

export const ORGANIZATIONS = `city council|state legislature|transit authority|health department|school board|environment agency|
finance ministry|teachers union|farmers union|chamber of commerce|planning commission|water utility|port authority|
housing agency|energy regulator|police department|fire service|hospital network|university senate|workers union`
  .split('|')
  .map((o) => o.trim());

export const TOPICS: { name: string; nouns: string[]; verbs: string[]; adjectives: string[] }[] = [
  {
    name: 'budget',
    nouns: 'budget deficit taxes spending bonds revenue surplus audit pension payroll subsidies grants reserves debt borrowing'.split(' '),
    verbs: 'approved cut raised froze delayed rejected trimmed expanded audited borrowed'.split(' '),
    adjectives: 'annual fiscal emergency supplemental balanced bloated lean'.split(' '),
  },
  {
    name: 'transit',
    nouns: 'buses ferries trains fares routes commuters drivers depot timetable ridership tunnel bridge station platform'.split(' '),
    verbs: 'suspended rerouted expanded delayed reopened halted upgraded electrified'.split(' '),
    adjectives: 'crowded late electric regional overnight express suburban'.split(' '),
  },
  {
    name: 'health',
    nouns: 'clinic vaccine outbreak patients nurses hospital beds ambulance infection doses screening pharmacy surgeons ward'.split(' '),
    verbs: 'vaccinated treated admitted screened discharged quarantined diagnosed hired'.split(' '),
    adjectives: 'contagious chronic rural pediatric free overcrowded critical'.split(' '),
  },
  {
    name: 'environment',
    nouns: 'river wetlands drought wildfire emissions forest aquifer pollution recycling landfill turbines solar coastline'.split(' '),
    verbs: 'protected polluted restored drained flooded monitored replanted banned'.split(' '),
    adjectives: 'toxic coastal renewable endangered arid green contaminated'.split(' '),
  },
  {
    name: 'business',
    nouns: 'factory shares profits layoffs merger investors warehouse exports tariffs wages suppliers startup retailer'.split(' '),
    verbs: 'acquired closed hired laid relocated invested merged expanded'.split(' '),
    adjectives: 'quarterly profitable struggling global automated local unionized'.split(' '),
  },
  {
    name: 'education',
    nouns: 'school teachers students classrooms curriculum exams library tuition scholarships campus enrollment homework'.split(' '),
    verbs: 'enrolled graduated closed renovated funded tested expanded merged'.split(' '),
    adjectives: 'public elementary overcrowded bilingual remote vocational gifted'.split(' '),
  },
  {
    name: 'housing',
    nouns: 'rents tenants landlords apartments zoning evictions mortgages shelters developers permits towers neighborhoods'.split(' '),
    verbs: 'built evicted rezoned approved demolished subsidized renovated converted'.split(' '),
    adjectives: 'affordable vacant luxury crowded historic modular rent-controlled'.split(' '),
  },
  {
    name: 'sports',
    nouns: 'stadium season coach players tournament league fans championship injury contract referee trophy'.split(' '),
    verbs: 'won lost signed traded benched suspended qualified defeated'.split(' '),
    adjectives: 'undefeated veteran rookie injured regional national bitter'.split(' '),
  },
];

export const ROLES = 'mayor|spokesperson|chief executive|director|minister|council member|president|analyst|professor|union leader|governor|commissioner'.split('|');
export const MONTHS = 'January February March April May June July August September October November December'.split(' ');
export const WEEKDAYS = 'Monday Tuesday Wednesday Thursday Friday'.split(' ');
