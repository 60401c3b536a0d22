/**
 * Text folding and tokenising for search, shared by the index and the query so both sides agree.
 * Japanese has no spaces: Intl.Segmenter splits it, but ICU's dictionary often cuts compounds
 * into single characters (閾|値, しき|い|値), so adjacent pieces are joined back into one term
 * between particles, and the longer pieces are kept as terms of their own.
 */

/** Made on first use: ICU loads its Japanese dictionary for it, 2 to 3 ms of every CLI start. */
let segmenter: Intl.Segmenter | undefined;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]/u;
const KANJI = /^[\p{Script=Han}々]$/u;

/** Particles, auxiliaries and question words that end a term and carry no topic. */
const JA_STOP = new Set(
  (
    'は が を に で と も の へ や から まで より など って て た だ です ます ました ません でした ' +
    'でしょう でしょうか する します した して しない され される さ れ られ せ いる ある あり ありま ' +
    'すか ない なく なっ なる なり なら ば こと もの よう ため どう どの どこ なぜ いつ 教え ください ' +
    '下さい ほしい たい 場合 について ね よ な ん か 方法 とき 時 何故 どうして どうすれば すれ でき ' +
    'できる できない できません いい よい 良い おり おります いただ いただけ てい ている ていない ' +
    'てる られる られない れる れない '
  )
    .trim()
    .split(/\s+/),
);

const EN_STOP = new Set(
  (
    'a an the is are was were be been being do does did how what why when where which who whom ' +
    'can could should would will shall may might must my our your i we you it its this that these ' +
    'those to of for in on at by with from and or but if so as about there their them they me us ' +
    'any some please help get got have has had am s t vs'
  ).split(/\s+/),
);

/**
 * NFKC (full-width digits and letters, half-width katakana), lowercase, and a katakana word's
 * final long-vowel mark dropped, so サーバー and サーバ, ユーザー and ユーザ are one word.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/(?<=[\u30a1-\u30fa])ー(?![\u30a1-\u30fcー])/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function isCjk(segment: string): boolean {
  return CJK.test(segment);
}

/** Keeps one-character pieces only when they are a kanji, which can carry meaning alone. */
function keep(term: string): boolean {
  return term.length > 1 || KANJI.test(term);
}

/** Splits folded text into search terms, see the module comment. */
export function tokenize(text: string): string[] {
  const terms = new Set<string>();
  let run: string[] = [];

  const flush = () => {
    const joined = run.join('');
    if (keep(joined) && !JA_STOP.has(joined)) terms.add(joined);
    if (run.length > 1) for (const piece of run) if (piece.length > 1) terms.add(piece);
    run = [];
  };

  segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
  for (const { segment, isWordLike } of segmenter.segment(fold(text))) {
    if (!isWordLike || JA_STOP.has(segment) || EN_STOP.has(segment)) {
      flush();
      continue;
    }
    if (isCjk(segment)) {
      run.push(segment);
      continue;
    }
    flush();
    terms.add(segment);
  }
  flush();

  return [...terms];
}
