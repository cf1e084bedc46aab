// Linking battery: sentence STRUCTURES that link (or do not link) attack words to a diplomatic mission, in English,
// French, Spanish, German and Arabic. The vocabulary batteries check which words name an attack; this one checks how
// the attack words reach the mission inside a sentence: a long clause between verb and mission, the mission deep in a
// prepositional chain, the mission as the subject of a passive ("came under", "was the target of"), a nominalisation
// ("the storming of the embassy"), a press release by the mission's own ministry ("against its embassy"), an anaphor
// in the next sentence ("the building"), coordination, fronted adverbials, relative clauses dated as news, clefts,
// and the attack type given by structure. Written blind for this battery: places, groups and wording are invented.
// Conventions (shared/corpus/README.md): relevant only for a recent attack on a mission or on diplomats at it; a
// mission that speaks, condemns, is a landmark ("a hotel opposite the embassy"), or was attacked years ago: false.
// A country that condemns an attack on another country's mission is not a target; its own "its embassy" is.
// Types as in types-battery: gunfire from outside is shooting; gunmen storming or trying to force their way in is
// armed_assault (the gunfire on the guards is part of it); a blast then gunmen is bombing + armed_assault; a crowd,
// stones, fire or petrol bombs are arson_mob; drones, shells and rockets are rocket_mortar. "An armed attack" told with
// no more detail is gunfire (shooting), as "armed men" and "هجوم مسلح" are in the other batteries and as the labelled
// press releases that say "armed attack" turn out to be shots fired at the building; "the assault by an armed
// commando" is an armed assault.
// Traps are about a third of the cases: the mission inside a phrase of another target, the mission as the speaker or
// the reporter's location, a mission only in a relative clause about an old attack, a second sentence naming another
// target right after the mission.
import { runBattery } from './battery.js';
import type { AttackType } from '../../src/alerts/types.js';
import { T, T_AR, T_DE, T_ES, T_FR } from './battery-titles.js';

type Want = { targetCountries: string[]; attackTypes: AttackType[] };
/** [name, title, body, expected: false for not relevant, else sorted target countries and types]; published 2024-03-11 (a Monday). */
type Case = [string, string, string, Want | false];
const w = (targetCountries: string[], attackTypes: AttackType[]): Want => ({ targetCountries, attackTypes });

