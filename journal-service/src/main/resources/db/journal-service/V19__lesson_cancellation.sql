-- D3: a lesson that will not take place; the row stays (its slot, marks and history are kept)
ALTER TABLE lesson ADD COLUMN cancellation_reason TEXT;
