// Robustness battery: short wire-copy sentences in many phrasings per phenomenon (active/passive,
// digits and number words, "including", "among them", claims vs blame vs denials, coordinated
// targets, weapon words). Written independently of the development and held-out articles: each
// case names the phrasing it checks, so a rule tuned to one article's wording shows up here.
import { describe, expect, it } from 'vitest';
import type { Classification } from '../../src/alerts/types.js';
import { createDefaultClassifier } from '../../src/knowledge/index.js';

const classify = createDefaultClassifier();
/** [name, title, body, expected fields]; published 2024-03-11 (a Monday). */
type Case = [string, string, string, Partial<Record<keyof Classification, unknown>>];
const T = 'Attack on embassy';
const CASES: Case[] = [
  // killed
  ['killed: active "killing N people"', T, 'A suicide bomber attacked the Turkish embassy in Mogadishu on Monday, killing seven people.', { killed: 7 }],
  ['killed: passive digits', T, 'Nine people were killed when a car bomb exploded outside the Egyptian embassy in Kabul on Monday.', { killed: 9 }],
  ['killed: "left X dead"', T, 'A car bomb outside the French embassy in Tripoli on Tuesday left two guards dead and five people wounded.', { killed: 2, wounded: 5 }],
  ['killed: "claimed the lives of"', T, 'The bombing of the Indian embassy in Kabul on Monday claimed the lives of 11 people, officials said.', { killed: 11, claimed: null }],
  ['killed: "lost their lives"', T, 'A suicide bomber struck the Chinese embassy in Bishkek on Tuesday. Three people lost their lives in the blast.', { killed: 3 }],
  ['killed: "the dead included"', T, 'A truck bomb hit the Jordanian embassy in Baghdad on Thursday, killing 14 people. The dead included two policemen.', { killed: 14 }],
  ['killed: "a toll of"', T, 'Gunmen stormed the Iranian embassy in Beirut on Tuesday, with officials giving a toll of 23 dead.', { killed: 23 }],
  ['killed: "among them" attackers excluded', T, 'Gunmen stormed the Iraqi embassy in Kabul on Monday. Five people died, among them the three attackers.', { killed: 2 }],
  ['killed: attackers also killed, separate clause', T, 'Militants attacked the Indian consulate in Herat on Friday; two guards were killed and all four attackers were shot dead.', { killed: 2 }],
  ['killed: "X people were killed, including"', T, 'A car bomb exploded outside the Danish embassy in Islamabad on Monday. Six people were killed, including a child.', { killed: 6 }],
  ['killed: death toll stands at', T, 'A suicide bomber attacked the Russian embassy in Kabul on Monday. The death toll stands at eight, police said.', { killed: 8 }],
  ['killed: number word "two employees"', T, 'Two local employees were killed when a rocket hit the US embassy in Baghdad on Sunday.', { killed: 2 }],
  ['killed: "X dead and Y wounded" noun phrase', T, 'A bomb blast at the Pakistani embassy in Kabul on Monday left 4 dead and 12 wounded.', { killed: 4, wounded: 12 }],
  ['killed: casualties figure', T, 'A rocket struck the US embassy in Baghdad on Sunday. There were no casualties.', { killed: 0, wounded: 0 }],
  ['killed: bomber killed only', T, 'A suicide bomber blew himself up outside the US embassy in Ankara on Friday, killing a security guard. The bomber also died.', { killed: 1 }],
  ['killed: died of wounds', T, 'Gunmen attacked the Saudi embassy in Sanaa on Monday. A guard died of his wounds in hospital.', { killed: 1 }],
  // wounded
  ['wounded: "were injured"', T, 'A grenade was thrown at the Italian embassy in Kabul on Monday. Four people were injured.', { wounded: 4, killed: null }],
  ['wounded: "hurt"', T, 'A car bomb exploded outside the Italian embassy in Cairo on Saturday. Nine people were hurt.', { wounded: 9 }],
  ['wounded: "hospitalised"', T, 'A petrol bomb was thrown at the Israeli embassy in Athens on Friday. Two police officers were hospitalised.', { wounded: 2 }],
  ['wounded: "treated for injuries"', T, 'A bomb exploded outside the Greek consulate in Istanbul on Monday. Three passers-by were treated for injuries.', { wounded: 3 }],
  ['wounded: "X others injured" after killing', T, 'A suicide bomber attacked the Turkish embassy in Mogadishu on Monday, killing seven people and injuring 12 others.', { killed: 7, wounded: 12 }],
  ['wounded: "X wounded" noun', T, 'Rockets hit the US embassy in Baghdad on Sunday, leaving three wounded.', { wounded: 3 }],
  ['wounded: "suffered injuries"', T, 'A bomb exploded at the French embassy in Athens on Monday. A police officer suffered minor injuries.', { wounded: 1 }],
  ['wounded: "sustained wounds"', T, 'Gunmen opened fire on the Saudi embassy in Tripoli on Monday. Two guards sustained gunshot wounds.', { wounded: 2 }],
  ['wounded: attackers wounded excluded', T, 'Gunmen stormed the Iraqi embassy in Kabul on Monday. Two of the attackers were wounded and arrested; no one else was hurt.', { wounded: 0 }],
  ['wounded: "injuring X people" with digits', T, 'A car bomb exploded near the US embassy in Kabul on Tuesday, killing 2 and injuring 17 people.', { killed: 2, wounded: 17 }],
  // claims
  ['claim: "claimed responsibility"', T, 'Gunmen stormed the Iraqi embassy in Kabul on Monday. The Islamic State group claimed responsibility.', { claimed: true, perpetrators: ['Islamic State'] }],
  ['claim: "said it carried out"', T, 'A suicide bomber attacked the Turkish embassy in Mogadishu on Monday. Al-Shabaab said it carried out the attack.', { claimed: true, perpetrators: ['al-Shabaab'] }],
  ['claim: "took responsibility"', T, 'A car bomb exploded outside the Indian consulate in Jalalabad on Monday. The Taliban took responsibility.', { claimed: true, perpetrators: ['Taliban'] }],
  ['claim: Amaq', T, 'A suicide bomber attacked the Iraqi embassy in Kabul on Monday. Islamic State said in a statement on its Amaq news agency that one of its fighters had carried out the attack.', { claimed: true, perpetrators: ['Islamic State'] }],
  ['claim: "said its fighters"', T, 'Rockets hit the Saudi embassy in Sanaa on Monday. The Houthis said their fighters had fired the rockets.', { claimed: true, perpetrators: ['Houthis'] }],
  ['claim: "claim of responsibility from"', T, 'A bomb exploded at the Russian embassy in Kabul on Monday. Islamic State issued a claim of responsibility.', { claimed: true, perpetrators: ['Islamic State'] }],
  ['claim: "in a claim posted online"', T, 'A bomb exploded at the Russian embassy in Kabul on Monday. In a claim posted online, Islamic State said it was behind the blast.', { claimed: true, perpetrators: ['Islamic State'] }],
  ['claim: "no one has claimed"', T, 'A bomb exploded at the Russian embassy in Kabul on Monday. No one has claimed the attack.', { claimed: false, perpetrators: [] }],
  ['claim: "there was no immediate claim"', T, 'A bomb exploded at the Russian embassy in Kabul on Monday. There was no immediate claim of responsibility.', { claimed: false }],
  ['claim: denial', T, 'A bomb exploded at the Indian embassy in Kabul on Monday. The Taliban denied involvement.', { perpetrators: [], claimed: null }],
  ['claim: denial then blame', T, 'A bomb exploded at the Indian embassy in Kabul on Monday. Afghan officials blamed the Haqqani Network, but the Taliban denied involvement.', { perpetrators: ['Haqqani Network'] }],
  ['claim: "has claimed" after apposition', T, 'Gunmen stormed the Iraqi embassy in Kabul on Monday. Islamic State, which has a branch in Afghanistan, has claimed the assault.', { claimed: true, perpetrators: ['Islamic State'] }],
  ['claim: passive "was claimed by"', T, 'A bomb exploded at the US embassy in Ankara on Friday. The attack was claimed by the DHKP-C.', { claimed: true }],
  // blame
  ['blame: "blamed X"', T, 'A bomb exploded at the Indian embassy in Kabul on Monday. Officials blamed the Taliban.', { perpetrators: ['Taliban'], claimed: null }],
  ['blame: "accused X of"', T, 'A bomb exploded at the Indian embassy in Kabul on Monday. Afghan officials accused the Haqqani Network of carrying out the attack.', { perpetrators: ['Haqqani Network'] }],
  ['blame: "attributed to X"', T, 'A bomb exploded at the Indian embassy in Kabul on Monday. Police attributed the blast to the Taliban.', { perpetrators: ['Taliban'] }],
  ['blame: "suspected X"', T, 'A bomb exploded at the Indian embassy in Kabul on Monday. Police suspected the Taliban.', { perpetrators: ['Taliban'] }],
  ['blame: "bore the hallmarks of X"', T, 'A bomb exploded at the Indian embassy in Kabul on Monday. The attack bore the hallmarks of al-Qaeda.', { perpetrators: ['al-Qaeda'] }],
  ['blame: "X was blamed"', T, 'A bomb exploded at the Indian embassy in Kabul on Monday. The Taliban were blamed for the blast.', { perpetrators: ['Taliban'] }],
  ['blame: "X is suspected"', T, 'A bomb exploded at the Indian embassy in Kabul on Monday. The Haqqani Network is suspected of carrying out the attack.', { perpetrators: ['Haqqani Network'] }],
  ['blame: "X was behind"', T, 'A bomb exploded at the Indian embassy in Kabul on Monday. Officials said the Taliban were behind the attack.', { perpetrators: ['Taliban'] }],
  ['blame: group only mentioned as context', T, 'A bomb exploded at the Indian embassy in Kabul on Monday. The Taliban control much of the province.', { perpetrators: [] }],
  // targets
  ['targets: "embassies of France and Germany"', T, 'Protesters set fire to the embassies of France and Germany in Kinshasa on Monday.', { targetCountries: ['FR', 'DE'] }],
  ['targets: "the Swiss and Chilean embassies"', T, 'Parcel bombs exploded at the Swiss and Chilean embassies in Rome on Thursday.', { targetCountries: ['CH', 'CL'] }],
  ["targets: \"Turkey's embassy\"", T, "A suicide bomber attacked Turkey's embassy in Mogadishu on Monday.", { targetCountries: ['TR'] }],
  ['targets: "the mission of Qatar"', T, 'Gunmen opened fire on the diplomatic mission of Qatar in Tripoli on Monday.', { targetCountries: ['QA'] }],
  ['targets: "the French, US and Belgian embassies"', T, 'Protesters attacked the French, US and Belgian embassies in Kinshasa on Tuesday.', { targetCountries: ['FR', 'US', 'BE'] }],
  ['targets: "the embassies of Rwanda, Uganda and Kenya"', T, 'Rioters attacked the embassies of Rwanda, Uganda and Kenya in Kinshasa on Tuesday.', { targetCountries: ['RW', 'UG', 'KE'] }],
  ['targets: "Danish and Norwegian embassies"', T, 'Protesters torched the Danish and Norwegian embassies in Damascus on Saturday.', { targetCountries: ['DK', 'NO'], city: 'Damascus' }],
  ['targets: "the British and American embassies"', T, 'Suicide bombers struck the British and American embassies in Nairobi on Friday.', { targetCountries: ['GB', 'US'] }],
  ['targets: "Iran\'s consulate"', T, "An air strike destroyed Iran's consulate in Damascus on Monday.", { targetCountries: ['IR'] }],
  // attack types
  ['types: car bomb', T, 'A car bomb exploded outside the Turkish embassy in Mogadishu on Monday.', { attackTypes: ['bombing'] }],
  ['types: IED', T, 'An IED went off near the US embassy in Kabul on Monday.', { attackTypes: ['bombing'] }],
  ['types: grenade thrown', T, 'Attackers threw a grenade at the US embassy in Sanaa on Monday.', { attackTypes: ['bombing'] }],
  ['types: RPG', T, 'Militants fired an RPG at the British embassy in Sanaa on Monday.', { attackTypes: ['rocket_mortar'] }],
  ['types: mortar rounds', T, 'Mortar rounds landed inside the US embassy compound in Baghdad on Monday.', { attackTypes: ['rocket_mortar'] }],
  ['types: opened fire', T, 'Gunmen opened fire on the Saudi embassy in Tripoli on Monday.', { attackTypes: ['shooting'] }],
  ['types: stormed', T, 'Militants stormed the Indian consulate in Herat on Friday.', { attackTypes: ['armed_assault'] }],
  ['types: set ablaze by crowd', T, 'Protesters set ablaze the French embassy in Ouagadougou on Saturday.', { attackTypes: ['arson_mob'] }],
  ['types: stabbed', T, 'A man stabbed a guard outside the Israeli embassy in Belgrade on Saturday.', { attackTypes: ['stabbing_melee'] }],
  ['types: knifeman', T, 'A guard was attacked with a knife outside the French embassy in Riyadh on Saturday.', { attackTypes: ['stabbing_melee'] }],
  ['types: shelling', T, 'Shelling hit the Russian embassy in Damascus on Monday.', { attackTypes: ['rocket_mortar'] }],
  ['types: suicide vest', T, 'An attacker wearing a suicide vest blew himself up at the gate of the Iraqi embassy in Kabul on Monday.', { attackTypes: ['suicide_attack'] }],
  ['types: shot dead guard (shooting)', T, 'A gunman shot dead a guard outside the Israeli embassy in Cairo on Monday.', { attackTypes: ['shooting'] }],
  ['types: firebombs thrown', T, 'Molotov cocktails were hurled at the Israeli embassy in Athens on Monday.', { attackTypes: ['arson_mob'] }],
  ['types: drone', T, 'A drone hit the US embassy in Baghdad on Monday.', { attackTypes: ['other'] }],
  ['types: air strike', T, 'An Israeli air strike destroyed the Iranian consulate in Damascus on Monday.', { attackTypes: ['other'] }],
];
CASES.push(
  ['claim: "claimed the lives" is no claim', T, 'A Taliban attack on the Indian embassy in Kabul on Monday claimed the lives of 11 people.', { killed: 11, claimed: null }],
  ['killed: "X people died"', T, 'A car bomb exploded outside the Turkish embassy in Mogadishu on Monday. At least 12 people died.', { killed: 12 }],
  ['killed: "killed at least N"', T, 'A suicide bomber killed at least 15 people outside the Iraqi embassy in Kabul on Monday.', { killed: 15 }],
  ['killed: "N were killed, among them N guards"', T, 'A car bomb hit the Indian embassy in Kabul on Monday. Forty people were killed, among them two diplomats.', { killed: 40 }],
  ['killed: "a policeman and two civilians were killed"', T, 'A bomb exploded near the US embassy in Ankara on Friday. A policeman and two civilians were killed.', { killed: 3 }],
  ['killed: "killing a guard and wounding two"', T, 'A gunman opened fire at the Israeli embassy in Amman on Friday, killing a guard and wounding two others.', { killed: 1, wounded: 2 }],
  ['killed: "The attack killed N"', T, 'Gunmen stormed the Iraqi embassy in Kabul on Monday. The attack killed two guards and wounded three police officers.', { killed: 2, wounded: 3 }],
  ['killed: fatalities', T, 'A rocket hit the US embassy in Baghdad on Sunday. There were three fatalities, officials said.', { killed: 3 }],
  ['killed: casualties wording with digits', T, 'A car bomb exploded outside the Danish embassy in Islamabad on Monday, leaving 6 people dead.', { killed: 6 }],
  ['killed: "death toll rose to"', T, 'A suicide bomber attacked the Russian embassy in Kabul on Monday, killing two staff. The death toll later rose to eight.', { killed: 8 }],
  ['killed: gunmen killed excluded', T, 'Gunmen stormed the Iraqi embassy in Kabul on Monday. Security forces killed all three gunmen. Two guards were wounded.', { wounded: 2 }],
  ['killed: "including the attacker"', T, 'A suicide bomber struck the Chinese embassy in Bishkek on Tuesday, killing two people including the attacker.', { killed: 1 }],
  ['killed: "besides the bomber"', T, 'A suicide bomber struck the Chinese embassy in Bishkek on Tuesday. Nobody besides the bomber was killed.', { killed: 0 }],
  ['wounded: "X people were wounded"', T, 'Rockets hit the US embassy in Baghdad on Sunday. Three people were wounded.', { wounded: 3 }],
  ['wounded: "injuring N"', T, 'A grenade exploded at the Indonesian embassy in Paris on Friday, injuring 10 people.', { wounded: 10 }],
  ['wounded: "N injured" headline style', 'Blast at embassy in Kabul, 6 injured', 'A bomb exploded outside the Indian embassy in Kabul on Monday.', { wounded: 6 }],
  ['wounded: "slightly injured"', T, 'A bomb exploded outside the Italian embassy in Athens on Monday. Two police officers were slightly injured.', { wounded: 2 }],
  ['wounded: "among the wounded"', T, 'A bomb exploded outside the Italian embassy in Athens on Monday, wounding five people. Among the wounded were two police officers.', { wounded: 5 }],
  ['wounded: "no injuries were reported"', T, 'A bomb exploded outside the Italian embassy in Athens on Monday. No injuries were reported.', { wounded: 0 }],
  ['wounded: "caused no injuries"', T, 'A bomb exploded outside the Italian embassy in Athens on Monday but caused no injuries.', { wounded: 0 }],
  ['wounded: "a guard was wounded"', T, 'Gunmen opened fire on the Saudi embassy in Tripoli on Monday. A guard was wounded.', { wounded: 1 }],
  ['wounded: "leaving N people injured"', T, 'A car bomb exploded outside the Turkish embassy in Mogadishu on Monday, leaving 14 people injured.', { wounded: 14 }],
  ['no casualties: "there were no reported casualties"', T, 'Rockets hit the US embassy in Baghdad on Sunday. There were no reported casualties.', { killed: 0, wounded: 0 }],
  ['no casualties: "no one was killed or injured"', T, 'Rockets hit the US embassy in Baghdad on Sunday. No one was killed or injured.', { killed: 0, wounded: 0 }],
  ['no casualties: "did not cause casualties"', T, 'Rockets hit the US embassy in Baghdad on Sunday but did not cause any casualties.', { killed: 0, wounded: 0 }],
  ['no casualties: "caused damage but no casualties"', T, 'A bomb exploded outside the US embassy in Athens on Monday, causing damage but no injuries.', { wounded: 0 }],
  ['claim: "claimed the bombing in a statement"', T, 'A bomb exploded at the US embassy in Ankara on Friday. The DHKP-C claimed the bombing in a statement on its website.', { claimed: true }],
  ['claim: "Islamic State, via Amaq, claimed"', T, 'A suicide bomber hit the Russian embassy in Kabul on Monday. Islamic State claimed the attack via its Amaq news agency.', { claimed: true, perpetrators: ['Islamic State'] }],
  ['claim: "said it was not behind" is no claim', T, 'A bomb exploded at the Indian embassy in Kabul on Monday. The Taliban said it was not behind the attack.', { perpetrators: [], claimed: null }],
  ['claim: "no group has yet claimed"', T, 'A bomb exploded at the Indian embassy in Kabul on Monday. No group has yet claimed responsibility.', { claimed: false }],
  ['claim: "it was not clear who was behind"', T, 'A bomb exploded at the Indian embassy in Kabul on Monday. It was not immediately clear who was behind the attack.', { claimed: null, perpetrators: [] }],
  ['blame: "held X responsible"', T, 'A bomb exploded at the Indian embassy in Kabul on Monday. India held the Haqqani Network responsible.', { perpetrators: ['Haqqani Network'] }],
  ['blame: "pointed the finger at"', T, 'A bomb exploded at the Indian embassy in Kabul on Monday. Officials pointed the finger at the Haqqani Network.', { perpetrators: ['Haqqani Network'] }],
  ['blame: "X militants attacked"', T, 'Al-Shabaab militants attacked the Turkish embassy in Mogadishu on Monday.', { perpetrators: ['al-Shabaab'] }],
  ['blame: "suspected X militants"', T, 'Suspected Taliban militants attacked the Indian consulate in Herat on Friday.', { perpetrators: ['Taliban'] }],
  ['targets: "consulates of India and Iran"', T, 'Gunmen attacked the consulates of India and Iran in Herat on Friday.', { targetCountries: ['IN', 'IR'] }],
  ['targets: single embassy unaffected by later country', T, 'Gunmen attacked the Indian consulate in Herat on Friday and Afghanistan condemned it.', { targetCountries: ['IN'] }],
  ['types: "hurled a hand grenade"', T, 'An attacker hurled a hand grenade into the compound of the French embassy in Bamako on Friday.', { attackTypes: ['bombing'] }],
  ['types: "gunfire erupted"', T, 'Gunfire erupted outside the US embassy in Beirut on Wednesday as a gunman fired at the gate.', { attackTypes: ['shooting'] }],
  ['types: "rammed a car"', T, 'A man rammed a car into the gate of the Israeli embassy in Ankara on Friday.', { attackTypes: ['other'] }],
);
CASES.push(
  ['killed: "N people, including M guards, were killed"', T, 'A car bomb exploded outside the Turkish embassy in Mogadishu on Monday. At least five people, including two police officers, were killed.', { killed: 5 }],
  ['killed: "N people - M guards and K visitors - died"', T, 'A car bomb exploded outside the Turkish embassy in Mogadishu on Monday. Five people, three guards and two visitors, died.', { killed: 5 }],
  ['killed: "killed N people, M of them guards"', T, 'A suicide bomber attacked the Iraqi embassy in Kabul on Monday, killing eight people, three of them guards.', { killed: 8 }],
  ['killed: "killed N guards and a civilian"', T, 'A suicide bomber attacked the Iraqi embassy in Kabul on Monday, killing four Afghan guards and a civilian.', { killed: 5 }],
  ['killed: "N died and M were wounded"', T, 'A car bomb exploded outside the Turkish embassy in Mogadishu on Monday. Seventeen people died and 42 were wounded.', { killed: 17, wounded: 42 }],
  ['killed: "put the toll at N dead and M wounded"', T, 'A car bomb exploded outside the Turkish embassy in Mogadishu on Monday. The health ministry put the toll at 17 dead and 42 wounded.', { killed: 17, wounded: 42 }],
  ['killed: "a guard was killed and two passers-by were wounded"', T, 'Gunmen opened fire on the Saudi embassy in Tripoli on Monday. A guard was killed and two passers-by were wounded.', { killed: 1, wounded: 2 }],
  ['killed: "killed N people, most of them civilians"', T, 'A truck bomb hit the Jordanian embassy in Baghdad on Thursday, killing 12 people, most of them civilians.', { killed: 12 }],
  ['killed: "killed the ambassador"', T, 'A bomb exploded at the Russian embassy in Kabul on Monday, killing the ambassador.', { killed: 1 }],
  ['killed: "including the two gunmen"', T, 'Gunmen stormed the Iraqi embassy in Kabul on Monday. Five people were killed, including the two gunmen.', { killed: 3 }],
  ['killed: "police killed the gunmen; no one else hurt"', T, 'Gunmen stormed the Iraqi embassy in Kabul on Monday. Police killed the three gunmen. No one else was hurt.', { killed: 0, wounded: 0 }],
  ['killed: "the attackers killed two guards before being shot"', T, 'Gunmen stormed the Iraqi embassy in Kabul on Monday. The attackers killed two guards before they were shot dead by police.', { killed: 2 }],
  ['killed: title toll "kills 5"', 'Suicide bomber kills 5 at Turkish embassy in Mogadishu', 'A suicide bomber attacked the Turkish embassy in Mogadishu on Monday, police said.', { killed: 5 }],
  ['wounded: "another N were wounded"', T, 'A car bomb exploded outside the Turkish embassy in Mogadishu on Monday, killing three people. Another 30 people were wounded.', { killed: 3, wounded: 30 }],
  ['wounded: "N others were hurt"', T, 'A car bomb exploded outside the Turkish embassy in Mogadishu on Monday, killing three people. Twelve others were hurt.', { killed: 3, wounded: 12 }],
  ['wounded: "wounded dozens" is null', T, 'A car bomb exploded outside the Turkish embassy in Mogadishu on Monday, killing 22 people and wounding dozens.', { killed: 22, wounded: null }],
  ['wounded: "more than 100 injured"', T, 'A truck bomb exploded outside the US embassy in Nairobi on Friday. More than 100 people were injured.', { wounded: 100 }],
  ['wounded: "a further N were injured"', T, 'A truck bomb exploded outside the US embassy in Nairobi on Friday, killing 12. A further 40 were injured.', { killed: 12, wounded: 40 }],
  ['wounded: "injuries to N people"', T, 'A truck bomb exploded outside the US embassy in Nairobi on Friday, causing injuries to 40 people.', { wounded: 40 }],
  ['wounded: "the wounded included"', T, 'A bomb exploded outside the US embassy in Athens on Monday, wounding three people. The wounded included a police officer.', { wounded: 3 }],
  ['targets: "the Emirati embassy"', T, 'Gunmen attacked the Emirati embassy in Kabul on Monday.', { targetCountries: ['AE'] }],
  ['targets: "the Qatari embassy"', T, 'Gunmen attacked the Qatari embassy in Tripoli on Monday.', { targetCountries: ['QA'] }],
  ['targets: "the South Korean embassy"', T, 'Gunmen attacked the South Korean embassy in Tripoli on Monday.', { targetCountries: ['KR'] }],
  ['targets: "the embassy of the United Kingdom"', T, 'Gunmen attacked the embassy of the United Kingdom in Tripoli on Monday.', { targetCountries: ['GB'] }],
  ['targets: "the Russian Federation embassy"', T, 'Gunmen attacked the embassy of the Russian Federation in Kabul on Monday.', { targetCountries: ['RU'] }],
  ["targets: \"Britain's embassy\"", T, "Gunmen attacked Britain's embassy in Tripoli on Monday.", { targetCountries: ['GB'] }],
  ['targets: "the UAE embassy"', T, 'Gunmen attacked the UAE embassy in Mogadishu on Monday.', { targetCountries: ['AE'] }],
  ['targets: "the Israeli mission"', T, 'A bomb exploded near the Israeli mission in Buenos Aires on Tuesday.', { targetCountries: ['IL'] }],
  ['targets: title names the owner, body does not', 'Turkish embassy attacked in Mogadishu', 'A suicide bomber attacked the embassy in Mogadishu on Monday, killing seven people.', { targetCountries: ['TR'] }],
  ['targets: "the US diplomatic compound"', T, 'Militants attacked the US diplomatic compound in Benghazi on Tuesday.', { targetCountries: ['US'] }],
  ['types: "sprayed bullets"', T, 'Gunmen in a passing car sprayed bullets at the Saudi embassy in Tripoli on Monday.', { attackTypes: ['shooting'] }],
  ['types: "fired shots"', T, 'A man fired several shots at the Israeli embassy in Stockholm on Monday.', { attackTypes: ['shooting'] }],
  ['types: "threw stones and petrol bombs"', T, 'Protesters threw stones and petrol bombs at the British embassy in Tehran on Tuesday.', { attackTypes: ['arson_mob'] }],
  ['types: "ransacked"', T, 'Protesters ransacked the British embassy in Tehran on Tuesday.', { attackTypes: ['arson_mob'] }],
  ['types: "explosive device"', T, 'An explosive device went off outside the Russian embassy in Kabul on Monday.', { attackTypes: ['bombing'] }],
  ['types: "explosives-laden vehicle"', T, 'An explosives-laden vehicle blew up outside the Indian embassy in Kabul on Monday.', { attackTypes: ['bombing'] }],
  ['types: "parcel bomb"', T, 'A parcel bomb exploded at the Chilean embassy in Rome on Thursday.', { attackTypes: ['bombing'] }],
  ['types: "detonated his explosive vest"', T, 'An attacker detonated his explosive vest at the gate of the Iraqi embassy in Kabul on Monday.', { attackTypes: ['suicide_attack'] }],
  ['types: "took hostages"', T, 'Armed militants took hostages inside the Japanese ambassador\'s residence in Lima on Tuesday.', { attackTypes: ['armed_assault'] }],
  ['types: "airstrike"', T, 'An airstrike flattened the Iranian consulate in Damascus on Monday.', { attackTypes: ['other'] }],

  ['types: "knife attack"', T, 'A guard was wounded in a knife attack outside the French consulate in Jeddah on Thursday.', { attackTypes: ['stabbing_melee'] }],
  ['types: "vandalised and set fire"', T, 'Protesters vandalised and set fire to the Swedish embassy in Baghdad on Thursday.', { attackTypes: ['arson_mob'] }],
  ['perp: "IS-K"', T, 'A suicide bomber attacked the Russian embassy in Kabul on Monday. IS-K claimed the attack.', { perpetrators: ['Islamic State'], claimed: true }],
  ['perp: "the Islamic State\'s Afghan affiliate"', T, 'A suicide bomber attacked the Russian embassy in Kabul on Monday. The Islamic State\'s Afghan affiliate claimed responsibility.', { perpetrators: ['Islamic State'], claimed: true }],
  ['perp: "Houthi rebels fired"', T, 'Houthi rebels fired rockets at the Saudi embassy in Sanaa on Monday.', { perpetrators: ['Houthis'] }],
  ['perp: "blamed the attack on"', T, 'A bomb exploded at the Indian embassy in Kabul on Monday. The government blamed the attack on the Haqqani Network.', { perpetrators: ['Haqqani Network'] }],
  ['perp: "X, which claimed ... , is" relative', T, 'A bomb exploded at the Indian embassy in Kabul on Monday. The Taliban, who control the area, claimed it.', { perpetrators: ['Taliban'], claimed: true }],
  ['perp: "responsibility was claimed by"', T, 'A bomb exploded at the Indian embassy in Kabul on Monday. Responsibility was claimed by the Taliban.', { perpetrators: ['Taliban'], claimed: true }],
  ['perp: "a statement from X claimed"', T, 'A bomb exploded at the Indian embassy in Kabul on Monday. A statement from the Taliban claimed the attack.', { perpetrators: ['Taliban'], claimed: true }],
);
CASES.push(
  ['killed: background toll of an earlier attack ignored', T, 'A car bomb exploded outside the German embassy in Kabul on Monday, wounding three guards.\nIn 2017, a truck bomb near the same embassy killed more than 150 people.', { killed: null, wounded: 3 }],
  ['killed: toll in second paragraph with "the dead"', T, 'A suicide bomber struck outside the Turkish embassy in Mogadishu on Monday, police said.\nThe dead included four police officers and two civilians, a police spokesman said, bringing the toll to six.', { killed: 6 }],
  ['killed: "Police said N people were killed" after reporting verb', T, 'A bomb went off outside the Indian embassy in Kabul on Monday. Police said 11 people were killed and 20 injured.', { killed: 11, wounded: 20 }],
  ['killed: number in words with hyphen', T, 'A bomb went off outside the Indian embassy in Kabul on Monday, killing twenty-one people.', { killed: 21 }],
  ['killed: "N were killed" with no noun', T, 'A bomb went off outside the Indian embassy in Kabul on Monday. At least 9 were killed.', { killed: 9 }],
  ['killed: "the blast killed N, officials said"', T, 'The blast outside the Indian embassy in Kabul on Monday killed 9, officials said.', { killed: 9 }],
  ['killed: "N killed" headline and body agrees', 'Nine killed in blast at Indian embassy in Kabul', 'A bomb went off outside the Indian embassy in Kabul on Monday.', { killed: 9 }],
  ['killed: other attack same day elsewhere', T, 'A bomb went off outside the Indian embassy in Kabul on Monday, wounding two guards.\nIn a separate attack in Kandahar, a roadside bomb killed five soldiers.', { killed: null, wounded: 2 }],
  ['wounded: "N people were taken to hospital"', T, 'A bomb went off outside the Indian embassy in Kabul on Monday. Seven people were taken to hospital.', { wounded: 7 }],
  ['wounded: "N people suffered injuries"', T, 'A bomb went off outside the Indian embassy in Kabul on Monday. Seven people suffered injuries.', { wounded: 7 }],
  ['wounded: "N wounded, M of them seriously"', T, 'A bomb went off outside the Indian embassy in Kabul on Monday. Eighteen people were wounded, four of them seriously.', { wounded: 18 }],
  ['wounded: "wounded N, including M children"', T, 'A bomb went off outside the Indian embassy in Kabul on Monday, wounding 18 people, including three children.', { wounded: 18 }],
  ['wounded: "with N wounded" trailing', T, 'A bomb went off outside the Indian embassy in Kabul on Monday, with 18 people wounded.', { wounded: 18 }],
  ['wounded: "N injured" after killed in list', T, 'A bomb went off outside the Indian embassy in Kabul on Monday. Two people were killed and 18 injured.', { killed: 2, wounded: 18 }],
  ['wounded: "N casualties" stays null', T, 'A bomb went off outside the Indian embassy in Kabul on Monday, causing 20 casualties.', { killed: null }],
  ['wounded: "an embassy guard was slightly wounded"', T, 'Gunmen opened fire on the Saudi embassy in Tripoli on Monday. An embassy guard was slightly wounded.', { wounded: 1 }],
  ['wounded: "the ambassador was injured"', T, 'A bomb went off outside the Saudi embassy in Tripoli on Monday. The ambassador was injured.', { wounded: 1 }],
  ['killed: "the ambassador was killed"', T, 'Militants stormed the US consulate in Benghazi on Tuesday. The ambassador was killed.', { killed: 1 }],
  ['killed: "the ambassador and three other Americans"', T, 'Militants stormed the US consulate in Benghazi on Tuesday, killing the ambassador and three other Americans.', { killed: 4 }],
  ['killed: "two Afghan guards died"', T, 'A suicide bomber struck the Russian embassy in Kabul on Monday. Two Afghan guards died.', { killed: 2 }],
  ['wounded: "no embassy staff were hurt" with others wounded', T, 'A car bomb exploded outside the US embassy in Kabul on Monday, wounding four passers-by. No embassy staff were hurt.', { wounded: 4 }],
);
CASES.push(
  ['fr: "faisant trois morts et dix blessés"', 'Attentat contre une ambassade', "Une voiture piégée a explosé lundi devant l'ambassade de Turquie à Mogadiscio, faisant trois morts et dix blessés.", { killed: 3, wounded: 10, targetCountries: ['TR'] }],
  ['fr: "a fait cinq morts"', 'Attentat contre une ambassade', "L'attentat suicide contre l'ambassade d'Irak à Kaboul a fait cinq morts lundi.", { killed: 5 }],
  ['fr: "deux policiers ont été tués"', 'Attentat contre une ambassade', "Des hommes armés ont attaqué l'ambassade de France à Bamako lundi. Deux policiers ont été tués.", { killed: 2 }],
  ['es: "dejó tres muertos"', 'Atentado contra una embajada', 'Un coche bomba explotó el lunes frente a la embajada de Turquía en Mogadiscio y dejó tres muertos y diez heridos.', { killed: 3, wounded: 10 }],
  ['es: "murieron cinco personas"', 'Atentado contra una embajada', 'Un coche bomba explotó el lunes frente a la embajada de Turquía en Mogadiscio. Murieron cinco personas.', { killed: 5 }],
  ['de: "drei Menschen wurden getötet"', 'Anschlag auf Botschaft', 'Vor der türkischen Botschaft in Mogadischu explodierte am Montag eine Autobombe. Drei Menschen wurden getötet, zehn weitere verletzt.', { killed: 3, wounded: 10 }],
  ['de: "mindestens fünf Tote"', 'Anschlag auf Botschaft', 'Bei einem Selbstmordanschlag auf die irakische Botschaft in Kabul hat es am Montag mindestens fünf Tote gegeben.', { killed: 5 }],
  ['fr: "revendiqué par l\'EI"', 'Attentat contre une ambassade', "L'attentat suicide contre l'ambassade d'Irak à Kaboul lundi a été revendiqué par le groupe État islamique.", { claimed: true, perpetrators: ['Islamic State'] }],
  ['es: "se atribuyó el ataque"', 'Atentado contra una embajada', 'Un coche bomba explotó el lunes frente a la embajada de Turquía en Mogadiscio. Al Shabaab se atribuyó el ataque.', { claimed: true, perpetrators: ['al-Shabaab'] }],
);
CASES.push(
  ['wounded: "others" after another casualty word are not added', T, 'Gunmen attacked the Indian consulate in Jalalabad on Monday. Two civilians were killed and nineteen others were wounded.', { killed: 2, wounded: 19 }],
  ['wounded: "a guard was killed and three others hurt"', T, 'Gunmen attacked the Indian consulate in Jalalabad on Monday. A guard was killed and three others were hurt.', { killed: 1, wounded: 3 }],
  ['wounded: "both ... were wounded, as was a passer-by"', T, 'A suicide bomber blew himself up near the French embassy in Nouakchott on Saturday. Both gendarmes were lightly wounded, as was a passer-by.', { wounded: 3 }],
  ['wounded: "killing the ambassador and three others"', T, 'Militants attacked the US consulate in Benghazi on Tuesday, killing the ambassador and three others.', { killed: 4 }],
  ['fr: "blessant deux gendarmes et une passante"', 'Attentat contre une ambassade', "Un kamikaze s'est fait exploser samedi près de l'ambassade de France à Nouakchott, blessant légèrement deux gendarmes et une passante.", { wounded: 3 }],
);
CASES.push(
  ['attackers: "police shot dead a man who attacked" is no victim', T, 'Police shot dead a man who attacked the Israeli embassy in Belgrade with a crossbow on Saturday, wounding a guard.', { killed: null, wounded: 1 }],
  ['attackers: "the four attackers and a policeman were killed"', T, 'Gunmen attacked the Iraqi embassy in Kabul on Monday. The four attackers and a policeman were killed.', { killed: 1 }],
  ['attackers: "a policeman and the four attackers were killed"', T, 'Gunmen attacked the Iraqi embassy in Kabul on Monday. A policeman and the four attackers were killed.', { killed: 1 }],
  ['attackers: "left a guard and two attackers dead"', T, 'Gunmen attacked the Iraqi embassy in Kabul on Monday; the assault left a guard and two attackers dead.', { killed: 1 }],
  ['attackers: "killing only himself"', T, 'A suicide bomber blew himself up outside the Chinese embassy in Bishkek on Tuesday, killing only himself. Three guards were wounded.', { wounded: 3 }],
  ['killed: "saw at least four bodies"', T, 'A car bomb exploded outside the Turkish embassy in Mogadishu on Monday. A police officer at the scene said he saw at least four bodies.', { killed: 4 }],
  ['relevance: "a rocket slammed into" is no verbal attack', T, 'A rocket slammed into the US embassy compound in Baghdad on Sunday. An embassy spokesman said there were no casualties among staff.', { killed: 0, wounded: 0, attackTypes: ['rocket_mortar'] }],
  ['killed: "two policemen killed" headline subject', 'Two policemen killed in attack on Turkish embassy in Mogadishu', 'Militants attacked the Turkish embassy in Mogadishu on Monday.', { killed: 2 }],
);
CASES.push(
  ['structure: toll paragraph after a background paragraph', 'Suicide bomber hits Turkish embassy in Mogadishu', "MOGADISHU (Reuters) - A suicide car bomber struck the gate of the Turkish embassy in Mogadishu on Monday, police said.\nThe embassy was previously targeted in 2013, when a car bomb killed three people.\nAt least six people were killed in Monday's blast and 11 wounded, a police officer said.", { killed: 6, wounded: 11 }],
  ['structure: enumeration after a colon is not added', T, 'A suicide car bomber struck the gate of the Turkish embassy in Mogadishu on Monday, police said. The blast killed six: four guards and two passers-by.', { killed: 6 }],
  ['structure: "N people, among them M guards, lost their lives"', T, 'A suicide car bomber struck the gate of the Turkish embassy in Mogadishu on Monday, police said. Six people, among them two embassy guards, lost their lives, and 11 people were wounded.', { killed: 6, wounded: 11 }],
  ['structure: toll in the headline only', 'Six dead, 11 hurt as bomber hits Turkish embassy', 'MOGADISHU (Reuters) - A suicide car bomber struck the gate of the Turkish embassy in Mogadishu on Monday, police said.', { killed: 6, wounded: 11 }],
  ['structure: hospital "treating N people for wounds"', T, 'A suicide car bomber struck the gate of the Turkish embassy in Mogadishu on Monday, killing six people, police said.\nMedina hospital said it was treating 11 people for wounds.', { killed: 6, wounded: 11 }],
);
CASES.push(
  // groups the config does not know, reported under their own name
  ['own name: "X Army for the Liberation of Y claimed"', T, 'A bomb exploded outside the Turkish consulate in Paris on Monday. The Armenian Secret Army for the Liberation of Armenia claimed responsibility.', { claimed: true, perpetrators: ['Armenian Secret Army for the Liberation of Armenia'] }],
  ['own name: "police blamed the X Army"', T, "A grenade was thrown at the US embassy in Manila on Monday. Police blamed the New People's Army.", { claimed: null, perpetrators: ["New People's Army"] }],
  ['own name: acronym in brackets left out', T, 'A bomb exploded outside the Chinese consulate in Karachi on Monday. The Sindhudesh Revolutionary Army (SRA) claimed responsibility.', { claimed: true, perpetrators: ['Sindhudesh Revolutionary Army'] }],
  ['own name: "Brigades of the ..."', T, 'Gunmen attacked the Egyptian embassy in Tripoli on Monday. The Brigades of the Martyr Abu Obeida said in a statement that its fighters carried out the attack.', { claimed: true, perpetrators: ['Brigades of the Martyr Abu Obeida'] }],
  ['own name: "a group calling itself"', T, 'A bomb exploded at the Spanish embassy in Tripoli on Monday. A group calling itself the Revolutionary Justice Organization claimed the attack.', { claimed: true, perpetrators: ['Revolutionary Justice Organization'] }],
  ['own name: a state army speaking is no perpetrator', T, 'A car bomb exploded outside the Iraqi embassy in Beirut on Monday. The Lebanese Army said it had sealed off the area.', { perpetrators: [], claimed: null }],
  ['own name: a party condemning is no perpetrator', T, 'A car bomb exploded outside the Iraqi embassy in Beirut on Monday. The Progressive Socialist Party condemned the bombing.', { perpetrators: [] }],
  ['own name: weekday after the name is not part of it', T, 'A bomb exploded at the Indian consulate in Jalalabad on Sunday. The Afghan Liberation Front on Monday claimed the attack.', { claimed: true, perpetrators: ['Afghan Liberation Front'] }],
  ['own name: telephoned claim', T, 'A car bomb destroyed part of the US embassy in Beirut on Monday. A caller to a Western news agency said the bombing was the work of the Red Star Brigades.', { claimed: true, perpetrators: ['Red Star Brigades'] }],
  ['own name: officials naming "the work of" is blame, not a claim', T, 'A car bomb exploded at the Jordanian embassy in Baghdad on Monday. Officials said the bombing was the work of the Tawhid Brigades.', { claimed: null, perpetrators: ['Tawhid Brigades'] }],
  ['claim: "said in a statement" after an apposition', T, 'Gunmen attacked the Chinese consulate in Karachi on Friday. The Balochistan Liberation Army, a separatist group fighting for the independence of the south-western province of Balochistan, said in a statement that its fighters carried out the attack.', { claimed: true, perpetrators: ['Balochistan Liberation Army'] }],
  // crowds
  ['mob: "mobs attacked" with no weapon named', 'Unrest in Damascus', 'Government supporters attacked the Qatari embassy in Damascus on Monday, days after the ambassador visited the protest city of Hama.', { attackTypes: ['arson_mob'] }],
  ['mob: scaling the walls and tearing down the flag', 'Unrest in Cairo', 'Protesters scaled the walls of the US embassy in Cairo on Tuesday and tore down the American flag.', { attackTypes: ['arson_mob'], targetCountries: ['US'], city: 'Cairo' }],
  ['mob: police gunfire at the crowd is no shooting', T, 'Demonstrators broke through the main gate of the US embassy in Sanaa on Thursday before security forces drove them back with tear gas and gunfire.', { attackTypes: ['arson_mob'] }],
  ['mob: a running toll "since March" is not this attack\'s', T, 'Crowds ransacked the French embassy in Damascus on Monday. Three embassy employees were injured. More than 1,400 civilians have been killed in the crackdown since March, rights groups say.', { killed: null, wounded: 3 }],
  // no casualties, in five languages
  ['zero: "no one was injured or killed"', T, 'A bomb exploded outside the Spanish embassy in Tripoli on Saturday. No one was injured or killed, police said.', { killed: 0, wounded: 0 }],
  ['zero fr: "ni mort ni blessé"', "Attentat contre l'ambassade d'Espagne", "Une bombe a explosé samedi devant l'ambassade d'Espagne à Tripoli, sans faire ni mort ni blessé.", { killed: 0, wounded: 0 }],
  ['zero es: "no hubo heridos" + "sin muertos"', 'Atentado contra la embajada', 'Una bomba estalló el sábado frente a la embajada de España en Trípoli. No hubo heridos y el ataque se saldó sin muertos, según la policía.', { killed: 0, wounded: 0 }],
  ['zero de: "verletzt wurde niemand"', 'Anschlag auf Botschaft', 'Vor der spanischen Botschaft in Tripolis ist am Samstag eine Bombe explodiert. Verletzt wurde niemand, getötet wurde niemand.', { killed: 0, wounded: 0 }],
  ['zero ar: "لم يسفر عن سقوط ضحايا"', 'هجوم على سفارة', 'انفجرت قنبلة يوم السبت أمام السفارة الإسبانية في طرابلس، ولم يسفر الانفجار عن سقوط ضحايا.', { killed: 0, wounded: 0 }],
  ['claim: a spokesman saying "the movement had sent the fighters"', T, 'Militants fired rockets at the US embassy in Kabul on Tuesday. Taliban spokesman Zabihullah Mujahid told reporters by telephone that the movement had sent the fighters.', { claimed: true, perpetrators: ['Taliban'] }],
  ['claim: a spokesman speaking of casualties claims nothing', T, 'Militants fired rockets at the US embassy in Kabul on Tuesday. A Taliban spokesman told reporters that its fighters were killed in an air strike elsewhere.', { claimed: null }],
  // dates against the dateline
  ['date: "today" under a dated dateline', T, 'ANKARA, March 8 - A bomb exploded at the US embassy here today, killing a guard.', { date: '2024-03-08' }],
  ['date: "this morning" under a dated dateline', T, 'BEIRUT, Lebanon, March 7 (AP) - A van packed with explosives blew up at the French embassy this morning.', { date: '2024-03-07' }],
  ['date: weekday against the dateline, not publication', T, 'NAIROBI, March 6 - Kenyan police said on Wednesday that the bombing of the Israeli embassy on Tuesday killed four people.', { date: '2024-03-05' }],
  // frames govern their clause only
  ['frame: a film far behind the attack does not block it', 'Unrest in Tunis', 'Hundreds of protesters stormed the US embassy in Tunis on Friday and set fire to cars in its car park, in anger over an amateur film made in the United States.', { attackTypes: ['arson_mob'] }],
  ['background: "last month" in a subordinate clause leaves the lead alone', 'Claim in Buenos Aires', 'A group calling itself the Organization of the Oppressed claimed responsibility on Monday for the bombing of the Israeli embassy in Buenos Aires, saying it avenged the killing of its leader by Israeli forces last month.', { claimed: true, perpetrators: ['Organization of the Oppressed'] }],
  ['structure: death toll "rose today" after a background paragraph', 'Embassy bombing toll rises', "BUENOS AIRES - The toll from Tuesday's bombing of the Israeli embassy rose on Wednesday.\nThe embassy was the target of threats last year, when a letter bomb was found.\nThe death toll rose to at least 19 today as rescuers pulled more bodies from the rubble, and about 200 people were wounded.", { killed: 19, wounded: 200 }],
);

