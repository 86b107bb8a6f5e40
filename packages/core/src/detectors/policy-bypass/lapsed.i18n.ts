// Non-English "your safety rules no longer apply (in this conversation)": the model's rules declared lapsed,
// suspended or void. English lives in rules.ts (policies_do_not_apply). A workplace notice says the same of
// its own rules ("Die alten Sicherheitsregeln gelten nicht mehr"), so the rules must be the reader's own
// ("your safety rules") or the sentence must be about this conversation, chat or session.
import type { RuleSpec } from '../../rules/define-rules.ts';
import { anyOf } from '../../rules/pattern-source.ts';

type Lapse = {
  /** Regular-expression source: the rules no longer apply, are suspended, lifted, void. */
  readonly lapsed: string;
  /** Regular-expression source: a second-person possessive right before the rules ("your safety rules"). */
  readonly yours?: string;
  /** Regular-expression source: this conversation, chat or session. */
  readonly talk: string;
};

const LAPSES: Readonly<Record<string, Lapse>> = {
  fr: {
    lapsed:
      "ne s['’]appliqu\\p{L}* (?:plus|pas)|ne sont plus (?:valables|en vigueur|applicables|actives?)|(?:sont|ont été) (?:suspendu|levé|désactivé|annulé|supprimé)\\p{L}*|n['’]existent plus",
    yours: 'tes|vos|ton|ta|votre',
    talk: 'conversation|discussion|session',
  },
  de: {
    lapsed:
      'gelten\\b[^.!?\\n]{0,40}?\\bnicht mehr|gelten nicht|(?:sind|wurden|werden) (?:\\p{L}+ ){0,2}?(?:aufgehoben|deaktiviert|ausgesetzt|abgeschaltet|ungültig)|nicht mehr (?:gültig|aktiv|in kraft)',
    yours: 'deine|deinen|ihre|eure',
    talk: 'gespräch|unterhaltung',
  },
  es: {
    lapsed:
      'ya no (?:se )?aplica\\p{L}*|no (?:se )?aplica\\p{L}*|(?:han sido|quedan|están|fueron) (?:suspendid|desactivad|anulad|levantad|eliminad)\\p{L}*|ya no (?:son válid|están vigent|tienen efecto)\\p{L}*',
    yours: 'tus|tu',
    talk: 'conversación|charla|sesión',
  },
  it: {
    lapsed:
      'non (?:valgono|si applicano)|non sono più (?:valid|attiv|in vigore)\\p{L}*|(?:sono state|sono stati|vengono) (?:sospes|disattivat|revocat|annullat|rimoss)\\p{L}*',
    yours: 'tue|tuoi|tua|tuo|vostre|vostri',
    talk: 'conversazione|sessione',
  },
  pt: {
    lapsed:
      'não se aplicam?|não (?:são|estão) mais (?:válid|ativ|em vigor)\\p{L}*|(?:foram|estão) (?:suspens|desativad|revogad|anulad|removid)\\p{L}*|não valem mais|deixaram de (?:valer|se aplicar)',
    yours: 'tuas|teus|tua|teu',
    talk: 'conversa|sessão',
  },
  nl: {
    lapsed:
      'gelden\\b[^.!?\\n]{0,40}?\\bniet meer|gelden niet|(?:zijn|werden|worden) (?:\\p{L}+ ){0,2}?(?:opgeheven|uitgeschakeld|geschorst|ingetrokken)|niet meer (?:geldig|van toepassing)|zijn niet van toepassing',
    yours: 'je|jouw|uw',
    talk: 'gesprek|sessie',
  },
  pl: {
    lapsed:
      'nie obowiązują|nie mają zastosowania|(?:zostały|są) (?:zawieszone|wyłączone|uchylone|zniesione|anulowane)|przestały obowiązywać',
    yours: 'twoje|twoich|swoje|wasze',
    talk: 'rozmow\\p{L}*|sesj\\p{L}*|czac\\p{L}*',
  },
  ru: {
    lapsed:
      'больше не (?:действуют|действует|применяются|применяется|работают)|не (?:действуют|применяются)|(?:отменены|отключены|сняты|приостановлены|аннулированы)|утратили силу',
    yours: 'твои|ваши|свои',
    talk: 'разговор|беседе|беседы|сеанс|сесси|чат',
  },
  uk: {
    lapsed:
      'більше не (?:діють|діє|застосовуються|працюють)|не (?:діють|застосовуються)|(?:скасовані|вимкнені|зняті|призупинені)|втратили чинність',
    yours: 'твої|ваші|свої',
    talk: 'розмов|бесід|сеанс|сесі|чат',
  },
  tr: {
    lapsed: 'geçerli değil|uygulanmıyor|askıya alındı|kaldırıldı|devre dışı bırakıldı|iptal edildi',
    talk: 'konuşma|sohbet|oturum',
  },
  ar: {
    lapsed:
      'لم تعد (?:تنطبق|سارية|مطبقة|فعالة)|لا تنطبق|(?:تم|قد تم) (?:تعليق|إلغاء|تعطيل|رفع)\\p{L}*|معطلة|ملغاة',
    talk: 'المحادثة|الدردشة',
  },
  fa: {
    lapsed:
      'دیگر (?:اعمال نمی‌شو|اعمال نمیشو|معتبر نیست|اعتبار ندار)\\p{L}*|(?:لغو|غیرفعال|معلق) (?:شده|شد)\\p{L}*',
    talk: 'گفتگو|مکالمه|چت',
  },
  hi: {
    lapsed: 'लागू नहीं (?:होते|होती|होता|हैं|है)|(?:निलंबित|रद्द|निष्क्रिय) (?:कर दिए गए|कर दी गई|हो गए|हैं|है)',
    yours: 'तुम्हारे|आपके|अपने',
    talk: 'बातचीत|चैट|सत्र',
  },
  zh: {
    lapsed:
      '不再适用|不再適用|不适用|不適用|已(?:被)?(?:取消|停用|暂停|暫停|解除|关闭|關閉|失效|作废|作廢)|不再有效',
    yours: '你的|您的',
    talk: '对话|對話|聊天|会话|會話',
  },
  ja: {
    lapsed: '適用されません|適用されない|(?:無効|停止|解除|廃止)(?:に|され|し)|効力を失',
    yours: 'あなたの|君の',
    talk: '会話|チャット|セッション',
  },
  ko: {
    lapsed: '적용되지 않|(?:해제|중단|비활성화|폐지|취소)(?:되었|됐|된다|됩니다)|효력이 없',
    yours: '너의|당신의|네',
    talk: '대화|채팅|세션',
  },
  id: {
    lapsed:
      'tidak (?:lagi )?berlaku|(?:telah |sudah )?(?:ditangguhkan|dinonaktifkan|dicabut|dibatalkan)',
    talk: 'percakapan|obrolan|sesi',
  },
  vi: {
    lapsed:
      'không còn (?:áp dụng|hiệu lực|có hiệu lực|được áp dụng)|không áp dụng|(?:tạm ngưng|vô hiệu hóa|hủy bỏ|bãi bỏ|gỡ bỏ)',
    talk: 'cuộc trò chuyện|phiên',
  },
};