const EN: Case[] = [
  // ---- far: a long inserted clause or apposition between the attack verb (or its subject) and the mission.
  ['EN far: relative clause between subject and "opened fire on the embassy"', T,
    'Gunmen, who arrived in two pickup trucks shortly after dawn wearing police uniforms and carrying assault rifles, opened fire on the Egyptian embassy in Tripoli on Monday, wounding a guard.',
    w(['EG'], ['shooting'])],
  ['EN far: long apposition on the attacker before "attacked two guards at the consulate"', T,
    'A man armed with a kitchen knife, described by neighbours as a quiet mechanic who had lost his job at a bus depot last month, attacked two guards at the entrance of the Polish consulate in Lviv on Sunday evening.',
    w(['PL'], ['stabbing_melee'])],
  ['EN far: time and manner adverbials between "fired" and the mission', T,
    'Militants fired, from a rooftop some 800 metres away and over a period of nearly twenty minutes on Sunday night, at least a dozen mortar rounds at the Bahraini embassy in Sanaa.',
    w(['BH'], ['rocket_mortar'])],
  ['EN far: the mission inside the attackers\' relative clause, the main verb fires on its guards', T,
    'Gunmen, who had pulled up at the gate of the Libyan embassy in Niamey in two cars, opened fire on the guards on Sunday, police said.',
    w(['LY'], ['shooting'])],
  // ---- prepositional chain: the mission is the complement of a complement.
  ['EN chain: "opened fire on the guard post at the entrance of the diplomatic representation of Kuwait"', T,
    'Unknown assailants opened fire on the guard post at the entrance of the diplomatic representation of Kuwait in Sanaa late on Sunday, a security official said.',
    w(['KW'], ['shooting'])],
  ['EN chain: "a grenade hurled over the perimeter wall of the residence of the ambassador"', T,
    'A grenade was hurled over the perimeter wall of the residence of the Dutch ambassador in Juba on Sunday night, damaging a parked car.',
    w(['NL'], ['bombing'])],
  // ---- the mission as subject: passive, "came under", "was the target of", "was hit by".
  ['EN subject: "the embassy came under fire"', T,
    'The Saudi embassy in Beirut came under fire late on Sunday, a security source said, with several bullets striking the outer wall.',
    w(['SA'], ['shooting'])],
  ['EN subject: "the consulate was the target of an arson attack"', T,
    'The Moroccan consulate in Valencia was the target of an arson attack overnight, police said on Monday, with the front door and two windows burnt.',
    w(['MA'], ['arson_mob'])],
  ['EN subject: "the embassy was hit by a drone"', T,
    'The Chinese embassy in Kyiv was hit by a drone early on Monday, damaging the roof of the chancery, the foreign ministry in Beijing said.',
    w(['CN'], ['rocket_mortar'])],
  ['EN subject: passive with a long agent, "was attacked late on Sunday by a group of armed men who fired at the guards and tried to get in"', T,
    'The Algerian consulate in Gao was attacked late on Sunday by a group of armed men on motorbikes who fired at the guards and tried to get inside, officials said.',
    w(['DZ'], ['armed_assault'])],
  // ---- nominalisation.
  ['EN nominal: "the storming of the embassy by hundreds of protesters"', T,
    'The storming of the Danish embassy in Islamabad by hundreds of protesters on Sunday left the chancery gutted by fire, officials said.',
    w(['DK'], ['arson_mob'])],
  // ---- official statements.
  ['EN statement: the own ministry condemns "the armed attack perpetrated this morning against its embassy"', T,
    'The Ministry of Foreign Affairs of the Republic of Senegal strongly condemns the armed attack perpetrated this morning against its embassy in Bangui, in which a gendarme was wounded.',
    w(['SN'], ['shooting'])],
  ['EN statement: a third country condemns the attack on another country\'s embassy; only that one is a target', T,
    'Norway, whose embassy stands on the same street, on Monday condemned the armed attack perpetrated this morning against the embassy of Tunisia in Tripoli, in which a guard was killed.',
    w(['TN'], ['shooting'])],
  // ---- anaphora.
  ['EN anaphora: mission named, then "the building"', T,
    'Indonesia\'s embassy stands on a quiet avenue in the west of Yangon. Shortly after midnight, two men threw petrol bombs at the building, setting the gatehouse on fire.',
    w(['ID'], ['arson_mob'])],
  ['EN anaphora: mission named, then "the compound"', T,
    'Security had been stepped up around the Turkish embassy in Mogadishu last week. A car bomb exploded at the gate of the compound on Monday morning, killing two guards.',
    w(['TR'], ['bombing'])],
  ['EN anaphora: mission named, then "the chancery"', T,
    'Police have sealed off the streets around the Swiss embassy in Khartoum. Shells struck the chancery overnight, wounding a local employee, officials said.',
    w(['CH'], ['rocket_mortar'])],
  // ---- coordination.
  ['EN coordination: "attacked a police station and the Kenyan consulate"', T,
    'Heavily armed militants attacked a police station and the Kenyan consulate in Dolow on Sunday night, exchanging fire with officers for two hours.',
    w(['KE'], ['armed_assault'])],
  ['EN coordination: "the hotel and the embassy next door were hit"', T,
    'The Nasr hotel and the Ethiopian embassy next door were hit by mortar shells on Sunday evening, wounding three people.',
    w(['ET'], ['rocket_mortar'])],
  // ---- fronted adverbials.
  ['EN fronted: "At the gate of the embassy, shortly after midnight, a car exploded"', T,
    'At the gate of the Turkish embassy in Kabul, shortly after midnight, a car packed with explosives blew up, killing a guard.',
    w(['TR'], ['bombing'])],
  // ---- relative clauses dated as news.
  ['EN relative: "the consulate, which was set ablaze by a mob on Saturday, remains closed"', T,
    'The British consulate in Basra, which was set ablaze by a mob on Saturday, remained closed on Monday, officials said.',
    w(['GB'], ['arson_mob'])],
  // ---- clefts.
  ['EN cleft: "It was the Iranian consulate that the drone hit"', T,
    'It was the Iranian consulate in Erbil that the drone hit early on Monday, not the nearby barracks, local officials said.',
    w(['IR'], ['rocket_mortar'])],
  // ---- the attack type given by structure.
  ['EN type: "opened fire on the guards ... before trying to force the gate" is an assault', T,
    'Gunmen opened fire on the guards outside the Libyan embassy in Niamey on Sunday before trying to force the gate, police said.',
    w(['LY'], ['armed_assault'])],
  ['EN type: "armed attack against the official residence" with no more detail is gunfire', T,
    'An armed attack was carried out on Sunday night against the official residence of the Italian ambassador in Kinshasa, the Italian foreign ministry said.',
    w(['IT'], ['shooting'])],
  ['EN type: a blast at the gate, then gunmen stormed in', T,
    'A powerful blast ripped through the gate of the Afghan embassy in Dushanbe on Monday. Moments later, gunmen stormed the compound and fought the guards for an hour.',
    w(['AF'], ['armed_assault', 'bombing'])],
  ['EN type: stones first, then fire', T,
    'Protesters pelted the Swedish embassy in Baghdad with stones on Sunday before setting fire to the guard booth.',
    w(['SE'], ['arson_mob'])],
];

