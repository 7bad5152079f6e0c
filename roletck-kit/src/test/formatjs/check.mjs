// Parses every message of a RoleTCK catalog export (`roletck catalog export --format json`:
// language tag → key → ICU MessageFormat pattern) with the FormatJS parser, as a front end would.
// Prints one line per message that does not parse and exits 1; prints the count and exits 0 otherwise.
import { readFileSync } from 'node:fs';
import { parse } from '@formatjs/icu-messageformat-parser';

const file = process.argv[2];
if (!file) {
  console.error('usage: node check.mjs <catalog-export.json>');
  process.exit(2);
}
const catalog = JSON.parse(readFileSync(file, 'utf8'));
let parsed = 0;
const failures = [];
for (const [language, messages] of Object.entries(catalog)) {
  for (const [key, pattern] of Object.entries(messages)) {
    try {
      parse(pattern, { requiresOtherClause: true });
      parsed++;
    } catch (e) {
      failures.push(`${language} ${key}: ${e.message} — in ${JSON.stringify(pattern)}`);
    }
  }
}
for (const f of failures) console.log(f);
console.log(`parsed ${parsed} of ${parsed + failures.length} messages`);
process.exit(failures.length === 0 ? 0 : 1);
