import { describe, expect, it } from 'vitest';
import {
  type CapMembership,
  type CapPerson,
  type CapQualification,
  type CapTeam,
  coverageOf,
  knowledgeLost,
  modulesByPerson,
  teamActiveMembers,
  teamModuleGaps,
  overdueRefreshers,
  teamCapacity,
  transferImpact,
  upcomingShortfalls,
} from '../../shared/capacity';

const person = (id: string, over: Partial<CapPerson> = {}): CapPerson => ({ id, status: 'active', provinceId: 'BL', districtId: 'PKD', ...over });
const team: CapTeam = { id: 't', level: 'district', provinceId: 'BL', districtId: 'PKD', targetSize: 3 };
const member = (personId: string, fromDate = '2025-01-01', toDate: string | null = null): CapMembership => ({ teamId: 't', personId, fromDate, toDate });
const qual = (personId: string, moduleId: string, earnedOn = '2025-01-01', refresherDue: string | null = '2027-01-01'): CapQualification => ({ personId, moduleId, earnedOn, refresherDue });

describe('team capacity', () => {
  it('counts members whose membership covers the day, and only active people', () => {
    const people = new Map([['a', person('a')], ['b', person('b')], ['c', person('c', { status: 'transferred' })]].map(([k, v]) => [k as string, v as CapPerson]));
    const ms = [member('a'), member('b'), member('c')];
    expect(teamCapacity([team], ms, people, '2025-06-01')).toEqual([{ teamId: 't', active: 2, target: 3, gap: 1 }]);
  });

  it('still counts a membership on its last day, and not on the day after (ending the day before)', () => {
    const people = new Map([['a', person('a')]]);
    const ms = [member('a', '2025-01-01', '2025-05-31')];
    expect(teamCapacity([team], ms, people, '2025-05-31')[0].active).toBe(1);
    expect(teamCapacity([team], ms, people, '2025-06-01')[0].active).toBe(0);
  });

  it('does not count a membership before it starts', () => {
    const people = new Map([['a', person('a')]]);
    expect(teamCapacity([team], [member('a', '2025-07-01')], people, '2025-06-30')[0].active).toBe(0);
  });
});

describe('gaps to come', () => {
  const people = new Map(['a', 'b', 'c', 'd'].map((id) => [id, person(id)]));

  it('warns of a team at target today that a known departure takes below it, from the day after her last', () => {
    const ms = [member('a'), member('b'), member('c', '2025-01-01', '2025-07-14')];
    expect(upcomingShortfalls([team], ms, people, '2025-06-01', 90)).toEqual([
      { teamId: 't', date: '2025-07-15', active: 2, target: 3, leaving: [{ personId: 'c', lastDay: '2025-07-14', activeAfter: 2 }] },
    ]);
    expect(upcomingShortfalls([team], ms, people, '2025-06-01', 30), 'beyond the horizon').toEqual([]);
  });

  it('says nothing when a replacement is already set to join', () => {
    const replaced = [member('a'), member('b'), member('c', '2025-01-01', '2025-07-14'), member('d', '2025-07-10')];
    expect(upcomingShortfalls([team], replaced, people, '2025-06-01', 90)).toEqual([]);
  });

  it('warns of a team below target already that a departure takes further below', () => {
    const found = upcomingShortfalls([team], [member('a'), member('b', '2025-01-01', '2025-07-14')], people, '2025-06-01', 90);
    expect(found.map((f) => [f.date, f.active])).toEqual([['2025-07-15', 1]]);
  });

  it('names the first day below target, and every departure with the members left after it', () => {
    const ms = [member('a'), member('b', '2025-01-01', '2025-06-30'), member('c', '2025-01-01', '2025-08-31'), member('d'), { ...member('a'), teamId: 'other' }];
    const [found] = upcomingShortfalls([team], ms, people, '2025-06-01', 120);
    expect([found!.date, found!.active]).toEqual(['2025-09-01', 2]);
    expect(found!.leaving).toEqual([
      { personId: 'b', lastDay: '2025-06-30', activeAfter: 3 },
      { personId: 'c', lastDay: '2025-08-31', activeAfter: 2 },
    ]);
  });
});

