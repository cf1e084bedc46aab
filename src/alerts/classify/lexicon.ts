// The classifier's word lists, as data: English, French, Spanish, German and Arabic.
// A trailing `*` makes the last word a stem ("bomb*" matches bomber, bombing).
// Entries are normalised the same way as text (lower case, no accents, Arabic article stripped).
import type { AttackType } from '../types.js';

/** Nouns naming a diplomatic mission (the place) or a diplomat at it (the person). */
export const MISSION_WORDS: Record<'mission' | 'diplomat', string[]> = {
  mission: [
    'embassy', 'embassies', 'consulate', 'consulates', 'consulate general', 'consulate-general', 'high commission',
    'diplomatic mission', 'diplomatic missions', 'diplomatic compound', 'diplomatic facility', 'diplomatic facilities',
    'diplomatic post', 'diplomatic premises', "ambassador's residence", 'ambassador residence', 'ambassadorial residence',
    "envoy's residence", "ambassador's home", "ambassador's house", "envoy's home", 'chancery', 'legation', 'interests section',
    'ambassade', 'ambassades', 'consulat', 'consulats', 'consulat general', 'haut-commissariat', 'mission diplomatique',
    'representation diplomatique', "residence de l'ambassadeur", 'chancellerie',
    // "the guard post of the diplomatic representation of Kuwait", "la sede consular de Colombia".
    'diplomatic representation', 'representacion diplomatica',
    'sede consular', 'oficina consular',
    // The Holy See's embassies: "la nonciature apostolique", "the Apostolic Nunciature", "die Apostolische Nuntiatur".
    'nunciature', 'nonciature', 'nunciatura', 'nuntiatur', 'nunziatura',
    // A mission's parts named by the adjective: "set fire to the gatehouse and a consular vehicle" (not "consular staff").
    'consular section', 'consular office', 'consular offices', 'consular building', 'consular premises', 'consular vehicle', 'consular car',
    'embajada', 'embajadas', 'consulado', 'consulados', 'mision diplomatica', 'sede diplomatica', 'legacion',
    'residencia del embajador', 'legación',
    // Portuguese and Italian: "a Embaixada do Brasil em Bogotá", "il Consolato generale d'Egitto".
    'embaixada', 'embaixadas', 'consulado-geral', 'consulado geral', 'missao diplomatica', 'representacao diplomatica', 'residencia do embaixador',
    'ambasciata', 'ambasciate', 'consolato', 'consolati', 'consolato generale', 'rappresentanza diplomatica', 'sede diplomatica', 'residenza dell ambasciatore',
    // Russian (case endings stripped, see russianStem) and Turkish (suffixes after a prefix *): "посольства", "генконсульстве", "Başkonsolosluğu'nda", "Büyükelçiliğine".
    'посольств', 'консульств', 'генконсульств', 'генеральн консульств', 'диппредставительств', 'дипломатическ представительств', 'дипмисс', 'резиденц посл',
    'buyukelcilik*', 'buyukelcilig*', 'baskonsolosluk*', 'baskonsoloslug*', 'konsolosluk*', 'konsoloslug*', 'elcilik*', 'elcilig*', 'diplomatik temsilcilik*',
    'botschaft*', 'konsulat*', 'generalkonsulat*', 'diplomatische vertretung', 'auslandsvertretung', 'vertretung', 'residenz des botschafters',
    'سفارة', 'سفارات', 'سفارتها', 'سفارته', 'قنصلية', 'قنصلية عامة', 'قنصليات', 'بعثة دبلوماسية', 'بعثه', 'مقر السفير', 'مقر السفارة',
  ],
  diplomat: [
    'ambassador', 'envoy', 'diplomat', 'diplomats', 'chief of mission', 'head of mission', "charge d'affaires", 'consul', 'high commissioner',
    'consul general', 'ambassadeur', 'diplomate', 'diplomates', 'chef de mission', 'embajador', 'diplomatico',
    'diplomaticos', 'jefe de mision', 'consul', 'botschafter*', 'diplomat', 'diplomaten', 'konsul', 'missionschef',
    'embaixador', 'embaixadora', 'diplomata', 'diplomatas', 'ambasciatore', 'ambasciatrice', 'diplomatici',
    'посол', 'посл', 'дипломат', 'консул', 'генконсул', 'buyukelci', 'buyukelcisi', 'konsolos', 'konsolosu', 'diplomatlar',
    'سفير', 'دبلوماسي', 'دبلوماسيين', 'دبلوماسيون', 'قنصل', 'رئيس البعثة',
  ],
};

/** Words after a mission noun that make it a modifier of something else ("embassy district"). */
export const MISSION_MODIFIED_BY = new Set([
  'district', 'row', 'quarter', 'area', 'neighbourhood', 'neighborhood', 'website', 'websites', 'portal', 'fc', 'xi',
  'rovers', 'team', 'side', 'spokesman', 'spokeswoman', 'spokesperson', 'driver', 'email', 'emails', 'network',
  // A mission's convoy on a road: "gunmen ambush embassy convoy on Nigerian highway".
  'convoy', 'convoys', 'motorcade', 'motorcades',
  // The United Nations' mission: "بعثة الأمم المتحدة للدعم في ليبيا" (UNSMIL), no state's.
  'امم',
  // A business named after the word: "shot dead in the lobby of the Embassy Suites hotel", "the Embassy Cinema".
  'suites', 'cinema', 'theatre', 'theater',
]);

export type CueStrength = 1 | 2;
export interface AttackCue {
  type: AttackType | null;
  strength: CueStrength;
}

/** Vehicles driven into a mission (the bakkie is South Africa's pickup). */
/** Firearms a shooter fires or uses by name: "fired a pistol at the guards", "had used a hunting rifle". */
const FIRED_GUNS = ['pistol', 'gun', 'rifle', 'handgun', 'revolver', 'shotgun', 'hunting rifle', 'assault rifle', 'air rifle', 'air gun', 'homemade gun', 'home-made gun', 'machine gun', 'submachine gun', 'kalashnikov', 'ak-47'];
const RAM_VEHICLES = ['car', 'truck', 'vehicle', 'van', 'lorry', 'suv', 'pickup', 'pickup truck', 'pick-up', 'bakkie', 'jeep', '4x4', 'sedan', 'saloon', 'taxi', 'minibus', 'bus', 'tractor', 'bulldozer', 'motorcycle', 'motorbike'];
/**
 * Physical attack words with the attack type they indicate; generic words carry no type.
 * How types are read where shared/corpus/README.md is silent (as independent labellers read them):
 * a suicide attack is not also a bombing; a thrown grenade is a bombing, one only carried is not;
 * drones are stand-off weapons (rocket_mortar), aircraft strikes are `other`, so is a vehicle rammed in;
 * a crowd storming or burning is arson_mob, armed men storming (even failing to get in) armed_assault,
 * gunfire from outside a shooting; defenders' fire and warning shots are no attack.
 */
