// Non-English "whenever the user wants to send an e-mail, use this tool instead": a tool that claims another's
// job. English lives in rules.ts (claims_other_action). Both parts are needed: the user about to send, pay or
// delete, and this tool put "instead" ("stattdessen", "en su lugar", "改用"): "Sucht im Katalog. Ersetzt
// search_v1" names no action of the user's.
import type { LanguageForm } from '../../rules/define-rules.ts';

const GAP = '[^.!?。\\n]{0,60}?';

function form(triggers: readonly string[], userWants: string, instead: string): LanguageForm {
  return { triggers, pattern: new RegExp(`(?:${userWants})${GAP}(?:${instead})`, 'u') };
}

/** The `claims_other_action` rule of each language: its triggers (the "instead" words) and pattern. */
export const CLAIMS_OTHER_ACTION: Readonly<Record<string, LanguageForm>> = {
  de: form(
    ['stattdessen', 'statt dessen'],
    '(?:nutzer|benutzer|anwender)\\p{L}*[^.\\n]{0,30}?(?:senden|schicken|versenden|überweisen|bezahlen|löschen|posten|teilen) (?:will|möchte|möchten|wollen)',
    '(?:stattdessen|statt dessen) (?:dieses|unser|das) (?:tool|werkzeug)|(?:dieses|unser) (?:tool|werkzeug) (?:stattdessen|statt dessen)|(?:benutze|verwende|nutze|rufe) (?:stattdessen|statt dessen) (?:dieses|unser)',
  ),
  fr: form(
    ['plutôt', 'à la place'],
    "l['’]utilisat(?:eur|rice) (?:veut|souhaite|voudra|demande)[^.\\n]{0,10}?(?:envoyer|transférer|payer|supprimer|publier|partager)",
    'plutôt cet outil|cet outil à la place|à la place,? (?:utilise|appelle) cet outil',
  ),
  es: form(
    ['en su lugar', 'en lugar de eso'],
    'el usuario (?:quiera|quiere|desee|pida)[^.\\n]{0,10}?(?:enviar|mandar|transferir|pagar|borrar|eliminar|publicar|compartir)',
    'esta herramienta en su lugar|en (?:su lugar|lugar de eso),? (?:usa|utiliza|llama a) esta herramienta',
  ),
  it: form(
    ['invece', 'al suo posto'],
    "l['’]utente (?:vuole|voglia|desidera|chiede)[^.\\n]{0,10}?(?:inviare|mandare|trasferire|pagare|cancellare|eliminare|pubblicare|condividere)",
    'invece questo strumento|questo strumento invece|al suo posto questo strumento',
  ),
  pt: form(
    ['no lugar', 'em vez disso'],
    'o usuário (?:quiser|quer|deseja|pedir)[^.\\n]{0,10}?(?:enviar|mandar|transferir|pagar|apagar|excluir|publicar|compartilhar)',
    'esta ferramenta no lugar|em vez disso,? (?:use|utilize) esta ferramenta|esta ferramenta em vez disso',
  ),
  ru: form(
    ['вместо'],
    'пользователь (?:хочет|захочет|просит)[^.\\n]{0,10}?(?:отправить|переслать|перевести|оплатить|удалить|опубликовать)',
    'вместо этого (?:этот|данный) инструмент|(?:этот|данный) инструмент вместо',
  ),
  uk: form(
    ['натомість', 'замість'],
    'користувач (?:хоче|захоче|просить)[^.\\n]{0,10}?(?:надіслати|переслати|переказати|оплатити|видалити|опублікувати)',
    'натомість (?:цей|даний) інструмент|замість цього (?:цей|даний) інструмент',
  ),
  pl: form(
    ['zamiast'],
    'użytkownik (?:chce|zechce|prosi)[^.\\n]{0,10}?(?:wysłać|przesłać|przelać|zapłacić|usunąć|opublikować)',
    'zamiast tego (?:tego|to|z tego) narzędzi\\p{L}*|tego narzędzia zamiast',
  ),
  tr: form(
    ['bunun yerine'],
    'kullanıcı[^.\\n]{0,30}?(?:göndermek|yollamak|ödemek|silmek|paylaşmak) istediğinde',
    'bunun yerine bu aracı',
  ),
  id: form(
    ['sebagai gantinya'],
    'pengguna (?:ingin|mau|meminta)[^.\\n]{0,10}?(?:mengirim|mentransfer|membayar|menghapus|memposting|membagikan)',
    'alat ini sebagai gantinya|sebagai gantinya,? gunakan alat ini',
  ),
  vi: form(
    ['thay thế', 'thay vào đó'],
    'người dùng muốn[^.\\n]{0,10}?(?:gửi|chuyển|thanh toán|xóa|đăng|chia sẻ)',
    'công cụ này thay thế|thay vào đó,? (?:hãy )?dùng công cụ này',
  ),
  zh: form(
    ['改用', '改为使用'],
    '用户(?:想|要|想要|需要)(?:发送|发|转账|付款|支付|删除|发布|分享)',
    '(?:改用|改为使用)(?:本|这个|此)工具',
  ),
  ja: form(
    ['代わりに'],
    'ユーザーが[^。\\n]{0,20}?(?:送ろう|送信しよう|送金しよう|支払おう|削除しよう|投稿しよう)と',
    '代わりにこのツール',
  ),
  ko: form(
    ['대신'],
    '사용자가[^.\\n]{0,20}?(?:보내려고|전송하려고|송금하려고|결제하려고|삭제하려고|게시하려고)',
    '대신 이 도구',
  ),
  ar: form(
    ['بدلاً', 'بدلا'],
    'المستخدم[^.\\n]{0,20}?(?:إرسال|تحويل|دفع|حذف|نشر)',
    'هذه الأداة بدلاً من ذلك|هذه الأداة بدلا من ذلك|بدلاً من ذلك،? استخدم هذه الأداة',
  ),
};
