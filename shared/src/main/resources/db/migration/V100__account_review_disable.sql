-- アカウント棚卸し (docs/ledgers.md): a review may also disable an account (無効化: kept, but no longer usable)
-- besides keeping, removing or changing it.
ALTER TABLE account_review_item DROP CONSTRAINT account_review_item_decision_check;
ALTER TABLE account_review_item ADD CONSTRAINT account_review_item_decision_check
    CHECK (decision IN ('KEEP', 'DISABLE', 'REMOVE', 'CHANGE'));
