// The naive baseline the classifier is measured against: the article mentions an embassy or
// consulate (in English, French, Spanish, German or Arabic) and an attack word, anywhere.
import type { ArticleText } from './types.js';

const MISSION = /\b(embass(y|ies)|consulates?|ambassades?|consulats?|embajadas?|consulados?|botschaft(en)?|konsulat(e|s)?|generalkonsulat)\b|سفار|قنصلي/iu;
const ATTACK =
  /\b(attack(s|ed)?|bomb(s|ed|ing|er)?|blast|explosion|rockets?|gunmen|stormed|shooting|assault|attaque|attentat|ataque|atentado|angriff|anschlag)\b|هجوم|تفجير|صاروخ/iu;

export function keywordBaseline(article: ArticleText): boolean {
  const text = `${article.title}\n${article.text}`;
  return MISSION.test(text) && ATTACK.test(text);
}
