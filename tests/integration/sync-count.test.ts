import { describe, expect, it } from 'vitest';
import { exportPackage } from '../../electron/sync/export';
import { pendingCount } from '../../electron/sync/outgoing';
import { requirePeer } from '../../electron/sync/peers';
import { insertRow, softDelete, updateRow } from '../../electron/sync/write-path';
import { enrolledPair, person, provinceId } from '../helpers/offices';

const offices = enrolledPair();

const lastSeq = async () => Number((await offices.central.db('change_log').max({ m: 'seq' }).first())?.m ?? 0);

/**
 * The count the Sync page shows for Bolikhamxay, against the messages the package then holds: first as if it
 * had acknowledged everything up to `ackedUpTo` (SQLite reads the short seq range), then as if it had
 * acknowledged nothing (SQLite reads through the rows in scope). Acknowledgements are set directly here, so
 * that one history is counted both ways.
 */
async function expectCountMatchesPackage(ackedUpTo: number): Promise<void> {
  for (const acked of [ackedUpTo, 0]) {
    await offices.central.db('sync_peer').where({ code: 'LA-BL' }).update({ acked_change_seq: acked });
    const counted = await pendingCount(offices.central.db, await requirePeer(offices.central.db, 'LA-BL'));
    const sent = await exportPackage(offices.central.db, offices.central.backend.ctx.keyProtectors, { to: 'LA-BL', dir: null });
    expect(sent.messages, `acknowledged up to ${acked}`).toBe(counted);
  }
}

describe('the Sync page counts what the next package to a province holds', () => {
  it('with rows entering and leaving the province, and the memberships and qualifications that follow them', async () => {
    const module = (await offices.central.db('module').first('id')).id;
    const moving = await insertRow(offices.central.db, 'person', person('LA-XA', 'ນາງ ຍ້າຍມາ'));
    const leaving = await insertRow(offices.central.db, 'person', person('LA-BL', 'ນາງ ຍ້າຍໄປ'));
    await insertRow(offices.central.db, 'qualification', { person_id: moving, module_id: module, earned_on: '2024-01-01', source: 'manual' });
    const team = await insertRow(offices.central.db, 'team', { name_lo: 'ທີມ ໄຊສົມບູນ', level: 'provincial', province_id: provinceId('LA-XA') });
    const membership = await insertRow(offices.central.db, 'team_member', { team_id: team, person_id: moving, role: 'member', from_date: '2024-01-01' });
    await insertRow(offices.central.db, 'team_member', { team_id: team, person_id: leaving, role: 'member', from_date: '2024-01-01' });
    const before = await lastSeq();
    await expectCountMatchesPackage(before);

    // She and her team move in, whole, with her qualification and the team's memberships.
    await updateRow(offices.central.db, 'person', moving, { province_id: provinceId('LA-BL') });
    await updateRow(offices.central.db, 'team', team, { province_id: provinceId('LA-BL') });
    await expectCountMatchesPackage(before);
    // Another leaves: the province sees her scope field change, nothing else of hers.
    await updateRow(offices.central.db, 'person', leaving, { province_id: provinceId('LA-XA'), phone: '020 5555 0001' });
    await expectCountMatchesPackage(before);
    // Edits and a deletion after that.
    await updateRow(offices.central.db, 'person', moving, { phone: '020 5555 0002' });
    await softDelete(offices.central.db, 'team_member', membership);
    await expectCountMatchesPackage(await lastSeq() - 3);
  });
});
