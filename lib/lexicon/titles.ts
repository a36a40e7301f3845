/**
 * Words that introduce a person's name in news copy. A name that follows one of these is a
 * person even when Backstory's dataset does not know them ("Foreign Minister Abbas Araghchi",
 * "Mr Araghchi", "Kremlin spokesman Dmitry Peskov"). The title itself is not highlighted.
 */

/** Honorifics and capitalised titles: one capitalised word after them is enough for a name. */
export const TITLES = [
  'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady',
  'Rev', 'Reverend', 'Sheikh', 'Sheikha', 'Ayatollah', 'Grand Ayatollah', 'Imam', 'Rabbi',
  'Pope', 'King', 'Queen', 'Prince', 'Princess', 'Crown Prince', 'Emir', 'Sultan',
  'President', 'Vice President', 'Vice-President', 'President-elect', 'Prime Minister',
  'Deputy Prime Minister', 'Chancellor', 'Premier', 'Minister', 'Foreign Minister',
  'Defence Minister', 'Defense Minister', 'Finance Minister', 'Interior Minister',
  'Oil Minister', 'Energy Minister', 'Trade Minister', 'Health Minister', 'Deputy Foreign Minister',
  'Foreign Secretary', 'Home Secretary', 'Defence Secretary', 'Defense Secretary',
  'Secretary of State', 'Secretary-General', 'Secretary General', 'Treasury Secretary',
  'Senator', 'Sen', 'Rep', 'Representative', 'Congressman', 'Congresswoman', 'Governor', 'Gov',
  'Mayor', 'Speaker', 'General', 'Gen', 'Lieutenant General', 'Lt Gen', 'Major General',
  'Maj Gen', 'Brigadier General', 'Colonel', 'Col', 'Admiral', 'Adm', 'Commander', 'Captain',
  'Capt', 'Judge', 'Justice', 'Chief Justice', 'Ambassador', 'Envoy', 'Special Envoy',
  'Archbishop', 'Bishop', 'Cardinal', 'Patriarch', 'Chairman', 'Chairwoman', 'Director-General',
  'Director General', 'Commissioner', 'Attorney General', 'Prosecutor', 'Detective', 'Inspector',
];

/**
 * Lower-case role nouns ("spokesman Dmitry Peskov", "envoy Steve Witkoff"). Weaker evidence than
 * a title, so the detector wants at least two name words after one of these.
 */
export const ROLE_NOUNS = [
  'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'minister', 'president', 'chancellor',
  'ambassador', 'negotiator', 'diplomat', 'official', 'analyst', 'researcher', 'economist',
  'director', 'chief', 'leader', 'commander', 'general', 'adviser', 'advisor', 'lawmaker',
  'senator', 'governor', 'mayor', 'secretary', 'chairman', 'chairwoman', 'founder', 'executive',
  'coach', 'striker', 'captain', 'manager', 'professor', 'scientist', 'lawyer', 'judge',
  'prosecutor', 'activist', 'candidate', 'premier', 'monarch', 'cleric', 'opposition leader',
  'chief executive', 'foreign minister', 'defence minister', 'defense minister', 'prime minister',
  'secretary of state', 'head', 'deputy', 'aide', 'colleague', 'correspondent', 'editor',
];
