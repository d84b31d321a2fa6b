-- One database per service, as the embedded runner's PostgresServer creates them. The official postgres
-- image runs this once, when its data volume is empty (docker compose down -v starts over).
-- Each service's Flyway creates its own tables on start.
CREATE DATABASE partner_service;
CREATE DATABASE case_service;
CREATE DATABASE consent_service;
CREATE DATABASE reporting_service;
