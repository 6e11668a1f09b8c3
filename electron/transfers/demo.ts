/**
 * Two transfers in the demo, recorded through the same path as the Transfers page, so that the page and the
 * capacity gaps have something to show: a Paklai district trainer who moved up to the provincial office four
 * months ago and left her team below its target, and a Sikhottabong trainer leaving for the district
 * education office in three weeks, whose planned sessions the transfer already puts at risk. The Paklai
 * trainer is one who leads no session in the demo calendar, so the calendar stays true after her move.
 */
import { addDays } from '../../shared/capacity';
import type { Db } from '../db/connection';
import { referenceId } from '../reference/reference';
import { recordTransfer } from './transfers';

/** A district team's members as the demo calendar reads them, in the order it gives them sessions to lead. */
async function districtTeam(db: Db, districtCode: string): Promise<string[]> {
  const rows: Array<{ person_id: string }> = await db('team_member as m')
    .join('team as t', 't.id', 'm.team_id')
    .join('person as p', 'p.id', 'm.person_id')
    .where('t.district_id', referenceId('district', districtCode))
    .whereNull('m.deleted_at')
    .whereNull('p.deleted_at')
    .where('p.status', 'active')
    .whereNull('m.to_date')
    .orderBy(['m.team_id', 'm.role', 'p.name_en'])
    .select('m.person_id');
  return rows.map((r) => r.person_id);
}

export async function seedDemoTransfers(db: Db, today: string): Promise<number> {
  const paklai = await districtTeam(db, 'LA-XA-PKL');
  const sikhottabong = await districtTeam(db, 'LA-VT-SKB');
  // The calendar has the first four members of a district team lead its sessions; the fifth leads none.
  await recordTransfer(
    db,
    {
      personId: paklai[4],
      date: addDays(today, -120),
      toOfficeLevel: 'provincial',
      toProvinceId: referenceId('province', 'LA-XA'),
      toOrganisationId: referenceId('organisation', 'lwu'),
      reason: 'ຍ້າຍໄປເຮັດວຽກຢູ່ຂັ້ນແຂວງ',
      keepsTrainingRole: false,
    },
    today,
  );
  await recordTransfer(
    db,
    {
      personId: sikhottabong[0],
      date: addDays(today, 21),
      toOfficeLevel: 'district',
      toProvinceId: referenceId('province', 'LA-VT'),
      toDistrictId: referenceId('district', 'LA-VT-SKB'),
      toOrganisationId: referenceId('organisation', 'education'),
      reason: 'ຍ້າຍໄປຫ້ອງການສຶກສາ',
      keepsTrainingRole: false,
    },
    today,
  );
  return 2;
}
