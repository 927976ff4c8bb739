// Countries and capitals that stand for their governments when they speak
// ("Kyiv said", "Russia denied"). They are reported as written: the gold
// standard and fact-checkers both accept the form the article uses.
const CAPITALS: Record<string, string> = {
  Kyiv: 'UA', Kiev: 'UA', Moscow: 'RU', Washington: 'US', Beijing: 'CN', Seoul: 'KR', Pyongyang: 'KP',
  Tokyo: 'JP', London: 'GB', Paris: 'FR', Berlin: 'DE', Tehran: 'IR', Ankara: 'TR', Jerusalem: 'IL',
  Minsk: 'BY', Warsaw: 'PL', Taipei: 'TW', 'New Delhi': 'IN', Islamabad: 'PK', Riyadh: 'SA', Doha: 'QA',
  Cairo: 'EG', Damascus: 'SY', Baghdad: 'IQ', Kabul: 'AF', Budapest: 'HU', Rome: 'IT', Madrid: 'ES',
  Ottawa: 'CA', Canberra: 'AU', Caracas: 'VE', Havana: 'CU', Tbilisi: 'GE', Chisinau: 'MD', Vilnius: 'LT',
  Riga: 'LV', Tallinn: 'EE', Helsinki: 'FI', Stockholm: 'SE', Oslo: 'NO', Copenhagen: 'DK', Bucharest: 'RO',
  Prague: 'CZ', Bratislava: 'SK', Vienna: 'AT', Bern: 'CH', Athens: 'GR', Belgrade: 'RS', Baku: 'AZ', Yerevan: 'AM',
  Beirut: 'LB', Amman: 'JO', 'Abu Dhabi': 'AE', Hanoi: 'VN', Manila: 'PH', Jakarta: 'ID',
};

const COUNTRIES: Record<string, string> = {
  Ukraine: 'UA', Russia: 'RU', 'United States': 'US', 'the United States': 'US', America: 'US', China: 'CN',
  'South Korea': 'KR', 'North Korea': 'KP', Japan: 'JP', Britain: 'GB', 'United Kingdom': 'GB', France: 'FR',
  Germany: 'DE', Iran: 'IR', Turkey: 'TR', Israel: 'IL', Belarus: 'BY', Poland: 'PL', Taiwan: 'TW', India: 'IN',
  Pakistan: 'PK', 'Saudi Arabia': 'SA', Qatar: 'QA', Egypt: 'EG', Syria: 'SY', Iraq: 'IQ', Hungary: 'HU',
  Italy: 'IT', Spain: 'ES', Canada: 'CA', Australia: 'AU', Georgia: 'GE', Moldova: 'MD', Lithuania: 'LT',
  Latvia: 'LV', Estonia: 'EE', Finland: 'FI', Sweden: 'SE', Norway: 'NO', Denmark: 'DK', Romania: 'RO',
  Azerbaijan: 'AZ', Armenia: 'AM', Lebanon: 'LB', Jordan: 'JO', Vietnam: 'VN', Philippines: 'PH',
};

const STATE_NAMES = new Map<string, string>([...Object.entries(CAPITALS), ...Object.entries(COUNTRIES)]);
const LONGEST_STATE_WORDS = 3;

/** The country code when `name` is a capital or country standing for a government. */
export function stateOf(name: string): string | undefined {
  return STATE_NAMES.get(name);
}

export const stateNameMaxWords = LONGEST_STATE_WORDS;
