import { wordsOf } from './words.ts';

// Frequent function words: enough to tell a clearly non-English draft from an English one.
const STOPWORDS: Record<string, string> = {
  en: 'the and to of a in is you that it for i on with are be this your my we have at as can would could will not do was our me if so an or but about from like just',
  fr: 'le la les de des du un une et est je vous que qui pour pas dans sur avec nous ce cette mon votre suis au aux très merci bonjour mais',
  de: 'der die das und ist ich sie nicht mit zu den ein eine für auf von wir ihr ihre mein meine sind bei auch wie haben es dass gerne',
  es: 'el la los las de del y que en un una es por para con no su mi yo usted me te gracias muy pero como está hola tu',
  pt: 'o a os as de do da dos das e que em um uma é para com não seu sua meu minha eu você obrigado muito mas como está olá',
  it: 'il lo la gli le di del della e che un una è per con non mi ti sono come ma molto grazie ciao questo questa',
  nl: 'de het een en van ik je jij u is niet met voor op dat die zijn wij ons mijn bedankt graag maar ook hoe',
  id: 'yang dan di ke dari saya anda untuk dengan ini itu tidak ada akan bisa terima kasih kami kita apakah juga',
  sv: 'och att det som en är jag du för på med inte har vi av till om den mig dig tack hej',
  pl: 'i w na z że się nie do jest to jak dla jestem czy ale od po pan pani dziękuję',
  tr: 've bir bu için ile da de çok ben siz merhaba teşekkür ederim mi ne gibi olarak',
  // Hindi written in Latin letters (common on LinkedIn in India): the same language as Devanagari Hindi.
  hi: 'hai hain main mein aap aapka aapki aapke mujhe mera meri mere kya nahi nahin aur bhi ek yeh woh kar karna karne raha rahi tha thi hoon hum tum apna apni apne ka ki ke ko se bahut dhanyavaad dhanyawad shukriya kaise sakte sakti chahta chahti ji baat liye',
};
const STOP_SETS = Object.fromEntries(Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words.split(' '))]));

const SCRIPTS: [RegExp, string][] = [
  [/[\u3040-\u30FF]/gu, 'ja'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Devanagari}/gu, 'hi'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Thai}/gu, 'th'],
];

/**
 * "en" unless the draft is clearly in another language: mostly another script, or enough
 * words with far more of another language's function words than English ones. Short or
 * mixed drafts stay "en" so that English coaching is never switched off by a name or two.
 */
export function detectLanguage(text: string): string {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return 'en';
  // Japanese mixes kana with kanji (Han): together they make it Japanese, even after a romanised name.
  const kana = sample.match(/[\u3040-\u30FF]/gu)?.length ?? 0;
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (kana > 0 && (kana + han) / letters > 0.4) return 'ja';
  for (const [pattern, lang] of SCRIPTS) {
    const count = sample.match(pattern)?.length ?? 0;
    if (count / letters > 0.5) return lang;
  }
  const words = wordsOf(sample.toLowerCase()).map((w) => w.text);
  if (words.length < 6) return 'en';
  const counts: Record<string, number> = {};
  for (const [lang, set] of Object.entries(STOP_SETS)) counts[lang] = words.filter((w) => set.has(w)).length;
  const english = counts.en ?? 0;
  let best = 'en';
  let bestCount = english;
  for (const [lang, count] of Object.entries(counts)) {
    if (lang !== 'en' && count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  // Words both languages use ("me", "a", "en") say nothing about which one this is.
  const bestSet = STOP_SETS[best]!;
  const onlyEnglish = words.filter((w) => STOP_SETS.en!.has(w) && !bestSet.has(w)).length;
  if (best !== 'en' && bestCount >= 3 && bestCount >= onlyEnglish * 2 && onlyEnglish / words.length < 0.12) return best;
  const nonAscii = sample.match(/[^\x00-\x7F]/g)?.length ?? 0;
  if (english / words.length < 0.04 && words.length >= 12 && nonAscii / letters > 0.05) return 'und';
  return 'en';
}