export const ATTACK_WORDS: Record<AttackType | 'generic' | 'explosion' | 'air' | 'drone' | 'drone_strike' | 'crowd_damage', string[]> = {
  /** Strikes from the air: `other`, and the missiles or bombs they drop are not a separate rocket attack or bombing. */
  air: [
    'air strike', 'air strikes', 'airstrike', 'airstrikes', 'air raid', 'air raids', 'airstrike*', 'warplane', 'warplanes', 'fighter jets',
    'frappe aerienne', 'frappes aeriennes', 'raid aerien', 'ataque aereo', 'bombardeo aereo', 'luftangriff*', 'غاره جويه', 'غارات جويه',
  ],
  suicide_attack: [
    'suicide bomb*', 'suicide attack*', 'suicide assault*', 'suicide raid*', 'suicide and gun attack*', 'suicide and armed attack*', 'suicide and gun assault', 'gun and suicide attack', 'suicide vest', 'strapped to his body', 'strapped to her body', 'strapped to his chest', 'strapped to his waist', 'explosive vest', 'explosives vest', 'suicide belt', 'explosive belt', 'detonated his', 'detonated her', 'suicide car bomb*', 'suicide truck bomb*', 'blew himself up', 'blew herself up',
    'blew themselves up', 'blowing himself up', 'kamikaze', 'kamikazes', 'attentat-suicide', 'attentat suicide', 'attaque suicide',
    'atentado suicida', 'ataque suicida', 'se inmolo', 'se inmolaron', 'terrorista suicida', 'selbstmord*', 'انتحاري', 'انتحارية', 'انتحاريا', 'انتحاريين',
    // The vest or belt, and blowing oneself up, in each language: "un atacante suicida hizo estallar su chaleco de
    // explosivos", "s'est fait exploser", "mit einem Sprengstoffgürtel", "فجر حزاما ناسفا".
    'suicida*', 'chaleco explosivo', 'chaleco de explosivos', 'chaleco bomba', 'cinturon explosivo', 'cinturon de explosivos',
    's est fait exploser', 'se sont fait exploser', 'ceinture explosive', 'ceinture d explosifs', 'gilet explosif', 'gilet d explosifs',
    'sprengstoffgurtel*', 'sprengstoffweste*', 'sprengte sich', 'sprengten sich',
    'حزام ناسف', 'حزاما ناسفا', 'احزمه ناسفه', 'ستره ناسفه', 'سترات ناسفه', 'فجر نفسه', 'فجرت نفسها', 'فجروا انفسهم',
    // Told without "suicide": plurals of the vest and belt ("fighters wearing explosive belts"), the worn charge set off
    // ("detonated the vest he was wearing", "before detonating their belts", "set off his explosives"), the
    // "inghimasi" (an assault fighter who ends by blowing himself up), "s'est fait sauter", "se hizo estallar".
    'explosive belts', 'explosives belts', 'explosive vests', 'explosives vests', 'suicide vests', 'suicide belts',
    'detonated the vest', 'detonating the vest', 'detonated the belt', 'detonating the belt', 'detonated their belts', 'detonating their belts',
    'detonated their vests', 'detonating their vests', 'detonating his', 'detonating her', 'set off his explosives', 'set off her explosives', 'set off their explosives',
    'inghimasi*', 'انغماسي', 'انغماسيون', 'انغماسيين', 'انغماسيا',
    // Arabic duals: "قبل أن يفجر انتحاريان سيارتين".
    'انتحاريان',
    's est fait sauter', 'se sont fait sauter', 'se hizo estallar', 'se hicieron estallar', 'se hizo explotar', 'se hicieron explotar',
    'смертник', 'смертниц', 'intihar bombacı*', 'intihar saldırı*', 'canlı bomba',
  ],
  bombing: [
    'bomb', 'bombs', 'bombing', 'bombings', 'bombed', 'bomber', 'bombers', 'explosive', 'explosives', 'detonate', 'detonated', 'detonates', 'detonating', 'detonator*', 'car bomb',
    'truck bomb', 'ied', 'explosif', 'explosifs', 'voiture piegee', 'camion piege', 'bombe', 'bombes', 'attentat a la bombe',
    // Any booby-trapped vehicle or parcel: "un véhicule piégé", "une moto piégée", "un colis piégé", "vehículo bomba", "moto bomba".
    'vehicule piege', 'voitures piegees', 'camions pieges', 'moto piegee', 'colis piege', 'engin piege', 'vehicule bourre d explosifs',
    'vehiculo bomba', 'moto bomba', 'paquete bomba', 'carro bomba', 'autobomben', 'motorradbombe',
    'explosivo', 'explosivos', 'coche bomba', 'camion bomba', 'bomba', 'bombas', 'detono', 'sprengsatz', 'sprengstoff*', 'autobombe',
    'bombe', 'bombenanschlag', 'detoniert*', 'تفجير', 'عبوه ناسفه', 'سياره مفخخه', 'مفخخه', 'قنبله', 'شاحنه مفخخه',
    // A grenade thrown is a bombing, one only carried is not ("armed with rifles and grenades").
    'threw a grenade', 'threw grenades', 'lobbed a grenade', 'lobbed grenades', 'hurled a grenade', 'hurled grenades', 'tossed a grenade',
    'grenade attack', 'grenade was thrown', 'grenades were thrown', 'lance une grenade', 'lance des grenades', 'lanzo una granada', 'lanzaron granadas', 'lanzan granada', 'lanzan una granada', 'lanzaron una granada', 'lanzo granada', 'ataque con granada', 'atentado con granada', 'handgranate', 'warf eine handgranate', 'قنبله يدويه',
    // German compounds and Arabic plurals: "eine Briefbombe", "Handgranaten", "عبوات ناسفة".
    'briefbombe*', 'paketbombe*', 'rohrbombe*', 'nagelbombe*', 'sprengladung*', 'sprengkorper*', 'handgranaten', 'granada de mano', 'granadas de mano',
    'عبوات ناسفه', 'قنابل يدويه',
    // Vehicle-borne IEDs by their acronym: "detonated a VBIED at the gate"; French "ont fait exploser une charge à
    // l'entrée" (the reflexive "s'est fait exploser" is a suicide attack).
    'vbied', 'vbieds', 'ieds', 'ont fait exploser', 'a fait exploser', 'avaient fait exploser', 'ont fait sauter', 'a fait sauter',
    // The Spanish subjunctive after "después de que": "después de que un hombre lanzara una granada contra su portón".
    'lanzara una granada', 'lanzaran una granada', 'lanzaran granadas', 'arrojo una granada', 'arrojaron una granada', 'arrojara una granada',
    // A grenade told thrown by its participle: "A grenade thrown over the wall exploded in the courtyard".
    'grenade thrown', 'grenades thrown', 'grenade tossed', 'grenade lobbed', 'grenade hurled',
    // Dynamite and homemade charges in each language: "hurled sticks of dynamite at the gate", "un explosivo casero".
    'dynamite', 'dinamita', 'dynamit', 'ديناميت', 'pipe bomb', 'pipe bombs', 'explosivo casero', 'explosivos caseros',
    // Arabic masculine booby-trapped nouns: "انفجر طرد مفخخ" (a booby-trapped parcel), "جسم مفخخ".
    'طرد مفخخ', 'طرود مفخخه', 'مفخخ',
    // Portuguese and Italian: "um artefato explosivo", "un ordigno esplosivo", "un'autobomba".
    'artefato explosivo', 'artefatos explosivos', 'engenho explosivo', 'ordigno', 'ordigni', 'ordigno esplosivo', 'autobomba', 'esplosivo', 'esplosivi',
    'взрывн устроиств', 'самодельн взрывн устроиств', 'бомб', 'взрывчатк', 'заминированн', 'bombası', 'bombayla', 'bombaları', 'patlayıcı*', 'bombalı*',
  ],
  /** Bangs that may be rockets or grenades: bombing only when nothing more specific is said. */
  explosion: [
    'blast', 'blasts', 'explosion', 'explosions', 'exploded', 'explodes', 'went off', 'grenade', 'grenades', 'a explose',
    // ("una granada alcanzó la embajada"; the capitalised "Granada" is the city, see marks.ts.)
    'granada', 'granadas',
    'estallo', 'estalla', 'explota', 'exploto', 'explosion', 'explosiones', 'explosionen', 'explodiert*', 'انفجار', 'انفجرت', 'انفجارات',
    // Portuguese and Italian: "uma explosão", "l'esplosione", "una granata".
    'explosao', 'explosoes', 'explodiu', 'esplosione', 'esplosioni', 'esploso', 'esplosa', 'granata', 'granate',
    'взрыв', 'взорвалс', 'взорвал', 'гранат', 'patlama*', 'patladı', 'infilak*', 'el bombası', 'el bombasıyla', 'el bombaları',
    // "Nous avons entendu des détonations": bangs heard, not a bomb named.
    'detonation', 'detonations', 'detonacion', 'detonaciones', 'detonationen',
    // A bang told by its verb: "an explosives-laden truck blew up".
    'blew up', 'blown up',
    // German "blown into the air": "hat sich ... ein Mann in die Luft gesprengt", "ein Auto in die Luft gejagt".
    'in die luft gesprengt', 'in die luft gejagt', 'in die luft sprengte',
    // German shells: "Granaten schlugen am Flughafen ein" (a hand grenade is a "Handgranate").
    'granaten', 'granate',
    // Arabic masculine verb and duals: "انفجر طرد", "سمعوا دوي انفجارين" (two explosions heard).
    'انفجر', 'انفجارين', 'انفجاران', 'دوي انفجار',
  ],
  armed_assault: [
    // A complex attack: "a car bomb and gun attack", "a suicide and gun attack", "a gun and suicide attack".
    'and gun attack', 'and gun attacks', 'and gun assault', 'and armed attack', 'gun and suicide attack', 'suicide and gun attack', 'suicide and gun attacks', 'suicide and armed attack', 'suicide and gun assault', 'gun and bomb attack', 'gun and grenade attack',
    // Getting in: storming, entering, a siege. Gunmen firing from outside are a shooting.
    'stormed', 'storming', 'stormed into', 'storm', 'storms', 'took hostages', 'taking hostages', 'held hostage', 'hostage-taking', 'hostage taking', 'hostages', 'hostage', 'hostage standoff', 'hostage crisis', 'overran', 'overrun', 'prise d otages', 'rehenes', 'geiseln', 'forced his way', 'forced their way', 'fought their way', 'fought his way', 'to storm', 'force their way', 'force his way', 'uberfall*', 'uberfiel', 'uberfielen', 'breached', 'breaching',
    // A fight with the guards is an assault on the compound, not shots from afar.
    'battled guards', 'battled the guards', 'battled security guards', 'battled security forces', 'exchanged fire with', 'exchanging fire with',
    'gun battle with', 'gunbattle with', 'fait irruption', 'echange de tirs avec', 'intercambiaron disparos con', 'lieferten sich ein feuergefecht', 'to enter', 'entered the', 'broke into', 'siege',
    'stormed the', 'se sont retranches', 'retranches', 'ont penetre', 'penetre', 'prise d assaut', 'pris d assaut', 'asaltaron',
    // French "invaded" told with its subject or agent ("des manifestants ont envahi l'ambassade", "envahie par la foule";
    // not the participle alone: "l'Ukraine, envahie en 2022"), Spanish "invadieron la embajada".
    'ont envahi', 'a envahi', 'avaient envahi', 'envahie par', 'envahi par', 'invadieron', 'invadio', 'invadida por', 'invadido por',
    'asalto armado', 'irrumpieron', 'irrumpio', 'entraron', 'asaltada', 'asaltado', 'stuermten', 'sturmten', 'erstürmt*', 'drangen',
    'eindrangen', 'اقتحام', 'اقتحموا', 'اقتحم', 'التحصن', 'تحصنوا',
    // "traded fire with its guards": a fight at the compound. "asaltó la embajada" (the verb, with its object;
    // the noun "el asalto a" stays generic), "haben die Botschaft gestürmt".
    'traded fire with', 'trading fire with', 'exchanged gunfire with', 'asalto la', 'asalto el', 'tomaron por asalto', 'tomo por asalto',
    'gesturmt', 'sturmte',
    // Gunmen fighting the guards or forcing the gate: "échangeant des tirs avec les policiers", "mantuvo un tiroteo con
    // los agentes", "واشتبكوا مع عناصر الأمن", "before trying to force the gate"; the noun "die Erstürmung der Botschaft".
    'echangeant des tirs avec', 'echange des tirs avec', 'ont echange des tirs avec', 'mantuvo un tiroteo con', 'mantuvieron un tiroteo con',
    'se enfrentaron a tiros con', 'اشتبكوا مع', 'اشتبك مع', 'force the gate', 'forcing the gate', 'forced the gate', 'force open the gate',
    'ersturmung',
    // Hostages taken in French: "ont pris en otage une dizaine d'employés".
    'pris en otage', 'pris en otages', 'prise en otage', 'retenus en otage', 'retient en otage',
    // Portuguese and Italian: "invadiram a embaixada", "fizeram reféns", "hanno fatto irruzione".
    'invadiram', 'invadiu', 'assaltaram', 'assaltou', 'refens', 'ostaggi', 'fatto irruzione', 'fecero irruzione',
    'штурм', 'захват', 'заложник', 'ворвал', 'ворвалис', 'прорваться внутр', 'прорвалис внутр', 'rehin*', 'baskın*',
  ],
  rocket_mortar: [
    'rocket', 'rockets', 'mortar', 'mortars', 'shelling', 'shelled', 'artillery', 'shell', 'shells', 'rocket-propelled grenade*', 'missile', 'missiles', 'ballistic missile*', 'rpg', 'rpgs', 'anti-tank rocket*', 'panzerfaust*', 'misil', 'misiles', 'katyusha', 'katyushas', 'roquette', 'roquettes', 'obus', 'mortier', 'mortiers',
    'cohete', 'cohetes', 'mortero', 'morteros', 'rakete', 'raketen', 'raketenangriff', 'morser', 'moerser', 'granatwerfer',
    'صاروخ', 'صواريخ', 'صاروخي', 'صاروخيه', 'هاون', 'قذائف', 'قذيفه', 'كاتيوشا',
    // "Two projectiles hit the embassy" (a crowd's thrown "projectiles" are arson_mob, see extractTypes);
    // "Mörsergranaten" is a mortar round, not a hand grenade; Katyusha as spelt in French, Spanish and German.
    'projectile', 'projectiles', 'proyectil', 'proyectiles', 'مقذوف', 'مقذوفات', 'morsergranate*', 'moersergranate*', 'katioucha', 'katiouchas',
    'katiusha', 'katiushas', 'katjuscha*', 'marschflugkorper', 'قصف مدفعي',
    // Portuguese and Italian: "foguetes", "morteiros", "razzi", "colpi di mortaio".
    'foguete', 'foguetes', 'morteiro', 'morteiros', 'missil', 'misseis', 'razzo', 'razzi', 'mortaio', 'colpi di mortaio',
    'ракет', 'ракетн', 'минометн', 'артиллерииск', 'roket*', 'havan', 'havan topu', 'havan mermisi',
    // Military jargon for rockets and mortars ("came under indirect fire"); a grenade launcher fires from afar (not
    // a thrown grenade); artillery in French, Spanish and German ("alcanzada por fuego de artillería").
    'indirect fire', 'grenade launcher*', 'lance-grenade*', 'lance-roquette*', 'lanzagranadas', 'artilleria', 'artillerie', 'artilleriebeschuss',
    'ار بي جي',
  ],
  shooting: [
    // Spent cartridges are gunfire's, not artillery shells.
    'shell casings', 'shell casing', 'spent shells', 'cartridge cases', 'douilles', 'casquillos', 'patronenhulsen',
    // The police's crowd-control rounds, not artillery: "fired tear gas shells and sound grenades" (dropped with
    // the words inside them when a sentence is marked).
    'tear gas shells', 'tear-gas shells', 'teargas shells', 'tear gas canisters', 'tear gas grenades', 'sound grenades', 'stun grenades', 'rubber bullets', 'grenades lacrymogenes', 'granadas lacrimogenas',
    'shots', 'shot at', 'fired at', 'fired on', 'firing at', 'firing on', 'opened fire', 'with bullets', 'riddled with bullets', 'bullet holes', 'sprayed with gunfire', 'sniper', 'snipers', 'shooting', 'shootings', 'gunfire', 'gunshots', 'shot dead',
    'gunmen', 'gunman', 'armed men', 'armed assailants', 'armed attackers', 'shootout', 'gun battle', 'gunbattle', 'gunfight', 'gun attack', 'gun attacks',
    'assaillants armes', 'hommes armes', 'homme arme', 'hombres armados', 'pistoleros', 'pistolero', 'bewaffnete', 'bewaffneten',
    'feuergefecht', 'schusswechsel', 'مسلحين', 'مسلحون', 'مسلح', 'اشتباكات',
    'tirs', 'coups de feu', 'ont tire', 'a tire', 'fusillade', 'disparos', 'disparo', 'dispararon', 'disparan', 'dispararan', 'disparaban', 'balacera', 'balazos', 'tiros', 'sicarios', 'sicario', 'disparo contra', 'tiroteo', 'francotirador', 'francotiradores', 'balearon', 'tireur', 'tireurs', 'tireur d elite',
    'schusse', 'schuesse', 'schuss', 'geschossen', 'beschossen', 'beschoss', 'beschossen worden', 'schossen', 'feuerten auf', 'feuern auf', 'feuerte auf', 'scharfschutze', 'ont ouvert le feu', 'a ouvert le feu', 'avaient ouvert le feu', 'avait ouvert le feu', 'auraient ouvert le feu', 'ouvrant le feu', 'ouvre le feu', 'ouvrent le feu', 'abrieron fuego', 'abrio fuego', 'feuer eroffnet', 'feuer auf', 'اطلاق نار', 'اطلاق النار', 'رصاص', 'قناص',
    // "Several bullets struck the building"; Arabic puts the subject inside "أطلق مجهولون النار على" ("fire at").
    'bullets', 'اطلقوا النار', 'اطلق النار', 'فتح النار', 'فتحوا النار', 'نار علي',
    // Automatic fire and rounds: "machine-gun fire raked the facade", "fired some thirty rounds at"; "avant d'ouvrir le
    // feu", "la façade a été mitraillée", "recibió varias ráfagas de fusil" (not "ráfagas de viento"); gunfire's marks:
    // "impacts de balles", "impactos de bala", "Einschusslöcher".
    'machine-gun fire', 'machine gun fire', 'machinegun fire', 'automatic fire', 'automatic gunfire', 'small-arms fire', 'small arms fire',
    'ouvrir le feu', 'rounds at', 'mitraille*', 'ametrallaron', 'ametrallada', 'ametrallado', 'rafagas de fusil', 'rafaga de fusil', 'rafagas de ametralladora',
    'rafaga de ametralladora', 'rafagas de disparos', 'rafaga de disparos', 'rafagas de bala', 'rafagas de balas', 'impacts de balles', 'impacts de balle', 'impactos de bala', 'impactos de balas',
    'einschussloch*', 'einschusslocher', 'ثقوب الرصاص',
    // Riddled with bullets, told by the verb: "ont criblé sa façade de balles", "acribillaron su fachada", "fue baleado".
    'ont crible', 'a crible', 'avaient crible', 'acribillaron', 'acribillada', 'acribillado', 'baleado', 'baleada', 'baleados', 'baleadas',
    // Hit by a bullet: "blessé par balle", "herido de bala", "angeschossen".
    ...['blesse', 'blesses', 'blessee', 'blessees', 'tue', 'tues', 'tuee', 'tuees'].flatMap((w) => [`${w} par balle`, `${w} par balles`]),
    'herido de bala', 'heridos de bala', 'herida de bala', 'muerto de bala', 'angeschossen',
    // A firearm fired or used, named by its kind: "someone in the crowd fired a pistol at the guards", "fired a homemade
    // gun at", "investigators said he had used a hunting rifle"; a magazine emptied ("emptied their magazines at the windows").
    ...FIRED_GUNS.flatMap((g) => ['fired', 'firing', 'used', 'using'].flatMap((v) => ['a', 'an', 'his', 'her', 'their'].map((d) => `${v} ${d} ${g}`))),
    'emptied their magazines', 'emptied his magazine', 'emptied a magazine', 'emptied their weapons', 'emptied his weapon',
    // Bursts of automatic fire in French; a shot fired "with" a gun: "des rafales d'arme automatique", "avait tiré avec un fusil",
    // "feuerte der Täter mit einer Pistole".
    'rafales d arme', 'rafale d arme', 'rafales d armes', 'rafales de kalachnikov', 'tire avec', 'tire a plusieurs reprises',
    // Portuguese and Italian: "dois homens numa motocicleta dispararam", "troca de tiros", "colpi di arma da fuoco".
    'tiroteio', 'disparou', 'dispararam', 'troca de tiros', 'homens armados', 'homem armado', 'atirador', 'atiradores', 'spari', 'sparato', 'sparati', 'sparatoria',
    'colpi di arma da fuoco', 'colpi d arma da fuoco', 'uomini armati', 'uomo armato', 'crivellata di colpi', 'crivellato di colpi', 'fori di proiettile',
    'стрельб', 'открыл огон', 'обстрелял', 'выстрел', 'огнестрельн', 'ates ac*', 'kursun*', 'silahlı saldırgan*', 'tabanca*', 'tufek*',
    'mit einer pistole', 'mit einem gewehr', 'mit einem sturmgewehr', 'mit einer schusswaffe', 'mit einem revolver',
  ],
  arson_mob: [
    // Thrown by crowds, no explosive: "pelted the embassy with rocks and paint bombs".
    'paint bomb', 'paint bombs', 'stink bomb', 'stink bombs', 'smoke bomb', 'smoke bombs',
    'set fire', 'sets fire', 'set on fire', 'set ablaze', 'sets ablaze', 'setting fire', 'ablaze', 'on fire', 'set alight', 'torching', 'firebombed', 'torched', 'burned down', 'burnt down', 'firebomb*', 'petrol bomb*', 'molotov', 'molotov bomb', 'molotov bombs',
    'mob', 'rioters', 'gasoline bomb*', 'bombas molotov', 'bomba molotov', 'cocktail molotov', 'cocktails molotov', 'molotov cocktail*', 'molotow*',
 'ransacked', 'ransacking', 'vandalised', 'vandalized', 'trashed', 'pelted', 'threw stones', 'hurled stones', 'hurling stones', 'stoned',
    'saccage', 'saccagee', 'saquearon', 'verwustet', 'fire bomb*', 'mis le feu',
    // The French present and infinitive: "des manifestants incendient le portail ... et saccagent celle des Pays-Bas".
    'incendient', 'incendiant', 'saccagent', 'saccagerent', 'saccageant', 'mettre le feu', 'mettent le feu', 'mettant le feu', 'incendie', 'incendiee', 'incendier', 'incendierent', 'incendiaire*', 'incendiaron', 'prendieron fuego', 'incendio',
    'incendiary bottles', 'incendiary device', 'incendiary devices', 'incendiary bomb', 'incendiary bombs', 'bomba incendiaria', 'bombas incendiarias', 'bombe incendiaire', 'bombes incendiaires', 'bombe incendiarie', 'brandbombe', 'brandbomben', 'bottles of flammable liquid', 'artefacto incendiario', 'artefactos incendiarios', 'engin incendiaire', 'feuer gelegt', 'feuer an', 'brandanschlag', 'in brand', 'angezundet', 'brandsatz', 'brandsatze', 'اضرموا النار', 'اضرام النار', 'احرقوا', 'احراق',
    // Portuguese and Italian: "manifestantes incendiaram o portão", "ateou fogo", "dato alle fiamme".
    'incendiaram', 'incendiou', 'ateou fogo', 'atearam fogo', 'coquetel molotov', 'coqueteis molotov', 'depredaram', 'saquearam', 'vandalizaram',
    'incendiato', 'incendiata', 'incendiati', 'dato alle fiamme', 'data alle fiamme', 'dati alle fiamme', 'appiccato il fuoco', 'devastato', 'devastata',
    'поджог', 'подожгл', 'поджег', 'подожжен', 'коктеил молотов', 'зажигательн', 'разгромил', 'atese ver*', 'molotof*', 'kundakla*', 'yangın cıkar*', 'tasladı', 'tasladılar', 'taslandı',
    // One man's arson with the object inside: "poured petrol on the door and set it alight".
    'set it alight', 'set it on fire', 'set it ablaze', 'set them alight', 'set them on fire', 'poured petrol', 'poured gasoline',
    // A home-made firebomb told by its parts: "threw a bottle filled with flammable liquid over the fence".
    ...['bottle', 'bottles'].flatMap((b) => ['filled with', 'of', 'full of', 'containing'].flatMap((w) => ['flammable liquid', 'petrol', 'gasoline', 'fuel'].map((l) => `${b} ${w} ${l}`))),
    'bouteille d essence', 'bouteilles d essence', 'bouteille remplie d essence', 'bouteille remplie de liquide inflammable', 'botella con gasolina', 'botellas con gasolina', 'botella con liquido inflamable', 'botellas con liquido inflamable',
    'flasche mit brennbarer flussigkeit', 'flaschen mit brennbarer flussigkeit', 'flasche mit benzin', 'flaschen mit benzin',
    // Stones and thrown objects: "ont jeté des pierres", "lanzaron piedras", "Steine geworfen", "رشق ... بالحجارة".
    'threw projectiles', 'hurled projectiles', 'jete des pierres', 'jete des projectiles', 'lance des pierres', 'jets de pierres', 'caillasse*',
    'lanzaron piedras', 'arrojaron piedras', 'lanzaron proyectiles', 'arrojaron proyectiles', 'pedradas', 'apedrearon', 'apedreada', 'apedreado',
    'steine geworfen', 'warfen steine', 'mit steinen beworfen', 'steinwurf*', 'رشق', 'رشقوا', 'رشقت', 'يرشقون',
    // Arabic verb first, the subject between verb and "fire": "أضرم محتجون النار في"; Molotov cocktails ("زجاجات حارقة").
    'اضرم', 'اضرمت', 'اضرموا', 'احرق', 'احرقت', 'زجاجات حارقه', 'زجاجه حارقه', 'قنابل حارقه', 'مولوتوف',
    // Headline present tense and looting: "Protesters ransack Ugandan embassy", "looting computers".
    'ransack', 'ransacks', 'looted', 'looting', 'pillaged', 'saqueada', 'saqueado', 'geplundert', 'plunderten', 'نهبوا', 'نهب',
    // "the target of an arson attack", "que fue incendiado por una turba", "Ziel eines Brandanschlags".
    'arson', 'arsonist', 'arsonists', 'incendiado', 'incendiada', 'incendiados', 'incendiadas', 'brandanschlags', 'brandanschlage',
    // One thrower or one fire-setter (the singular verbs): "lanzó piedras y prendió fuego a la garita"; a fire "set
    // deliberately"; German stones: "die Fenster mit Steinen eingeworfen".
    'lanzo piedras', 'arrojo piedras', 'prendio fuego', 'le prendio fuego',
    // The Spanish subjunctive after "luego de que", the present and one stone-thrower: "luego de que un grupo de
    // encapuchados prendiera fuego a la puerta", "apedreó las ventanas y roció gasolina sobre el portón".
    'prendiera fuego', 'prendieran fuego', 'prenden fuego', 'incendian', 'incendiaran', 'incendiara', 'apedreo', 'apedrean', 'rocio gasolina', 'rociaron gasolina', 'rociaron con gasolina', 'set deliberately', 'deliberately lit', 'deliberately started',
    'fire was deliberately set', 'blaze was deliberately set', 'mit steinen',
    // The infinitive after an attempt, the German dative plural: "ont tenté de mettre le feu à l'ambassade", "intentaron
    // prender fuego a la embajada", "mit Brandsätzen beworfen".
    'mettre le feu', 'prender fuego', 'brandsatzen',
  ],
  /** A drone alone may be a hobbyist's: a weak cue, which as the attack's weapon is `other` like a strike from the air. */
  drone: ['drone', 'drones', 'dron', 'drones', 'drohne', 'drohnen', 'مسيره', 'مسيرات', 'беспилотник', 'дрон', 'dron*', 'iha',
    // Arabic duals: "بطائرتين مسيرتين مفخختين", "طائرتان مسيرتان".
    'مسيرتين', 'مسيرتان',
    // "a quadcopter dropped two grenades": a small drone.
    'quadcopter', 'quadcopters', 'quadricoptere', 'quadricopteres', 'cuadricoptero', 'cuadricopteros', 'quadrocopter*'],
  /** Drone strikes: attack cues of their own. */
  drone_strike: ['launched a drone at', 'launched drones at', 'drone attack', 'drone attacks', 'drone strike', 'drone strikes', 'kamikaze drone*', 'suicide drone*', 'attaque de drone', 'ataque con dron', 'drohnenangriff*', 'مسيره انتحاريه', 'مسيرات انتحاريه', 'هجوم بطائره مسيره',
    // "انفجرت طائرة مسيرة عند السور": the drone aircraft named in full carries the attack in Arabic (a stand-off weapon, not `other`).
    'طائره مسيره', 'طائرات مسيره', 'طائرتين مسيرتين', 'طائرتان مسيرتان',
    // The kamikaze drone in the word order of French and Spanish, and German compounds (no suicide attacker); a
    // loitering munition is one.
    'drone kamikaze', 'drones kamikaze', 'drones kamikazes', 'dron kamikaze', 'kamikazedrohne*', 'kamikaze-drohne*', 'loitering munition*'],
  /** A crowd getting over or through the defences: a mob attack even without fire, when a crowd does it. */
  crowd_damage: [
    'scaled the wall', 'scaled the walls', 'scaling the walls', 'climbed the walls', 'climbed over the wall', 'climbed over the walls', 'breached the walls',
    // Other tenses and objects: "have broken through the main gate", "Crowd breaches gate of embassy", "men climbing the embassy wall".
    'broken through', 'breaks through', 'breach', 'breaches', 'breaching', 'climbing the', 'climbed the', 'scaling the', 'scaled the',
    'climb the wall', 'climb the walls', 'climb over the wall', 'climbing the wall', 'climbing over the wall', 'scale the wall', 'scale the walls', 'scaling the wall', 'climbed the wall',
    'broke through', 'breaking through', 'forced open', 'force open', 'forcing open', 'breached', 'tore down', 'tearing down', 'pulled down the flag', 'ripped down', 'smashed windows', 'smashing windows', 'smashed the windows', 'broke windows',
    // "das Tor eingerissen"; stones ("بالحجارة") when a crowd throws them.
    'eingerissen', 'rissen', 'حجاره',
    // Climbing and smashing in French and German: "ont escaladé les grilles et brisé des vitres", "Fenster eingeworfen".
    'ont escalade', 'a escalade', 'escaladant', 'escalade les grilles', 'escalade le mur', 'escalade les murs', 'brise des vitres', 'brise les vitres', 'eingeworfen',
  ],
  stabbing_melee: [
    'stabbed', 'stabbing', 'knife', 'machete', 'axe', 'iron bar', 'iron bars', 'metal bar', 'metal bars', 'metal pipes', 'baseball bat', 'baseball bats', 'cudgels', 'poignarde', 'couteau', 'apunal*', 'acuchill*', 'cuchillo', 'messer*', 'stach', 'niedergestochen', 'طعن', 'طعنه',
    'erstochen', 'طعن', 'سكين', 'arma blanca', 'arme blanche', 'stichwaffe',
    // Other blades and blunt weapons in each language: "with a hammer", "mit einer Axt", "une hache", "un martillo"
    // (not "to hammer out a deal", "a double-edged sword").
    'knives', 'machetes', 'a hammer', 'hammer attack', 'einem hammer', 'hatchet', 'cleaver', 'couteaux', 'hache', 'machette',
    'machettes', 'marteau', 'poignard*', 'hacha', 'martillo', 'cuchillos', 'navaja', 'machetazos', 'cuchilladas', 'axt', 'beil',
    'سكاكين', 'ساطور', 'خنجر', 'طعنا', 'طعنات',
    // Blunt bars in the singular ("with a metal pipe"), swords; the Arabic knife as an object ("يحمل سكينا", "بسكين").
    // (Not "a length of metal pipe packed with explosive": a pipe only as what the attacker wields.)
    'with a metal pipe', 'with an iron pipe', 'iron rod', 'iron rods', 'metal rod', 'crowbar', 'with a sword', 'with swords', 'سكينا', 'بسكين',
    // Improvised blunt and sharp weapons in each language: "armed with an iron bar and a broken bottle", "armé d'une
    // barre de fer", "armado con un palo y una botella rota", "mit einer Eisenstange", "بقضيب حديدي", a screwdriver.
    'broken bottle', 'broken bottles', 'screwdriver', 'barre de fer', 'barres de fer', 'barre metallique', 'tesson de bouteille', 'tournevis',
    'barra de hierro', 'barras de hierro', 'botella rota', 'botellas rotas', 'con un palo', 'con palos', 'destornillador',
    // Portuguese and Italian: "esfaqueou o guarda", "a facadas", "accoltella la guardia", "un coltello".
    'esfaqueou', 'esfaqueado', 'esfaqueada', 'esfaquearam', 'faca', 'facada', 'facadas', 'accoltellato', 'accoltellata', 'accoltella', 'accoltellamento',
    'coltello', 'coltellate', 'coltellata',
    'нож', 'ножев', 'зарезал', 'bıcak*',
    'eisenstange*', 'metallstange*', 'schraubenzieher', 'schraubendreher', 'baseballschlager',
    'قضيب حديدي', 'بقضيب حديدي', 'قضبان حديديه', 'بعصا',
  ],
  // Vehicles driven into a mission: "rammed its gates", "drove a truck through the gates".
  other: ['rammed', 'rams', 'ramming', 'ram', 'drove through', 'drove a car into', 'drove a truck into', 'drove a vehicle into', 'drove his car into', 'drove his truck into', 'drove his vehicle into', 'drove her car into', 'drove into', 'driven through', 'reversed through', 'reversed into', 'crashed through', 'smashed through', 'ploughed into', 'plowed into', 'a fonce', 'fonce dans', 'fonce sur', 'a percute', 'percute', 'voiture belier', 'voiture-belier', 'embistio', 'embiste', 'rammte', 'rammt', 'rammen', 'crossbow', 'arbalete', 'ballesta', 'armbrust', 'قوس',
    // "crashed his van into the barrier", "ist mit seinem Auto in das Tor gerast", "دهس ... حارسا"; acid thrown.
    'crashed his car into', 'crashed his van into', 'crashed his truck into', 'crashed a car into', 'crashed a van into', 'crashed a truck into',
    'drove his van into', 'drove a van into', 'gerast', 'gerammt', 'دهس', 'دهسا', 'دهسه',
    // "A car smashed into the gates": a vehicle as the subject of the crash (not "a rocket slammed into").
    ...['car', 'truck', 'van', 'vehicle', 'lorry', 'suv', 'pickup'].flatMap((v) => ['smashed', 'smashes', 'crashed', 'crashes', 'slammed', 'slams', 'ploughed', 'plowed'].map((verb) => `${v} ${verb} into`)),
    // "drove a pickup truck into the security barrier": the vehicles the fixed phrases above do not name.
    ...['pickup', 'pickup truck', 'pick-up', 'van', 'lorry', 'suv', 'jeep', 'minibus', 'bus'].flatMap((v) => [`drove a ${v} into`, `drove his ${v} into`, `drove a ${v} through`]),
    // Any driver, any vehicle, into or through: "accused of driving his vehicle into the high commission", "drove a
    // bakkie through the security gate"; a vehicle as the subject: "a white bakkie smashing through the boom gate".
    ...RAM_VEHICLES.flatMap((v) => ['drove', 'drives', 'driving', 'driven'].flatMap((verb) => ['a', 'an', 'his', 'her', 'their', 'the'].flatMap((d) => [`${verb} ${d} ${v} into`, `${verb} ${d} ${v} through`]))),
    ...RAM_VEHICLES.flatMap((v) => ['smashed', 'smashes', 'smashing', 'crashed', 'crashes', 'crashing', 'slammed', 'slams', 'slamming', 'ploughed', 'ploughs', 'ploughing', 'plowed', 'plows', 'plowing', 'rammed', 'barrelled', 'barreled', 'careered', 'careened', 'tore'].flatMap((verb) => [`${v} ${verb} into`, `${v} ${verb} through`])),
    // A driver speeding a vehicle in, named or not: "accelerated into the guard house", "crashed an SUV through the
    // barrier", "a défoncé le portail", "se estrelló contra la garita", "raste mit einem Geländewagen durch die Schranke",
    // "اقتحمت شاحنة البوابة" (a vehicle as the subject of "stormed").
    'accelerated into', 'accelerated through', 'accelerated towards the gate', 'sped into', 'sped through',
    ...RAM_VEHICLES.flatMap((v) => ['crashed', 'smashed', 'rammed'].flatMap((verb) => ['a', 'an', 'his', 'her', 'their'].flatMap((d) => [`${verb} ${d} ${v} through`, `${verb} ${d} ${v} into`]))),
    'a defonce', 'ont defonce', 'defonce le portail', 'defonce la barriere', 'raste mit', 'rasten mit',
    // The Spanish crash only with an adverb of intent ("se estrelló deliberadamente contra la garita"; not "perdió el
    // control y se estrelló contra un poste", an accident), and German's vehicle told before
    // the place ("raste am Montag mit einem Geländewagen durch die Schranke").
    ...['deliberadamente', 'intencionadamente', 'intencionalmente'].flatMap((adv) => [`se estrello ${adv} contra`, `se estrellaron ${adv} contra`]),
    // ("Mann rast mit Transporter gegen Tor der Botschaft": a headline's vehicle without its article.)
    ...['auto', 'wagen', 'lastwagen', 'lkw', 'pkw', 'gelandewagen', 'transporter', 'kleintransporter', 'lieferwagen', 'fahrzeug', 'kleinbus', 'suv'].flatMap((v) => ['einem', 'seinem', 'ihrem', 'dem', ''].flatMap((d) => [`mit ${d} ${v} durch`, `mit ${d} ${v} gegen`])),
    'اقتحمت شاحنه', 'اقتحمت سياره', 'اقتحمت مركبه',
    // "اقتحام سيارة للحواجز الأمنية" (a car's storming of the barriers), "اقتحم سائق سيارة الحواجز" (a car's driver stormed them).
    'اقتحام سياره', 'اقتحام شاحنه', 'اقتحام مركبه', 'اقتحم سائق سياره', 'اقتحم سائق شاحنه', 'اقتحم سائق مركبه',
    'smashes through', 'smashing through', 'crashing through', 'crashes through', 'ploughed through', 'ploughing through', 'plowed through', 'plowing through', 'rammed through',
    // A corrosive splashed; "atropelló a dos guardias", "صدم سائق بسيارته البوابة" (ran over, crashed into); German
    // vehicles breaking through: "ein Lastwagen durchbrach die Absperrung". (The Spanish verb after a vehicle or its
    // driver: the noun "un atropello" is also an outrage; Arabic "صدم" after its driver or vehicle, not "صدمت" as
    // "was shocked".)
    'corrosive liquid', 'corrosive substance', 'corrosive fluid', 'atropellaron',
    ...['conductor', 'chofer', 'vehiculo', 'camion', 'coche', 'auto', 'automovil', 'camioneta', 'furgoneta'].flatMap((v) => [`${v} atropello`, `${v} arrollo`]),
    'صدم سائق', 'صدمت سياره', 'صدمت شاحنه', 'اصطدمت سياره', 'اصطدمت شاحنه', 'صدم بسيارته', 'صدم بشاحنته',
    ...['lastwagen', 'lkw', 'auto', 'wagen', 'fahrzeug', 'transporter', 'gelandewagen'].flatMap((v) => [`${v} durchbrach`, `${v} durchbrachen`]),
    'threw acid', 'acid attack', 'acid attacks', 'jete de l acide', 'attaque a l acide', 'lanzo acido', 'ataque con acido', 'saureangriff*', 'mit saure', 'ماء نار'],
  generic: [
    'attack', 'attacks', 'attacked', 'attacking', 'attacker', 'attackers', 'assault', 'assaulted', 'targeted', 'targeting',
    'hit', 'hits', 'struck', 'strike', 'raid', 'raided', 'siege', 'came under fire', 'came under attack', 'under attack',
    'attaque', 'attaques', 'attaquee', 'attaquees', 'attaque contre', 'attentat', 'attentats', 'assaut', 'assaillants', 'vise', 'visee',
    'pris pour cible', 'prise pour cible', 'frappe', 'ataque', 'ataques', 'atacada', 'atacado', 'atacaron', 'ataco', 'atacan', 'atacaba', 'attackiert', 'attackierte', 'attackierten', 'atentado',
    'atentados', 'asalto', 'angriff', 'angriffe', 'angegriffen', 'anschlag', 'anschlage', 'anschlags', 'attentat', 'attacke',
    // ("Anschlagspläne auf die Botschaft": the attack inside the compound, which the plot frame then blocks.)
    'anschlagsplan*',
    // The Spanish passive "hit": "resultó alcanzada por fuego de artillería" (not "alcanzó un acuerdo").
    'resulto alcanzada', 'resulto alcanzado', 'fue alcanzada', 'fue alcanzado', 'fueron alcanzados', 'fueron alcanzadas',
    // The active one before a definite object ("una granada alcanzó la embajada"; not "alcanzó un acuerdo", a deal).
    'alcanzo la', 'alcanzo el', 'alcanzaron la', 'alcanzaron el',
    // The French passive "hit": "L'ambassade a également été touchée" (weak: needs its weapon).
    'ete touchee', 'ete touche',
    // Arabic "was hit": "كما أصيبت السفارة الكويتية" (weak: also "was wounded").
    'اصيبت',
    'getroffen', 'traf', 'trafen', 'هاجمت', 'هاجم', 'هاجموا', 'استهدفت', 'impacto', 'impacta', 'impactaron', 'agresion', 'agredido', 'agredida', 'agredio', 'agression', 'agresse', 'agressee', 'هجوم', 'هجمات', 'هجوما', 'اعتداء', 'استهداف', 'استهدف', 'يستهدف', 'تعرض', 'المهاجمين',
    // Portuguese and Italian: "homens armados atacaram", "foi alvo de tiros", "l'attentato al consolato".
    // The passive "hit": "a embaixada foi atingida por destroços", "l'ambasciata è stata colpita".
    'foi atingida', 'foi atingido', 'foram atingidos', 'foram atingidas', 'atingiu a', 'atingiu o', 'stata colpita', 'stato colpito', 'state colpite', 'stati colpiti',
    'atacou', 'atacaram', 'atacam', 'alvo de', 'agressao', 'напад', 'напал', 'нападен на', 'атак', 'атаковал', 'атакован', 'теракт', 'обстрел', 'saldırı*', 'saldırd*', 'saldırgan*', 'hedef alın*', 'hedef aldı*', 'attacco', 'attacchi', 'attentato', 'attentati', 'attaccato', 'attaccata', 'attaccano', 'assaltato', 'assaltata', 'aggressione', 'aggredito', 'aggredita',
  ],
};

