/**
 * Curated groups of names that denote the same entity: exonyms/endonyms,
 * renamings, abbreviations and spelling variants the fuzzy matcher in
 * `names.ts` cannot (or should not) infer on its own.
 *
 * Each inner array is one entity; the first entry names it. Entries are
 * folded with `foldName` when the table is built, so case, diacritics,
 * dots in acronyms, a leading "the" and honorifics don't matter here.
 *
 * Listing *distinct* look-alikes as their own groups is deliberate too:
 * when both names are in the table with different ids the answer is a
 * firm "different" (Iran/Iraq, Niger/Nigeria, Sudan/South Sudan,
 * Austria/Australia), whatever the fuzzy matcher would have said.
 *
 * Don't add bare ambiguous names (Congo, Korea, Macedonia, Georgia-as-US-
 * state): a wrong alias hides a real discrepancy, which is worse than a
 * noisy report.
 */
// ── Countries and unions ───────────────────────────────────────────────
export const COUNTRY_GROUPS: readonly (readonly string[])[] = [
  ['United States', 'United States of America', 'U.S.', 'US', 'U.S.A.', 'USA', 'America',
    'Estados Unidos', 'EE.UU.', 'États-Unis', 'Vereinigte Staaten'],
  ['United Kingdom', 'U.K.', 'UK', 'Britain', 'Great Britain', 'GB',
    'United Kingdom of Great Britain and Northern Ireland', 'Royaume-Uni', 'Reino Unido',
    'Vereinigtes Königreich'],
  ['England'],
  ['Scotland'],
  ['Wales'],
  ['Northern Ireland'],
  ['Ireland', 'Republic of Ireland', 'Éire', 'Eire'],
  ['European Union', 'EU', 'E.U.', 'Union européenne', 'Unión Europea', 'Europäische Union'],
  ['Europe'],
  ['North America'],
  ['South America'],
  ['Latin America'],
  ['Central America'],
  ['Turkey', 'Türkiye', 'Turkiye', 'Türkei', 'Turquie', 'Turquía', 'Republic of Türkiye'],
  ['Ukraine', 'Ukraina', 'Україна', 'Украина'],
  ['Russia', 'Russian Federation', 'Rossiya', 'Россия'],
  ['Belarus', 'Byelorussia', 'Belorussia', 'Беларусь'],
  ['Moldova', 'Moldavia', 'Republic of Moldova'],
  ['Czechia', 'Czech Republic', 'Česko', 'Česká republika'],
  ['Slovakia', 'Slovak Republic'],
  ['Slovenia'],
  ['Ivory Coast', "Côte d'Ivoire", 'Republic of Côte d’Ivoire'],
  ['Myanmar', 'Burma'],
  ['Eswatini', 'Swaziland'],
  ['North Macedonia', 'Republic of North Macedonia', 'FYROM',
    'Former Yugoslav Republic of Macedonia'],
  ['Cabo Verde', 'Cape Verde'],
  ['Timor-Leste', 'East Timor'],
  ['Netherlands', 'Holland', 'Nederland', 'Kingdom of the Netherlands'],
  ['Germany', 'Deutschland', 'Allemagne', 'Alemania', 'Federal Republic of Germany'],
  ['Austria', 'Österreich', 'Autriche'],
  ['Australia', 'Commonwealth of Australia'],
  ['Switzerland', 'Schweiz', 'Suisse', 'Svizzera', 'Swiss Confederation'],
  ['Sweden', 'Sverige'],
  ['Norway', 'Norge'],
  ['Denmark', 'Danmark'],
  ['Finland', 'Suomi'],
  ['Belgium', 'Belgique', 'België'],
  ['Spain', 'España'],
  ['Italy', 'Italia'],
  ['Greece', 'Hellas', 'Ellada', 'Hellenic Republic'],
  ['Poland', 'Polska'],
  ['Brazil', 'Brasil'],
  ['Japan', 'Nippon', 'Nihon'],
  ['China', "People's Republic of China", 'PRC', 'Mainland China'],
  ['Taiwan', 'Republic of China', 'ROC'],
  ['South Korea', 'Republic of Korea', 'ROK'],
  ['North Korea', 'DPRK', "Democratic People's Republic of Korea"],
  ['Iran', 'Islamic Republic of Iran', 'Persia'],
  ['Iraq', 'Republic of Iraq'],
  ['Syria', 'Syrian Arab Republic'],
  ['Egypt', 'Misr', 'Arab Republic of Egypt'],
  ['India', 'Bharat'],
  ['Saudi Arabia', 'KSA', 'Kingdom of Saudi Arabia'],
  ['United Arab Emirates', 'UAE', 'U.A.E.'],
  ['Kyrgyzstan', 'Kirghizia', 'Kyrgyz Republic'],
  ['Sri Lanka', 'Ceylon'],
  ['Thailand', 'Siam'],
  ['Niger'],
  ['Nigeria'],
  ['Sudan'],
  ['South Sudan'],
  ['Guinea'],
  ['Guinea-Bissau'],
  ['Equatorial Guinea'],
  ['Papua New Guinea', 'PNG'],
  ['Guyana'],
  ['Democratic Republic of the Congo', 'DR Congo', 'DRC', 'Congo-Kinshasa', 'Zaire'],
  ['Republic of the Congo', 'Congo-Brazzaville'],
  ['Dominica'],
  ['Dominican Republic'],
  ['Mali'],
  ['Malawi'],
  ['Gambia', 'The Gambia'],
  ['Zambia'],
  ['Latvia'],
  ['Lithuania'],
];

