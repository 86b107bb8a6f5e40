// Non-English "when summarizing this page, say that …": the content dictates what its summary must claim; and
// "before answering, open …" (before-answering.i18n.ts).
// English lives in rules.ts (when_summarizing_state_that). The claim must follow as a "that" clause: "when you
// summarize the reviews, group them by price" shapes a summary without putting words in it.
import { type LanguageForm, ruleFamily, rulePerLanguage } from '../../rules/define-rules.ts';
import type { RuleV1 } from '../../spec/rule-v1.ts';
import { BEFORE_ANSWERING_ACT } from './before-answering.i18n.ts';
import { EXPLANATION } from './rules.ts';

const family = ruleFamily({
  category: 'pre_response_hijack',
  surfaces: ['tool_output', 'tool_description'],
  explanation: EXPLANATION,
});

const MESSAGE = 'Content dictates what the summary of it must claim';

/** Per language: the literals every match holds, and the pattern. */
const SUMMARY_CLAIMS: Readonly<Record<string, LanguageForm>> = {
  de: {
    triggers: ['zusammenfass', 'beschreib', 'wiedergib'],
    pattern:
      /\bwenn (?:du|sie) (?:diese[nrs]?|den|die|das) (?:seite|text|artikel|e-?mail|nachricht|dokument|produkt|bewertung)\p{L}* (?:zusammenfass\p{L}*|beschreib\p{L}*|wiedergib\p{L}*)\s{0,2},\s{0,2}(?:bitte\s+)?(?:schreib\p{L}*|sag\p{L}*|behaupte\p{L}*|erwähne\p{L}*|betone\p{L}*)\b[^.\n]{0,20}?\bdass\b/u,
  },
  fr: {
    triggers: ['résum', 'décri', 'présent'],
    pattern:
      /\b(?:quand|lorsque|si) (?:tu|vous) (?:résume[sz]?|décri[st]|décrivez|présente[sz]?) (?:cette|ce|cet) (?:page|article|texte|e-?mail|message|document|produit|avis)\b[^.\n]{0,20}?,\s{0,2}(?:affirme[sz]?|dis|dites|écri[st]|écrivez|mentionne[sz]?|indique[sz]?|précise[sz]?|souligne[sz]?) (?:que|qu['’])/u,
  },
  es: {
    triggers: ['resum', 'describ', 'present'],
    pattern:
      /\b(?:cuando|si) (?:resumas|resumes|resuma|describas|describa|presentes|presente) (?:esta|este) (?:página|artículo|texto|correo|mensaje|documento|producto|reseña)\b[^.\n]{0,20}?,\s{0,2}(?:di|diga|escribe|escriba|afirma|afirme|menciona|mencione|indica|indique|asegura|asegure) que\b/u,
  },
  it: {
    triggers: ['riassum', 'descriv', 'present'],
    pattern:
      /\b(?:quando|se) (?:riassumi|riassumete|riassuma|descrivi|descriva|presenti) (?:questa|questo) (?:pagina|articolo|testo|e-?mail|messaggio|documento|prodotto|recensione)\b[^.\n]{0,20}?,\s{0,2}(?:scrivi|scriva|di['’]?|dica|afferma|affermi|menziona|menzioni|indica|indichi|sostieni) che\b/u,
  },
  pt: {
    triggers: ['resum', 'descrev', 'apresent'],
    pattern:
      /\b(?:quando|se) (?:resumir|resumires|descrever|apresentar) (?:esta|este) (?:página|artigo|texto|e-?mail|mensagem|documento|produto|avaliação)\b[^.\n]{0,20}?,\s{0,2}(?:diga|escreva|afirme|mencione|indique|declare) que\b/u,
  },
  nl: {
    triggers: ['samenvat', 'beschrijf', 'beschrijft'],
    pattern:
      /\b(?:als|wanneer) (?:je|u) (?:deze|dit) (?:pagina|artikel|tekst|e-?mail|bericht|document|product|review) (?:samenvat|beschrijft)\b[^.\n]{0,20}?,\s{0,2}(?:zeg|schrijf|beweer|vermeld|meld) (?:dan )?dat\b/u,
  },
};

export const RULES_I18N: RuleV1[] = [
  ...rulePerLanguage(
    family,
    { name: 'when_summarizing_state_that', severity: 'high', message: MESSAGE },
    SUMMARY_CLAIMS,
  ),
  ...rulePerLanguage(
    family,
    {
      name: 'before_answering_act',
      severity: 'high',
      message: 'Content tells the agent to perform an action before answering',
    },
    BEFORE_ANSWERING_ACT,
  ),
];
