// Lints every diagram in processes/ with the committed .bpmnlintrc (bpmnlint:recommended plus the
// camunda-compat rules for Camunda 7.24 that Camunda Modeler applies). Runs from this folder so
// that bpmnlint resolves its plugin from the node_modules installed here.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.resolve(__dirname, '..', '..');
// Optional argument: another folder of diagrams (the tests lint deliberately broken fixtures).
const processes = path.resolve(root, process.argv[2] || 'processes');
const files = fs.readdirSync(processes, { recursive: true })
  .filter((f) => f.endsWith('.bpmn'))
  .map((f) => path.join(processes, f))
  .sort();

if (files.length === 0) {
  console.log(`bpmnlint: no diagrams in ${processes}`);
  process.exit(0);
}
console.log(`bpmnlint: ${files.length} diagram(s) in ${path.relative(root, processes)}/`);
const result = spawnSync(process.execPath,
  [require.resolve('bpmnlint/bin/bpmnlint.js'), '--config', path.join(root, '.bpmnlintrc'), ...files],
  { cwd: __dirname, stdio: 'inherit' });
if (result.status !== 0) {
  console.error('bpmnlint: the diagrams above break the rules Camunda Modeler applies');
}
process.exit(result.status === null ? 1 : result.status);
