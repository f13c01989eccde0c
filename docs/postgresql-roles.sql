-- PostgreSQL roles for postdesk: an owner that runs migrations, an application role that
-- can only INSERT and SELECT on the audit log. Replace the passwords; run with psql.

-- 1. As a superuser: the roles and the database, owned by the migrations owner.
CREATE ROLE postdesk_owner LOGIN PASSWORD 'change-me-owner';
CREATE ROLE postdesk_app LOGIN PASSWORD 'change-me-app';
CREATE DATABASE postdesk OWNER postdesk_owner;
REVOKE ALL ON DATABASE postdesk FROM PUBLIC;
GRANT CONNECT ON DATABASE postdesk TO postdesk_app;

-- 2. As postdesk_owner, connected to postdesk, after every `postdesk db upgrade`.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO postdesk_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO postdesk_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO postdesk_app;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM postdesk_app;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON alembic_version FROM postdesk_app;
