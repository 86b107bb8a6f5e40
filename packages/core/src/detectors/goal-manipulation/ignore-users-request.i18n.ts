// Non-English "ignore the user's question and …": content that tells the model to leave the user's request
// unanswered. English lives in rules.ts (ignore_users_request). The verb must stand right before the request
// ("ignore the user's question"), so a guideline that it should not ("never ignore the user's question", "do not
// ignore …") does not fire: the negations that do come right before the verb are ruled out per language.
import { type LanguageForm, ruleFamily, rulePerLanguage } from '../../rules/define-rules.ts';
import type { RuleV1 } from '../../spec/rule-v1.ts';
import { EXPLANATION } from './rules.ts';

const family = ruleFamily({
  category: 'goal_manipulation',
  surfaces: ['tool_output', 'tool_description'],
  explanation: EXPLANATION,
});

/** Per language: the literals every match holds, and the pattern. */
const IGNORE_USERS_REQUEST: Readonly<Record<string, LanguageForm>> = {
  de: {
    triggers: ['nutzer', 'anwender', 'kunde'],
    pattern:
      /\b(?:ignorier(?:e|en sie)?|vergiss|vergessen sie|missachte|übergeh(?:e|en sie)?) (?:die |den |das )?(?:frage|anfrage|bitte|anweisung(?:en)?|aufgabe|nachricht|auftrag|wunsch)(?:e|n)? (?:des|der) (?:nutzer|benutzer|anwender|kunde)\p{L}*/u,
  },
  fr: {
    triggers: ['utilisat'],
    pattern:
      /\b(?:ignore[sz]?|oublie[sz]?|ne tiens pas compte de|ne tenez pas compte de) (?:la |les |le |l['’])?(?:question|demande|requête|instruction|consigne|message|tâche)s? de l['’]utilisat(?:eur|rice)/u,
  },
  es: {
    triggers: ['del usuario'],
    pattern:
      /(?<!\bno )\b(?:ignora|ignore|olvida|olvide|no hagas caso (?:a|de)) (?:la |las |el |los )?(?:pregunta|petición|solicitud|consulta|instrucci[oó]n(?:es)?|mensaje|tarea)s? del usuario/u,
  },
  it: {
    triggers: ['utente'],
    pattern:
      /(?<!\bnon )\b(?:ignora|ignori|dimentica|dimentichi|trascura) (?:la |le |il |i |l['’])?(?:domand[ae]|richiest[ae]|istruzion[ei]|messaggio|compito) dell['’]utente/u,
  },
  pt: {
    triggers: ['usuário', 'utilizador'],
    pattern:
      /(?<!\bnão )\b(?:ignore|ignora|esqueça|esquece|desconsidere) (?:a |as |o |os )?(?:pergunta|pedido|solicitação|instrução|instruções|mensagem|tarefa)s? do (?:usuário|utilizador)/u,
  },
  nl: {
    triggers: ['gebruiker'],
    pattern:
      /\b(?:negeer|vergeet) (?:de |het )?(?:vraag|verzoek|opdracht|instructies?|bericht|taak)(?:en)? van de gebruiker/u,
  },
  pl: {
    triggers: ['użytkownika'],
    pattern:
      /(?<!\bnie )(?<![\p{L}])(?:zignoruj|ignoruj|zapomnij o) (?:pytani[ea]|prośb[ęy]|polecenie|polecenia|instrukcj[eęiy]|wiadomoś[ćci]|zadani[ea]) użytkownika/u,
  },
  ru: {
    triggers: ['пользовател'],
    pattern:
      /(?<!не )(?<![\p{L}])(?:игнорируй(?:те)?|проигнорируй(?:те)?|забудь(?:те)?) (?:вопрос|запрос|просьбу|инструкции|сообщение|задачу|задание)\p{L}* пользовател\p{L}*/u,
  },
  uk: {
    triggers: ['користувач'],
    pattern:
      /(?<!не )(?<![\p{L}])(?:ігноруй(?:те)?|проігноруй(?:те)?|забудь(?:те)?) (?:питання|запит|прохання|інструкції|повідомлення|завдання)\p{L}* користувач\p{L}*/u,
  },
  tr: {
    triggers: ['kullanıcının'],
    pattern:
      /kullanıcının (?:sorusunu|isteğini|talebini|talimatlarını|mesajını|görevini) (?:görmezden gel|yok say|unut|boş ?ver)(?!m[eiıa])/u,
  },
  ar: {
    triggers: ['المستخدم'],
    pattern: /(?<![\p{L}])(?:تجاهل|تجاهلي|انس) (?:سؤال|طلب|تعليمات|رسالة|مهمة) المستخدم/u,
  },
  fa: {
    triggers: ['کاربر'],
    pattern: /(?:سوال|سؤال|درخواست|دستورات|پیام) کاربر را (?:نادیده بگیر|فراموش کن)/u,
  },
  hi: {
    triggers: ['उपयोगकर्ता'],
    pattern:
      /उपयोगकर्ता (?:के|का|की) (?:प्रश्न|सवाल|अनुरोध|निर्देश|निर्देशों|संदेश) (?:को )?(?:अनदेखा|नज़रअंदाज़|नजरअंदाज|भूल)(?! न | मत | नहीं)/u,
  },
  zh: {
    triggers: ['用户'],
    pattern:
      /(?<!不要|不能|不可|不得|[不别勿])(?:忽略|无视|忘记|忘掉)(?:掉)?用户的?(?:问题|请求|提问|指令|要求|消息|任务)/u,
  },
  ja: {
    triggers: ['ユーザー'],
    pattern:
      /ユーザー(?:の|からの)(?:質問|依頼|要求|指示|リクエスト|メッセージ)(?:は|を)(?:無視|忘れ)(?!しない|せず|しては|ては|ないで)/u,
  },
  ko: {
    triggers: ['사용자의'],
    pattern:
      /사용자의 (?:질문|요청|지시|메시지)(?:을|를|은|는)? (?:무시|잊어)(?!하지 마|하지 말|해서는|서는)/u,
  },
  id: {
    triggers: ['pengguna'],
    pattern:
      /(?<!\bjangan )\b(?:abaikan|lupakan) (?:pertanyaan|permintaan|instruksi|pesan|tugas) (?:dari )?pengguna/u,
  },
  vi: {
    triggers: ['người dùng'],
    pattern:
      /(?<!đừng |không được |không )(?:bỏ qua|phớt lờ|lờ đi|quên) (?:câu hỏi|yêu cầu|chỉ dẫn|hướng dẫn|tin nhắn|nhiệm vụ) (?:của )?người dùng/u,
  },
};

export const IGNORE_USERS_REQUEST_I18N: RuleV1[] = rulePerLanguage(
  family,
  {
    name: 'ignore_users_request',
    severity: 'high',
    message: "Content tells the model to ignore the user's request",
  },
  IGNORE_USERS_REQUEST,
);
