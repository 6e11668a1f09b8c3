/**
 * The whole surface the page gets: one frozen function. Never ipcRenderer itself, which would let any script
 * in the page send on any channel.
 */
import { contextBridge, ipcRenderer } from 'electron';

const INVOKE_CHANNEL = 'lwu:invoke';

contextBridge.exposeInMainWorld(
  'lwu',
  Object.freeze({
    invoke: (channel: string, input: unknown) => ipcRenderer.invoke(INVOKE_CHANNEL, channel, input),
  }),
);
