// Word lists that more than one step of the classifier reads; the others live beside the one step
// that reads them, and the dictionary's phrases in lexicon.ts.
import * as L from './lexicon.js';
import { type Tag, uniformTag } from './marks.js';

// ("l'ambassade du Soudan dans la capitale tchadienne": French "dans" places a mission as "in" does.)
// (Russian "в Кабуле", "во Франции".)
export const PREP_IN = ['in', 'at', 'a', 'en', 'im', 'dans', 'em', 'في', 'ب', 'в', 'во'];
// (Turkish genitive suffixes after an apostrophe: "Danimarka'nın İstanbul Başkonsolosluğu", Denmark's.)
export const SKIP_BEFORE = new Set(['s', 'nın', 'nin', 'nun', 'the', 'its', 'their', 'his', 'her', 'top', 'senior', 'main', 'deputy', 'assistant', 'former', 'new', 'a', 'an', 'l', 'la', 'le', 'el', 'die', 'der', 'den', 'dem', 'des']);
export const SKIP_AFTER = new Set(['of', 'de', 'd', 'del', 'des', 'du', 'von', 'der', 'do', 'da', 'dos', 'das', 'di', 'dell', 'della', 'the', 'la', 'l', 'le', 'el', 'los', 'general', 'generale', 'general', 's', 'لدى']);
export const NOT = new Set(['not', 'never', 'pas', 'nicht', 'no', 'nunca', 'jamais', 'niemals', 'لم', 'لا']);
/** "no", "aucun", "ningún", "kein": a determiner that denies its noun. */
export const NO_DETERMINERS = ['no', 'aucun', 'aucune', 'ningun', 'ninguna', 'kein', 'keine'];
export const NO_CUE = new Set([...NO_DETERMINERS, 'keinen', 'keinem']);
export const CONTRAST = new Set(['but', 'however', 'mais', 'cependant', 'pero', 'aber', 'jedoch', 'لكن', 'ولكن', 'غير']);
export const MISSION_NOUNS = new Set(['mission', 'premises', 'building', 'compound', 'chancery', 'batiment', 'enceinte', 'edificio', 'sede', 'recinto', 'gebaude', 'gelande', 'المبني', 'مبني']);
export const AFTER = new Set(['after', 'following', 'apres', 'tras', 'despues', 'nach', 'بعد', 'اثر']);
export const ARABIC = /^[\u0600-\u06FF]/;
export const RESIDENCE = new Set(['residence', 'home', 'house', 'villa', 'residenz', 'residencia', 'residenza', 'wohnsitz', 'مقر', 'منزل']);
export const RESIDENCE_OF = new Set(['of', 'de', 'del', 'des', 'du', 'der', 'do', 'da', 'dell', 'della', 'di', 'اقامه']);
export const MISSION_TAG: Tag = uniformTag({ k: 'mission', sub: 'mission' });

export const AGAINST = new Set(['against', 'contre', 'contra', 'gegen']);
export const RECENT = new Set(['today', 'tonight', 'yesterday', 'overnight', 'hier', 'ayer', 'anoche', 'heute', 'gestern', 'امس', 'اليوم']);
const WEEKDAY_STEMS = Object.keys(L.WEEKDAYS).map((w) => w.replace(/\*$/, ''));
export const WEEKDAY_KEYS = new Set(Object.keys(L.WEEKDAYS));
export const LONG_WEEKDAY_STEMS = WEEKDAY_STEMS.filter((w) => w.length > 4);
export const SINCE = new Set(['since', 'depuis', 'desde', 'seit']);
// (", qui avait été incendiée en 2004,", ", que antes habían pasado frente a la embajada,", ", welches ...": French, Spanish, German.)
export const RELATIVE_WORDS_EN = ['which', 'who', 'whose'];
export const RELATIVE = new Set(RELATIVE_WORDS_EN);
/**
 * ", which bombed a court in 2003 and a ministry in 2005," after a name: a non-restrictive relative
 * clause that recounts the past of its antecedent. Its years do not place the whole sentence in the past.
 * Returns [comma-token, closing-comma-token] pairs (the clause is strictly between them).
 */
