/** A document as it enters actorgraph, whatever file it came from. */
export interface DocumentInput {
  /** Stable identifier: the JSON `id`, or the file name without extension. */
  id: string;
  title?: string;
  text: string;
  /** ISO 8601 date of any precision: "2013", "2013-11", "2013-11-25". */
  publishedAt?: string;
  url?: string;
}
