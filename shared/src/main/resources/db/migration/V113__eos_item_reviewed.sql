-- Whether a person has reviewed an item's date against its source. The seed (V106) was entered by the engineer who
-- wrote it, most dates from memory (reviewed_by 'secops-eos'): those rows are not reviewed until an administrator
-- saves them (PUT /eos/items/{id} or the portal's item page), which sets reviewed again. Items an administrator adds
-- are reviewed by the one who adds them.
ALTER TABLE eos_item ADD COLUMN reviewed BOOLEAN NOT NULL DEFAULT TRUE;
UPDATE eos_item SET reviewed = FALSE WHERE reviewed_by = 'secops-eos' AND version = 0;
