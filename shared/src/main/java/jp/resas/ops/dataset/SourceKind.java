package jp.resas.ops.dataset;

/** Where a dataset's raw data comes from: the e-Stat API (by statsDataId), a vendor's file dropped in the S3 inbox, or a download URL. */
public enum SourceKind { ESTAT_API, S3_INBOX, DOWNLOAD_URL }
