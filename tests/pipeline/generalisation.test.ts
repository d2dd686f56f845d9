/**
 * Wordings beyond the development articles, in invented sentences of our own: passive denials, claims called false,
 * rejections of a claim made a sentence or two before, fighting beside a partial hold, rivers as the border,
 * pushbacks at the border, reports carried on, displacement with no destination. Each rule has negatives too.
 */
import { describe, expect, it } from 'vitest';
import { eventsOf, gazetteer } from './helpers';
import { parseArticle } from '../../src/pipeline/article';
import { extractEvents } from '../../src/pipeline/events';
import { toFeatureCollection } from '../../src/pipeline/export';
import { datelineEnd } from '../../src/pipeline/datelines';
import { findDates } from '../../src/pipeline/dates';
import { movementLines, movementTo, parseEvents } from '../../src/app/data/events';
import type { ContextEvent, ControlEvent, MovementEvent } from '../../src/types';

const control = (body: string, published = '2021-07-09') => eventsOf(body, published).filter((e): e is ControlEvent => e.kind === 'control');
/** [placeId, controller, claimant] per claim, sorted. */
const claims = (body: string) => control(body).map((e) => [e.placeId, e.controller, e.claimant]).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe('passive denials', () => {
  it('a capture inside reports or claims dismissed by someone is their government claim', () => {
    expect(claims('Reports that Islam Qala had fallen were dismissed by the interior ministry.')).toEqual([['xing:islam-qala', 'government', 'the interior ministry']]);
    expect(claims('Rumours that Aqina port had fallen were flatly rejected by border officials.')).toEqual([['xing:aqina', 'government', 'border officials']]);
    // The place as an anaphor of a district named before ("the district's capture").
    expect(claims('Chora district saw heavy shelling overnight. Claims of the district\'s capture were rejected by the provincial governor.')).toContainEqual(['dist:AF.39.2602', 'government', 'the provincial governor']);
  });

  it('a Taliban claim rejected in the passive keeps the Taliban claim beside the denial', () => {
    expect(claims('Taliban claims that they had seized Zaranj were rejected by the governor\'s office.')).toEqual([
      ['city:AF-NIM:zaranj', 'government', 'the governor\'s office'],
      ['city:AF-NIM:zaranj', 'taliban', 'Taliban'],
    ]);
  });

  it('confirmed, hypothetical or forecast claims are not denials', () => {
    expect(claims('Reports that Islam Qala had fallen were confirmed by the interior ministry.')).toEqual([['xing:islam-qala', 'taliban', 'the interior ministry']]);
    expect(claims('Claims that the Taliban would soon capture Zaranj were dismissed by the governor.')).toEqual([]);
    expect(claims('If reports that Zaranj had fallen are false, the insurgents will lose face.')).toEqual([]);
    // No antecedent for "the district" before the sentence: no claim.
    expect(claims('Claims of the district\'s capture were rejected by the governor. Chora district remains calm.')).toEqual([]);
  });
});

describe('claims called false', () => {
  it('"the Taliban\'s claim to have captured X was false" is the speaker\'s government claim, and the Taliban\'s own', () => {
    expect(claims('The Taliban\'s claim to have captured Zaranj was false, the ministry said.')).toEqual([
      ['city:AF-NIM:zaranj', 'government', 'the ministry'],
      ['city:AF-NIM:zaranj', 'taliban', 'The Taliban'],
    ]);
    expect(claims('The insurgents\' claim that Spin Boldak had fallen turned out to be untrue, according to the border police.')).toEqual([
      ['xing:spin-boldak', 'government', 'the border police'],
      ['xing:spin-boldak', 'taliban', 'The insurgents'],
    ]);
  });

  it('"X has not fallen, contrary to the Taliban\'s claims": the government claim, and the claim it contradicts', () => {
    expect(claims('Zaranj has not fallen, contrary to the Taliban\'s claims.')).toEqual([
      ['city:AF-NIM:zaranj', 'government', null],
      ['city:AF-NIM:zaranj', 'taliban', 'the Taliban'],
    ]);
    expect(claims('The ministry denied the Taliban\'s claim that Qala-e-Naw had fallen.')).toEqual([
      ['city:AF-BDG:qala-i-naw', 'government', 'The ministry'],
      ['city:AF-BDG:qala-i-naw', 'taliban', 'the Taliban'],
    ]);
  });

  it('an unverified Taliban claim is the Taliban\'s; a contradicted government claim adds nothing; a forecast called false claims nothing', () => {
    expect(claims('The Taliban\'s claim that they captured Zaranj could not be verified.')).toEqual([['city:AF-NIM:zaranj', 'taliban', 'The Taliban']]);
    expect(claims('Zaranj has fallen, despite the government\'s claims.')).toEqual([['city:AF-NIM:zaranj', 'taliban', null]]);
    expect(claims('The ministry said claims that Zaranj could fall were baseless.')).toEqual([]);
  });
});

describe('a rejection of the claim a sentence or two before', () => {
  it('names the place of the rejected claim, across an unrelated sentence and paragraphs', () => {
    const body = 'The Taliban said on Tuesday they had captured Zaranj.\nResidents heard gunfire overnight.\nThe governor\'s spokesman rejected the claim.';
    expect(claims(body)).toEqual([
      ['city:AF-NIM:zaranj', 'government', 'The governor\'s spokesman'],
      ['city:AF-NIM:zaranj', 'taliban', 'The Taliban'],
    ]);
    expect(claims('Insurgents claimed to have overrun Chora district. The claim was rejected by the provincial police chief.')).toContainEqual(['dist:AF.39.2602', 'government', 'the provincial police chief']);
    expect(claims('Insurgents claimed to have overrun Chora district. The district governor said the reports were untrue.')).toContainEqual(['dist:AF.39.2602', 'government', 'The district governor']);
    expect(claims('Insurgents claimed to have overrun Chora district. The district governor dismissed the Taliban\'s claims.')).toContainEqual(['dist:AF.39.2602', 'government', 'The district governor']);
  });

  it('not too far back, not across another report, not when the claim is only doubted', () => {
    const far = 'The Taliban said they had captured Zaranj. Residents heard gunfire. Shops stayed shut. Prices rose sharply. The governor\'s spokesman rejected the claim.';
    expect(claims(far)).toEqual([['city:AF-NIM:zaranj', 'taliban', 'The Taliban']]);
    const between = 'The Taliban said they had captured Zaranj. The UN said 5,000 people had fled to Kabul. The governor rejected the claim.';
    expect(claims(between)).toEqual([['city:AF-NIM:zaranj', 'taliban', 'The Taliban']]);
    expect(claims('The Taliban said they had captured Zaranj. The governor said the claim could be true.')).toEqual([['city:AF-NIM:zaranj', 'taliban', 'The Taliban']]);
  });
});

describe('fighting beside a partial hold', () => {
  it('fighting in a place of which a side holds "most of" is contested, beside the claim with its extent', () => {
    const cs = control('Fierce fighting is raging in Kunduz city, the provincial capital, where the Taliban have seized most of the city\'s districts.');
    expect(cs.map((e) => [e.placeId, e.controller, e.extent])).toEqual([
      ['city:AF-KDZ:kunduz', 'taliban', 'most of'],
      ['city:AF-KDZ:kunduz', 'contested', null],
    ]);
  });

  it('a whole place taken, or fighting elsewhere, stays as it was', () => {
    expect(claims('Fighting is raging in Kunduz city, where the Taliban have seized the city.')).toEqual([['city:AF-KDZ:kunduz', 'taliban', null]]);
    expect(claims('Fighting continued in Taliban-held areas of Helmand, officials said.')).toEqual([['prov:AF-HEL', 'taliban', 'officials']]);
    expect(claims('The Taliban seized most of Kunduz province, while fighting continued in Takhar.')).toEqual([['prov:AF-KDZ', 'taliban', null]]);
  });
});

const movements = (body: string, published = '2021-07-09') => eventsOf(body, published).filter((e): e is MovementEvent => e.kind === 'movement');
/** [fromCountry, toCountry, direction] per movement. */
const flows = (body: string) => movements(body).map((m) => [m.fromCountry, m.toCountry, m.direction]);

describe('rivers as the border', () => {
  it('crossing, swimming or wading a border river abroad is a flight', () => {
    expect(flows('Dozens of soldiers crossed the Panj river into Tajikistan.')).toEqual([['AF', 'TJ', 'flight']]);
    expect(flows('Some families swam across the Amu Darya to Uzbekistan.')).toEqual([['AF', 'UZ', 'flight']]);
    expect(flows('About 200 villagers waded across the Harirud into Iran on Sunday.')).toEqual([['AF', 'IR', 'flight']]);
    expect(flows('Hundreds of civilians fled across the Amu Darya river into Turkmenistan.')).toEqual([['AF', 'TM', 'flight']]);
  });

  it('a river with one neighbour needs no destination; one with several does', () => {
    expect(flows('Several soldiers swam across the Panj overnight, Tajik border guards said.')).toEqual([['AF', 'TJ', 'flight']]);
    expect(flows('The refugees crossed the Amu Darya without incident.')).toEqual([]);
  });

  it('not a river crossed inside the country, a forecast, a possibility, or a swim', () => {
    expect(flows('Families crossed the river to reach Kunduz city.')).toEqual([]);
    expect(flows('Traders could cross the Panj river into Tajikistan if the bridge reopens.')).toEqual([]);
    expect(flows('Officials feared thousands would swim across the Amu Darya to Uzbekistan.')).toEqual([]);
    expect(flows('Fishermen were swimming in the Panj river near Sher Khan Bandar.')).toEqual([]);
  });
});

describe('a report carried on to the next sentence', () => {
  const first = 'About 2,000 people returned from Iran on Thursday, the agency added.';
  const claimantOfSecond = (second: string, sep = ' ') => movements(`${first}${sep}${second}`).slice(1).map((m) => m.claimant);

  it('a count continued after a lead or with "more" keeps the speaker, in the same paragraph', () => {
    expect(claimantOfSecond('On Friday, another 1,100 people crossed into Iran.')).toEqual(['the agency']);
    expect(claimantOfSecond('Some 1,100 more crossed into Iran on Friday.')).toEqual(['the agency']);
    expect(claimantOfSecond('In addition, 1,100 people crossed into Iran on Friday.')).toEqual(['the agency']);
  });

  it('not a new paragraph, not a sentence with its own speaker, not a new story after a lead', () => {
    expect(claimantOfSecond('A further 1,100 people crossed into Iran on Friday.', '\n')).toEqual([null]);
    expect(claimantOfSecond('Later, 300 more families fled to Pakistan, officials said.')).toEqual(['officials']);
    expect(movements(`${first} On Friday, the Taliban captured Zaranj.`).length).toBe(1);
    expect(eventsOf(`${first} In addition, the Taliban captured Zaranj.`).find((e) => e.kind === 'control')?.claimant).toBeNull();
    expect(movements('About 2,000 people returned from Iran on Thursday. Another 1,100 people crossed into Iran on Friday.').map((m) => m.claimant)).toEqual([null, null]);
  });
});

describe('displacement with no destination', () => {
  const displaced = (body: string) => movements(body).map((m) => [m.fromId, m.toId, m.destinationUnknown ?? false]);

  it('people who fled a named place, destination unstated, move within the country with destinationUnknown', () => {
    expect(displaced('Thousands of families fled their homes in Kunduz.')).toEqual([['city:AF-KDZ:kunduz', 'country:AF', true]]);
    expect(displaced('More than 400 families were displaced from Arghistan district last week.')).toEqual([['dist:AF.23.2412', 'country:AF', true]]);
    expect(movements('Thousands of families fled their homes in Kunduz.')[0]).toMatchObject({ fromCountry: 'AF', toCountry: 'AF', direction: 'flight', group: 'families' });
  });

  it('a named destination is kept; soldiers, the Taliban, forecasts and negations are not displaced', () => {
    expect(displaced('Thousands of families fled their homes in Kunduz for Kabul.')).toEqual([['city:AF-KDZ:kunduz', 'city:AF-KAB:kabul', false]]);
    expect(displaced('Soldiers fled their posts in Kunduz.')).toEqual([]);
    expect(displaced('The Taliban fled Ghazni city after an air strike.')).toEqual([]);
    expect(displaced('Thousands of families could flee their homes in Kunduz if fighting spreads.')).toEqual([]);
    expect(displaced('Nobody has fled Kunduz yet, officials said.')).toEqual([]);
  });

  it('the map draws no arrow for it', () => {
    const fc = toFeatureCollection(eventsOf('Thousands of families fled their homes in Kunduz. About 300 families fled to Kabul from Ghazni.'), gazetteer);
    const lines = movementLines(parseEvents(JSON.stringify(fc), 'e.geojson')).features.filter((f) => f.properties.part === 'path');
    expect(lines).toHaveLength(1);
    // Cards and the list say so instead of naming the country as a destination.
    const [unknown] = movements('Thousands of families fled their homes in Kunduz.');
    expect(movementTo(unknown!)).toBe('destination not stated');
    expect(movementTo(movements('About 300 families fled to Kabul from Ghazni.')[0]!)).toBe('Kabul');
  });
});

describe('turned back at the border', () => {
  it('people turned back at the border, never across, are no movement, and no flight of theirs is read', () => {
    expect(flows('Hundreds of Afghans were turned back at the border.')).toEqual([]);
    expect(flows('Iranian border guards turned back 300 Afghans trying to enter the country.')).toEqual([]);
    expect(flows('Thousands of Afghans fleeing to Pakistan were turned back at Chaman.')).toEqual([]);
    expect(flows('Hundreds of families heading into Iran were turned away by Iranian guards.')).toEqual([]);
    expect(flows('Hundreds of Afghans who reached the Torkham crossing were turned back by Pakistani forces.')).toEqual([]);
  });

  it('sent back from abroad is a return; a flight beside others turned back stays a flight', () => {
    expect(flows('About 500 Afghans were turned back from Iran on Tuesday, border officials said.')).toEqual([['IR', 'AF', 'return']]);
    expect(flows('Hundreds of Afghans were pushed back into Afghanistan by Iranian guards.')).toEqual([['IR', 'AF', 'return']]);
    expect(flows('About 1,000 people fled into Iran on Monday, while 300 others were turned back at the border.')).toEqual([['AF', 'IR', 'flight']]);
  });
});

describe('"the border" of the sentence before', () => {
  it('a flight "across the frontier" goes to the one neighbour the sentence just before names', () => {
    expect(flows('Uzbekistan Reinforces Its Southern Frontier\nAbout 80 Afghan soldiers fled across the frontier after a Taliban attack.')).toEqual([['AF', 'UZ', 'flight']]);
  });

  it('not when that sentence names two neighbours, or none', () => {
    expect(flows('Iran and Pakistan Brace for Refugees\nAbout 80 Afghan families fled across the border overnight.')).toEqual([]);
    expect(flows('Relief Agencies Appeal for Funds\nAbout 80 Afghan families fled across the border overnight.')).toEqual([]);
  });
});

describe('more wordings of denial and partial hold', () => {
  it('nominal and possessive captures in denied reports; claims called or described as false', () => {
    expect(claims('Taliban reports of the fall of Ghazni were refuted by officials.')).toEqual([
      ['city:AF-GHA:ghazni', 'government', 'officials'],
      ['city:AF-GHA:ghazni', 'taliban', 'Taliban'],
    ]);
    expect(claims('Qaisar district came under attack overnight. Reports that the district had been captured were denied by police.')).toEqual([
      // (A district under attack is fought over.)
      ['dist:AF.07.1804', 'contested', null],
      ['dist:AF.07.1804', 'government', 'police'],
    ]);
    expect(claims('Local officials called the Taliban\'s claim that Ghazni had fallen propaganda.')).toEqual([
      ['city:AF-GHA:ghazni', 'government', 'Local officials'],
      ['city:AF-GHA:ghazni', 'taliban', 'the Taliban'],
    ]);
    expect(claims('Provincial officials described as baseless the reports that Khan Abad district had fallen.')).toEqual([['dist:AF.24.1406', 'government', 'Provincial officials']]);
    expect(claims('Contrary to Taliban claims, Ghazni city has not fallen, the governor said.')).toEqual([
      ['city:AF-GHA:ghazni', 'government', 'the governor'],
      ['city:AF-GHA:ghazni', 'taliban', 'Taliban'],
    ]);
  });

  it('a claim called credible, or a call for an inquiry, denies nothing', () => {
    expect(claims('The ministry called the Taliban\'s claim that Ghazni had fallen credible.')).toEqual([['city:AF-GHA:ghazni', 'taliban', 'the Taliban']]);
    expect(claims('Officials called for the reports that Kunduz had fallen to be investigated.').map((c) => c[1])).not.toContain('government');
  });

  it('"denied this." after a claim; not a denial of something else, not an unconfirmed claim', () => {
    expect(claims('The Taliban said they had seized Khan Abad district. A district official denied this.')).toContainEqual(['dist:AF.24.1406', 'government', 'A district official']);
    expect(claims('The Taliban said they had seized Khan Abad district. A district official denied that the group had made gains elsewhere.')).toEqual([['dist:AF.24.1406', 'taliban', 'The Taliban']]);
    expect(claims('The Taliban said they had seized Khan Abad district. It was not immediately possible to confirm this.')).toEqual([['dist:AF.24.1406', 'taliban', 'The Taliban']]);
  });

  it('"holding parts of" the place fought over', () => {
    expect(claims('Heavy fighting is going on in Ghazni, with the Taliban holding parts of the city.')).toEqual([
      ['city:AF-GHA:ghazni', 'contested', null],
      ['city:AF-GHA:ghazni', 'taliban', null],
    ]);
  });
});

