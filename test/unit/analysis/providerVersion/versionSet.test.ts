// Terraform version constraints as sets of versions: each operator, comma lists, and the one question asked of
// them ("may a version at or after X be in use?"), answered "yes" whenever the constraint leaves it possible.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allowsAtLeast, exactly, isEmptySet, parseConstraint } from '../../../../server/src/analysis/providerVersion/versionSet';
import { version } from '../../../../server/src/schema/version';

/** Whether the constraint allows some version at or after `since`. */
function allows(constraint: string, since: string): boolean {
  const set = parseConstraint(constraint);
  assert.ok(set, `parses: ${constraint}`);
  return allowsAtLeast(set, version(since));
}

test('each operator bounds the versions as Terraform reads it', () => {
  const table: [string, string, boolean][] = [
    ['5.100.0', '5.100.0', true],
    ['5.100.0', '5.100.1', false],
    ['= 5.100.0', '6.0.0', false],
    ['=5.1', '5.1.9', true], // missing parts after `=`: the wider reading, any 5.1.x
    ['=5.1', '5.2.0', false],
    ['> 5.99.0', '6.21.0', true],
    ['>= 6.21.0', '6.21.0', true],
    ['< 6.21.0', '6.21.0', false],
    ['< 6.21.0', '6.20.9', true],
    ['<= 6.21.0', '6.21.0', true],
    ['<= 6.21.0', '6.21.1', false],
    ['<= 6.20', '6.20.5', true], // `<= 6.20` includes every 6.20.x
    ['<= 6.20', '6.21.0', false],
    ['!= 6.0.0', '6.0.0', true], // later versions remain
    ['~> 5.0', '5.100.0', true],
    ['~> 5.0', '6.0.0', false],
    ['~> 5', '5.99.0', true],
    ['~> 5', '6.0.0', false],
    ['~> 4.20.1', '4.20.9', true],
    ['~> 4.20.1', '4.21.0', false],
    ['v5.1.0', '5.1.0', true],
  ];
  for (const [constraint, since, expected] of table) assert.equal(allows(constraint, since), expected, `${constraint} allows ≥ ${since}`);
});

test('a comma list allows what every part allows', () => {
  assert.equal(allows('>= 4.20, < 5.0.0', '5.1.0'), false);
  assert.equal(allows('>= 4.20, < 5.0.0', '4.47.0'), true);
  assert.equal(allows('>= 5.40, < 7.0, != 6.3.0', '6.21.0'), true);
  // The only versions at or after 6.21.0 that `<= 6.21.0` allows is 6.21.0, and `!=` takes it away.
  assert.equal(allows('<= 6.21.0, != 6.21.0', '6.21.0'), false);
  assert.equal(allows(' >=5.0 ,<=5.100.0 ', '5.100.0'), true);
});

test('pre-releases sort before their release', () => {
  assert.equal(allows('6.0.0-beta1', '6.0.0'), false);
  assert.equal(allows('< 6.0.0', '6.0.0-beta1'), true);
});

test('contradictions are empty; text that is not a constraint is not read at all', () => {
  assert.ok(isEmptySet(parseConstraint('>= 6.0, < 5.0')!));
  assert.ok(isEmptySet(parseConstraint('5.1.0, 5.2.0')!));
  assert.ok(!isEmptySet(exactly(version('5.1.0'))));
  for (const bad of ['', ' ', 'latest', '>== 5', '~> five', '5.0,', '>= 5.0 < 6.0', '1.2.3.4', 'x'.repeat(2000), Array(30).fill('>= 1').join(',')]) {
    assert.equal(parseConstraint(bad), undefined, JSON.stringify(bad.slice(0, 40)));
  }
});

test('a long hostile constraint is read in linear time and bounded', () => {
  const text = `${'>= 1.0.0, '.repeat(19)}${'9'.repeat(50)}`;
  assert.equal(parseConstraint(text), undefined);
  const spaces = `>=${' '.repeat(900)}1.0.0`;
  assert.ok(parseConstraint(spaces));
});
