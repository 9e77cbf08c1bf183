-- When a console user was last seen working (a console request or a live page's stream), so that
-- an agent who closes the browser is no longer counted as ONLINE.
ALTER TABLE console_user ADD COLUMN seen_at TIMESTAMP WITH TIME ZONE;
