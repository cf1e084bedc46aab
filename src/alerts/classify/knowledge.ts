// What the classifier knows about the world, as plain data handed in by the caller
// (src/knowledge loads it from dataset packages and config/). Keys are normalised with phraseKey().

export interface CityInfo {
  /** English name as in the gazetteer ("Kabul"). */
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  population: number;
}

export interface Knowledge {
  /** phraseKey(any alias) -> city; for ambiguous names, the most populous (capitals first). */
  cities: ReadonlyMap<string, CityInfo>;
  /** phraseKey(name, demonym, adjective, in any of the five languages) -> alpha-2. */
  countries: ReadonlyMap<string, string>;
  /** Keys of `countries` that only match when written in capitals ("US", "UK"). */
  upperCaseCountries: ReadonlySet<string>;
  /** alpha-2 -> capital city name (gazetteer spelling when found). */
  capitals: ReadonlyMap<string, string>;
  /** phraseKey(alias) -> canonical group name. */
  groups: ReadonlyMap<string, string>;
  /** Keys of `groups` that only match when written in capitals ("IS", "EI"). */
  upperCaseGroups: ReadonlySet<string>;
  /**
   * phraseKey(English name) + '|' + alpha-2 -> that country's city of the name: the namesake that "the Lebanese city
   * of Tripoli" or "Tripoli, Lebanon" means when `cities` holds the other one.
   */
  namesakes?: ReadonlyMap<string, CityInfo>;
  /** phraseKey(district) -> its city: "the Green Zone" (Baghdad), "Wazir Akbar Khan" (Kabul), "Gigiri" (Nairobi). */
  districts?: ReadonlyMap<string, CityInfo>;
  /** alpha-2 -> English common name ("IL" -> "Israel"): a state blamed for an attack is named so. */
  countryNames?: ReadonlyMap<string, string>;
}