describe('a capture that is itself the subject of a passive denial', () => {
  it('is the denier\'s government claim', () => {
    expect(claims('The fall of Zaranj was denied by the ministry.')).toEqual([['city:AF-NIM:zaranj', 'government', 'the ministry']]);
    expect(claims('Zaranj\'s capture was denied by officials.')).toEqual([['city:AF-NIM:zaranj', 'government', 'officials']]);
    expect(claims('The defence ministry said on Sunday that reports of the fall of Kunduz to the Taliban were "baseless".')).toEqual([['city:AF-KDZ:kunduz', 'government', 'The defence ministry']]);
  });

  it('"..., which was (later) denied by X": the claim in the article\'s voice and X\'s denial; a confirmation is no denial', () => {
    expect(claims('The Taliban captured Zaranj, which was denied by the ministry.')).toEqual([
      ['city:AF-NIM:zaranj', 'government', 'the ministry'],
      ['city:AF-NIM:zaranj', 'taliban', null],
    ]);
    expect(claims('The Taliban captured Zaranj on Friday, a claim that was later denied by the ministry.')).toEqual([
      ['city:AF-NIM:zaranj', 'government', 'the ministry'],
      ['city:AF-NIM:zaranj', 'taliban', null],
    ]);
    expect(claims('The fall of Zaranj was confirmed by the governor.')).toEqual([['city:AF-NIM:zaranj', 'taliban', 'the governor']]);
  });
});

describe('more wordings of displacement with no destination', () => {
  const displaced = (body: string) => movements(body).map((m) => [m.fromId, m.toId, m.destinationUnknown ?? false]);

  it('fled the fighting in X, forced to flee X, displaced in X', () => {
    expect(displaced('Thousands of people fled fighting in Lashkar Gah on Monday.')).toEqual([['city:AF-HEL:lashkar-gah', 'country:AF', true]]);
    expect(displaced('Residents fled the fighting in Kunduz for Kabul.')).toEqual([['city:AF-KDZ:kunduz', 'city:AF-KAB:kabul', false]]);
    expect(displaced('Fighting forced 5,000 families to flee Lashkar Gah.')).toEqual([['city:AF-HEL:lashkar-gah', 'country:AF', true]]);
    expect(displaced('About 1,500 families have been displaced in Kunduz province, the UN said.')).toEqual([['prov:AF-KDZ', 'country:AF', true]]);
  });

  it('not one person\'s past, not a compulsion to do something else, not a flight from rule', () => {
    expect(displaced('Mohammad, who fled Kunduz in 2016, said life was hard.')).toEqual([]);
    expect(displaced('Heavy rain forced traders to close shops in Herat.')).toEqual([]);
    expect(displaced('Thousands of Afghans fled Taliban rule.')).toEqual([]);
    expect(displaced('Families want to flee Kunduz before the Taliban arrive.')).toEqual([]);
  });
});

describe('a possessive capture ("the district\'s capture")', () => {
  it('takes its side from a "by" agent, its place from the name or anaphor before', () => {
    expect(claims('Qaisar district saw heavy fighting. Residents celebrated the district\'s capture by government forces.')).toEqual([['dist:AF.07.1804', 'government', null]]);
    expect(claims('Kunduz\'s fall shocked officials in Kabul.')).toEqual([['city:AF-KDZ:kunduz', 'taliban', null]]);
  });

  it('not the possessor a side, and not "the Taliban\'s capture of X" read twice', () => {
    expect(claims('The Taliban\'s capture was swift, residents of Kunduz said.')).toEqual([]);
    expect(claims('Residents of Kunduz feared the country\'s fall.')).toEqual([]);
    expect(claims('The Taliban\'s capture of Kunduz shocked officials.')).toEqual([['city:AF-KDZ:kunduz', 'taliban', null]]);
  });
});

describe('a share taken in a "where" clause', () => {
  const rows = (body: string) => control(body).map((e) => [e.placeId, e.controller, e.extent, e.figure ?? null]);

  it('belongs to the place the clause hangs on, which is also fought over', () => {
    expect(rows('Fighting is raging in Kunduz province, where the Taliban have seized seven districts.')).toEqual([
      ['prov:AF-KDZ', 'taliban', 'seven districts', null],
      ['prov:AF-KDZ', 'contested', null, null],
    ]);
    expect(rows('Fierce clashes are under way in Faryab province, where insurgents now control most districts.')).toEqual([
      ['prov:AF-FYB', 'taliban', 'most districts', null],
      ['prov:AF-FYB', 'contested', null, null],
    ]);
  });

  it('a figure without a "where" antecedent stays national; a share with its own place keeps it', () => {
    expect(rows('The Taliban have seized over 100 districts across the country.')).toEqual([['country:AF', 'taliban', null, { value: 100, unit: 'districts', qualifier: 'over' }]]);
    expect(rows('The Taliban have seized seven districts in Kunduz province.')).toEqual([['prov:AF-KDZ', 'taliban', 'seven districts in', null]]);
    expect(rows('Talks were held in Doha, where the Taliban said they had seized 150 districts.').map((r) => r[0])).toEqual(['country:AF']);
  });
});

describe('a passive denial without its auxiliary', () => {
  it('in a headline, the agent of "rejected by" denies the claim; its name is not a place claimed', () => {
    const body = 'Taliban claim to have seized Zaranj rejected by Kabul\n\nResidents of the city reported gunfire overnight.';
    const cs = extractEvents(parseArticle('h', `---\ntitle: "Taliban claim to have seized Zaranj rejected by Kabul"\npublished: 2021-07-08\n---\n${body}`), gazetteer).filter((e): e is ControlEvent => e.kind === 'control');
    expect(cs.map((e) => [e.placeId, e.controller, e.claimant, e.section]).sort()).toEqual([
      ['city:AF-NIM:zaranj', 'government', 'Kabul', 'headline'],
      ['city:AF-NIM:zaranj', 'taliban', 'Taliban', 'headline'],
    ]);
  });

  it('in the body, no claim on the agent\'s city', () => {
    expect(claims('Taliban claim to have seized Zaranj rejected by Kabul').map((c) => c[0])).toEqual(['city:AF-NIM:zaranj']);
  });
});

describe('an invented wire story', () => {
  const body = [
    'Taliban fighters pressed their offensive on Wednesday, and the group said it had taken control of Khan Abad district in Kunduz province.',
    'A spokesman for the provincial governor rejected the claim, saying security forces still held the district.',
    'Fierce fighting is raging in Kunduz city, where the insurgents have seized several neighbourhoods, according to residents.',
    'Thousands of families have fled their homes in the city, the UN\'s humanitarian office said. About 300 more crossed the Amu Darya into Uzbekistan overnight.',
    'Uzbek border guards turned back dozens of Afghans who tried to swim across the river, an Uzbek official said.',
    'Reports that the Sher Khan Bandar crossing had fallen were dismissed by the interior ministry as "enemy propaganda".',
    'The Taliban\'s claim to control 85 percent of the country could not be verified.',
    'If the insurgents capture Kunduz, they would control a key route to Tajikistan.',
  ].join('\n');
  const evs = eventsOf(body);

  it('reads claims, denials, shares and fighting with their speakers', () => {
    const cs = evs.filter((e): e is ControlEvent => e.kind === 'control').map((e) => [e.placeId, e.controller, e.claimant, e.extent]);
    expect(cs).toEqual([
      ['dist:AF.24.1406', 'taliban', 'the group', null],
      ['dist:AF.24.1406', 'government', 'A spokesman for the provincial governor', null],
      ['city:AF-KDZ:kunduz', 'taliban', 'residents', 'several neighbourhoods'],
      ['city:AF-KDZ:kunduz', 'contested', 'residents', null],
      ['xing:sher-khan-bandar', 'government', 'the interior ministry', null],
      ['country:AF', 'taliban', 'The Taliban', null],
    ]);
  });

  it('reads the displacement with and without destination, carries the speaker, and nothing from the turned-back swimmers or the condition', () => {
    const ms = evs.filter((e): e is MovementEvent => e.kind === 'movement').map((e) => [e.fromId, e.toId, e.claimant, e.count]);
    expect(ms).toEqual([
      ['city:AF-KDZ:kunduz', 'country:AF', 'the UN\'s humanitarian office', null],
      ['country:AF', 'country:UZ', 'the UN\'s humanitarian office', 300],
    ]);
  });
});

describe('a denied movement', () => {
  it('is no movement, denied actively, passively or as false', () => {
    expect(flows('Tehran dismissed reports that hundreds of Afghan soldiers had crossed into Iran.')).toEqual([]);
    expect(flows('Reports that 1,000 refugees had entered Tajikistan were denied by Tajik officials.')).toEqual([]);
    expect(flows('Tajik officials said reports that Afghan troops fled into Tajikistan were false.')).toEqual([]);
  });

  it('what the denier goes on to say, and confirmed reports, are movements', () => {
    expect(flows('The ministry denied that soldiers had deserted, saying 50 had crossed into Tajikistan for treatment.')).toEqual([['AF', 'TJ', 'flight']]);
    expect(flows('Tajik officials confirmed reports that 1,000 refugees had entered Tajikistan.')).toEqual([['AF', 'TJ', 'flight']]);
  });
});

describe('an invented story of talks and returns', () => {
  const body = [
    'A Taliban delegation held talks with Iranian officials in Tehran on Wednesday, Iran\'s foreign ministry said.',
    'The ministry rejected claims that Iran was arming the insurgents, calling the reports baseless.',
    'The talks came as fighting raged in Herat province, where the Taliban have taken several districts along the border.',
    'Iranian media reported that about 2,000 Afghans crossed into Iran on Tuesday. Another 1,500 were deported from Iran the same day, the agency said.',
    'Afghan officials denied Taliban claims that Islam Qala had fallen, saying government forces still held the crossing.',
    'Tehran has said it will not allow a new wave of refugees to cross the border.',
  ].join('\n');
  const evs = eventsOf(body);

  it('claims: the share in the "where" clause with the fighting, and the denied Taliban claim beside the denial', () => {
    expect(evs.filter((e): e is ControlEvent => e.kind === 'control').map((e) => [e.placeId, e.controller, e.claimant, e.extent])).toEqual([
      ['prov:AF-HER', 'taliban', null, 'several districts'],
      ['prov:AF-HER', 'contested', null, null],
      ['xing:islam-qala', 'government', 'Afghan officials', null],
      ['xing:islam-qala', 'taliban', 'Taliban', null],
    ]);
  });

  it('movements: the flight and the deportation carried on; nothing from the refusal to allow a new wave', () => {
    expect(evs.filter((e): e is MovementEvent => e.kind === 'movement').map((e) => [e.fromCountry, e.toCountry, e.direction, e.count, e.claimant])).toEqual([
      ['AF', 'IR', 'flight', 2000, 'Iranian media'],
      ['IR', 'AF', 'return', 1500, 'the agency'],
    ]);
  });
});

describe('more rejections of the claim before', () => {
  const before = 'The Taliban said they had captured Zaranj. ';
  const denial = (second: string) => claims(before + second).filter((c) => c[1] === 'government');

  it('"the Taliban\'s claims were false", "called the claim propaganda", "described the claim as baseless", a quoted "This is a lie"', () => {
    expect(denial('The ministry said the Taliban\'s claims were false.')).toEqual([['city:AF-NIM:zaranj', 'government', 'The ministry']]);
    expect(denial('Officials called the claim propaganda.')).toEqual([['city:AF-NIM:zaranj', 'government', 'Officials']]);
    expect(denial('The governor\'s office described the claim as baseless.')).toEqual([['city:AF-NIM:zaranj', 'government', 'The governor\'s office']]);
    expect(denial('"This is a lie," the governor\'s spokesman said.')).toEqual([['city:AF-NIM:zaranj', 'government', 'the governor\'s spokesman']]);
  });

  it('not a claim called credible, a lie about something else named, or a quote that denies nothing', () => {
    expect(denial('Officials called the claim credible.')).toEqual([]);
    expect(denial('"This is a great victory," the group\'s spokesman said.')).toEqual([]);
    expect(denial('Officials described the situation as calm.')).toEqual([]);
  });
});

describe('"claims to control"', () => {
  it('is a claim by the one who claims, not a purpose; still nothing under "if"', () => {
    expect(claims('The group claims to control Kunduz city.')).toEqual([['city:AF-KDZ:kunduz', 'taliban', 'The group']]);
    expect(control('The Taliban\'s claim to control 85 percent of the country could not be verified.').map((e) => [e.placeId, e.claimant, e.figure])).toEqual([['country:AF', 'The Taliban', { value: 85, unit: 'percent', qualifier: null }]]);
    expect(claims('If the Taliban claim to control Kunduz, officials will respond.')).toEqual([]);
  });
});

describe('forecasts around the new rules', () => {
  it('claim nothing and move no one', () => {
    expect(flows('If Zaranj falls, thousands could flee across the Harirud into Iran.')).toEqual([]);
    expect(flows('The UN fears that thousands will be displaced in Kunduz.')).toEqual([]);
    expect(flows('Tajikistan is preparing for Afghans who may swim across the Panj.')).toEqual([]);
    expect(flows('Families fleeing Kunduz would be turned back at the border, officials warned.')).toEqual([]);
    expect(claims('Officials expect that claims of Zaranj\'s capture will be rejected by the ministry.')).toEqual([]);
    expect(claims('Fighting could rage in Kunduz, where the Taliban might seize most districts.')).toEqual([]);
  });
});

describe('a denial whose object is an anaphor of a place named before', () => {
  it('"denied that the crossing had been lost", "rejected reports that the port had fallen", "the district had been lost"', () => {
    expect(claims('Fighting broke out near the Islam Qala crossing on Tuesday. A border official denied that the crossing had been lost, saying security forces had repelled the attack.')).toContainEqual(['xing:islam-qala', 'government', 'A border official']);
    expect(claims('Insurgents attacked Spin Boldak overnight. Officials rejected reports that the port had fallen.')).toEqual([['xing:spin-boldak', 'government', 'Officials']]);
    expect(claims('The Taliban attacked Chora district overnight. The provincial governor denied the district had been lost.')).toEqual([['dist:AF.39.2602', 'government', 'The provincial governor']]);
    expect(claims('Insurgents launched an assault on Ghazni on Monday. The governor dismissed claims that the town had been seized.')).toContainEqual(['city:AF-GHA:ghazni', 'government', 'The governor']);
  });

  it('a place lost in the passive right before the verb is a Taliban claim; not lives lost, a forecast, or an anaphor of another type', () => {
    expect(claims('Kunduz was lost to the Taliban on Sunday, officials said.')).toEqual([['city:AF-KDZ:kunduz', 'taliban', 'officials']]);
    expect(claims('Dozens of lives were lost in Kunduz on Sunday.')).toEqual([]);
    expect(claims('In Kunduz, many lives were lost.')).toEqual([]);
    expect(claims('The Taliban attacked Chora district. The governor denied that the district could be lost.')).toEqual([]);
    expect(claims('The Taliban attacked Chora district. The governor said he feared the district would be lost.')).toEqual([]);
    expect(claims('The Taliban attacked Chora district. The governor denied that the city had fallen.')).toEqual([]);
  });
});

describe('all provincial capitals', () => {
  const national = (body: string) => control(body).filter((e) => e.placeType === 'country').map((e) => [e.controller, e.claimant, e.extent, e.figure]);
  it('held by a side is a national claim, keeping the count as the figure', () => {
    expect(national('Afghan officials have said government forces hold all 34 provincial capitals.')).toEqual([['government', 'Afghan officials', null, { value: 34, unit: 'provincial capitals', qualifier: 'all' }]]);
    expect(national('Government forces hold all 34 provincial capitals, Afghan officials have said.')).toEqual([['government', 'Afghan officials', null, { value: 34, unit: 'provincial capitals', qualifier: 'all' }]]);
    expect(national('The government still controls all provincial capitals, the ministry said.')).toEqual([['government', 'the ministry', 'all provincial capitals', null]]);
    expect(national('Security forces remain in control of all the provincial capitals, a spokesman said.')).toEqual([['government', 'a spokesman', 'all the provincial capitals', null]]);
    expect(national('The government still holds all the country\'s provincial capitals.')).toEqual([['government', null, 'all the country\'s provincial capitals', null]]);
  });

  it('not an aim, a forecast, a negation, or all of a region\'s cities', () => {
    expect(national('The Taliban aim to take all provincial capitals.')).toEqual([]);
    expect(national('All provincial capitals could fall within months, a US assessment said.')).toEqual([]);
    expect(national('The Taliban said they would soon control all provincial capitals.')).toEqual([]);
    expect(national('Government forces do not hold all provincial capitals any more.')).toEqual([]);
    expect(national('The Taliban hold all cities in the north, a commander claimed.')).toEqual([]);
    expect(national('The Taliban have captured all provincial capitals in the north.')).toEqual([]);
    expect(national('There has been fighting in all provincial capitals, officials said.')).toEqual([]);
    expect(national('The Taliban launched attacks on all provincial capitals.')).toEqual([]);
    expect(national('The Taliban seized all the cities, officials said.')).toEqual([]);
    expect(national('The Taliban have not captured any provincial capitals.')).toEqual([]);
  });
});

