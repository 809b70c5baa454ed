// The value formats the API server enforces (k8s.io/apimachinery/pkg/util/validation), and a few
// the checker adds (placeholders, IP ranges).

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const CONFIG_KEY = /^[-._a-zA-Z0-9]+$/;

/** Most object names: lowercase letters, digits, `-` and `.`, at most 253 characters (e.g. `my-app.v2`). */
export function isDns1123Subdomain(value: string): boolean {
  return value.length <= 253 && value.split('.').every((label) => DNS1123_LABEL.test(label));
}

/** Names of containers, volumes, namespaces: lowercase letters, digits and `-`, at most 63 characters. */
export function isDns1123Label(value: string): boolean {
  return value.length <= 63 && DNS1123_LABEL.test(value);
}

/** Service names: a DNS-1123 label that starts with a letter. */
export function isDns1035Label(value: string): boolean {
  return value.length <= 63 && DNS1035_LABEL.test(value);
}

/** A DNS subdomain whose first label may be `*` (Ingress hosts, TLS hosts). */
export function isWildcardDnsSubdomain(value: string): boolean {
  return value.startsWith('*.') && isDns1123Subdomain(value.slice(2));
}

/** Label and annotation keys: `name` or `prefix/name`, the prefix a DNS subdomain. */
export function isQualifiedName(value: string): boolean {
  const parts = value.split('/');
  if (parts.length > 2) return false;
  const name = parts.at(-1)!;
  if (name.length > 63 || !QUALIFIED_NAME_PART.test(name)) return false;
  return parts.length === 1 || (parts[0].length > 0 && isDns1123Subdomain(parts[0]));
}

/** Label values: empty, or up to 63 letters, digits, `-`, `_` and `.`, starting and ending with a letter or digit. */
export function isLabelValue(value: string): boolean {
  return value === '' || (value.length <= 63 && QUALIFIED_NAME_PART.test(value));
}

/** Keys of ConfigMap and Secret data. */
export function isConfigKey(value: string): boolean {
  return value.length <= 253 && CONFIG_KEY.test(value) && value !== '.' && value !== '..';
}

/** Container port names (IANA service names): at most 15 lowercase letters, digits and single `-`, with a letter. */
export function isPortName(value: string): boolean {
  return value.length <= 15 && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(value) && !value.includes('--') && /[a-z]/.test(value);
}

export function isPortNumber(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 65535;
}

/** A resource quantity: a number with an optional suffix, `1Gi`, `500m`, `1.5`, `1e3`. */
export function isQuantity(value: string): boolean {
  return /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[KMGTPE]i|[mkMGTPE]|[eE][+-]?\d+)?$/.test(value);
}

/** A documentation placeholder left in a manifest: `...`, `<your domain>`, `registry.<your domain>`. */
export function isPlaceholder(value: string): boolean {
  return value === '...' || (value.includes('<') && /^[^<>\s]*<[A-Za-z][\w -]*>[^<>\s]*$/.test(value));
}

export function isIPv4(value: string): boolean {
  const parts = value.split('.');
  return parts.length === 4 && parts.every((p) => /^(?:0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255);
}

export function isIPv6(value: string): boolean {
  if (!/^[0-9A-Fa-f:.]+$/.test(value) || value.split('::').length > 2) return false;
  const [head, tail] = value.includes('::') ? value.split('::') : [value, undefined];
  const groups = (text: string) => (text === '' ? [] : text.split(':'));
  const all = [...groups(head), ...(tail === undefined ? [] : groups(tail))];
  // An embedded IPv4 address (::ffff:10.0.0.1) counts as two groups.
  const last = all.at(-1);
  const ipv4Tail = last !== undefined && last.includes('.');
  if (ipv4Tail && !isIPv4(last)) return false;
  const hexGroups = ipv4Tail ? all.slice(0, -1) : all;
  if (!hexGroups.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  const count = hexGroups.length + (ipv4Tail ? 2 : 0);
  return tail === undefined ? count === 8 : count < 8;
}

export function isIP(value: string): boolean {
  return isIPv4(value) || isIPv6(value);
}

/** `10.0.0.0/24`, `fc00::/64`. */
export function isCidr(value: string): boolean {
  const [address, bits, extra] = value.split('/');
  if (extra !== undefined || bits === undefined || !/^\d{1,3}$/.test(bits)) return false;
  if (isIPv4(address)) return Number(bits) <= 32;
  return isIPv6(address) && Number(bits) <= 128;
}

/** A MetalLB address range: a CIDR, or `first-last` of the same family. */
export function isIPRange(value: string): boolean {
  if (isCidr(value)) return true;
  const [first, last, extra] = value.split('-').map((part) => part.trim());
  if (extra !== undefined || !first || !last) return false;
  return (isIPv4(first) && isIPv4(last)) || (isIPv6(first) && isIPv6(last));
}

const QUANTITY_SUFFIXES: Record<string, number> = {
  '': 1,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

/** The amount a quantity stands for (`500m` → 0.5, `1Gi` → 2³⁰), undefined when it is not one. */
export function quantityValue(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || !isQuantity(value)) return undefined;
  const match = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))([KMGTPE]i|[mkMGTPE])?$/.exec(value);
  return match ? Number(match[1]) * QUANTITY_SUFFIXES[match[2] ?? ''] : Number(value);
}
