// Non-English phrasings of "do not tell / mention / reveal this to the user". English lives in rules.ts.
// A rule needs a negated verb of telling (not of showing: "do not show the password to the user" is honest UX
// advice) close to the word for the user.
import { defineRules } from '../../rules/define-rules.ts';
import { anyOf } from '../../rules/pattern-source.ts';
import type { RuleV1 } from '../../spec/rule-v1.ts';

const EXPLANATION =
  'Content that tells the agent to keep something from the user is a hallmark of injected instructions: honest data has no reason to hide itself.';
const MESSAGE = 'Instruction to hide something from the user';

type Vocabulary = {
  /** Regular-expression source: a negated verb of telling, or "without telling". */
  readonly conceal: string;
  /** Literal words for the user; they are also the triggers. */
  readonly user: readonly string[];
  /** Object-first languages name the user before the verb. */
  readonly objectFirst?: boolean;
  /** Regular-expression source where the user sits inside the verb phrase; `USER` marks the place. */
  readonly around?: string;
  /** Triggers when a word for the user is too common (the English "user"); every match must contain one. */
  readonly triggers?: readonly string[];
  /**
   * Who else the telling may be kept from ("anyone", "other people"): "tell the user not to tell anyone their
   * code" is security advice to the user. After the verb where the language puts the object after it…
   */
  readonly othersAfter?: string;
  /** …and before it (with its particle) where it comes first. */
  readonly othersBefore?: string;
};

