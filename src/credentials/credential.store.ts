import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { Tx } from '../database/transactions';
import { CredentialTier } from './entities/credential-tier.entity';
import { Credential } from './entities/credential.entity';
import { GuestCredential } from './entities/guest-credential.entity';

/** The row types this module answers with, for other modules to name (they never query them). */
export type { CredentialTier } from './entities/credential-tier.entity';
export type { Credential } from './entities/credential.entity';

/** The only code that reads and writes credential_tier, credential and guest_credential. */
@Injectable()
export class CredentialStore {
  constructor(private readonly dataSource: DataSource) {}

  tiersOf(editionId: number, tx: Tx = this.dataSource.manager): Promise<CredentialTier[]> {
    return tx.find(CredentialTier, { where: { editionId }, order: { position: 'ASC', id: 'ASC' } });
  }

  tier(id: number, tx: Tx = this.dataSource.manager): Promise<CredentialTier | null> {
    return tx.findOne(CredentialTier, { where: { id } });
  }

  /** Inserts the tiers a name does not hold yet in their edition: two servers seeding defaults at once agree. */
  async insertTiersOnce(tiers: Partial<CredentialTier>[], tx: Tx = this.dataSource.manager): Promise<void> {
    if (tiers.length) await tx.createQueryBuilder().insert().into(CredentialTier).values(tiers).orIgnore().updateEntity(false).execute();
  }

  saveTier(tier: Partial<CredentialTier>, tx: Tx): Promise<CredentialTier> {
    return tx.save(CredentialTier, tier);
  }

  /** Only one default per edition: the others lose it. */
  async clearDefault(editionId: number, exceptId: number, tx: Tx): Promise<void> {
    await tx.createQueryBuilder().update(CredentialTier).set({ isDefault: false }).where('edition_id = :editionId AND id <> :exceptId', { editionId, exceptId }).execute();
  }

  async tierInUse(tierId: number, tx: Tx): Promise<boolean> {
    return (await tx.count(Credential, { where: { tierId } })) > 0;
  }

  async deleteTier(id: number, tx: Tx): Promise<void> {
    await tx.delete(CredentialTier, { id });
  }

  credentialOf(registrationId: number, tx: Tx = this.dataSource.manager): Promise<Credential | null> {
    return tx.findOne(Credential, { where: { registrationId } });
  }

  credentialsOf(registrationIds: number[], tx: Tx = this.dataSource.manager): Promise<Credential[]> {
    if (!registrationIds.length) return Promise.resolve([]);
    return tx.find(Credential, { where: { registrationId: In(registrationIds) } });
  }

  /** The credential row of a registration, made (default tier, generation 1) if it had none. */
  private async ensure(registrationId: number, tx: Tx): Promise<void> {
    await tx.createQueryBuilder().insert().into(Credential).values({ registrationId, tierId: null, generation: 1 }).orIgnore().updateEntity(false).execute();
  }

  async assign(registrationId: number, tierId: number | null, tx: Tx): Promise<Credential> {
    await this.ensure(registrationId, tx);
    await tx.createQueryBuilder().update(Credential).set({ tierId }).where('registration_id = :registrationId', { registrationId }).execute();
    return tx.findOneOrFail(Credential, { where: { registrationId } });
  }

  /** A new generation: the codes printed before it stop admitting. Answers the credential after. */
  async nextGeneration(registrationId: number, tx: Tx): Promise<Credential> {
    await this.ensure(registrationId, tx);
    await tx.createQueryBuilder().update(Credential).set({ generation: () => 'generation + 1' }).where('registration_id = :registrationId', { registrationId }).execute();
    return tx.findOneOrFail(Credential, { where: { registrationId } });
  }

  /** The valid printing of each guest's badge (1 for a guest never reprinted), by guest id. */
  async guestGenerations(guestIds: number[], tx: Tx = this.dataSource.manager): Promise<Map<number, number>> {
    const out = new Map(guestIds.map((id) => [id, 1]));
    if (!guestIds.length) return out;
    for (const row of await tx.find(GuestCredential, { where: { guestId: In(guestIds) } })) out.set(row.guestId, row.generation);
    return out;
  }

  /** A new printing of a guest's badge: the codes printed before it stop admitting. Answers the new generation. */
  async nextGuestGeneration(guestId: number, tx: Tx): Promise<number> {
    await tx.createQueryBuilder().insert().into(GuestCredential).values({ guestId, generation: 1 }).orIgnore().updateEntity(false).execute();
    await tx.createQueryBuilder().update(GuestCredential).set({ generation: () => 'generation + 1' }).where('guest_id = :guestId', { guestId }).execute();
    return (await tx.findOneOrFail(GuestCredential, { where: { guestId } })).generation;
  }
}
