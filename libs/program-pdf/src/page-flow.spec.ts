import { PageFlow, Row } from './page-flow';
import { pageStyle } from './page-style';
import { createPdf, finishPdf } from './pdf-output';

describe('PageFlow', () => {
  const style = pageStyle('A5');
  const drawn: { label: string; page: number; y: number }[] = [];
  let flow: PageFlow;

  const row = (label: string, height: number): Row => ({
    height,
    draw: (y) => drawn.push({ label, page: flow.pageIndex, y }),
  });

  beforeEach(() => {
    drawn.length = 0;
    flow = new PageFlow(createPdf({ style, lang: 'zh', title: 'flow' }), style);
    flow.newPage();
  });

  afterEach(() => finishPdf(flow.pdf));

  it('moves a block that does not fit to the next page, whole', () => {
    flow.place([row('filler', flow.pageHeight - 30)]);
    flow.place([row('a', 20), row('b', 20)]);
    expect(drawn.slice(1)).toEqual([
      { label: 'a', page: 1, y: flow.top },
      { label: 'b', page: 1, y: flow.top + 20 },
    ]);
  });

  it('keeps a block on the page when it fits exactly', () => {
    flow.place([row('filler', flow.pageHeight - 40)]);
    flow.place([row('a', 20), row('b', 20)]);
    expect(drawn.map((d) => d.page)).toEqual([0, 0, 0]);
  });

  it('breaks a block taller than a page between its rows only', () => {
    const third = flow.pageHeight / 3 + 1;
    flow.place([row('a', third), row('b', third), row('c', third), row('d', third)]);
    expect(drawn.map((d) => [d.label, d.page])).toEqual([
      ['a', 0],
      ['b', 0],
      ['c', 1],
      ['d', 1],
    ]);
    expect(drawn[2].y).toBe(flow.top);
  });

  it('does not leave a page empty for a block that fits nowhere', () => {
    flow.place([row('huge', flow.pageHeight * 2)]);
    expect(drawn).toEqual([{ label: 'huge', page: 0, y: flow.top }]);
  });
});
