#!/usr/bin/env node
/**
 * Builds dist/ with `nest build`, or, with --if-stale, only when what it is built from changed
 * since the last build: `npm start`, the tests and the seed commands call it so that a start
 * with nothing changed takes a second, not a compilation.
 *
 *   node scripts/build.js              build now (what `npm run build` does)
 *   node scripts/build.js --if-stale   build when stale, else say it is up to date (prestart, pretest…)
 *   node scripts/build.js --check      say whether it is stale; exit 1 when it is, build nothing
 *   --after-install                    as postinstall: nothing to build without sources or without
 *                                      the Nest CLI (a Docker layer, `npm ci --omit=dev`)
 *
 * "Changed" means any file or folder under src/, libs/ and seeds/, or tsconfig*.json,
 * nest-cli.json or package-lock.json, differs in path, size or modification time from the
 * fingerprint recorded in dist/ by the last successful build (folders count, so a deleted or
 * renamed file is a change too). Plain Node, no dependency: it runs before anything is built.
 */
'use strict';
const { createHash } = require('node:crypto');
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync, readFileSync, statSync, writeFileSync } = require('node:fs');
const { join, relative } = require('node:path');

const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist');
const FINGERPRINT = join(DIST, '.build-fingerprint');
const OUTPUT = join(DIST, 'src', 'main.js');
const SOURCE_DIRS = ['src', 'libs', 'seeds'];

/** Every input with its size and mtime, one line each, in a stable order. */
function inputs() {
  const lines = [];
  const visit = (path) => {
    const stat = statSync(path);
    lines.push(`${relative(ROOT, path)}\t${stat.isDirectory() ? 'dir' : stat.size}\t${Math.trunc(stat.mtimeMs)}`);
    if (stat.isDirectory()) for (const name of readdirSync(path).sort()) visit(join(path, name));
  };
  for (const dir of SOURCE_DIRS) if (existsSync(join(ROOT, dir))) visit(join(ROOT, dir));
  const files = readdirSync(ROOT).filter((name) => /^tsconfig.*\.json$/.test(name) || name === 'nest-cli.json' || name === 'package-lock.json');
  for (const name of files.sort()) visit(join(ROOT, name));
  return lines;
}

function fingerprint(lines) {
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/** Why dist/ is stale (a short reason), or null when it is up to date. */
function staleness(lines) {
  if (!existsSync(OUTPUT)) return 'dist/ has no build yet';
  if (!existsSync(FINGERPRINT)) return 'dist/ was built without a fingerprint';
  const recorded = readFileSync(FINGERPRINT, 'utf8').split('\n');
  if (recorded[0] === fingerprint(lines)) return null;
  const before = new Set(recorded.slice(1));
  const changed = lines.find((line) => !before.has(line));
  if (changed) return `${changed.split('\t')[0]} changed`;
  const now = new Set(lines);
  const gone = recorded.slice(1).find((line) => !now.has(line));
  return gone ? `${gone.split('\t')[0]} is gone` : 'sources changed';
}

function nestCli() {
  try {
    return require.resolve('@nestjs/cli/bin/nest.js', { paths: [ROOT] });
  } catch {
    return null;
  }
}

function build(reason) {
  const cli = nestCli();
  if (!cli) {
    console.error('huiwu: cannot build: the Nest CLI (@nestjs/cli, a dev dependency) is not installed');
    process.exit(1);
  }
  // Taken before compiling: a file saved during the build makes the next run build again.
  const lines = inputs();
  const started = Date.now();
  console.log(`huiwu: building dist/ (${reason})…`);
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`huiwu: the build failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status || 1);
  }
  writeFileSync(FINGERPRINT, `${fingerprint(lines)}\n${lines.join('\n')}\n`);
  console.log(`huiwu: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function main(args) {
  if (args.includes('--after-install')) {
    if (!existsSync(join(ROOT, 'src'))) return console.log('huiwu: no sources here yet, nothing to build');
    if (!nestCli()) return console.log('huiwu: the Nest CLI is not installed (dev dependencies omitted), nothing to build');
  }
  if (!args.includes('--if-stale') && !args.includes('--check') && !args.includes('--after-install')) return build('asked for');
  const reason = staleness(inputs());
  if (args.includes('--check')) {
    console.log(reason ? `huiwu: dist/ is stale: ${reason}` : 'huiwu: dist/ is up to date');
    process.exit(reason ? 1 : 0);
  }
  if (!reason) return console.log('huiwu: dist/ is up to date, not rebuilding');
  build(reason);
}

main(process.argv.slice(2));
