// One valid manifest per mutation kind, where that kind applies. The manifest checker's tests can
// use them too: the checker must accept each sample and reject `mutateManifest(sample, kind).broken`.
import type { MutationKind } from '../../../src/shared/generator';

const POD_WITH_VOLUME = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: nginx
    image: nginx:1.27
    ports:
    - containerPort: 8080
    volumeMounts:
    - name: site
      mountPath: /usr/share/nginx/html
  volumes:
  # the site is copied here by an init step
  - name: site
    hostPath:
      path: /srv/site
      type: Directory
`;

const INGRESS = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
spec:
  rules:
  - host: shop.example.com
    http:
      paths:
      - path: /api
        pathType: Prefix # every URL under /api
        backend:
          service:
            name: shop-api
            port:
              number: 80
`;

const SERVICE_AND_DEPLOYMENT = `apiVersion: v1
kind: Service
metadata:
  name: api
spec:
  selector:
    app: api
  ports:
    - port: 443
      targetPort: 8443
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      containers:
        - name: api
          image: example/api:1.0
`;

const CLAIM = `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 1Gi
`;

const CONFIG_MAP = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  mode: fast
`;

export const MUTATION_SAMPLES: Record<MutationKind, string> = {
  'ingress-legacy-api-version': INGRESS,
  'ingress-missing-path-type': INGRESS,
  'ingress-port-shape': INGRESS,
  'volume-mount-unknown-volume': POD_WITH_VOLUME,
  'enum-wrong-case': CLAIM,
  'port-out-of-range': SERVICE_AND_DEPLOYMENT,
  'port-as-string': POD_WITH_VOLUME,
  'missing-container-image': SERVICE_AND_DEPLOYMENT,
  'misspelled-field': POD_WITH_VOLUME,
  'missing-metadata-name': CONFIG_MAP,
};
