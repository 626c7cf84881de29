import type { PaperSize } from '../../../shared/api';

export type PaperStyleProps = {
  readonly paper: PaperSize;
};

const sizes: Record<PaperSize, string> = { A4: 'A4', Letter: 'letter' };

/**
 * The page size for printing. Written as the text of a style element — only constants, never
 * user text — because `@page` cannot be set from an element's style attribute.
 */
export function PaperStyle({ paper }: PaperStyleProps) {
  return <style>{`@page { size: ${sizes[paper]}; }`}</style>;
}
