import { Module } from '@nestjs/common';
import { OrganizationStore } from './organization.store';

/** The organization tables, for every module that names organizations (roles, speakers, partners); imports nothing. */
@Module({ providers: [OrganizationStore], exports: [OrganizationStore] })
export class OrganizationsModule {}
