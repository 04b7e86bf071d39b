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

/** Every template a rule file may name. New templates are added here and nowhere else. */
export const TEMPLATES: ReadonlyMap<string, Template> = new Map(
  [capabilities, capabilitiesExact, containerField, envSecrets, hostPorts, imageTag, podAnnotations, podContainerFields, podField, podListItems, podVolumes, runAsNonRoot, serviceAccountToken].map((t) => [t.name, t]),
);