export const ANNIVERSARY = new Set(['anniversary', 'jahrestag', 'anniversaire', 'aniversario']);
export const DESCRIBED_AS_GROUP = new Set(['group', 'network', 'organization', 'organisation', 'movement', 'faction', 'militia', 'outfit', 'wing', 'offshoot', 'splinter', 'affiliate', 'militants', 'rebels', 'insurgents', 'fighters', 'jihadists', 'separatists', 'guerrillas', 'name', 'label']);
export const YEARISH = /^(19|20)\d\d$/;
export const WHOSE = new Set(['whose', 'dont', 'cuya', 'cuyo', 'cuyas', 'cuyos', 'dessen', 'deren']);
/** Parts of a mission's building a possessive takes up: "its main gate", "sa façade", "su portón", "ihr Tor". */
export const MISSION_PART = new Set(['gate', 'gates', 'wall', 'walls', 'facade', 'windows', 'window', 'door', 'doors', 'entrance', 'roof', 'fence', 'gatehouse', 'compound', 'premises', 'courtyard',
  'portail', 'porte', 'portes', 'vitres', 'fenetres', 'mur', 'murs', 'entree', 'toit', 'enceinte', 'grille', 'locaux',
  'porton', 'puerta', 'puertas', 'fachada', 'ventanas', 'vidrios', 'muro', 'muros', 'entrada', 'techo', 'reja', 'recinto',
  'tor', 'fassade', 'fenster', 'tur', 'eingangstur', 'mauer', 'eingang', 'dach', 'zaun', 'gelande',
  'بوابتها', 'واجهتها', 'سورها', 'مدخلها', 'مبناها', 'نوافذها', 'جدارها', 'بابها', 'مقرها', 'بوابته', 'واجهته', 'سوره', 'مدخله', 'مبناه', 'جداره', 'بابه']);
/** Adjectives between the possessive and the part: "its perimeter wall", "son portail principal" (after), "ihre vordere Fassade". */
export const PART_ADJ = new Set(['main', 'front', 'outer', 'perimeter', 'armoured', 'rear', 'iron', 'vordere', 'aussere', 'principal', 'principale']);
/** Verbs of coming up to a place: "as he approached", "cuando llegaba a", "au moment où il arrivait devant". */
export const APPROACH = new Set(['approached', 'approaching', 'reached', 'reaching', 'neared', 'nearing', 'arrived', 'approchait', 'arrivait', 'atteignait', 'llegaba', 'llego', 'acercaba', 'alcanzaba', 'naherte', 'erreichte', 'وصوله', 'اقترابه']);
/** What opens a list of targets: "among them", "including", "notamment", "entre ellos", "darunter", "بينها". */
export const LIST_INTRO = new Set(['among', 'including', 'notamment', 'incluidos', 'incluida', 'incluido', 'incluidas', 'darunter', 'بينها']);
/** German finite verbs in second place: "Auf die Botschaft haben Unbekannte ...", "Die Residenz wurde ...". */
export const V2_AUX = new Set(['hat', 'haben', 'ist', 'sind', 'wurde', 'wurden', 'war', 'waren']);

export const LOOTED = new Set(['looting', 'looted', 'loot', 'stole', 'stolen', 'stealing', 'took', 'taking', 'seized', 'seizing', 'smashed', 'smashing', 'destroyed', 'carried', 'ransacked',
  'pillant', 'pille', 'pilles', 'saccage', 'saccages', 'saccagee', 'saccagees', 'saccageant', 'saccagerent', 'verwusteten', 'verwustet', 'vole', 'voles', 'volant', 'emporte', 'emportant', 'saqueando', 'saquearon', 'saqueo', 'robaron', 'robando', 'llevaron', 'llevandose', 'plunderten', 'pluenderten', 'gestohlen', 'stahlen', 'raubten', 'نهبوا', 'نهب', 'سرقوا', 'سرقه']);