describe('a flight to "the provincial capital" or "the city"', () => {
  const moves = (body: string) => eventsOf(body, '2021-07-09').filter((e): e is MovementEvent => e.kind === 'movement').map((e) => [e.fromId, e.toId, e.count]);
  it('goes to the capital of the origin\'s province, or to the city of that province named before', () => {
    // (One count for two origins is their total, marked as shared; see "a count shared by several flows".)
    expect(moves('More than 2,000 families have fled the districts of Guzara and Injil to the provincial capital, officials said.')).toEqual([
      ['dist:AF.11.2003', 'city:AF-HER:herat', 2000],
      ['city:AF-HER:injil', 'city:AF-HER:herat', 2000],
    ]);
    expect(moves('About 500 people were displaced from Guzara to the provincial centre.')).toEqual([['city:AF-HER:guzarah', 'city:AF-HER:herat', 500]]);
    expect(moves('Hundreds of families fled Chora district to the city.')).toEqual([['dist:AF.39.2602', 'city:AF-URU:tarinkot', null]]);
    expect(moves('Fighting raged in Lashkar Gah. Hundreds of families fled Nad Ali district to the city on Monday.')).toEqual([['dist:AF.10.2308', 'city:AF-HEL:lashkar-gah', null]]);
  });

  it('not without a named origin, for soldiers, in a forecast, or when "the city" is named or possessed', () => {
    expect(moves('Families fled the district to the provincial capital.')).toEqual([]);
    expect(moves('Dozens of soldiers retreated from Guzara to the provincial capital.')).toEqual([]);
    expect(moves('Families could flee Guzara to the provincial capital if fighting continues.')).toEqual([]);
    expect(moves('Officials from Injil travelled to the provincial capital for talks.')).toEqual([]);
    expect(moves('Hundreds of families fled Herat to the city\'s outskirts.')).toEqual([['city:AF-HER:herat', 'country:AF', null]]);
  });
});

describe('a part of the group moved the sentence before ("Of these, ...")', () => {
  const moves = (body: string) => eventsOf(body, '2021-07-09').filter((e): e is MovementEvent => e.kind === 'movement').map((e) => [e.fromId, e.toId, e.count, e.date, e.datePrecision, e.claimant]);
  it('takes the date (and the speaker) of the movement it continues', () => {
    expect(moves('Nearly 30,000 Afghans returned from Iran in February, IOM said. Of these, 18,500 were deported by Iranian authorities.')).toEqual([
      ['country:IR', 'country:AF', 30000, '2021-02-15', 'month', 'IOM'],
      ['country:IR', 'country:AF', 18500, '2021-02-15', 'month', 'IOM'],
    ]);
    expect(moves('IOM said nearly 30,000 Afghans returned from Iran in February.\n\nAmong them, 18,500 were deported by Iranian authorities.')).toEqual([
      ['country:IR', 'country:AF', 30000, '2021-02-15', 'month', 'IOM'],
      ['country:IR', 'country:AF', 18500, '2021-02-15', 'month', 'IOM'],
    ]);
    expect(moves('More than 5,000 Afghans crossed into Iran last week. Of those, 3,000 were later deported from Iran, officials said.')).toEqual([
      ['country:AF', 'country:IR', 5000, '2021-07-02', 'week', null],
      ['country:IR', 'country:AF', 3000, '2021-07-02', 'week', 'officials'],
    ]);
  });

  it('not when it states its own date, does not open with the part, or another sentence comes between', () => {
    expect(moves('Nearly 30,000 Afghans returned from Iran in February, IOM said. Of these, 18,500 were deported by Iranian authorities on Monday.')[1]).toEqual(['country:IR', 'country:AF', 18500, '2021-07-05', 'day', 'IOM']);
    expect(moves('Nearly 30,000 Afghans returned from Iran in February, IOM said. The agency added that 2,000 Afghans were deported from Iran.')[1]).toEqual(['country:IR', 'country:AF', 2000, '2021-07-09', 'day', 'The agency']);
    expect(moves('Nearly 30,000 Afghans returned from Iran in February. The Taliban seized Zaranj. Of these, 18,500 were deported by Iranian authorities.')[1]).toEqual(['country:IR', 'country:AF', 18500, '2021-07-09', 'day', null]);
    expect(moves('Nearly 30,000 Afghans returned from Iran in February, IOM said. Of these, many said they would try to cross back into Iran.')).toHaveLength(1);
    expect(moves('More than 5,000 Afghans crossed into Iran last week. Most of them could flee to Turkey.')).toHaveLength(1);
  });

  it('"Most of them fled ..." is a movement of that part, dated like the whole', () => {
    expect(moves('More than 5,000 Afghans crossed into Iran last week, officials said. Most of them fled through the Islam Qala crossing to Iran.')).toEqual([
      ['country:AF', 'country:IR', 5000, '2021-07-02', 'week', 'officials'],
      ['country:AF', 'country:IR', null, '2021-07-02', 'week', 'officials'],
    ]);
  });
});

describe('a state said to hold "now"', () => {
  const dated = (body: string) => control(body).map((e) => [e.placeId, e.controller, e.date, e.datePrecision, e.extent]);
  it('is dated at publication, while the capture before it keeps its own date; "the province" is that of the place just named', () => {
    expect(dated('The Taliban captured the Torghundi crossing last month and now control most of the province\'s rural areas.')).toEqual([
      ['xing:torghundi', 'taliban', '2021-06-15', 'month', null],
      ['prov:AF-HER', 'taliban', '2021-07-09', 'day', 'most of'],
    ]);
    expect(dated('The Taliban seized Kunduz on Sunday and now hold most of the province.')).toEqual([
      ['city:AF-KDZ:kunduz', 'taliban', '2021-07-04', 'day', null],
      ['prov:AF-KDZ', 'taliban', '2021-07-09', 'day', 'most of'],
    ]);
  });

  it('not without "now", with "until now", in a forecast, or with no place before "the province"', () => {
    expect(dated('The Taliban captured the Torghundi crossing last month and control most of the province.')[1]).toEqual(['prov:AF-HER', 'taliban', '2021-06-15', 'month', 'most of']);
    expect(dated('The Taliban captured Kunduz on Sunday, and until now held it.')).toEqual([['city:AF-KDZ:kunduz', 'taliban', '2021-07-04', 'day', null]]);
    expect(dated('The Taliban captured the Torghundi crossing last month. They could now take the province.')).toEqual([['xing:torghundi', 'taliban', '2021-06-15', 'month', null]]);
    expect(dated('The Taliban now control most of the province, officials said.')).toEqual([]);
  });

  it('in other clause shapes; but "now" in a speech dated by its speaker is of the day of the speech', () => {
    expect(dated('The Taliban, who seized Kunduz last week, now control most of the province.')).toEqual([
      ['city:AF-KDZ:kunduz', 'taliban', '2021-07-02', 'week', null],
      ['prov:AF-KDZ', 'taliban', '2021-07-09', 'day', 'most of'],
    ]);
    expect(dated('Officials said the Taliban captured Kunduz last week and now control most of the province.')[1]).toEqual(['prov:AF-KDZ', 'taliban', '2021-07-09', 'day', 'most of']);
    expect(dated('On Monday the Taliban said they now control 85 percent of the country.')).toEqual([['country:AF', 'taliban', '2021-07-05', 'day', null]]);
    expect(dated('The Taliban said on Monday they now hold most of Badakhshan.')).toEqual([['prov:AF-BDS', 'taliban', '2021-07-05', 'day', 'most of']]);
    expect(dated('The Taliban now control 85 percent of the country, a spokesman said on Monday.')).toEqual([['country:AF', 'taliban', '2021-07-05', 'day', null]]);
  });
});

describe('more denials of an anaphor, and the place lost or taken', () => {
  it('"the district had been taken", "government forces had lost the city", "the Taliban had entered the city"', () => {
    expect(claims('The Taliban attacked Chora district on Monday. The governor denied that the district had been taken.')).toEqual([['dist:AF.39.2602', 'government', 'The governor']]);
    expect(claims('Insurgents attacked Zaranj. The governor denied that government forces had lost the city.')).toEqual([['city:AF-NIM:zaranj', 'government', 'The governor']]);
    expect(claims('The Taliban attacked Zaranj on Monday. The governor denied that the Taliban had entered the city.')).toEqual([['city:AF-NIM:zaranj', 'government', 'The governor']]);
    expect(claims('Militants stormed the Islam Qala crossing on Monday. Officials denied that the crossing was lost.')).toContainEqual(['xing:islam-qala', 'government', 'Officials']);
  });

  it('a place lost or taken as the object or the subject, by whichever side', () => {
    expect(claims('Afghan forces lost Kunduz on Sunday.')).toEqual([['city:AF-KDZ:kunduz', 'taliban', null]]);
    expect(claims('The Taliban lost Ghazni to government forces on Monday.')).toEqual([['city:AF-GHA:ghazni', 'government', null]]);
    expect(claims('Kunduz was taken by government forces on Monday.')).toEqual([['city:AF-KDZ:kunduz', 'government', null]]);
    expect(claims('Kunduz was taken on Monday, the Taliban said.')).toEqual([['city:AF-KDZ:kunduz', 'taliban', 'the Taliban']]);
  });

  it('not lives, ground or soldiers lost, people taken somewhere, a forecast, or an anaphor that is not the object', () => {
    expect(claims('Soldiers lost their lives in Kunduz.')).toEqual([]);
    expect(claims('Government forces lost ground in Helmand.')).toEqual([]);
    expect(claims('The army lost 20 soldiers in Kunduz.')).toEqual([]);
    expect(claims('The wounded were taken to hospital in Kunduz.')).toEqual([]);
    expect(claims('Kunduz was taken by surprise.')).toEqual([]);
    expect(claims('Fighting raged around Zaranj. Traders entered the city on Friday.')).not.toContainEqual(['city:AF-NIM:zaranj', 'taliban', null]);
    expect(claims('Fighting raged around Zaranj. The Taliban may lose the city.')).not.toContainEqual(['city:AF-NIM:zaranj', 'taliban', null]);
    expect(claims('Fighting raged around Zaranj. Government forces lost the city\'s airport on Friday.')).not.toContainEqual(['city:AF-NIM:zaranj', 'taliban', null]);
    expect(claims('The Taliban attacked Zaranj. Afghan forces lost a district near the city.')).toEqual([]);
  });
});

describe('datelines and verbs of maintaining', () => {
  it('a dateline typed with a double hyphen is not part of the speaker', () => {
    const e = eventsOf('TASHKENT -- Uzbek authorities say 84 Afghan soldiers crossed into Uzbekistan on Sunday.', '2021-08-16').find((x) => x.kind === 'movement');
    expect(e?.claimant).toBe('Uzbek authorities');
    // A hyphenated word stays whole ("pro-government militia commanders said").
    expect(eventsOf('Pro-government militia commanders said the Taliban captured Aqina port.').find((x) => x.kind === 'control')?.claimant).toBe('Pro-government militia commanders');
  });

  it('"maintain" and "insist" report a claim like "say"', () => {
    expect(claims('Afghan officials, however, maintain that government forces have retaken parts of Spin Boldak.')).toEqual([['xing:spin-boldak', 'government', 'Afghan officials']]);
    expect(claims('The ministry insists that Zaranj is still under government control.')).toEqual([['city:AF-NIM:zaranj', 'government', 'The ministry']]);
    // Maintaining something else is no speech ("forces maintain checkpoints") and the claim stays in the article's voice.
    expect(claims('Government forces maintain checkpoints on the road and have retaken Zaranj.').map((c) => c[2])).toEqual([null]);
  });

  it('the dateline city is not where a context event happened', () => {
    const ctx = eventsOf('KABUL -- Taliban fighters attacked a checkpoint near the Hairatan port on Monday, killing five soldiers, officials said.', '2021-07-12').filter((x) => x.kind === 'violence');
    expect(ctx.map((x) => x.kind !== 'control' && x.kind !== 'movement' ? x.place : null)).toEqual(['Hairatan']);
    // A sentence that merely opens with a place name in capitals and no dash keeps it.
    const plain = eventsOf('Heavy fighting killed 12 people in KUNDUZ on Monday.', '2021-07-12').filter((x) => x.kind === 'violence');
    expect(plain.map((x) => x.kind !== 'control' && x.kind !== 'movement' ? x.place : null)).toEqual(['Kunduz']);
  });
});

describe('"escaped to", "fled across to"', () => {
  const moves = (body: string) => eventsOf(body, '2021-08-09').filter((e): e is MovementEvent => e.kind === 'movement').map((e) => [e.fromCountry, e.to, e.count]);
  it('a flight told with "escaped to" or "fled across/over to" goes to the place after "to"', () => {
    expect(moves('Some 10,000 residents have escaped to Mazar-i-Sharif since Friday, a local aid official said.')).toEqual([['AF', 'Mazar-i-Sharif', 10000]]);
    expect(moves('About 300 families fled across to Pakistan through Torkham on Sunday, police said.')).toEqual([['AF', 'Pakistan', 300]]);
  });
  it('no place after "to", or a flight that may happen, is no movement', () => {
    expect(moves('Some 10,000 residents have escaped to safety since Friday, a local aid official said.')).toEqual([]);
    expect(moves('Officials fear thousands could escape to Iran in the coming weeks.')).toEqual([]);
  });
});

describe('days counted from the story ("a day earlier", "the next day")', () => {
  const dated = (body: string) => eventsOf(body, '2021-08-09').filter((e) => e.kind === 'control').map((e) => [e.kind === 'control' ? e.place : '', e.date]);
  it('count from the day the article last stated, not from publication', () => {
    expect(dated('Kunduz city fell to the Taliban on Sunday, officials said. A day earlier, insurgents overran Sar-e-Pul, officials confirmed.'))
      .toEqual([['Kunduz', '2021-08-08'], ['Sar-e Pul', '2021-08-07']]);
    expect(dated('The Taliban captured Zaranj on Friday. The next day, they seized Sheberghan, a provincial official said.'))
      .toEqual([['Zaranj', '2021-08-06'], ['Sheberghan', '2021-08-07']]);
  });
  it('with no day stated before, count from publication; "the day before yesterday" keeps its own meaning', () => {
    expect(dated('A day earlier, insurgents overran Sar-e-Pul, officials confirmed.')).toEqual([['Sar-e Pul', '2021-08-08']]);
    expect(dated('Kunduz city fell to the Taliban on Friday. The day before yesterday, insurgents overran Sar-e-Pul, officials said.'))
      .toEqual([['Kunduz', '2021-08-06'], ['Sar-e Pul', '2021-08-07']]);
  });
});

describe('a return told as what a reopening allowed', () => {
  const moves = (body: string) => movements(body).map((m) => [m.fromId, m.toId, m.direction, m.count, m.countQualifier]);

  it('"reopened X, allowing/letting/enabling N people to return" is their return from the reopening country', () => {
    expect(moves('Pakistan reopened the Torkham crossing on Monday, allowing some 4,000 stranded Afghans to return home.')).toEqual([['country:PK', 'xing:torkham', 'return', 4000, 'some']]);
    expect(moves('Iran opened the Islam Qala crossing again, letting 2,500 Afghans go back to Afghanistan.')).toEqual([['country:IR', 'xing:islam-qala', 'return', 2500, null]]);
    expect(moves('Pakistani officials reopened the border on Thursday, enabling hundreds of families to return from Pakistan.')).toEqual([['country:PK', 'country:AF', 'return', null, 'hundreds']]);
    expect(moves('Tajikistan let 300 Afghan soldiers go back home to Afghanistan on Friday.')).toEqual([['country:TJ', 'country:AF', 'return', 300, null]]);
    expect(moves('Iranian authorities have permitted about 900 Afghan families to return through Islam Qala.')).toEqual([['country:IR', 'xing:islam-qala', 'return', 900, 'about']]);
  });

  it('not goods or aid let through, not a permission that is itself hypothetical, refused or negated, not the noun', () => {
    expect(moves('Pakistan reopened the Torkham crossing, allowing trucks to cross.')).toEqual([]);
    expect(moves('Pakistan reopened Torkham, allowing aid to reach Afghanistan.')).toEqual([]);
    expect(moves('Reopening the Torkham crossing would allow thousands of Afghans to return home from Pakistan.')).toEqual([]);
    expect(moves('Pakistan said it would reopen Torkham, allowing 4,000 Afghans to return home.')).toEqual([]);
    expect(moves('Pakistan refused to let 2,500 Afghans go back to Afghanistan.')).toEqual([]);
    expect(moves('Iran has not allowed Afghans to return through Islam Qala.')).toEqual([]);
    expect(moves('The Taliban urged Afghans in Iran to return.')).toEqual([]);
    expect(moves('Afghans in Pakistan awaited their return.')).toEqual([]);
  });
});

