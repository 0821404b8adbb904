/**
 * A HostPort that records every call and answers from `window.__answers`, so a browser test can drive the shared UI
 * without any host. A configured answer that is an `{ error }` makes the call fail with that message. A promise in
 * `window.__hold[method]` holds that call's answer until it settles, so a test can look at the panel while it waits.
 */
import type { HostPort } from '../../../shared/host/port';

type Answers = Record<string, unknown>;
declare global {
  interface Window {
    __calls: { method: string; args: unknown[] }[];
    __answers: Answers;
    __hold?: Record<string, Promise<unknown>>;
  }
}

export function recordingPort(): HostPort {
  window.__calls = [];
  window.__answers ??= {};
  const call = (method: string) => async (...args: unknown[]) => {
    window.__calls.push({ method, args: JSON.parse(JSON.stringify(args)) });
    await new Promise((r) => setTimeout(r, 5));
    await window.__hold?.[method];
    const a = window.__answers[method] as { error?: string } | undefined;
    if (a && typeof a === 'object' && 'error' in a) throw new Error(a.error);
    return a ?? defaults[method];
  };
  const defaults: Answers = {
    applyTemplate: { sheets: ['Strategy', 'Goals', 'KPIs'], message: 'Added the goal cascade: Strategy, Goals, KPIs.' },
    refreshTrafficLights: { sheets: ['KPIs'], rules: 3, asOf: '2026-11-24', message: 'Traffic lights refreshed.' },
    listGoals: [],
    listCascades: [],
    addGoal: { goalId: 'G7', kpiIds: ['K12'], appliedTemplate: false, message: 'Added goal G7.' },
    checkGoals: [],
    selectCell: undefined,
    listKpis: { kpis: [], log: { sheet: 'Check-ins' } },
    checkIn: { kpiId: 'K1', date: '2026-11-24', message: 'Checked in K1.' },
    goalTree: { goals: [] },
    listReviews: { goals: [] },
    saveReview: { goalId: 'G1', grade: 0.8, message: 'Reviewed G1.' },
    listNextCycle: { goals: [] },
    startNextCycle: { goals: [], kpis: [], message: 'Next cycle started.' },
    workbookSummary: { template: false, cascades: 0, goals: 0, overdueKpis: 0, reviewsDue: 0 },
  };
  return {
    kind: 'playground',
    applyTemplate: call('applyTemplate') as HostPort['applyTemplate'],
    refreshTrafficLights: call('refreshTrafficLights') as HostPort['refreshTrafficLights'],
    listCascades: call('listCascades') as HostPort['listCascades'],
    listGoals: call('listGoals') as HostPort['listGoals'],
    addGoal: call('addGoal') as HostPort['addGoal'],
    checkGoals: call('checkGoals') as HostPort['checkGoals'],
    selectCell: call('selectCell') as HostPort['selectCell'],
    listKpis: call('listKpis') as HostPort['listKpis'],
    checkIn: call('checkIn') as HostPort['checkIn'],
    goalTree: call('goalTree') as HostPort['goalTree'],
    listReviews: call('listReviews') as HostPort['listReviews'],
    saveReview: call('saveReview') as HostPort['saveReview'],
    listNextCycle: call('listNextCycle') as HostPort['listNextCycle'],
    startNextCycle: call('startNextCycle') as HostPort['startNextCycle'],
    workbookSummary: call('workbookSummary') as HostPort['workbookSummary'],
  };
}