/**
 * Phrases with a weapon word inside that name no weapon used: the bomb squad, sniffer dogs, crowd-control fire,
 * figurative "explosive". The classifier drops every attack word inside one ("A bomb squad searched the building",
 * "Sprengstoffspürhunde", "an explosive row between the two countries").
 */
export const NOT_WEAPON_WORDS = [
  'bomb squad', 'bomb squads', 'bomb disposal', 'bomb-disposal', 'bomb experts', 'bomb technicians', 'bomb-sniffing', 'bomb sniffing',
  'bomb detection', 'explosives experts', 'explosives detection', 'explosive detection', 'explosives-sniffing', 'explosives sniffing',
  'explosives dogs', 'sprengstoffspurhund*', 'sprengstoffsuchhund*', 'sprengstoffhund*', 'sprengstoffexpert*', 'sprengstoffermittler*',
  // The bomb squads in French and Spanish: "Peritos de la División Explosivos", "la brigade de déminage", "los artificieros".
  'division explosivos', 'brigada de explosivos', 'brigada explosivos', 'unidad de explosivos', 'expertos en explosivos', 'peritos en explosivos',
  'tedax', 'artificieros', 'brigade de deminage', 'demineurs', 'experts en explosifs', 'specialistes en explosifs',
  // A ceasefire stops fire: "دعت إلى «وقف فوري لإطلاق النار»", "a cease-fire", "un cessez-le-feu", "un alto el fuego".
  'وقف اطلاق نار', 'وقف لاطلاق نار', 'فوري لاطلاق نار', 'cease fire', 'cessez le feu', 'alto el fuego',
  'tirs de gaz lacrymogene', 'tirs de gaz lacrymogenes', 'tirs de grenades lacrymogenes', 'tirs de lacrymogenes', 'tirs de balles en caoutchouc',
  'disparos de gases lacrimogenos', 'disparos de balas de goma', 'قنابل غاز', 'قنابل مسيله للدموع', 'قنابل صوتيه', 'قنابل دخانيه',
  'explosive row', 'explosive situation', 'explosive issue', 'explosive issues', 'explosive mix', 'explosive allegations', 'explosive claims',
  'explosive report', 'explosive revelations', 'explosive testimony', 'explosive interview', 'explosive debate', 'explosive topic',
  'explosive subject', 'explosive dispute', 'explosive tensions', 'explosive atmosphere', 'explosive growth', 'explosive question',
  'situation explosive', 'contexte explosif', 'climat explosif', 'dossier explosif', 'sujet explosif', 'situacion explosiva',
  'tema explosivo', 'asunto explosivo', 'explosive lage', 'explosive stimmung', 'explosives thema',
  // Idioms of diplomacy: "to bury the hatchet", "enterrer la hache de guerre", "a hammer blow to relations".
  'bury the hatchet', 'buried the hatchet', 'burying the hatchet', 'hache de guerre', 'hacha de guerra', 'a hammer blow',
  // The embassy's own counter-rocket guns: "the embassy's C-RAM air defence system was activated".
  'c-ram',
  // The bomb squad's own blast, and a figurative detonation: "carried out a controlled explosion of his bag", "the
  // incident could detonate a diplomatic crisis".
  'controlled explosion', 'controlled explosions', 'controlled detonation', 'explosion controlee', 'explosion controlada', 'detonacion controlada',
  'kontrollierte sprengung', 'could detonate', 'would detonate', 'might detonate',
  // "The envoy made the rounds at the reception": visits, not rounds fired.
  'the rounds at',
  // Bomb-making told as an intent or a search, and camera shots: "had searched online for how to make a bomb",
  // "Television shots showed police cordoning off the street".
  'how to make a bomb', 'how to build a bomb', 'make a bomb', 'build a bomb', 'making a bomb', 'building a bomb', 'bomb-making', 'bomb making',
  'television shots', 'tv shots', 'camera shots', 'aerial shots', 'drone shots',
  // A labour strike: "Local staff at the embassy went on strike over pay", "Local staff strike at British embassy".
  'on strike', 'staff strike', 'staff strikes', 'workers strike', 'general strike', 'hunger strike', 'labour strike', 'labor strike', 'strike action',
];

