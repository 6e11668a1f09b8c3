import type { BuildOptions } from 'esbuild';

export declare const mainProcessOptions: BuildOptions;
