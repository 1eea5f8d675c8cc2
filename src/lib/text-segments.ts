/**
 * Splits a paragraph into a tree of plain text and annotated stretches (quotes, organisation
 * mentions, search matches) that the article view renders as React elements. Annotations come as
 * offsets from the data, so the text itself is never parsed as markup.
 *
 * Layers nest: a lower layer is outer. Inside one layer, overlapping annotations keep the first
 * (earliest, then longest); an inner annotation crossing an outer boundary is split in two.
 */

export interface Annotation<T> {
  start: number;
  end: number;
  /** 0 is outermost. */
  layer: number;
  data: T;
}

export type Segment<T> =
  | { kind: 'text'; start: number; text: string }
  | { kind: 'annotation'; start: number; annotation: Annotation<T>; children: Segment<T>[] };

function clip<T>(annotations: readonly Annotation<T>[], start: number, end: number): Annotation<T>[] {
  const clipped: Annotation<T>[] = [];
  for (const a of annotations) {
    const s = Math.max(a.start, start);
    const e = Math.min(a.end, end);
    if (s < e) clipped.push(s === a.start && e === a.end ? a : { ...a, start: s, end: e });
  }
  return clipped;
}

function build<T>(text: string, start: number, end: number, annotations: Annotation<T>[]): Segment<T>[] {
  if (start >= end) return [];
  if (annotations.length === 0) return [{ kind: 'text', start, text: text.slice(start, end) }];
  const outerLayer = Math.min(...annotations.map((a) => a.layer));
  const outer = annotations
    .filter((a) => a.layer === outerLayer)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const inner = annotations.filter((a) => a.layer !== outerLayer);

  const segments: Segment<T>[] = [];
  let cursor = start;
  for (const annotation of outer) {
    if (annotation.start < cursor) continue; // overlaps one already placed
    segments.push(...build(text, cursor, annotation.start, clip(inner, cursor, annotation.start)));
    segments.push({
      kind: 'annotation',
      start: annotation.start,
      annotation,
      children: build(text, annotation.start, annotation.end, clip(inner, annotation.start, annotation.end)),
    });
    cursor = annotation.end;
  }
  segments.push(...build(text, cursor, end, clip(inner, cursor, end)));
  return segments;
}

/** Segments `text` by the annotations, ignoring any that are empty or fall outside it. */
export function segmentText<T>(text: string, annotations: readonly Annotation<T>[]): Segment<T>[] {
  return build(text, 0, text.length, clip(annotations, 0, text.length));
}