// Wire-copy sentences mixing several phenomena at once (weapons, tolls with attackers, claims with appositions).
CASES.push(
  ['mixed: A letter bomb exploded in the mailroom of …', T, 'A letter bomb exploded in the mailroom of the Greek embassy in Rome on Monday, injuring a clerk.', { attackTypes: ['bombing'], wounded: 1 }],
  ['mixed: Two drones packed with explosives struck the UAE …', T, 'Two drones packed with explosives struck the UAE embassy in Khartoum on Sunday.', { attackTypes: ['other'] }],
  ['mixed: Attackers hurled a grenade over the wall of …', T, 'Attackers hurled a grenade over the wall of the Saudi embassy in Sanaa late Sunday, wounding two guards.', { attackTypes: ['bombing'], wounded: 2, date: '2024-03-10' }],
  ['mixed: Mortar rounds landed inside the US embassy compound …', T, 'Mortar rounds landed inside the US embassy compound in Baghdad overnight. No one was hurt.', { attackTypes: ['rocket_mortar'], killed: 0, wounded: 0 }],
  ['mixed: A suicide car bomber rammed the gate of …', T, 'A suicide car bomber rammed the gate of the Turkish embassy in Mogadishu on Saturday, killing three guards and a passer-by.', { attackTypes: ['suicide_attack'], killed: 4 }],
  ['mixed: Gunmen stormed the Libyan embassy in Tripoli on …', T, 'Gunmen stormed the Libyan embassy in Tripoli on Monday; the Islamic State claimed the attack a day later.', { claimed: true, perpetrators: ['Islamic State'] }],
  ['mixed: The bombing of the Indian embassy in Kabul …', T, 'The bombing of the Indian embassy in Kabul on Monday killed 11 people, including the two bombers.', { killed: 9 }],
  ['mixed: A guard died of his wounds on Tuesday, …', T, 'A guard died of his wounds on Tuesday, a day after gunmen attacked the Saudi embassy in Sanaa.', { killed: 1, date: '2024-03-04' }],
  ['mixed: Al-Shabaab, which is linked to al-Qaeda, said its …', T, 'Al-Shabaab, which is linked to al-Qaeda, said its fighters attacked the Turkish embassy in Mogadishu on Sunday.', { claimed: true, perpetrators: ['al-Shabaab'] }],
  ['mixed: Iraqi officials blamed Kataib Hezbollah, an Iran-backed militia, …', T, 'Iraqi officials blamed Kataib Hezbollah, an Iran-backed militia, for the rocket attack on the US embassy in Baghdad on Sunday.', { perpetrators: ['Kataib Hezbollah'], claimed: null }],
  ['mixed: A rocket attack on the US embassy in …', T, 'A rocket attack on the US embassy in Baghdad on Sunday wounded three people; there was no immediate claim of responsibility.', { claimed: false, wounded: 3 }],
  ['mixed: An explosion near the Russian embassy in Kabul …', T, 'An explosion near the Russian embassy in Kabul killed two embassy staff and four Afghans on Monday.', { killed: 6 }],
  ['mixed: Gunmen opened fire on the Chinese consulate in …', T, 'Gunmen opened fire on the Chinese consulate in Karachi on Friday, killing two policemen and two visa applicants before all three attackers were killed.', { killed: 4, attackTypes: ['shooting'] }],
  ['mixed: Protesters hurled petrol bombs at the British embassy …', T, 'Protesters hurled petrol bombs at the British embassy in Tehran on Tuesday, setting part of the compound ablaze.', { attackTypes: ['arson_mob'] }],
  ['mixed: A car bomb ripped through the entrance of …', T, 'A car bomb ripped through the entrance of the Jordanian embassy in Baghdad on Thursday, leaving at least 17 people dead and more than 50 wounded.', { killed: 17, wounded: 50 }],
  ['mixed: The ambassador was unhurt when gunmen fired on …', T, 'The ambassador was unhurt when gunmen fired on his convoy near the embassy in Sanaa on Monday.', { attackTypes: ['shooting'] }],
  ['mixed: At least 22 people died and 242 were …', T, 'At least 22 people died and 242 were wounded when a van bomb exploded outside the Israeli embassy in Buenos Aires on Tuesday.', { killed: 22, wounded: 242 }],
  ['mixed: Suspected Islamist militants detonated a bomb outside the …', T, 'Suspected Islamist militants detonated a bomb outside the French embassy in Tripoli early Tuesday, wounding two French guards.', { wounded: 2, attackTypes: ['bombing'], date: '2024-03-05' }],
  ['mixed: Hamas denied any role in the attack on …', T, 'Hamas denied any role in the attack on the Israeli embassy in Copenhagen on Wednesday.', { perpetrators: [] }],
  ['mixed: Police said the Popular Front for the Liberation …', T, 'Police said the Popular Front for the Liberation of Palestine was behind the shooting at the Israeli embassy in Paris on Monday.', { perpetrators: ['Popular Front for the Liberation of Palestine'], claimed: null }],
  ['mixed: In a statement on Telegram, the Islamic Resistance …', T, 'In a statement on Telegram, the Islamic Resistance in Iraq claimed the drone attack on the US embassy in Baghdad on Sunday.', { claimed: true, perpetrators: ['Islamic Resistance in Iraq'] }],
  ['mixed: The November 17 group claimed responsibility for the …', T, 'The November 17 group claimed responsibility for the rocket attack on the US embassy in Athens on Friday.', { claimed: true }],
);