describe('module gaps, by team', () => {
  it('is a gap at 0 trainers, at risk at 1, fine from 2', () => {
    expect([0, 1, 2, 5].map(coverageOf)).toEqual(['gap', 'atRisk', 'ok', 'ok']);
  });

  it('names each team with a module fewer than two members can train, once, its modules in curriculum order', () => {
    const teams = [
      { id: 'full', members: [{ personId: 'a', moduleIds: ['law', 'survey'] }, { personId: 'b', moduleIds: ['survey', 'law'] }] },
      // b is listed twice (two memberships on the day): still one trainer.
      { id: 'thin', members: [{ personId: 'b', moduleIds: ['survey', 'law'] }, { personId: 'b', moduleIds: ['survey', 'law'] }, { personId: 'c', moduleIds: new Set(['law']) }] },
      { id: 'empty', members: [] },
    ];
    expect(teamModuleGaps(teams, ['law', 'migration', 'survey'])).toEqual([
      { teamId: 'full', modules: [{ moduleId: 'migration', trainers: [], coverage: 'gap' }] },
      {
        teamId: 'thin',
        modules: [
          { moduleId: 'migration', trainers: [], coverage: 'gap' },
          { moduleId: 'survey', trainers: ['b'], coverage: 'atRisk' },
        ],
      },
      {
        teamId: 'empty',
        modules: ['law', 'migration', 'survey'].map((moduleId) => ({ moduleId, trainers: [], coverage: 'gap' })),
      },
    ]);
    expect(teamModuleGaps([teams[0]!], ['law', 'survey']), 'a team every module of which two can train is not listed').toEqual([]);
  });

  it('counts only members active on the day with a current qualification: not a lapsed refresher, nor a qualified neighbour in no team', () => {
    const people = new Map(['a', 'b', 'c', 'd'].map((id) => [id, person(id)]));
    people.set('d', person('d', { status: 'left' }));
    const ms = [member('a'), member('b'), member('d')]; // c lives in the district, qualified, in no team
    const quals = [qual('a', 'law'), qual('b', 'law', '2023-01-01', '2025-01-01'), qual('c', 'law'), qual('d', 'law'), qual('c', 'survey'), qual('a', 'survey', '2025-06-02')];
    const gapsOn = (day: string) => {
      const held = modulesByPerson(quals, day);
      const members = teamActiveMembers(team, ms, people, day).map((personId) => ({ personId, moduleIds: held.get(personId)?.current ?? [] }));
      return teamModuleGaps([{ id: team.id, members }], ['law', 'survey']).flatMap((g) => g.modules.map((m) => `${m.moduleId}:${m.coverage}:${m.trainers.join('+')}`));
    };
    expect(gapsOn('2025-01-01'), "on the refresher's due day she still counts").toEqual(['survey:gap:']);
    expect(gapsOn('2025-06-01')).toEqual(['law:atRisk:a', 'survey:gap:']);
    expect(gapsOn('2025-06-02'), 'from the day it is earned').toEqual(['law:atRisk:a', 'survey:atRisk:a']);
  });
});

describe('overdue refreshers', () => {
  it('looks only at the latest qualification per person and module', () => {
    const quals = [qual('a', 'law', '2020-01-01', '2022-01-01'), qual('a', 'law', '2024-01-01', '2026-01-01'), qual('b', 'law', '2020-01-01', '2022-01-01')];
    expect(overdueRefreshers(quals, '2025-01-01').map((q) => q.personId)).toEqual(['b']);
    expect(overdueRefreshers(quals, '2026-01-02').map((q) => q.personId).sort()).toEqual(['a', 'b']);
  });

  it('is not overdue on the due day itself', () => {
    expect(overdueRefreshers([qual('a', 'law', '2024-01-01', '2026-01-01')], '2026-01-01')).toEqual([]);
  });
});

describe('modules a person can train', () => {
  it('splits current from lapsed, by the day: a renewal makes a module current, a future one does not count yet', () => {
    const quals = [
      qual('a', 'law', '2020-01-01', '2022-01-01'),
      qual('a', 'law', '2024-01-01', '2026-01-01'),
      qual('a', 'survey', '2023-01-01', '2024-06-01'),
      qual('a', 'methods', '2025-06-01', null),
      qual('b', 'survey', '2026-03-01', '2029-03-01'),
    ];
    const on = (day: string) => {
      const m = modulesByPerson(quals, day);
      return Object.fromEntries([...m].map(([p, h]) => [p, { current: [...h.current].sort(), overdue: [...h.overdue.keys()].sort() }]));
    };
    expect(on('2025-01-01')).toEqual({ a: { current: ['law'], overdue: ['survey'] } });
    expect(on('2026-01-01')).toEqual({ a: { current: ['law', 'methods'], overdue: ['survey'] } });
    expect(on('2026-01-02')).toEqual({ a: { current: ['methods'], overdue: ['law', 'survey'] } });
    expect(on('2026-03-01')).toEqual({ a: { current: ['methods'], overdue: ['law', 'survey'] }, b: { current: ['survey'], overdue: [] } });
  });
});

describe('knowledge lost through transfers', () => {
  const t = (date: string, keepsTrainingRole: boolean) => ({ personId: 'a', date, fromProvinceId: 'BL', fromDistrictId: 'PKD', toProvinceId: 'VT', toDistrictId: null, keepsTrainingRole });
  it('counts transfers out of a training role within the period, with the modules held that day', () => {
    const quals = [qual('a', 'law', '2024-01-01'), qual('a', 'survey', '2025-03-01')];
    expect(knowledgeLost([t('2025-02-01', false)], quals, '2025-02-01', '2025-02-28')).toEqual([
      { personId: 'a', date: '2025-02-01', moduleIds: ['law'], fromProvinceId: 'BL', fromDistrictId: 'PKD' },
    ]);
    expect(knowledgeLost([t('2025-02-01', false)], quals, '2025-02-02', '2025-02-28')).toEqual([]);
    expect(knowledgeLost([t('2025-02-01', true)], quals, '2025-01-01', '2025-12-31')).toEqual([]);
  });
});

