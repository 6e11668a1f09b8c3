import type { DomainHandlers } from '../handlers';
import { removeDemo } from './demo-removal';
import { demoStatus, loadDemo } from './demo';
import { commitImport, previewImport } from './import/import-roster';
import { exportRosterXlsx } from './export-xlsx';
import { addDistrict, addVillage, deleteVillage, listGeography, renameVillage, saveModule } from './geography';
import { createPerson, deletePerson, getPerson, restorePerson, searchRoster, updatePerson } from './people';
import { likelyDuplicates } from './likely-same';
import { addQualification, removeQualification } from './qualifications';
import { sessionsOfPerson } from '../calendar-link';
import { addMember, createTeam, endMembership, getTeam, listTeams, removeMembership, updateTeam } from './teams';
import { previewDeletion } from '../transfers/transfers';

export const rosterHandlers: DomainHandlers = {
  'reference.geography': (_i, { db }) => listGeography(db),
  'reference.addDistrict': (i, { db }) => addDistrict(db, i),
  'reference.addVillage': (i, { db }) => addVillage(db, i),
  'reference.renameVillage': (i, { db }) => renameVillage(db, i),
  'reference.deleteVillage': ({ id }, { db }) => deleteVillage(db, id),
  'reference.saveModule': (i, { db }) => saveModule(db, i),
  'roster.search': (filter, { db }) => searchRoster(db, filter),
  'roster.get': ({ id }, { db }) => getPerson(db, id),
  'roster.likelyDuplicates': (person, { db }) => likelyDuplicates(db, person),
  'roster.create': (person, { db }) => createPerson(db, person),
  'roster.update': ({ id, person }, { db }) => updatePerson(db, id, person),
  'roster.sessions': ({ id }, { db }) => sessionsOfPerson(db, id),
  'roster.previewDelete': ({ id }, { db }) => previewDeletion(db, id),
  'roster.delete': ({ id }, { db }) => deletePerson(db, id),
  'roster.restore': ({ id }, { db }) => restorePerson(db, id),
  'roster.exportXlsx': async ({ filter, language }, { db }) => exportRosterXlsx(db, await searchRoster(db, filter), language),
  'qualification.add': (i, { db }) => addQualification(db, i),
  'qualification.remove': ({ id }, { db }) => removeQualification(db, id),
  'teams.list': (_i, { db }) => listTeams(db),
  'teams.get': ({ id }, { db }) => getTeam(db, id),
  'teams.create': (t, { db }) => createTeam(db, t),
  'teams.update': ({ id, team }, { db }) => updateTeam(db, id, team),
  'teams.addMember': (i, { db }) => addMember(db, i),
  'teams.endMembership': ({ id, toDate }, { db }) => endMembership(db, id, toDate),
  'teams.removeMembership': ({ id }, { db }) => removeMembership(db, id),
  'import.preview': (i, { db }) => previewImport(db, i),
  'import.commit': (i, { db }) => commitImport(db, i),
  'demo.status': (_i, { db }) => demoStatus(db),
  'demo.load': (_i, { db }) => loadDemo(db),
  'demo.remove': (_i, { db }) => removeDemo(db),
};