/**
 * The rule "the model's safety rules no longer apply" in `language`, given the regular-expression source
 * `safety` of its names for those rules and the same names as literal triggers; none without a lapse table.
 */
export function lapsedRuleSpecs(
  language: string,
  safety: string,
  triggers: readonly string[],
): RuleSpec[] {
  const lapse = LAPSES[language];
  if (lapse === undefined) return [];
  const stated = `${safety}[^.!?。\\n]{0,40}?(?:${lapse.lapsed})`;
  const talk = `(?:${lapse.talk})`;
  const alternatives = [
    `${talk}[^.!?。\\n]{0,60}?${stated}`,
    `${stated}[^.!?。\\n]{0,60}?${talk}`,
    `${safety}[^.!?。\\n]{0,40}?${talk}[^.!?。\\n]{0,40}?(?:${lapse.lapsed})`,
  ];
  if (lapse.yours !== undefined) {
    alternatives.push(`(?:${lapse.yours})\\s*${stated}`);
    // Names that carry the possessive themselves ("tes filtres", "你的限制").
    const startsYours = new RegExp(`^(?:${lapse.yours})`, 'u');
    const own = triggers.filter((trigger) => startsYours.test(trigger));
    if (own.length > 0) alternatives.push(`${anyOf(own)}[^.!?。\\n]{0,40}?(?:${lapse.lapsed})`);
  }
  return [
    {
      name: 'rules_lapsed',
      severity: 'high',
      triggers,
      pattern: new RegExp(alternatives.join('|'), 'u'),
      message: "Claim that the model's safety rules no longer apply",
    },
  ];
}
