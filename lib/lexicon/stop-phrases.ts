/**
 * Capitalised phrases that contain a country name or adjective but do not mention the country.
 * The phrase index consumes them whole, so "New Mexico" never yields "Mexico".
 */
export const STOP_PHRASES = [
  'African American', 'African Americans', 'American Airlines', 'American Express',
  'Asian American', 'Asian Americans', 'British Columbia', 'Central America', 'Central American',
  'Georgia Tech', 'Indian Ocean', 'Latin America', 'Latin American', 'Latin Americans',
  'Mexico City', 'Native American', 'Native Americans', 'New Guinea', 'New Jersey', 'New Mexico',
  'North America', 'North American', 'South America', 'South American', 'Turkish Airlines',
  'Jordan River', 'Guinea pig', 'French fries', 'Dutch auction', 'Swiss cheese',
];