CASES.push(
  ['dates/tolls/languages: Gunmen attacked the Saudi embassy in Sanaa late …', T, 'Gunmen attacked the Saudi embassy in Sanaa late Sunday, killing a guard.', { date: '2024-03-10', killed: 1 }],
  ['dates/tolls/languages: A car bomb exploded outside the Turkish embassy …', T, 'A car bomb exploded outside the Turkish embassy in Mogadishu last week, killing four people.', { date: null }],
  ['dates/tolls/languages: A car bomb exploded outside the Turkish embassy …', T, 'A car bomb exploded outside the Turkish embassy in Mogadishu yesterday, killing four people.', { date: '2024-03-10' }],
  ['dates/tolls/languages: Rockets struck the US embassy in Baghdad in …', T, 'Rockets struck the US embassy in Baghdad in the early hours of Saturday. There were no casualties.', { date: '2024-03-09', killed: 0 }],
  ['dates/tolls/languages: The bomb, which exploded on March 2 outside …', T, 'The bomb, which exploded on March 2 outside the Egyptian embassy in Tripoli, killed two guards.', { date: '2024-03-02', killed: 2 }],
  ['dates/tolls/languages: A blast rocked the Indian embassy in Kabul …', T, 'A blast rocked the Indian embassy in Kabul on Monday morning, leaving 41 people dead and 141 injured.', { killed: 41, wounded: 141, date: '2024-03-11' }],
  ['dates/tolls/languages: Nine people, including four policemen, were killed when …', T, 'Nine people, including four policemen, were killed when a suicide bomber attacked the Danish embassy in Islamabad on Monday.', { killed: 9, attackTypes: ['suicide_attack'] }],
  ['dates/tolls/languages: Gunmen stormed the Iraqi embassy in Kabul on …', T, 'Gunmen stormed the Iraqi embassy in Kabul on Monday. One guard was killed and another wounded.', { killed: 1 }],
  ['dates/tolls/languages: A bomb exploded at the Russian embassy in …', T, 'A bomb exploded at the Russian embassy in Kabul on Monday, killing two diplomats. Four others were wounded.', { killed: 2, wounded: 4 }],
  ['dates/tolls/languages: Un kamikaze a attaqué lundi l\'ambassade de Turquie …', 'Attentat contre l\'ambassade de Turquie', 'Un kamikaze a attaqué lundi l\'ambassade de Turquie à Mogadiscio, tuant trois gardes. Les Chebab ont revendiqué l\'attentat.', { killed: 3, claimed: true, perpetrators: ['al-Shabaab'], attackTypes: ['suicide_attack'], city: 'Mogadishu' }],
  ['dates/tolls/languages: Un coche bomba explotó el lunes frente a …', 'Atentado contra la embajada', 'Un coche bomba explotó el lunes frente a la embajada de Turquía en Mogadiscio y mató a tres guardias. Al Shabab reivindicó el atentado.', { killed: 3, claimed: true, perpetrators: ['al-Shabaab'], city: 'Mogadishu' }],
  ['dates/tolls/languages: Bei einem Anschlag auf die türkische Botschaft in …', 'Anschlag auf Botschaft', 'Bei einem Anschlag auf die türkische Botschaft in Mogadischu sind am Montag drei Wachleute getötet worden. Die Al-Shabaab-Miliz bekannte sich zu der Tat.', { killed: 3, claimed: true, perpetrators: ['al-Shabaab'], city: 'Mogadishu' }],
  ['dates/tolls/languages: قتل ثلاثة حراس يوم الاثنين في هجوم انتحاري …', 'هجوم على سفارة', 'قتل ثلاثة حراس يوم الاثنين في هجوم انتحاري استهدف السفارة التركية في مقديشو، وتبنت حركة الشباب الهجوم.', { killed: 3, claimed: true, perpetrators: ['al-Shabaab'], city: 'Mogadishu' }],
  ['dates/tolls/languages: Militants fired mortar shells at the Indian consulate …', T, 'Militants fired mortar shells at the Indian consulate in Jalalabad on Monday. Afghan officials blamed Pakistan-based militants; no group has claimed responsibility.', { claimed: false, attackTypes: ['rocket_mortar'] }],
  ['dates/tolls/languages: A gunman shot dead a Turkish diplomat outside …', T, 'A gunman shot dead a Turkish diplomat outside the consulate in Los Angeles on Monday.', { killed: 1, attackTypes: ['shooting'], targetCountries: ['TR'], city: 'Los Angeles' }],
  ['dates/tolls/languages: Assailants threw a firebomb at the Cuban embassy …', T, 'Assailants threw a firebomb at the Cuban embassy in Washington late Sunday night, causing minor damage.', { attackTypes: ['arson_mob'], date: '2024-03-10', city: 'Washington' }],
  ['dates/tolls/languages: The attack on the US consulate in Peshawar …', T, 'The attack on the US consulate in Peshawar on Monday was carried out by the Pakistani Taliban, police said.', { perpetrators: ['Tehrik-i-Taliban Pakistan'] }],
  ['dates/tolls/languages: A powerful explosion shook the Iranian embassy in …', T, 'A powerful explosion shook the Iranian embassy in Beirut on Tuesday, killing 23 people, among them the cultural attache.', { killed: 23, date: '2024-03-05' }],
  ['dates/tolls/languages: Security guards at the British embassy in Tehran …', T, 'Security guards at the British embassy in Tehran were injured on Tuesday when students broke into the compound.', { attackTypes: ['arson_mob'] }],
  ['dates/tolls/languages: Three mortar rounds hit the Chinese embassy in …', T, 'Three mortar rounds hit the Chinese embassy in Tripoli on Tuesday, wounding three Chinese guards, the ministry said.', { wounded: 3, targetCountries: ['CN'], city: 'Tripoli', hostCountry: 'LY' }],
);

