/** An entry's body as paragraphs: the content ends each paragraph with a line break. */
export function AnswerBody({ body }: { body: string }) {
  const paragraphs = body
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return (
    <div class="answer-body">
      {paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </div>
  );
}
