import { checkLayers, describeViolation } from './layers/check-layers';

/**
 * `npm run deps:check`: the import graph's circles and every broken layering rule, for a person
 * (the same check runs in `npm test` as tests/architecture/layers.test.ts). Exits 1 on any violation.
 */
const report = await checkLayers(['src', 'commands']);
console.log(`${report.modules} modules cruised in src/ and commands/`);
console.log(`circles (files that import each other round a loop): ${report.circles.length}`);
for (const [i, circle] of report.circles.entries()) {
  console.log(`  circle ${i + 1}: ${circle.length} files`);
  for (const file of circle) console.log(`    ${file}`);
}
console.log(`rule violations: ${report.violations.length}`);
for (const v of report.violations) console.log(`  ${describeViolation(v)}`);
process.exitCode = report.violations.length ? 1 : 0;
