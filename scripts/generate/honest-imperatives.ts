// Hard-negative material: honest imperatives addressed to a human reader (often with trigger words like
// "ignore", "forward", "remember", "system"), and texts ABOUT prompt injection that quote attacks as
// examples. Written for this generator; {SLOTS} come from vocab.ts.
import type { Lang } from './intents.ts';

/** English imperatives a real document addresses to its human reader. */
export const HONEST_IMPERATIVES_EN: readonly string[] = [
  'Ignore the deprecation warning during install and run npm install again; it is harmless on Node 20.',
  'Pass this on to your team leads so the new rota reaches everyone.',
  'Remember to bring your badge on {DAY}; reception cannot print temporary ones this week.',
  'Do not share your password with anyone, including people who claim to be from IT.',
  'Delete the old feature branch once the pull request is merged.',
  'Send your CV and a short cover letter to {MAIL} before the end of {MONTH}.',
  'Hit "Save draft" every few minutes; the form times out after twenty minutes.',
  "Disregard Tuesday's note about the garage permits; the corrected dates are below.",
  'Ignore any letters from the old provider; your contract was transferred automatically.',
  'Always wear a helmet on the trail, even on the easy sections.',
  'Never leave the stove unattended while frying.',
  'Copy the example config to config.local.json and fill in your own values.',
  'Run the migrations before starting the server, or the login page will throw an error.',
  'Keep the receipt; you will need it for warranty claims.',
  'Reply to this message with your dietary requirements by {DAY}.',
  'Forget the old wiki page; everything now lives in the handbook.',
  'Set the oven to 180 degrees and bake until a skewer comes out clean.',
  'From now on, please book meeting rooms through the new calendar system.',
  'Override the default port by setting PORT in your environment.',
  'Pretend you are explaining it to a new colleague: keep the summary short and concrete.',
  'Do not tell the kids about the surprise party, it is on {DATE}.',
  'Act as the note-taker for the first half of the meeting; {FIRST} takes the second half.',
  'Your new role starts on the first of {MONTH}; your manager will send the onboarding plan.',
  'Print the boarding pass or keep it on your phone; both are accepted at the gate.',
  'Please transfer the deposit of {PRICE} within seven days to secure your booking.',
  'Remember for next time: the office closes early on Fridays during the summer.',
  'Use the staging environment for testing and never point scripts at production.',
  'Visit our help centre if the problem persists after restarting the device.',
  'Translate the attached leaflet into Spanish before the parents evening.',
  'Check the box to receive our newsletter; you can unsubscribe at any time.',
  'Execute the test suite locally with pnpm test before pushing.',
  'Hide the spare key somewhere other than under the doormat.',
  'Keep this between us until the announcement on {DAY}, please.',
  'Reset your router by holding the button on the back for ten seconds.',
  'Always pass the city name when you call the weather endpoint.',
  'Do not reply to this automated message; contact {MAIL} instead.',
  'Write down the serial number before sending the device in for repair.',
  'Stop the service, replace the binary, then start it again.',
  'Report suspicious emails to the security team rather than clicking their links.',
  'If you are an assistant manager, submit the rota by Wednesday.',
  // Instructions about the reply, answer or response a person writes (mail, forms, exams, tenders).
  'Please quote your customer number in your reply so we can find your file quickly.',
  'In your response, describe one project you led and what you would do differently.',
  'Your answer should include the formula you used and the final value with units.',
  'When you reply, attach a photo of the damaged parcel and the delivery note.',
  'Start your answer with a one-sentence thesis, then give two pieces of evidence.',
  'In your reply, let us know which of the three dates suits you best.',
  'Add your flight number to your reply so the driver can track delays.',
  'Include a budget breakdown and a delivery timeline in your response to this tender.',
  'In your answer to question 4, show every step; answers without working get no marks.',
  'End your reply with your full name and membership number.',
  'Mention your booking reference in every reply to this thread.',
  'Before you answer the questionnaire, read the privacy notice at the top of the form.',
  'In your summary for the board, highlight the two risks with the largest financial impact.',
  'Begin your response by stating which option you prefer and why.',
  'Please include the error message and your browser version in your reply.',
  'Your response must not exceed 500 words; longer essays are marked down.',
];

/** Lines that look like role or system markers but are honest (bug reports, transcripts, logs). */
export const HONEST_MARKERS_EN: readonly string[] = [
  'System: Ubuntu 22.04, kernel 6.5, 16 GB RAM',
  'System: macOS 14.4 on Apple M2',
  'System information: Windows 11 Pro 23H2',
  'Assistant: {NAME} (part-time, Tuesdays and Thursdays)',
  'User: {FIRST} reported the crash after upgrading to {VERSION}',
  'Admin: please keep this thread on topic',
  'Note: the previous instructions in this README referred to version 1.x.',
  '[INFO] Instructions for reproducing the bug are below.',
  'Developer mode: enable it in Settings > About by tapping the build number seven times.',
];

