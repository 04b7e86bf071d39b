import { ConfigError } from '../../src/core/errors';
import { parseHelmValues, renderOptionsFromText } from '../../src/render';

describe('render inputs', () => {
  test.each([
    { input: ['values-prod.yaml'], want: [{ chart: '**', files: ['values-prod.yaml'] }] },
    { input: ['charts/web=values-prod.yaml;values-eu.yaml'], want: [{ chart: 'charts/web', files: ['values-prod.yaml', 'values-eu.yaml'] }] },
    { input: ['charts/*=ci.yaml\n# a comment\n\napps/api=api.yaml'], want: [{ chart: 'charts/*', files: ['ci.yaml'] }, { chart: 'apps/api', files: ['api.yaml'] }] },
    { input: ['a=x.yaml, b=y.yaml'], want: [{ chart: 'a', files: ['x.yaml'] }, { chart: 'b', files: ['y.yaml'] }] },
    { input: ['=x.yaml'], want: [{ chart: '**', files: ['x.yaml'] }] },
    { input: ['web='], want: [] },
  ])('helm-values $input', ({ input, want }) => {
    expect(parseHelmValues(input)).toEqual(want);
  });

  test('defaults: everything on, failures gate, no remote bases', () => {
    expect(renderOptionsFromText({})).toEqual({ helm: true, kustomize: true, helmValues: [], helmSet: [], failOnRenderError: true, allowRemoteBases: false, env: undefined });
  });

  test('action input strings', () => {
    const env = { PATH: '/bin' };
    const o = renderOptionsFromText(
      { helm: 'false', kustomize: 'True', failOnRenderError: 'FALSE', allowRemoteBases: 'true', helmSet: 'image.tag=1.2\nlist={a,b}\n', helmValues: 'charts/web=prod.yaml' },
      env,
    );
    expect(o).toEqual({
      helm: false,
      kustomize: true,
      failOnRenderError: false,
      allowRemoteBases: true,
      helmSet: ['image.tag=1.2', 'list={a,b}'],
      helmValues: [{ chart: 'charts/web', files: ['prod.yaml'] }],
      env,
    });
  });

  test.each([
    { raw: { helm: 'yes' }, message: 'helm: expected true or false, got "yes"' },
    { raw: { failOnRenderError: '0' }, message: 'fail-on-render-error: expected true or false, got "0"' },
    { raw: { helmSet: 'no-equals-sign' }, message: 'helm-set: expected key=value, got "no-equals-sign"' },
    { raw: { helmSet: ['=value'] }, message: 'helm-set: expected key=value, got "=value"' },
  ])('rejects $raw', ({ raw, message }) => {
    expect(() => renderOptionsFromText(raw)).toThrow(ConfigError);
    expect(() => renderOptionsFromText(raw)).toThrow(message);
  });
});