const EN_NEG: Case[] = [
  ['EN trap: a hotel opposite the embassy', 'Gunmen storm Bamako hotel',
    'Gunmen stormed a hotel opposite the Nigerian embassy in Bamako on Sunday night, killing four guests before soldiers ended the siege.',
    false],
  ['EN trap: the police post guarding the diplomatic quarter', 'Suicide bomber hits Kabul police post',
    'A suicide bomber blew himself up at a police post guarding the diplomatic quarter of Kabul on Monday, killing three officers.',
    false],
  ['EN trap: the mission is the speaker, the attack is on a market', 'Gunmen attack Gao market',
    '"Gunmen attacked the central market in Gao this morning," the French embassy said in a statement on Monday, urging citizens to stay indoors.',
    false],
  ['EN trap: the mission is where the speaker is, shells hit a hospital', 'Shells hit Khartoum hospital',
    'Speaking from the Egyptian embassy in Khartoum, the ambassador said shells had struck a hospital and two markets overnight.',
    false],
  ['EN trap: the mission only in a relative clause about an old bombing', 'Indian embassy reopens visa section',
    'The Indian embassy in Kabul, which was bombed in 2008, reopened its visa section on Monday after a two-year closure.',
    false],
  ['EN trap: "the gunmen, who had earlier driven past the embassy, attacked the bank"', 'Gunmen attack bank in Kinshasa',
    'The gunmen, who had earlier driven past the Spanish embassy, attacked a branch of the Rawbank on Liberty Avenue on Sunday, killing a guard, police said.',
    false],
  ['EN trap: the mission named, the next sentence tells a bombing elsewhere', 'Jordanian envoy meets minister',
    'The Jordanian ambassador met the interior minister at the embassy in Baghdad on Monday. Hours later, a roadside bomb hit a police convoy in the south of the city.',
    false],
  ['EN trap: the condemning country\'s own ministry, the attack is on a base', 'Canada condemns attack on base',
    'The Ministry of Foreign Affairs of Canada strongly condemns the armed attack perpetrated this morning against a military base in Mopti, and its embassy in Bamako remains open.',
    false],
  ['EN trap: cleft naming the barracks, "not the Iranian consulate"', 'Drone hits barracks in Erbil',
    'It was the army barracks, not the Iranian consulate, that the drone hit early on Monday, local officials said.',
    false],
  ['EN trap: coordination of two other targets near the consulate', 'Militants attack police station',
    'Militants attacked a police station and a bank near the Kenyan consulate in Dolow on Sunday night, exchanging fire with officers for two hours.',
    false],
  ['EN trap: fronted "Near the embassy", the car exploded in a mall car park', 'Car explodes in mall car park',
    'Near the Italian embassy in Nairobi, shortly after midnight, a car exploded in the car park of a shopping mall, injuring a watchman.',
    false],
  ['EN trap: the nominalisation names an anniversary', 'Tehran marks embassy seizure anniversary',
    'Thousands marched in Tehran on Monday to mark the anniversary of the storming of the US embassy in 1979, burning flags outside the former compound.',
    false],
];

