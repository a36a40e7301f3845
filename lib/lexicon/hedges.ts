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
    '(?:asked|requested|declined) (?:not )?to be (?:named|identified)',
    '(?:requested|asked for|granted) anonymity',
    '(?:spoke|speaking|spoken|talked|talking) anonymously',
    'not authori[sz]ed to (?:speak|talk|comment)(?: (?:publicly|on the record))?',
    '(?:people|persons|a person|sources?|someone|those|officials?|diplomats?|an official) (?:familiar with|with (?:direct )?knowledge of|briefed on|close to)(?: the)?',
    '(?:an? |two |three |four |several |some |other |one )?(?:senior |top |high-ranking |former |western |regional |unnamed |anonymous )?(?:government |administration |military |security |intelligence |diplomatic |defen[cs]e |ministry |palace )?(?:officials|sources|diplomats|insiders|aides) (?:said|say|says|told|added|confirmed|warned|noted|cautioned|described|acknowledged)',
    '(?:an? |one )(?:senior |top |high-ranking |former |western |regional |unnamed |anonymous )(?:government |administration |military |security |intelligence |diplomatic |defen[cs]e |ministry )?(?:official|source|diplomat|insider|aide)',
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
    '(?:is|are|was|were) (?:widely )?expected to',
    'expected to',
    '(?:plans|planned|planning|plan) to',
    '(?:is|are|was|were) (?:reportedly )?considering',
    'reportedly',
    'tentative(?:ly)?',
    'subject to change',
    '(?:if|should) the (?:talks|deal|meeting|agreement|summit|vote|ceasefire|visit) (?:goes ahead|go ahead|happens|happen|takes place|take place|holds|hold|proceeds|proceed)',
    'not yet (?:been )?(?:decided|settled|agreed|final)',
    'no (?:final )?decision (?:has|had) been (?:made|taken)',
  ],
  vague: [
    '(?:some|many|several|most|other) (?:western |regional |independent |political |security |legal )?(?:analysts|experts|observers|critics|commentators|economists|people|officials) (?:say|said|believe|believed|argue|argued|suggest|suggested|fear|feared|warn|warned|think|thought|note|noted)',
    'many (?:analysts|experts|observers|critics)',
    '(?:critics|experts|analysts|observers|commentators) (?:say|said|argue|argued|contend|contended|believe|believed|warn|warned)',
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
    'rumou?r(?:s|ed)?',
  ],
};
