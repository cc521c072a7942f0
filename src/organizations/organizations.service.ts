import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, Repository } from 'typeorm';
import { containsPattern } from '../common/like-pattern';
import { Page } from '../common/pagination';
import { EditionRole } from '../editions/entities/edition-role.entity';
import { SessionRole } from '../sessions/entities/session-role.entity';
import { OrganizationDetailDto, OrganizationDto } from './dto/organization.dto';
import { OrganizationQuery } from './dto/organization-query.dto';
import { Organization } from './entities/organization.entity';

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectRepository(Organization) private readonly organizations: Repository<Organization>,
    @InjectRepository(EditionRole) private readonly editionRoles: Repository<EditionRole>,
    @InjectRepository(SessionRole) private readonly sessionRoles: Repository<SessionRole>,
  ) {}

  /** Any name counts: 中网联 and 中国网络社会组织联合会 find the same one row. */
  async search(query: OrganizationQuery): Promise<Page<OrganizationDto>> {
    const ids = this.organizations
      .createQueryBuilder('o')
      .select('o.id', 'id')
      .leftJoin('o.aliases', 'a')
      .orderBy('o.id', 'ASC')
      .distinct(true);
    if (query.q) {
      const pattern = containsPattern(query.q);
      ids.where(
        new Brackets((where) =>
          where
            .where("o.name_zh LIKE :pattern ESCAPE '!'", { pattern })
            .orWhere("o.name_en LIKE :pattern ESCAPE '!'", { pattern })
            .orWhere("o.short_name LIKE :pattern ESCAPE '!'", { pattern })
            .orWhere("a.name LIKE :pattern ESCAPE '!'", { pattern }),
        ),
      );
    }
    const total = await ids.clone().orderBy().getCount();
    const rows: { id: number }[] = await ids.offset(query.offset).limit(query.limit).getRawMany();
    if (rows.length === 0) return { items: [], total };
    const found = await this.organizations.find({
      where: rows.map((r) => ({ id: Number(r.id) })),
      relations: { aliases: true },
      order: { id: 'ASC' },
    });
    return { items: found.map((o) => OrganizationDto.from(o)), total };
  }

  /** Public callers see roles in public editions only; organizers (includeDrafts) see all. */
  async findOne(id: number, includeDrafts = false): Promise<OrganizationDetailDto> {
    const organization = await this.organizations.findOne({ where: { id }, relations: { aliases: true } });
    if (!organization) throw new NotFoundException(`No organization with id ${id}`);

    const editionRoles = await this.editionRoles
      .createQueryBuilder('r')
      .innerJoinAndSelect('r.edition', 'e')
      .innerJoinAndSelect('e.brand', 'b')
      .where('r.organization_id = :id', { id })
      .andWhere(includeDrafts ? '1 = 1' : "e.status <> 'draft'")
      .orderBy('e.start_date', 'DESC')
      .addOrderBy('r.role', 'ASC')
      .getMany();
    const sessionRoles = await this.sessionRoles
      .createQueryBuilder('r')
      .innerJoinAndSelect('r.session', 's')
      .innerJoinAndSelect('s.edition', 'e')
      .where('r.organization_id = :id', { id })
      .andWhere(includeDrafts ? '1 = 1' : "e.status <> 'draft'")
      .orderBy('e.start_date', 'DESC')
      .addOrderBy('s.id', 'ASC')
      .getMany();

    return {
      ...OrganizationDto.from(organization),
      description: organization.descriptionZh,
      editionRoles: editionRoles.map((r) => ({
        role: r.role,
        editionId: r.edition.id,
        editionSlug: r.edition.slug,
        editionTitle: r.edition.titleZh,
        year: r.edition.year,
        brand: r.edition.brand.slug,
        displayOrder: r.displayOrder,
      })),
      sessionRoles: sessionRoles.map((r) => ({
        role: r.role,
        sessionId: r.session.id,
        sessionTitle: r.session.titleZh,
        sessionKind: r.session.kind,
        editionId: r.session.edition.id,
        editionSlug: r.session.edition.slug,
        editionTitle: r.session.edition.titleZh,
      })),
    };
  }
}
