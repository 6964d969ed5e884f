-- The EOS calendar's seed: what RESAS Ops runs on (infra/: Lambda java21, Aurora PostgreSQL 16.6; the build's JDK 17;
-- the embedded PostgreSQL 16 of `resas-ops local`; the CDK's Node.js custom resources), with the end dates as the
-- source URL publishes them, copied on 2026-11-28 by the engineer named in reviewed_by. Where a source gives only a
-- month ("October 2029"), the last day of that month is used (note says so). What RESAS itself runs on is not in
-- this repository's description of it: administrators add those items (PUT/POST /eos/items) from RESAS's design
-- documents. Administrators re-review each date (reviewed_by/at) whenever the source changes.
INSERT INTO eos_item (system, category, name, product_version, ends_on, source_url, reviewed_by, reviewed_at, note) VALUES
    ('RESAS_OPS', 'LAMBDA_RUNTIME', 'AWS Lambda Java 21 ランタイム', 'java21', DATE '2029-06-30',
     'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html', 'secops-eos', TIMESTAMPTZ '2026-11-28 18:00:00+00',
     '「Deprecation date」(廃止日)。全関数 (infra ResasFunction) が使用。'),
    ('RESAS_OPS', 'LAMBDA_RUNTIME', 'AWS Lambda Node.js 22 ランタイム', 'nodejs22.x', DATE '2027-04-30',
     'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html', 'secops-eos', TIMESTAMPTZ '2026-11-28 18:00:00+00',
     'AWS CDK が作るカスタムリソース関数が使用 (CDK の既定ランタイム)。'),
    ('RESAS_OPS', 'DATABASE', 'Amazon Aurora PostgreSQL', '16 (16.6)', DATE '2029-02-28',
     'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraPostgreSQLReleaseNotes/aurorapostgresql-release-calendar.html',
     'secops-eos', TIMESTAMPTZ '2026-11-28 18:00:00+00', '「Aurora end of standard support」。infra DataStack の VER_16_6。'),
    ('RESAS_OPS', 'DATABASE', 'PostgreSQL (コミュニティ版)', '16', DATE '2028-11-09',
     'https://www.postgresql.org/support/versioning/', 'secops-eos', TIMESTAMPTZ '2026-11-28 18:00:00+00',
     'resas-ops local とテストの組込み PostgreSQL (postgres.binaries.version 16.6.0)。'),
    ('RESAS_OPS', 'JDK', 'Amazon Corretto', '17', DATE '2029-10-31',
     'https://aws.amazon.com/corretto/faqs/', 'secops-eos', TIMESTAMPTZ '2026-11-28 18:00:00+00',
     'ビルドの Java release 17。公表は「2029年10月」のため月末日で記録。'),
    ('RESAS_OPS', 'JDK', 'Amazon Corretto', '21', DATE '2030-10-31',
     'https://aws.amazon.com/corretto/faqs/', 'secops-eos', TIMESTAMPTZ '2026-11-28 18:00:00+00',
     'Lambda java21 ランタイムの JDK。公表は「2030年10月」のため月末日で記録。'),
    ('RESAS_OPS', 'OS', 'Amazon Linux 2023', '2023', DATE '2029-06-30',
     'https://docs.aws.amazon.com/linux/al2023/ug/release-cadence.html', 'secops-eos', TIMESTAMPTZ '2026-11-28 18:00:00+00',
     'Lambda java21 ランタイムの OS。');