describe('turned or pushed back into Afghanistan by the subject', () => {
  const moves = (body: string) => movements(body).map((m) => [m.fromId, m.toId, m.direction, m.count, m.group]);

  it('"X turned/pushed back N Afghans to/into Afghanistan" is their return from X (or the border\'s neighbour)', () => {
    expect(moves('Pakistan turned back 1,000 Afghans to Afghanistan.')).toEqual([['country:PK', 'country:AF', 'return', 1000, 'Afghans']]);
    expect(moves('Iranian border guards pushed back 300 Afghans to Afghanistan on Sunday.')).toEqual([['country:IR', 'country:AF', 'return', 300, 'Afghans']]);
    expect(moves('Iranian police forced back hundreds of Afghan migrants into Nimroz province.')).toEqual([['country:IR', 'prov:AF-NIM', 'return', null, 'Afghan migrants']]);
    // The object of any verb of expulsion is who moved, not its agent.
    expect(moves('Pakistani soldiers sent back 200 refugees to Afghanistan.')).toEqual([['country:PK', 'country:AF', 'return', 200, 'refugees']]);
    expect(moves('Iranian border guards deported 450 Afghans on Monday.')).toEqual([['country:IR', 'country:AF', 'return', 450, 'Afghans']]);
  });

  it('not turned back at the border, not sent somewhere else, not the Taliban pushed back, not a forecast', () => {
    expect(moves('Pakistan turned back 1,000 Afghans at the border.')).toEqual([]);
    expect(moves('Iranian border guards turned back 300 Afghans trying to enter the country.')).toEqual([]);
    expect(moves('Turkey pushed back 500 Afghan migrants to Iran.')).toEqual([]);
    expect(moves('Government troops pushed back the Taliban to the outskirts of Kunduz.')).toEqual([]);
    expect(moves('Iran could push back thousands of Afghans to Afghanistan.')).toEqual([]);
    expect(moves('Iranian police expelled a group of journalists.')).toEqual([]);
  });
});

describe('"the capital"', () => {
  const dests = (body: string) => movements(body).map((m) => [m.fromId, m.toId]);

  it('is Kabul in an Afghan context, as a destination and as the place of a claim or an attack', () => {
    expect(dests('Thousands of families fled to the capital on Monday.')).toEqual([['country:AF', 'city:AF-KAB:kabul']]);
    expect(dests('About 2,000 people from Kunduz arrived in the capital last week.')).toEqual([['city:AF-KDZ:kunduz', 'city:AF-KAB:kabul']]);
    expect(dests('Families who fled Ghazni to the capital city are sleeping in parks.')).toEqual([['city:AF-GHA:ghazni', 'city:AF-KAB:kabul']]);
    expect(dests('Hundreds of families fled to the Afghan capital from Kunduz.')).toEqual([['city:AF-KDZ:kunduz', 'city:AF-KAB:kabul']]);
    expect(claims('The Taliban entered the capital on Sunday.')).toEqual([['city:AF-KAB:kabul', 'taliban', null]]);
    expect(eventsOf('A bomb attack in the capital killed 12 people.').filter((e) => e.kind === 'violence').map((e) => e.kind !== 'movement' && e.kind !== 'control' ? e.placeId : null)).toEqual(['city:AF-KAB:kabul']);
  });

  it('another country\'s capital when an adjective names it, if the gazetteer has it; nothing when the paragraph is abroad', () => {
    expect(dests('Hundreds of soldiers fled to the Tajik capital.')).toEqual([['country:AF', 'city:TJ:dushanbe']]);
    expect(dests('Dozens of Afghan families fled to the Armenian capital.')).toEqual([]);
    expect(dests('Many Afghans fled to Iran last month. About 300 families later fled to the capital.')).toEqual([['country:AF', 'country:IR']]);
    expect(dests('Many Afghans fled to Iran last month.\nAbout 300 families later fled to the capital.')).toEqual([['country:AF', 'country:IR'], ['country:AF', 'city:AF-KAB:kabul']]);
  });

  it('not "the provincial capital", "the capital of X", a place in apposition, or a part of the capital', () => {
    expect(dests('More than 2,000 families have fled the districts of Guzara and Injil to the provincial capital.')).toEqual([
      ['dist:AF.11.2003', 'city:AF-HER:herat'],
      ['city:AF-HER:injil', 'city:AF-HER:herat'],
    ]);
    expect(claims('Taliban insurgents captured Zaranj, the capital of Nimroz province, on Friday.')).toEqual([['city:AF-NIM:zaranj', 'taliban', null]]);
    expect(dests('Families fled Kunduz to Taloqan, the capital.')).toEqual([['city:AF-KDZ:kunduz', 'city:AF-TAK:taloqan']]);
    expect(claims('The Taliban captured the capital\'s airport.')).toEqual([]);
    // A deadly attack on the capital is violence, not a fight for its control.
    expect(claims('A suicide bomber struck a ministry, one of the deadliest assaults on the capital this year.')).toEqual([]);
  });
});

describe('what the article could not verify', () => {
  const who = (body: string) => eventsOf(body).map((e) => [e.kind, e.claimant]);

  it('is not the article\'s own word: "unconfirmed reports" claim it, unless a source is named for it', () => {
    expect(claims('Reports that Zaranj had fallen could not be confirmed.')).toEqual([['city:AF-NIM:zaranj', 'taliban', 'unconfirmed reports']]);
    expect(claims('Reports that insurgents had overrun Qala-e-Naw could not immediately be independently verified.')).toEqual([['city:AF-BDG:qala-i-naw', 'taliban', 'unconfirmed reports']]);
    expect(claims('The Taliban seized Sheberghan, but the report could not be independently verified.')).toEqual([['city:AF-JOW:shibirghan', 'taliban', 'unconfirmed reports']]);
    expect(claims('Insurgents captured Aqina port on Friday, according to reports that could not be verified.')).toEqual([['xing:aqina', 'taliban', 'unconfirmed reports']]);
    expect(who('About 1,000 soldiers fled into Tajikistan, according to reports that cannot be confirmed.')).toEqual([['movement', 'unconfirmed reports']]);
    // A named source keeps the claim.
    expect(claims('The Taliban\'s claim that they captured Zaranj could not be verified.')).toEqual([['city:AF-NIM:zaranj', 'taliban', 'The Taliban']]);
    expect(claims('Local media reported that the Taliban had seized Zaranj, which could not be independently confirmed.')).toEqual([['city:AF-NIM:zaranj', 'taliban', 'Local media']]);
  });

  it('said in the next sentence, of the sentence before', () => {
    expect(claims('The Taliban captured Zaranj on Friday. The claim could not be independently verified.')).toEqual([['city:AF-NIM:zaranj', 'taliban', 'unconfirmed reports']]);
    expect(claims('Insurgents overran Khan Abad district overnight.\nReuters could not independently verify the report.')).toEqual([['dist:AF.24.1406', 'taliban', 'unconfirmed reports']]);
    expect(claims('The Taliban captured Zaranj on Friday. It was not immediately possible to confirm this.')).toEqual([['city:AF-NIM:zaranj', 'taliban', 'unconfirmed reports']]);
  });

  it('not a death toll or figures left unverified, not confirmed reports, not news after the doubt or further back', () => {
    expect(claims('The Taliban captured Zaranj on Friday. The death toll could not be confirmed.')).toEqual([['city:AF-NIM:zaranj', 'taliban', null]]);
    expect(claims('The Taliban captured Zaranj; casualty figures could not be verified.')).toEqual([['city:AF-NIM:zaranj', 'taliban', null]]);
    expect(claims('Reports that Zaranj had fallen were confirmed by the governor.')).toEqual([['city:AF-NIM:zaranj', 'taliban', 'the governor']]);
    expect(who('The claim could not be verified, but fighting continued in Herat.')).toEqual([['control', null], ['violence', null]]);
    expect(claims('The Taliban captured Zaranj on Friday. Shops were shut. The claim could not be verified.')).toEqual([['city:AF-NIM:zaranj', 'taliban', null]]);
  });
});

describe('noun-phrase headlines of a rejected claim', () => {
  /** [placeId, controller, claimant, denial] of the headline's claims. */
  const headline = (title: string, body = 'Residents reported gunfire overnight.') =>
    extractEvents(parseArticle('h', `---\ntitle: "${title}"\npublished: 2021-07-08\n---\n${title}\n\n${body}`), gazetteer)
      .filter((e): e is ControlEvent => e.kind === 'control')
      .map((e) => [e.placeId, e.controller, e.claimant, e.denial ?? false, e.section])
      .sort();

  it('"X rejects Taliban claim of <place> capture/takeover/fall": the Taliban claim, and X\'s denial', () => {
    expect(headline('Kabul rejects Taliban claim of Zaranj capture')).toEqual([
      ['city:AF-NIM:zaranj', 'government', 'Kabul', true, 'headline'],
      ['city:AF-NIM:zaranj', 'taliban', 'Taliban', false, 'headline'],
    ]);
    expect(headline('Government denies Taliban claims of Kunduz takeover')).toEqual([
      ['city:AF-KDZ:kunduz', 'government', 'Government', true, 'headline'],
      ['city:AF-KDZ:kunduz', 'taliban', 'Taliban', false, 'headline'],
    ]);
    expect(headline('Defence ministry dismisses insurgents\' claims of Qala-e-Naw fall')).toEqual([
      ['city:AF-BDG:qala-i-naw', 'government', 'Defence ministry', true, 'headline'],
      ['city:AF-BDG:qala-i-naw', 'taliban', 'insurgents', false, 'headline'],
    ]);
  });

  it('a report of a takeover no one is named for is "unconfirmed reports"; the body\'s own sentence replaces the headline\'s copy', () => {
    expect(headline('Reports of Ghazni takeover spread on social media')).toEqual([['city:AF-GHA:ghazni', 'taliban', 'unconfirmed reports', false, 'headline']]);
    expect(headline('Government denies Taliban claims of Kunduz takeover', 'The Afghan government rejected the Taliban\'s claim that Kunduz had fallen.')).toEqual([
      ['city:AF-KDZ:kunduz', 'government', 'The Afghan government', true, 'body'],
      ['city:AF-KDZ:kunduz', 'taliban', 'the Taliban', false, 'body'],
    ]);
  });

  it('not an offer, not a seizure of goods, not a verb after a place', () => {
    expect(headline('Kabul rejects Taliban offer of talks')).toEqual([]);
    expect(headline('Ministry rejects claims of heroin seizure in Herat')).toEqual([]);
    expect(headline('Taliban fighters in Kunduz capture two army posts')).toEqual([]);
  });
});

describe('a forecast of fighting or talks', () => {
  const context = (body: string) => eventsOf(body).filter((e): e is ContextEvent => e.kind !== 'control' && e.kind !== 'movement').map((e) => [e.kind, e.placeId]);

  it('is no context event when the event\'s noun is the subject of a modal or "expected/threatens to"', () => {
    expect(context('Fighting could rage in Kandahar for weeks.')).toEqual([]);
    expect(context('Clashes may erupt in Herat if talks fail.')).toEqual([]);
    expect(context('Heavy fighting might spread to Kunduz, officials warned.')).toEqual([]);
    expect(context('Officials warned that fighting would intensify around Ghazni.')).toEqual([]);
    expect(context('Fresh clashes are expected to break out in Faryab.')).toEqual([]);
    expect(context('The violence threatens to engulf Maimana.')).toEqual([]);
    expect(context('Talks between the two sides will resume in Doha on Saturday.')).toEqual([]);
    expect(context('He said another meeting will take place in Tehran soon.')).toEqual([]);
  });

  it('what happened stays, and so does fighting said to go on, or an attack whose consequences are forecast', () => {
    expect(context('Fighting raged in Kandahar on Monday.')).toEqual([['violence', 'city:AF-KAN:kandahar']]);
    expect(context('Fighting raged in Kandahar on Monday and could spread to Herat.')).toEqual([['violence', 'city:AF-KAN:kandahar']]);
    expect(context('Heavy fighting is expected to continue in Lashkar Gah.')).toEqual([['violence', 'city:AF-HEL:lashkar-gah']]);
    expect(context('The attack on Kandahar airport could derail the talks.')).toEqual([['violence', 'city:AF-KAN:kandahar']]);
    expect(context('Talks held in Doha could resume next week.')).toEqual([['talks', 'city:QA:doha']]);
  });
});

describe('a count shared by several flows', () => {
  const moves = (body: string) => movements(body).map((m) => [m.fromId, m.toId, m.count, m.sharedCount ?? null, m.countQualifier]);

  it('is their total: each flow states it as its count (as annotators record it) and is marked as sharing it', () => {
    expect(moves('About 1,200 people fled Kunduz and Takhar to Mazar-i-Sharif.')).toEqual([
      ['prov:AF-KDZ', 'city:AF-BAL:mazar-e-sharif', 1200, 1200, 'about'],
      ['prov:AF-TAK', 'city:AF-BAL:mazar-e-sharif', 1200, 1200, 'about'],
    ]);
    expect(moves('Some 500 families fled from Ghazni and Wardak provinces to Kabul on Monday.')).toEqual([
      ['prov:AF-GHA', 'city:AF-KAB:kabul', 500, 500, 'some'],
      ['prov:AF-WAR', 'city:AF-KAB:kabul', 500, 500, 'some'],
    ]);
    // The same for one figure and several destinations.
    expect(moves('At least 9,000 Afghan refugees have arrived in Iran and Pakistan since May.')).toEqual([
      ['country:AF', 'country:IR', 9000, 9000, 'at least'],
      ['country:AF', 'country:PK', 9000, 9000, 'at least'],
    ]);
  });

  it('not counts given for each flow, a vague amount, or one flow; each verb with its own count keeps its own places', () => {
    expect(moves('About 2,000 people fled to Kabul, and 500 to Mazar-i-Sharif.')).toEqual([
      ['country:AF', 'city:AF-KAB:kabul', 2000, null, 'about'],
      ['country:AF', 'city:AF-BAL:mazar-e-sharif', 500, null, null],
    ]);
    expect(moves('Hundreds of families fled Kunduz and Takhar to Mazar-i-Sharif.').map((m) => [m[2], m[3], m[4]])).toEqual([[null, null, 'hundreds'], [null, null, 'hundreds']]);
    expect(moves('About 1,200 people fled Kunduz to Mazar-i-Sharif.')).toEqual([['city:AF-KDZ:kunduz', 'city:AF-BAL:mazar-e-sharif', 1200, null, 'about']]);
    expect(moves('About 1,200 people fled Kunduz to Mazar-i-Sharif and 800 fled Takhar to Kabul.')).toEqual([
      ['city:AF-KDZ:kunduz', 'city:AF-BAL:mazar-e-sharif', 1200, null, 'about'],
      ['prov:AF-TAK', 'city:AF-KAB:kabul', 800, null, null],
    ]);
  });

  it('the map sizes no arrow by it, and the label says the total is shared', () => {
    const fc = toFeatureCollection(eventsOf('About 1,200 people fled Kunduz and Takhar to Mazar-i-Sharif.'), gazetteer);
    const lines = movementLines(parseEvents(JSON.stringify(fc), 'e.geojson')).features.filter((f) => f.properties.part === 'path');
    expect(lines.map((f) => [f.properties.count, f.properties.label])).toEqual([[0, 'part of about 1,200 people'], [0, 'part of about 1,200 people']]);
  });
});