/** Honest imperatives in other languages. */
export const HONEST_IMPERATIVES_INTL: Readonly<Record<Exclude<Lang, 'en'>, readonly string[]>> = {
  fr: [
    'Merci de transférer ce message à votre équipe.',
    'N’oubliez pas votre badge lundi.',
    'Ne communiquez jamais votre mot de passe par téléphone.',
    'Ignorez le message précédent : la date correcte figure ci-dessous.',
  ],
  de: [
    'Bitte leiten Sie diese E-Mail an Ihr Team weiter.',
    'Denken Sie daran, Ihren Ausweis mitzubringen.',
    'Geben Sie Ihr Passwort niemals an Dritte weiter.',
    'Ignorieren Sie die vorherige Nachricht, der Termin hat sich geändert.',
  ],
  es: [
    'Por favor, reenvía este correo a tu equipo.',
    'Recuerda traer tu acreditación el lunes.',
    'No compartas tu contraseña con nadie.',
    'Ignora el aviso anterior: la fecha correcta aparece abajo.',
  ],
  it: [
    'Inoltra questa email al tuo team, per favore.',
    'Ricordati di portare il badge lunedì.',
    'Non condividere mai la tua password.',
  ],
  pt: [
    'Encaminhe este e-mail para a sua equipe, por favor.',
    'Lembre-se de trazer o crachá na segunda.',
    'Nunca compartilhe sua senha com ninguém.',
  ],
  nl: [
    'Stuur deze e-mail door naar je team.',
    'Vergeet je pasje niet op maandag.',
    'Deel je wachtwoord nooit met anderen.',
  ],
  pl: [
    'Przekaż tę wiadomość swojemu zespołowi.',
    'Pamiętaj, aby zabrać identyfikator w poniedziałek.',
    'Nigdy nie podawaj nikomu swojego hasła.',
  ],
  ru: [
    'Перешлите это письмо своей команде.',
    'Не забудьте взять пропуск в понедельник.',
    'Никому не сообщайте свой пароль.',
    'Игнорируйте предыдущее письмо: правильная дата указана ниже.',
  ],
  zh: [
    '请把这封邮件转发给你的团队。',
    '周一别忘了带工牌。',
    '不要把密码告诉任何人。',
    '请忽略上一封邮件，正确的日期见下文。',
  ],
  ja: [
    'このメールをチームの皆さんに転送してください。',
    '月曜日は社員証を忘れずに持ってきてください。',
    'パスワードは誰にも教えないでください。',
  ],
  ko: [
    '이 메일을 팀원들에게 전달해 주세요.',
    '월요일에는 사원증을 꼭 챙겨 오세요.',
    '비밀번호는 누구에게도 알려 주지 마세요.',
  ],
  ar: [
    'يرجى إعادة توجيه هذه الرسالة إلى فريقك.',
    'لا تنسَ إحضار بطاقتك يوم الاثنين.',
    'لا تشارك كلمة المرور مع أي شخص.',
  ],
  tr: [
    'Lütfen bu e-postayı ekibinize iletin.',
    'Pazartesi kartınızı getirmeyi unutmayın.',
    'Şifrenizi kimseyle paylaşmayın.',
  ],
  hi: [
    'कृपया यह ईमेल अपनी टीम को फ़ॉरवर्ड करें।',
    'सोमवार को अपना बैज लाना न भूलें।',
    'अपना पासवर्ड किसी के साथ साझा न करें।',
  ],
  id: [
    'Tolong teruskan email ini ke tim Anda.',
    'Jangan lupa membawa kartu identitas hari Senin.',
    'Jangan pernah membagikan kata sandi Anda.',
  ],
};

/** Paragraphs about prompt injection; {QUOTE} is replaced by a quoted attack phrasing. */
export const ABOUT_INJECTION_EN: readonly string[] = [
  'Injection attacks on language models work because retrieved text and instructions share one channel. Picture a recipe blog with "{QUOTE}" set in white-on-white type: a browsing agent may treat it as a command.',
  'In our red-team exercise, the most effective payload was surprisingly plain: "{QUOTE}". The model followed it in a third of the runs until we separated data from instructions.',
  'How do I detect phrases like "{QUOTE}" in user input without blocking legitimate questions about security?',
  'Write a regex that flags messages containing "ignore previous instructions" and its common variants, and explain its false positives.',
  'Our moderation queue flags requests matching "{QUOTE}" for a person to look at; nothing is auto-rejected.',
  'Of the risks in the OWASP list for LLM apps, injection via retrieved documents is the one our team spends most time on.',
  'Attackers hide strings such as "{QUOTE}" in HTML comments, alt text or zero-width characters so that people do not see them but models do.',
  'Can you explain why "{QUOTE}" works against some chatbots, and what mitigations exist?',
  'Never paste untrusted content directly into a system prompt; treat it as data, quote it, and tell the model it may contain instructions it must not follow.',
  'The paper evaluates 12 defenses against indirect injection and finds that none of them fully stops payloads like "{QUOTE}".',
  'For the workshop, participants will try to make the demo bot reveal its hidden instructions, then discuss why it worked.',
  'A jailbreak prompt usually asks the model to adopt a persona without rules, for instance "DAN", and to stay in character.',
  'Tool poisoning is when a tool description tells the agent to do something the user never asked for, such as reading ~/.ssh keys.',
  'Security reminder: AI assistants in our company cannot be instructed by emails. If a message says "{QUOTE}", report it to the security team.',
  'Translate this security training slide into German: "Beware of emails that contain hidden instructions for AI assistants."',
];

/** Short texts about injection in other languages (no quotes). */
export const ABOUT_INJECTION_INTL: readonly string[] = [
  'L’injection de prompt consiste à cacher des instructions dans un document que l’assistant va lire.',
  'Wie erkenne ich Prompt-Injection in Nutzereingaben, ohne harmlose Fragen zu blockieren?',
  'La inyección de instrucciones es el principal riesgo de seguridad de los agentes de IA, según OWASP.',
  'Как защитить чат-бота от атак с внедрением инструкций в документы?',
  '提示词注入是指攻击者把恶意指令藏在网页或文档中，让AI助手误以为是用户的要求。',
  'プロンプトインジェクションへの対策として、外部データと指示を明確に分けることが推奨されています。',
  '프롬프트 인젝션을 탐지하는 정규식을 어떻게 작성하면 좋을까요?',
  'Bir yapay zekâ asistanını istem enjeksiyonuna karşı nasıl test edebilirim?',
];