export const DEFINITE = new Set(['the', 'l', 'la', 'le', 'el', 'den', 'die', 'der', 'dem', 'this', 'cette', 'cet', 'este', 'esta', 'diesen']);
export const TARGET_NOUN = new Set(['target', 'cible', 'objetivo', 'blanco', 'ziel', 'هدف']);
// (The definite articles, their contractions "al", "du", "zum", and the mission's own "its", "son", "su".)
export const ANAPHORA_DEFINITE = new Set([...DEFINITE, 'al', 'del', 'au', 'du', 'das', 'zum', 'am', 'its', 'son', 'su', 'sein', 'seine']);
// (A transformer or a boiler blowing up: "the blast was caused by an electricity transformer".)
export const ACCIDENT = new Set(['accidental', 'accidentally', 'accident', 'accidentel', 'accidentelle', 'accidentellement', 'accidentalmente', 'accidente', 'unfall', 'versehentlich', 'cortocircuito', 'kurzschluss', 'gasleck',
  'transformer', 'transformateur', 'transformador', 'transformator', 'trafo', 'boiler', 'chaudiere', 'caldera', 'heizkessel', 'محول']);
/** Two-word accidents: a short circuit, a gas leak, a technical fault, in five languages. */
export const ACCIDENT_PAIRS = new Set(['short circuit', 'court circuit', 'gas leak', 'fuite gaz', 'fuga gas', 'technischer defekt', 'technischen defekt', 'تماس كهربايي', 'تسرب غاز']);
export const RULED_OUT_ACCIDENT = new Set(['ruled', 'excluded', 'ecarte', 'ecartee', 'ecartent', 'exclu', 'exclue', 'descarto', 'descartaron', 'descartan', 'descartada', 'descartado', 'ausgeschlossen', 'schliesst', 'schliessen', 'schloss', 'استبعد', 'استبعدت']);

export const AT = new Set(['at', 'near', 'on', 'outside', 'a', 'en', 'au', 'pres', 'bei', 'vor', 'im', 'of', ...AGAINST]);
export const IN_PLACE = new Set(['in', 'inside', 'dans', 'im', 'innerhalb']);
/** "checkpoint outside the embassy": a post of the mission's own perimeter (not "a hotel near the embassy"). */
export const PERIMETER = new Set(['checkpoint', 'checkpoints', 'barricade', 'barricades']);
export const AT_MISSION = new Set(['outside', 'near', 'of', 'at', 'devant', 'frente', 'vor', 'pres']);
export const ANGERED = new Set(['angered', 'enraged', 'incensed', 'colere', 'enojados', 'indignados', 'wutend', 'emporte', 'furieux']);
export const PROTEST = new Set(['protest', 'protests', 'protesting', 'angry', 'anger', 'outrage', 'outraged', 'furious', 'fury', 'protestation', 'protesta', 'wut', 'احتجاجا']);

// ("The ministry blamed X for the attack", "El ministerio culpó a X": a place speaking, no other target.)
// (A press release speaks in the present: "the Ministry confirms that the number of those martyred has risen".)
export const SPEAKER_VERBS = new Set(['said', 'says', 'told', 'announced', 'reported', 'confirmed', 'stated', 'added', 'confirms', 'announces', 'reports', 'states', 'adds', 'notes', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'statement',
  'blamed', 'blames', 'accused', 'accuses', 'condemned', 'condemns', 'denied', 'denies', 'insisted', 'vowed', 'urged', 'accuse', 'culpo', 'acuso', 'beschuldigte', 'beschuldigt',
  // ("Dışişleri Bakanlığı Sözcüsü ... açıklamada": the ministry's spokesman.)
  'sozcusu', 'portavoz', 'sprecher', 'sprecherin', 'portavoce']);

export const HOSPITAL = new Set(L.HOSPITAL_WORDS);
export const MONTHISH = new Set(Object.keys(L.MONTHS));
// ("Kabul has seen repeated attacks on diplomatic missions", "a connu des attaques répétées": a history told in the perfect.)
export const REPEATEDLY = new Set(['repeatedly', 'reiteradamente', 'wiederholt', 'mehrfach', 'مرارا', 'تكرارا', 'repeated', 'repetees', 'repetes', 'repetidos', 'repetidas', 'reiterados', 'reiteradas', 'wiederholte', 'wiederholten', 'متكرره',
  // "Aden has been hit by sporadic bombings and assassinations": occasional attacks over time.
  // "KH has been responsible for numerous attacks ..., including rocket attacks targeting the embassy": a record.
  'sporadic', 'frequent', 'periodic', 'numerous', 'countless', 'sporadiques', 'frequentes', 'esporadicos', 'esporadicas', 'frecuentes', 'sporadische', 'sporadischen', 'haufige', 'haufigen']);
