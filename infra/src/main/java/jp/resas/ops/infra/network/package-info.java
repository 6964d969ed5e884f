/** Networking for every other stack: the VPC, its NAT egress, the S3 endpoint and flow logs. */
package jp.resas.ops.infra.network;