/** Getting inside, told without an attack word: an armed assault when armed men are its subject ("gunmen then rushed into the compound"). */
export const ENTRY_WORDS = ['burst into', 'rushed into', 'rushed inside', 'made their way into', 'got inside', 'broke in',
  // Rushing in through the breach: "s'est engouffré un commando", "penetraron en el recinto", "sind ... eingedrungen"
  // (burglars get in too: no attack alone).
  'engouffre', 'engouffres', 'engouffree', 'penetraron', 'penetro', 'eingedrungen',
  // "armed men who fired at the guards and tried to get inside".
  'get inside', 'get into the',
  // Running or charging in: "Minutes later, four gunmen ran into the compound", "charged into the lobby" (not "ran
  // into the street", fleeing).
  ...['ran', 'charged', 'swarmed', 'poured'].flatMap((v) => ['compound', 'embassy', 'consulate', 'building', 'grounds', 'mission', 'residence', 'chancery', 'lobby'].map((p) => `${v} into the ${p}`)),
  'ran inside', 'charged inside',
  // "un commando armé ne tente de pénétrer dans l'enceinte", "irrumpieron en la sede", "drangen in das Gelände ein".
  'penetrer dans', 'penetre dans', 'ont penetre', 'irrumpieron en', 'irrumpio en', 'drangen in', 'eingedrungen', 'einzudringen',
  // "Los atacantes dispararon contra la garita e intentaron entrar en el recinto".
  'intentaron entrar', 'intentaron ingresar', 'intento entrar', 'intento ingresar',
  // Portuguese and Italian: "tentaram forçar o portão da residência", "hanno tentato di entrare".
  'tentaram forcar', 'tentou forcar', 'forcar o portao', 'tentaram entrar', 'tentou entrar', 'tentato di entrare', 'tentato di forzare', 'forzare il cancello',
  // Forcing the gate: "avant de tenter de forcer le portail principal", "forzar la puerta", "das Tor aufzubrechen".
  'forcer le portail', 'forcer la porte', 'forcer l entree', 'force the gate', 'forced the gate', 'forcing the gate', 'forzar la puerta', 'forzar el porton', 'forzar la entrada', 'aufzubrechen',
  // Crossing the wall: "avant de tenter de franchir le mur d'enceinte", "saltar el muro", "über die Mauer zu klettern".
  'franchir le mur', 'franchir l enceinte', 'franchi le mur', 'escalader le mur', 'saltar el muro', 'saltaron el muro', 'trepar el muro', 'uber die mauer', 'die mauer zu uberwinden', 'get over the wall', 'got over the wall'];

/** Words that frame a sentence as something other than a real, recent attack. */
export type FrameKind = 'cyber' | 'verbal' | 'past' | 'threat' | 'peaceful' | 'sport' | 'medical' | 'speaker' | 'destination';
export const FRAME_WORDS: Record<FrameKind, string[]> = {
  cyber: [
    'cyber*', 'hacker*', 'hack', 'hacked', 'hacking', 'hacktivist*', 'phishing', 'ddos', 'denial of service', 'denial-of-service',
    'malware', 'spyware', 'ransomware', 'website', 'web site', 'defaced', 'deface', 'email', 'emails', 'online', 'piratage',
    'pirates informatiques', 'informatique', 'ciberataque', 'ciberataques', 'informatico', 'informaticos', 'hackerangriff',
    'kommunikationsnetz*', 'computernetz*', 'datennetz*', 'netzwerk*', 'computer', 'computers', 'server', 'servers', 'software', 'it-system*', 'datenabfluss', 'اختراق', 'قرصنه', 'الكتروني',
    'кибератак', 'хакер', 'хакерск', 'siber*', 'hacker*',
  ],
  verbal: [
    'remarks', 'comments', 'tweet', 'tweets', 'verbal', 'verbale', 'verbales', 'a boulets rouges', 'blistering', 'scathing', 'criticism', 'criticised', 'criticized',
    'slammed', 'scharf', 'hit back', 'hits back', 'hit out', 'hits out', 'lashed out', 'war of words', 'newspaper', 'editorial', 'editorials', 'leitartikel', 'editorial del', 'editorial de', 'صحيفه', 'افتتاحيه', 'smear', 'insult',
    'insults', 'fees', 'mps', 'parliamentary debate', 'meddling', 'interference', 'accusing it of', 'accused it of', 'ingerence', 'injerencia', 'einmischung', 'propos', 'critique', 'critiques', 'declaraciones', 'criticas', 'arremete', 'arremetio', 'arremetieron', 'soberania', 'ausserungen', 'kritik', 'تصريحات', 'انتقاد', 'لاذعا', 'لاذع', 'تدخل سافر', 'تدخلا سافرا',
  ],
  past: [
    'trial', 'verdict', 'sentenced', 'sentences', 'court', 'convicted', 'conviction', 'hearing', 'extradition', 'extradite',
    // "Man jailed for petrol bomb attack on embassy" (not "demanding the release of a jailed leader").
    'jailed for', 'jailed over', 'been jailed', 'was jailed', 'were jailed', 'is jailed', 'are jailed', 'imprisoned for',
    'extradited', 'anniversary', 'memorial', 'commemorat*', 'remember', 'remembers', 'remembered', 'documentary', 'film',
    'years since', 'years after', 'years ago', 'years on', 'decades', 'decades on', 'proces', 'anniversaire', 'commemor*', 'tribunal', 'juicio',
    'aniversario', 'condenado', 'condenados', 'prozess', 'urteil', 'jahrestag', 'landgericht', 'amtsgericht', 'oberlandesgericht', 'kammergericht', 'gericht', 'gerichts', 'haft verurteilt', 'lebenslang*', 'gedenk*', 'ذكري', 'محكمه',
    'محاكمه', 'احكام', 'بالسجن', 'متهما', 'متهمين', 'قضيه', 'museum', 'book', 'novel', 'fictional', 'fiction', 'movie', 'thriller', 'review', 'reviewed', 'biopic', 'docudrama', 'screenplay',
    // Fiction on screen: "Sunday's season finale of 'The Envoy' ended with gunmen blowing open the embassy gate".
    'season finale', 'series finale', 'tv series', 'television series', 'drama series', 'miniseries', 'sitcom', 'video game', 'videogame', 'serie televisee', 'jeu video', 'serie de television', 'telenovela', 'videojuego', 'fernsehserie', 'videospiel', 'مسلسل',
    'anos del', 'anos despues', 'ans apres', 'ans depuis', 'jahre nach', 'jahre seit', 'عاما علي',
    // Narrative sequence of past events: "Three months later, gunmen attacked the embassy", "During that offensive, ...".
    'months later', 'years later', 'during that', 'quelques mois plus tard', 'meses despues', 'monate spater',
    // A history told by a book or a series: "a new history of the Iranian embassy siege".
    'a history of', 'a new history', 'new history of',
    // Sentencing: "condenan a 18 años de prisión", "condamnés à 12 ans de prison", "zu neun Jahren Haft".
    'condamnes a', 'condamne a', 'condamnee a', 'peine capitale', 'peine de mort', 'pena de muerte', 'todesstrafe', 'death sentence', 'sentenced to death',
    'anos de prision', 'sentencio', 'sentenciados', 'sentenciado', 'ans de prison', 'jahren haft', 'haftstrafe', 'haftstrafen',
    // A headline's sentence: "Brandanschlag auf Generalkonsulat: Dreieinhalb Jahre Haft für 29-Jährigen", "three years in prison".
    'jahre haft', 'monate haft', 'jahre gefangnis', 'jahren gefangnis', 'years in prison', 'years in jail', 'months in prison', 'months in jail',
    'confesses', 'confessed', 'pleads guilty', 'pleaded guilty', 'defendant', 'prozessauftakt', 'gesteht', 'gestandnis', 'angeklagte', 'angeklagter', 'anklage', 'avoue', 'aveux', 'confeso', 'acusado',
    // Portuguese and Italian courts and anniversaries: "condannato a 16 anni", "o julgamento", "nel decimo anniversario".
    'julgamento', 'julgado', 'condenados a', 'anos de prisao', 'aniversario', 'processo', 'tribunale', 'sentenza', 'condannato a', 'condannati a', 'condannata a',
    'anni di carcere', 'anni di reclusione', 'ergastolo', 'imputato', 'imputati', 'anniversario', 'commemorazione', 'anni dopo', 'anos depois',
    'суд', 'приговор', 'приговорил', 'годовщин', 'лет назад', 'mahkeme*', 'hapis cezası', 'yıldonum*', 'yıl donum*', 'yıl once',
  ],
  threat: [
    'threat', 'threats', 'threatened', 'threatening', 'plot', 'plots', 'plotting', 'plotted', 'plotters', 'conspired', 'intended to', 'foiled', 'thwarted', 'planning', 'planned to',
    'plan to', 'conspiracy', 'suspicion of', 'warn', 'warns', 'warned', 'warning', 'alert', 'alerts', 'advisory', 'advised', 'hoax',
    // A store of weapons: "a cache of explosives".
    'cache', 'stockpile',
    // A fact check of a viral claim: "Video of crowd scaling embassy wall is from Niamey in 2023", "claims to show the
    // embassy being attacked", "Faux : ...", "Es falso que".
    'fact check', 'fact checks', 'factcheck', 'fact checkers', 'fact checked', 'debunk*', 'false claim', 'false claims', 'claims to show', 'claimed to show',
    // Hearsay denied or unconfirmed: "some early posts claimed the embassy had been attacked", "Reports that the embassy
    // was targeted are false".
    'posts claimed', 'rumour', 'rumours', 'rumor', 'rumors', 'are false', 'were false', 'untrue', 'unfounded', 'baseless',
    'purports to show', 'purported to show', 'purporting to show', 'misinformation', 'disinformation', 'doctored', 'fake video', 'verificacion de datos', 'bulo', 'bulos',
    'desinformacion', 'infox', 'intox', 'fausse information', 'faktencheck', 'falschmeldung', 'faktenfinder', 'تضليل', 'مفبرك', 'مضلل',
    // A plot caught in time: "el atentado estaba en fase avanzada de preparación", "at an advanced stage of planning".
    'fase de preparacion', 'fase avanzada', 'advanced stage', 'stade avance', 'in preparation', 'en preparation', 'en preparacion', 'vorbereitungsphase', 'in vorbereitung',
    // A hoax call: "an anonymous call warning of a bomb", "una llamada anónima que alertaba", "falsa alarma".
    'false alarm', 'anonymous call', 'anonymous caller', 'bomb scare', 'prank call', 'fausse alerte', 'alerte a la bombe', 'appel anonyme', 'llamada anonima', 'falsa alarma', 'alertaba', 'alerto', 'advirtio', 'advirtieron', 'advierte', 'warnte', 'warnten', 'aviso de bomba', 'bombendrohung', 'fehlalarm', 'anonymer anruf', 'بلاغ كاذب', 'انذار كاذب',
    'suspicious package', 'harmless', 'defused', 'defuse', 'defusing', 'bomb disposal', 'desamorce', 'desamorcee', 'desactivaron', 'desactivado', 'desactivada', 'entscharft', 'entschaerft', 'menace', 'menaces', 'complot', 'dejoue', 'preparer un attentat', 'preparaient', 'projet d attentat', 'projetaient', 'amenaza', 'amenazas', 'frustrado', 'frustraron', 'frustran', 'frustra', 'plan para atacar', 'planeaban', 'planeaba', 'planificaban',
    // "acusados de planificar un atentado", "Desbaratan un plan para atentar contra la embajada", "un plan en etapa avanzada".
    'planificar', 'planear', 'planificaba', 'plan para atentar', 'desbaratan', 'desbarataron', 'desbarato', 'etapa avanzada', 'preparar un atentado', 'preparaban',
    // A likeness: "Calling it an attack on an embassy makes it sound like a bombing".
    'sound like', 'sounds like', 'makes it sound', 'as though',
    // A hypothetical: "in case, God forbid, an embassy is attacked", "en cas d'attaque", "im Falle eines Angriffs".
    // A drill's script: "In the scenario, four 'terrorists' stormed the gate", "Le scénario prévoyait l'explosion".
    'in the scenario', 'the scenario', 'le scenario', 'el escenario', 'das szenario',
    // A staged attack: "stage mock gun attack", "simulacro de ataque", "attaque simulée".
    'mock', 'staged a mock', 'attaque simulee', 'ataque simulado', 'ataque ficticio',
    'in case', 'in the event of', 'in the event that', 'en cas d', 'en cas de', 'en caso de', 'im falle', 'في حال',
    // "before police confirmed it was a planned counter-terrorism exercise": an exercise named by its purpose ("exercise"
    // alone is too common a word).
    'terrorism exercise', 'terror exercise', 'training exercise', 'security exercise', 'emergency exercise', 'rescue exercise', 'evacuation exercise', 'tabletop exercise', 'joint exercise', 'planned exercise',
    'drill', 'drills', 'simulating', 'simulated', 'simulation', 'rehearse', 'rehearsed', 'rehearsal', 'simulacro', 'simulan', 'simularon', 'exercice', 'ubung', 'simuliert', 'simulierte', 'drohung', 'drohungen', 'droht', 'drohte', 'drohten', 'gedroht', 'menacait', 'menace de', 'amenazo', 'amenazaba', 'هدد', 'هددت', 'يهدد', 'تمرين', 'تمرينا', 'تمرينات', 'مناوره', 'يحاكي', 'تحاكي', 'محاكاه', 'سيناريو', 'افتراضي', 'افتراضيه', 'anschlagsplan*', 'vereitelt',
    // "L'ambassade alerta de posibles atentados": an alert; "rumeurs ... évoquant une attaque": rumours; "n'étaient que des
    // feux d'artifice": fireworks taken for gunfire.
    'alerta de', 'alerta sobre', 'alerta por', 'posibles atentados', 'posible atentado', 'rumeurs', 'rumeur', 'rumours', 'rumors', 'rumores', 'geruchte', 'شائعات',
    // Claims told as unfounded: "accounts claimed, without evidence, that the embassy had been attacked".
    'without evidence', 'unsubstantiated', 'unfounded claims', 'baseless claims', 'sans preuve', 'sans preuves', 'sin pruebas', 'ohne belege', 'ohne beweise', 'دون دليل', 'بلا دليل',
    // (Only fireworks said to be what was heard: not "pelted the embassy with rocks and firecrackers".)
    'only fireworks', 'just fireworks', 'were fireworks', 'was fireworks', 'were firecrackers', 'turned out to be fireworks', 'que des feux d artifice', 'que de feux d artifice',
    'que des petards', 'que de petards', 'eran fuegos artificiales', 'solo fuegos artificiales', 'eran petardos', 'nur feuerwerk', 'war feuerwerk', 'waren feuerwerkskorper', 'مجرد العاب ناريه', 'مجرد مفرقعات', 'geplant', 'planten', 'تهديد', 'تهديدات', 'مخطط', 'احباط', 'تحذير',
    // A plan told in the imperfect, a warning of possible attacks: "alors qu'il projetait de faire exploser une bombe",
    // "حذرت السفارة من هجمات محتملة".
    'projetait', 'projetait de', 'هجمات محتمله', 'هجوم محتمل', 'حذرت من', 'حذر من',
    // "أحبطت الأجهزة الأمنية مخططا لاستهداف السفارة": the verb "foiled" and the plot as its object.
    'احبطت', 'احبط', 'احبطوا', 'مخططا', 'مخططات',
    // Portuguese and Italian threats, plots and drills: "ameaça", "sventato un attentato", "un'esercitazione".
    'ameaca', 'ameacas', 'ameacou', 'frustrado', 'frustraram', 'planejava', 'exercicio', 'minaccia', 'minacce', 'minacciato', 'complotto', 'sventato', 'sventata',
    'progettava', 'allerta', 'allarme', 'esercitazione', 'simulazione', 'simulam', 'simularam', 'simulado', 'simulada', 'simulacao',
    // A drill's script told as events: "No cenário fictício, um grupo armado invadia a sede".
    'fictional scenario', 'scenario fictif', 'escenario ficticio', 'cenario ficticio', 'scenario fittizio', 'fiktiven szenario', 'fiktives szenario',
    // Russian and Turkish: "учения", "предотвратили теракт", "tatbikat", "tehdit".
    'учен', 'тренировк', 'угроз', 'предупрежда', 'предупредил', 'предупреждени', 'uyarı*', 'uyardı', 'предотвратил', 'предотвращ', 'планировал', 'готовил', 'tatbikat*', 'tehdit*', 'engellendi', 'onlendi', 'planlıyordu', 'hazırlıgı*',
  ],
  peaceful: [
    'peaceful', 'peacefully', 'vigil', 'sit-in', 'rally', 'rallied', 'rallies', 'without incident', 'pacifique', 'pacifiquement',
    'pacifica', 'pacificamente', 'pacifico', 'presidio', 'fiaccolata', 'friedlich', 'friedliche', 'mahnwache', 'سلميه', 'وقفه', 'celebrat*', 'reception',
    'мирн', 'пикет', 'barısçıl*', 'oturma eylemi',
  ],
  sport: ['fc', 'xi', 'match', 'league', 'cricket', 'football', 'bowling', 'striker', 'goals', 'wickets', 'derby'],
  medical: ['heart attack', 'panic attack', 'asthma attack', 'stroke', 'crise cardiaque', 'ataque cardiaco', 'herzinfarkt', 'نوبه قلبيه'],
  speaker: [
    'condemn*', 'denounce*', 'deplore*', 'condolence*', 'solidarity', 'mourns', 'mourned', 'mourning', 'pays tribute', 'paid tribute', 'said', 'says', 'told', 'statement', 'issued', 'urged',
    'urges', 'urge', 'urging', 'aware of', 'is monitoring', 'tiene conocimiento', 'a connaissance', 'على علم', 'condamn*', 'denonce', 'condena*', 'conden*', 'verurteil*', 'condenou', 'condann*', 'ادان', 'ادانت', 'تدين', 'يدين', 'استنكر', 'استنكرت',
    // Russian and Turkish: "осудил нападение", "saldırıyı kınadı", "soyledi" (said).
    'осудил', 'осуждает', 'осуждени', 'соболезнован', 'заявил', 'сообщил', 'kınadı', 'kınıyoruz', 'kınama*', 'taziye*', 'acıkladı', 'soyledi',
  ],
  destination: [
    'evacuated to', 'evacuated', 'shelter*', 'refuge', 'taken to', 'moved to', 'escorted to', 'relocat*', 'fled to', 'took in',
    'mis a l abri', 'a l abri', 'refugie*', 'evacue*', 'refugiaron', 'refugio', 'evacuad*', 'zuflucht', 'evakuiert', 'لجا', 'لجات', 'نقل الى',
    // "السفارة تؤوي عشرات من رعاياها" (the embassy shelters dozens of its nationals), "لجأوا إليها" (they took refuge in it).
    'تؤوي', 'يؤوي', 'اوت', 'تستضيف', 'لجاوا', 'يلجؤون',
    // "السفارة المصرية في جوبا تستقبل عشرات المواطنين" (receives dozens of citizens), "فتحت السفارة ... أبوابها أمام"
    // (the embassy opened its doors to), "opened its doors to citizens".
    'تستقبل', 'يستقبل', 'استقبلت', 'فتحت ابوابها', 'ابوابها امام', 'opened its doors', 'a ouvert ses portes', 'abrio sus puertas',
    // "وإبقاء موظفيها في الملاجئ خلال الاشتباكات" (keeping its staff in shelters during the clashes).
    'ملاجئ', 'ملجا',
    'эвакуирован', 'укрыл', 'убежищ', 'tahliye*', 'sıgın*',
  ],
};

