-- a mark entered into a closed period keeps its reason as the first line of its history
ALTER TABLE mark_history DROP CONSTRAINT mark_history_action_check;
ALTER TABLE mark_history ADD CONSTRAINT mark_history_action_check
  CHECK (action IN ('CORRECTED', 'DELETED', 'ENTERED_AFTER_CLOSING'));