// ── International organisations ────────────────────────────────────────
export const ORGANISATION_GROUPS: readonly (readonly string[])[] = [
  ['United Nations', 'UN', 'U.N.', 'Nations Unies', 'ONU', 'Naciones Unidas', 'Vereinte Nationen'],
  ['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'OTAN'],
  ['World Health Organization', 'WHO', 'World Health Organisation', 'OMS'],
  ['International Monetary Fund', 'IMF', 'FMI'],
  ['International Atomic Energy Agency', 'IAEA'],
  ['Organization of the Petroleum Exporting Countries', 'OPEC'],
];

// ── Cities ─────────────────────────────────────────────────────────────
export const CITY_GROUPS: readonly (readonly string[])[] = [
  ['Kyiv', 'Kiev', 'Kyjiw', 'Kiew', 'Київ', 'Киев'],
  ['Kharkiv', 'Kharkov', 'Charkiw'],
  ['Odesa', 'Odessa'],
  ['Lviv', 'Lvov', 'Lwów', 'Lemberg'],
  ['Mykolaiv', 'Nikolaev', 'Nikolayev'],
  ['Zaporizhzhia', 'Zaporizhia', 'Zaporozhye', 'Zaporizhzhya'],
  ['Luhansk', 'Lugansk'],
  ['Chernihiv', 'Chernigov'],
  ['Dnipro', 'Dnepropetrovsk', 'Dnipropetrovsk'],
  ['Moscow', 'Moskva', 'Moskau', 'Moscou', 'Москва'],
  ['Saint Petersburg', 'St. Petersburg', 'St Petersburg', 'Sankt-Peterburg', 'Leningrad'],
  ['Minsk'],
  ['Beijing', 'Peking', 'Pékin'],
  ['Guangzhou', 'Canton'],
  ['Mumbai', 'Bombay'],
  ['Chennai', 'Madras'],
  ['Kolkata', 'Calcutta'],
  ['Bengaluru', 'Bangalore'],
  ['Yangon', 'Rangoon'],
  ['Ho Chi Minh City', 'Saigon'],
  ['Munich', 'München', 'Muenchen', 'Monaco di Baviera'],
  ['Cologne', 'Köln', 'Koeln'],
  ['Nuremberg', 'Nürnberg'],
  ['Hanover', 'Hannover'],
  ['Vienna', 'Wien', 'Vienne'],
  ['Prague', 'Praha', 'Prag'],
  ['Warsaw', 'Warszawa', 'Warschau'],
  ['Gdansk', 'Gdańsk', 'Danzig'],
  ['Wroclaw', 'Wrocław', 'Breslau'],
  ['Rome', 'Roma'],
  ['Florence', 'Firenze'],
  ['Venice', 'Venezia'],
  ['Milan', 'Milano'],
  ['Naples', 'Napoli'],
  ['Turin', 'Torino'],
  ['Genoa', 'Genova'],
  ['Lisbon', 'Lisboa', 'Lissabon', 'Lisbonne'],
  ['Seville', 'Sevilla'],
  ['Athens', 'Athina', 'Athènes'],
  ['Copenhagen', 'København', 'Kobenhavn'],
  ['Brussels', 'Bruxelles', 'Brussel'],
  ['Antwerp', 'Antwerpen', 'Anvers'],
  ['The Hague', 'Den Haag', "'s-Gravenhage"],
  ['Geneva', 'Genève', 'Genf', 'Ginevra'],
  ['Basel', 'Basle', 'Bâle'],
  ['Belgrade', 'Beograd'],
  ['Bucharest', 'București'],
  ['Tbilisi', 'Tiflis'],
  ['Almaty', 'Alma-Ata'],
  ['Astana', 'Nur-Sultan'],
  ['Chisinau', 'Chișinău', 'Kishinev'],
  ['Tehran', 'Teheran'],
  ['Algiers', 'Alger'],
  ['Mecca', 'Makkah'],
  ['Medina', 'Madinah'],
  ['Mexico City', 'Ciudad de México', 'CDMX'],
  ['New York City', 'NYC'],
  ['Chernobyl', 'Chornobyl', 'Tschernobyl', 'Tchernobyl'],
  ['Ankara'],
  ['Antalya'],
];

// ── Rivers ─────────────────────────────────────────────────────────────
export const RIVER_GROUPS: readonly (readonly string[])[] = [
  ['Tagus', 'Tejo', 'Tajo'],
  ['Danube', 'Donau', 'Duna', 'Dunărea', 'Dunav'],
  ['Rhine', 'Rhein', 'Rhin', 'Rijn'],
  ['Vistula', 'Wisła'],
  ['Dnieper', 'Dnepr', 'Dnipro River'],
  ['Moselle', 'Mosel'],
  ['Oder', 'Odra'],
  ['Elbe', 'Labe'],
  ['Meuse', 'Maas'],
  ['Scheldt', 'Schelde', 'Escaut'],
  ['Douro', 'Duero'],
];

// ── Given names with many romanisations (also matched inside full names)
export const GIVEN_NAME_GROUPS: readonly (readonly string[])[] = [
  // The matcher's vowel rule is strict for short names (Scholz ≠ Schulz), so
  // the frequent Arabic/Turkish variants are listed instead.
  ['Mohammed', 'Muhammad', 'Mohamed', 'Mohammad', 'Muhammed', 'Mohamad', 'Muhamad'],
  ['Ahmed', 'Ahmad', 'Ahmet'],
  ['Hussein', 'Hussain', 'Husain', 'Husayn', 'Hossein', 'Husein'],
  ['Hassan', 'Hasan'],
  ['Omar', 'Umar'],
  ['Osama', 'Usama'],
  ['Yusuf', 'Youssef', 'Yousef', 'Yusef', 'Youssouf', 'Yousuf'],
  ['Mustafa', 'Mostafa', 'Moustafa', 'Mustapha'],
  ['Abdullah', 'Abdallah', 'Abdulla'],
  ['Mahmoud', 'Mahmud', 'Mahmood'],
];

// ── People whose romanisations differ beyond what the matcher infers ───
export const PEOPLE_GROUPS: readonly (readonly string[])[] = [
  ['Muammar Gaddafi', 'Gaddafi', 'Qaddafi', 'Gadhafi', 'Qadhafi', 'Kadhafi', 'Gadaffi',
    'Muammar al-Gaddafi', 'Muammar Qaddafi', 'Moammar Gadhafi'],
  ['Volodymyr Zelensky', 'Zelensky', 'Zelenskyy', 'Zelenskiy', 'Zelenskyj', 'Selenskyj',
    'Zelenski', 'Volodymyr Zelenskyy', 'Volodymyr Zelenskiy'],
  ['Pyotr Tchaikovsky', 'Tchaikovsky', 'Chaikovsky', 'Tschaikowsky', 'Čajkovskij'],
];

/** Every curated group, in the order above (entity ids follow this order). */
export const DEFAULT_ALIAS_GROUPS: readonly (readonly string[])[] = [
  ...COUNTRY_GROUPS,
  ...ORGANISATION_GROUPS,
  ...CITY_GROUPS,
  ...RIVER_GROUPS,
  ...GIVEN_NAME_GROUPS,
  ...PEOPLE_GROUPS,
];

/** Curated groups that name places (cities, rivers): a place's name is no person's. */
export const PLACE_GROUPS: readonly (readonly string[])[] = [...CITY_GROUPS, ...RIVER_GROUPS];