/** Articles before a coordinated owner: "die türkische und die iranische Botschaft". */
export const ARTICLE = new Set(['the', 'die', 'der', 'den', 'dem', 'des', 'le', 'la', 'l', 'les', 'el', 'los', 'las']);
export const OWN_PRONOUN = new Set(['its', 'son', 'sa', 'ses', 'su', 'sus', 'seine', 'seiner', 'seinen', 'ihre', 'ihrer', 'ihren']);
export const COORD = new Set(['and', 'or', 'et', 'ou', 'y', 'e', 'o', 'und', 'oder', 'as', 'well']);
// (Streets too: "the embassy compound on Pyay Road", "la avenida Libertador", "شارع بغداد".)
export const DISTRICT = new Set(['district', 'neighbourhood', 'neighborhood', 'quarter', 'barrio', 'quartier', 'stadtteil', 'viertel', 'bezirk', 'حي',
  'road', 'street', 'avenue', 'boulevard', 'highway', 'rue', 'avenida', 'calle', 'strasse', 'allee', 'شارع', 'طريق']);
/**
 * A blast's traces: "shrapnel was embedded in the facade", "a crater in the road". Read from the words of the attack's
 * sentences (not marked: no attack, casualty or link of their own), a bang's type when nothing else is named
 * (rockets and grenades leave them too, as does "a diplomat hit by shrapnel" in an armed assault).
 */
export const BLAST_TRACE = new Set(['shrapnel', 'crater', 'craters', 'cratere', 'crateres', 'krater', 'شظايا']);
export const ARMED_WITH = new Set(['armed', 'carrying', 'equipped', 'armes', 'armados', 'armadas', 'bewaffnet', 'مسلحين']);
/** Attacks in the plural, a record rather than one event: "attacks by Boko Haram", "accused of directing rocket attacks on the embassy". */
/** English subject pronouns: "since it returned to power", "minutes before it exploded". */
export const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we']);
export const PLURAL_ATTACKS = new Set(['attacks', 'bombings', 'raids', 'assaults', 'killings', 'kidnappings', 'attaques', 'attentats', 'ataques', 'atentados', 'anschlage', 'angriffe']);
export const REVENGE = new Set(['revenge', 'retaliation', 'retaliate', 'retaliating', 'avenge', 'avenging', 'reprisal', 'reprisals', 'vengeance', 'represailles', 'venganza', 'represalia', 'represalias', 'rache', 'vergeltung', 'انتقاما', 'ردا']);
export const BY = new Set(['by', 'par', 'por', 'von']);
/** Firearms named as such: a hostage-taker with one is an armed assault. */
export const FIREARM = new Set(['gun', 'guns', 'pistol', 'pistols', 'rifle', 'rifles', 'weapon', 'weapons', 'firearm', 'firearms', 'handgun', 'shotgun', 'kalashnikov',
  'pistolet', 'pistolets', 'fusil', 'fusils', 'arme', 'armes', 'pistola', 'arma', 'armas', 'escopeta', 'waffe', 'waffen', 'pistole', 'pistolen', 'gewehr',
  'gewehre', 'gewehren', 'sturmgewehr', 'sturmgewehre', 'sturmgewehren', 'kalaschnikows', 'سلاح', 'اسلحه', 'مسدس', 'بندقيه']);
/** "Guerrillas holding several hundred people hostage": an armed group's hostage-taking is an armed assault. */
export const ARMED_GROUP = new Set(['militant', 'militants', 'militiamen', 'militia', 'militias', 'rebel', 'rebels', 'guerrilla', 'guerrillas', 'insurgent', 'insurgents',
  'jihadist', 'jihadists', 'terrorist', 'terrorists', 'fighters', 'commando', 'commandos', 'rebelles', 'terroristes', 'jihadistes', 'miliciens',
  'guerrilleros', 'guerrilleras', 'rebeldes', 'terroristas', 'milicianos', 'yihadistas', 'rebellen', 'terroristen', 'dschihadisten', 'milizionare',
  'مسلحون', 'مسلحين', 'ارهابيون', 'ارهابيين', 'متمردون', 'متمردين']);
