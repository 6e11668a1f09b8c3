import { z } from 'zod';
import { absolutePathSchema } from '../paths';
import { channel } from './channel';

/** available false: no native dialog here (the web bridge, the CLI); the page shows a folder field instead. */
export type ChosenFolder = { available: false } | { available: true; folder: string | null };

const chooseInput = z.object({ defaultPath: absolutePathSchema.optional() }).strict();
const revealInput = z.object({ path: absolutePathSchema }).strict();

export const desktopApi = {
  'desktop.chooseFolder': channel<typeof chooseInput, ChosenFolder>(chooseInput),
  'desktop.revealInFolder': channel<typeof revealInput, { ok: true }>(revealInput),
};
