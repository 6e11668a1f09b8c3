/** The desktop channels (shared/api/desktop.ts): whatever the port of this transport can do. */
import type { DomainHandlers } from '../handlers';

export const desktopHandlers: DomainHandlers = {
  'desktop.chooseFolder': async ({ defaultPath }, ctx) => ctx.desktop.chooseFolder({ defaultPath }),
  'desktop.revealInFolder': async ({ path }, ctx) => {
    await ctx.desktop.revealInFolder(path);
    return { ok: true as const };
  },
};
