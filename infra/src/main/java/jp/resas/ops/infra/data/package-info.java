/**
 * The records store: Aurora Serverless v2 (PostgreSQL 16, 0 ACU with auto-pause), its Secrets Manager
 * credentials, and its backups (automated retention plus an AWS Backup plan).
 */
package jp.resas.ops.infra.data;
