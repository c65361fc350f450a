/**
 * Characters that change how a name or title looks without being seen: bidirectional controls
 * (U+202E turns "Ann\u202Eevil" into "Annlive") and zero-width characters (U+200B makes "Ann" and
 * "An\u200Bn" two different speakers that look the same). Names and titles are shown to readers
 * and compared by people, so these are removed from them (issue 10).
 *
 * Here in src/model rather than src/text so that the manifest schema (model) and the speaker
 * reading (text) share it: the layering lets text import model, not the reverse.
 */

/**
 * Always removed: bidi embeddings, overrides and isolates, the marks LRM, RLM and ALM, zero-width
 * space, word joiner and invisible operators, BOM, Mongolian vowel separator, soft hyphen,
 * Hangul fillers, and tag characters (U+E0000-U+E007F, which also hide text from readers).
 */
const ALWAYS_INVISIBLE = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u200B\u2060-\u2064\uFEFF\u180E\u00AD\u115F\u1160\u3164\uFFA0]|\u{E0000}|[\u{E0001}-\u{E007F}]/gu;

/**
 * ZWNJ and ZWJ shape Persian, Arabic and Indic words and join emoji ("👩‍💻"), where they belong:
 * after a non-Latin letter, a combining mark or an emoji. After a Latin letter, a digit,
 * punctuation or a space they only hide a difference, and are removed.
 */
const STRAY_JOINER = /(?<!\p{M}|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|[^\P{L}\p{Script=Latin}])[\u200C\u200D]/gu;

/** The text without invisible characters that could disguise it (see above); other text unchanged. */
export function stripInvisibleCharacters(text: string): string {
  return text.replace(ALWAYS_INVISIBLE, '').replace(STRAY_JOINER, '');
}
