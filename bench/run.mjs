// `npm run bench`: every benchmark, one after another, figures on stdout.
await import('./cli.mjs');
console.log('');
await import('./segment.mjs');
console.log('');
await import('./hostile.mjs');
console.log('');
await import('./scale.mjs');
console.log('');
await import('./inputs.mjs');
console.log('');
await import('./batch.mjs');
