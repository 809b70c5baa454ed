// Both languages for every message, and the bundled schemas covering the kinds the course needs.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkManifest } from '../../../src/shared/manifest/check';
import { formatFinding, MESSAGE_IDS } from '../../../src/shared/manifest/messages';
import { resolveKind } from '../../../src/shared/manifest/registry';
import { SERVICE, replaced } from '../../fixtures/manifests';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
  it('exist in French and English with the same placeholders', () => {
    for (const message of MESSAGE_IDS) {
      const en = formatFinding({ message, params: {} }, 'en');
      const fr = formatFinding({ message, params: {} }, 'fr');
      expect(en.length, message).toBeGreaterThan(0);
      expect(fr, message).not.toBe(en);
      expect(placeholders(fr), message).toEqual(placeholders(en));
    }
  });

  it('name value types in the reader language', () => {
    const [finding] = checkManifest(replaced(SERVICE, 'port: 80', 'port: [80]'));
    expect(formatFinding(finding, 'en')).toBe('"spec.ports[0].port" must be an integer, not a list');
    expect(formatFinding(finding, 'fr')).toBe('« spec.ports[0].port » doit être un entier, pas une liste');
  });
});

describe('bundled schemas', () => {
  it('check every kind the course needs', () => {
    const kinds = [
      ['v1', ['Pod', 'Service', 'PersistentVolume', 'PersistentVolumeClaim', 'ConfigMap', 'Secret']],
      ['apps/v1', ['Deployment', 'DaemonSet', 'StatefulSet', 'ReplicaSet']],
      ['storage.k8s.io/v1', ['StorageClass']],
      ['networking.k8s.io/v1', ['Ingress', 'IngressClass', 'NetworkPolicy']],
      ['cert-manager.io/v1', ['Issuer', 'ClusterIssuer', 'Certificate']],
      ['metallb.io/v1beta1', ['IPAddressPool', 'L2Advertisement', 'BGPAdvertisement']],
      ['metallb.io/v1beta2', ['BGPPeer']],
    ] as const;
    for (const [apiVersion, names] of kinds) for (const kind of names) expect(resolveKind(apiVersion, kind).status, `${apiVersion} ${kind}`).toBe('checked');
  });
});

describe('generated schema files', () => {
  it('are up to date: run `npx tsx scripts/generate-manifest-schemas.ts` after changing their sources', async () => {
    const { generateManifestSchemas } = await import('../../../scripts/generate-manifest-schemas');
    const schemasDir = resolve(import.meta.dirname, '../../../src/shared/manifest/schemas');
    for (const [file, text] of Object.entries(generateManifestSchemas())) expect(readFileSync(join(schemasDir, file), 'utf8'), file).toBe(text);
  }, 120_000);
});
