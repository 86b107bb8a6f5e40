// Non-English phrasings of "remember / save / apply this for all future conversations (chats, answers)". English
// lives in rules.ts (remember_for_future). The future must be the agent's own conversations or answers, not
// sessions or projects a person may have ("keep this tip for future projects").
import { defineRules, ruleFamily, rulePerLanguage } from '../../rules/define-rules.ts';
import { turkishPattern, WORD_START } from '../../rules/pattern-source.ts';
import type { RuleV1 } from '../../spec/rule-v1.ts';
import { EXPLANATION } from './rules.ts';
import { SAVE_TO_MEMORY } from './save-to-memory.i18n.ts';

type Vocabulary = {
  /** Remembering, saving, applying or following: regular-expression source. */
  readonly keep: string;
  /** "All future conversations / chats / answers": regular-expression source. */
  readonly future: string;
  /** Literals every match contains (from `future`). */
  readonly triggers: readonly string[];
  /** Languages that put the future before the verb (or either way). */
  readonly futureFirst?: boolean;
};

const VOCABULARY: Readonly<Record<string, Vocabulary>> = {
  de: {
    keep: 'merke dir|merken sie sich|speichere|speichern sie|behalte|behalten sie|wende|wenden sie|befolge|befolgen sie|beachte|beachten sie|übernimm|übernehmen sie',
    future:
      '(?:für|in|bei) (?:alle |allen |jede |jeder |jedem )?(?:zukünftigen?|künftigen?|weiteren?|folgenden?|späteren?) (?:gespräche?n?|unterhaltungen?|chats?|sitzungen mit (?:mir|uns|dem nutzer)|antworten?|interaktionen?)',
    triggers: ['zukünftig', 'künftig', 'weitere', 'folgende', 'spätere'],
    futureFirst: true,
  },
  fr: {
    keep: 'retiens|retenez|mémorise|mémorisez|enregistre|enregistrez|garde|gardez|applique|appliquez|suis|suivez|conserve|conservez',
    future:
      '(?:pour|dans|lors de) (?:toutes? (?:les |tes |vos )?|chaque |les |tes |vos )?(?:(?:futures?|prochaines?|suivantes?) (?:conversations?|discussions?|échanges?|réponses?|chats?)|(?:conversations?|discussions?|échanges?|réponses?|chats?) (?:futures?|à venir|suivantes?))',
    triggers: ['futur', 'prochain', 'suivant', 'à venir'],
  },
  es: {
    keep: 'recuerda|recuerde|memoriza|memorice|guarda|guarde|aplica|aplique|sigue|siga|conserva|conserve|mantén|mantenga',
    future:
      '(?:para|en|durante) (?:todas? (?:las |tus |sus )?|cada |las |tus |sus )?(?:(?:futuras?|próximas?|siguientes?) (?:conversaciones?|charlas?|respuestas?|chats?|interacciones?)|(?:conversaciones?|charlas?|respuestas?|chats?|interacciones?) (?:futuras?|siguientes?|posteriores?))',
    triggers: ['futur', 'próxima', 'siguiente', 'posterior'],
  },
  it: {
    keep: 'ricorda|ricordi|memorizza|memorizzi|salva|salvi|applica|applichi|segui|segua|conserva|conservi|mantieni|mantenga',
    future:
      '(?:per|in|durante|nelle|nei) (?:tutte (?:le )?|tutti (?:i )?|ogni |le |i )?(?:(?:future|prossime|successive) (?:conversazioni|chat|risposte|interazioni)|(?:conversazioni|chat|risposte|interazioni) (?:future|successive))',
    triggers: ['futur', 'prossim', 'successiv'],
  },
  pt: {
    keep: 'lembre|lembra|memorize|memoriza|guarde|guarda|salve|salva|aplique|aplica|siga|segue|mantenha|mantém',
    future:
      '(?:para|em|nas|durante) (?:todas? (?:as |suas )?|cada |as |suas )?(?:(?:futuras?|próximas?|seguintes?) (?:conversas?|respostas?|interações?|chats?)|(?:conversas?|respostas?|interações?|chats?) (?:futuras?|seguintes?|posteriores?))',
    triggers: ['futur', 'próxima', 'seguinte', 'posterior'],
  },
  nl: {
    keep: 'onthoud|sla|bewaar|pas|volg|houd',
    future:
      '(?:voor|in|bij) (?:alle |elk |elke |je |uw )?(?:toekomstige|volgende|latere) (?:gesprekken|gesprek|chats?|antwoorden|antwoord|interacties?)',
    triggers: ['toekomstig', 'volgende', 'latere'],
  },
  pl: {
    keep: 'zapamiętaj|zapamiętać|zapisz|zachowaj|stosuj|stosować|przestrzegaj|pamiętaj',
    future:
      '(?:we?|na|dla|podczas) (?:wszystkich |każdej |każdych )?(?:przyszłych|kolejnych|następnych|późniejszych) (?:rozmowach|rozmów|rozmowy|czatach|czatów|odpowiedziach|odpowiedzi|interakcjach|sesjach z użytkownikiem)',
    triggers: ['przyszł', 'kolejn', 'następn', 'późniejsz'],
  },
  ru: {
    keep: 'запомни|запомните|сохрани|сохраните|применяй|применяйте|следуй|следуйте|используй|используйте|учитывай|учитывайте',
    future:
      '(?:во?|для|на|при) (?:всех |всем |каждом |каждой )?(?:будущих|последующих|следующих|дальнейших) (?:разговорах|разговоров|беседах|бесед|диалогах|диалогов|чатах|чатов|ответах|ответов|сессиях с пользователем)',
    triggers: ['будущ', 'последующ', 'следующ', 'дальнейш'],
  },
  uk: {
    keep: 'запам.ятай|запам.ятайте|збережи|збережіть|застосовуй|застосовуйте|дотримуйся|дотримуйтеся|використовуй|використовуйте|враховуй',
    future:
      '(?:у|в|для|на|під час) (?:всіх |усіх |кожній |кожному )?(?:майбутніх|наступних|подальших) (?:розмовах|розмов|бесідах|діалогах|чатах|відповідях|відповідей)',
    triggers: ['майбутн', 'наступн', 'подальш'],
  },
  tr: {
    keep: 'hatırla|hatırlayın|kaydet|kaydedin|sakla|saklayın|uygula|uygulayın|takip et|izle',
    future:
      '(?:tüm |bütün |her )?(?:gelecekteki|sonraki|ileriki|bundan sonraki) (?:tüm |bütün |her )?(?:konuşmalarda|konuşmalar için|sohbetlerde|sohbetler için|yanıtlarda|yanıtlar için|cevaplarda|etkileşimlerde)',
    triggers: ['gelecekteki', 'sonraki', 'ileriki'],
    futureFirst: true,
  },
  zh: {
    keep: '记住|牢记|保存|存储|应用|遵循|遵守|沿用|保留',
    future:
      '(?:在|于|对)?(?:以后|之后|今后|将来|未来|后续)(?:的|所有的?)?(?:所有|每次|每一次)?(?:对话|会话|聊天|回答|回复|交流)(?:中|里|时)',
    triggers: ['以后', '之后', '今后', '将来', '未来', '后续'],
    futureFirst: true,
  },
  ja: {
    keep: '覚えて|記憶して|保存して|記録して|適用して|従って|守って|使って',
    future:
      '(?:今後|以降|将来|これから)の(?:すべての|全ての)?(?:会話|チャット|回答|返答|やり取り)(?:で|に|でも|において)',
    triggers: ['今後', '以降', '将来', 'これから'],
    futureFirst: true,
  },
  ko: {
    keep: '기억해|기억하세요|기억하라|저장해|저장하세요|적용해|적용하세요|따르세요|따라|지키세요',
    future:
      '(?:앞으로의|향후|이후의?|미래의) (?:모든 )?(?:대화|채팅|답변|응답)(?:에서|에|에도|마다)',
    triggers: ['앞으로', '향후', '이후', '미래'],
    futureFirst: true,
  },
  id: {
    keep: 'ingat|ingatlah|simpan|simpanlah|terapkan|ikuti|patuhi|gunakan',
    future:
      '(?:untuk|dalam|di|pada) (?:semua |setiap )?(?:percakapan|obrolan|jawaban|respons|interaksi|sesi) (?:berikutnya|selanjutnya|mendatang|di masa depan|ke depan)',
    triggers: ['berikutnya', 'selanjutnya', 'mendatang', 'masa depan', 'ke depan'],
  },
  vi: {
    keep: 'hãy nhớ|ghi nhớ|nhớ|lưu|lưu lại|áp dụng|tuân theo|làm theo',
    future:
      '(?:cho|trong|ở) (?:tất cả |mọi |các )?(?:cuộc trò chuyện|câu trả lời|phiên trò chuyện|cuộc hội thoại|tương tác) (?:sau này|tiếp theo|trong tương lai|về sau)',
    triggers: ['sau này', 'tiếp theo', 'tương lai', 'về sau'],
  },
};

