/**
 * Spellings and everyday words that mean the same thing to a mail administrator. A query that
 * contains one member is also searched with the others; entry keywords cover topic-specific
 * synonyms, this table only the general vocabulary that many entries share. Written folded
 * (see fold in text.ts): lowercase, NFKC, no final long-vowel mark on katakana.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['宛先', 'あて先', '宛て先', 'あてさき', 'recipient'],
  ['閾値', 'しきい値', '上限', '制限', 'threshold', 'limit'],
  ['メアド', 'メールアドレス', 'address'],
  ['一杯', 'いっぱい', '満杯', '満タン', 'full'],
  ['容量', 'quota', 'capacity'],
  ['エラーメール', 'バウンス', 'バウンスメール', '不達', 'ndr', 'bounce'],
  ['届かない', '不達', '届か', 'undelivered'],
  ['弾かれ', '拒否', 'リジェクト', 'reject'],
  ['ブロック', '遮断', 'block'],
  ['迷惑メール', 'スパム', 'spam'],
  ['逆引き', 'ptr', 'reverse dns', 'rdns'],
  ['正引き', 'aレコード', 'a record'],
  ['一斉送信', '大量送信', '一括送信', 'バルク', 'bulk', 'mass mailing'],
  ['メルマガ', 'メールマガジン', 'newsletter'],
  ['メーリングリスト', 'ml', 'mailing list'],
  ['再送', 'リトライ', '再送信', 'retry', 'resend'],
  ['輻輳', '混雑', '混み合', 'congestion'],
  ['無応答', '応答なし', 'タイムアウト', 'timeout', 'timed out', 'no response'],
  ['リセット', 'rst', 'reset'],
  ['携帯', 'キャリア', 'ケータイ', 'carrier', 'mobile'],
  ['問い合わせ', '問合せ', '問合わせ', '連絡先', '窓口', 'contact'],
  ['ホワイトリスト', '許可リスト', 'allowlist', 'whitelist'],
  ['ブラックリスト', 'dnsbl', 'rbl', 'blocklist', 'blacklist'],
  ['固定ip', '固定ipアドレス', 'static ip'],
  ['動的ip', '動的ipアドレス', 'dynamic ip'],
  ['サーバ', 'mta', 'server'],
];
