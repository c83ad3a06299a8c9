#!/usr/bin/env node
// Writes src/generated/version.json from package.json at build time. The package ships
// dist/src only; importing ../package.json from src/ compiled to an import of
// dist/package.json, which is not in the tarball, so the installed CLI could not start.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const dir = resolve(root, 'src', 'generated');
mkdirSync(dir, { recursive: true });
writeFileSync(resolve(dir, 'version.json'), `${JSON.stringify({ version })}\n`);