const FR: Case[] = [
  ['FR far: apposition between subject and "ont ouvert le feu sur l\'ambassade"', T_FR,
    "Des hommes armés, arrivés à bord de deux pick-up peu après l'aube et vêtus d'uniformes de police, ont ouvert le feu lundi matin sur l'ambassade du Tchad à Bangui.",
    w(['TD'], ['shooting'])],
  ['FR chain: "sur le poste de garde de la représentation diplomatique"', T_FR,
    'Des inconnus ont tiré dans la nuit de dimanche à lundi sur le poste de garde de la représentation diplomatique du Niger à Cotonou, selon la police.',
    w(['NE'], ['shooting'])],
  ['FR subject: "a été la cible d\'un incendie criminel"', T_FR,
    "Le consulat général d'Algérie à Marseille a été la cible d'un incendie criminel dans la nuit de dimanche à lundi, selon la police.",
    w(['DZ'], ['arson_mob'])],
  ['FR subject: "a été touchée par des roquettes"', T_FR,
    "L'ambassade de Hongrie à Kiev a été touchée par des roquettes dimanche soir, endommageant la façade, a indiqué Budapest.",
    w(['HU'], ['rocket_mortar'])],
  ['FR nominal: "l\'incendie volontaire du consulat"', T_FR,
    "L'incendie volontaire du consulat du Maroc à Bordeaux, dans la nuit de samedi à dimanche, a causé d'importants dégâts, selon les pompiers.",
    w(['MA'], ['arson_mob'])],
  ['FR statement: the own ministry condemns "l\'attaque armée perpétrée ce matin contre son ambassade"', T_FR,
    "Le ministère des Affaires étrangères du Burkina Faso condamne fermement l'attaque armée perpétrée ce matin contre son ambassade à Abidjan, au cours de laquelle un gendarme a été blessé.",
    w(['BF'], ['shooting'])],
  ['FR anaphora: mission named, then "le bâtiment"', T_FR,
    "L'ambassade du Mali se trouve dans le quartier du Plateau, à Dakar. Dimanche soir, des manifestants ont lancé des pierres sur le bâtiment avant d'y mettre le feu.",
    w(['ML'], ['arson_mob'])],
  ['FR coordination: "ont attaqué un commissariat et le consulat"', T_FR,
    'Des assaillants armés ont attaqué dimanche soir un commissariat et le consulat du Cameroun à Maiduguri, échangeant des tirs avec les policiers.',
    w(['CM'], ['armed_assault'])],
  ['FR fronted: "Devant l\'entrée de l\'ambassade, peu après minuit, une voiture piégée a explosé"', T_FR,
    "Devant l'entrée de l'ambassade de Turquie à Tunis, peu après minuit, une voiture piégée a explosé, blessant deux policiers.",
    w(['TR'], ['bombing'])],
  ['FR cleft: "C\'est le consulat d\'Iran que le drone a frappé"', T_FR,
    "C'est le consulat d'Iran à Erbil que le drone a frappé lundi à l'aube, et non la caserne voisine, selon les autorités locales.",
    w(['IR'], ['rocket_mortar'])],
  ['FR relative: "le consulat, qui a été pillé et incendié samedi par une foule, reste fermé"', T_FR,
    'Le consulat de Belgique à Lubumbashi, qui a été pillé et incendié samedi par une foule en colère, reste fermé lundi.',
    w(['BE'], ['arson_mob'])],
];

const FR_NEG: Case[] = [
  ['FR trap: un hôtel situé en face de l\'ambassade', 'Un hôtel attaqué à Ouagadougou',
    "Des hommes armés ont pris d'assaut dimanche soir un hôtel situé en face de l'ambassade du Sénégal à Ouagadougou, tuant trois clients.",
    false],
  ['FR trap: the mission only in a relative clause about 2004', "L'ambassade de France rouvre son service des visas",
    "L'ambassade de France à Abidjan, qui avait été incendiée en 2004, a rouvert lundi son service des visas.",
    false],
  ['FR trap: the mission is the speaker', 'Tirs nourris à Kidal',
    "« Des tirs nourris ont visé un marché de Kidal ce matin », a indiqué lundi l'ambassade de Belgique dans un communiqué.",
    false],
  ['FR trap: the ministry condemns an attack on a base', 'Le Canada condamne une attaque à Mopti',
    "Le ministère des Affaires étrangères du Canada condamne l'attaque armée perpétrée ce matin contre une base militaire à Mopti et appelle ses ressortissants à la prudence.",
    false],
  ['FR trap: the mission named, then a bomb in a market', "L'ambassadeur d'Italie reçoit la presse",
    "L'ambassadeur d'Italie a reçu dimanche des journalistes à l'ambassade à Dakar. Peu après, une bombe a explosé dans un marché de la périphérie.",
    false],
];

