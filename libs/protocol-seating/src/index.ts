/**
 * @huiwu/protocol-seating: protocol seating for a rostrum (主席台) and the front rows — who sits
 * where by rank under the Chinese (左为上) or international (右为上) convention, with manual swaps,
 * and the seating chart as a PDF. Plain people in, seats and bytes out.
 */
export * from './protocol-order';
export * from './seating-plan';
export * from './seating-chart-pdf';