/** Fighting between armed sides: "clashes", "affrontements", "Gefechte", "اشتباكات" (another event than an attack on a mission). */
export const BATTLE_WORDS = ['clashes', 'fighting', 'battle', 'battles', 'combats', 'affrontements', 'enfrentamientos', 'combates', 'kampfe', 'kaempfe', 'gefechte', 'اشتباكات', 'معارك'];

/** Places that, between an attack word and a mission noun, are the attack's real target. */
export const OTHER_TARGETS = [
  // Russian and Turkish: "гостиница", "военная база", "otel", "askeri üs".
  'гостиниц', 'отел', 'военн баз', 'блокпост', 'мечет', 'церкв', 'школ', 'больниц', 'аэропорт', 'министерств', 'рынк', 'рынок',
  'otel*', 'askeri us*', 'karakol*', 'havalimanı*', 'cami', 'camiye', 'camide', 'kilise*', 'okul*', 'hastane*', 'bakanlıg*', 'pazar yeri',
  'hotel', 'hotels', 'training centre', 'training center', 'police academy', 'academy', 'base', 'bases', 'airbase', 'checkpoint', 'market', 'ministry', 'church', 'churches', 'mosque', 'school',
  'hospital', 'restaurant', 'bus', 'gendarmerie', 'gendarmeria', 'prison', 'jail', 'stadium', 'nightclub', 'mall', 'convoy', 'headquarters', 'police station', 'airport', 'parliament', 'palace', 'square',
  'barracks', 'camp', 'guesthouse', 'depot', 'depots', 'houses', 'supermarket', 'shrine', 'university', 'office', 'offices',
  'hotel', 'marche', 'ministere', 'eglise', 'mosquee', 'ecole', 'hopital', 'aeroport', 'caserne', 'mercado', 'ministerio',
  'iglesia', 'mezquita', 'escuela', 'aeropuerto', 'cuartel', 'stutzpunkt', 'markt', 'ministerium', 'kirche', 'moschee',
  'schule', 'krankenhaus', 'flughafen', 'kaserne', 'فندق', 'قاعده', 'سوق', 'وزاره', 'كنيسه', 'مسجد', 'مدرسه', 'مستشفي', 'مطار',
  // Police posts in five languages: "targeted a police post", "le commissariat", "la comisaría", "die Polizeiwache".
  'police post', 'police posts', 'police vehicle', 'poste de police', 'commissariat', 'comisaria', 'puesto policial', 'puesto de policia',
  'polizeiwache', 'polizeirevier', 'polizeiposten', 'مركز شرطه', 'مركز الشرطه',
  // Arabic objects take the accusative "-an": "اقتحم مسلحون فندقا", "هاجموا سوقا", "استهدف مركزا للشرطة"; bank branches.
  'فندقا', 'سوقا', 'مسجدا', 'مطارا', 'مستشفي', 'مركزا شرطه', 'sucursal bancaria', 'agence bancaire', 'bankfiliale',
  // A bank with its article (not "the West Bank"): "a bank near the consulate", "une banque", "eine Bank".
  'a bank', 'the bank', 'bank branch', 'une banque', 'la banque', 'un banco', 'el banco', 'eine bank', 'die bank', 'بنكا', 'مصرفا',
  // A diplomat's private flat: "vor seiner Wohnung überfallen" (only the ambassador's residence is a mission).
  'apartment', 'apartment block', 'appartement', 'apartamento', 'wohnung', 'شقته',
];

/** Separators between clauses: an attack word across one is about something else. */
export const CLAUSE_BREAKS = ['as', 'while', 'amid', 'whereas', 'tandis', 'alors que', 'mientras', 'wahrend', 'بينما'];

/** Shifts to background: an earlier, different event. */
export const BACKGROUND_WORDS = [
  // The trigger told as the start of a crisis: "The crisis began on Thursday, when soldiers shot dead two men", "La
  // crisis estalló el jueves, cuando ...".
  ...['crisis', 'row', 'dispute', 'standoff'].flatMap((n) => ['began', 'erupted', 'broke out', 'started'].map((v) => `the ${n} ${v}`)),
  'la crisis estallo', 'la crisis comenzo', 'la crisis empezo', 'la crise a eclate', 'la crise a commence', 'la crise a debute', 'die krise begann', 'die krise brach',
  'بدات الازمه', 'اندلعت الازمه',
  'earlier', 'previously', 'last year', 'last month', 'previous', 'former', 'ago', 'in the past', 'history', 'deadliest',
  'series of', 'spate of', 'this summer', 'months later', 'years later', 'during that',
  'plus tot', "l'an dernier", 'precedent', 'precedente', 'el ano pasado', 'anterior', 'anteriormente', 'vergangenes jahr',
  'fruher', 'zuvor', 'في وقت سابق', 'العام الماضي', 'سابق',
  // "Baghdad has seen dozens of rocket attacks over the past years": a history, not this attack.
  'in recent years', 'over the past years', 'over the years', 'in past years', 'ces dernieres annees', 'au fil des ans', 'en los ultimos anos', 'en anos anteriores',
  // "Tensions have risen again in recent months after shells ... landed": a period before this story's event.
  // (English only: the other languages' relative clauses are not read as such, and "que en los últimos meses ha
  // extendido sus ataques" would put a whole blame sentence in the past.)
  'in recent months', 'over recent months', 'in recent weeks', 'over the past months',
  'in den vergangenen jahren', 'in den letzten jahren', 'السنوات الماضيه', 'السنوات الاخيره',
  // "وشهدت العاصمة خلال سنوات الحرب سقوط آلاف القذائف": the war's years, a history.
  'during the war years', 'during the years of', 'in the war years', 'pendant les annees de', 'durante los anos de', 'in den kriegsjahren', 'خلال سنوات', 'على مدي سنوات', 'طوال سنوات',
  // "In the first weeks of the war, ... several diplomatic premises were looted": a war's opening, long past.
  'first weeks of the war', 'first days of the war', 'first months of the war', 'early days of the war', 'early weeks of the war', 'start of the war', 'outbreak of the war',
  'premieres semaines de la guerre', 'premiers jours de la guerre', 'debut de la guerre', 'primeras semanas de la guerra', 'primeros dias de la guerra', 'comienzo de la guerra',
  'ersten wochen des krieges', 'ersten tagen des krieges', 'beginn des krieges', 'kriegsbeginn', 'بداية الحرب', 'الاسابيع الاولي من الحرب',
  // "The protest followed riots in Johannesburg in which ...": what came before this story's event. (Only with the
  // noun right before the verb: "The attack on the embassy followed ..." is a link whose own sentence stays news.)
  // ("The violence erupted after a video circulated ... the death of a trader": the trigger, another event.)
  ...['protest', 'protests', 'unrest', 'violence', 'riot', 'riots', 'demonstration', 'storming', 'attack', 'assault', 'clashes'].flatMap((n) => [`the ${n} followed`, `the ${n} came amid`, `the ${n} comes amid`, `the ${n} erupted after`, `the ${n} broke out after`, `the ${n} was sparked by`, `the ${n} were sparked by`, `the ${n} was triggered by`, `the ${n} were triggered by`]),
  // "جاءت هذه الأحداث عقب انتشار أنباء عن وفاة ثلاثة سائقين" (these events came after news of three drivers' deaths).
  ...['جاءت هذه الاحداث', 'جاءت الاحداث', 'اندلعت هذه الاحداث', 'اندلعت الاحداث', 'جاءت الاحتجاجات', 'اندلعت الاحتجاجات'].flatMap((n) => [`${n} عقب`, `${n} بعد`, `${n} اثر`]),
  // "That same month, the group claimed a shooting at the embassy": the time of the story told before.
  'that same month', 'that same year', 'the same month', 'that month', 'that year', 'the same week', 'that same week', 'that week', 'la meme semaine', 'cette semaine-la', 'esa misma semana', 'aquella semana', 'in derselben woche', "a l'epoque", 'ce mois-la',
  'aquel mes', 'ese mismo mes', 'en aquel entonces', 'damals', 'im selben monat', 'حينها', 'انذاك', 'وقتها', 'حينذاك',
];

/** A different attack compared with ours: "another bomb", "a separate shooting", "follows Tuesday's attack". */
export const OTHER_EVENT_WORDS = [
  'another', 'separate', 'similar', 'follows',
  // "Separately, the United States launched missiles at camps linked to the man blamed for the embassy bombings".
  'separately', 'in a separate development', 'في سياق منفصل', 'came minutes after', 'came hours after', 'minutes before', 'minutes after',
  // "A second explosion, minutes later and 700 kilometres away, hit the embassy in Dar es Salaam": a twin attack
  // elsewhere. (Not "a second blast" or "hours later" alone: those are often the same attack.)
  'kilometres away', 'kilometers away', 'miles away', 'km away',
  'last year', 'last month', 'in the past', 'a day later', 'days later', 'the next day', 'the following day', 'une autre', 'un autre', "l'an dernier", 'otro ataque', 'otro atentado',
  'otra explosion', 'el ano pasado', 'einen weiteren', 'ein weiterer', 'einem weiteren', 'vergangenes jahr', 'العام الماضي',
  // "In a separate incident" in four languages: "dans un incident séparé", "en un incidente separado", "وفي حادث منفصل".
  'incident separe', 'incident distinct', 'incidente separado', 'separaten vorfall', 'منفصل', 'منفصله',
  // "In an unrelated incident in Narathiwat on Monday, two rangers were killed".
  'unrelated incident', 'unrelated attack', 'unrelated blast', 'incident sans lien', 'incidente sin relacion', 'incidente no relacionado',
  // "Unabhängig von dem Anschlag meldeten die Behörden ... Erdbeben", "In einem anderen Vorfall", "in un altro episodio".
  'unabhangig davon', 'unabhangig von dem anschlag', 'unabhangig vom anschlag', 'anderen vorfall', 'altro episodio', 'episodio separato', 'outro incidente', 'incidente separado',
  // "dois comerciantes foram mortos num assalto a uma loja, caso que a Polícia considera sem ligação com o ataque".
  'sem ligacao com', 'sem relacao com', 'sin relacion con', 'sin vinculo con', 'sans lien avec', 'unrelated to the attack', 'not linked to the attack', 'not connected to the attack', 'ohne zusammenhang mit',
];
/** "a day after <attack>": a reference to another attack when our mission/attack link comes before it. */
export const AFTER_REFERENCE_WORDS = [
  'a day after', 'the day after', 'days after', 'hours after', 'weeks after', 'months after', 'years after', 'un jour apres', 'au lendemain', 'un dia despues',
  'einen tag nach', 'بعد يوم',
  // "The hotel attack comes after a suicide bomber and gunmen struck the Chinese embassy on Sept. 16": this story's
  // event compared with an earlier one.
  'comes after', 'came after', 'intervient apres', 'survient apres', 'se produce despues', 'ocurre despues',
];

