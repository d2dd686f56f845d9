/**
 * Expected events of the seed articles (data/articles): every claim of control and every displacement a careful
 * reader finds, with place, date, claimant and the sentence that states it. Facts copied from the team's gold
 * annotations so that the project's own tests need nothing outside the repository.
 */

export interface ExpectedEvent {
  article: string;
  kind: 'control' | 'movement';
  /** Optional events are neither required nor penalised. */
  optional: boolean;
  date: string;
  /** Days of tolerance on the date. */
  tol: number;
  /** The sentence that states it, and other sentences that state the same. */
  quotes: string[];
  place?: string;
  placeType?: string;
  country?: string;
  lon?: number;
  lat?: number;
  controller?: string;
  claimants?: string[];
  fromCountry?: string;
  toCountry?: string;
  count?: number | null;
}

export interface ForbiddenStatement {
  article: string;
  kind: 'control' | 'movement';
  quote: string;
  note: string;
}

export const EXPECTED: ExpectedEvent[] = [
 {
  "article": "000_fdda10b232c57a06",
  "kind": "control",
  "optional": false,
  "date": "2021-07-08",
  "tol": 2,
  "quotes": [
   "Tajik authorities say two-thirds of the 1,357-kilometer border with Afghanistan is under Taliban control and they are preparing for an influx of refugees to enter the country."
  ],
  "place": "Afghanistan–Tajikistan border",
  "placeType": "border",
  "country": "AF",
  "lon": 70.0,
  "lat": 37.3,
  "controller": "taliban",
  "claimants": [
   "Tajik authorities"
  ]
 },
 {
  "article": "000_fdda10b232c57a06",
  "kind": "control",
  "optional": true,
  "date": "2021-07-08",
  "tol": 7,
  "quotes": [
   "The Taliban has captured large swaths of territory in northern Afghanistan as foreign troops exit the country, with over 1,000 Afghan civilians and servicemen fleeing to neighboring Tajikistan in recent days.",
   "The talks in Tehran came as the hard-line Islamist group continues to push through northern areas of Afghanistan."
  ],
  "place": "northern Afghanistan",
  "placeType": "region",
  "country": "AF",
  "lon": 68.0,
  "lat": 36.5,
  "controller": "taliban",
  "claimants": [
   "unattributed"
  ]
 },
 {
  "article": "000_fdda10b232c57a06",
  "kind": "control",
  "optional": true,
  "date": "2021-07-08",
  "tol": 7,
  "quotes": [
   "The Taliban's advances have created concern in Afghanistan’s neighboring countries, including Iran, which hosts 3 million Afghan refugees."
  ],
  "place": "Afghanistan",
  "placeType": "country",
  "country": "AF",
  "lon": 66.0,
  "lat": 33.9,
  "controller": "taliban",
  "claimants": [
   "unattributed",
   "RFE/RL"
  ]
 },
 {
  "article": "000_fdda10b232c57a06",
  "kind": "control",
  "optional": true,
  "date": "2021-07-08",
  "tol": 1,
  "quotes": [
   "SEE ALSO: Taliban Captures Border Crossing With Iran, Official Says, As Clashes Continue In North"
  ],
  "place": "Islam Qala",
  "placeType": "crossing",
  "country": "AF",
  "lon": 61.07,
  "lat": 34.66,
  "controller": "taliban",
  "claimants": [
   "Official",
   "an Afghan official",
   "RFE/RL"
  ]
 },
 {
  "article": "000_fdda10b232c57a06",
  "kind": "movement",
  "optional": false,
  "date": "2021-07-06",
  "tol": 4,
  "quotes": [
   "The Taliban has captured large swaths of territory in northern Afghanistan as foreign troops exit the country, with over 1,000 Afghan civilians and servicemen fleeing to neighboring Tajikistan in recent days.",
   "They say they are already providing Afghan refugees with food and shelter and have appealed to the Collective Security Treaty Organization (CSTO), a Russian-led military alliance that besides Tajikistan also includes Armenia, Belarus, Kazakhstan, and Kyrgyzstan."
  ],
  "fromCountry": "AF",
  "toCountry": "TJ",
  "count": 1000
 },
 {
  "article": "000_fdda10b232c57a06",
  "kind": "movement",
  "optional": true,
  "date": "2021-07-08",
  "tol": 30,
  "quotes": [
   "The Taliban's advances have created concern in Afghanistan’s neighboring countries, including Iran, which hosts 3 million Afghan refugees."
  ],
  "fromCountry": "AF",
  "toCountry": "IR",
  "count": 3000000
 },
 {
  "article": "001_4399b718935dd315",
  "kind": "control",
  "optional": false,
  "date": "2021-07-08",
  "tol": 1,
  "quotes": [
   "Afghan National Army soldiers patrol the area near a checkpoint recaptured from the Taliban, in the Alishing district of Laghman province, Afghanistan, July 8, 2021.",
   "Afghan National Army (ANA) soldiers patrol the area near a checkpoint recaptured from the Taliban, in the Alishing district of…"
  ],
  "place": "Alishing district",
  "placeType": "district",
  "country": "AF",
  "lon": 70.13,
  "lat": 34.75,
  "controller": "government",
  "claimants": [
   "photo caption",
   "VOA",
   "Afghan National Army",
   "unattributed"
  ]
 },
 {
  "article": "001_4399b718935dd315",
  "kind": "control",
  "optional": false,
  "date": "2021-07-08",
  "tol": 1,
  "quotes": [
   "Late Thursday, the Associated Press reported the Taliban had seized a key border crossing with Iran called Islam Qala in Western Herat province.",
   "Taliban have taken control of Islam Qala crossing border, an Afghan official and Iranian media confirmed on July 8, 2021."
  ],
  "place": "Islam Qala",
  "placeType": "crossing",
  "country": "AF",
  "lon": 61.07,
  "lat": 34.66,
  "controller": "taliban",
  "claimants": [
   "Associated Press",
   "AP",
   "an Afghan official",
   "Iranian media"
  ]
 },
 {
  "article": "001_4399b718935dd315",
  "kind": "control",
  "optional": true,
  "date": "2021-07-07",
  "tol": 1,
  "quotes": [
   "FILE - A plume of smoke rises amid ongoing fighting between Afghan security forces and Taliban insurgents in the western city of Qala-e-Naw, the capital of Afghanistan's Badghis province, July 7, 2021."
  ],
  "place": "Qala-e-Naw",
  "placeType": "city",
  "country": "AF",
  "lon": 63.13,
  "lat": 34.99,
  "controller": "contested",
  "claimants": [
   "photo caption",
   "VOA",
   "unattributed"
  ]
 },
 {
  "article": "001_4399b718935dd315",
  "kind": "control",
  "optional": true,
  "date": "2021-07-05",
  "tol": 3,
  "quotes": [
   "A few days ago, more than 1,000 Afghan soldiers retreated into Tajikistan amid clashes as the Taliban seized that border."
  ],
  "place": "Afghanistan–Tajikistan border",
  "placeType": "border",
  "country": "AF",
  "lon": 70.0,
  "lat": 37.3,
  "controller": "taliban",
  "claimants": [
   "unattributed",
   "VOA"
  ]
 },
 {
  "article": "001_4399b718935dd315",
  "kind": "control",
  "optional": true,
  "date": "2021-07-08",
  "tol": 7,
  "quotes": [
   "The withdrawal of foreign forces has been accompanied by battlefield victories by the Taliban, who seem to have focused their energy in the country's north.",
   "20,000 military reservists were mobilized to bolster the border with Afghanistan after more than 1,000 Afghan security personnel fled across the frontier in response to Taliban militant advances"
  ],
  "place": "northern Afghanistan",
  "placeType": "region",
  "country": "AF",
  "lon": 68.0,
  "lat": 36.5,
  "controller": "taliban",
  "claimants": [
   "unattributed",
   "VOA"
  ]
 },
 {
  "article": "001_4399b718935dd315",
  "kind": "control",
  "optional": true,
  "date": "2021-07-04",
  "tol": 4,
  "quotes": [
   "FILE PHOTO: Afghan commandos arrive to reinforce security forces in Faizabad, capital of Badakhshan province, after the Taliban…"
  ],
  "place": "Faizabad",
  "placeType": "city",
  "country": "AF",
  "lon": 70.58,
  "lat": 37.12,
  "controller": "government",
  "claimants": [
   "photo caption",
   "VOA",
   "unattributed"
  ]
 },
 {
  "article": "001_4399b718935dd315",
  "kind": "movement",
  "optional": false,
  "date": "2021-07-05",
  "tol": 3,
  "quotes": [
   "A few days ago, more than 1,000 Afghan soldiers retreated into Tajikistan amid clashes as the Taliban seized that border.",
   "20,000 military reservists were mobilized to bolster the border with Afghanistan after more than 1,000 Afghan security personnel fled across the frontier in response to Taliban militant advances",
   "Tajikistan Bolsters Border as Afghan Troops, Fleeing Taliban, Seek Refuge"
  ],
  "fromCountry": "AF",
  "toCountry": "TJ",
  "count": 1000
 },
 {
  "article": "001_4399b718935dd315",
  "kind": "movement",
  "optional": false,
  "date": "2021-07-08",
  "tol": 1,
  "quotes": [
   "AP quoted Iranian media as reporting that Afghan soldiers on the border fled to Iran for refuge."
  ],
  "fromCountry": "AF",
  "toCountry": "IR",
  "count": null
 },
 {
  "article": "001_4399b718935dd315",
  "kind": "movement",
  "optional": false,
  "date": "2019-02-20",
  "tol": 1,
  "quotes": [
   "FILE- Afghans return to Afghanistan at the Islam Qala border with Iran, in the western Herat province, Feb. 20, 2019."
  ],
  "fromCountry": "IR",
  "toCountry": "AF",
  "count": null
 },
 {
  "article": "002_946ebe8e3e50b0d8",
  "kind": "control",
  "optional": false,
  "date": "2021-07-08",
  "tol": 1,
  "quotes": [
   "On July 8th, Taliban seized control of a key district in western Afghanistan that includes a major border crossing with Iran, Afghan security officials said.",
   "Two senior security officials told Reuters on condition of anonymity that the Islam Qala border crossing with Iran, located in Herat province, had fallen to the Taliban and that Afghan security and customs officials had fled across the border."
  ],
  "place": "Islam Qala",
  "placeType": "crossing",
  "country": "AF",
  "lon": 61.07,
  "lat": 34.66,
  "controller": "taliban",
  "claimants": [
   "Afghan security officials",
   "two senior security officials",
   "Reuters"
  ]
 },
 {
  "article": "002_946ebe8e3e50b0d8",
  "kind": "control",
  "optional": false,
  "date": "2021-07-08",
  "tol": 1,
  "quotes": [
   "Tariq Arian, spokesman for the Afghan interior ministry, denied the reports and said the border crossing was still under the control of government forces."
  ],
  "place": "Islam Qala",
  "placeType": "crossing",
  "country": "AF",
  "lon": 61.07,
  "lat": 34.66,
  "controller": "government",
  "claimants": [
   "Tariq Arian",
   "Afghan interior ministry",
   "interior ministry spokesman"
  ]
 },
 {
  "article": "002_946ebe8e3e50b0d8",
  "kind": "control",
  "optional": false,
  "date": "2021-07-06",
  "tol": 3,
  "quotes": [
   "Earlier this week, more than 1,000 Afghan security personnel fled into Tajikistan as the Taliban captured most of the northern province of Badakhshan, which also borders China and Pakistan."
  ],
  "place": "Badakhshan",
  "placeType": "province",
  "country": "AF",
  "lon": 71.0,
  "lat": 36.9,
  "controller": "taliban",
  "claimants": [
   "unattributed",
   "Reuters"
  ]
 },
 {
  "article": "002_946ebe8e3e50b0d8",
  "kind": "control",
  "optional": false,
  "date": "2021-07-08",
  "tol": 1,
  "quotes": [
   "The defence ministry said Afghan government forces earlier on Thursday wrested back control of Qala-e-Naw, capital of the western province of Badghis, which had been stormed by the Taliban."
  ],
  "place": "Qala-e-Naw",
  "placeType": "city",
  "country": "AF",
  "lon": 63.13,
  "lat": 34.99,
  "controller": "government",
  "claimants": [
   "Afghan defence ministry",
   "defence ministry",
   "ministry of defence"
  ]
 },
 {
  "article": "002_946ebe8e3e50b0d8",
  "kind": "control",
  "optional": true,
  "date": "2021-07-07",
  "tol": 2,
  "quotes": [
   "The ministry said 69 Taliban fighters were killed in operations on the edge of Qala-e-Naw – the first major provincial capital entered by the insurgents in their latest offensive.",
   "The defence ministry said Afghan government forces earlier on Thursday wrested back control of Qala-e-Naw, capital of the western province of Badghis, which had been stormed by the Taliban."
  ],
  "place": "Qala-e-Naw",
  "placeType": "city",
  "country": "AF",
  "lon": 63.13,
  "lat": 34.99,
  "controller": "taliban",
  "claimants": [
   "Afghan defence ministry",
   "unattributed"
  ]
 },
 {
  "article": "002_946ebe8e3e50b0d8",
  "kind": "control",
  "optional": false,
  "date": "2021-07-08",
  "tol": 2,
  "quotes": [
   "The rest of Badghis province is in Taliban hands."
  ],
  "place": "Badghis",
  "placeType": "province",
  "country": "AF",
  "lon": 63.77,
  "lat": 35.17,
  "controller": "taliban",
  "claimants": [
   "unattributed",
   "Reuters"
  ]
 },
 {
  "article": "002_946ebe8e3e50b0d8",
  "kind": "control",
  "optional": false,
  "date": "2021-07-08",
  "tol": 2,
  "quotes": [
   "Western security officials say the Taliban have captured more than 100 districts in Afghanistan."
  ],
  "place": "Afghanistan",
  "placeType": "country",
  "country": "AF",
  "lon": 66.0,
  "lat": 33.9,
  "controller": "taliban",
  "claimants": [
   "Western security officials"
  ]
 },
 {
  "article": "002_946ebe8e3e50b0d8",
  "kind": "control",
  "optional": false,
  "date": "2021-07-08",
  "tol": 2,
  "quotes": [
   "The Taliban say they hold over 200 districts in 34 provinces comprising over half the country."
  ],
  "place": "Afghanistan",
  "placeType": "country",
  "country": "AF",
  "lon": 66.0,
  "lat": 33.9,
  "controller": "taliban",
  "claimants": [
   "Taliban"
  ]
 },
 {
  "article": "002_946ebe8e3e50b0d8",
  "kind": "control",
  "optional": true,
  "date": "2021-07-08",
  "tol": 2,
  "quotes": [
   "Major cities remain under government control."
  ],
  "place": "Afghanistan",
  "placeType": "country",
  "country": "AF",
  "lon": 66.0,
  "lat": 33.9,
  "controller": "government",
  "claimants": [
   "unattributed",
   "Reuters"
  ]
 },
 {
  "article": "002_946ebe8e3e50b0d8",
  "kind": "control",
  "optional": true,
  "date": "2021-07-05",
  "tol": 4,
  "quotes": [
   "In the last week, the Taliban has overrun areas bordering five countries, including Iran, Tajikistan, Turkmenistan, China and Pakistan."
  ],
  "place": "Afghanistan",
  "placeType": "country",
  "country": "AF",
  "lon": 66.0,
  "lat": 33.9,
  "controller": "taliban",
  "claimants": [
   "unattributed"
  ]
 },
 {
  "article": "002_946ebe8e3e50b0d8",
  "kind": "movement",
  "optional": false,
  "date": "2021-07-08",
  "tol": 1,
  "quotes": [
   "Two senior security officials told Reuters on condition of anonymity that the Islam Qala border crossing with Iran, located in Herat province, had fallen to the Taliban and that Afghan security and customs officials had fled across the border.",
   "Al Alalam TV, Iran’s official Arabic language service, also reported that Afghan soldiers had entered Iranian territory via the border crossing to escape the Taliban."
  ],
  "fromCountry": "AF",
  "toCountry": "IR",
  "count": null
 },
 {
  "article": "002_946ebe8e3e50b0d8",
  "kind": "movement",
  "optional": true,
  "date": "2021-07-08",
  "tol": 1,
  "quotes": [
   "Al Alalam TV, Iran’s official Arabic language service, also reported that Afghan soldiers had entered Iranian territory via the border crossing to escape the Taliban.",
   "Two senior security officials told Reuters on condition of anonymity that the Islam Qala border crossing with Iran, located in Herat province, had fallen to the Taliban and that Afghan security and customs officials had fled across the border."
  ],
  "fromCountry": "AF",
  "toCountry": "IR",
  "count": null
 },
 {
  "article": "002_946ebe8e3e50b0d8",
  "kind": "movement",
  "optional": false,
  "date": "2021-07-06",
  "tol": 3,
  "quotes": [
   "Earlier this week, more than 1,000 Afghan security personnel fled into Tajikistan as the Taliban captured most of the northern province of Badakhshan, which also borders China and Pakistan."
  ],
  "fromCountry": "AF",
  "toCountry": "TJ",
  "count": 1000
 },
 {
  "article": "003_6f41c58a0392cbfd",
  "kind": "control",
  "optional": true,
  "date": "2018-12-27",
  "tol": 180,
  "quotes": [
   "The Taliban has made significant territorial gains this year, as its fighters inflict record casualties on government forces."
  ],
  "place": "Afghanistan",
  "placeType": "country",
  "country": "AF",
  "lon": 66.0,
  "lat": 33.9,
  "controller": "taliban",
  "claimants": [
   "unattributed"
  ]
 },
 {
  "article": "004_8cbf6f375a9fb236",
  "kind": "control",
  "optional": false,
  "date": "2018-12-31",
  "tol": 2,
  "quotes": [
   "Considering that 50 percent of the Afghan territories are in control of the Taliban and given the insecurity and instability in that country, Iran and the Taliban have held such negotiations, albeit with the knowledge of the Kabul government, Qassemi said."
  ],
  "place": "Afghanistan",
  "placeType": "country",
  "country": "AF",
  "lon": 66.0,
  "lat": 33.9,
  "controller": "taliban",
  "claimants": [
   "Qassemi",
   "Iran's Foreign Ministry spokesperson",
   "Iranian foreign ministry"
  ]
 }
];

