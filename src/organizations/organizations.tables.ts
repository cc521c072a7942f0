import { Organization } from './entities/organization.entity';
import { OrganizationAlias } from './entities/organization-alias.entity';
import { OrganizationRelation } from './entities/organization-relation.entity';

/** The tables the organizations module owns: only its stores read and write them. */
export const ORGANIZATIONS_TABLES = [Organization, OrganizationAlias, OrganizationRelation];