describe('how far back "the city", "the district", "the crossing" reach', () => {
  const lines = (...ls: string[]) => ls.join('\n');
  const retaken = (body: string) => claims(body).filter((c) => c[1] === 'government').map((c) => c[0]);

  it('the last place of its kind named before, however far, when nothing else that might be meant came between', () => {
    expect(retaken(lines('The Taliban attacked Kunduz on Monday.', 'Shops were shut.', 'Prices rose sharply.', 'Schools closed early.', 'Officials said government forces retook the city.'))).toEqual(['city:AF-KDZ:kunduz']);
    expect(retaken(lines('Insurgents overran Chora district on Monday.', 'Shops were shut.', 'Prices rose sharply.', 'Schools closed early.', 'Officials said commandos recaptured the district on Friday.'))).toEqual(['dist:AF.39.2602']);
    expect(retaken(lines('Militants stormed the Islam Qala crossing on Monday.', 'Trade was halted.', 'Prices rose.', 'Traders waited.', 'Officials said security forces had retaken the crossing.'))).toEqual(['xing:islam-qala']);
  });

  it('nothing when it is more than three sentences and a paragraph back and another place that might be meant was named between', () => {
    // Cities abroad, the far post of another crossing.
    expect(retaken(lines('The Taliban attacked Kunduz on Monday.', 'Shops were shut.', 'Talks were held in Doha.', 'Schools closed early.', 'Officials said government forces retook the city.'))).toEqual([]);
    expect(retaken(lines('The Taliban attacked Kunduz on Monday.', 'Shops were shut.', 'Uzbek officials in Termez said they were worried.', 'Schools closed early.', 'Government forces retook the city, officials said.'))).toEqual([]);
    expect(retaken(lines('Militants stormed the Islam Qala crossing on Monday.', 'Trade was halted.', 'Pakistani officials closed the Chaman post.', 'Prices rose.', 'Traders waited.', 'Officials said security forces had retaken the crossing.'))).toEqual([]);
  });

  it('but the same rival names no doubt when the place is near: this or the previous paragraph, or three sentences back at most', () => {
    expect(retaken(lines('The Taliban attacked Kunduz on Monday.', 'Talks were held in Doha.', 'Officials said government forces retook the city.'))).toEqual(['city:AF-KDZ:kunduz']);
    expect(retaken('The Taliban attacked Kunduz on Monday. Shops were shut. Talks were held in Doha. Schools closed early. Officials said government forces retook the city.')).toEqual(['city:AF-KDZ:kunduz']);
    expect(retaken(lines('Militants stormed the Islam Qala crossing on Monday.', 'Pakistani officials closed the Chaman post.', 'Officials said security forces had retaken the crossing.'))).toEqual(['xing:islam-qala']);
    // Iranian officials at the far post of the same crossing name no other crossing.
    expect(retaken(lines('Militants stormed the Islam Qala crossing on Monday.', 'Trade was halted.', 'Iranian officials in Dogharoun closed their side.', 'Prices rose.', 'Traders waited.', 'Officials said security forces had retaken the crossing.'))).toEqual(['xing:islam-qala']);
  });
});

describe('wire datelines', () => {
  const dated = (body: string, published: string) => eventsOf(body, published).map((e) => [e.kind, e.date]);

  it('carry the dispatch day, not the day of the event the sentence dates', () => {
    expect(dated('KABUL, Aug. 7 (Xinhua) -- Taliban militants captured Zaranj, the capital of Nimroz province, on Friday afternoon without a fight, an official said on Saturday.', '2021-08-07')).toEqual([['control', '2021-08-06']]);
    expect(dated('HERAT, July 9 (Reuters) - Insurgents seized the Islam Qala border crossing on Thursday, two officials said.', '2021-07-09')).toEqual([['control', '2021-07-08']]);
    expect(dated('DUSHANBE, Tajikistan, July 6, 2021 (AP) — More than 1,000 Afghan soldiers fled into Tajikistan on Monday, the Tajik border service said.', '2021-07-06')).toEqual([['movement', '2021-07-05']]);
    expect(dated('KANDAHAR, 16 July (AFP) – Taliban fighters took control of the Spin Boldak crossing on Wednesday, officials said.', '2021-07-16')).toEqual([['control', '2021-07-14']]);
  });

  it('a dateline with no other date in its sentence still dates it (the story was filed that day)', () => {
    expect(dated('KABUL, Aug. 7 (Xinhua) -- Taliban militants captured Zaranj without a fight.', '2021-08-08')).toEqual([['control', '2021-08-07']]);
  });

  it('is not the story\'s day when its sentence states its own', () => {
    const body = 'KABUL, Aug. 7 (Xinhua) -- Heavy fighting broke out in Zaranj on Friday, officials said.\nTaliban fighters captured Zaranj after the governor fled.';
    expect(eventsOf(body, '2021-08-07').filter((e) => e.quoteStart > 0).map((e) => [e.kind, e.date])).toEqual([['control', '2021-08-06']]);
  });

  it('prose that opens with a place and a date is no dateline: its date is the nearest as ever', () => {
    expect(dated('Kunduz, on August 8, saw the Taliban capture the city after clashes that began on Friday.', '2021-08-08')).toEqual([['control', '2021-08-08'], ['violence', '2021-08-06']]);
    expect(dated('Zaranj, Aug. 6, fell to the Taliban, the governor said on Sunday.', '2021-08-08')).toEqual([['control', '2021-08-06']]);
    expect(dated('Zaranj, Aug. 6 (a Friday), fell to the Taliban, the governor said on Sunday.', '2021-08-08')).toEqual([['control', '2021-08-06']]);
  });

  it('datelineEnd reads the agency and dash forms, and nothing else', () => {
    expect(datelineEnd('KABUL, Aug. 7 (Xinhua) -- Taliban militants captured Zaranj')).toBe(25);
    expect(datelineEnd('ISLAMABAD/KABUL, Aug 7 (Reuters) - Pakistan said')).toBe(34);
    expect(datelineEnd('MAZAR-I-SHARIF, Afghanistan, August 14, 2021 (AP) — Thousands fled')).toBe(51);
    expect(datelineEnd('Kabul, Aug 9 (UNI) With the Taliban sweeping')).toBe(18);
    expect(datelineEnd('Herat, 12 July – Fighting went on')).toBe(16);
    expect(datelineEnd('Kabul, on July 8, saw fighting')).toBe(0);
    expect(datelineEnd('Zaranj, Aug. 6 (a Friday), fell')).toBe(0);
    expect(datelineEnd('The Taliban, July 8 (Reuters) - x')).toBe(0);
  });
});

describe('a side rejecting the other side\'s claim', () => {
  /** [placeId, controller, claimant, date, denial] per claim, in text order. */
  const rows = (body: string, published = '2021-07-13') => control(body, published).map((e) => [e.placeId, e.controller, e.claimant, e.date, e.denial ?? false]);
  const chora = 'dist:AF.39.2602';

  it('a Taliban rejection of a government claim is the Taliban\'s claim, dated at the rejection', () => {
    expect(rows('Afghan forces recaptured Chora district on Monday, the defence ministry said. The Taliban rejected the claim, saying their fighters were still in control of the area.')).toEqual([
      [chora, 'government', 'the defence ministry', '2021-07-12', false],
      [chora, 'taliban', 'The Taliban', '2021-07-13', true],
    ]);
    expect(rows('The army said on Sunday it had retaken Chora district.\nZabihullah Mujahid, a Taliban spokesman, rejected the claim on Monday.')).toEqual([
      [chora, 'government', 'The army', '2021-07-11', false],
      [chora, 'taliban', 'Zabihullah Mujahid, a Taliban spokesman', '2021-07-12', true],
    ]);
    expect(rows('The army said on Sunday it had retaken Chora district. The insurgents rejected the ministry\'s claim.')).toEqual([
      [chora, 'government', 'The army', '2021-07-11', false],
      [chora, 'taliban', 'The insurgents', '2021-07-13', true],
    ]);
    expect(rows('Commandos retook Chora district last week, officials said.\nThe group dismissed the government\'s claims as propaganda.')[1]).toEqual([chora, 'taliban', 'The group', '2021-07-13', true]);
  });

  it('a Taliban denial of a loss or of a retaking in the sentence itself', () => {
    expect(rows('Security forces retook Chora district on Monday, officials said.\nThe Taliban denied losing the district.')).toEqual([
      [chora, 'government', 'officials', '2021-07-12', false],
      [chora, 'taliban', 'The Taliban', '2021-07-13', true],
    ]);
    expect(rows('The Taliban denied having lost Chora district.')).toEqual([[chora, 'taliban', 'The Taliban', '2021-07-13', true]]);
    expect(rows('Commandos have recaptured Chora district, the army said. A Taliban spokesman dismissed reports that the district had been retaken.')).toEqual([
      [chora, 'government', 'the army', '2021-07-13', false],
      [chora, 'taliban', 'A Taliban spokesman', '2021-07-13', true],
    ]);
    expect(rows('The Taliban denied that government forces had retaken Chora district.')).toEqual([[chora, 'taliban', 'The Taliban', '2021-07-13', true]]);
  });

  it('a speaker is the subject of a verb right after its own ("denied losing", a headline\'s "say control")', () => {
    expect(control('Insurgents say control 85 percent of country').map((e) => [e.placeId, e.controller, e.claimant, e.figure?.value])).toEqual([['country:AF', 'taliban', 'Insurgents', 85]]);
    expect(rows('The army admitted losing Chora district on Sunday.')).toEqual([[chora, 'taliban', 'The army', '2021-07-11', false]]);
  });

  it('the same within one sentence ("..., but the Taliban rejected the claim", "which was denied by the Taliban")', () => {
    expect(rows('Afghan forces recaptured Chora district on Monday, the ministry said, but the Taliban rejected the claim.')).toEqual([
      [chora, 'government', 'the ministry', '2021-07-12', false],
      [chora, 'taliban', 'the Taliban', '2021-07-12', true],
    ]);
    expect(rows('Government forces retook Chora district, which was denied by the Taliban.')).toEqual([
      [chora, 'government', null, '2021-07-13', false],
      [chora, 'taliban', 'the Taliban', '2021-07-13', true],
    ]);
    expect(rows('The Taliban captured Chora district, a spokesman said, but the governor denied the claim.')).toEqual([
      [chora, 'taliban', 'a spokesman', '2021-07-13', false],
      [chora, 'government', 'the governor', '2021-07-13', true],
    ]);
    // A rejecter on the claim's side, or a neutral one rejecting a government claim: nothing more.
    expect(rows('Afghan forces recaptured Chora district, the ministry said, but residents rejected the claim.')).toEqual([[chora, 'government', 'the ministry', '2021-07-13', false]]);
    expect(rows('The Taliban captured Chora district, residents said, but the insurgents denied the claim.')).toEqual([[chora, 'taliban', 'residents', '2021-07-13', false]]);
  });

  it('a government claim inside reports or claims the Taliban deny, passive or called false', () => {
    expect(rows('Reports that Chora district had been retaken were dismissed by the Taliban.')).toEqual([[chora, 'taliban', 'the Taliban', '2021-07-13', true]]);
    expect(rows('The government claim that Chora district had been recaptured was false, the Taliban said.')).toEqual([[chora, 'taliban', 'the Taliban', '2021-07-13', true]]);
    expect(rows('The Taliban said the government\'s claim to have retaken Chora district was propaganda.')).toEqual([[chora, 'taliban', 'The Taliban', '2021-07-13', true]]);
    // Not denied, or not by the Taliban: as before.
    expect(rows('The ministry\'s claim that troops had retaken Chora district came on Monday.')).toEqual([[chora, 'government', null, '2021-07-12', false]]);
  });

  it('the other way round as before: a government rejection of a Taliban claim', () => {
    expect(rows('The Taliban said they captured Chora district. The governor rejected the claim.')).toEqual([
      [chora, 'taliban', 'The Taliban', '2021-07-13', false],
      [chora, 'government', 'The governor', '2021-07-13', true],
    ]);
  });

  it('what a rejecter goes on to say ("..., saying ...") is not what it rejects', () => {
    expect(rows('The Taliban rejected the claim, saying their fighters had captured Chora district.')).toEqual([[chora, 'taliban', 'The Taliban', '2021-07-13', false]]);
    expect(rows('The Taliban said they captured Chora district. The governor rejected the claim, saying troops had recaptured Chora district.')).toEqual([
      [chora, 'taliban', 'The Taliban', '2021-07-13', false],
      [chora, 'government', 'The governor', '2021-07-13', false],
    ]);
  });

  it('nothing from a neutral rejecter, a rejection of talks or offers, or a rejecter on the claim\'s own side', () => {
    const retaken = 'Government forces recaptured Chora district, officials said. ';
    const only = [[chora, 'government', 'officials', '2021-07-13', false]];
    expect(rows(`${retaken}A local journalist disputed the figures.`)).toEqual(only);
    expect(rows(`${retaken}Residents rejected the claim.`)).toEqual(only);
    expect(rows(`${retaken}The Taliban rejected the government's offer of talks.`)).toEqual(only);
    expect(rows(`${retaken}The insurgents dismissed the proposal for a ceasefire.`)).toEqual(only);
    expect(rows(`${retaken}The army rejected the claim.`)).toEqual(only);
    expect(rows('Taliban fighters captured Chora district, residents said. The Taliban rejected the claim.')).toEqual([[chora, 'taliban', 'residents', '2021-07-13', false]]);
  });
});

describe('a province or district named only to locate a place', () => {
  const flows = (body: string) => movements(body).map((m) => [m.fromId, m.toId, m.viaId ?? null]);

  it('is neither the destination nor the origin: "the X crossing in Y province", "X, in Y province", "via X in Y"', () => {
    expect(flows('More than 2,000 Afghans crossed into Iran last week, many of them through the Islam Qala border crossing in Herat province.')).toEqual([['country:AF', 'country:IR', 'xing:islam-qala']]);
    expect(flows('Hundreds of families fled to Iran via Islam Qala in Herat province.')).toEqual([['country:AF', 'country:IR', 'xing:islam-qala']]);
    expect(flows('Thousands of people crossed into Pakistan through Spin Boldak, in Kandahar province, on Monday.')).toEqual([['country:AF', 'country:PK', 'xing:spin-boldak']]);
    expect(flows('Some 500 Afghans entered Tajikistan through the Sher Khan Bandar crossing in Kunduz province.')).toEqual([['country:AF', 'country:TJ', 'xing:sher-khan-bandar']]);
    expect(flows('About 300 soldiers fled into Uzbekistan via the Hairatan port in northern Balkh province.')).toEqual([['country:AF', 'country:UZ', 'xing:hairatan']]);
    expect(flows('Thousands of families crossed into Pakistan at the Torkham border in Nangarhar.')).toEqual([['country:AF', 'country:PK', 'xing:torkham']]);
    // A district, and a city located by its province.
    expect(flows('Families crossed into Iran through the Islam Qala crossing in Kohsan district.')).toEqual([['country:AF', 'country:IR', 'xing:islam-qala']]);
    expect(flows('Thousands of families fled to Mazar-i-Sharif in Balkh province.')).toEqual([['country:AF', 'city:AF-BAL:mazar-e-sharif', null]]);
  });

  it('but an origin or a destination of its own stays one', () => {
    expect(flows('Families fled from Herat province to Iran through Islam Qala.')).toEqual([['prov:AF-HER', 'country:IR', 'xing:islam-qala']]);
    expect(flows('Families fled to Herat province.')).toEqual([['country:AF', 'prov:AF-HER', null]]);
    expect(flows('Hundreds of families fled to Iran and to Herat province.')).toEqual([['country:AF', 'country:IR', null], ['country:AF', 'prov:AF-HER', null]]);
    // Not inside the place before it: a second destination ("Mazar-i-Sharif" is not in Kabul province).
    expect(flows('Thousands of families fled to Mazar-i-Sharif and to Kabul.')).toEqual([['country:AF', 'city:AF-BAL:mazar-e-sharif', null], ['country:AF', 'city:AF-KAB:kabul', null]]);
  });
});

describe('a quote first, then its speaker', () => {
  const who = (body: string, published = '2021-08-07') => eventsOf(body, published).filter((e) => e.kind === 'control').map((e) => [(e as ControlEvent).placeId, e.claimant]);
  const before = 'The Taliban attacked Zaranj, the capital of Nimroz province, on Friday.\n';

  it('"told <outlet>", "told reporters", "told AFP by phone", a title before the name, and what the speaker adds', () => {
    expect(who(`${before}"The city fell without a fight," Nimroz deputy governor Ahmad Naseri told Xinhua, adding that the Taliban had entered the governor's office.`)).toEqual([['city:AF-NIM:zaranj', 'Nimroz deputy governor Ahmad Naseri']]);
    expect(who('"The Taliban captured Islam Qala this morning," a border official told AFP by phone, adding the crossing was closed.')).toEqual([['xing:islam-qala', 'a border official']]);
    expect(who('"Insurgents overran Chora district overnight," provincial council member Hajji Mohammad told reporters, adding that the police had retreated to the provincial capital.')).toEqual([['dist:AF.39.2602', 'provincial council member Hajji Mohammad']]);
    expect(who('"Our fighters have captured Spin Boldak," Zabihullah Mujahid, a Taliban spokesman, told Reuters, adding that traders could cross freely.')).toEqual([['xing:spin-boldak', 'Zabihullah Mujahid, a Taliban spokesman']]);
    // The same with "said", and what the speaker adds is the speaker's too.
    expect(who('"We have retaken Chora district," the army commander said, adding that commandos had also recaptured Gizab district.')).toEqual([
      ['dist:AF.39.2602', 'the army commander'],
      ['dist:AF.41.3402', 'the army commander'],
    ]);
  });

  it('a source kept anonymous in an aside ("the official, who asked not to be named, told AFP")', () => {
    expect(who('"The Taliban took Islam Qala without a fight," the official, who asked not to be named, told AFP.')).toEqual([['xing:islam-qala', 'the official']]);
    expect(who('Insurgents captured Chora district, an official, who spoke on condition of anonymity, told Reuters, adding that the police had fled.')).toEqual([['dist:AF.39.2602', 'an official']]);
    expect(who('"Zaranj has fallen," Abdul Wahid, the district governor, told AFP by telephone, adding that police had retreated.')).toEqual([['city:AF-NIM:zaranj', 'Abdul Wahid, the district governor']]);
  });

  it('not a "told" inside the quote; a pronoun is the previous speaker', () => {
    expect(who('"The governor told us Zaranj had fallen," a resident said.')).toEqual([['city:AF-NIM:zaranj', 'a resident']]);
    expect(who('"The Taliban told everyone that they had captured Zaranj and that the police had fled," a resident said by phone on Saturday.')).toEqual([['city:AF-NIM:zaranj', 'a resident']]);
    expect(who('Ahmad Naseri, the deputy governor, said the roads were closed.\n"The Taliban captured Zaranj without a fight," he told Reuters, adding that officials had fled to the airport.')).toEqual([['city:AF-NIM:zaranj', 'Ahmad Naseri, the deputy governor']]);
    // No quote before the speaker: what follows "told ... that" is still only the speaker's.
    expect(who('The Taliban captured Zaranj on Friday, a resident told Xinhua, adding that shops had closed.')).toEqual([['city:AF-NIM:zaranj', 'a resident']]);
  });
});

