// The rules beyond the schema, by kind. Each runs on a document already checked against its schema.
import type { Findings } from '../findings';
import type { Field } from '../yaml';
import { checkCertificate, checkIssuer } from './cert-manager';
import { checkConfigMap, checkSecret } from './config';
import { checkGateway, checkGRPCRoute, checkHTTPRoute } from './gateway-api';
import { checkIngress, checkIngressClass } from './ingress';
import { checkIPAddressPool } from './metallb';
import { checkNetworkPolicy } from './network-policy';
import { checkService } from './services';
import { checkPersistentVolume, checkPersistentVolumeClaim, checkStorageClass } from './storage';
import { checkWorkload } from './workloads';

type KindRule = (root: Field, findings: Findings, kind: string) => void;

const workload: KindRule = (root, findings, kind) => checkWorkload(kind, root, findings);

export const KIND_RULES: Record<string, KindRule> = {
  Pod: workload,
  Deployment: workload,
  DaemonSet: workload,
  StatefulSet: workload,
  ReplicaSet: workload,
  ReplicationController: workload,
  Job: workload,
  CronJob: workload,
  Service: checkService,
  PersistentVolumeClaim: checkPersistentVolumeClaim,
  PersistentVolume: checkPersistentVolume,
  StorageClass: checkStorageClass,
  ConfigMap: checkConfigMap,
  Secret: checkSecret,
  Ingress: checkIngress,
  IngressClass: checkIngressClass,
  NetworkPolicy: checkNetworkPolicy,
  Issuer: checkIssuer,
  ClusterIssuer: checkIssuer,
  Certificate: checkCertificate,
  IPAddressPool: checkIPAddressPool,
  Gateway: checkGateway,
  HTTPRoute: checkHTTPRoute,
  GRPCRoute: checkGRPCRoute,
};