/** Claims, blame and denial. */
export const CLAIM_WORDS = [
  'claimed', 'claims', 'claim', 'claiming', 'claim of responsibility', 'claims of responsibility', 'claimed credit', 'took responsibility', 'assumed responsibility', 'accepted responsibility', 'owned up to', 'taken responsibility', 'take responsibility',
  'se atribuyo', 'se atribuyeron', 'se atribuyen', 'se atribuian', 'se adjudico', 'se adjudicaron', 'se ha atribuido', 'se han atribuido', 'se ha adjudicado', 'se han adjudicado', 'se habia atribuido', 'se habian atribuido', 'se habia adjudicado', 'se atribuye', 'se adjudica', 'asumio la autoria', 'asumio la responsabilidad', 'reklamierte', 'reklamiert',
  's est attribue', 'a endosse',
  'revendique', 'revendiquee', 'revendication', 'revendiquent', 'reivindico', 'reivindicado', 'reivindicacion', 'reivindicaron',
  'bekannte sich', 'bekennt sich', 'bekannten sich', 'bekennt', 'bekennen', 'bekennerschreiben', 'put its name to', 'put their name to', 'fur sich beanspruchte', 'fur sich beansprucht', 'تبني', 'تبنى', 'تبنت', 'تبنوا', 'يتبني', 'اعلن مسؤوليته', 'اعلنت مسؤوليتها',
  'مسؤوليته', 'مسؤوليتها', 'تتبن',
  'die verantwortung',
  // "Ein Bekenntnis gab es zunächst nicht": the German noun for a claim.
  'bekenntnis',
  // "Bekannt hat sich bislang niemand": the perfect, inverted.
  'bekannt hat sich', 'bekannt haben sich',
  // A note or letter left at the scene: "a note signed by the Informal Anarchist Federation", "panfletos firmados por".
  'signed by', 'signe par', 'signee par', 'signes par', 'signees par', 'firmado por', 'firmada por', 'firmados por', 'firmadas por', 'unterzeichnet von', 'firmato da', 'firmata da', 'firmato dalla', 'firmata dalla', 'firmato dal', 'firmata dal', 'firmati da', 'assinado por', 'assinada por', 'assinados por', 'assinadas por', 'se adjudican',
  // "Al-Shabaab took credit for the attack": credit taken is a claim.
  'took credit', 'taken credit', 'take credit', 'takes credit', 'taking credit',
  // "no party had announced its responsibility for the attack" (a translation of Arabic "أعلن مسؤوليته").
  'announced its responsibility', 'announced responsibility', 'announced their responsibility', 'announces responsibility',
  // "el grupo reivindica el ataque": the Spanish present, as in a statement's wording.
  'reivindica', 'reivindican',
  // Portuguese and Italian: "o grupo reivindicou o ataque", "l'attentato è stato rivendicato".
  'reivindicou', 'reivindicaram', 'reivindicada', 'reivindicacao', 'assumiu a autoria', 'rivendicato', 'rivendicata', 'rivendicazione', 'rivendica',
  // "في هجوم تبناه تنظيم داعش": the claim verb with the attack as its object pronoun, before its subject.
  'تبناه', 'تبناها', 'تبنته', 'تبنتها',
  // "Die Taliban, die sich zu dem Anschlag bekannten": the verb at the end of a German relative or subordinate clause.
  'sich zu dem anschlag bekannten', 'sich zu dem anschlag bekannte', 'sich zu dem anschlag bekannt', 'sich zu der tat bekannten', 'sich zu der tat bekannte',
  'sich zu der tat bekannt', 'sich zu dem angriff bekannten', 'sich zu dem angriff bekannte', 'sich zu dem angriff bekannt', 'sich zum anschlag bekannten',
  'sich zum anschlag bekannte', 'sich zum anschlag bekannt', 'sich zum angriff bekannten', 'sich zum angriff bekannt',
  // Russian and Turkish: "взяла на себя ответственность", "saldırıyı üstlendi".
  'взял на себ ответственност', 'взял на себ', 'взял ответственност', 'ustlendi', 'ustlenen', 'ustlendigini', 'ustlenmis'
];
export const BLAME_WORDS = [
  'blamed', 'blames', 'blame', 'blaming', 'behind', 'hallmarks', 'hallmark', 'fingered', 'pinned', 'main suspect', 'prime suspect', 'chief suspect', 'carried out by', 'responsible', 'pointed the finger', 'accused', 'accuses',
  // Investigators' suspicion: "investigators were looking at X", "are examining the possible role of X". (Not
  // "une implication de X", "eine Beteiligung von X" alone: as often ruled out, "schließen eine Beteiligung aus".)
  // The attacker's own ties: "the attacker had links with the Jaish al-Adl terrorist group".
  ...['had', 'has', 'have'].flatMap((v) => ['links with', 'links to', 'ties to', 'ties with', 'connections to', 'connections with'].map((w) => `${v} ${w}`)),
  'were looking at', 'are looking at', 'is looking at', 'was looking at', 'looking closely at', 'examining the possible role of', 'examining the role of', 'investigating the role of',
  'investigating the possible role of',
  'suspected', 'suspect', 'suspicion fell on', 'suspicion falls on', 'accusing', 'involvement of', 'are involved', 'is involved', 'were involved', 'was involved',
  // "el PCC está detrás", "le groupe est derrière l'attaque", "esteve por trás", "steckt hinter dem Anschlag".
  'esta detras', 'estaba detras', 'estan detras', 'estarian detras', 'estaria detras', 'est derriere', 'etait derriere', 'serait derriere', 'sont derriere', 'seraient derriere', 'esta por tras', 'estaria por tras', 'esteve por tras', 'steckt hinter', 'steckten hinter', 'stecke hinter', 'organised by', 'organized by', 'attributed', 'perpetrated', 'linked to', 'by', 'the work of', 'work of', 'fue obra de', 'fue obra del', 'es obra de', 'es obra del', ...['oeuvre', 'œuvre'].flatMap((w) => ['serait', 'est', 'etait'].map((v) => `${v} l ${w}`)), 'believed to have been carried out by', 'carried out',
  'attribue', 'attribuee', 'attribuent', 'impute', 'imputent', 'accuse', 'responsable', 'par', 'soupcons', 'soupcon', 'soupconne', 'soupconnee', 'soupconnes', 'sospechas', 'sospecha', 'sospechoso', 'verdacht', 'verdachtigt', 'tatverdacht', 'يشتبه', 'imputado', 'atribuyen', 'atribuyo', 'atribuyeron', 'atribuye', 'culpan', 'culpo',
  'responsabilizan', 'responsable', 'por', 'apunta a', 'apuntan a', 'retaliacion de', 'retaliacion del', 'represalia de', 'represalia del', 'venganza de', 'venganza del', 'retaliation by', 'reprisal by', 'revenge by', 'pointed to', 'points to', 'zugeschrieben', 'verantwortlich', 'beschuldigt', 'von', 'تقف وراء', 'وراء',
  'اتهم', 'اتهمت', 'حمل', 'حملت', 'نفذ', 'نفذه', 'المسؤوليه',
  // Turkish: "terör örgütü PKK yandaşları tarafından gerçekleştirildi" (carried out by), "sorumlu tuttu", "suçladı".
  'tarafından', 'sorumlu tut*', 'suclad*',
  // The agent by its suffix: "PKK terör örgütü yandaşlarınca gerçekleştirildiğine dair" (carried out by PKK supporters).
  'yandaslarınca', 'mensuplarınca', 'uyelerince', 'militanlarınca',
  // A police case: "registered an FIR against office-bearers of X for rioting and arson", "filed a case against X".
  'fir against', 'case against', 'cases against',
  // "مصادر أمنية تتهم كتائب حزب الله" (sources accuse), "أن تكون X وراءه" (that X was behind it).
  'تتهم', 'يتهم', 'اتهموا', 'وراءه', 'وراءها',
  // "vermuten die Hisbollah hinter dem Anschlag", "steckt hinter": German suspicion ("hinter" alone is often a place).
  'hinter dem anschlag', 'hinter der tat', 'hinter dem angriff', 'hinter den anschlagen', 'steckt hinter', 'stecken hinter', 'steckte hinter', 'steckten hinter', 'vermuten', 'vermutet',
  // "lleva el sello de Al Qaeda", "porte la signature de": a group's hallmarks.
  'el sello de', 'la firma de', 'la signature de', 'la marque de', 'signature of', 'the signature', 'handschrift', 'die handschrift', 'بصمات',
  // "Les enquêteurs soupçonnent des islamistes", "sospechan de", "verdächtigen".
  'soupconnent', 'sospechan', 'verdachtigen',
  // Hedged attribution of analysis pieces: "intelligence assessments point to X", "Suspicion quickly fell on X",
  // "investigators are focusing on a cell linked to X".
  'point to', 'pointing to', 'suspicion', 'suspicions', 'focusing on',
  // "Les enquêteurs privilégient la piste de l'EI", "X est dans le viseur des enquêteurs", "porte la signature du
  // Hezbollah", "qui avaient d'abord mis en cause le PKK", "évoquent la responsabilité d'une cellule de l'EI".
  'la piste', 'dans le viseur', 'la signature du', 'la marque du', 'el sello del', 'la firma del', 'mis en cause', 'met en cause', 'mettent en cause',
  'la responsabilite d', 'la responsabilite de', 'la responsabilite du', 'accusent', 'accusait', 'accusaient',
  // "les tirs provenaient de membres de la coalition armée Viv Ansanm", "the shots came from members of X": fire traced to its shooters.
  'provenaient de', 'provenaient des', 'provenant de', 'provenant des', 'proviennent de', 'proviennent des', 'provenian de', 'provenian del', 'came from members of', 'came from fighters of',
  // "que en un primer momento culparon a X, apuntan ahora al Y".
  'culparon', 'culpa', 'culpaban', 'apunta al', 'apuntan al', 'apunta ahora a', 'apuntan ahora a', 'apunta ahora al', 'apuntan ahora al',
  // "Als Hauptverdächtige gilt X", "Die Ermittler gehen davon aus, dass Mitglieder des IS", "Die Spur führt zur Hamas".
  'hauptverdachtige', 'hauptverdachtiger', 'hauptverdachtigen', 'gehen davon aus', 'geht davon aus', 'gingen davon aus', 'spur fuhrt', 'spuren fuhren', 'fuhrt die spur',
  // "وتشير أصابع الاتهام إلى X", "ويعد X المشتبه به الرئيسي", "عناصر من X نفذوا الهجوم".
  'أصابع الاتهام', 'المشتبه به', 'المشتبه بها', 'المتهم الرئيسي', 'نفذوا', 'نفذت',
  // South Asian police wording: "The CTD has registered a case against the outlawed X" (a charge over the attack).
  'registered a case against', 'registered an fir against', 'lodged a case against', 'booked a case against', 'filed a case against',
  // Portuguese and Italian: "O Governo atribuiu o ataque a", "attribuito a".
  'atribuiu', 'atribuiram', 'atribuido', 'responsabilizou', 'attribuito', 'attribuita', 'attribuiscono',
  // "ونسبت الشرطة الهجوم لداعش" (attributed to); "لكن مسؤولين حملوه المسؤولية" (held him responsible: the pronoun joined to the verb).
  'نسبت', 'نسب', 'نسبوا', 'حملوه', 'حملوها', 'حملته', 'حملتها', 'اتهموه', 'اتهموها', 'اتهمته', 'اتهمتها',
];
/**
 * Head nouns of armed groups' own names ("Balochistan Liberation Army", "Brigades of the Imprisoned Sheikh",
 * "Revolutionary Cells"): a capitalised name built on one, claiming or blamed, is a group that
 * config/groups.yaml does not know, reported under its own name.
 */
export const GROUP_HEADS = [
  'army', 'front', 'organization', 'organisation', 'brigade', 'brigades', 'battalion', 'battalions', 'movement', 'party', 'council',
  'network', 'union', 'cells', 'cell', 'committee', 'committees', 'commando', 'commandos', 'corps', 'faction', 'legion', 'mujahideen',
  'martyrs', 'resistance', 'guards', 'militia', 'force', 'forces', 'group', 'tigers', 'federation', 'nuclei', 'squad', 'squads',
  'jamaat', 'lashkar', 'jaish', 'jund', 'tehrik', 'hizb', 'harakat', 'katiba', 'kataib', 'saraya', 'liwa', 'frente', 'ejercito', 'brigadas',
  'movimiento', 'armee', 'mouvement', 'bewegung', 'zellen', 'fraktion', 'gruppe', 'nucleo', 'nucleos', 'fighters', 'coalition', 'samiti', 'sena', 'morcha', 'ansar',
  'colectivo', 'collectif', 'kollektiv', 'collective', 'celula', 'celulas', 'cellule', 'cellules', 'kommando', 'comando', 'comandos', 'zelle', 'mancha', 'manch', 'unit', 'units', 'unite', 'unidad', 'einheit',
];
/** Words that make a capitalised "... Army", "... Forces", "... Union" a state's or states' own, not an armed group. */
export const STATE_FORCE_WORDS = [
  'national', 'security', 'service', 'special', 'armed', 'royal', 'police', 'government', 'interior', 'republican', 'border', 'presidential',
  'coalition', 'nato', 'peacekeeping', 'air', 'naval', 'marine', 'defence', 'defense', 'federal', 'state', 'task', 'rapid', 'reaction',
  'embassy', 'diplomatic', 'protection', 'ruling', 'opposition', 'labour', 'conservative', 'democratic', 'liberal', 'communist', 'green',
  // International bodies: "the European Union", "der Europäischen Union", "the African Union".
  'european', 'europaischen', 'europaische', 'europeenne', 'europea', 'african', 'africaine', 'africana', 'soviet', 'arab',
  // Monitors and researchers: "SITE Intelligence Group", "International Crisis Group".
  'intelligence', 'monitoring', 'rights', 'crisis', 'research', 'media', 'news',
  // ("Nach Angaben der SITE-Gruppe": the monitor by its own name.)
  'site',
  // Emergency services: "a Colombo Fire Brigade unit", "the Bomb Disposal Unit", "Rescue 1122 teams".
  'fire', 'rescue', 'ambulance', 'emergency', 'disposal', 'bomb', 'pompiers', 'bomberos', 'feuerwehr',
];
/** A telephoned or anonymous claim: "a caller said the bombing was the work of ...". */
export const CALLER_WORDS = ['caller', 'callers', 'telephoned', 'phoned', 'telephone', 'anonymous', 'anonymously'];
export const SAID_WORDS = ['said', 'says', 'told', 'announced', 'stated', 'statement', 'posted', 'declared', 'asserted', 'affirmed', 'boasted', 'indique', 'affirme', 'afirmo', 'dijo', 'erklarte', 'قال', 'قالت', 'اعلن', 'اعلنت', 'بيان',
  // "un portavoz ... aseguró que sus combatientes", "a déclaré que ses hommes", "sagte, ihre Kämpfer".
  'aseguro', 'aseguraron', 'declaro', 'declararon', 'anuncio', 'afirmaron', 'dijeron', 'declare', 'annonce', 'assure', 'affirment', 'sagte', 'sagten', 'erklarten', 'teilte', 'behauptete',
  // "el grupo afirma que sus militantes", "وذكرت وكالة أعماق ... أن مقاتلي التنظيم".
  'afirma', 'ذكرت', 'ذكر'];
export const SELF_REFERENCE = ['it', 'its', 'they', 'their', 'we', 'our', 'movement', 'organisation', 'organization', 'il', 'ses', 'son', 'sus', 'su', 'sie', 'ihre', 'seine', 'leur', 'leurs', 'ils',
  // Arabic writes "its forces", "its fighters" as one word: "إن قواتها استهدفت القنصلية".
  'قواتها', 'مقاتليها', 'عناصرها', 'مقاتلوها'];
export const SELF_CLAIM_ACTS = [
  'carried', 'behind', 'sent', 'dispatched', 'fighters', 'fighter', 'members', 'member', 'militants', 'soldiers', 'mujahideen', 'martyrdom', 'operative', 'operatives',
  'targeted', 'attacked', 'launched', 'fired', 'struck', 'bombed', 'conducted', 'responsible', 'staged', 'executed', 'perpetrated',
  'combattants', 'combatientes', 'kampfer', 'عناصره', 'مقاتليه', 'نفذ',
  // "sus militantes colocaron", "des soldats du califat", "قواتها استهدفت", "مقاتلي التنظيم هاجموا".
  'militantes', 'soldats', 'soldados', 'مقاتلي', 'استهدفت', 'استهدفوا', 'هاجمت', 'هاجموا', 'نفذت', 'نفذوا',
];
/** Negations between a self-reference and its act: "said it was not behind". */
export const SELF_CLAIM_NEGATIONS = ['not', 'no', 'nothing', 'never', 'pas', 'nunca', 'nicht', 'لا', 'لم'];
export const DENY_WORDS = ['denied', 'denies', 'deny', 'rejected', 'dementi', 'nie', 'nego', 'negaron', 'bestritt', 'bestritten', 'wies', 'نفي', 'نفت',
  // "Die Hamas distanzierte sich von der Tat": a group distancing itself.
  'distanzierte', 'distanzierten', 'distanziert', 'distanced', 'distances',
  // "The Taliban dismissed the claim".
  'dismissed', 'dismisses'];
/** "No group claimed": a negation before a claim word. */
export const NO_CLAIM_PHRASES = [
  'no group', 'no other group', 'no other groups', 'no organisation', 'no organization', 'no armed group', 'no armed organisation', 'no armed organization', 'no militant group', 'no rebel group',
  // "No gang has claimed the shooting" (Haiti's armed groups are gangs), "aucun gang", "ninguna pandilla".
  'no gang', 'no armed gang', 'aucun gang', 'ninguna pandilla', 'ninguna banda', 'keine bande',
  'aucune organisation', 'ninguna organizacion', 'keine organisation', 'aucun autre groupe', 'ningun otro grupo', 'keine andere gruppe', 'no one', 'nobody', 'no claim', 'not claimed', 'never claimed', 'yet to claim', 'not been claimed', 'unclaimed',
  'no immediate claim', 'has not claimed', 'have not claimed', 'did not claim', 'no responsibility',
  'aucune revendication', 'pas ete revendique', 'pas ete revendiquee', 'pas encore ete revendiquee', 'no ha sido reivindicado', 'no ha sido reivindicada', 'personne', 'aucun groupe', "n'a revendique", 'non revendique',
  // ("No group has come forward to say it carried out the attack".)
  'no group has come forward', 'no group had come forward', 'no one has come forward', 'no one had come forward', 'nobody has come forward',
  // ("Les chefs de la coalition n'ont ni revendiqué ni démenti l'attaque": neither claimed nor denied.)
  'ni revendique ni', 'neither claimed nor', 'ni reivindicado ni', 'ni reivindicaron ni', 'ni reivindico ni', 'weder bekannt noch', 'weder dazu bekannt noch',
  // ("Ningún grupo se ha pronunciado sobre el ataque": no group has spoken for it.)
  'ningun grupo se ha pronunciado', 'ninguna organizacion se ha pronunciado', 'ningun grupo', 'nadie', 'no ha reivindicado', 'no se ha atribuido', 'no habia reivindicado', 'sin reivindicar',
  'niemand', 'keine gruppe', 'bislang nicht', 'nicht bekannt', 'لم تعلن', 'لم يعلن', 'لم تتبن', 'لم يتبن', 'اي جهه',
  'ولم تعلن', 'ولم يعلن', 'ولم تتبن', 'ولم يتبن', 'no organisation', 'no organization', 'no militant group', 'no faction',
  'no immediate claims', 'no party', 'no one has claimed', 'not immediately claimed', 'keine organisation', 'aucune organisation', 'ninguna organizacion',
  // "Ein Bekennerschreiben lag zunächst nicht vor" (counts only next to the claim word), "kein Bekennerschreiben".
  'nicht vor', 'kein bekennerschreiben', 'keine bekennung',
  // Portuguese and Italian: "Nenhum grupo reivindicou", "nessuna rivendicazione".
  'nenhum grupo', 'nenhuma organizacao', 'ninguem', 'nessun gruppo', 'nessuna organizzazione', 'nessuna rivendicazione', 'nessuno', 'alcuna rivendicazione', 'nenhuma reivindicacao',
  // "X ne l'a pas revendiquée", "que por ahora no han reivindicado el ataque", "Ein Bekenntnis gab es zunächst nicht".
  'pas revendique', 'pas revendiquee', 'pas revendiques', 'pas encore revendique', 'pas encore revendiquee', 'pas ete revendiquee', 'no han reivindicado', 'no lo ha reivindicado', 'no lo han reivindicado',
  'niemand bekannt', 'gab es zunachst nicht', 'gibt es bis heute nicht', 'gibt es bislang nicht', 'gibt es noch nicht', 'gibt es nicht', 'gab es nicht', 'gab es bis heute nicht',
  // A group that praised the attack "but did not claim it", in four languages: "pero no lo reivindicó", "sans la revendiquer",
  // "bekannte sich aber nicht dazu", "دون أن يتبناه".
  'no lo reivindico', 'no la reivindico', 'no lo reivindicaron', 'sans la revendiquer', 'sans le revendiquer', 'sans toutefois la revendiquer', 'sans toutefois le revendiquer',
  'bekannte sich aber nicht', 'bekannten sich aber nicht', 'bekannte sich jedoch nicht', 'bekannte sich nicht', 'bekannten sich nicht',
  'دون ان يتبناه', 'دون ان تتبناه', 'دون ان يتبناها', 'دون ان تتبناها', 'gab es bislang nicht', 'gibt es bislang nicht', 'gibt es bisher nicht', 'gab es bisher nicht', 'gibt es noch nicht', 'gab es noch nicht',
  // Russian and Turkish: "никто не взял на себя ответственность", "saldırıyı henüz üstlenen olmadı", "kimse üstlenmedi".
  // ("Ни одна группировка ответственность за нападение на себя не взяла": the negated verb after its object.)
  'никто не', 'пока никто не', 'на себ не взял', 'не взял на себ', 'ни одна группировк', 'ни одна организац', 'ustlenen olmadı', 'ustlenen cıkmadı', 'ustlenmedi', 'kimse ustlenmedi', 'ustlenen bir grup olmadı'
];

