import type { DomainHandlers } from '../handlers';
import { listOrganisations } from './reference';

export const referenceHandlers: DomainHandlers = {
  'reference.organisations': async (_input, ctx) => listOrganisations(ctx.db),
};
