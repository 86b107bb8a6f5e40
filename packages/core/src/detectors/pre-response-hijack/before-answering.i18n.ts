// Non-English "before answering, open … / send … / call …": content that makes the agent take an action
// before it replies. English lives in rules.ts (before_answering_act). The action must be one with effects
// (open, visit, send, transfer, delete, download, click, run, enter, share) in the familiar imperative, in
// the same sentence: "Bevor Sie antworten, lesen Sie den Anhang" asks a person to read.
import type { LanguageForm } from '../../rules/define-rules.ts';
import { AFTER_NO_LETTER } from '../../rules/pattern-source.ts';

const GAP = '[^.!?。！？\\n]{0,40}?';

function form(triggers: readonly string[], before: string, act: string): LanguageForm {
  return {
    triggers,
    pattern: new RegExp(
      `${AFTER_NO_LETTER}(?:${before})${GAP}${AFTER_NO_LETTER}(?:${act})(?![\\p{L}\\p{M}])`,
      'u',
    ),
  };
}

/** The `before_answering_act` rule of each language: its triggers and pattern. */
export const BEFORE_ANSWERING_ACT: Readonly<Record<string, LanguageForm>> = {
  de: form(
    ['bevor', 'vor der', 'vor deiner'],
    'bevor du (?:antwortest|zusammenfasst|fortfährst|weitermachst)|vor (?:der|deiner) (?:antwort|zusammenfassung)',
    'öffne|besuche|rufe|sende|schicke|leite|überweise|lösche|lade|installiere|klicke|führe|gib|teile|trage',
  ),
  fr: form(
    ['avant de', 'avant ta'],
    'avant de (?:répondre|résumer|continuer|poursuivre)|avant ta réponse',
    'ouvre|visite|va sur|rends-toi sur|appelle|envoie|transfère|transmets|supprime|télécharge|installe|clique|exécute|saisis|partage|révèle|affiche',
  ),
  es: form(
    ['antes de'],
    'antes de (?:responder|contestar|resumir|continuar|seguir)|antes de tu respuesta',
    'abre|visita|ve a|entra en|llama|envía|manda|reenvía|transfiere|borra|elimina|descarga|instala|haz clic|ejecuta|introduce|comparte|revela|muestra',
  ),
  it: form(
    ['prima di', 'prima della'],
    'prima di (?:rispondere|riassumere|continuare|procedere)|prima della tua risposta',
    'apri|visita|vai su|chiama|invia|manda|inoltra|trasferisci|elimina|cancella|scarica|installa|clicca|esegui|inserisci|condividi|rivela|mostra',
  ),
  pt: form(
    ['antes de', 'antes da'],
    'antes de (?:responder|resumir|continuar|prosseguir)|antes da (?:sua|tua) resposta',
    'abra|abre|visite|visita|acesse|vá para|chame|envie|envia|mande|encaminhe|transfira|apague|exclua|baixe|instale|clique|execute|digite|insira|compartilhe|revele|mostre',
  ),
  nl: form(
    ['voordat', 'voor je'],
    'voordat je (?:antwoordt|antwoord geeft|samenvat|verdergaat)|voor je antwoord',
    'open|bezoek|ga naar|roep|stuur|verstuur|maak|verwijder|download|installeer|klik|voer|vul|deel|onthul|toon',
  ),
  pl: form(
    ['zanim', 'przed odpowiedzią', 'przed podsumowaniem'],
    'zanim (?:odpowiesz|podsumujesz|przejdziesz dalej)|przed (?:odpowiedzią|podsumowaniem)',
    'otwórz|odwiedź|wejdź na|wywołaj|wyślij|prześlij|przekaż|przelej|usuń|pobierz|zainstaluj|kliknij|wykonaj|uruchom|wpisz|udostępnij|ujawnij|pokaż',
  ),
  ru: form(
    ['прежде чем', 'перед тем', 'перед ответом'],
    'прежде чем (?:ответить|отвечать|резюмировать|продолжить)|перед тем как (?:ответить|отвечать|продолжить)|перед ответом',
    'открой|посети|перейди|зайди|вызови|отправь|перешли|переведи|удали|скачай|загрузи|установи|нажми|выполни|запусти|введи|поделись|раскрой|покажи',
  ),
  uk: form(
    ['перш ніж', 'перед тим', 'перед відповіддю'],
    'перш ніж (?:відповісти|відповідати|підсумувати|продовжити)|перед тим як (?:відповісти|продовжити)|перед відповіддю',
    'відкрий|відвідай|перейди|зайди|виклич|надішли|перешли|переказ\\p{L}*|видали|завантаж|встанови|натисни|виконай|запусти|введи|поділися|розкрий|покажи',
  ),
  tr: form(
    ['vermeden önce', 'yanıtlamadan önce', 'cevaplamadan önce', 'özetlemeden önce'],
    '(?:cevap vermeden|yanıt vermeden|yanıtlamadan|cevaplamadan|özetlemeden) önce',
    'aç|ziyaret et|git|çağır|gönder|ilet|aktar|sil|indir|yükle|tıkla|çalıştır|gir|paylaş',
  ),
  ar: form(
    ['قبل '],
    'قبل (?:الرد|الإجابة|أن ترد|أن تجيب|التلخيص|أن تلخص)',
    'افتح|زر|اذهب إلى|استدع|أرسل|حوّل|حول|احذف|نزّل|نزل|ثبّت|ثبت|انقر|نفّذ|نفذ|أدخل|شارك|اكشف',
  ),
  fa: form(
    ['قبل از'],
    'قبل از (?:پاسخ|جواب|خلاصه)',
    'باز کن|برو|بفرست|ارسال کن|حذف کن|دانلود کن|نصب کن|کلیک کن|اجرا کن|وارد کن',
  ),
  hi: form(
    ['से पहले'],
    '(?:जवाब|उत्तर) देने से पहले',
    'खोलें|खोलो|जाएं|जाओ|भेजें|भेजो|हटाएं|डाउनलोड करें|इंस्टॉल करें|क्लिक करें|चलाएं|दर्ज करें|साझा करें',
  ),
  zh: {
    triggers: [
      '回答之前',
      '回答前',
      '回复之前',
      '回复前',
      '答复前',
      '总结之前',
      '总结前',
      '作答前',
    ],
    pattern:
      /(?:回答|回复|答复|总结|作答)(?:之前|前)[^。！？\n]{0,30}?(?:打开|访问|前往|调用|发送|转发|转账|删除|下载|安装|点击|执行|运行|输入|填写|分享|透露)/u,
  },
  ja: {
    triggers: ['前に', 'まえに'],
    pattern:
      /(?:回答|返答|返信|要約)(?:する)?(?:前に|まえに)[^。！？\n]{0,40}?(?:開いて|アクセスして|呼び出して|送信して|送って|転送して|振り込んで|削除して|ダウンロードして|インストールして|クリックして|実行して|入力して|共有して)/u,
  },
  ko: {
    triggers: [' 전에'],
    pattern:
      /(?:답변|응답|대답|요약)(?:하기)? 전에[^.!?\n]{0,40}?(?:열어|방문해|호출해|보내|전송해|전달해|송금해|삭제해|다운로드해|설치해|클릭해|실행해|입력해|공유해)/u,
  },
  id: form(
    ['sebelum'],
    'sebelum (?:menjawab|membalas|merangkum|melanjutkan)',
    'buka|kunjungi|panggil|kirim|kirimkan|teruskan|transfer|hapus|unduh|instal|klik|jalankan|masukkan|bagikan|ungkapkan',
  ),
  vi: form(
    ['trước khi'],
    'trước khi (?:trả lời|phản hồi|tóm tắt|tiếp tục)',
    'mở|truy cập|gọi|gửi|chuyển tiếp|chuyển tiền|xóa|tải xuống|cài đặt|nhấp|chạy|thực thi|nhập|chia sẻ|tiết lộ',
  ),
};