export const INDEFINITE = new Set(['a', 'an', 'several', 'many', 'numerous', 'une', 'un', 'plusieurs', 'varios', 'varias', 'numerosos', 'einen', 'eine', 'mehrere', 'zahlreiche']);
/** Nouns of a group's tie to a bigger one: "an al-Qaeda affiliate", "une branche d'Al-Qaïda", "ein Ableger des IS". */
export const AFFILIATE = new Set(['affiliate', 'affiliates', 'offshoot', 'branch', 'faction', 'franchise', 'splinter', 'proxy', 'filiale', 'branche', 'emanation', 'filial', 'rama', 'escision', 'ableger', 'zweig', 'فرع', 'ذراع',
  // The tie the other way: "X, an umbrella of Iran-backed factions," (the apposition's groups are X's members, X acts).
  'umbrella', 'dachverband', 'مظله']);

export const GROUP_HEADS = new Set(L.GROUP_HEADS);
export const CALLER = new Set(L.CALLER_WORDS);
export const GROUP_NOUNS = new Set(['group', 'groupe', 'grupo', 'gruppe', 'organisation', 'organization', 'organizacion', 'faction', 'outfit', 'cell', 'coalition', 'gang', 'gangs', 'alliance', 'militia', 'estructura', 'banda', 'bande', 'cartel', 'pandilla', 'pandillas', 'coalicion', 'collectif', 'colectivo', 'kollektiv', 'clan', 'milicia', 'milice', 'miliz']);
/** "calling itself X", "known as X", "se faisant appeler X", "autodenominado X". */
export const NAMING = new Set(['called', 'named', 'dubbed', 'known', 'appeler', 'appele', 'denominado', 'autodenominado', 'autoproclamado', 'autoproclamada', 'autoproclame', 'autoproclamee', 'llamado', 'llamar', 'namens', 'genannt', 'namen']);
export const NAMES_ITSELF = new Set(['itself', 'themselves', 'nennt', 'autodenominado', 'autodenominada', 'namens', 'namen']);
/**
 * Nouns that take up a group named in the sentence before: "The group claimed the attack", "the organisation said
 * its fighters", "Le mouvement y affirme", "bekennt sich die Gruppe", "وقالت الجماعة". (Not "red": the colour.)
 */
export const ANAPHOR_NOUNS = new Set(['group', 'organisation', 'organization', 'movement', 'network', 'faction', 'outfit', 'militia', 'militants', 'insurgents', 'jihadists',
  'groupe', 'mouvement', 'reseau', 'milice', 'jihadistes', 'djihadistes', 'grupo', 'organizacion', 'movimiento', 'milicia', 'yihadistas',
  'gruppe', 'gruppierung', 'bewegung', 'miliz', 'terrormiliz', 'netzwerk', 'islamisten', 'dschihadisten', 'جماعه', 'تنظيم', 'حركه', 'فصيل']);
export const MEMBERS = new Set(['member', 'members', 'membre', 'membres', 'miembro', 'miembros', 'integrante', 'integrantes', 'mitglied', 'mitglieder', 'mitgliedern', 'عناصر', 'عنصرين', 'اعضاء', 'عضوين',
  // ("both were charged with membership of X": the charge names the suspects' group.)
  'membership', 'appartenance', 'pertenencia', 'mitgliedschaft']);
/** A statement withdrawn or called a forgery: "the group withdrew the statement, calling it a forgery". */
export const RETRACT = new Set(['withdrew', 'withdrawn', 'retracted', 'retract', 'disowned', 'disavowed', 'repudiated', 'forgery', 'forged', 'fabricated',
  'retire', 'desavoue', 'retiro', 'falsificado', 'zuruckgezogen', 'falschung', 'gefalscht', 'مزور', 'مفبرك', 'سحب', 'سحبت']);
/** How often something happens: "an annual protest that often ends in clashes", "qui revendique souvent". */
export const FREQUENTLY = new Set(['often', 'frequently', 'regularly', 'routinely', 'usually', 'typically', 'repeatedly', 'souvent', 'regulierement', 'frequemment', 'habituellement', 'suele', 'suelen', 'frecuentemente', 'habitualmente', 'oft', 'haufig', 'regelmassig', 'regelmaßig', 'meist', 'غالبا', 'عاده']);