const VOCABULARY: Readonly<Record<string, Vocabulary>> = {
  fr: {
    conceal:
      "ne (?:le |l['’]|en |lui |leur )?(?:dis|dites|mentionne|mentionnez|révèle|révélez|signale|signalez|parle|parlez|informe|informez|préviens|prévenez|avertis|avertissez)\\p{L}* (?:surtout |absolument |donc )?(?:pas|jamais|rien)|sans (?:le dire|en informer|en parler|prévenir|avertir|informer|le signaler|le mentionner)|cache(?:-le|z-le)?|dissimule(?:z)?",
    user: [
      "l'utilisateur",
      "à l'utilisateur",
      "l'usager",
      'l’utilisateur',
      'l’usager',
      "l'utilisatrice",
    ],
  },
  de: {
    conceal:
      'sag\\p{L}* (?:es |das |dies |davon )?(?:\\p{L}+ )?(?:nicht|niemals|nichts)|erwähn\\p{L}* (?:es |das |dies |davon )?(?:\\p{L}+ )?(?:nicht|niemals)|verrat\\p{L}* (?:es |das |dies |davon )?(?:\\p{L}+ )?(?:nicht|niemals|nichts)|informier\\p{L}* (?:\\p{L}+ )?(?:nicht|niemals)|ohne (?:es |das )?(?:\\p{L}+ )?(?:zu sagen|zu informieren|zu erwähnen|mitzuteilen|zu benachrichtigen)|verheimlich\\p{L}*|verschweig\\p{L}*',
    user: ['nutzer', 'benutzer', 'anwender', 'dem user', 'den user'],
    around:
      '(?:sag|erwähn|verrat|informier|erzähl)\\p{L}*\\s+(?:\\p{L}+\\s+){0,3}?USER\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?(?:nicht|nichts|niemals|kein)|ohne (?:den |die |dem )?USER\\p{L}* (?:\\p{L}+ )?(?:zu informieren|zu benachrichtigen|zu warnen|etwas zu sagen|davon zu erzählen|in kenntnis zu setzen)',
  },
  es: {
    conceal:
      'no (?:se |le |lo |les )?(?:lo |le |se lo )?(?:digas|diga|menciones|mencione|reveles|revele|informes|informe|comentes|comente|cuentes|cuente|avises|avise|notifiques|notifique)|sin (?:decírselo|decirle|informar|avisar|mencionárselo|mencionar|notificar)|oculta(?:le)?|ocúltale|ocúltaselo',
    user: ['al usuario', 'el usuario', 'la usuaria', 'a la usuaria'],
  },
  it: {
    conceal:
      'non (?:lo |gli |le |glielo )?(?:dire|dica|menzionare|menzioni|rivelare|riveli|informare|informi|comunicare|comunichi|avvisare|avvisi|far sapere)|senza (?:dirlo|dirglielo|informare|avvisare|menzionarlo|comunicarlo)|nascondi(?:lo|gli)?',
    user: ["all'utente", "l'utente", 'l’utente', 'all’utente'],
  },
  pt: {
    conceal:
      'não (?:lhe |o |a |lhes )?(?:diga|digas|conte|contes|mencione|menciones|revele|reveles|informe|informes|avise|avises|comunique|notifique)|sem (?:contar|dizer|informar|avisar|mencionar|notificar)|esconda|oculte',
    user: ['ao usuário', 'o usuário', 'ao utilizador', 'o utilizador', 'à usuária', 'a usuária'],
  },
  nl: {
    conceal:
      '(?:vertel|zeg|meld|noem|vermeld|onthul)\\p{L}* (?:dit |dat |het )?(?:\\p{L}+ )?(?:niet|nooit|niets)|zonder (?:de |het )?(?:\\p{L}+ )?(?:te vertellen|te melden|in te lichten|te informeren)|verberg',
    user: ['gebruiker'],
    around:
      '(?:vertel|zeg|meld|noem|vermeld)\\s+(?:\\p{L}+\\s+){0,2}?USER\\s+(?:\\p{L}+\\s+){0,3}?(?:niet|niets|nooit)|zonder (?:de |het )?USER (?:\\p{L}+ )?(?:te informeren|in te lichten|te vertellen|te waarschuwen)',
  },
  pl: {
    conceal:
      'nie (?:mów|mówcie|wspominaj|ujawniaj|informuj|zdradzaj|powiadamiaj|pokazuj)|nic nie mów|bez (?:informowania|mówienia|powiadamiania|wspominania)|ukryj',
    user: ['użytkownik'],
  },
  ru: {
    conceal:
      'не (?:говори|говорите|сообщай|сообщайте|упоминай|упоминайте|рассказывай|рассказывайте|раскрывай|раскрывайте|информируй|уведомляй|показывай)|ничего не (?:говори|сообщай|рассказывай)|скрой|скройте|утаи|без ведома|не ставь (?:\\p{L}+ )?в известность',
    user: ['пользовател', 'юзер'],
  },
  uk: {
    conceal:
      'не (?:кажи|кажіть|говори|говоріть|повідомляй|повідомляйте|згадуй|згадуйте|розповідай|розповідайте|розкривай|інформуй|показуй)|нічого не (?:кажи|повідомляй|розповідай)|приховай|приховайте|без відома',
    user: ['користувач'],
  },
  tr: {
    conceal:
      'söyleme|söylemeyin|bahsetme|bahsetmeyin|belirtme|belirtmeyin|açıklama|haber verme|bilgi verme|bildirme|bildirmeyin|gizle|fark ettirme|sezdirme|haberi olmadan|haberi olmasın',
    user: ['kullanıcı', 'kullanici', 'kullanıcıya', 'kullanıcıdan'],
    objectFirst: true,
  },
  ar: {
    conceal:
      'لا (?:تخبر|تخبري|تذكر|تذكري|تكشف|تعلم|تبلغ|تقل|تقول|تطلع|تُعلم|تُخبر)|دون (?:إخبار|اخبار|علم|إبلاغ|ابلاغ|إعلام)|بدون (?:إخبار|اخبار|علم|إبلاغ|إعلام)|أخف|اخف|اخفِ|أخفِ',
    user: ['المستخدم', 'للمستخدم'],
  },
  fa: {
    conceal:
      'نگو|نگویید|اطلاع نده|اطلاع ندهید|اشاره نکن|مطرح نکن|فاش نکن|پنهان کن|مخفی کن|بدون اطلاع|بی‌خبر|بیخبر',
    user: ['کاربر', 'كاربر'],
    objectFirst: true,
  },
  hi: {
    conceal:
      'मत बताना|मत बताओ|मत बताएं|मत बताइए|न बताएं|न बताना|नहीं बताना|ना बताना|मत कहना|जिक्र मत|ज\u093cिक्र मत|जिक्र न|ज\u093cिक्र न|पता न चले|पता नहीं चलना|छिपाओ|छिपाएं|छुपाओ|mat batana|mat batao|na batana|pata na chale',
    user: ['उपयोगकर्ता', 'यूज़र', 'यूज\u093cर', 'यूजर', 'user'],
    objectFirst: true,
    triggers: [
      'उपयोगकर्ता',
      'यूज़र',
      'यूज\u093cर',
      'यूजर',
      ...'मत बताना|मत बताओ|मत बताएं|मत बताइए|न बताएं|न बताना|नहीं बताना|ना बताना|मत कहना|जिक्र मत|ज\u093cिक्र मत|जिक्र न|ज\u093cिक्र न|पता न चले|पता नहीं चलना|छिपाओ|छिपाएं|छुपाओ|mat batana|mat batao|na batana|pata na chale'.split(
        '|',
      ),
    ],
  },
  zh: {
    conceal:
      '不要(?:告诉|告訴|透露给|透露給|让|讓|通知|提及|提醒|向|对|對|跟)|别(?:告诉|告訴|让|讓|通知|提及|跟)|別(?:告訴|讓|通知|提及|跟)|不得(?:告诉|告訴|透露)|切勿(?:告诉|告訴|透露)|不能(?:告诉|告訴|让|讓)|瞒着|瞞著|隐瞒|隱瞞|保密|不让|不讓',
    user: ['用户', '用戶', '使用者'],
    objectFirst: true,
    othersAfter: '任何人|别人|別人|他人|其他人|陌生人|外人|第三方',
  },
  ja: {
    conceal:
      '言わない|言うな|伝えない|伝えるな|知らせない|知らせるな|教えない|教えるな|触れない|触れるな|明かさない|明かすな|秘密に|内緒に|隠して|隠せ|気づかれない|気付かれない|黙って',
    user: ['ユーザー', 'ユーザ', '利用者'],
    objectFirst: true,
    othersBefore: '(?:他人|誰|第三者|ほかの人|他の人)にも?',
  },
  ko: {
    conceal:
      '말하지 마|말하지 말|알리지 마|알리지 말|언급하지 마|언급하지 말|밝히지 마|밝히지 말|공개하지 마|공개하지 말|숨기|비밀로|모르게',
    user: ['사용자', '유저', '이용자'],
    objectFirst: true,
  },
  id: {
    conceal:
      'jangan (?:beri tahu|beritahu|beritahukan|kasih tahu|katakan|sampaikan|ungkapkan|sebutkan|informasikan|memberi tahu)|tanpa (?:memberi tahu|memberitahu|sepengetahuan|menginformasikan)|sembunyikan|rahasiakan',
    user: ['pengguna', 'user'],
    // Each match has a concealing verb or, with the user first, a "must not" (the list in the pattern below).
    triggers: [
      'pengguna',
      'jangan',
      'tanpa',
      'sembunyikan',
      'rahasiakan',
      'ne doit',
      'darf nicht',
      'darf niemals',
      'no debe',
      'non deve',
      'não deve',
      'mag niet',
      'nie może',
      'не долж',
      'не повин',
      'tidak boleh',
      'không được',
      '不能',
      '不应',
      '不應',
    ],
  },
  vi: {
    conceal:
      '(?:đừng|không được|không nên|chớ) (?:nói|kể|tiết lộ|cho|thông báo|đề cập|báo)|giấu|che giấu|không cho (?:\\p{L}+ )?biết|mà không (?:báo|nói|thông báo)',
    user: ['người dùng'],
  },
};

