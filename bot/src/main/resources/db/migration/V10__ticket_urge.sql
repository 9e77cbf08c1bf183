-- 催单: how often the resident urged a ticket and when last, so urges are limited and raise its priority.
ALTER TABLE ticket ADD COLUMN urge_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE ticket ADD COLUMN last_urged_at TIMESTAMP WITH TIME ZONE;