const ES: Case[] = [
  ['ES far: relative clause between subject and "abrió fuego contra la embajada"', T_ES,
    'Un grupo de hombres armados, que llegó en dos camionetas poco después del amanecer vestidos con uniformes policiales, abrió fuego el lunes contra la embajada de Ecuador en Puerto Príncipe.',
    w(['EC'], ['shooting'])],
  ['ES chain: "contra la garita de seguridad de la sede consular"', T_ES,
    'Desconocidos dispararon el domingo por la noche contra la garita de seguridad de la sede consular de Colombia en Maracaibo, sin causar heridos.',
    w(['CO'], ['shooting'])],
  ['ES subject: "fue blanco de un ataque con artefacto explosivo"', T_ES,
    'La embajada de Argentina en Caracas fue blanco de un ataque con artefacto explosivo la madrugada del domingo, informó la cancillería.',
    w(['AR'], ['bombing'])],
  ['ES subject: "fue atacada a pedradas y con bombas molotov"', T_ES,
    'La residencia del embajador de Perú en La Paz fue atacada a pedradas y con bombas molotov por un grupo de manifestantes el domingo.',
    w(['PE'], ['arson_mob'])],
  ['ES nominal: "el asalto a la embajada por un comando armado"', T_ES,
    'El asalto a la embajada de Chile en Managua por un comando armado el domingo dejó dos guardias heridos, según la policía.',
    w(['CL'], ['armed_assault'])],
  ['ES statement: the own ministry condemns "el ataque armado perpetrado esta mañana contra su embajada"', T_ES,
    'El Ministerio de Relaciones Exteriores de Panamá condena el ataque armado perpetrado esta mañana contra su embajada en Tegucigalpa, en el que resultó herido un policía.',
    w(['PA'], ['shooting'])],
  ['ES anaphora: mission named, then "el edificio"', T_ES,
    'La embajada de Uruguay ocupa una antigua casona en el centro de Asunción. Durante la noche, un artefacto explosivo estalló frente al edificio y destrozó la puerta.',
    w(['UY'], ['bombing'])],
  ['ES coordination: "atacó una comisaría y el consulado"', T_ES,
    'Un grupo armado atacó el domingo una comisaría y el consulado de Guatemala en Tapachula, y mantuvo un tiroteo con los agentes.',
    w(['GT'], ['armed_assault'])],
  ['ES fronted: "Frente a la puerta del consulado, poco antes del amanecer, un hombre apuñaló"', T_ES,
    'Frente a la puerta del consulado de España en Nador, poco antes del amanecer, un hombre apuñaló a un guardia de seguridad.',
    w(['ES'], ['stabbing_melee'])],
  ['ES relative: "el consulado, que fue incendiado por una turba el sábado, permanece cerrado"', T_ES,
    'El consulado de Venezuela en Cúcuta, que fue incendiado por una turba el sábado, permanece cerrado este lunes.',
    w(['VE'], ['arson_mob'])],
  ['ES cleft: "Fue la embajada de Cuba la que recibió los disparos"', T_ES,
    'Fue la embajada de Cuba en Bogotá la que recibió los disparos el domingo por la noche, confirmó la policía.',
    w(['CU'], ['shooting'])],
];

const ES_NEG: Case[] = [
  ['ES trap: un hotel situado frente a la embajada', 'Atacan un hotel en Puerto Príncipe',
    'Un comando armado atacó el domingo un hotel situado frente a la embajada de Brasil en Puerto Príncipe y mató a dos huéspedes.',
    false],
  ['ES trap: the mission only in a relative clause about 1992', 'La embajada de Israel abre una muestra',
    'La embajada de Israel en Buenos Aires, que fue destruida por un coche bomba en 1992, inauguró el lunes una muestra fotográfica.',
    false],
  ['ES trap: the mission is the speaker', 'Ataque armado en un mercado de Tumaco',
    '«Hombres armados atacaron un mercado de Tumaco esta mañana», informó el lunes la embajada de Francia en un comunicado.',
    false],
  ['ES trap: "los sicarios, que antes habían pasado frente a la embajada, atacaron una sucursal bancaria"', 'Sicarios atacan un banco',
    'Los sicarios, que antes habían pasado frente a la embajada de Italia, atacaron una sucursal bancaria en la avenida Bolívar y mataron a un vigilante.',
    false],
  ['ES trap: a car bomb at the police post guarding the diplomatic quarter', 'Estalla un coche bomba en Kabul',
    'Un coche bomba estalló el lunes junto al puesto policial que custodia el barrio diplomático de Kabul y mató a tres agentes.',
    false],
];

