import info from './generated/version.json' with { type: 'json' };

/**
 * The package version, copied from package.json by `scripts/build-version.mjs` at build time
 * so there is one source of truth and the installed package (which ships dist/src only)
 * does not reach outside its own folder for it.
 */
export const VERSION: string = info.version;
