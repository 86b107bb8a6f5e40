import type { Decoder } from './decode-segments.ts';

const NATO =
  /(?:alfa|alpha|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliett?|kilo|lima|mike|november|oscar|papa|quebec|romeo|sierra|tango|uniform|victor|whiske?y|x-?ray|yankee|zulu)/;
/** Three NATO code words in a row: "India Golf November". */
const NATO_WORD = new RegExp(`${NATO.source}[ /]{1,3}${NATO.source}[ /]{1,3}${NATO.source}`, 'i');

/**
 * Text spelled in a letter code rather than a byte encoding: Morse, Braille and the NATO alphabet ("India
 * Golf November Oscar Romeo Echo"). Each is a decoder of decode-segments.ts: a gate most texts fail, a run
 * pattern, and a decoding that must come out readable. Base32 is decoded in decode-segments.ts, from the
 * base64 runs that hold it.
 */
export const LETTER_CODE_DECODERS: readonly Decoder[] = [
  {
    encoding: 'morse',
    gate: (text) => text.includes('.-') || text.includes('-.'),
    quick: /[.-]{1,6} [.-]{1,6} [.-]{1,6} [.-]{1,6} /,
    pattern: /[.-]{1,6}(?:[ /]{1,3}[.-]{1,6})+/g,
    decode: decodeMorse,
  },
  {
    encoding: 'braille',
    gate: (text) => /[\u2801-\u28ff]/.test(text),
    quick: /[\u2801-\u28ff]{2}/,
    pattern: /[\u2801-\u28ff][\u2800-\u28ff ]{6,}/g,
    decode: (run) =>
      [...run].map((char) => BRAILLE.get(char) ?? (char === ' ' ? ' ' : '')).join(''),
  },
  {
    encoding: 'nato',
    // A coded text of any length spells an N; the word is rare in anything else but dates.
    gate: (text) => text.includes('ovember') || text.includes('OVEMBER'),
    quick: NATO_WORD,
    pattern: new RegExp(`(?:${NATO.source}(?: ?/ ?| {1,3})){5,}${NATO.source}`, 'gi'),
    decode: (run) =>
      run
        .split(/ ?\/ ?/)
        .map((word) =>
          word
            .split(/ +/)
            .map((code) => (code === '' ? '' : (code[0] as string).toLowerCase()))
            .join(''),
        )
        .join(' '),
  },
];

// --- internal ---

const MORSE: ReadonlyMap<string, string> = new Map(
  Object.entries({
    '.-': 'a',
    '-...': 'b',
    '-.-.': 'c',
    '-..': 'd',
    '.': 'e',
    '..-.': 'f',
    '--.': 'g',
    '....': 'h',
    '..': 'i',
    '.---': 'j',
    '-.-': 'k',
    '.-..': 'l',
    '--': 'm',
    '-.': 'n',
    '---': 'o',
    '.--.': 'p',
    '--.-': 'q',
    '.-.': 'r',
    '...': 's',
    '-': 't',
    '..-': 'u',
    '...-': 'v',
    '.--': 'w',
    '-..-': 'x',
    '-.--': 'y',
    '--..': 'z',
  }),
);

/** Letters separated by one space, words by a slash or three spaces. */
function decodeMorse(run: string): string {
  return run
    .split(/ ?\/ ?| {3}/)
    .map((word) =>
      word
        .split(/ +/)
        .map((code) => MORSE.get(code) ?? '')
        .join(''),
    )
    .join(' ');
}

const BRAILLE: ReadonlyMap<string, string> = new Map(
  [...'⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚⠅⠇⠍⠝⠕⠏⠟⠗⠎⠞⠥⠧⠺⠭⠽⠵'].map((char, index) => [char, String.fromCharCode(97 + index)]),
);
