import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { renderNameCards } from '@huiwu/badges';
import { renderSeatingChart } from '@huiwu/protocol-seating';
import type { Language } from '../common/i18n/language';
import { renderedDocument, RenderedDocument } from '../common/http/rendered-document';
import { EditionStore } from '../editions/edition.store';
import { SessionStore } from '../sessions/session.store';
import { SeatingService } from './seating.service';

/**
 * The printed outputs of a session's seating: the chart (drawn, then listed seat by seat) and
 * the table name cards (座签, libs/badges) in seat order — row by row from the front, each from
 * the audience's left, the order in which they are set out along the table.
 */
@Injectable()
export class SeatingDocuments {
  constructor(
    private readonly seating: SeatingService,
    private readonly sessions: SessionStore,
    private readonly editions: EditionStore,
  ) {}

  async chart(sessionId: number, lang: Language): Promise<RenderedDocument> {
    const worked = await this.seating.work(sessionId);
    const subtitle = await this.subtitle(sessionId, lang);
    const issuedAt = new Date();
    const body = await renderSeatingChart({
      title: worked.sessionTitle,
      subtitle,
      convention: worked.stored.convention,
      rows: worked.arranged.rows.map((row) =>
        row.map((seat) => ({ seat: seat.seat, precedence: seat.precedence, name: seat.person?.name ?? null, title: seat.person?.title, organization: seat.person?.organization })),
      ),
      lang,
      issuedAt,
    });
    return renderedDocument(body, issuedAt, 'application/pdf', `seating-${sessionId}.pdf`);
  }

  async nameCards(sessionId: number, lang: Language): Promise<RenderedDocument> {
    const worked = await this.seating.work(sessionId);
    const cards = worked.arranged.rows.flat().flatMap((seat) => (seat.person ? [{ name: seat.person.name, organization: seat.person.organization, title: seat.person.title }] : []));
    const issuedAt = new Date();
    const body = await renderNameCards({ cards, event: worked.sessionTitle, lang, issuedAt });
    return renderedDocument(body, issuedAt, 'application/pdf', `name-cards-${sessionId}.pdf`);
  }

  /** The edition, and the session's start in the edition's wall clock. */
  private async subtitle(sessionId: number, lang: Language): Promise<string> {
    const session = await this.sessions.require(sessionId);
    const edition = await this.editions.require(session.editionId);
    const title = lang === 'en' ? (edition.titleEn ?? edition.titleZh) : edition.titleZh;
    if (!session.startsAt) return title;
    const start = DateTime.fromJSDate(session.startsAt, { zone: edition.timeZone });
    return `${title} · ${start.toFormat(lang === 'en' ? 'd LLL yyyy HH:mm' : 'yyyy年M月d日 HH:mm', { locale: lang === 'en' ? 'en' : 'zh-CN' })}`;
  }
}
