-- Issue 13: the dataset page offers the approved rounds that plan the dataset, newest first, read from the
-- dataset's items backwards instead of every round.
CREATE INDEX update_round_item_by_dataset ON update_round_item (dataset_id, round_id);
