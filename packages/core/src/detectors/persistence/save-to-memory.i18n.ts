// Non-English "save this in your long-term memory: …": content that writes itself into the agent's memory.
// English lives in rules.ts (save_to_memory). The memory must be the reader's own ("ta mémoire", "deinem
// Gedächtnis") after an order in the familiar form: help pages speak of the assistant's memory to a person
// ("Speichern Sie Ihre Vorlieben im Gedächtnis des Assistenten").
import type { LanguageForm } from '../../rules/define-rules.ts';
import { WORD_START } from '../../rules/pattern-source.ts';

const GAP = '[^.!?。\\n]{0,24}?';

function form(triggers: readonly string[], save: string, memory: string): LanguageForm {
  return { triggers, pattern: new RegExp(`${WORD_START}(?:${save})${GAP}(?:${memory})`, 'u') };
}

/** The `save_to_memory` rule of each language: its triggers and pattern. */
export const SAVE_TO_MEMORY: Readonly<Record<string, LanguageForm>> = {
  de: form(
    ['gedächtnis', 'speicher'],
    'speichere|schreibe|trage|merke dir|füge|nimm',
    '(?:dein|deinem|deinen) (?:dauerhaften |langfristigen )?(?:langzeitgedächtnis|gedächtnis|speicher)',
  ),
  fr: form(['mémoire'], 'enregistre|mémorise|sauvegarde|ajoute|inscris|grave|garde', 'ta mémoire'),
  es: form(['memoria'], 'guarda|almacena|graba|añade|memoriza|agrega', 'tu memoria'),
  it: form(['memoria'], 'salva|memorizza|registra|aggiungi|scrivi', 'tua memoria'),
  pt: form(
    ['memória'],
    'salve|salva|guarde|guarda|armazene|grave|memorize|adicione',
    '(?:sua|tua) memória',
  ),
  nl: form(
    ['geheugen'],
    'sla|bewaar|onthoud|voeg|zet|schrijf',
    '(?:je|jouw) (?:lange-?termijn)?geheugen',
  ),
  pl: form(['pamięci'], 'zapisz|zapamiętaj|dodaj|umieść', '(?:swojej|twojej) (?:\\p{L}+ )?pamięci'),
  ru: form(
    ['памят'],
    'сохрани|запиши|запомни|добавь|занеси',
    '(?:(?:в|во) )?(?:свою|твою|своей|твоей|долговременн\\p{L}*|постоянн\\p{L}*) (?:\\p{L}+ )?памят\\p{L}*|в долговременн\\p{L}* памят\\p{L}*',
  ),
  uk: form(
    ['пам'],
    "збережи|запиши|запам['’]ятай|додай|занеси",
    "(?:свою|твою|своїй|твоїй|довготривал\\p{L}*|постійн\\p{L}*) (?:\\p{L}+ )?пам['’]ят\\p{L}*",
  ),
  tr: {
    triggers: ['hafızana', 'belleğine'],
    pattern: /(?:hafızana|belleğine) (?:kaydet|ekle|yaz|al)(?!m[ae])/u,
  },
  id: form(['memori'], 'simpan|catat|tambahkan|masukkan', 'memori(?: jangka panjang)?(?:mu| kamu)'),
  vi: form(['bộ nhớ'], 'lưu|ghi|thêm', 'bộ nhớ(?: dài hạn)? của bạn'),
  zh: {
    triggers: ['你的长期记忆', '你的记忆', '你的永久记忆'],
    pattern: /(?:写入|存入|保存到|记入|加入|添加到|存到)你的(?:长期|永久)?记忆/u,
  },
  ja: {
    triggers: ['記憶に', 'メモリに'],
    pattern:
      /(?:あなたの)?(?:長期|永続)?(?:記憶|メモリ)に(?:保存|記録|追加|書き込)(?:して|しろ|せよ|しなさい)/u,
  },
  ko: {
    triggers: ['기억에', '메모리에'],
    pattern:
      /(?:너의 |네 |당신의 )?(?:장기 )?(?:기억|메모리)에 (?:저장|기록|추가)(?:해|하세요|하십시오|해라)/u,
  },
  ar: {
    triggers: ['ذاكرتك'],
    pattern: /(?:احفظ|خزّن|خزن|سجّل|سجل|أضف)[^.\n]{0,24}?ذاكرتك/u,
  },
  hi: {
    triggers: ['मेमोरी में', 'स्मृति में'],
    pattern:
      /(?:अपनी )(?:दीर्घकालिक |स्थायी )?(?:मेमोरी|स्मृति) में (?:सेव|सहेज|जोड़|दर्ज) (?:करो|करें|कर लो|लो)/u,
  },
  fa: {
    triggers: ['حافظه'],
    pattern: /حافظه(?:‌ی| ی)?(?: بلندمدت| دائمی)?(?: خود|ات)? ?(?:ذخیره کن|ثبت کن|اضافه کن)/u,
  },
};