/** Casualty words. */
export const KILLED_WORDS = [
  // ("The attack resulted in the death of Mr. X": the object counts, see loneVictims.)
  'death of', 'deaths of', 'la mort de', 'la muerte de',
  'killed', 'killing', 'dead', 'died', 'to death', 'martyred', 'bodies', 'succumbed', 'perished', 'erlag', 'erlagen', 'erlegen', 'lost his life', 'lost her life', 'claimed the lives', 'claiming the lives', 'left dead', 'deaths', 'death toll', 'lives', 'fatalities', 'lost their lives', 'kills', 'kill',
  'tues', 'tue', 'tuees', 'tuant', 'morts', 'mort', 'deces', 'coute la vie', 'la vie', 'victimes', 'muertos', 'muertas',
  'murieron', 'muerto', 'murio', 'fallecio', 'fallecida', 'fallecido', 'fallecidos', 'fallecieron', 'falleciera', 'muriera', 'fallecieran', 'murieran', 'matando', 'mato', 'mataron', 'muerte', 'victimas mortales', 'getotet',
  'getoetet', 'erschossen', 'ermordet', 'ermordete', 'tote', 'toten', 'starben', 'ums leben', 'todesopfer', 'قتيل', 'قتلي', 'مقتل', 'قتل', 'قتلت', 'يقتل', 'قتيلين', 'قتيلا', 'قتلوا', 'حتفهم', 'وفاه',
  // "استشهاد أحد أفراد الدورية": a member of the security forces "martyred", the usual Arabic word for a killed officer.
  'استشهاد', 'استشهد', 'استشهدت', 'شهيد', 'شهيدا', 'شهداء',
  'muere', 'mueren',
  // Portuguese and Italian: "Ninguém morreu", "due morti", "è stato ucciso".
  'morto', 'mortos', 'morta', 'mortas', 'morreu', 'morreram', 'matou', 'mataram', 'morti', 'ucciso', 'uccisi', 'uccisa', 'uccise', 'deceduto', 'deceduta',
  // ("il bilancio è salito a quattro vittime", "ha perso la vita un passante", "perdeu a vida", "vítimas mortais".)
  'vittime', 'perso la vita', 'perse la vita', 'deceduti', 'perdeu a vida', 'perderam a vida', 'vitimas mortais',
  // Russian and Turkish: "погиб сотрудник полиции", "двое погибших", "hayatını kaybetti", "öldürüldü".
  'погиб', 'погибл', 'погибш', 'убит', 'убил', 'скончалс', 'жертв', 'hayatını kaybet*', 'oldurul*', 'sehit*', 'can kaybı',
  // South Asian wording of a toll: "raising the number of martyrs to three" (not "Martyrs' Square", a place).
  'number of martyrs',
  // A victim who later died: "a succombé à ses blessures", "وتوفي أحد الجرحى متأثرا بجروحه" (one of the wounded died).
  'succombe', 'succombes', 'succombee', 'توفي', 'توفيت', 'قتيلان',
  // "ein Toter und drei Verletzte" (one dead), "ont péri", "perecieron", "perdieron la vida": the other languages' died.
  'toter', 'peri', 'perirent', 'perecieron', 'perecio', 'perdieron la vida', 'perdio la vida', 'costo la vida', 'costaron la vida', 'cobro la vida', 'kostete das leben',
  // Bodies counted by a hospital ("استقباله 15 جريحا وجثتين": two bodies), "أودى بحياة ثلاثة" (claimed the lives of
  // three), "لقي حارس حتفه" (a guard met his death), "توفيا" (the two died).
  'جثتين', 'جثتان', 'جثث', 'بحياه', 'حتفه', 'حتفهما', 'توفيا', 'مصرعه', 'مصرعهم', 'مصرعهما',
];
export const WOUNDED_WORDS = [
  // "sufrió quemaduras de segundo grado": burns are injuries.
  'quemaduras', 'brulures', 'verbrennungen', 'burn injuries', 'burns',
  // "A security guard was treated at the scene for smoke inhalation": care on the spot is an injury.
  'treated at the scene', 'treated on the scene', 'treated on site', 'treated for smoke inhalation', 'treated for injuries', 'suffered smoke inhalation', 'soigne sur place', 'atendido en el lugar', 'vor ort behandelt',
  // ("Drei weitere Menschen würden noch behandelt", "three others are still being treated": still in care.)
  'still being treated', 'noch behandelt', 'im krankenhaus behandelt', 'encore soignes', 'toujours soignes',
  'wounded', 'injured', 'hurt', 'injuring', 'wounding', 'injuries', 'wounds', 'hospitalised', 'hospitalized', 'taken to hospital', 'treated in hospital', 'remain in hospital', 'remained in hospital', 'still in hospital', 'remain hospitalised', 'remain hospitalized', 'needed treatment', 'injury', 'blesses', 'blessees', 'blesse', 'blessee',
  'blessant', 'heridos', 'heridas', 'herido', 'herida', 'hiriendo', 'hirio', 'hirieron', 'lesionados', 'lesionada', 'lesionado', 'verletzt', 'verletzte', 'verletzten',
  'verwundet', 'verwundete', 'جرحي', 'جريح', 'جرح', 'جرحت', 'جريحا', 'جريحين', 'اصابه', 'اصابات', 'مصاب', 'مصابين', 'مصابان', 'اصيب', 'اصيبوا',
  'remains in hospital', 'remains hospitalised', 'remains hospitalized', 'verletzungen', 'lesionadas', 'gunshot wound', 'stab wound', 'shrapnel wound', 'head wound', 'graze wound', 'flesh wound', 'grazed', 'hiere', 'hieren', 'hospitalizado', 'hospitalizada',
  'hospitalizados', 'hospitalizadas', 'hospitalise', 'hospitalisee', 'hospitalises', 'hospitalisees',
  // German compounds of severity: "sieben Schwerverletzte", "dazu elf Leichtverletzte".
  'schwerverletzte', 'schwerverletzten', 'schwerverletzter', 'leichtverletzte', 'leichtverletzten', 'leichtverletzter',
  // Portuguese and Italian: "o motorista ficou ferido", "due feriti", "ricoverato in ospedale".
  'angeschossen', 'ferido', 'feridos', 'ferida', 'feridas', 'feriu', 'ferindo', 'internado', 'internada', 'ferito', 'feriti', 'ferita', 'ferite', 'ferendo', 'ricoverato', 'ricoverata', 'ricoverati',
  // Russian and Turkish: "получили ранения", "пострадали", "hafif yaralandı", "yaralılar".
  'ранен', 'ранил', 'пострадал', 'пострадавш', 'госпитализирован', 'yarala*', 'yaralı*',
  // Smoke is an injury ("intoxiqués par la fumée", "eine Rauchgasvergiftung", "inhalación de humo"), shock is not.
  'smoke inhalation', 'intoxiques', 'intoxiquees', 'intoxique', 'intoxiquee', 'rauchgasvergiftung', 'rauchvergiftung', 'inhalacion de humo',
  // Taken to hospital, as the only word of the wounded: "took six people to hospital", "trasladadas al hospital",
  // "kamen ins Krankenhaus", "نقل ثلاثة أشخاص إلى المستشفى".
  'to hospital', 'to the hospital', 'al hospital', 'ins krankenhaus', 'in ein krankenhaus', 'الي المستشفي', 'للمستشفي',
  // "suffered cuts from flying glass"; the Arabic dual "جريحان" (two wounded).
  'suffered cuts', 'sustained cuts', 'light cuts', 'minor cuts', 'cuts and bruises', 'جريحان',
  // Still being treated: "Fourteen people remain under treatment", "siguen recibiendo atención médica".
  // "légèrement touchés" (lightly hit): hit, with a severity, is a wound (not "deux bâtiments ont été touchés").
  'legerement touche', 'legerement touches', 'legerement touchee', 'legerement touchees', 'grievement touche', 'grievement touches', 'grievement touchee', 'grievement touchees',
  // The Arabic dual verb, its subject before it: "وكان حارسان قد أصيبا بجروح" (two guards had been wounded).
  'اصيبا',
  'under treatment', 'remain under treatment', 'receiving treatment', 'still being treated', 'being treated', 'en cours de soins', 'reciben atencion medica', 'siguen recibiendo atencion', 'werden behandelt', 'in behandlung', 'يتلقون العلاج', 'يتلقى العلاج',
  // A bullet or blade in a body part: "was hit in the leg", "shot in the arm", "stabbed in the neck and shoulder".
  ...['hit', 'shot', 'struck', 'stabbed'].flatMap((v) => ['leg', 'legs', 'arm', 'arms', 'chest', 'shoulder', 'stomach', 'abdomen', 'back', 'hand', 'foot', 'neck', 'thigh', 'face', 'head'].map((part) => `${v} in the ${part}`)),
  // The same in the other languages: "wurde am Bein getroffen", "touché à la jambe", "herido en la pierna".
  ...['bein', 'arm', 'kopf', 'oberschenkel', 'hals', 'rucken', 'bauch', 'fuss', 'brustkorb'].flatMap((part) => [`am ${part} getroffen`, `am ${part} verletzt`]),
  ...['an der schulter', 'an der hand', 'in die brust', 'in den bauch', 'ins bein'].flatMap((part) => [`${part} getroffen`, `${part} geschossen`]),
  ...['touche', 'touchee', 'blesse', 'blessee', 'atteint', 'atteinte'].flatMap((v) => ['a la jambe', 'au bras', 'a l epaule', 'a la tete', 'au thorax', 'a la main', 'au ventre'].map((part) => `${v} ${part}`)),
  ...['alcanzado', 'alcanzada', 'herido', 'herida'].flatMap((v) => ['en la pierna', 'en el brazo', 'en el hombro', 'en la cabeza', 'en el pecho', 'en la mano', 'en el abdomen'].map((part) => `${v} ${part}`)),
  // People beaten (the passive only: "armed men assaulted the compound" hurts nobody): "Three of our staff were
  // assaulted", "ont été passés à tabac", "fueron golpeados", "wurden verprügelt", "تعرضوا للضرب".
  'were assaulted', 'was assaulted', 'were beaten', 'was beaten', 'beaten up', 'roughed up', 'passes a tabac', 'passe a tabac', 'ont ete frappes', 'a ete frappe',
  'fueron golpeados', 'fue golpeado', 'fue golpeada', 'fueron agredidos', 'fue agredido', 'wurden verprugelt', 'wurde verprugelt', 'wurden geschlagen', 'تعرضوا للضرب', 'تعرض للضرب',
];
/** Nouns for attackers: casualties among them are not victims. */
/** Guards, police and soldiers: their fire is defence, and a victim after their fire is an attacker. */
export const DEFENDER_WORDS = [
  'guard', 'guards', 'officer', 'officers', 'police', 'policeman', 'policemen', 'enforcers', 'soldier', 'soldiers', 'troops', 'marines', 'forces', 'gendarme', 'gendarmes',
  // "Two colleagues opened fire", "shot dead by other members of the security detail": the guard's side.
  'colleagues', 'colleague', 'security', 'detail', 'collegues', 'companeros', 'kollegen',
  'guarda', 'guardas', 'policial', 'policiais', 'guardie', 'vigilante', 'agenti', 'carabinieri', 'poliziotti', 'poliziotto', 'militari',
  'garde', 'gardes', 'policier', 'policiers', 'soldats', 'militaires', 'guardia', 'guardias', 'policia', 'policias', 'soldados', 'agentes',
  'wachmann', 'wachleute', 'polizei', 'polizist', 'polizisten', 'soldaten', 'sicherheitskrafte', 'sicherheitskraften', 'spezialkrafte', 'spezialkraften', 'einsatzkrafte', 'einsatzkraften', 'حارس', 'حراس', 'شرطه', 'قوات',
];
/** Hospitals and clinics: where victims are taken, not a target; a number before one is its name ("37 Military Hospital"). */
export const HOSPITAL_WORDS = ['ospedale', 'hospital', 'hopital', 'clinic', 'clinique', 'clinica', 'krankenhaus', 'klinik', 'مستشفي'];
export const ATTACKER_WORDS = [
  'attacker', 'attackers', 'gunman', 'gunmen', 'bomber', 'bombers', 'assailant', 'assailants', 'militant', 'militants', 'rebels', 'rebel',
  'jihadists', 'jihadist', 'extremists', 'militiamen', 'insurgent', 'terrorists', 'terrorist', 'suicide bomber',
  'insurgents', 'fighters', 'perpetrators', 'perpetrator', 'suspect', 'suspects', 'kamikaze', 'assaillants', 'assaillant', 'terroristes',
  // "un commando armé", "un comando armado": an armed unit.
  'commando arme', 'comando armado', 'bewaffnetes kommando',
  // German "die Täter": the perpetrators.
  'tater', 'taeter',
  'agressor', 'agressores', 'aggressore', 'aggressori', 'assalitore', 'assalitori', 'attentatore', 'attentatori', 'terroristi',
  'atacantes', 'agresores', 'atacante', 'agresor', 'asaltantes', 'asaltante', 'مهاجمون', 'المهاجمون', 'terroristas', 'angreifer', 'attentater', 'attentaeter', 'terroristen', 'مهاجمين', 'مهاجم', 'المهاجمين', 'منفذ', 'منفذي',
  // Russian stems: "троих нападавших", "двух боевиков", "террористы", "злоумышленник".
  'нападавш', 'боевик', 'террорист', 'злоумышленник',
];
/** "No casualties" and the like. */
/** "no one had been killed", "nobody has died", "no one had been hurt": the perfect tenses of the fixed phrases below. */
/** Spanish "caused", "left", "provoked", past and perfect: "no causó heridos", "no ha dejado víctimas". */
const SPANISH_CAUSED = ['causo', 'ha causado', 'dejo', 'ha dejado', 'provoco', 'ha provocado'];
const NOBODY_PERFECT = (verbs: string[]): string[] =>
  ['no one', 'nobody'].flatMap((who) => ['had been', 'has been', 'have been', 'had', 'has'].flatMap((aux) => verbs.map((v) => `${who} ${aux} ${v}`)));