const DE: Case[] = [
  ['DE far: relative clause between subject and "eröffneten das Feuer auf die Botschaft"', T_DE,
    'Bewaffnete, die kurz nach Sonnenaufgang in zwei Geländewagen vorgefahren waren und Polizeiuniformen trugen, eröffneten am Montag das Feuer auf die jordanische Botschaft in Tripolis.',
    w(['JO'], ['shooting'])],
  ['DE chain: "auf das Wachhäuschen am Eingang der diplomatischen Vertretung"', T_DE,
    'Unbekannte schossen in der Nacht zum Montag auf das Wachhäuschen am Eingang der diplomatischen Vertretung Österreichs in Belgrad.',
    w(['AT'], ['shooting'])],
  ['DE subject: "wurde Ziel eines Brandanschlags"', T_DE,
    'Das russische Konsulat in Hamburg wurde in der Nacht zum Montag Ziel eines Brandanschlags, teilte die Polizei mit.',
    w(['RU'], ['arson_mob'])],
  ['DE subject: passive "wurde mit Raketen beschossen"', T_DE,
    'Die ungarische Botschaft in Kiew wurde am Sonntagabend mit Raketen beschossen, die Fassade wurde beschädigt.',
    w(['HU'], ['rocket_mortar'])],
  ['DE nominal: "die Erstürmung der Botschaft durch eine aufgebrachte Menge"', T_DE,
    'Die Erstürmung der deutschen Botschaft in Bagdad durch eine aufgebrachte Menge am Sonntag hat erheblichen Schaden angerichtet.',
    w(['DE'], ['arson_mob'])],
  ['DE statement: the own ministry condemns "den bewaffneten Angriff auf seine Botschaft"', T_DE,
    'Das tschechische Außenministerium verurteilte den bewaffneten Angriff von heute Morgen auf seine Botschaft in Kinshasa, bei dem ein Wachmann verletzt wurde.',
    w(['CZ'], ['shooting'])],
  ['DE anaphora: mission named, then "das Gebäude"', T_DE,
    'Die griechische Botschaft liegt in einer ruhigen Seitenstraße im Zentrum von Tirana. In der Nacht zum Montag warfen Unbekannte Brandsätze auf das Gebäude.',
    w(['GR'], ['arson_mob'])],
  ['DE coordination: "griffen eine Polizeiwache und das Konsulat an"', T_DE,
    'Schwer bewaffnete Kämpfer griffen am Sonntagabend eine Polizeiwache und das kenianische Konsulat in Dolow an und lieferten sich ein Feuergefecht mit den Beamten.',
    w(['KE'], ['armed_assault'])],
  ['DE fronted: "Vor dem Tor der Botschaft explodierte kurz nach Mitternacht eine Rohrbombe"', T_DE,
    'Vor dem Tor der türkischen Botschaft in Wien explodierte kurz nach Mitternacht eine Rohrbombe, verletzt wurde niemand.',
    w(['TR'], ['bombing'])],
  ['DE relative: "das Konsulat, das am Samstag von einer Menge in Brand gesetzt wurde, bleibt geschlossen"', T_DE,
    'Das polnische Konsulat in Brest, das am Samstag von einer wütenden Menge in Brand gesetzt wurde, bleibt am Montag geschlossen.',
    w(['PL'], ['arson_mob'])],
  ['DE cleft: "Es war das iranische Konsulat, das die Drohne traf"', T_DE,
    'Es war das iranische Konsulat in Erbil, das die Drohne am frühen Montag traf, nicht die benachbarte Kaserne.',
    w(['IR'], ['rocket_mortar'])],
  ['DE type: a car bomb, then gunmen stormed the compound', T_DE,
    'Zuerst detonierte vor der pakistanischen Botschaft in Kabul eine Autobombe, dann stürmten Bewaffnete das Gelände und lieferten sich Gefechte mit den Wachen.',
    w(['PK'], ['armed_assault', 'bombing'])],
];

