import type { DomainHandlers } from '../handlers';
import { listOrganisations } from './organisations';

export const referenceHandlers: DomainHandlers = {
  'reference.organisations': async (_input, ctx) => listOrganisations(ctx.db),
};