const sorted = (v: unknown): unknown => (Array.isArray(v) ? [...v].map(String).sort() : v);

describe('classifier robustness to unseen phrasing', () => {
  for (const [name, title, text, want] of CASES) {
    it(name, () => {
      const c = classify({ title, text, published: '2024-03-11' });
      expect(c.relevant, `${name}: relevant`).toBe(true);
      for (const [field, value] of Object.entries(want)) expect(sorted(c[field as keyof Classification]), `${name}: ${field}`).toEqual(sorted(value));
    });
  }
});

// The new weapon, casualty and claim words must not turn mentions into attacks.
const NEGATIVES: [string, string, string][] = [
  ['an embassy that condemns an air strike elsewhere', 'Embassy condemns strike', 'The French embassy in Beirut condemned the air strike on a hospital in southern Lebanon on Monday.'],
  ['an embassy warning of hostage-taking', 'Embassy warns citizens', 'The US embassy in Bamako warned of a heightened risk of hostage-taking and urged citizens to avoid travel.'],
  ['evacuation to an embassy after a hotel was ransacked', 'Embassy staff evacuated', 'Diplomats were evacuated to the British embassy after militants ransacked a hotel in Tripoli on Monday.'],
  ['people hospitalised after a car crash near an embassy', 'Hospital update', 'Two people were hospitalised after a car crash near the Italian embassy in Cairo, police said.'],
  ['a peaceful rally outside an embassy', 'Protest at embassy', 'Hundreds of demonstrators held a peaceful rally outside the Russian embassy in Vilnius on Saturday.'],
];

describe('robustness: mentions that are no attack stay irrelevant', () => {
  for (const [name, title, text] of NEGATIVES) {
    it(name, () => {
      expect(classify({ title, text, published: '2024-03-11' }).relevant).toBe(false);
    });
  }
});
