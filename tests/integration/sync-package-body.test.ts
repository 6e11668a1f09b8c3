import { tool } from '../helpers/processes';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { officeKeys } from '../../electron/sync/identity';
import { openPackage } from '../../electron/sync/package-file';
import { outgoingFor, wholeBody } from '../../electron/sync/outgoing';
import { requirePeer } from '../../electron/sync/peers';
import { insertRows, updateRow } from '../../electron/sync/write-path';
import { type Office, enroll, openOffice, person, receive, send } from '../helpers/offices';
import { tempDir } from '../helpers/temp-dir';

/** Where a gzip member starts: the header node:zlib writes (deflate, no flags, no time, Unix). */
const MEMBER_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]);

function members(gz: Buffer): number {
  let n = 0;
  for (let at = gz.indexOf(MEMBER_HEADER); at >= 0; at = gz.indexOf(MEMBER_HEADER, at + 1)) n++;
  return n;
}

describe('a large package body', () => {
  it('is compressed part by part into gzip members that gunzip and the importer read as one body', async () => {
    const [central, bl] = [await openOffice('LA-CENTRAL'), await openOffice('LA-BL')];
    try {
      await enroll(central, bl);
      // Nine logged fields a person: more than one part of central's body (5,000 log entries).
      await insertRows(bl.db, 'person', Array.from({ length: 2500 }, (_, i) => person('LA-BL', `ນາງ ${i}`)));
      const file = await send(bl, central, tempDir('lwu-body'));
      const { ageIdentity } = await officeKeys(central.db, central.backend.ctx.keyProtectors);
      const { body, manifestBytes } = await openPackage(fs.readFileSync(file), ageIdentity);
      const { counts } = JSON.parse(manifestBytes.toString('utf8'));
      expect(counts.messages).toBe(2500 * 9);
      expect(members(body)).toBeGreaterThan(1);
      // The system's gunzip, as someone recovering a package without LWU Desk would use it.
      const lines = (await tool('gunzip', [], { input: body })).toString('utf8').split('\n');
      expect(lines.pop(), 'the body ends with a newline').toBe('');
      expect(lines).toHaveLength(counts.messages);
      expect(new Set(lines.map((l) => JSON.parse(l).table))).toEqual(new Set(['person']));
      const imported = await receive(central, file);
      expect(imported.applied).toBe(counts.messages);
      expect(await central.db('person').count({ n: '*' }).first()).toEqual({ n: 2500 });
    } finally {
      await Promise.all([central.backend.close(), bl.backend.close()]);
    }
  }, 120_000);

  it("gives each part's memory back once it is compressed, without waiting for a collection", async () => {
    const [central, bl] = [await openOffice('LA-CENTRAL'), await openOffice('LA-BL')];
    try {
      await enroll(central, bl);
      await insertRows(bl.db, 'person', Array.from({ length: 4000 }, (_, i) => person('LA-BL', `ນາງ ${i}`)));
      const before = process.memoryUsage().arrayBuffers;
      const file = await send(bl, central, tempDir('lwu-release'));
      const grown = process.memoryUsage().arrayBuffers - before;
      const { ageIdentity } = await officeKeys(central.db, central.backend.ctx.keyProtectors);
      const { counts } = JSON.parse((await openPackage(fs.readFileSync(file), ageIdentity)).manifestBytes.toString('utf8'));
      // What is left is the package and its compressed pieces, not the body's several megabytes as read.
      expect(counts.bodyBytes).toBeGreaterThan(5_000_000);
      expect(grown).toBeLessThan(counts.bodyBytes / 2);
    } finally {
      await Promise.all([central.backend.close(), bl.backend.close()]);
    }
  }, 120_000);

  it('is read whole where one line is longer than several pieces the importer inflates at a time (1 MiB)', async () => {
    const [central, bl] = [await openOffice('LA-CENTRAL'), await openOffice('LA-BL')];
    try {
      await enroll(central, bl);
      const notes = 'ບັນທຶກ '.repeat(150_000); // about 3 MB of UTF-8 in one message
      const [id] = await insertRows(bl.db, 'person', [{ ...person('LA-BL', 'ນາງ ຍາວ'), notes }, person('LA-BL', 'ນາງ ສັ້ນ')]);
      const imported = await receive(central, await send(bl, central, tempDir('lwu-long')));
      expect(imported.applied, 'nine logged fields a person, and the notes').toBe(19);
      expect((await central.db('person').where({ id }).first()).notes).toBe(notes);
      expect(await central.db('person').count({ n: '*' }).first()).toEqual({ n: 2 });
    } finally {
      await Promise.all([central.backend.close(), bl.backend.close()]);
    }
  }, 120_000);
});

/** The body an export to the peer would carry now. */
const bodyFor = async (from: Office, to: string) => (await wholeBody(await outgoingFor(from.db, await requirePeer(from.db, to)))).bytes;

describe('the body lines kept with logged changes', () => {
  it('are the lines SQLite builds for changes logged without one, for central and for a province', async () => {
    const [central, bl] = [await openOffice('LA-CENTRAL'), await openOffice('LA-BL')];
    try {
      await enroll(central, bl);
      const awkward = 'ບັນທຶກ "quoted" \\ back\\slash\nnew line\ttab \u0001 é';
      const ids = await insertRows(bl.db, 'person', [{ ...person('LA-BL', 'ນາງ ໜຶ່ງ'), notes: awkward }, person('LA-BL', 'ນາງ ສອງ')]);
      await updateRow(bl.db, 'person', ids[1], { name_en: 'Second', notes: null });
      // Central sends a province what it received from it no more, and its own changes in the province's scope.
      await receive(central, await send(bl, central, tempDir('lwu-lines')));
      await insertRows(central.db, 'person', [{ ...person('LA-BL', 'ນາງ ສາມ'), notes: awkward }]);
      await updateRow(central.db, 'person', ids[0], { phone: '020 5555 1234' });

      for (const [office, peer] of [[bl, 'LA-CENTRAL'], [central, 'LA-BL']] as const) {
        const unsent = await office.db('change_log').where({ superseded: 1 }).whereNotNull('message').count({ n: '*' }).first();
        expect(unsent, 'a superseded change keeps no line').toEqual({ n: 0 });
        const missing = await office.db('change_log').where({ superseded: 0 }).whereNull('origin').whereNull('message').count({ n: '*' }).first();
        expect(missing, 'a change written here keeps its line').toEqual({ n: 0 });
        const kept = await bodyFor(office, peer);
        expect(kept.toString('utf8')).toContain('"notes","value":"ບັນທຶກ \\"quoted\\"');
        // As a database logged before migration 0015 holds them.
        await office.db('change_log').update({ message: null });
        expect((await bodyFor(office, peer)).equals(kept), `${office.code}'s body to ${peer}`).toBe(true);
      }
    } finally {
      await Promise.all([central.backend.close(), bl.backend.close()]);
    }
  }, 120_000);
});
