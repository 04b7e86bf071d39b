import { loadRules } from '../../src/rules/load-rules';
import { defaultSettings } from '../../src/rules/settings';

/** The templates behind the Pod Security Standards rules refuse parameters they cannot honour. */
function load(check: string): () => unknown {
  const text = `id: demo-rule\ntitle: Demo rule\nseverity: low\ndescription: Demo rule for the loader.\nrationale: Only for tests.\nremediation: Nothing to do.\nmessage: "{kind} {name} is wrong"\ncheck: ${check}\n`;
  return () => loadRules([{ path: '.kubegate/rules/demo.yaml', text }], defaultSettings(), { builtin: false });
}

describe('Pod Security Standards templates', () => {
  it.each([
    ['a field without a constraint', '{ template: pod-container-fields, params: { fields: { securityContext.privileged: {} } } }', /give equals, oneOf or notOneOf, or missing: fail/],
    ['two constraints on one field', '{ template: pod-container-fields, params: { fields: { a: { equals: 1, oneOf: [1] } } } }', /give only one of equals, oneOf, notOneOf/],
    ['oneOf that is not a list', '{ template: pod-container-fields, params: { fields: { a: { oneOf: x } } } }', /"oneOf" must be a list/],
    ['an unknown expectation key', '{ template: pod-container-fields, params: { fields: { a: { equal: 1 } } } }', /unknown parameter "equal"/],
    ['no fields', '{ template: pod-container-fields, params: { fields: {} } }', /at least one field/],
    ['an exemption matching a mapping', '{ template: capabilities-exact, params: { allowedAdd: [], unless: { os: { name: windows } } } }', /unless\.os: values must be/],
    ['a missing allow-list', '{ template: pod-list-items, params: { path: securityContext.sysctls } }', /missing required parameter "allowed"/],
  ])('rejects %s', (_name, check, message) => {
    expect(load(check)).toThrow(message);
  });

  it('accepts an exemption listing several values', () => {
    expect(load('{ template: pod-container-fields, params: { fields: { a: { equals: 1 } }, unless: { os.name: [windows, other] } } }')).not.toThrow();
  });
});
