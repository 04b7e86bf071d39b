import { compileCel } from '../cel/compile';
import { celCheck } from '../cel/program';
import { readForEach, readMatchConditions, readPath, readValidations, readVariables } from '../cel/spec';
import { toCel } from '../cel/values';
import { TemplateParamError, type Template } from '../template';

/**
 * A check written in CEL, the language of ValidatingAdmissionPolicy: the object complies when
 * the expression is true. Lets teams write their own rules in the rule file format without
 * TypeScript; built-in rules use typed templates, which are faster.
 */
export const cel: Template = {
  name: 'cel',
  description:
    'Evaluates CEL expressions per object (or per `forEach` item) with ValidatingAdmissionPolicy bindings (`object`, `oldObject` = null, `params`, `request`, `namespaceObject`, `variables`) plus `item`/`container`, `podSpec` and `podMeta`; true means compliant.',
  kinds: '*',
  placeholders: ['message', 'field', 'reason'],
  params: {
    expression: { type: 'string', description: 'CEL expression that is true when the object (or item) complies. Give this or `validations`.' },
    validations: { type: 'any', description: 'ValidatingAdmissionPolicy-style list of `{expression, message, messageExpression, reason}`; every one must hold.' },
    messageExpression: { type: 'string', description: 'CEL expression giving the `{message}` of a finding (for `expression`); falls back to the expression text.' },
    variables: { type: 'any', description: 'Composited variables, `name: expression` (or a list of `{name, expression}`), read as `variables.name`; evaluated lazily, each may use the ones before it.' },
    matchConditions: { type: 'any', description: 'List of `{name, expression}`; the rule applies only to objects for which all are true.' },
    forEach: { type: 'string', description: '`containers` (every container, init and ephemeral ones included, of any pod-bearing kind) or a field path with `[*]` (e.g. `spec.rules[*].http.paths`); the expressions run once per item, bound to `item` (and `container`).' },
    path: { type: 'string', default: '', description: 'Field path a finding points at, relative to the item (or the object); the deepest part present in the file is shown.' },
    params: { type: 'any', description: 'Value bound to `params` (a mapping, list or scalar), so one expression can be retuned per framework.' },
    onError: { type: 'string', enum: ['fail', 'ignore'], default: 'fail', description: 'An expression that cannot be evaluated (missing field, wrong type) is a finding (`fail`, like failurePolicy Fail) or ignored.' },
  },
  compile(p) {
    if ((p.expression === undefined) === (p.validations === undefined)) throw new TemplateParamError('give either "expression" or "validations"');
    if (p.messageExpression !== undefined && p.expression === undefined) throw new TemplateParamError('"messageExpression" goes with "expression"; inside "validations" give it per validation');
    const variables = readVariables(p.variables, ['variables']);
    const validations =
      p.validations !== undefined
        ? readValidations(p.validations, ['validations'], variables)
        : [
            {
              expression: compileCel(p.expression as string, ['expression'], { variables: new Set(variables.map((v) => v.name)) }),
              messageExpression: p.messageExpression !== undefined ? compileCel(p.messageExpression as string, ['messageExpression'], { variables: new Set(variables.map((v) => v.name)) }) : undefined,
            },
          ];
    const paramsValue = [p.params === undefined ? null : toCel(p.params)];
    return celCheck({
      validations,
      variables,
      matchConditions: readMatchConditions(p.matchConditions, ['matchConditions']),
      forEach: readForEach(p.forEach, ['forEach']),
      path: readPath((p.path as string) ?? '', ['path'], false),
      onError: p.onError as 'fail' | 'ignore',
      params: () => paramsValue,
    });
  },
};
