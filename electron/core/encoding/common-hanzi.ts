/**
 * Characters that make up a large share of any running Chinese text. A decoding that
 * produces real Chinese hits them often; mojibake from the wrong legacy code page hits
 * them rarely. That difference, not whether a decoder threw, is what tells GB18030 from
 * Big5 (every Big5 byte string is also "valid" GB18030).
 */
const SIMPLIFIED =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研信';

// Traditional forms of the commonest characters above, so correctly decoded Big5 text
// (usually traditional) is not scored below GB18030 mojibake of the same bytes.
const TRADITIONAL = '這個們來為國說時會對過發後產種動當從實開還與關數體製機點應現經進學義場線間東車長問';

export const COMMON_HANZI: ReadonlySet<string> = new Set([...SIMPLIFIED, ...TRADITIONAL]);
