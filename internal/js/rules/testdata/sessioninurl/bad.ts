export function link(sessionId: string): string {
  return `/download?file=a.pdf&sessionId=${sessionId}`; // want sessioninurl
}
