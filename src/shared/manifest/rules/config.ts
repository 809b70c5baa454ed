// Secrets and ConfigMaps: keys, base64 data, the keys each Secret type requires.
import type { Findings } from '../findings';
import { isConfigKey } from '../formats';
import type { Field } from '../yaml';
import { own } from '../own';

/** Keys the API server requires for typed Secrets. */
const SECRET_TYPE_KEYS: Record<string, string[]> = {
  'kubernetes.io/tls': ['tls.crt', 'tls.key'],
  'kubernetes.io/dockerconfigjson': ['.dockerconfigjson'],
  'kubernetes.io/dockercfg': ['.dockercfg'],
  'kubernetes.io/ssh-auth': ['ssh-privatekey'],
};

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function checkConfigMap(root: Field, findings: Findings): void {
  checkKeys([root.get('data'), root.get('binaryData')], findings);
}

export function checkSecret(root: Field, findings: Findings): void {
  const data = root.get('data');
  const stringData = root.get('stringData');
  checkKeys([data, stringData], findings);
  for (const [, value] of data.entries()) {
    // YAML folds long base64 values over several lines: whitespace does not count.
    const text = value.text?.replace(/\s+/g, '');
    if (text !== undefined && !BASE64.test(text)) findings.error(value.anchor, 'secret-data-base64', { path: value.path });
  }
  const type = root.get('type');
  const required = type.text !== undefined ? own(SECRET_TYPE_KEYS, type.text) : undefined;
  for (const key of required ?? []) {
    if (!data.get(key).exists && !stringData.get(key).exists)
      findings.error((data.exists ? data : stringData.exists ? stringData : type).keyAnchor, 'secret-type-keys', { path: `data["${key}"]`, key, type: type.text! });
  }
}

function checkKeys(maps: Field[], findings: Findings) {
  for (const map of maps)
    for (const [key, value] of map.entries()) if (!isConfigKey(key)) findings.error(value.keyAnchor, 'invalid-data-key', { path: value.path, key });
}
