import type { HedgeCategory } from '../types';

/**
 * Hedge patterns by category, as regular-expression sources with two conventions:
 * a space stands for a run of spaces (never a line break: no hedge spans two blocks), and
 * matching is case-insensitive. The categories are tried in the order of this object, so that
 * "declined to be named" is anonymous rather than no-response, and "could change" is
 * unconfirmed rather than speculation. Every optional part is bounded: no pattern can
 * backtrack catastrophically (tests/unit/hedges-redos.test.ts feeds each adversarial input).
 */
export const HEDGE_PATTERNS: Record<HedgeCategory, string[]> = {
  anonymous: [
    'on (?:the )?condition (?:of anonymity|that (?:he|she|they) (?:not be|remain) (?:named|identified|unnamed))',
    '(?:who )?(?:asked|requested|declined) (?:not )?to be (?:named|identified)',
    '(?:requested|asked for|granted) anonymity',
    '(?:spoke|speaking|spoken|talked|talking) anonymously',
    'not authori[sz]ed to (?:speak|talk|comment)(?: (?:publicly|on the record))?',
    '(?:(?:two|three|four|five|several|some|other) )?(?:people|persons|a person|sources?|someone|those|officials?|diplomats?|an official) (?:familiar with|with (?:direct )?knowledge of|briefed on|close to)',
    '(?:two|three|four|five|six|several) (?:(?:(?!(?:and|or|but|the|that|which|who|as|while|when|where|because|so|if|than|then|to|of|in|on|at|by|for|with|from|said|says)\\b)[a-z][a-z-]*|(?:[a-z]\\.){2,}) ){0,2}(?:officials|sources|diplomats|insiders|aides|delegates|negotiators)',
    '(?:an? |one )(?:senior |top |high-ranking |former |western |regional |unnamed |anonymous )(?:(?:(?!(?:and|or|but|the|that|which|who|as|while|when|where|because|so|if|than|then|to|of|in|on|at|by|for|with|from|said|says)\\b)[a-z][a-z-]*|(?:[a-z]\\.){2,}) )?(?:official|source|diplomat|insider|aide|negotiator|delegate)',
    '(?:an? |one )(?:source|negotiator|delegate|insider)(?= (?:in|close|familiar|at|with|within|inside|who|from))',
    '(?:an? |one )(?:government |administration |military |security |intelligence |diplomatic |defen[cs]e |ministry )(?:official|source|insider|aide)',
    '(?:unnamed|anonymous) (?:officials?|sources?|diplomats?|insiders?)',
  ],
  'no-response': [
    "did(?:n't| not) (?:immediately )?(?:respond|reply|answer|return)(?: to (?:a |an |the |several |multiple |repeated )?(?:written )?(?:requests?|messages?|calls?|e-?mails?|queries|inquiries|enquiries|questions)(?: (?:for|seeking) (?:comment|clarification))?| (?:calls|messages|e-?mails))?",
    '(?:has|have|had) not (?:yet )?(?:responded|replied)(?: to (?:a |the )?(?:requests?|questions) for comment)?',
    'declined to (?:comment|be interviewed|elaborate|give details|discuss|say)',
    "(?:refused|would not|wouldn't) (?:to )?(?:comment|elaborate|say)",
    "(?:could|can)(?:n't|not| not) be (?:immediately )?reached(?: for comment)?",
    '(?:had|has|have|gave|offered) no (?:immediate )?comment',
    'no one (?:was|could be) (?:immediately )?(?:available|reached) for comment',
  ],
  unconfirmed: [
    '(?:could|may|might) (?:still )?(?:change|shift|be revised|be delayed|be postponed|fall through|collapse|be cancell?ed)',
    '(?:has|have|had) not (?:yet )?been (?:independently |officially )?(?:confirmed|verified|announced|finali[sz]ed|decided)',
    '(?:is|are|was|were) not (?:yet )?(?:immediately |independently |officially )?(?:confirmed|verified)',
    "(?:could|can)(?:not|n't| not) (?:be )?(?:immediately |independently )?(?:confirm|verify|confirmed|verified)",
    '(?:has|have|had|is|are) yet to be (?:confirmed|verified|announced|finali[sz]ed|decided)',
    '(?:has|have|had) not (?:yet )?(?:confirmed|verified)',
    '(?:unconfirmed|unverified)',
    'expected to',
    '(?:plans|planned|planning|plan) to',
    '(?:is|are|was|were) (?:reportedly )?considering',
    'reportedly',
    'tentative(?:ly)?',
    'subject to change',
    '(?:if|should) the (?:talks|deal|meeting|agreement|summit|vote|ceasefire|visit) (?:goes ahead|go ahead|happens|happen|takes place|take place|holds|hold|proceeds|proceed)',
    'not yet (?:been )?(?:decided|settled|agreed|final)',
    '(?:expects|expecting|expect)',
    '(?<!(?:as|even) )(?:if|unless)(?! (?:any|not|so|only|anything|ever)\\b)',
    'whether',
    '(?:remains|remain|is|are|was|were) (?:unclear|uncertain|not clear|to be seen)',
    'no (?:final )?decision (?:has|had) been (?:made|taken)',
  ],
  vague: [
    '(?:some|many|several|most|other) (?:[a-z]+ )?(?:analysts|experts|observers|critics|commentators|economists|people|officials|diplomats|lawmakers|groups|delegations|residents|scientists) (?:say|said|believe|believed|argue|argued|suggest|suggested|fear|feared|warn|warned|note|noted)',
    '(?:some|many|several|other) (?:[a-z]+ )?(?:analysts|experts|observers|critics|commentators|economists|diplomats|lawmakers|delegations|scientists)',
    'many (?:analysts|experts|observers|critics)',
    'it (?:is|was|has been|had been) (?:widely )?(?:believed|thought|understood|feared|rumou?red)',
    '(?:is|are|was|were) (?:widely )?(?:seen|regarded) as',
    'some (?:say|said|believe|argue|fear)',
    'there (?:are|were|have been) (?:growing )?(?:fears|concerns|suggestions|rumou?rs)',
    'by some accounts',
  ],
  claim: [
    'according to',
    'claim(?:s|ed|ing)?',
    'alleg(?:e|es|ed|edly|ing|ation|ations)',
    'insist(?:s|ed|ing)?',
    'purported(?:ly)?',
    '(?:is|are|was|were) said to',
    '(?:maintains|maintained) that',
    '(?:contends|contended)',
    '(?:accuses|accused|accusing|accuse)',
    '(?:denies|denied|deny|denying)',
    '(?:asserts|asserted)',
  ],
  speculation: [
    'could',
    'may',
    'might',
    'possibly',
    'perhaps',
    '(?:un)?likely',
    'probably',
    'potentially',
    'suggest(?:s|ed|ing)?',
    '(?:appears|appeared|seems|seemed) to',
    'speculat(?:e|ed|ion)',
    'possibility',
    'possible',
    'potential',
    '(?:seemingly|apparently|presumably|probable|conceivably|arguably)',
    '(?:in all )?likelihood',
    'appear(?:s|ed)? to',
    'seem(?:s|ed)?',
    '(?:predicts|predicted|predict|foresees|foresee)',
    '(?:believes|believed|believe|thinks|think)(?! tanks?)',
    'rumou?r(?:s|ed)?',
  ],
};

