/**
 * Page geometry and type sizes. A5 and A6 are the A4 design scaled down, with a floor on the
 * smallest text so a pocket program stays legible.
 */
export type PaperSize = 'A4' | 'A5' | 'A6';

export interface PageStyle {
  size: PaperSize;
  width: number;
  height: number;
  margins: { top: number; bottom: number; left: number; right: number };
  /** Type sizes in points. */
  type: {
    cover: number;
    h1: number;
    h2: number;
    title: number;
    body: number;
    small: number;
    tiny: number;
  };
  /** Vertical rhythm unit in points. */
  gap: number;
}

const PAPER: Record<PaperSize, [number, number]> = {
  A4: [595.28, 841.89],
  A5: [419.53, 595.28],
  A6: [297.64, 419.53],
};

const SCALE: Record<PaperSize, number> = { A4: 1, A5: 0.82, A6: 0.7 };

export const COLORS = {
  ink: '#1a1a1a',
  muted: '#5f6368',
  faint: '#9aa0a6',
  accent: '#a3201d',
  rule: '#d5d5d5',
  band: '#f6efe9',
  cancelled: '#9e9e9e',
  paper: '#ffffff',
} as const;

export function pageStyle(size: PaperSize): PageStyle {
  const [width, height] = PAPER[size];
  const k = SCALE[size];
  const pt = (value: number, floor = 0) => Math.max(floor, Math.round(value * k * 2) / 2);
  return {
    size,
    width,
    height,
    margins: { top: pt(72), bottom: pt(64), left: pt(56), right: pt(56) },
    type: {
      cover: pt(30),
      h1: pt(20),
      h2: pt(14),
      title: pt(11.5, 8.5),
      body: pt(9.5, 7.5),
      small: pt(8.5, 7),
      tiny: pt(7.5, 6.5),
    },
    gap: pt(10),
  };
}
