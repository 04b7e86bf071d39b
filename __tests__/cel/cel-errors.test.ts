import { ConfigError, ConfigErrors } from '../../src/core/errors';
import { loadRule, ruleText } from './helpers';

/** The error a rule file raises when it loads, as `line:col message`. */
function loadError(text: string): string {
  try {
    loadRule(text);
  } catch (err) {
    const e = err instanceof ConfigErrors ? err.errors[0] : err;
    if (!(e instanceof ConfigError)) throw err;
    return `${e.range?.startLine}:${e.range?.startColumn} ${e.message}`;
  }
  throw new Error('the rule loaded');
}

/** Where `token` starts in `text` (1-based), the position an error must report. */
function at(text: string, token: string, nth = 0): string {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(token, i + 1);
  if (i < 0) throw new Error(`no ${token}`);
  const before = text.slice(0, i).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

describe('cel template: errors point at the rule file line and column of the token', () => {
  it.each([
    ['syntax error in a plain scalar', 'template: cel\nparams:\n  expression: object.spec.replicas <= <= 5', '<= 5', /CEL syntax error: Unexpected token/],
    ['syntax error in a double-quoted scalar', 'template: cel\nparams:\n  expression: "object.metadata.name == \\"a\\" &&& true"', '& true', /CEL syntax error/],
    [
      'syntax error on the third line of a block literal',
      'template: cel\nparams:\n  expression: |\n    object.spec.replicas > 1 &&\n    object.metadata.name != "x" &&\n    object.spec.(replicas)',
      '(replicas)',
      /CEL syntax error/,
    ],
    [
      'syntax error in a folded block',
      'template: cel\nparams:\n  expression: >-\n    object.spec.replicas > 1 &&\n    object.metadata.name ! "x"',
      '! "x"',
      /CEL syntax error/,
    ],
    ['undeclared reference', 'template: cel\nparams:\n  expression: object.spec.replicas <= maxReplicas', 'maxReplicas', /CEL type error: Unknown variable: maxReplicas/],
    ['type error', 'template: cel\nparams:\n  expression: size(object.metadata.name) + "x" == 1', 'size(object', /CEL type error: no such overload: int \+ string/],
    [
      'undeclared composited variable',
      'template: cel\nparams:\n  variables:\n    images: object.spec.template.spec.containers.map(c, c.image)\n  expression: variables.imgs.size() > 0',
      'imgs',
      /undeclared reference to variables.imgs \(declared: images\)/,
    ],
    [
      'a variable may not use a later one',
      'template: cel\nparams:\n  variables:\n    a: variables.b + 1\n    b: "1"\n  expression: variables.a > 0',
      'b + 1',
      /undeclared reference to variables.b/,
    ],
    ['invalid RE2 pattern (look-ahead is Perl syntax)', 'template: cel\nparams:\n  expression: object.metadata.name.matches("^(?=web)")', '"^(?=web)"', /matches\(\): invalid regular expression "\^\(\?=web\)".*RE2/],
    [
      'error in a validation of the list form',
      'template: cel\nparams:\n  validations:\n    - expression: "true"\n    - expression: object.spec.replicas < "3" ||| x\n      message: m',
      '| x',
      /CEL syntax error/,
    ],
    ['messageExpression with a type error', 'template: cel\nparams:\n  expression: "true"\n  messageExpression: 1 + "a"', '1 + "a"', /CEL type error/],
    ['matchCondition using variables', 'template: cel\nparams:\n  matchConditions:\n    - name: m\n      expression: variables.x\n  variables: {x: "true"}\n  expression: "true"', 'x\n', /undeclared reference to variables.x/],
  ])('%s', (_name, check, token, message) => {
    const text = ruleText(check);
    const got = loadError(text);
    expect(got).toMatch(message);
    expect(got.split(' ')[0]).toBe(at(text, token));
  });

  it.each([
    ['neither expression nor validations', 'template: cel\nparams:\n  path: spec', /give either "expression" or "validations"/],
    ['unknown parameter', 'template: cel\nparams:\n  expresion: "true"', /unknown parameter "expresion"/],
    ['forEach of the wrong type', 'template: cel\nparams:\n  forEach: [a]\n  expression: "true"', /"forEach" must be/],
    ['bad onError', 'template: cel\nparams:\n  onError: maybe\n  expression: "true"', /must be one of fail, ignore/],
    ['a path that is not a field path', 'template: cel\nparams:\n  path: spec..replicas\n  expression: "true"', /"spec..replicas" is not a field path/],
    ['a wildcard outside forEach', 'template: cel\nparams:\n  path: spec.containers[*].image\n  expression: "true"', /only allowed in forEach/],
    ['a forEach path that is not a field path', 'template: cel\nparams:\n  forEach: spec.containers[\n  expression: "true"', /is not a field path/],
  ])('shape error: %s', (_name, check, message) => {
    expect(loadError(ruleText(check))).toMatch(message);
  });

  it('a message placeholder the template does not supply is an error', () => {
    expect(loadError(ruleText('template: cel\nparams:\n  expression: "true"').replace('message: "{message}"', 'message: "{replicas}"'))).toMatch(/placeholder \{replicas\}/);
  });
});

describe('cel template: unsupported library functions fail when the rule loads', () => {
  it.each([
    ['a method on a dyn value', 'object.metadata.name.find("x") == ""', 'find('],
    ['a global function', 'url(object.metadata.name).getHost() == "x"', 'url('],
  ])('%s', (_n, expression, token) => {
    const text = ruleText(`template: cel\nparams:\n  expression: '${expression}'`);
    let msg = '';
    try {
      loadRule(text);
    } catch (err) {
      msg = (err as ConfigError).describe();
    }
    const i = text.indexOf(token);
    const before = text.slice(0, i).split('\n');
    expect(msg).toContain(`:${before.length}:${before[before.length - 1].length + 1}: template "cel": unknown function "${token.slice(0, -1)}"`);
  });
});