describe('the place of a context event: possessive locators and talks without a place of their own', () => {
  const context = (body: string) => eventsOf(body).filter((e): e is ContextEvent => e.kind !== 'control' && e.kind !== 'movement').map((e) => [e.kind, e.placeId]);

  it('"Herat\'s Ghoryan district": the specific place, not the one locating it', () => {
    expect(context('Fighting raged in Kandahar\'s Arghandab district on Sunday.')).toEqual([['violence', 'dist:AF.23.2404']]);
    expect(context('A roadside bomb killed four soldiers in Uruzgan\'s Chora district.')).toEqual([['violence', 'dist:AF.39.2602']]);
    expect(context('Three policemen were wounded in an attack on a checkpoint near Herat\'s Islam Qala crossing.')).toEqual([['violence', 'xing:islam-qala']]);
  });

  it('a talks or visit noun whose clause names no place does not borrow one from another clause', () => {
    expect(context('The visit came days after clashes between Taliban fighters and Afghan forces in Herat\'s Ghoryan district near the Iranian border.')).toEqual([['violence', 'dist:AF.11.2009']]);
    expect(context('The meeting took place a week after an attack on a checkpoint in Kunduz.')).toEqual([['violence', 'city:AF-KDZ:kunduz']]);
    expect(context('Zarif met Baradar after fighting in Herat.')).toEqual([['violence', 'city:AF-HER:herat']]);
  });

  it('but a place in the talks\' own clause stays, wherever the sentence has others', () => {
    expect(context('Herat\'s governor visited Islam Qala on Monday.')).toEqual([['talks', 'xing:islam-qala']]);
    expect(context('Heavy clashes took place in Ghoryan district of Herat.')).toEqual([['violence', 'dist:AF.11.2009']]);
    expect(context('The talks in Tehran came days after fighting in Herat.')).toEqual([['talks', 'city:IR:tehran'], ['violence', 'city:AF-HER:herat']]);
    expect(context('Iran hosted talks between Taliban and Afghan officials on Wednesday.')).toEqual([['talks', 'country:IR']]);
    expect(context('Talks between the two sides, which began on Monday, are being held in Doha.')).toEqual([['talks', 'city:QA:doha']]);
    expect(context('In Kabul, the envoy met President Ashraf Ghani before flying to Doha.')).toEqual([['talks', 'city:AF-KAB:kabul']]);
    // Another talks word of the sentence with a place in its own clause.
    expect(context('The delegates promised further talks after two days of dialogue in Islamabad.')).toEqual([['talks', 'city:PK:islamabad']]);
  });
});

describe('wire datelines: a bracketed country, and the dateline\'s place', () => {
  it('"Kabul [Afghanistan], August 8 (ANI):" is a dateline too', () => {
    expect(datelineEnd('Kabul [Afghanistan], August 8 (ANI): Heavy fighting continued')).toBe(35);
    expect(eventsOf('Kabul [Afghanistan], August 8 (ANI): Heavy fighting continued in Lashkar Gah on Saturday, officials said.', '2021-08-08').map((e) => [e.kind, e.date])).toEqual([['control', '2021-08-07'], ['violence', '2021-08-07']]);
  });

  it('its place is where the story was filed, not where the fighting was', () => {
    const ctx = (body: string) => eventsOf(body, '2021-08-09').filter((e): e is ContextEvent => e.kind === 'violence').map((e) => e.placeId);
    expect(ctx('KABUL, Aug 9 (AP) — Taliban fighters overran the northern city of Kunduz on Sunday after weeks of fighting, residents said.')).toEqual(['city:AF-KDZ:kunduz']);
    expect(ctx('HERAT, Aug 9 (Reuters) - Fighting raged overnight, officials said.')).toEqual([]);
    // Not a dateline: prose opening with the place.
    expect(ctx('Herat, on August 8, saw heavy fighting.')).toEqual(['city:AF-HER:herat']);
  });
});

describe('a possessive country saying which of its places, not a claim on the country', () => {
  const national = (body: string) => claims(body).filter(([id]) => id === 'country:AF');

  it('"Afghanistan\'s second- and third-largest cities", "the country\'s third city": no national claim', () => {
    expect(claims('The Taliban captured Afghanistan\'s second- and third-largest cities on Thursday.')).toEqual([]);
    expect(claims('Taliban fighters overran Afghanistan\'s third city overnight.')).toEqual([]);
    expect(claims('Insurgents seized control of Afghanistan\'s largest city in the north on Saturday.')).toEqual([]);
    expect(claims('The militants captured Afghanistan\'s largest city.')).toEqual([]);
    expect(claims('The Taliban captured two of the country\'s biggest cities on Friday.')).toEqual([]);
    expect(claims('Fighting eased across Afghanistan. The insurgents overran the country\'s third city on Friday.').filter(([, c]) => c !== 'contested')).toEqual([]);
    // As the subject: neither the country nor the region locating the city.
    expect(claims('Afghanistan\'s largest city in the north fell to the Taliban on Saturday.')).toEqual([]);
    expect(claims('Afghanistan\'s second- and third-largest cities fell to the Taliban on Thursday.')).toEqual([]);
    expect(claims('The country\'s two biggest cities fell to the insurgents.')).toEqual([]);
  });

  it('the city named beside it is the claim', () => {
    expect(claims('The Taliban captured Afghanistan\'s second-largest city, Kandahar, on Thursday.')).toEqual([['city:AF-KAN:kandahar', 'taliban', null]]);
    expect(claims('The Taliban took control of Afghanistan\'s biggest northern city, Mazar-i-Sharif.')).toEqual([['city:AF-BAL:mazar-e-sharif', 'taliban', null]]);
    expect(claims('Mazar-i-Sharif, Afghanistan\'s largest city in the north, fell to the Taliban on Saturday.')).toEqual([['city:AF-BAL:mazar-e-sharif', 'taliban', null]]);
  });

  it('real national claims stay: figures, fractions, extents and every place of a class', () => {
    expect(national('The Taliban now control 85 percent of Afghanistan.')).toHaveLength(1);
    expect(national('The insurgents hold over 200 districts.')).toHaveLength(1);
    expect(national('The Taliban now control half the country.')).toHaveLength(1);
    expect(national('The Taliban captured most of Afghanistan\'s territory.')).toHaveLength(1);
    expect(national('The Taliban said they controlled most of Afghanistan\'s districts.')).toHaveLength(1);
    expect(national('The Taliban captured all 34 provincial capitals.')).toHaveLength(1);
    expect(national('The Taliban captured 10 of the country\'s provinces.')).toHaveLength(1);
    expect(national('The Taliban took control of Afghanistan.')).toHaveLength(1);
    // A class of places, not ranked ones, is still a claim across the country.
    expect(national('Afghanistan\'s major cities remain under government control.')).toHaveLength(1);
  });
});

describe('"the Afghan side of the border/frontier" beside a named crossing is that crossing', () => {
  it('a crossing named in the same sentence or the one before', () => {
    expect(claims('Pakistani authorities suspended all movement through the Torkham crossing after Taliban fighters took control of the Afghan side of the frontier.')).toEqual([['xing:torkham', 'taliban', null]]);
    expect(claims('Traders at Torkham said trucks had stopped. Pakistani soldiers took positions as the Taliban took control of the Afghan side of the frontier.')).toEqual([['xing:torkham', 'taliban', null]]);
    expect(claims('Iranian officials closed the Islam Qala crossing. Insurgents seized the Afghan side on Thursday.')).toEqual([['xing:islam-qala', 'taliban', null]]);
    // A far post named stands for the Afghan crossing facing it.
    expect(claims('Pakistan closed the Chaman crossing on Wednesday. The Taliban had seized the Afghan side of the border hours earlier.')).toEqual([['xing:spin-boldak', 'taliban', null]]);
    expect(claims('The Afghan side of the Torkham crossing fell to the Taliban on Friday.')).toEqual([['xing:torkham', 'taliban', null]]);
  });

  it('no crossing named nearby: still the border', () => {
    expect(claims('Taliban fighters took control of the Afghan side of the border with Tajikistan.')).toEqual([['border:AF-TJ', 'taliban', null]]);
    expect(claims('Uzbekistan closed the Hairatan crossing.\n\nTrade fell sharply.\n\nPrices rose in Mazar.\n\nThe Taliban took control of the Afghan side of the border with Uzbekistan.')).toEqual([['border:AF-UZ', 'taliban', null]]);
    expect(claims('Uzbekistan closed the Hairatan crossing. Trade fell sharply. The Taliban took control of the Afghan side of the border with Uzbekistan.')).toEqual([['border:AF-UZ', 'taliban', null]]);
  });
});

describe('a crossing "remained under the control of" its own border forces, said by officials who insist', () => {
  it('"Afghan border forces", "the border police", "Afghan border guards" are the government\'s', () => {
    expect(claims('Afghan officials said Islam Qala remained under the control of Afghan border forces.')).toEqual([['xing:islam-qala', 'government', 'Afghan officials']]);
    expect(claims('Officials said Torkham remained under the control of the border police.')).toEqual([['xing:torkham', 'government', 'Officials']]);
    expect(claims('Spin Boldak remains under the control of Afghan border guards, officials said.')).toEqual([['xing:spin-boldak', 'government', 'officials']]);
    expect(claims('Torkham is still under the control of Afghan border police.')).toEqual([['xing:torkham', 'government', null]]);
    expect(claims('Torkham is still held by Afghan border police.')).toEqual([['xing:torkham', 'government', null]]);
  });

  it('the crossing as an anaphor, inside "insisted/maintained/asserted that", by officials in a province', () => {
    expect(claims('Traffic at the Islam Qala crossing halted on Friday. An Iranian official said the Taliban held the crossing. Afghan officials in Herat insisted that the crossing remained under the control of Afghan border forces.')).toEqual([
      ['xing:islam-qala', 'government', 'Afghan officials in Herat'],
      ['xing:islam-qala', 'taliban', 'An Iranian official'],
    ]);
    expect(claims('Trade through Torkham slowed on Monday. Officials in Nangarhar maintained that the border crossing remained under the control of the border police.')).toEqual([['xing:torkham', 'government', 'Officials in Nangarhar']]);
    expect(claims('Trucks queued at Spin Boldak. Provincial officials in Kandahar insisted that the crossing was still under the control of Afghan border guards.')).toEqual([['xing:spin-boldak', 'government', 'Provincial officials in Kandahar']]);
    expect(claims('Trucks queued at Aqina. Afghan officials in Faryab asserted that the port remained under the control of government forces.')).toEqual([['xing:aqina', 'government', 'Afghan officials in Faryab']]);
  });

  it('a neighbour\'s guards or a closure are no such claim', () => {
    expect(claims('Islam Qala remains under the control of Iranian border guards, officials said.')).toEqual([]);
    expect(claims('Islam Qala is held by Iranian border guards on the far side.')).toEqual([]);
    expect(claims('Trucks queued at Islam Qala. Iranian officials insisted that the crossing remained under the control of Iranian border guards.')).toEqual([]);
    expect(claims('Trucks queued at Islam Qala. Afghan officials in Herat insisted that the crossing remained closed.')).toEqual([]);
  });
});

describe('a dateline\'s place is never an anaphor\'s antecedent; "the border town of X" calls X a town', () => {
  it('"it" and "the town" after a dateline mean the town named in the story', () => {
    const kandahar = claims('KANDAHAR, Afghanistan, July 16 (Reuters) - The Taliban said they still held the border town of Spin Boldak, hours after officials said commandos had recaptured it. An official said special forces had retaken the town.');
    expect(kandahar).toContainEqual(['xing:spin-boldak', 'taliban', 'The Taliban']);
    expect(kandahar).toContainEqual(['xing:spin-boldak', 'government', 'An official']);
    expect(kandahar.filter((c) => c[1] === 'government')).toHaveLength(2);
    expect(kandahar.every((c) => c[0] === 'xing:spin-boldak')).toBe(true);
    expect(claims('HERAT (Pajhwok): Clashes were reported near the town of Islam Qala on Thursday. Officials said border forces later retook the town.')).toContainEqual(['city:AF-HER:eslam-qaleh', 'government', 'Officials']);
    expect(claims('MAZAR-I-SHARIF — Insurgents stormed the border town of Hairatan overnight. By morning the Taliban had captured it.')).toContainEqual(['xing:hairatan', 'taliban', null]);
    expect(claims('KUNDUZ, Aug 8 (AP) — Fighting raged in Khan Abad overnight. Officials said the army had retaken the district.')).toContainEqual(['dist:AF.24.1406', 'government', 'Officials']);
  });

  it('no place but the dateline\'s: no claim; none of them is the dateline city', () => {
    expect(claims('KABUL — Officials said the army had retaken the city.')).toEqual([]);
    expect(claims('TORKHAM, Afghanistan, Aug 9 (AP) — Officials said border police had retaken the crossing.')).toEqual([]);
    expect(claims('GHAZNI, Afghanistan, July 16 (Reuters) - Officials said the army had retaken the city on Friday.')).toEqual([]);
    expect(claims('KANDAHAR, Afghanistan, July 16 (Reuters) - The Taliban said they still held the border town of Spin Boldak, hours after officials said commandos had recaptured it.').map((c) => c[0])).not.toContain('city:AF-KAN:kandahar');
  });

  it('the dateline city named again in the story is a valid antecedent', () => {
    expect(claims('KUNDUZ, Afghanistan, Aug 8 (AP) — Fighting raged in Kunduz overnight. Officials said the army had retaken the city.')).toContainEqual(['city:AF-KDZ:kunduz', 'government', 'Officials']);
    expect(claims('GHAZNI — Taliban fighters entered Ghazni on Friday. Officials said troops had recaptured it by nightfall.')).toContainEqual(['city:AF-GHA:ghazni', 'government', 'Officials']);
    expect(claims('TORKHAM, Afghanistan, Aug 9 (AP) — Trade through Torkham halted. Officials said border police had retaken the crossing.')).toEqual([['xing:torkham', 'government', 'Officials']]);
  });
});

describe('people carried across a border in the passive are a movement of the subject group', () => {
  const moves = (body: string) => eventsOf(body, '2021-07-16').filter((e): e is MovementEvent => e.kind === 'movement').map((e) => [e.fromCountry, e.toCountry, e.group, e.count]);
  it('"were brought/taken/carried/ferried across (the border) to X"', () => {
    expect(moves('Some two dozen wounded Afghan soldiers were brought across the border to Chaman for treatment.')).toEqual([['AF', 'PK', 'wounded Afghan soldiers', 24]]);
    expect(moves('Dozens of injured civilians were taken across the border into Iran.')).toEqual([['AF', 'IR', 'injured civilians', null]]);
    expect(moves('A dozen wounded policemen were carried across to Pakistan.')).toEqual([['AF', 'PK', 'wounded policemen', 12]]);
    expect(moves('Officials said 30 injured border guards were rushed across the frontier to Iran on Sunday.')).toEqual([['AF', 'IR', 'injured border guards', 30]]);
    expect(moves('Forty Afghan soldiers were evacuated to Tajikistan on Monday.')).toEqual([['AF', 'TJ', 'Afghan soldiers', 40]]);
  });

  it('goods, a move home within Afghanistan and what will be done are none', () => {
    expect(moves('Trucks of food were brought across the border to Chaman.')).toEqual([]);
    expect(moves('Medical supplies were taken across to Pakistan.')).toEqual([]);
    expect(moves('The wounded soldiers were brought back to Kabul.')).toEqual([]);
    expect(moves('Wounded soldiers will be taken across the border into Iran.')).toEqual([]);
    expect(moves('Pakistani troops brought aid across the border to Spin Boldak.')).toEqual([]);
  });
});

