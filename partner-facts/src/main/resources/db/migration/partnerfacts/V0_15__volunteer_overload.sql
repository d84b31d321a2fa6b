-- A volunteer's overload flag per agreement (VolunteerOverloadFlaggedV1 / ClearedV1), so a case-service can refuse
-- to give an overloaded volunteer another task. The later flag or clearance by its own time wins, whatever order
-- they arrive in; a flag may arrive before the agreement it belongs to.
alter table partner_volunteer_agreement add column overloaded boolean not null default false;
alter table partner_volunteer_agreement add column overload_changed_at timestamptz;