export const FORBIDDEN: ForbiddenStatement[] = [
 {
  "article": "000_fdda10b232c57a06",
  "kind": "movement",
  "quote": "Tajik authorities say two-thirds of the 1,357-kilometer border with Afghanistan is under Taliban control and they are preparing for an influx of refugees to enter the country.",
  "note": "an expected influx is not a movement"
 },
 {
  "article": "001_4399b718935dd315",
  "kind": "movement",
  "quote": "Michael O'Hanlon of the Washington-based Brookings Institution said Iran, as a next-door neighbor, is seeking \"some degree of stability\" in Afghanistan, especially since chaos could result in millions of refugees at its door.",
  "note": "hypothetical"
 },
 {
  "article": "001_4399b718935dd315",
  "kind": "movement",
  "quote": "The regional diplomacy is happening at a time when the United States already has withdrawn 90 percent of its troops and equipment from Afghanistan, according to U.S. Central Command.",
  "note": "troop withdrawal is not displacement"
 },
 {
  "article": "003_6f41c58a0392cbfd",
  "kind": "movement",
  "quote": "An American official told AFP last week that US President Donald Trump had decided to pull out “roughly half” of the 14,000 US forces, but the White House has yet to confirm the widely-publicized move.",
  "note": "troop withdrawal is not displacement"
 },
 {
  "article": "004_8cbf6f375a9fb236",
  "kind": "movement",
  "quote": "Iran’s Foreign Ministry spokesperson confirmed that a delegation of the Afghan Taliban visited Tehran on December 30 and held extensive negotiations with a top Iranian diplomat.",
  "note": "a delegation's visit is not displacement"
 }
];