describe('parts of a month: weeks, halves, early/mid/late', () => {
  /** [text, date, precision] of each date found. */
  const dates = (text: string, published: string | null = '2021-08-20') => findDates(text, published).map((d) => [d.text, d.date, d.precision]);
  it('a week of a month is its middle day, to the week', () => {
    expect(dates('Fighting intensified during the first week of July, officials said.')).toEqual([['during the first week of July', '2021-07-04', 'week']]);
    expect(dates('Herat was besieged in the second week of August.')).toEqual([['in the second week of August', '2021-08-11', 'week']]);
    expect(dates('Thousands fled in the last week of June.')).toEqual([['in the last week of June', '2021-06-27', 'week']]);
    expect(dates('The talks stalled in the final week of February 2019.', '2019-06-01')).toEqual([['in the final week of February 2019', '2019-02-25', 'week']]);
    // An earlier year when the month comes after the publication's.
    expect(dates('In the first week of December, Iranian officials met a Taliban delegation.', '2021-01-12')).toEqual([['In the first week of December', '2020-12-04', 'week']]);
  });

  it('a half of a month to the month; early/mid/late a third of it, to the week', () => {
    expect(dates('Most districts fell in the first half of August.')).toEqual([['in the first half of August', '2021-08-08', 'month']]);
    expect(dates('Returns rose in the second half of June.')).toEqual([['in the second half of June', '2021-06-23', 'month']]);
    expect(dates('The Taliban captured Zaranj in early August.')).toEqual([['in early August', '2021-08-05', 'week']]);
    expect(dates('The offensive began in mid-July.')).toEqual([['in mid-July', '2021-07-15', 'week']]);
    expect(dates('Fighting reached Kunduz in late June.')).toEqual([['in late June', '2021-06-25', 'week']]);
    // Not after the publication day: the day itself, as for a month alone.
    expect(dates('Talks are due in late August.')).toEqual([['in late August', '2021-08-20', 'week']]);
  });

  it('no month, or no span of one: as before', () => {
    expect(dates('In the first week of talks, little was agreed.')).toEqual([]);
    expect(dates('In the first week after the fall of Kabul, thousands fled.')).toEqual([]);
    expect(dates('Violence rose in the last week, officials said.')).toEqual([['in the last week', '2021-08-17', 'week']]);
    expect(dates('The July 4th week was quiet.').map((d) => d[1])).toEqual(['2021-07-04']);
    expect(dates('Fighting eased in July.')).toEqual([['in July', '2021-07-15', 'month']]);
    expect(dates('Officials said the Taliban may late in the day attack.')).toEqual([]);
  });

  it('the event takes the span\'s date', () => {
    const [e] = eventsOf('The Taliban captured Zaranj in the first week of August, officials said.', '2021-08-20');
    expect([e?.date, e?.datePrecision]).toEqual(['2021-08-04', 'week']);
  });
});

describe('a speaker inside a time clause owns the claim after it', () => {
  it('"..., hours after Afghan officials said commandos had recaptured it": the officials\' claim', () => {
    expect(claims('KANDAHAR, Afghanistan, July 16 (Reuters) - The Taliban said they still held the border town of Spin Boldak, hours after Afghan officials said commandos had recaptured it.')).toEqual([
      ['xing:spin-boldak', 'government', 'Afghan officials'],
      ['xing:spin-boldak', 'taliban', 'The Taliban'],
    ]);
    expect(claims('The Taliban said they still held Islam Qala, a day after the defence ministry claimed that troops had retaken the crossing.')).toContainEqual(['xing:islam-qala', 'government', 'the defence ministry']);
  });

  it('a time clause with no speaker, or a pronoun: the sentence\'s speaker', () => {
    expect(claims('Officials said troops recaptured Ghoryan days after heavy fighting.')).toEqual([['city:AF-HER:ghoriyan', 'government', 'Officials']]);
    expect(claims('The ministry said troops retook Chora district after they said the road had been cleared.')).toEqual([['dist:AF.39.2602', 'government', 'The ministry']]);
  });
});

