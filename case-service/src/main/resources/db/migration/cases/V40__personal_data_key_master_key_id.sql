-- Which master key wrapped each data key, so the master key can be rotated. Rows wrapped before this column
-- existed are left null here (SQL cannot know the key): the service labels each of them with its current key's
-- id at start, after checking that the key really unwraps it.
alter table personal_data_key add column master_key_id varchar(32);