describe('the impact of a transfer, before it is saved', () => {
  const state = {
    teams: [team],
    memberships: [member('a'), member('b'), member('c')],
    people: [person('a'), person('b'), person('c')],
    quals: [qual('a', 'law'), qual('b', 'law'), qual('a', 'survey')],
    moduleIds: ['law', 'survey'],
  };

  it('names the team that drops below target and the modules whose last or second-to-last trainer leaves', () => {
    const impact = transferImpact({ personId: 'a', date: '2025-06-01', toProvinceId: 'VT', toDistrictId: 'XTN', keepsTrainingRole: false }, state);
    expect(impact.teamsBelowTarget).toEqual([{ teamId: 't', activeBefore: 3, activeAfter: 2, target: 3 }]);
    expect(impact.modulesLost.map((m) => `${m.area.kind}:${m.moduleId}:${m.before}->${m.after}`)).toEqual([
      'district:law:2->1',
      'district:survey:1->0',
      'province:law:2->1',
      'province:survey:1->0',
    ]);
    expect(impact.modulesGained).toEqual([]);
    // The team keeps one trainer of law (b) and none of survey: both are gaps, as the Capacity view counts them.
    expect(impact.teamModulesLost).toEqual([{ teamId: 't', modules: [{ moduleId: 'law', before: 2, after: 1 }, { moduleId: 'survey', before: 1, after: 0 }] }]);
  });

  it('names a module a team loses even where her district keeps it, and for central staff, who have no district', () => {
    const central: CapTeam = { id: 'ct', level: 'central', provinceId: null, districtId: null, targetSize: 2 };
    const staff = { provinceId: null, districtId: null };
    const s = {
      teams: [central, team],
      memberships: [{ teamId: 'ct', personId: 'x', fromDate: '2025-01-01', toDate: null }, { teamId: 'ct', personId: 'y', fromDate: '2025-01-01', toDate: null }, member('a')],
      people: [person('x', staff), person('y', staff), person('a')],
      // y's law qualification has lapsed: x is the central team's only current holder. a (another team) holds it.
      quals: [qual('x', 'law'), qual('y', 'law', '2020-01-01', '2022-01-01'), qual('x', 'survey'), qual('a', 'survey')],
      moduleIds: ['law', 'survey'],
    };
    const impact = transferImpact({ personId: 'x', date: '2025-06-01', toProvinceId: null, toDistrictId: null, keepsTrainingRole: false }, s);
    expect(impact.modulesLost).toEqual([]);
    expect(impact.teamModulesLost).toEqual([{ teamId: 'ct', modules: [{ moduleId: 'law', before: 1, after: 0 }, { moduleId: 'survey', before: 1, after: 0 }] }]);
  });

  it('leaves out a team module that keeps two trainers after she goes, as the Capacity view does', () => {
    const s = { ...state, quals: [qual('a', 'law'), qual('b', 'law'), qual('c', 'law')] };
    const impact = transferImpact({ personId: 'a', date: '2025-06-01', toProvinceId: 'VT', toDistrictId: 'XTN', keepsTrainingRole: false }, s);
    expect(impact.teamModulesLost, 'law: three trainers, then two').toEqual([]);
    const thin = transferImpact({ personId: 'a', date: '2025-06-01', toProvinceId: 'VT', toDistrictId: 'XTN', keepsTrainingRole: false }, { ...s, quals: s.quals.slice(0, 2) });
    expect(thin.teamModulesLost, 'law: two trainers, then one').toEqual([{ teamId: 't', modules: [{ moduleId: 'law', before: 2, after: 1 }] }]);
  });

  it('counts her as capacity where she arrives when she keeps her training role', () => {
    const impact = transferImpact({ personId: 'a', date: '2025-06-01', toProvinceId: 'VT', toDistrictId: 'XTN', keepsTrainingRole: true }, state);
    expect(impact.modulesGained.map((m) => `${m.area.kind}:${m.area.id}:${m.moduleId}`)).toEqual([
      'district:XTN:law',
      'district:XTN:survey',
      'province:VT:law',
      'province:VT:survey',
    ]);
  });

  it('treats a transfer dated on the day as effective that day', () => {
    const impact = transferImpact({ personId: 'c', date: '2025-01-01', toProvinceId: 'BL', toDistrictId: 'KKT', keepsTrainingRole: false }, state);
    expect(impact.teamsBelowTarget).toEqual([{ teamId: 't', activeBefore: 3, activeAfter: 2, target: 3 }]);
  });
});
