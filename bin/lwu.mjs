#!/usr/bin/env node
// Runs the TypeScript CLI directly (no build step), so `npx lwu` always matches the source tree.
import { register } from 'tsx/esm/api';

register();
await import('../electron/cli.ts');