/** Arabic writes "and" as a prefix: "ولم يسفر" is "and did not cause". */
const withArabicAnd = (phrases: string[]): string[] => phrases.flatMap((p) => (p.startsWith('لم ') ? [p, 'و' + p] : [p]));
export const NO_CASUALTY_PHRASES: Record<'both' | 'killed' | 'wounded', string[]> = {
  both: withArabicAnd([
    'no casualties', 'no immediate reports of casualties', 'no reports of casualties', 'no immediate casualties',
    'without casualties', 'caused no casualties', 'no reported casualties', 'no casualties were reported', 'no casualties reported',
    'not cause any casualties', 'not cause casualties', 'not result in any casualties', 'not result in casualties', 'without causing casualties',
    'without causing any casualties', 'no one was killed or injured', 'no one was killed or wounded', 'nobody was killed or injured', 'no one was hurt or killed',
    'no reported injuries', 'no injuries were reported', 'no casualties or damage', 'no victims', 'no one was hurt', 'nobody was hurt', 'no one was harmed',
    'no injuries or deaths', 'no other casualties', 'no further casualties', 'no other victims', 'pas fait d autre victime', 'pas fait d autres victimes', 'aucune autre victime', 'sin otras victimas', 'ninguna otra victima', 'keine weiteren opfer', 'weitere opfer gab es nicht', 'andere opfer gab es nicht', 'no hubo mas victimas', 'no hubo otras victimas', 'sans faire de victimes', 'pas de victimes', 'aucune victime', 'sin causar victimas',
    'no hubo victimas', 'sin victimas', 'weder tote noch verletzte', 'keine opfer', 'keine verletzten oder toten',
    // Portuguese and Italian: "sem vítimas", "nessuna vittima".
    'sem vitimas', 'nao houve vitimas', 'nao fez vitimas', 'nessuna vittima', 'senza vittime', 'non ci sono vittime', 'nessun ferito ne morto',
    // Russian and Turkish: "Пострадавших нет", "обошлось без жертв", "ölen ya da yaralanan olmadı".
    'пострадавш нет', 'никто не пострадал', 'обошлос без жертв', 'без жертв', 'olen ya da yaralanan olmadı', 'olen veya yaralanan olmadı', 'olu ya da yaralı yok',
    'من دون اصابات', 'دون اصابات', 'خسائر بشريه', 'دون وقوع اصابات',
    'no one was injured or killed', 'nobody was injured or killed', 'no one was hurt or injured', 'there were no injuries or deaths', 'no dead or injured',
    'ni mort ni blesse', 'ni morts ni blesses', 'sans faire de victime', 'pas fait de victimes', 'pas fait de victime', 'ni muertos ni heridos',
    // "no ha causado víctimas", "no provocó víctimas": the Spanish verbs of causing, past and perfect.
    ...SPANISH_CAUSED.map((v) => `no ${v} victimas`),
    'no se registraron victimas', 'keine todesopfer oder verletzten', 'niemand wurde verletzt oder getotet',
    'دون سقوط ضحايا', 'لم يسفر عن سقوط ضحايا', 'لم تسفر عن سقوط ضحايا', 'لم يسفر عن وقوع ضحايا', 'لم تسفر عن وقوع ضحايا', 'لا ضحايا',
    ...['الانفجار', 'الهجوم', 'التفجير', 'الحادث', 'القصف'].flatMap((what) => [`لم يسفر ${what} عن سقوط ضحايا`, `لم يسفر ${what} عن وقوع اصابات`, `لم يسفر ${what} عن اصابات`]),
    'دون ان تسفر عن اصابات', 'دون ان يسفر عن اصابات', 'من دون ان تسفر عن اصابات',
    // "من دون أن يسفر الهجوم عن وقوع إصابات بشرية" (without the attack causing casualties), the subject inside.
    ...['', 'الانفجار ', 'الهجوم ', 'التفجير ', 'الحادث ', 'القصف '].flatMap((what) => [`دون ان يسفر ${what}عن وقوع اصابات`, `دون ان تسفر ${what}عن وقوع اصابات`, `دون ان يسفر ${what}عن وقوع اي اصابات`]),
    // "دون أن تسفر عن أي إصابات بشرية" (without causing any human casualties).
    'دون ان تسفر عن اي اصابات', 'دون ان يسفر عن اي اصابات', 'من دون ان تسفر عن اي اصابات', 'دون اي اصابات', 'دون وقوع اي اصابات',
    // "لم يخلّف أي إصابات بشرية" (left no human casualties).
    ...['', 'الانفجار ', 'الهجوم ', 'الحادث ', 'التفجير '].flatMap((what) => [`لم يخلف ${what}اي اصابات`, `لم يخلف ${what}اصابات`, `لم يخلف ${what}اي ضحايا`, `لم يخلف ${what}ضحايا`]),
    'لم تخلف اي اصابات', 'لم تخلف اصابات',
    'kamen nicht zu schaden', 'kam nicht zu schaden', 'niemand kam zu schaden', 'kam niemand zu schaden', 'niemand zu schaden',
    ...NOBODY_PERFECT(['harmed']),
  ]),
  killed: withArabicAnd([
    'no one was killed', 'nobody was killed', 'no deaths', 'no reports of deaths', 'no reports of any deaths', 'no fatalities', 'no one died', 'no victimas mortales',
    'no hubo victimas mortales', 'aucun mort', 'aucun deces', 'pas de deces', 'keine toten', 'دون سقوط قتلي', 'دون وقوع قتلي', 'من دون وقوع قتلي', 'دون قتلي', 'من دون سقوط قتلي', 'لم يسفر عن قتلي',
    'no one killed', 'nobody killed', 'without killing anyone', 'pas de morts', 'aucun tue', 'no hubo muertos', 'sin muertos', ...SPANISH_CAUSED.map((v) => `no ${v} muertos`),
    // Portuguese and Italian: "Ninguém morreu", "Não houve mortos", "Nessuno è morto".
    'ninguem morreu', 'nao houve mortos', 'sem mortos', 'nenhum morto', 'nao ha mortos', 'nao ha vitimas mortais', 'nao houve vitimas mortais', 'sem vitimas mortais', 'nenhuma vitima mortal', 'nessuno e morto', 'nessun morto', 'non ci sono morti', 'nessuna vittima mortale',
    'погибш нет', 'жертв нет', 'никто не погиб', 'can kaybı yasanma*', 'can kaybı olmadı', 'olen olmadı',
    'niemand wurde getotet', 'getotet wurde niemand', 'keine todesopfer', 'لم يقتل احد', 'لا قتلي',
    ...['', 'الهجوم ', 'الانفجار ', 'الهجومان ', 'التفجير '].flatMap((what) => [`لم يسفر ${what}عن سقوط قتلي`, `لم تسفر ${what}عن سقوط قتلي`,
      // ("من دون أن يسفر الهجوم عن سقوط قتلى": without the attack causing deaths.)
      `دون ان يسفر ${what}عن سقوط قتلي`, `دون ان تسفر ${what}عن سقوط قتلي`, `دون ان يسفر ${what}عن قتلي`]),
    'no se registraron fallecidos', 'no hubo fallecidos', 'sin fallecidos', 'ningun fallecido', 'no se reportaron fallecidos', 'no se registraron muertes', 'no hubo muertes',
    'killed no one', 'killing no one', 'killed nobody', 'killing nobody', 'no se registraron muertos', 'no se registraron victimas mortales', 'no se produjeron muertos', 'aucun mort n a ete', 'il n y a pas eu de morts',
    'no loss of life', 'no life was lost', 'no lives were lost', 'without loss of life', 'without any loss of life', 'aucune perte en vie humaine',
    'aucune perte humaine', 'pas de perte humaine', 'pas de pertes humaines', 'sin perdidas humanas', 'no hubo perdidas humanas', 'sin perdida de vidas',
    'keine menschenleben', 'دون خسائر في الارواح', 'لا خسائر في الارواح',
    // "دون تسجيل أي خسائر في الأرواح" (without any loss of life recorded).
    'دون تسجيل اي خسائر في الارواح', 'دون تسجيل خسائر في الارواح', 'دون اي خسائر في الارواح', 'لم تسجل اي خسائر في الارواح', 'لم تسجل خسائر في الارواح',
    // "ولم تُسجَّل أي وفيات" (and no deaths were recorded).
    'لم تسجل اي وفيات', 'لم تسجل وفيات', 'لا وفيات', 'دون وقوع وفيات', 'دون وفيات', 'لم يسجل سقوط قتلي', 'لم تسجل اي حالات وفاه',
    // "دون تسجيل أي حالة وفاة" (without any death recorded).
    'دون تسجيل اي حاله وفاه', 'دون تسجيل حاله وفاه', 'دون تسجيل اي وفيات', 'دون تسجيل وفيات',
    ...NOBODY_PERFECT(['killed', 'died']),
  ]),
  wounded: withArabicAnd([
    'no one was injured', 'nobody was injured', 'no injuries', 'no one was wounded', 'aucun blesse', 'sin heridos', 'keine verletzten',
    'no one injured', 'nobody injured', 'nobody hurt', 'no one hurt', 'without injuring anyone', 'caused no injuries', 'there were no injuries',
    // Portuguese and Italian: "Não houve feridos", "nessun ferito".
    'nao houve feridos', 'sem feridos', 'nenhum ferido', 'nessun ferito', 'non ci sono feriti', 'nessuno e rimasto ferito', 'nessuno e stato ferito',
    'ранен нет', 'никто не ранен', 'yaralanan olmadı', 'yaralanan yok', 'kimse yaralanmadı',
    'pas de blesses', 'sans faire de blesses', 'aucun blesse grave', 'no hubo heridos', 'no se registraron heridos', 'sin causar heridos',
    // "La explosión no ha causado heridos", "no dejó heridos".
    ...SPANISH_CAUSED.flatMap((v) => [`no ${v} heridos`, `no ${v} lesionados`]),
    'no hubo lesionados', 'sin lesionados', 'no se registraron lesionados', 'no se reportaron lesionados', 'no se reportaron heridos',
    'niemand wurde verletzt', 'niemand verletzt', 'verletzt wurde niemand', 'wurde niemand verletzt', 'ohne verletzte', 'لم تقع اصابات', 'لم يسفر عن اصابات',
    'لم تسفر عن اصابات', 'لم يصب احد', 'لا اصابات', 'لم ترد انباء عن اصابات',
    'لم يصب اي من', 'لم يصب اي',
    // "There were no reports of injuries": the wire's form of "no injuries were reported".
    'no reports of injuries', 'no reports of any injuries', 'no immediate reports of injuries', 'no reports of anyone injured', 'no reports of anyone hurt', 'no reports of wounded',
    'injured no one', 'injuring no one', 'wounded no one', 'wounding no one', 'hurt no one', 'hurting no one', 'injured nobody', 'injuring nobody', 'il n y a pas eu de blesses', 'no se produjeron heridos', 'لم يصب باذي',
    ...NOBODY_PERFECT(['injured', 'wounded', 'hurt']),
  ]),
};

/** A look-up table with no prototype: "constructor" or "toString" in a text is no weekday or number. */
const wordTable = (entries: Record<string, number>): Record<string, number> => Object.assign(Object.create(null) as Record<string, number>, entries);

/** "einundzwanzig", "zweiundvierzig": the German compounds of 21-99, built once. */
function germanCompounds(): Record<string, number> {
  const units: [string, number][] = [['ein', 1], ['zwei', 2], ['drei', 3], ['vier', 4], ['funf', 5], ['sechs', 6], ['sieben', 7], ['acht', 8], ['neun', 9]];
  const tens: [string, number][] = [['zwanzig', 20], ['dreissig', 30], ['dreißig', 30], ['vierzig', 40], ['funfzig', 50], ['sechzig', 60], ['siebzig', 70], ['achtzig', 80], ['neunzig', 90]];
  const out: Record<string, number> = {};
  for (const [u, uv] of units) for (const [t, tv] of tens) out[`${u}und${t}`] = tv + uv;
  return out;
}
export const NUMBER_WORDS: Record<string, number> = wordTable({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12, a: 1, an: 1,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100, dizaine: 10, vingtaine: 20, douzaine: 12,
  uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12,
  trece: 13, catorce: 14, quince: 15, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50,
  sesenta: 60, setenta: 70, ochenta: 80, noventa: 90, cien: 100, docena: 12, decena: 10, veintena: 20,
  ein: 1, eine: 1, einer: 1, einen: 1, zwei: 2, drei: 3, vier: 4, funf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
  elf: 11, zwolf: 12, dreizehn: 13, vierzehn: 14, funfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19, zwanzig: 20,
  sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90, dreissig: 30, dreißig: 30, vierzig: 40, funfzig: 50, hundert: 100, dutzend: 12,
  // Spanish writes 21-29 as one word: "Veintidós personas resultaron heridas".
  // Portuguese and Italian ("um" is German's "at", "sei" its "be": left out).
  uma: 1, dois: 2, duas: 2, quatro: 4, sete: 7, oito: 8, nove: 9, dez: 10, treze: 13, vinte: 20, trinta: 30, dezena: 10,
  due: 2, tre: 3, quattro: 4, cinque: 5, sette: 7, otto: 8, dieci: 10, undici: 11, dodici: 12, venti: 20, trenta: 30, decina: 10,
  // Russian (the cases that count people) and Turkish ("bir" is also "a", "on" English: left out).
  один: 1, одна: 1, одного: 1, два: 2, две: 2, двух: 2, двое: 2, три: 3, трех: 3, трое: 3, четыре: 4, четырех: 4, четверо: 4, пять: 5, пяти: 5, пятеро: 5,
  // (Collective numerals in the genitive and accusative: "включая троих нападавших", "двоих охранников".)
  двоих: 2, троих: 3, четверых: 4, пятерых: 5, шестерых: 6, семерых: 7,
  шесть: 6, шести: 6, семь: 7, семи: 7, восемь: 8, восьми: 8, девять: 9, девяти: 9, десять: 10, десяти: 10, двенадцать: 12, десятки: 20,
  iki: 2, uc: 3, dort: 4, bes: 5, yedi: 7, sekiz: 8, dokuz: 9,
  veintiuno: 21, veintiun: 21, veintiuna: 21, veintidos: 22, veintitres: 23, veinticuatro: 24, veinticinco: 25, veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29,
  // German writes the unit before the tens in one word: "Einundzwanzig Menschen wurden verletzt" (21).
  ...germanCompounds(),
  // "اثنا عشر" (twelve): the first word of the teen.
  اثنا: 2, اثني: 2,
  واحد: 1, واحدا: 1, اثنان: 2, اثنين: 2, ثلاثه: 3, ثلاث: 3, اربعه: 4, اربع: 4, خمسه: 5, خمس: 5, سته: 6, ست: 6, سبعه: 7,
  سبع: 7, ثمانيه: 8, ثماني: 8, تسعه: 9, تسع: 9, عشره: 10, عشر: 10, عشرين: 20, عشرون: 20, ثلاثين: 30, اربعين: 40, خمسين: 50, مئه: 100,
});
/** Vague plurals, by the convention documented in README-style comment in casualties.ts. */
export const VAGUE_NUMBERS: Record<string, number> = wordTable({
  dozens: 24, 'dizaines': 20, decenas: 20, dutzende: 24, عشرات: 20, scores: 40, hundreds: 200, centaines: 200, cientos: 200, hunderte: 200,
});
/** Arabic dual nouns: the number is in the word. */
// (Also two bodies, "جثتين", and the dual verbs "أصيبا" (the two were wounded), "توفيا" (the two died).)
export const ARABIC_DUALS: Record<string, 'killed' | 'wounded'> = { قتيلين: 'killed', قتيلان: 'killed', جريحين: 'wounded', جريحان: 'wounded', جثتين: 'killed', جثتان: 'killed', اصيبا: 'wounded', توفيا: 'killed', مصابان: 'wounded' };

export const MONTHS: Record<string, number> = wordTable({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  janeiro: 1, fevereiro: 2, maio: 5, junho: 6, julho: 7, setembro: 9, outubro: 10, novembro: 11, dezembro: 12,
  gennaio: 1, febbraio: 2, aprile: 4, maggio: 5, giugno: 6, luglio: 7, settembre: 9, ottobre: 10, dicembre: 12,
  январь: 1, января: 1, февраль: 2, февраля: 2, март: 3, марта: 3, апрель: 4, апреля: 4, мая: 5, июнь: 6, июня: 6, июль: 7, июля: 7, август: 8, августа: 8,
  сентябрь: 9, сентября: 9, октябрь: 10, октября: 10, ноябрь: 11, ноября: 11, декабрь: 12, декабря: 12,
  ocak: 1, subat: 2, nisan: 4, mayıs: 5, haziran: 6, temmuz: 7, agustos: 8, eylul: 9, ekim: 10, kasım: 11, aralık: 12,
  januar: 1, februar: 2, marz: 3, juni: 6, juli: 7, oktober: 10, dezember: 12,
  يناير: 1, فبراير: 2, مارس: 3, ابريل: 4, مايو: 5, يونيو: 6, يوليو: 7, اغسطس: 8, سبتمبر: 9, اكتوبر: 10, نوفمبر: 11, ديسمبر: 12,
  'كانون الثاني': 1, شباط: 2, اذار: 3, نيسان: 4, ايار: 5, حزيران: 6, تموز: 7, اب: 8, ايلول: 9, 'تشرين الاول': 10, 'تشرين الثاني': 11, 'كانون الاول': 12,
});
/** Weekdays, 0 = Sunday. German compounds ("Mittwochmorgen") match by stem. */
export const WEEKDAYS: Record<string, number> = wordTable({
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
  'segunda-feira': 1, 'terca-feira': 2, 'quarta-feira': 3, 'quinta-feira': 4, 'sexta-feira': 5,
  domenica: 0, lunedi: 1, martedi: 2, mercoledi: 3, giovedi: 4, venerdi: 5, sabato: 6,
  'воскресень*': 0, 'понедельник*': 1, 'вторник*': 2, среда: 3, среду: 3, среды: 3, 'четверг*': 4, 'пятниц*': 5, 'суббот*': 6,
  pazar: 0, 'pazartesi*': 1, 'salı*': 2, 'carsamba*': 3, 'persembe*': 4, cuma: 5, 'cumartesi*': 6,
  domingo: 0, lunes: 1, martes: 2, miercoles: 3, jueves: 4, viernes: 5, sabado: 6,
  'sonntag*': 0, 'montag*': 1, 'dienstag*': 2, 'mittwoch*': 3, 'donnerstag*': 4, 'freitag*': 5, 'samstag*': 6, 'sonnabend*': 6,
  احد: 0, اثنين: 1, ثلاثاء: 2, اربعاء: 3, خميس: 4, جمعه: 5, سبت: 6,
});
/** A past time that names no day: an attack told only this way has no knowable date. */
export const VAGUE_PAST = [
  'last week', 'earlier this week', 'earlier this month', 'last month', 'recently', 'in recent days', 'at the weekend', 'over the weekend', 'last weekend', 'am wochenende', 'ce week-end', 'le week-end dernier', 'el fin de semana', 'la semaine derniere', 'la semaine passee',
  'plus tot ce mois', 'recemment', 'la semana pasada', 'a principios de mes', 'recientemente', 'letzte woche', 'vergangene woche', 'kurzlich',
  'الاسبوع الماضي', 'مؤخرا',
  // "Several rockets struck the compound this week": a week, no day.
  'this week', 'cette semaine', 'esta semana', 'diese woche', 'in dieser woche', 'هذا الاسبوع', 'خلال الاسبوع',
];
export const RELATIVE_DAYS: Record<string, number> = wordTable({
  today: 0, tonight: 0, 'this morning': 0, 'this afternoon': 0, 'this evening': 0, yesterday: -1, 'last night': -1, 'last evening': -1, overnight: 0,
  "aujourd'hui": 0, 'ce matin': 0, 'cet apres-midi': 0, 'ce soir': 0, hier: -1, 'hier soir': -1, 'cette nuit': 0, hoy: 0, 'esta manana': 0, 'esta tarde': 0, 'esta noche': 0, ayer: -1, anoche: -1,
  heute: 0, 'heute morgen': 0, 'heute nachmittag': 0, 'heute abend': 0, gestern: -1, 'gestern abend': -1, 'in der nacht': 0, اليوم: 0, امس: -1, 'الليله الماضيه': -1,
  // The day before yesterday, said in one word ("avant-hier", "anteayer", "vorgestern", "أول أمس"); longer than
  // "hier"/"ayer"/"امس", so the phrase index prefers it. (English "the day before yesterday": dayBeforeRef.)
  hoje: 0, ontem: -1, 'ontem a noite': -1, anteontem: -2, oggi: 0, stamattina: 0, stanotte: 0, ieri: -1, 'ieri sera': -1, 'l altro ieri': -2,
  сегодня: 0, вчера: -1, позавчера: -2, 'этои ночью': 0, 'прошлои ночью': -1, bugun: 0, dun: -1, 'dun gece': -1, 'dun aksam': -1, 'bu sabah': 0, 'bu gece': 0,
  'avant-hier': -2, anteayer: -2, antier: -2, 'antes de ayer': -2, 'antes de anoche': -2, vorgestern: -2, 'اول امس': -2, 'اول من امس': -2,
});