/**
 * Hedges found from their last words, then extended backwards: "officials said" is searched for
 * (quick: most positions fail on their first letter), then up to two words before it that belong
 * to the phrase ("two senior officials said", "U.N. sources told"). Written as one left-to-right
 * pattern it was tried at every word of the text and took half the time of the hedge scan.
 * Same conventions as HEDGE_PATTERNS; `before` is matched against the text that ends at `core`.
 */
export const BACKWARD_HEDGES: Array<{ hedge: HedgeCategory; core: string; before: string }> = [
  {
    hedge: 'anonymous',
    core: '(?:officials|sources|diplomats|insiders|aides|delegates|negotiators) (?:said|say|says|told|added|confirmed|warned|noted|cautioned|described|acknowledged)',
    before:
      '(?:(?:an?|one|two|three|four|five|six|several|some|other) )?(?:(?:(?!(?:and|or|but|the|that|which|who|as|while|when|where|because|so|if|than|then|to|of|in|on|at|by|for|with|from|said|says)\\b)[a-z][a-z-]*|(?:[a-z]\\.){2,}) ){0,2}',
  },
  {
    hedge: 'vague',
    core: '(?:critics|experts|analysts|observers|commentators|groups) (?:say|said|argue|argued|contend|contended|believe|believed|warn|warned)',
    before: '(?:[a-z]+ )?',
  },
];
