-- 取消称号: the category of a revocation is public; its full reasons are for the park and the officials.
ALTER TABLE designation ADD COLUMN revocation_category VARCHAR(40);
ALTER TABLE designation ADD COLUMN revoked_by VARCHAR(32);
