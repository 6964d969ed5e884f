-- An approval binds the content it approved (issue 9). approved_content holds the approval-bound fields
-- as the standing approval approved them (NULL: no approval stands, e.g. after going back to approval);
-- content_authors everyone who wrote or changed them, none of whom may approve (segregation of duties).
ALTER TABLE ticket
    ADD COLUMN approved_content JSONB,
    ADD COLUMN content_authors  TEXT[] NOT NULL DEFAULT '{}';

UPDATE ticket SET content_authors = ARRAY[requester];

-- Tickets approved before this migration keep their approval, bound to the fields they have now.
UPDATE ticket t SET approved_content = t.fields
WHERE t.status NOT IN ('AWAITING_APPROVAL', 'REVIEW', 'REJECTED')
  AND EXISTS (SELECT 1 FROM ticket_approval a WHERE a.ticket_id = t.id AND a.decision = 'APPROVED');
