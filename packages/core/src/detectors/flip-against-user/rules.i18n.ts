// Non-English phrasings of "tell the user to re-enter / confirm / send their password (card number, login,
// verification code…)": the agent made into a phisher. English lives in rules.ts. Three parts must meet in
// one sentence: an order to tell or ask the user, a secret, and handing it over (in either order); security
// advice ("tell your users never to share their password") is left alone by a negation soon after the user.
import { defineRules } from '../../rules/define-rules.ts';
import { WORD_START } from '../../rules/pattern-source.ts';
import type { RuleV1 } from '../../spec/rule-v1.ts';
import { EXPLANATION } from './rules.ts';

const MESSAGE = 'Content tells the agent to make the user hand over credentials or payment details';

type Vocabulary = {
  /** "Tell / ask / convince" addressed to the agent, then the user: regular-expression source. */
  readonly tellUser: string;
  /** A secret the user holds. */
  readonly secret: string;
  /** Entering, confirming, giving or sending it. */
  readonly handOver: string;
  /** Negations that make it advice ("never", "do not"). */
  readonly not: string;
  /** Literals every match contains: the words for the user. */
  readonly triggers: readonly string[];
  /** Scripts without spaces between words. */
  readonly unspaced?: boolean;
};

const VOCABULARY: Readonly<Record<string, Vocabulary>> = {
  de: {
    tellUser:
      '(?:sag|sage|sagen sie|teile|teilen sie|informiere|informieren sie|fordere|fordern sie|bitte|bitten sie|überzeuge|überzeugen sie|weise|weisen sie|bringe|bringen sie) (?:de[nmr] |die |ihre[nm]? )?(?:nutzer(?:in|innen|n)?|benutzer(?:in|innen|n)?|kunden|kundin(?:nen)?|anwender(?:in|innen|n)?)',
    secret:
      '(?:passwort|kennwort|pin|tan|kreditkart\\p{L}*|kartennummer|kartendaten|zugangsdaten|anmeldedaten|bankdaten|bankverbindung|iban|sicherheitscode|bestätigungscode|einmalpasswort|wiederherstellungsphrase|seed-phrase|privaten schlüssel|cvv|prüfnummer)',
    handOver:
      '(?:einzugeben|eingeben|erneut eingeben|einzutragen|eintragen|zu bestätigen|bestätigen|anzugeben|angeben|zu senden|senden|zu schicken|schicken|mitzuteilen|mitteilen|zu verifizieren|verifizieren|preiszugeben|preisgeben|zu teilen|teilen|zu nennen|nennen)',
    not: 'nie|niemals|nicht|kein|keinesfalls',
    triggers: ['nutzer', 'kunde', 'kundin', 'anwender'],
  },
  fr: {
    tellUser:
      "(?:dis|dites|informe|informez|demande|demandez|convaincs|convainquez|incite|incitez|pousse|poussez|invite|invitez) (?:au |aux |à |a )?(?:l['’]|les? |la |vos |tes |votre |ton |ta )?(?:utilisat(?:eur|rice)s?|clients?|clientes?|lect(?:eur|rice)s?)",
    secret:
      '(?:mot de passe|mots de passe|code pin|numéro de (?:sa |leur )?carte|carte bancaire|carte de crédit|cryptogramme|cvv|identifiants|coordonnées bancaires|iban|code de vérification|code de sécurité|phrase de récupération|clé privée)',
    handOver:
      '(?:saisir|ressaisir|entrer|confirmer|fournir|communiquer|envoyer|partager|vérifier|indiquer|donner|transmettre|saisisse|confirme|fournisse|envoie|partage)',
    not: "jamais|ne |n['’]|pas |aucun",
    triggers: ['utilisat', 'client', 'lecteur', 'lectrice'],
  },
  es: {
    tellUser:
      '(?:di|dile|diles|dígale|dígales|informa|informe|pide|pídele|pídeles|pídale|pida|convence|convenza|solicita|solicite|indica|indique) (?:al? |a los |a las |el |la |los |las |a sus |a tus )?(?:usuari[oa]s?|clientes?|lector(?:a|es)?)',
    secret:
      '(?:contraseña|clave|pin|número de (?:su |la )?tarjeta|tarjeta de crédito|datos bancarios|datos de (?:su |la )?tarjeta|credenciales|iban|código de verificación|código de seguridad|cvv|frase de recuperación|clave privada)',
    handOver:
      '(?:introduzca|introducir|ingrese|ingresar|confirme|confirmar|proporcione|proporcionar|envíe|enviar|comparta|compartir|verifique|verificar|facilite|facilitar|escriba|escribir|vuelva a introducir)',
    not: 'nunca|jamás|no |ningún|ninguna',
    triggers: ['usuari', 'client', 'lector'],
  },
  it: {
    tellUser:
      "(?:di|dica|informa|informi|chiedi|chieda|convinci|convinca|invita|inviti|esorta) (?:all['’]|al |ai |alla |alle |l['’]|il |la |i |gli |ai tuoi |ai suoi )?(?:utente|utenti|cliente|clienti|lettore|lettori)",
    secret:
      '(?:password|pin|numero della carta|carta di credito|dati della carta|credenziali|dati bancari|iban|codice di verifica|codice di sicurezza|cvv|frase di recupero|chiave privata)',
    handOver:
      '(?:inserire|reinserire|inserisca|confermare|confermi|fornire|fornisca|inviare|invii|condividere|condivida|verificare|verifichi|comunicare|comunichi|digitare|digiti)',
    not: 'mai|non |nessun',
    triggers: ['utent', 'client', 'lettor'],
  },
  pt: {
    tellUser:
      '(?:diga|diz|informe|informa|peça|pede|convença|convence|solicite|solicita|oriente|orienta) (?:ao |à |aos |às |o |a |os |as |aos seus )?(?:usuári[oa]s?|utilizador(?:a|es)?|clientes?|leitor(?:a|es)?)',
    secret:
      '(?:senha|palavra-passe|pin|número do cartão|cartão de crédito|dados do cartão|credenciais|dados bancários|iban|código de verificação|código de segurança|cvv|frase de recuperação|chave privada)',
    handOver:
      '(?:digite|digitar|insira|inserir|confirme|confirmar|forneça|fornecer|envie|enviar|compartilhe|compartilhar|partilhe|partilhar|verifique|verificar|informe|informar)',
    not: 'nunca|jamais|não |nenhum',
    triggers: ['usuári', 'utilizador', 'client', 'leitor'],
  },
  nl: {
    tellUser:
      '(?:zeg|vertel|informeer|vraag|overtuig|verzoek) (?:de |het |je |uw )?(?:gebruikers?|klanten?|lezers?)',
    secret:
      '(?:wachtwoord|pincode|pin|creditcard\\p{L}*|kaartnummer|bankgegevens|inloggegevens|iban|verificatiecode|beveiligingscode|cvv|herstelzin|privésleutel)',
    handOver:
      '(?:invoeren|in te voeren|bevestigen|te bevestigen|opgeven|op te geven|verstrekken|te verstrekken|sturen|te sturen|delen|te delen|verifiëren|te verifiëren|geven|te geven)',
    not: 'nooit|niet|geen',
    triggers: ['gebruiker', 'klant', 'lezer'],
  },
  pl: {
    tellUser:
      '(?:powiedz|poinformuj|poproś|przekonaj|poleć|nakaż|każ) (?:użytkownik(?:owi|a|om|ów)?|klient(?:owi|a|om|ów)?|czytelnik(?:owi|a|om)?)',
    secret:
      '(?:hasło|hasła|pin|numer karty|kartę kredytową|karty kredytowej|dane karty|dane logowania|dane bankowe|iban|kod weryfikacyjny|kod bezpieczeństwa|cvv|frazę odzyskiwania|klucz prywatny)',
    handOver:
      '(?:wpisał|wpisać|wpisz|podał|podać|podaj|potwierdził|potwierdzić|potwierdź|przesłał|przesłać|prześlij|udostępnił|udostępnić|zweryfikował|zweryfikować|wysłał|wysłać)',
    not: 'nigdy|nie |żadn',
    triggers: ['użytkownik', 'klient', 'czytelnik'],
  },
  ru: {
    tellUser:
      '(?:скажи|скажите|сообщи|сообщите|попроси|попросите|убеди|убедите|уговори|уговорите|предложи|предложите|потребуй|потребуйте) (?:пользовател(?:ю|ям|я|ей)|клиент(?:у|ам|а|ов)|читател(?:ю|ям))',
    secret:
      '(?:пароль|пароли|пин-код|pin|номер карты|данные карты|кредитной карты|cvv|реквизиты|учётные данные|учетные данные|код подтверждения|код из смс|секретную фразу|сид-фразу|приватный ключ)',
    handOver:
      '(?:ввести|ввёл|ввел|введите|подтвердить|подтвердил|подтвердите|указать|указал|укажите|отправить|отправил|отправьте|прислать|прислал|пришлите|сообщить|сообщил|назвать|назвал|поделиться)',
    not: 'никогда|не |ни в коем',
    triggers: ['пользовател', 'клиент', 'читател'],
  },
  uk: {
    tellUser:
      '(?:скажи|скажіть|повідом|повідомте|попроси|попросіть|переконай|переконайте|запропонуй|запропонуйте|вимагай) (?:користувач(?:еві|у|ам|а|ів)|клієнт(?:ові|у|ам|а|ів)|читач(?:еві|у|ам))',
    secret:
      '(?:пароль|паролі|пін-код|pin|номер картки|дані картки|кредитної картки|cvv|реквізити|облікові дані|код підтвердження|код із смс|секретну фразу|сід-фразу|приватний ключ)',
    handOver:
      '(?:ввести|ввів|введіть|підтвердити|підтвердив|підтвердіть|вказати|вкажіть|надіслати|надішліть|повідомити|назвати|поділитися)',
    not: 'ніколи|не |ні в якому',
    triggers: ['користувач', 'клієнт', 'читач'],
  },
  zh: {
    tellUser: '(?:告诉|通知|要求|提醒|劝说|说服|让|请)(?:该|这位|所有)?(?:用户|客户|读者|使用者)',
    secret:
      '(?:密码|口令|pin码|银行卡号|卡号|信用卡|银行账户|账户信息|登录信息|验证码|安全码|cvv|助记词|私钥)',
    handOver: '(?:重新输入|输入|提供|确认|发送|提交|分享|验证|填写|告知)',
    not: '不要|不得|切勿|绝不|别|勿',
    triggers: ['用户', '客户', '读者', '使用者'],
    unspaced: true,
  },
  ja: {
    tellUser: '(?:ユーザー|利用者|お客様|顧客|読者)(?:に|へ|に対して)',
    secret:
      '(?:パスワード|暗証番号|pin|カード番号|クレジットカード|口座情報|ログイン情報|認証コード|確認コード|セキュリティコード|cvv|秘密鍵|リカバリーフレーズ)',
    handOver: '(?:再入力|入力|提供|確認|送信|共有|教え)',
    not: 'ないで|決して|しない|禁止',
    triggers: ['ユーザー', '利用者', 'お客様', '顧客', '読者'],
    unspaced: true,
  },
  ko: {
    tellUser: '(?:사용자|고객|독자|이용자)(?:에게|한테|께)',
    secret:
      '(?:비밀번호|암호|pin|카드 ?번호|신용카드|계좌 정보|로그인 정보|인증 ?코드|인증번호|보안 ?코드|cvv|개인 ?키|복구 문구)',
    handOver: '(?:재입력|입력|제공|확인|전송|보내|공유|알려)',
    not: '절대|하지 마|않도록|말라|마세요|말도록',
    triggers: ['사용자', '고객', '독자', '이용자'],
    unspaced: true,
  },
  id: {
    tellUser:
      '(?:katakan|beri tahu|beritahu|minta|mintalah|yakinkan|suruh|instruksikan) (?:kepada |pada )?(?:para )?(?:pengguna|pelanggan|pembaca)',
    secret:
      '(?:kata sandi|password|pin|nomor kartu|kartu kredit|data kartu|kredensial|data bank|nomor rekening|kode verifikasi|kode otp|otp|kode keamanan|cvv|frasa pemulihan|kunci pribadi)',
    handOver:
      '(?:memasukkan|masukkan|mengonfirmasi|konfirmasi|memberikan|berikan|mengirim|mengirimkan|kirim|membagikan|bagikan|memverifikasi|verifikasi)',
    not: 'jangan|tidak|tak ',
    triggers: ['pengguna', 'pelanggan', 'pembaca'],
  },
  vi: {
    tellUser:
      '(?:nói với|bảo|yêu cầu|thông báo cho|thuyết phục|đề nghị) (?:các |mọi )?(?:người dùng|khách hàng|người đọc)',
    secret:
      '(?:mật khẩu|mã pin|số thẻ|thẻ tín dụng|thông tin thẻ|thông tin đăng nhập|thông tin ngân hàng|tài khoản ngân hàng|mã xác minh|mã otp|mã bảo mật|cvv|cụm từ khôi phục|khóa riêng)',
    handOver: '(?:nhập lại|nhập|xác nhận|cung cấp|gửi|chia sẻ|xác minh)',
    not: 'không|đừng|chớ|cấm',
    triggers: ['người dùng', 'khách hàng', 'người đọc'],
  },
};

/** The three parts in one sentence, secret and handing over in either order, and no negation after the user. */
function phishPattern(v: Vocabulary): RegExp {
  const stop = v.unspaced === true ? '[^。.！!？?\\n]' : '[^.!?\\n]';
  const start = v.unspaced === true ? '' : WORD_START;
  // A negation is a word of its own ("une" holds no "ne").
  const not = v.unspaced === true ? `(?:${v.not})` : `[^\\p{L}](?:${v.not})`;
  return new RegExp(
    `${start}${v.tellUser}(?!${stop}{0,32}?${not})${stop}{0,80}?(?:${v.secret}${stop}{0,40}?${v.handOver}|${v.handOver}${stop}{0,40}?${v.secret})`,
    'u',
  );
}

export const RULES_I18N: RuleV1[] = Object.entries(VOCABULARY).flatMap(([language, v]) =>
  defineRules(
    {
      category: 'flip_against_user',
      surfaces: ['tool_output', 'tool_description'],
      language,
      explanation: EXPLANATION,
    },
    [
      {
        name: 'phish_user_secrets',
        severity: 'high',
        triggers: v.triggers,
        pattern: phishPattern(v),
        message: MESSAGE,
      },
    ],
  ),
);
