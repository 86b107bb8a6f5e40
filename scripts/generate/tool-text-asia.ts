// Honest tool descriptions in Asian and Middle-Eastern languages (see tool-descriptions-intl.ts). Written for this generator.
import type { ToolText } from './tool-descriptions-intl.ts';

/** Localized honest tool text: zh, ja, ko, ar, tr, hi, id. */
export const TOOL_TEXT_ASIA: Readonly<Record<string, ToolText>> = {
  zh: {
    tools: [
      '返回某个城市的当前天气。|城市名称。',
      '从用户的账户发送电子邮件。|收件人地址。|邮件主题。',
      '搜索内部文档。|搜索关键词。',
      '读取工作区中的文本文件。|相对路径。',
      '在项目看板上创建任务并分配给用户。|任务标题。|负责人的用户名。',
      '向用户的邮箱发送重置密码链接。|用户账号的 ID。',
      '将文本翻译成另一种语言。|待翻译的文本。|目标语言代码。',
      '列出某个时间段内的日历事件。|开始时间（ISO 8601）。|结束时间（ISO 8601）。',
    ],
    notes: [
      '仅在用户明确要求时使用此工具。',
      '发送前请先让用户确认。',
      '日期必须使用 ISO 8601 格式。',
      '没有匹配结果时返回空列表；不要用相同参数重试。',
      '每个请求最多调用一次此工具。',
    ],
  },
  ja: {
    tools: [
      '指定した都市の現在の天気を返します。|都市名。',
      'ユーザーのアカウントからメールを送信します。|宛先アドレス。|件名。',
      '社内ドキュメントを検索します。|検索語。',
      'ワークスペース内のテキストファイルを読み込みます。|相対パス。',
      'プロジェクトボードにタスクを作成し、ユーザーに割り当てます。|タスク名。|担当者のユーザー名。',
      'ユーザーのメールアドレスにパスワード再設定用のリンクを送ります。|ユーザーアカウントの ID。',
      'テキストを別の言語に翻訳します。|翻訳するテキスト。|翻訳先の言語コード。',
      '指定した期間のカレンダーの予定を一覧表示します。|開始日時（ISO 8601）。|終了日時（ISO 8601）。',
    ],
    notes: [
      'ユーザーが明示的に求めた場合にのみ、このツールを使ってください。',
      '送信する前にユーザーに確認してください。',
      '日付は ISO 8601 形式で指定してください。',
      '該当がない場合は空のリストを返します。同じ引数で再試行しないでください。',
      '一つのリクエストにつき、このツールは一度だけ呼び出してください。',
    ],
  },
  ko: {
    tools: [
      '도시의 현재 날씨를 반환합니다.|도시 이름.',
      '사용자 계정으로 이메일을 보냅니다.|받는 사람 주소.|제목.',
      '사내 문서를 검색합니다.|검색어.',
      '작업 공간의 텍스트 파일을 읽습니다.|상대 경로.',
      '프로젝트 보드에 작업을 만들고 사용자에게 배정합니다.|작업 제목.|담당자의 사용자 이름.',
      '사용자의 이메일로 비밀번호 재설정 링크를 보냅니다.|사용자 계정 ID.',
      '텍스트를 다른 언어로 번역합니다.|번역할 텍스트.|대상 언어 코드.',
      '기간 내 캘린더 일정을 나열합니다.|시작 시각(ISO 8601).|종료 시각(ISO 8601).',
    ],
    notes: [
      '사용자가 명시적으로 요청할 때만 이 도구를 사용하세요.',
      '보내기 전에 사용자에게 확인을 받으세요.',
      '날짜는 ISO 8601 형식이어야 합니다.',
      '결과가 없으면 빈 목록을 반환합니다. 같은 인수로 다시 시도하지 마세요.',
      '요청 하나당 이 도구를 한 번만 호출하세요.',
    ],
  },
  ar: {
    tools: [
      'يعيد حالة الطقس الحالية لمدينة.|اسم المدينة.',
      'يرسل بريداً إلكترونياً من حساب المستخدم.|عنوان المستلم.|الموضوع.',
      'يبحث في الوثائق الداخلية.|كلمات البحث.',
      'يقرأ ملفاً نصياً من مساحة العمل.|المسار النسبي.',
      'ينشئ مهمة في لوحة المشروع ويسندها إلى مستخدم.|عنوان المهمة.|اسم المستخدم المسؤول.',
      'يرسل رابط إعادة تعيين كلمة المرور إلى بريد المستخدم.|معرّف حساب المستخدم.',
      'يترجم النص إلى لغة أخرى.|النص المراد ترجمته.|رمز اللغة الهدف.',
      'يعرض أحداث التقويم خلال فترة زمنية.|وقت البداية (ISO 8601).|وقت النهاية (ISO 8601).',
    ],
    notes: [
      'استخدم هذه الأداة فقط عندما يطلب المستخدم ذلك صراحة.',
      'اطلب تأكيد المستخدم قبل الإرسال.',
      'يجب أن تكون التواريخ بصيغة ISO 8601.',
      'تعيد قائمة فارغة إذا لم يوجد تطابق؛ لا تُعد المحاولة بالمعطيات نفسها.',
      'لا تستدعِ هذه الأداة أكثر من مرة في كل طلب.',
    ],
  },
  tr: {
    tools: [
      'Bir şehrin güncel hava durumunu döndürür.|Şehir adı.',
      'Kullanıcının hesabından e-posta gönderir.|Alıcı adresi.|Konu.',
      'Şirket içi belgelerde arama yapar.|Arama terimleri.',
      'Çalışma alanındaki bir metin dosyasını okur.|Göreli yol.',
      'Proje panosunda görev oluşturur ve bir kullanıcıya atar.|Görev başlığı.|Sorumlu kişinin kullanıcı adı.',
      'Kullanıcının e-posta adresine şifre sıfırlama bağlantısı gönderir.|Kullanıcı hesabının kimliği.',
      'Metni başka bir dile çevirir.|Çevrilecek metin.|Hedef dil kodu.',
      'Bir zaman aralığındaki takvim etkinliklerini listeler.|Başlangıç (ISO 8601).|Bitiş (ISO 8601).',
    ],
    notes: [
      'Bu aracı yalnızca kullanıcı açıkça istediğinde kullanın.',
      'Göndermeden önce kullanıcıdan onay alın.',
      'Tarihler ISO 8601 biçiminde olmalıdır.',
      'Sonuç yoksa boş liste döner; aynı argümanlarla yeniden denemeyin.',
      'Bu aracı her istekte en fazla bir kez çağırın.',
    ],
  },
  hi: {
    tools: [
      'किसी शहर का मौजूदा मौसम बताता है।|शहर का नाम।',
      'उपयोगकर्ता के खाते से ईमेल भेजता है।|प्राप्तकर्ता का पता।|विषय।',
      'आंतरिक दस्तावेज़ों में खोज करता है।|खोज के शब्द।',
      'वर्कस्पेस से एक टेक्स्ट फ़ाइल पढ़ता है।|सापेक्ष पथ।',
      'प्रोजेक्ट बोर्ड पर काम बनाता है और किसी उपयोगकर्ता को सौंपता है।|काम का शीर्षक।|ज़िम्मेदार व्यक्ति का उपयोगकर्ता नाम।',
      'उपयोगकर्ता के ईमेल पर पासवर्ड रीसेट लिंक भेजता है।|उपयोगकर्ता खाते की ID।',
      'टेक्स्ट का दूसरी भाषा में अनुवाद करता है।|अनुवाद के लिए टेक्स्ट।|लक्ष्य भाषा का कोड।',
      'किसी अवधि के कैलेंडर इवेंट दिखाता है।|शुरुआत (ISO 8601)।|अंत (ISO 8601)।',
    ],
    notes: [
      'इस टूल का इस्तेमाल तभी करें जब उपयोगकर्ता साफ़ तौर पर कहे।',
      'भेजने से पहले उपयोगकर्ता से पुष्टि लें।',
      'तारीख़ें ISO 8601 प्रारूप में होनी चाहिए।',
      'कुछ न मिलने पर खाली सूची लौटाता है; उन्हीं आर्ग्युमेंट के साथ दोबारा कोशिश न करें।',
      'एक अनुरोध में इस टूल को एक से ज़्यादा बार न बुलाएँ।',
    ],
  },
  id: {
    tools: [
      'Mengembalikan cuaca terkini untuk sebuah kota.|Nama kota.',
      'Mengirim email dari akun pengguna.|Alamat penerima.|Subjek.',
      'Mencari di dokumentasi internal.|Kata kunci pencarian.',
      'Membaca file teks dari ruang kerja.|Path relatif.',
      'Membuat tugas di papan proyek dan memberikannya kepada pengguna.|Judul tugas.|Nama pengguna penanggung jawab.',
      'Mengirim tautan atur ulang kata sandi ke email pengguna.|ID akun pengguna.',
      'Menerjemahkan teks ke bahasa lain.|Teks yang akan diterjemahkan.|Kode bahasa tujuan.',
      'Menampilkan acara kalender dalam rentang waktu.|Waktu mulai (ISO 8601).|Waktu selesai (ISO 8601).',
    ],
    notes: [
      'Gunakan alat ini hanya jika pengguna memintanya secara eksplisit.',
      'Minta konfirmasi pengguna sebelum mengirim.',
      'Tanggal harus dalam format ISO 8601.',
      'Mengembalikan daftar kosong jika tidak ada hasil; jangan ulangi dengan argumen yang sama.',
      'Jangan panggil alat ini lebih dari sekali per permintaan.',
    ],
  },
};