/** The verb and the future in one sentence, in the language's order (either way where it varies). */
function keepPattern(v: Vocabulary, language: string): RegExp {
  const gap = '[^.!?。！？\\n]';
  // Scripts without spaces have no word starts to look for ("请永久记住").
  const start = UNSPACED.has(language) ? '' : WORD_START;
  const keepFirst = `${start}(?:${v.keep})${gap}{0,40}?${v.future}`;
  const futureFirst = `${v.future}${gap}{0,40}?(?:${v.keep})`;
  const source = v.futureFirst === true ? `${keepFirst}|${futureFirst}` : keepFirst;
  return language === 'tr' ? turkishPattern(source) : new RegExp(source, 'u');
}

const UNSPACED: ReadonlySet<string> = new Set(['zh', 'ja']);

const PER_VOCABULARY: RuleV1[] = Object.entries(VOCABULARY).flatMap(([language, v]) =>
  defineRules(
    {
      category: 'persistence',
      surfaces: ['tool_output', 'tool_description'],
      language,
      explanation: EXPLANATION,
    },
    [
      {
        name: 'remember_for_future',
        severity: 'high',
        triggers: v.triggers,
        pattern: keepPattern(v, language),
        message: 'Content asks the agent to keep an instruction for future sessions',
      },
    ],
  ),
);

/** Every non-English rule of the family: kept for the future, and written into the agent's memory. */
export const RULES_I18N: RuleV1[] = [
  ...PER_VOCABULARY,
  ...rulePerLanguage(
    ruleFamily({
      category: 'persistence',
      surfaces: ['tool_output', 'tool_description'],
      explanation: EXPLANATION,
    }),
    {
      name: 'save_to_memory',
      severity: 'high',
      message: 'Content asks the agent to write an instruction into its memory',
    },
    SAVE_TO_MEMORY,
  ),
];
