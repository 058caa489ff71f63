// CI guard: the store tests must really run on each store, not be skipped. Reads Jest's --json output.
const fs = require('node:fs');

const [file, kind] = process.argv.slice(2);
const report = JSON.parse(fs.readFileSync(file, 'utf8'));
const storeSuites = report.testResults.filter((suite) => suite.name.includes('/test/store/'));
const passed = storeSuites.flatMap((suite) => suite.assertionResults).filter((test) => test.status === 'passed');
// The name with its describe blocks, built here: jest-light-runner (the integration project) puts only the
// test's own title in fullName.
const onThisStore = passed.filter(
  (test) =>
    [...test.ancestorTitles, test.title].join(' ').includes(`(${kind})`) ||
    test.ancestorTitles.some((title) => title.includes(kind === 'postgres' ? 'PostgreSQL' : 'embedded')),
);

if (!report.success || storeSuites.length === 0 || onThisStore.length === 0) {
  console.error(
    `store tests did not run on ${kind}: ${storeSuites.length} suites, ${onThisStore.length} tests specific to this store passed`,
  );
  process.exit(1);
}
console.log(
  `store tests on ${kind}: ${passed.length} passed in ${storeSuites.length} suites (${onThisStore.length} specific to ${kind})`,
);