describe('an event told as some days after or before a dated one', () => {
  const dated = (body: string, published = '2021-08-07') => control(body, published).map((e) => [e.placeId, e.date]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  it('counts back (after) or on (before) from the date of the clause it follows', () => {
    expect(dated('Sheberghan was captured by the Taliban on Saturday, a day after the insurgents took Zaranj, officials said.')).toEqual([
      ['city:AF-JOW:shibirghan', '2021-08-07'],
      ['city:AF-NIM:zaranj', '2021-08-06'],
    ]);
    expect(dated('Kunduz fell to the Taliban on August 8, two days after militants overran Zaranj.', '2021-08-09')).toEqual([
      ['city:AF-KDZ:kunduz', '2021-08-08'],
      ['city:AF-NIM:zaranj', '2021-08-06'],
    ]);
    expect(dated('Insurgents seized Zaranj on Friday, a day before they captured Sheberghan.')).toEqual([
      ['city:AF-JOW:shibirghan', '2021-08-07'],
      ['city:AF-NIM:zaranj', '2021-08-06'],
    ]);
  });
  it('not when the later clause has its own date, nor across a clause break, nor for hours', () => {
    expect(dated('Sheberghan was captured on Saturday, a day after the insurgents took Zaranj on Friday.')).toEqual([
      ['city:AF-JOW:shibirghan', '2021-08-07'],
      ['city:AF-NIM:zaranj', '2021-08-06'],
    ]);
    expect(dated('Sheberghan was captured on Saturday, hours after the insurgents took Zaranj.')).toEqual([
      ['city:AF-JOW:shibirghan', '2021-08-07'],
      ['city:AF-NIM:zaranj', '2021-08-07'],
    ]);
    expect(dated('Sheberghan was captured on Saturday. A day later, fighters stormed Zaranj.', '2021-08-09')).toEqual([
      ['city:AF-JOW:shibirghan', '2021-08-07'],
      ['city:AF-NIM:zaranj', '2021-08-08'],
    ]);
  });
});

describe('fighting with a side as the object, and attackers pushed back', () => {
  it('"battling/fought <a side> in/on the outskirts of X" is a contested X', () => {
    expect(claims('Insurgents were battling Afghan troops on the outskirts of Kunduz.')).toEqual([['city:AF-KDZ:kunduz', 'contested', null]]);
    expect(claims('Afghan forces fought the Taliban for hours in Ghazni on Sunday.')).toEqual([['city:AF-GHA:ghazni', 'contested', null]]);
    expect(claims('Government commandos battled militants near Lashkar Gah, officials said.')).toEqual([['city:AF-HEL:lashkar-gah', 'contested', 'officials']]);
  });

  it('a fight against no side, or against a disease or a disaster, is no claim', () => {
    expect(claims('Doctors are battling a cholera outbreak in Herat.')).toEqual([]);
    expect(claims('Aid workers are fighting a measles epidemic in Kandahar.')).toEqual([]);
    expect(claims('Firefighters battled the blaze in Kabul for hours.')).toEqual([]);
  });

  it('"pushed the Taliban back from X" leaves X to the government', () => {
    expect(claims('Security forces pushed the Taliban back from Shindand district on Monday.').map((c) => c[1])).toEqual(['government']);
    expect(claims('The army drove the insurgents back from Maimana, the governor said.')).toEqual([['city:AF-FYB:maymana', 'government', 'the governor']]);
    // Not a side pushed back: people at a crossing are no claim.
    expect(claims('Border guards pushed the crowd back from the gate at Torkham.')).toEqual([]);
  });
});

describe('committees, commissions and missions as sources', () => {
  it('"..., the committee said in a statement" names the committee', () => {
    const moves = eventsOf('About 300 Afghan soldiers crossed into Uzbekistan overnight, the border committee said in a statement, adding that they had been disarmed.', '2021-07-09').filter((e) => e.kind === 'movement');
    expect(moves.map((e) => [e.toCountry, e.claimant])).toEqual([['UZ', 'the border committee']]);
    expect(claims('The Taliban seized Aqina, the UN mission said.')).toEqual([['xing:aqina', 'taliban', 'the UN mission']]);
    // A noun of the sentence is not a speaker: the pronoun's antecedent is unknown here.
    expect(claims('The Taliban seized Aqina under the commission\'s gaze, he said.').map((c) => c[2])).not.toContain('the commission');
  });
});

describe('a claim rejected in its own sentence', () => {
  it('"..., but the claim was rejected by Y" / "..., but Y denied the claim" adds Y\'s claim', () => {
    expect(claims('The Taliban claimed control of Dasht-i-Archi district, but the claim was rejected by the police spokesman.')).toEqual([
      ['dist:AF.24.1407', 'government', 'the police spokesman'],
      ['dist:AF.24.1407', 'taliban', 'The Taliban'],
    ]);
    expect(claims('The army said it had retaken Kunduz, but the Taliban rejected the claim.')).toEqual([
      ['city:AF-KDZ:kunduz', 'government', 'The army'],
      ['city:AF-KDZ:kunduz', 'taliban', 'the Taliban'],
    ]);
  });

  it('a rejection from the claim\'s own side, or no rejection, adds nothing', () => {
    expect(claims('The Taliban captured Zaranj, but the claim was rejected by Taliban spokesman Zabihullah Mujahid.').map((c) => c[1])).toEqual(['taliban']);
    expect(claims('The Taliban claimed control of Dasht-i-Archi district, but the claim could not be verified.').map((c) => c[1])).toEqual(['taliban']);
  });

  it('an adverb before the verb of denial is not part of the speaker', () => {
    expect(claims('The governor strongly denied that Zaranj had fallen.')).toEqual([['city:AF-NIM:zaranj', 'government', 'The governor']]);
  });
});

describe('"surrounding" as an adjective', () => {
  it('people fleeing from the surrounding districts to a city fight over nothing', () => {
    expect(claims('Hundreds of families fled to Kunduz city from the surrounding districts.')).toEqual([]);
    expect(claims('Families fled to Kunduz from surrounding villages.')).toEqual([]);
    // The verb still is a siege.
    expect(claims('The Taliban are surrounding Kunduz.')).toEqual([['city:AF-KDZ:kunduz', 'contested', null]]);
  });
});

describe('air strikes on positions, and positions taken up', () => {
  it('strikes on Taliban positions in a place are a fight over it; a strike alone is an attack', () => {
    expect(claims('Afghan Air Force jets carried out airstrikes on Taliban positions in Lashkar Gah.')).toEqual([['city:AF-HEL:lashkar-gah', 'contested', null]]);
    expect(claims('A US drone strike in Kabul killed ten civilians.')).toEqual([]);
    expect(claims('A US airstrike targeted Taliban positions in Helmand province, killing 20 fighters.')).toEqual([]);
    const ctx = eventsOf('Airstrikes in Kunduz killed 20 militants, the ministry said.', '2021-07-09').filter((e): e is ContextEvent => e.kind !== 'control' && e.kind !== 'movement');
    expect(ctx.map((e) => [e.kind, e.placeId])).toEqual([['violence', 'city:AF-KDZ:kunduz']]);
  });

  it('"took up positions inside X" is held by the subject\'s side', () => {
    expect(claims('Taliban fighters took up positions inside Mazar-i-Sharif.')).toEqual([['city:AF-BAL:mazar-e-sharif', 'taliban', null]]);
    expect(claims('The delegates took up positions on the peace plan in Doha.')).toEqual([]);
  });
});

describe('a figure right after "hold", and places under attack', () => {
  it('"hold 65 percent of the country" and "now hold 200 districts" are national claims', () => {
    expect(claims('The militants now hold 65 percent of the country, according to an EU official.')).toEqual([['country:AF', 'taliban', 'an EU official']]);
    expect(claims('The Taliban now hold 200 districts.')).toEqual([['country:AF', 'taliban', null]]);
    expect(claims('The Taliban hold Torghundi.')).toEqual([['xing:torghundi', 'taliban', null]]);
  });

  it('a place under attack, or attacked at its edge, is fought over; an attack on a building in it is not', () => {
    expect(claims('Sheberghan, the capital of Jowzjan, is under heavy attack, officials said.')).toEqual([['city:AF-JOW:shibirghan', 'contested', 'officials']]);
    expect(claims('Taliban militants attacked the outskirts of Herat city overnight.')).toEqual([['city:AF-HER:herat', 'contested', null]]);
    expect(claims('Militants attacked a mosque in Kabul.')).toEqual([]);
    expect(claims('The plan is under attack from critics in Kabul.')).toEqual([]);
  });
});

describe('a counted number of days ago', () => {
  it('"two days ago" is a day; "a few days ago" a week', () => {
    const first = (t: string) => findDates(t, '2021-08-10').map((d) => [d.date, d.precision])[0];
    expect(first('The Taliban captured Kunduz two days ago.')).toEqual(['2021-08-08', 'day']);
    expect(first('The Taliban captured Kunduz 3 days ago.')).toEqual(['2021-08-07', 'day']);
    expect(first('The Taliban captured Kunduz a day ago.')).toEqual(['2021-08-09', 'day']);
    expect(first('The Taliban captured Kunduz a few days ago.')).toEqual(['2021-08-07', 'week']);
  });
});

describe('"the day before" after a day the sentence states', () => {
  it('counts from that day, not from the story\'s earlier day', () => {
    const events = eventsOf('Ali Shamkhani said on Wednesday that Tehran had held talks with the Taliban. Foreign Ministry spokesman Bahram Qassemi said on Sunday that a Taliban delegation had visited Tehran for talks the day before.', '2018-12-31');
    expect(events.filter((e) => e.kind === 'talks').map((e) => e.date)).toEqual(['2018-12-26', '2018-12-29']);
    // With no day of its own before it, the story's day.
    expect(control('The Taliban took Zaranj on Friday. A day earlier, insurgents overran Sar-e-Pul.', '2018-12-31').map((e) => e.date)).toEqual(['2018-12-28', '2018-12-27']);
  });
});

describe('fighting is not where people fled to', () => {
  it('an attack word takes no place that is the destination of a flight', () => {
    const violence = (t: string) => eventsOf(t, '2021-07-09').filter((e) => e.kind === 'violence').map((e) => (e as ContextEvent).placeId);
    expect(violence('More than 1,000 Afghan soldiers fled across the border into Tajikistan overnight after clashes with Taliban militants.')).toEqual([]);
    expect(violence('Thousands of families fled to Kabul after clashes in Kunduz.')).toEqual(['city:AF-KDZ:kunduz']);
    expect(violence('Fighting raged in Kandahar on Friday.')).toEqual(['city:AF-KAN:kandahar']);
  });
});

describe('"and" inside a source\'s name', () => {
  it('joins two nouns of the source, not two clauses', () => {
    expect(claims('The Ministry of Refugees and Repatriation said the Taliban had captured Zaranj.').map((c) => c[2])).toEqual(['The Ministry of Refugees and Repatriation']);
    expect(claims('The ministry of refugees and repatriation said the Taliban had captured Zaranj.').map((c) => c[2])).toEqual(['The ministry of refugees and repatriation']);
    expect(claims('Officials in Kabul and Herat said the Taliban had captured Zaranj.').map((c) => c[2])).toEqual(['Officials in Kabul and Herat']);
    // Two clauses: the speaker is the second one's subject.
    expect(claims('Fighting in Kunduz and Herat continued, officials said.').map((c) => c[2])).toEqual(['officials', 'officials']);
  });

  it('the claim after "rejected by Y, who said" is Y\'s', () => {
    expect(claims('The Taliban also claimed control of Dasht-i-Archi district, but the claim was rejected by the provincial police spokesman, who said government forces were still in control of the district.')).toEqual([
      ['dist:AF.24.1407', 'government', 'the provincial police spokesman'],
      ['dist:AF.24.1407', 'taliban', 'The Taliban'],
    ]);
  });
});

describe('advances, returns across, a province\'s share, "days after"', () => {
  it('an advance on a place is a fight over it', () => {
    expect(claims('Taliban fighters pushed into the outskirts of Kandahar city on Friday.')).toEqual([['city:AF-KAN:kandahar', 'contested', null]]);
    expect(claims('The insurgents are closing in on Lashkar Gah.')).toEqual([['city:AF-HEL:lashkar-gah', 'contested', null]]);
    expect(claims('Prices advanced on Monday in Kabul.')).toEqual([]);
  });

  it('"crossed back into Afghanistan" is a return', () => {
    const moves = eventsOf('Some 2,000 Afghans crossed back into Afghanistan from Iran on Monday.', '2021-06-30').filter((e): e is MovementEvent => e.kind === 'movement');
    expect(moves.map((m) => [m.fromCountry, m.toCountry, m.direction, m.count])).toEqual([['IR', 'AF', 'return', 2000]]);
    expect(eventsOf('Some 500 refugees crossed back into Pakistan after being turned away.', '2021-06-30').filter((e) => e.kind === 'movement')).toEqual([]);
  });

  it('"the district" is a place named as a district, not a town sharing a district\'s name', () => {
    expect(claims('The Taliban have overrun Dawlat Abad district in Faryab province. Government forces pulled back to Maimana, the provincial capital. The Ministry of Defense said that the district had not fallen.').map((c) => c[1] === 'government' ? c[0] : null).filter(Boolean)).toEqual(['dist:AF.07.1809']);
  });

  it('a figure of a province\'s districts is no national claim', () => {
    expect(claims('The Taliban now control nine of the province\'s fourteen districts, a council member said.')).toEqual([]);
    expect(claims('The Taliban say they hold over 200 districts in 34 provinces.')).toEqual([['country:AF', 'taliban', 'The Taliban']]);
  });

  it('an event "days after" a dated one is some days before it; "hours after" the same day', () => {
    expect(control('Pakistan on Thursday reopened the Torkham crossing, days after the Taliban took control of Kabul.', '2021-08-20').map((e) => [e.date, e.datePrecision])).toEqual([['2021-08-16', 'week']]);
    expect(control('Kunduz fell on Sunday, hours after the Taliban entered the city.', '2021-08-20').map((e) => e.date)).toEqual(['2021-08-15']);
  });
});

describe('attributions read only when needed', () => {
  it('"he said" finds a speaker whose sentence stated no event, and a report carried on finds its source', () => {
    expect(claims('The governor said the weather was calm. The Taliban captured Zaranj, he said.')).toEqual([['city:AF-NIM:zaranj', 'taliban', 'The governor']]);
    const moves = eventsOf('The situation in Herat was calm on Monday, the agency said. A further 1,100 people crossed into Iran.', '2021-07-09').filter((e) => e.kind === 'movement');
    expect(moves.map((e) => e.claimant)).toEqual(['the agency']);
    // A later speaker replaces an unread one.
    expect(claims('The governor said the weather was calm. Officials said the roads were open. The Taliban captured Zaranj, they said.')).toEqual([['city:AF-NIM:zaranj', 'taliban', 'Officials']]);
  });
});

describe('a class of places taken, then a list naming some of them', () => {
  it('each place listed gets the claim of the class (same side, speaker and date); the province keeps its own', () => {
    const events = control('Insurgents took control of five districts in Badghis, including Qadis, Jawand and Muqur, on Wednesday.');
    expect(events.map((e) => [e.placeId, e.controller, e.date, e.extent])).toEqual([
      ['prov:AF-BDG', 'taliban', '2021-07-07', 'five districts in'],
      ['city:AF-BDG:qadis', 'taliban', '2021-07-07', null],
      ['city:AF-BDG:jawand', 'taliban', '2021-07-07', null],
      ['dist:AF.02.1907', 'taliban', '2021-07-07', null],
    ]);
    expect(claims('Government forces retook several districts of Helmand, among them Nad Ali and Garmsir, the army said.')).toEqual([
      ['city:AF-HEL:nad-ali', 'government', 'the army'],
      ['dist:AF.10.2311', 'government', 'the army'],
      ['prov:AF-HEL', 'government', 'the army'],
    ]);
    // "such as" (which would otherwise end the clause at "as"), and a class of towns (the town, not the district).
    expect(claims('The militants have overrun towns such as Imam Sahib and Dasht-e-Archi in recent days.')).toEqual([
      ['city:AF-KDZ:dasht-e-archi', 'taliban', null],
      ['city:AF-KDZ:imam-sahib', 'taliban', null],
    ]);
  });

  it('the class as the subject of a fall, and fighting in a class of provinces (the provinces, not their cities)', () => {
    expect(claims('Three districts in Takhar, including Yangi Qala and Darqad, fell to the insurgents on Sunday.')).toEqual([
      ['city:AF-TAK:darqad', 'taliban', null],
      ['city:AF-TAK:yangi-qalah', 'taliban', null],
      ['prov:AF-TAK', 'taliban', null],
    ]);
    // After a sentence-opening place; a listed capital named after a comma.
    expect(claims('In Takhar, three districts, including Yangi Qala and Darqad, fell to the insurgents.')).toEqual(expect.arrayContaining([
      ['city:AF-TAK:darqad', 'taliban', null],
      ['city:AF-TAK:yangi-qalah', 'taliban', null],
    ]));
    expect(claims('The Taliban overran three districts of Ghor, including the provincial capital, Feroz Koh.')).toEqual([
      ['city:AF-GHO:fayroz-koh', 'taliban', null],
      ['prov:AF-GHO', 'taliban', null],
    ]);
    expect(claims('Fighting is raging in several provinces, including Uruzgan and Zabul.')).toEqual([
      ['prov:AF-URU', 'contested', null],
      ['prov:AF-ZAB', 'contested', null],
    ]);
  });

  it('a list that is not of what was taken claims nothing of its own', () => {
    // A part of the place taken.
    expect(claims('The Taliban captured Qadis, including the district police headquarters.')).toEqual([['city:AF-BDG:qadis', 'taliban', null]]);
    // No capture at all.
    expect(claims('A delegation visited several provinces, including Herat and Farah.')).toEqual([]);
    // Goods seized in places: no claim on the places.
    expect(claims('Police seized weapons in several districts, including Jawand and Muqur.')).toEqual([]);
    // The list opens on something else ("one bordering ..."): not the place named in it.
    expect(claims('The Taliban seized several districts, among them one bordering Herat.')).toEqual([]);
    // The class belongs to a later clause of fighting, not to the capture.
    expect(claims('The Taliban captured Qala-e-Naw, while fighting continued in several districts, including Jawand.')).toEqual([['city:AF-BDG:qala-i-naw', 'taliban', null]]);
  });
});

describe('a second place joined after an appositive, a phrase of time, or with its own "in"', () => {
  it('"X, the country\'s second city, and in Y", "X and in Y", "X on Monday and in Y": both places', () => {
    expect(claims('Fierce fighting was under way on the outskirts of Herat, the largest city in the west, and in Qala-e-Naw.')).toEqual([
      ['city:AF-BDG:qala-i-naw', 'contested', null],
      ['city:AF-HER:herat', 'contested', null],
    ]);
    expect(claims('Clashes were reported in Maimana and in Sheberghan, officials said.')).toEqual([
      ['city:AF-FYB:maymana', 'contested', 'officials'],
      ['city:AF-JOW:shibirghan', 'contested', 'officials'],
    ]);
    expect(claims('Battles raged in Ghazni, the capital of Ghazni province, and in Maidan Shahr on Friday.')).toEqual([
      ['city:AF-GHA:ghazni', 'contested', null],
      ['city:AF-WAR:maydanshakhr', 'contested', null],
    ]);
    expect(claims('The Taliban captured Pul-e-Khumri on Sunday and Aibak.')).toEqual([
      ['city:AF-BGL:pul-e-khumri', 'taliban', null],
      ['city:AF-SAM:aibak', 'taliban', null],
    ]);
  });

  it('not a place that opens a clause of its own, nor one with its own date', () => {
    expect(claims('Clashes were reported in Maimana, and in Sheberghan, officials said the streets were calm.')).toEqual([['city:AF-FYB:maymana', 'contested', 'officials']]);
    expect(claims('Security forces recaptured Maimana on Sunday, and Sheberghan remained calm.')).toEqual([['city:AF-FYB:maymana', 'government', null]]);
    // A clause after the comma, not an appositive naming the place ("a bomb hit the city centre").
    expect(claims('Fighting raged in Maimana overnight and in Sheberghan, a bomb hit the city centre.')).toEqual([['city:AF-FYB:maymana', 'contested', null]]);
    // Two appositives: both places taken.
    expect(claims('The Taliban captured Zaranj, the capital of Nimroz, and Sheberghan, the capital of Jowzjan.')).toEqual([
      ['city:AF-JOW:shibirghan', 'taliban', null],
      ['city:AF-NIM:zaranj', 'taliban', null],
    ]);
    // Each its own day: the second is not joined to the first's claim (and date).
    expect(control('The Taliban captured Pul-e-Khumri on Sunday and Aibak on Monday.').map((e) => [e.placeId, e.date])).not.toContainEqual(['city:AF-SAM:aibak', '2021-07-04']);
  });
});

describe('a later denier with an adverb before the verb', () => {
  it('"but the governor flatly denied the claim": the denier is "the governor"', () => {
    expect(claims('The insurgents said they had captured Aibak, but the provincial governor flatly denied the claim.')).toEqual([
      ['city:AF-SAM:aibak', 'government', 'the provincial governor'],
      ['city:AF-SAM:aibak', 'taliban', 'The insurgents'],
    ]);
    expect(claims('Taliban fighters seized Maimana, a spokesman said, but the police chief has categorically rejected the reports.')).toContainEqual(['city:AF-FYB:maymana', 'government', 'the police chief']);
    expect(claims('The army said it had retaken Maimana, but the Taliban swiftly dismissed the claim.')).toContainEqual(['city:AF-FYB:maymana', 'taliban', 'the Taliban']);
    // A day, or the channel, between the denier and the verb; and a denier in "a claim X denied".
    expect(claims('Insurgents said they had overrun Aibak, but the provincial governor late on Tuesday denied the claim.')).toContainEqual(['city:AF-SAM:aibak', 'government', 'the provincial governor']);
    expect(claims('Insurgents said they had overrun Aibak, but the provincial governor in a statement denied the claim.')).toContainEqual(['city:AF-SAM:aibak', 'government', 'the provincial governor']);
    expect(claims('The insurgents said they had overrun Aibak, a claim the governor firmly rejected.')).toContainEqual(['city:AF-SAM:aibak', 'government', 'the governor']);
  });

  it('a denier whose name ends in no such word keeps its name', () => {
    expect(claims('The Taliban said they had captured Aibak, but Samangan police denied the claim.')).toContainEqual(['city:AF-SAM:aibak', 'government', 'Samangan police']);
  });
});

describe('a neighbour speaking of "its territory" or "its soil"', () => {
  const flowsOf = (body: string) => movements(body).map((m) => [m.fromId, m.toId, m.direction, m.count]);
  it('is the destination: the first country the sentence names, its speaker or subject', () => {
    expect(flowsOf('Tajikistan said more than 100 Afghan civilians had crossed into its territory.')).toEqual([['country:AF', 'country:TJ', 'flight', 100]]);
    expect(flowsOf('The Uzbek foreign ministry said 84 Afghan soldiers had crossed the border into its territory.')).toEqual([['country:AF', 'country:UZ', 'flight', 84]]);
    expect(flowsOf('Turkmenistan says some 300 Afghan servicemen fled onto its soil overnight.')).toEqual([['country:AF', 'country:TM', 'flight', 300]]);
  });

  it('not when "its" is Afghanistan\'s (no flight abroad), nor a denied crossing', () => {
    expect(flowsOf('Afghanistan said 84 Pakistani soldiers had crossed into its territory.')).toEqual([]);
    expect(flowsOf('The Afghan defence ministry said 50 soldiers had crossed into its territory.')).toEqual([]);
    expect(flowsOf('Tajikistan denied that Afghan soldiers had crossed into its territory.')).toEqual([]);
  });
});

describe('"the country" after a sentence-opening "In <country>,"', () => {
  it('is that neighbour, with the crossing passed through', () => {
    const m = movements('In Iran, officials said some 2,000 Afghans entered the country through Dogharoun on Monday.');
    expect(m.map((x) => [x.fromId, x.toId, x.viaId, x.count, x.date])).toEqual([['country:AF', 'country:IR', 'xing:islam-qala', 2000, '2021-07-05']]);
    expect(flows('In neighbouring Tajikistan, officials say 500 Afghans have crossed into the country since Friday.')).toEqual([['AF', 'TJ', 'flight']]);
  });

  it('nothing without such a lead, or with an Afghan place as the lead', () => {
    expect(flows('Officials said some 2,000 Afghans entered the country through Dogharoun on Monday.')).toEqual([]);
    expect(flows('In Herat, officials said some 2,000 Afghans entered the country on Monday.')).toEqual([]);
    // Not the country's own parts.
    expect(flows('In Iran, officials said 2,000 Afghans had entered the country\'s east.')).toEqual([]);
  });
});

describe('displaced people going back to their homes inside the country', () => {
  const flowsOf = (body: string) => movements(body).map((m) => [m.fromId, m.toId, m.direction, m.count]);
  it('is a return to that place, from Afghanistan or the Afghan place they left', () => {
    expect(flowsOf('About 250 families returned to their homes in Maimana after the clashes ended.')).toEqual([['country:AF', 'city:AF-FYB:maymana', 'return', 250]]);
    expect(flowsOf('Displaced households went back to their villages in Baghlan province on Sunday.')).toEqual([['country:AF', 'prov:AF-BGL', 'return', null]]);
    expect(flowsOf('Displaced families have returned to Lashkar Gah.')).toEqual([['country:AF', 'city:AF-HEL:lashkar-gah', 'return', null]]);
    expect(flowsOf('The displaced returned from Kabul to their villages in Ghazni province last week.')).toEqual([['city:AF-KAB:kabul', 'prov:AF-GHA', 'return', null]]);
    // The flight before is a flight to Kabul only, not to the place of the return.
    expect(flowsOf('Families who fled to Kabul have returned to their homes in Kunduz.')).toEqual([
      ['country:AF', 'city:AF-KAB:kabul', 'flight', null],
      ['country:AF', 'city:AF-KDZ:kunduz', 'return', null],
    ]);
  });

  it('not a hypothetical return, a return to posts or offices, a deportation, nor any group "returning to" a place', () => {
    expect(flowsOf('Families will return to their homes in Maimana if the fighting stops.')).toEqual([]);
    expect(flowsOf('Many families hope to return to their homes in Maimana.')).toEqual([]);
    expect(flowsOf('Soldiers returned to their posts in Maimana.')).toEqual([]);
    expect(flowsOf('Provincial officials returned to their homes in Maimana.')).toEqual([]);
    expect(flowsOf('The governor returned to his office in Maimana on Monday.')).toEqual([]);
    expect(flowsOf('Some 300 deportees were sent back to their homes in Herat.')).toEqual([]);
    expect(flowsOf('Traders returned to Maimana.')).toEqual([]);
    // No one moved.
    expect(flowsOf('None of the families have returned to their homes in Maimana.')).toEqual([]);
    expect(flowsOf('None of the soldiers fled to Uzbekistan.')).toEqual([]);
  });
});

describe('the edge of a city, and refuge "in the city"', () => {
  it('fighting on the southern edge or the western fringes of a place is a fight over it', () => {
    expect(claims('Heavy fighting broke out on the southern edge of Herat city on Thursday night.')).toEqual([['city:AF-HER:herat', 'contested', null]]);
    expect(claims('Clashes erupted on the western fringes of Maimana.')).toEqual([['city:AF-FYB:maymana', 'contested', null]]);
  });

  it('families from a district who took shelter (or fled) "in/to the city" went to its province\'s city', () => {
    const flows = (t: string) => eventsOf(t, '2021-07-30').filter((e): e is MovementEvent => e.kind === 'movement').map((m) => [m.from, m.to]);
    expect(flows('Hundreds of families from Guzara have taken shelter in schools and mosques in the city, an aid worker said.')).toEqual([['Guzarah', 'Herat']]);
    expect(flows('Families from Guzara fled to the city.')).toEqual([['Guzarah', 'Herat']]);
    // Living there is no movement.
    expect(flows('Families from Guzara live in the city.')).toEqual([]);
  });
});

describe('people a side forced to flee', () => {
  it('the object of "forced ... to flee" moved, not the side that forced them', () => {
    const flows = (t: string) => eventsOf(t, '2021-07-25').filter((e): e is MovementEvent => e.kind === 'movement').map((m) => [m.group, m.to, m.count]);
    expect(flows('The Taliban forced 5,000 families to flee to Kabul.')).toEqual([['families', 'Kabul', 5000]]);
    expect(flows('Residents said the Taliban had burned houses and forced families to leave for Kabul.')).toEqual([['families', 'Kabul', null]]);
    // The Taliban's own fighters are still no displaced people.
    expect(flows('Taliban fighters fled to Pakistan.')).toEqual([]);
    expect(flows('The Taliban drove the militants to flee to Pakistan.')).toEqual([]);
  });
});

describe('a list of places as the subject', () => {
  it('"Kunduz, Taloqan and Sheberghan fell" claims each; a locative lead is not one of them', () => {
    expect(claims('Kunduz, Taloqan and Sheberghan fell to the Taliban.').map((c) => c[0])).toEqual(['city:AF-JOW:shibirghan', 'city:AF-KDZ:kunduz', 'city:AF-TAK:taloqan']);
    expect(claims('In Kunduz, Taloqan fell to the Taliban.').map((c) => c[0])).toEqual(['city:AF-TAK:taloqan']);
  });
});

describe('a listed subject of "fell"', () => {
  it('"The districts of A, B and C fell" claims each; a place of another clause is not listed', () => {
    expect(claims('The districts of Shahrak, Saghar and Pasaband fell after security forces ran out of ammunition.').map((c) => c[0])).toEqual(['city:AF-GHO:pasaband', 'dist:AF.09.2702', 'dist:AF.09.2704']);
    expect(claims('The Taliban attacked Kunduz, and Taloqan fell.')).toEqual([['city:AF-TAK:taloqan', 'taliban', null]]);
  });
});
