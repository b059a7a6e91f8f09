-- The original ThyWill schema (SQLModel create_all, gulkily/thywill ebbaac7), statement for statement as the
-- original's own thywill.db holds it in sqlite_master. Never edit: Flyway checksums this file.
--
-- IF NOT EXISTS makes this migration the "complete a ThyWill database" step as well: on a fresh file it creates
-- everything; on an older ThyWill database that lacks some tables (adopted with baseline version 0, see
-- SchemaMigrator) it creates only the missing ones and leaves every existing table and row alone. SQLite drops
-- the IF NOT EXISTS clause from the text it stores, so sqlite_master ends up identical to the original's.

CREATE TABLE IF NOT EXISTS user (
	display_name VARCHAR NOT NULL, 
	created_at DATETIME NOT NULL, 
	invited_by_username VARCHAR, 
	invite_token_used VARCHAR, 
	welcome_message_dismissed BOOLEAN NOT NULL, 
	text_file_path VARCHAR, 
	is_supporter BOOLEAN NOT NULL, 
	supporter_since DATETIME, 
	supporter_type VARCHAR, 
	PRIMARY KEY (display_name)
);

CREATE TABLE IF NOT EXISTS prayer (
	id VARCHAR NOT NULL, 
	author_username VARCHAR NOT NULL, 
	text VARCHAR NOT NULL, 
	generated_prayer VARCHAR, 
	project_tag VARCHAR, 
	created_at DATETIME NOT NULL, 
	flagged BOOLEAN NOT NULL, 
	text_file_path VARCHAR, 
	safety_score FLOAT NOT NULL, 
	safety_flags VARCHAR NOT NULL, 
	categorization_method VARCHAR NOT NULL, 
	specificity_type VARCHAR NOT NULL, 
	specificity_confidence FLOAT NOT NULL, 
	subject_category VARCHAR NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE IF NOT EXISTS prayerskip (
	id VARCHAR NOT NULL, 
	user_id VARCHAR NOT NULL, 
	prayer_id VARCHAR NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE IF NOT EXISTS authenticationrequest (
	id VARCHAR NOT NULL, 
	user_id VARCHAR NOT NULL, 
	device_info VARCHAR, 
	ip_address VARCHAR, 
	verification_code VARCHAR, 
	created_at DATETIME NOT NULL, 
	expires_at DATETIME NOT NULL, 
	status VARCHAR NOT NULL, 
	approved_by_user_id VARCHAR, 
	approved_at DATETIME, 
	PRIMARY KEY (id)
);

CREATE TABLE IF NOT EXISTS authapproval (
	id VARCHAR NOT NULL, 
	auth_request_id VARCHAR NOT NULL, 
	approver_user_id VARCHAR NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE IF NOT EXISTS authauditlog (
	id VARCHAR NOT NULL, 
	auth_request_id VARCHAR NOT NULL, 
	action VARCHAR NOT NULL, 
	actor_user_id VARCHAR, 
	actor_type VARCHAR, 
	details VARCHAR, 
	ip_address VARCHAR, 
	user_agent VARCHAR, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE IF NOT EXISTS securitylog (
	id VARCHAR NOT NULL, 
	event_type VARCHAR NOT NULL, 
	user_id VARCHAR, 
	ip_address VARCHAR, 
	user_agent VARCHAR, 
	details VARCHAR, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE IF NOT EXISTS session (
	id VARCHAR NOT NULL, 
	username VARCHAR NOT NULL, 
	created_at DATETIME NOT NULL, 
	expires_at DATETIME NOT NULL, 
	auth_request_id VARCHAR, 
	device_info VARCHAR, 
	ip_address VARCHAR, 
	is_fully_authenticated BOOLEAN NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE IF NOT EXISTS invitetoken (
	token VARCHAR NOT NULL, 
	created_by_user VARCHAR NOT NULL, 
	usage_count INTEGER NOT NULL, 
	max_uses INTEGER, 
	expires_at DATETIME NOT NULL, 
	used_by_user_id VARCHAR, 
	token_type VARCHAR(20) NOT NULL, 
	PRIMARY KEY (token)
);

CREATE TABLE IF NOT EXISTS changelogentry (
	commit_id VARCHAR(40) NOT NULL, 
	original_message VARCHAR NOT NULL, 
	friendly_description VARCHAR, 
	change_type VARCHAR(20), 
	commit_date DATETIME NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (commit_id)
);

CREATE TABLE IF NOT EXISTS membership_application (
	id VARCHAR NOT NULL, 
	username VARCHAR NOT NULL, 
	essay VARCHAR NOT NULL, 
	contact_info VARCHAR, 
	ip_address VARCHAR, 
	status VARCHAR NOT NULL, 
	created_at DATETIME NOT NULL, 
	processed_at DATETIME, 
	processed_by_user_id VARCHAR, 
	invite_token VARCHAR, 
	text_file_path VARCHAR, 
	PRIMARY KEY (id)
);

CREATE TABLE IF NOT EXISTS role (
	id VARCHAR NOT NULL, 
	name VARCHAR(50) NOT NULL, 
	description VARCHAR(255), 
	permissions VARCHAR NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR, 
	is_system_role BOOLEAN NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (name), 
	FOREIGN KEY(created_by) REFERENCES user (display_name)
);

CREATE TABLE IF NOT EXISTS prayer_attributes (
	id VARCHAR NOT NULL, 
	prayer_id VARCHAR NOT NULL, 
	attribute_name VARCHAR(50) NOT NULL, 
	attribute_value VARCHAR(255), 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR, 
	text_file_path VARCHAR, 
	PRIMARY KEY (id), 
	FOREIGN KEY(prayer_id) REFERENCES prayer (id), 
	FOREIGN KEY(created_by) REFERENCES user (display_name)
);

CREATE TABLE IF NOT EXISTS prayermark (
	id VARCHAR NOT NULL, 
	username VARCHAR NOT NULL, 
	prayer_id VARCHAR NOT NULL, 
	created_at DATETIME NOT NULL, 
	text_file_path VARCHAR, 
	PRIMARY KEY (id), 
	FOREIGN KEY(username) REFERENCES user (display_name)
);

CREATE TABLE IF NOT EXISTS notification_state (
	id VARCHAR NOT NULL, 
	user_id VARCHAR NOT NULL, 
	auth_request_id VARCHAR NOT NULL, 
	notification_type VARCHAR(50) NOT NULL, 
	is_read BOOLEAN NOT NULL, 
	created_at DATETIME NOT NULL, 
	read_at DATETIME, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES user (display_name), 
	FOREIGN KEY(auth_request_id) REFERENCES authenticationrequest (id)
);

CREATE TABLE IF NOT EXISTS prayer_activity_log (
	id VARCHAR NOT NULL, 
	prayer_id VARCHAR NOT NULL, 
	user_id VARCHAR NOT NULL, 
	action VARCHAR(50) NOT NULL, 
	old_value VARCHAR(255), 
	new_value VARCHAR(255), 
	created_at DATETIME NOT NULL, 
	text_file_path VARCHAR, 
	PRIMARY KEY (id), 
	FOREIGN KEY(prayer_id) REFERENCES prayer (id), 
	FOREIGN KEY(user_id) REFERENCES user (display_name)
);

CREATE TABLE IF NOT EXISTS invite_token_usage (
	id VARCHAR NOT NULL, 
	invite_token_id VARCHAR NOT NULL, 
	user_id VARCHAR NOT NULL, 
	claimed_at DATETIME NOT NULL, 
	ip_address VARCHAR, 
	PRIMARY KEY (id), 
	FOREIGN KEY(invite_token_id) REFERENCES invitetoken (token), 
	FOREIGN KEY(user_id) REFERENCES user (display_name)
);

CREATE TABLE IF NOT EXISTS user_roles (
	id VARCHAR NOT NULL, 
	user_id VARCHAR NOT NULL, 
	role_id VARCHAR NOT NULL, 
	granted_by VARCHAR, 
	granted_at DATETIME NOT NULL, 
	expires_at DATETIME, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES user (display_name), 
	FOREIGN KEY(role_id) REFERENCES role (id), 
	FOREIGN KEY(granted_by) REFERENCES user (display_name)
);

CREATE INDEX IF NOT EXISTS idx_user_invited_by ON user(invited_by_username);

CREATE INDEX IF NOT EXISTS idx_user_invite_token ON user(invite_token_used);

CREATE INDEX IF NOT EXISTS idx_invitetoken_used_by ON invitetoken(used_by_user_id);

