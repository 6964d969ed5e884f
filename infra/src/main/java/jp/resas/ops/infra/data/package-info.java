/**
 * The records store: Aurora Serverless v2 (PostgreSQL 16) behind an RDS Proxy, its Secrets Manager
 * credentials, and its backups (automated retention plus an AWS Backup plan).
 */
package jp.resas.ops.infra.data;