export const RULES_I18N: RuleV1[] = Object.entries(VOCABULARY).flatMap(([language, v]) => {
  const gap = '[^.!?。\\n]';
  const user = anyOf(v.user);
  const conceal = `${v.othersBefore === undefined ? '' : `(?<!${v.othersBefore})`}(?:${v.conceal})${v.othersAfter === undefined ? '' : `(?!${v.othersAfter})`}`;
  const source = v.objectFirst
    ? `${user}${gap}{0,40}?${conceal}|${conceal}${gap}{0,15}?${user}`
    : `${conceal}${gap}{0,30}?${user}|${user}${gap}{0,12}?(?:ne doit pas|ne doit jamais|darf nicht|darf niemals|no debe|non deve|não deve|mag niet|nie może|не должен|не должна|не повинен|не повинна|tidak boleh|không được|不能|不应|不應)${gap}{0,20}?(?:savoir|wissen|erfahren|saber|sapere|weten|wiedzieć|знать|узнать|знати|дізнатися|tahu|mengetahui|biết|知道)`;
  const around = v.around ? `|${v.around.replaceAll('USER', user)}` : '';
  return defineRules(
    {
      category: 'hide_from_user',
      surfaces: ['prompt', 'tool_output', 'tool_description'],
      language,
      explanation: EXPLANATION,
    },
    [
      {
        name: 'do_not_tell_user',
        severity: 'high',
        triggers: v.triggers ?? v.user,
        pattern: new RegExp(source + around, 'u'),
        message: MESSAGE,
      },
    ],
  );
});
