/**
 * 資産管理台帳: cloud resources, software, domains, server certificates, licences and contracts, with
 * owner, status, dates and terms; discovered where AWS or the build knows them, entered or imported
 * otherwise, and watched for their end dates.
 */
package jp.resas.ops.ledger.asset;
