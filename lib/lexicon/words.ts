/** Capitalised words that are never part of a person's name in news copy. */
export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep',
  'Sept', 'Oct', 'Nov', 'Dec',
];

export const DAYS = [
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
];

/** Words capitalised at the start of a sentence or in headings, which a name never continues with. */
export const NOT_NAME_WORDS = [
  ...MONTHS, ...DAYS,
  'The', 'A', 'An', 'In', 'On', 'At', 'Of', 'For', 'From', 'To', 'By', 'With', 'And', 'Or', 'But',
  'If', 'When', 'While', 'After', 'Before', 'As', 'It', 'Its', 'He', 'She', 'They', 'We', 'I',
  'His', 'Her', 'Their', 'Our', 'This', 'That', 'These', 'Those', 'There', 'Here', 'Some',
  'Many', 'Most', 'All', 'No', 'Not', 'Yes', 'Also', 'Still', 'Yet', 'So', 'Then', 'Now',
  'Officials', 'Official', 'Government', 'Ministry', 'Minister', 'President', 'Party', 'Council',
  'Committee', 'Agency', 'Association', 'Union', 'University', 'Institute', 'Center', 'Centre',
  'Group', 'Bank', 'Fund', 'Court', 'Office', 'House', 'Senate', 'Congress', 'Parliament',
  'Army', 'Navy', 'Forces', 'Police', 'News', 'Times', 'Post', 'Press', 'Reuters', 'Sign', 'Up',
  'Read', 'More', 'Share', 'Subscribe', 'Advertisement', 'Related', 'Updated', 'Published',
  'Street', 'Road', 'Square', 'City', 'Province', 'Region', 'State', 'Republic', 'Kingdom',
  'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central',
  'Islamic', 'Christian', 'Muslim', 'Jewish', 'Catholic', 'Sunni', 'Shia', 'Shiite', 'Jr',
];

/** Lower-case name particles that may sit between capitalised parts of one name. */
export const NAME_PARTICLES = [
  'al', 'el', 'bin', 'bint', 'ibn', 'abu', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da',
  'dos', 'das', 'du', 'von', 'zu', 'le', 'la', 'ter', 'ten', 'y',
];
