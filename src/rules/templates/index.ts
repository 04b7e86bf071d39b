import type { Template } from '../template';
import { capabilities } from './capabilities';
import { capabilitiesExact } from './capabilities-exact';
import { containerField } from './container-field';
import { hostPorts } from './container-ports';
import { envSecrets } from './env-secrets';
import { imageTag } from './image-tag';
import { podAnnotations } from './pod-annotations';
import { podContainerFields } from './pod-container-fields';
import { podField } from './pod-field';
import { podListItems } from './pod-list-items';
import { podVolumes } from './pod-volumes';
import { runAsNonRoot } from './run-as-non-root';
import { serviceAccountToken } from './service-account-token';
import { configMapSecrets } from './configmap-secrets';
import { containerCommand } from './container-command';
import { containerResources } from './container-resources';
import { envDuplicates } from './env-duplicates';
import { envSecretRefs } from './env-secret-refs';
import { exposedPorts } from './exposed-ports';
import { hostPathSensitive } from './host-path-sensitive';
import { hostPathWritable } from './host-path-writable';
import { imagePullPolicy } from './image-pull-policy';
import { imageRegistry } from './image-registry';
import { imageVersion } from './image-version';
import { labels } from './labels';
import { linuxHardening } from './linux-hardening';
import { namespacePodSecurity } from './namespace-pod-security';
import { objectField } from './object-field';
import { sandboxEgress } from './sandbox-egress';
import { serviceAccountName } from './service-account-name';
import { updateStrategy } from './update-strategy';

/** Every template a rule file may name. New templates are added here and nowhere else. */
export const TEMPLATES: ReadonlyMap<string, Template> = new Map(
  [capabilities, capabilitiesExact, containerField, envSecrets, hostPorts, imageTag, podAnnotations, podContainerFields, podField, podListItems, podVolumes, runAsNonRoot, serviceAccountToken, configMapSecrets, containerCommand, containerResources, envDuplicates, envSecretRefs, exposedPorts, hostPathSensitive, hostPathWritable, imagePullPolicy, imageRegistry, imageVersion, labels, linuxHardening, namespacePodSecurity, objectField, sandboxEgress, serviceAccountName, updateStrategy].map((t) => [t.name, t]),
);
