-- What RESAS runs on, from what the configuration ledger discovered (docs/security-and-backups.md).
-- An EOS item may name the versions in use it covers as the ledger names them: `lambda:<runtime identifier>` or
-- `<engine>:<version>` (`aurora-postgresql:16` covers `aurora-postgresql:16.6`). A RESAS item with a key raises its
-- 180/90/30-day tickets only while the latest configuration snapshot finds RESAS running it.
ALTER TABLE eos_item ADD COLUMN runtime_key TEXT CHECK (runtime_key ~ '^[a-z0-9][a-z0-9-]*:[A-Za-z0-9][A-Za-z0-9._-]*$');
CREATE INDEX eos_item_runtime_key ON eos_item (system, runtime_key) WHERE runtime_key IS NOT NULL AND retired_at IS NULL;

-- RESAS Ops' own seeded items (V106) covered the versions its stacks deploy.
UPDATE eos_item SET runtime_key = 'lambda:java21' WHERE system = 'RESAS_OPS' AND product_version = 'java21';
UPDATE eos_item SET runtime_key = 'lambda:nodejs22.x' WHERE system = 'RESAS_OPS' AND product_version = 'nodejs22.x';
UPDATE eos_item SET runtime_key = 'aurora-postgresql:16'
    WHERE system = 'RESAS_OPS' AND name = 'Amazon Aurora PostgreSQL' AND product_version LIKE '16%';

-- RESAS: rows of AWS's Lambda runtime table ("Deprecation date"), https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html,
-- as far as the dates could be cited on 2026-11-29: nodejs24.x, nodejs22.x, python3.14, python3.13, java25 and ruby3.4
-- from the table as endoflife.date/aws-lambda reproduces it ("Standard Support" ends), python3.9 and nodejs18.x from the
-- table's change quoted in terraform-linters/tflint-ruleset-aws#969 (November 2025). No person has checked them against
-- the AWS page yet: reviewed is false until an administrator saves each item. Only versions RESAS is found running
-- raise tickets; a version in use that is not here (java17, java21, the Aurora PostgreSQL major: no citable date was
-- found) is shown 未登録 on /portal/eos for an administrator to add.
INSERT INTO eos_item (system, category, name, product_version, ends_on, source_url, reviewed_by, reviewed_at, reviewed,
        note, runtime_key) VALUES
    ('RESAS', 'LAMBDA_RUNTIME', 'AWS Lambda Node.js 24 ランタイム', 'nodejs24.x', DATE '2028-04-30',
     'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html', 'secops-v117', TIMESTAMPTZ '2026-11-29 00:30:00+00',
     FALSE, '出典の表の Deprecation date。endoflife.date/aws-lambda の転載（Standard Support ends 30 Apr 2028）で照合、人手未確認。',
     'lambda:nodejs24.x'),
    ('RESAS', 'LAMBDA_RUNTIME', 'AWS Lambda Node.js 22 ランタイム', 'nodejs22.x', DATE '2027-04-30',
     'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html', 'secops-v117', TIMESTAMPTZ '2026-11-29 00:30:00+00',
     FALSE, '出典の表の Deprecation date。endoflife.date/aws-lambda の転載（30 Apr 2027）で照合、人手未確認。',
     'lambda:nodejs22.x'),
    ('RESAS', 'LAMBDA_RUNTIME', 'AWS Lambda Python 3.14 ランタイム', 'python3.14', DATE '2029-06-30',
     'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html', 'secops-v117', TIMESTAMPTZ '2026-11-29 00:30:00+00',
     FALSE, '出典の表の Deprecation date。endoflife.date/aws-lambda の転載（30 Jun 2029）で照合、人手未確認。',
     'lambda:python3.14'),
    ('RESAS', 'LAMBDA_RUNTIME', 'AWS Lambda Python 3.13 ランタイム', 'python3.13', DATE '2029-06-30',
     'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html', 'secops-v117', TIMESTAMPTZ '2026-11-29 00:30:00+00',
     FALSE, '出典の表の Deprecation date。endoflife.date/aws-lambda の転載（30 Jun 2029）で照合、人手未確認。',
     'lambda:python3.13'),
    ('RESAS', 'LAMBDA_RUNTIME', 'AWS Lambda Java 25 ランタイム', 'java25', DATE '2029-06-30',
     'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html', 'secops-v117', TIMESTAMPTZ '2026-11-29 00:30:00+00',
     FALSE, '出典の表の Deprecation date。endoflife.date/aws-lambda の転載（30 Jun 2029）で照合、人手未確認。',
     'lambda:java25'),
    ('RESAS', 'LAMBDA_RUNTIME', 'AWS Lambda Ruby 3.4 ランタイム', 'ruby3.4', DATE '2028-03-31',
     'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html', 'secops-v117', TIMESTAMPTZ '2026-11-29 00:30:00+00',
     FALSE, '出典の表の Deprecation date。endoflife.date/aws-lambda の転載（31 Mar 2028）で照合、人手未確認。',
     'lambda:ruby3.4'),
    ('RESAS', 'LAMBDA_RUNTIME', 'AWS Lambda Python 3.9 ランタイム', 'python3.9', DATE '2025-12-15',
     'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html', 'secops-v117', TIMESTAMPTZ '2026-11-29 00:30:00+00',
     FALSE, '出典の表の Deprecation date（2025-10-31 から変更）。github.com/terraform-linters/tflint-ruleset-aws/pull/969 が引用、人手未確認。',
     'lambda:python3.9'),
    ('RESAS', 'LAMBDA_RUNTIME', 'AWS Lambda Node.js 18 ランタイム', 'nodejs18.x', DATE '2025-09-01',
     'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html', 'secops-v117', TIMESTAMPTZ '2026-11-29 00:30:00+00',
     FALSE, '出典の表で終了済み。github.com/terraform-linters/tflint-ruleset-aws/pull/969 が引用、人手未確認。',
     'lambda:nodejs18.x');

-- Backups: a resource a backup plan selects (ListBackupSelections/GetBackupSelection, tag conditions resolved through
-- the Resource Groups Tagging API) that has no recovery point at all is kept with the protected resources, naming the
-- plan and selection ("plan / selection"); it opens the same backup-missing incident when it has no backup job.
ALTER TABLE backup_protected_resource ADD COLUMN selected_by TEXT;