const DE_NEG: Case[] = [
  ['DE trap: ein Hotel gegenüber der Botschaft', 'Bewaffnete stürmen Hotel in Mogadischu',
    'Bewaffnete stürmten am Sonntag ein Hotel gegenüber der italienischen Botschaft in Mogadischu und töteten vier Gäste.',
    false],
  ['DE trap: the mission only in a relative clause about 1998', 'US-Botschaft in Nairobi eröffnet Ausstellung',
    'Die US-Botschaft in Nairobi, die 1998 bei einem Bombenanschlag zerstört wurde, eröffnete am Montag eine Ausstellung.',
    false],
  ['DE trap: the mission is the speaker', 'Angriff auf Markt in Gao',
    '„Bewaffnete haben heute Morgen einen Markt in Gao angegriffen“, teilte die deutsche Botschaft am Montag mit.',
    false],
  ['DE trap: the mission named, then a bomb at a police station', 'Spanischer Botschafter trifft Innenminister',
    'Der spanische Botschafter traf am Sonntag in der Botschaft in Bagdad den Innenminister. Kurz darauf explodierte eine Bombe vor einer Polizeiwache im Süden der Stadt.',
    false],
  ['DE trap: a suicide bomber at the police post guarding the diplomatic quarter', 'Selbstmordanschlag in Kabul',
    'Ein Selbstmordattentäter sprengte sich am Montag an einem Polizeiposten in die Luft, der das Diplomatenviertel von Kabul bewacht, und tötete drei Beamte.',
    false],
];

const AR: Case[] = [
  ['AR far: a circumstantial clause between "فتح مسلحون" and "النار على السفارة"', T_AR,
    'فتح مسلحون، وصلوا على متن سيارتين رباعيتي الدفع بعيد الفجر وهم يرتدون زي الشرطة، النار على السفارة الأردنية في طرابلس صباح الاثنين.',
    w(['JO'], ['shooting'])],
  ['AR chain: "على نقطة الحراسة عند مدخل مقر البعثة الدبلوماسية"', T_AR,
    'أطلق مجهولون النار ليل الأحد على نقطة الحراسة عند مدخل مقر البعثة الدبلوماسية الكويتية في صنعاء، وفق مصدر أمني.',
    w(['KW'], ['shooting'])],
  ['AR subject: "تعرضت السفارة لقصف"', T_AR,
    'تعرضت السفارة المصرية في الخرطوم لقصف مدفعي مساء الأحد، ما ألحق أضرارا بالمبنى.',
    w(['EG'], ['rocket_mortar'])],
  ['AR subject: passive "استُهدفت القنصلية بطائرة مسيرة"', T_AR,
    'استُهدفت القنصلية التركية في الموصل بطائرة مسيرة فجر الاثنين، من دون وقوع إصابات.',
    w(['TR'], ['rocket_mortar'])],
  ['AR nominal: "اقتحام السفارة من قبل محتجين"', T_AR,
    'أسفر اقتحام السفارة البحرينية في بغداد من قبل محتجين غاضبين يوم الأحد عن إحراق غرفة الحراسة.',
    w(['BH'], ['arson_mob'])],
  ['AR statement: the own ministry condemns "الهجوم المسلح الذي استهدف صباح اليوم سفارتها"', T_AR,
    'تدين وزارة الخارجية الإماراتية بشدة الهجوم المسلح الذي استهدف صباح اليوم سفارتها في مقديشو، وأسفر عن إصابة أحد الحراس.',
    w(['AE'], ['shooting'])],
  ['AR anaphora: mission named, then "المبنى"', T_AR,
    'تقع السفارة السعودية في حي هادئ غربي بيروت. وفي وقت متأخر من ليل الأحد، ألقى مجهولون قنبلة يدوية على المبنى.',
    w(['SA'], ['bombing'])],
  ['AR coordination: "هاجم مسلحون مركزا للشرطة والقنصلية"', T_AR,
    'هاجم مسلحون ليل الأحد مركزا للشرطة والقنصلية الكينية في بلدة دولو، واشتبكوا مع عناصر الأمن لساعتين.',
    w(['KE'], ['armed_assault'])],
  ['AR fronted: "أمام بوابة السفارة، وبعيد منتصف الليل، انفجرت سيارة مفخخة"', T_AR,
    'أمام بوابة السفارة التركية في طرابلس، وبعيد منتصف الليل، انفجرت سيارة مفخخة ما أدى إلى إصابة حارسين.',
    w(['TR'], ['bombing'])],
  ['AR relative: "القنصلية، التي أضرم محتجون النار فيها يوم السبت، لا تزال مغلقة"', T_AR,
    'لا تزال القنصلية الإيرانية في البصرة، التي أضرم محتجون النار فيها يوم السبت، مغلقة حتى اليوم الاثنين.',
    w(['IR'], ['arson_mob'])],
  ['AR cleft: "القنصلية الروسية هي التي أصابتها الطائرة المسيرة"', T_AR,
    'القنصلية الروسية في أربيل هي التي أصابتها الطائرة المسيرة فجر الاثنين، وليس الثكنة المجاورة، بحسب مسؤولين محليين.',
    w(['RU'], ['rocket_mortar'])],
  ['AR type: stones first, then fire at the gate', T_AR,
    'رشق محتجون السفارة الدنماركية في بيروت بالحجارة مساء الأحد قبل أن يضرموا النار في بوابتها.',
    w(['DK'], ['arson_mob'])],
  ['AR statement: a third country condemns the attack on another country\'s embassy', T_AR,
    'أدانت قطر يوم الاثنين الهجوم المسلح الذي استهدف السفارة الأردنية في الخرطوم فجر اليوم وأسفر عن مقتل أحد الحراس.',
    w(['JO'], ['shooting'])],
];

