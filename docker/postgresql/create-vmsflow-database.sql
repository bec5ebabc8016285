-- VMS Flow's database on the compose PostgreSQL, beside Temporal's (temporal and temporal_visibility, which the
-- temporal-schema job makes). PostgreSQL runs this once, when its data volume is first initialised.
CREATE USER vmsflow WITH PASSWORD 'vmsflow';
CREATE DATABASE vmsflow OWNER vmsflow;
