declare module '@mozilla/readability/Readability-readerable.js' {
  /** Readability's quick check of whether a document looks like an article. */
  export default function isProbablyReaderable(doc: Document, options?: { minContentLength?: number; minScore?: number }): boolean;
}