const AR_NEG: Case[] = [
  ['AR trap: فندق مقابل السفارة', 'مسلحون يقتحمون فندقا في مقديشو',
    'اقتحم مسلحون مساء الأحد فندقا مقابل السفارة القطرية في مقديشو وقتلوا أربعة من النزلاء.',
    false],
  ['AR trap: the mission only in a relative clause about 1983', 'السفارة الأمريكية تفتتح معرضا',
    'افتتحت السفارة الأمريكية في بيروت، التي دمرها تفجير انتحاري عام 1983، معرضا للصور يوم الاثنين.',
    false],
  ['AR trap: the mission is the speaker', 'مسلحون يهاجمون سوقا في غاو',
    'قالت السفارة الفرنسية في بيان يوم الاثنين إن مسلحين هاجموا سوقا في مدينة غاو صباح اليوم.',
    false],
  ['AR trap: the ministry condemns an attack on a police station', 'قطر تدين هجوما على مركز للشرطة',
    'أدانت وزارة الخارجية القطرية الهجوم المسلح الذي استهدف صباح اليوم مركزا للشرطة في مدينة مقديشو، مؤكدة أن سفارتها تتابع الوضع.',
    false],
  ['AR trap: a suicide bomber at the police checkpoint guarding the diplomatic quarter', 'انتحاري يفجر نفسه في كابل',
    'فجر انتحاري نفسه يوم الاثنين عند حاجز للشرطة يحرس الحي الدبلوماسي في كابل، ما أسفر عن مقتل ثلاثة من عناصر الأمن.',
    false],
];

const CASES: Case[] = [...EN, ...EN_NEG, ...FR, ...FR_NEG, ...ES, ...ES_NEG, ...DE, ...DE_NEG, ...AR, ...AR_NEG];

/**
 * Known gaps, expected to fail until the classifier learns them (a pass makes the test fail: then move it back):
 * - anaphora: the attack told in the sentence after the mission with "the building", "the compound", "le bâtiment",
 *   "el edificio", "das Gebäude", "المبنى" links to nothing: a bare building noun is no mission noun by itself, and
 *   carrying the previous sentence's mission over is the article-level topic tracking's call, not one sentence's;
 * - "last month" inside the apposition on the knife attacker ("a mechanic who had lost his job ... last month") makes
 *   the article-level background test treat the whole sentence as another, older event (no target, no knife).
 * (The German adjectives "ungarische", "tschechische" and the genitive "Österreichs", a third gap at first, are now in
 * the knowledge: config/demonyms.yaml and the loader's German genitive.)
 */
const KNOWN_GAPS = new Set<string>([
  'EN far: long apposition on the attacker before "attacked two guards at the consulate"',
]);

runBattery('linking battery: sentence structures that link an attack to a mission', CASES, KNOWN_GAPS, (c) => ({ targetCountries: [...(c.targetCountries ?? [])].sort(), attackTypes: [...c.attackTypes].sort() }));
