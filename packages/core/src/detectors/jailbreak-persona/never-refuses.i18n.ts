// Non-English "it never refuses a request": a persona defined by never saying no. English lives in rules.ts
// (persona_never_refuses). Medium, as there: alone it is a shop's promise ("nunca rechaza una devolución"
// would need the request nouns below); with a persona or a lifted rule it completes a jailbreak.
import type { LanguageForm } from '../../rules/define-rules.ts';
import { AFTER_NO_LETTER } from '../../rules/pattern-source.ts';

function form(triggers: readonly string[], never: string, request: string): LanguageForm {
  return {
    triggers,
    pattern: new RegExp(`${AFTER_NO_LETTER}(?:${never})[^.!?。\\n]{0,24}?(?:${request})`, 'u'),
  };
}

/** The `persona_never_refuses` rule of each language: "never refuses / never says no" and a request. */
export const NEVER_REFUSES: Readonly<Record<string, LanguageForm>> = {
  de: form(
    ['lehnt nie', 'lehnst nie', 'verweigert nie', 'verweigerst nie', 'sagt nie', 'sagst nie'],
    '(?:lehnt|lehnst|verweigert|verweigerst) nie(?:mals)?|(?:sagt|sagst) nie(?:mals)? nein',
    'frage|anfrage|bitte|anweisung|befehl|antwort|auftrag|ab\\b',
  ),
  fr: form(
    ['refuse jamais', 'refuses jamais', 'refusera jamais', 'dit jamais non'],
    'ne (?:refuse|refuses|refusera|refuseras) jamais|ne dit jamais non',
    'question|demande|requête|ordre|instruction|répondre|rien',
  ),
  es: form(
    ['nunca se niega', 'nunca rechaza', 'jamás se niega', 'nunca dice que no', 'nunca te niegas'],
    'nunca (?:se niega|rechaza|te niegas|rechazas|dice que no)|jamás (?:se niega|rechaza)',
    'pregunta|petición|solicitud|orden|instrucci|responder|nada|a ',
  ),
  it: form(
    ['rifiuta mai', 'rifiuti mai', 'dice mai di no'],
    'non (?:si )?rifiuta mai|non (?:ti )?rifiuti mai|non dice mai di no',
    'domand|richiest|ordin|istruzion|rispondere|nulla|niente|di ',
  ),
  pt: form(
    ['nunca se recusa', 'nunca recusa', 'jamais recusa', 'nunca diz não', 'nunca te recusas'],
    'nunca (?:se recusa|recusa|diz não|te recusas)|jamais (?:se recusa|recusa)',
    'pergunta|pedido|solicitação|ordem|instruç|responder|nada|a ',
  ),
  nl: form(
    ['weigert nooit', 'weiger nooit', 'zegt nooit nee'],
    'weigert? nooit|zegt nooit nee',
    'vraag|verzoek|opdracht|bevel|instructie|antwoord|iets|te ',
  ),
  pl: form(
    ['nigdy nie odmawia', 'nigdy nie odmówi'],
    'nigdy nie odmawia\\p{L}*|nigdy nie odmówi\\p{L}*',
    'pyta|prośb|polece|odpowiedz|niczego|odpowiedzi',
  ),
  ru: form(
    ['никогда не отказыва', 'никогда не откаж'],
    'никогда не отказыва\\p{L}*|никогда не откаж\\p{L}*',
    'вопрос|запрос|просьб|команд|ответ|ни в чём|ни в чем',
  ),
  uk: form(
    ['ніколи не відмовля'],
    'ніколи не відмовля\\p{L}*',
    'питан|запит|прохан|команд|відпов|ні в чому',
  ),
  tr: form(
    ['asla reddetmez', 'hiçbir zaman reddetmez', 'asla hayır demez'],
    'asla reddetmez\\p{L}*|hiçbir zaman reddetmez\\p{L}*|asla hayır demez\\p{L}*',
    '',
  ),
  id: form(
    ['tidak pernah menolak', 'tak pernah menolak'],
    'tidak pernah menolak|tak pernah menolak',
    'pertanyaan|permintaan|perintah|instruksi|menjawab|apa pun',
  ),
  vi: form(
    ['không bao giờ từ chối'],
    'không bao giờ từ chối',
    'câu hỏi|yêu cầu|mệnh lệnh|chỉ dẫn|trả lời|bất cứ|bất kỳ',
  ),
  zh: form(
    ['从不拒绝', '永远不会拒绝', '绝不拒绝', '从来不拒绝', '不会拒绝任何'],
    '从不拒绝|永远不会拒绝|绝不拒绝|从来不拒绝|不会拒绝任何',
    '',
  ),
  ja: form(
    ['決して断らない', '絶対に断らない', '決して拒否しない', '絶対に拒否しない'],
    '決して断らない|絶対に断らない|決して拒否しない|絶対に拒否しない',
    '',
  ),
  ko: form(['절대 거절하지 않', '결코 거절하지 않'], '절대 거절하지 않|결코 거절하지 않', ''),
  ar: form(
    ['لا يرفض أبد', 'لا يرفض ابد', 'لا ترفض أبد', 'لا يرفض أي'],
    'لا (?:يرفض|ترفض) (?:أبد|ابد|أي)',
    '',
  ),
  hi: form(['कभी मना नहीं', 'कभी इनकार नहीं'], 'कभी (?:मना|इनकार) नहीं', ''),
  fa: form(
    ['هرگز امتناع نمی', 'هرگز رد نمی', 'هیچ‌وقت امتناع نمی'],
    '(?:هرگز|هیچ‌وقت) (?:امتناع|رد) نمی',
    '',
  ),
};
