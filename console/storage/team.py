"""Team mode on PostgreSQL: group roles, GRANTs, row-level security and the admin functions.

Each person logs in as their own PostgreSQL login role, a member of one of three NOLOGIN group
roles; the database itself decides what each may read and change, so a modified client can do
no more than its role allows. The console user is the row of ``users`` whose username is the
login (``session_user``); ``console_user_id()`` returns it for the policies.

The migrating role (the tables' owner, normally the one that runs ``agent-console db
upgrade``) is not subject to row-level security and keeps every right; it needs CREATEROLE
(or superuser) so that the admin functions, which run with its rights, can create logins.

Everything here is PostgreSQL only; SQLite is single-user and has no roles.
"""

from __future__ import annotations

from sqlalchemy import Connection

AGENT_ROLE = "console_agent"
SUPERVISOR_ROLE = "console_supervisor"
ADMIN_ROLE = "console_admin"
GROUP_ROLES = {"agent": AGENT_ROLE, "supervisor": SUPERVISOR_ROLE, "admin": ADMIN_ROLE}

# Roles are cluster-wide (every database of the server sees them): create them only if absent,
# so two databases in one cluster (or tests cloning templates) can both be migrated.
_ROLES = f"""
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{AGENT_ROLE}') THEN
    CREATE ROLE {AGENT_ROLE} NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{SUPERVISOR_ROLE}') THEN
    CREATE ROLE {SUPERVISOR_ROLE} NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{ADMIN_ROLE}') THEN
    CREATE ROLE {ADMIN_ROLE} NOLOGIN;
  END IF;
  -- A supervisor can do what an agent can, an admin what a supervisor can.
  IF NOT pg_has_role('{SUPERVISOR_ROLE}', '{AGENT_ROLE}', 'MEMBER') THEN
    GRANT {AGENT_ROLE} TO {SUPERVISOR_ROLE};
  END IF;
  IF NOT pg_has_role('{ADMIN_ROLE}', '{SUPERVISOR_ROLE}', 'MEMBER') THEN
    GRANT {SUPERVISOR_ROLE} TO {ADMIN_ROLE};
  END IF;
END $$
"""

_DEFINER = "STABLE SECURITY DEFINER SET search_path = pg_catalog, public"

_GUARD_HEAD = """CREATE OR REPLACE FUNCTION console_callbacks_guard() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    DECLARE
"""
# What both guards do once the caller is known not to supervise: refuse giving a callback to
# another agent, let the owner or holder through, and on a colleague's callback allow only the
# three changes every console makes for the team.
_GUARD_CHECKS = """      IF console_is_supervising() THEN
        RETURN NEW;
      END IF;
      IF NEW.owner_id IS NOT NULL AND NEW.owner_id IS DISTINCT FROM me
         AND NEW.owner_id IS DISTINCT FROM OLD.owner_id THEN
        RAISE EXCEPTION 'only a supervisor can give a callback to another agent'
          USING ERRCODE = 'insufficient_privilege';
      END IF;
      IF OLD.owner_id IS NULL OR OLD.owner_id = me OR OLD.claimed_by = me THEN
        RETURN NEW;
      END IF;
      SELECT coalesce(jsonb_object_agg(n.key, n.value), '{}'::jsonb) INTO changed
        FROM jsonb_each(to_jsonb(NEW)) n
        WHERE n.value IS DISTINCT FROM to_jsonb(OLD) -> n.key;
      changed := changed - ARRAY['updated_at', 'version'];
      IF changed = '{}'::jsonb
         OR (changed - ARRAY['priority', 'priority_reasons']) = '{}'::jsonb THEN
        RETURN NEW;
      END IF;
      IF OLD.state = 'pending' AND OLD.attempts = 0 AND OLD.due_at <= now()
         AND NEW.owner_id IS NULL AND NEW.handed_from = OLD.owner_id
         AND NEW.updated_by IS NULL
         AND (changed - ARRAY['owner_id', 'handed_on_at', 'handed_from', 'updated_by'])
             = '{}'::jsonb THEN
        RETURN NEW;
      END IF;
      IF OLD.state = 'claimed' AND OLD.claimed_at < now() - interval '1 hour'
         AND NEW.state = 'pending' AND NEW.claimed_by IS NULL
         AND (changed - ARRAY['state', 'claimed_by', 'claimed_at']) = '{}'::jsonb THEN
        RETURN NEW;
      END IF;
      RAISE EXCEPTION 'only the owner or a supervisor can change callback %', OLD.id
        USING ERRCODE = 'insufficient_privilege';
    END $$"""

# Migration 0009's guard, as it was (0009 installs it; undoing 0011 puts it back).
CALLBACKS_GUARD_0009 = (
    _GUARD_HEAD
    + """      me integer := console_user_id();
      changed jsonb;
    BEGIN
"""
    + _GUARD_CHECKS
)

# The callbacks guard runs at every change of a callback: at every claim and release. The
# questions it asks the database (who am I, am I supervising) are SQL functions PostgreSQL
# plans again at each call, 0.19 ms of a 0.36 ms claim at 1,000,000 callbacks; so the changes
# anyone may make are let through before asking: a queue's callback that stays the queue's
# (claimed, released, worked, re-scored), then my own or the one I hold that stays mine or goes
# to its queue. Same answers as 0009's version (the team-security test's attempts, both ways).
_CALLBACKS_GUARD = (
    _GUARD_HEAD
    + """      me integer;
      changed jsonb;
    BEGIN
      IF OLD.owner_id IS NULL AND NEW.owner_id IS NULL THEN
        RETURN NEW;
      END IF;
      me := console_user_id();
      IF (OLD.owner_id = me OR OLD.claimed_by = me)
         AND (NEW.owner_id IS NULL OR NEW.owner_id = me
              OR NEW.owner_id IS NOT DISTINCT FROM OLD.owner_id) THEN
        RETURN NEW;
      END IF;
"""
    + _GUARD_CHECKS
)

# Helpers the policies call. SECURITY DEFINER so they read users/user_queues with the owner's
# rights (no recursion through those tables' own policies); search_path pinned so a caller
# cannot substitute their own `users` table.
_FUNCTIONS = [
    f"""CREATE OR REPLACE FUNCTION console_user_id() RETURNS integer LANGUAGE sql {_DEFINER}
    AS $$ SELECT id FROM public.users WHERE username = session_user::text AND active $$""",
    f"""CREATE OR REPLACE FUNCTION console_is_owner() RETURNS boolean LANGUAGE sql {_DEFINER}
    AS $$ SELECT coalesce((SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = session_user),
                          false)
              OR pg_has_role(session_user,
                             (SELECT relowner FROM pg_class
                              WHERE oid = 'public.users'::regclass), 'MEMBER') $$""",
    f"""CREATE OR REPLACE FUNCTION console_is_supervising() RETURNS boolean LANGUAGE sql
    {_DEFINER}
    AS $$ SELECT console_is_owner()
              OR (pg_has_role(session_user, '{SUPERVISOR_ROLE}', 'MEMBER')
                  AND console_user_id() IS NOT NULL) $$""",
    f"""CREATE OR REPLACE FUNCTION console_is_admin() RETURNS boolean LANGUAGE sql {_DEFINER}
    AS $$ SELECT console_is_owner()
              OR (pg_has_role(session_user, '{ADMIN_ROLE}', 'MEMBER')
                  AND console_user_id() IS NOT NULL) $$""",
    f"""CREATE OR REPLACE FUNCTION console_my_queue_ids() RETURNS SETOF integer LANGUAGE sql
    {_DEFINER}
    AS $$ SELECT queue_id FROM public.user_queues WHERE user_id = console_user_id() $$""",
    # What a console does on a colleague's callback without being their supervisor: hand an
    # untouched overdue personal callback on to its queue, release a claim abandoned for an
    # hour, re-score priorities after a customer edit. Anything else on someone else's row is
    # refused here, whatever the client sends (the policies alone cannot compare old and new).
    CALLBACKS_GUARD_0009,
    # ---- user management: admins need no CREATEROLE of their own ----
    f"""CREATE OR REPLACE FUNCTION console_require_admin() RETURNS void LANGUAGE plpgsql
    {_DEFINER} AS $$
    BEGIN
      IF NOT console_is_admin() THEN
        RAISE EXCEPTION 'only a console admin can manage users'
          USING ERRCODE = 'insufficient_privilege';
      END IF;
    END $$""",
    f"""CREATE OR REPLACE FUNCTION console_group_of(p_role text) RETURNS text LANGUAGE sql
    IMMUTABLE AS $$
      SELECT CASE p_role WHEN 'agent' THEN '{AGENT_ROLE}' WHEN 'supervisor' THEN
      '{SUPERVISOR_ROLE}' WHEN 'admin' THEN '{ADMIN_ROLE}' END $$""",
    # p_verifier is a SCRAM verifier computed by the client (libpq's PQencryptPasswordConn):
    # the password itself never travels in a statement, so it cannot land in a server log.
    f"""CREATE OR REPLACE FUNCTION console_add_user(
        p_username text, p_display text, p_role text, p_verifier text, p_zone text)
    RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
    DECLARE
      grp text := console_group_of(p_role);
      r record;
      uid integer;
    BEGIN
      PERFORM console_require_admin();
      IF grp IS NULL THEN
        RAISE EXCEPTION 'unknown role %: use agent, supervisor or admin', p_role
          USING ERRCODE = 'invalid_parameter_value';
      END IF;
      IF p_username !~ '^[a-z_][a-z0-9_.-]{{0,62}}$' THEN
        RAISE EXCEPTION 'user names are lower-case letters, digits, _ . - (at most 63)'
          USING ERRCODE = 'invalid_parameter_value';
      END IF;
      IF p_verifier !~ '^SCRAM-SHA-256\\$' THEN
        RAISE EXCEPTION 'the password must be sent as a SCRAM-SHA-256 verifier'
          USING ERRCODE = 'invalid_parameter_value';
      END IF;
      SELECT * INTO r FROM pg_roles WHERE rolname = p_username;
      IF FOUND THEN
        IF r.rolsuper OR NOT (pg_has_role(p_username, '{AGENT_ROLE}', 'MEMBER')) THEN
          RAISE EXCEPTION 'a database role named % exists and is not a console user',
            p_username USING ERRCODE = 'duplicate_object';
        END IF;
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', p_username, p_verifier);
      ELSE
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_username, p_verifier);
      END IF;
      EXECUTE format('REVOKE {AGENT_ROLE}, {SUPERVISOR_ROLE}, {ADMIN_ROLE} FROM %I',
                     p_username);
      EXECUTE format('GRANT %I TO %I', grp, p_username);
      INSERT INTO users (username, display_name, role, time_zone, language, shift_start,
                         shift_end, active, created_at, version)
      VALUES (p_username, coalesce(nullif(p_display, ''), p_username), p_role,
              coalesce(nullif(p_zone, ''), 'UTC'), 'en', '', '', true, now(), 1)
      ON CONFLICT (username) DO UPDATE
        SET role = excluded.role, active = true, version = users.version + 1
      RETURNING id INTO uid;
      RETURN uid;
    END $$""",
    f"""CREATE OR REPLACE FUNCTION console_set_user_role(p_username text, p_role text)
    RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
    DECLARE grp text := console_group_of(p_role);
    BEGIN
      PERFORM console_require_admin();
      IF grp IS NULL THEN
        RAISE EXCEPTION 'unknown role %: use agent, supervisor or admin', p_role
          USING ERRCODE = 'invalid_parameter_value';
      END IF;
      UPDATE users SET role = p_role, version = version + 1 WHERE username = p_username;
      IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no console user %', p_username
          USING ERRCODE = 'no_data_found';
      END IF;
      IF EXISTS (SELECT FROM pg_roles WHERE rolname = p_username AND NOT rolsuper) THEN
        EXECUTE format('REVOKE {AGENT_ROLE}, {SUPERVISOR_ROLE}, {ADMIN_ROLE} FROM %I',
                       p_username);
        EXECUTE format('GRANT %I TO %I', grp, p_username);
      END IF;
    END $$""",
    f"""CREATE OR REPLACE FUNCTION console_disable_user(p_username text)
    RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
    BEGIN
      PERFORM console_require_admin();
      UPDATE users SET active = false, version = version + 1 WHERE username = p_username;
      IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no console user %', p_username
          USING ERRCODE = 'no_data_found';
      END IF;
      IF EXISTS (SELECT FROM pg_roles WHERE rolname = p_username AND NOT rolsuper
                 AND pg_has_role(p_username, '{AGENT_ROLE}', 'MEMBER')) THEN
        EXECUTE format('ALTER ROLE %I NOLOGIN', p_username);
      END IF;
    END $$""",
    f"""CREATE OR REPLACE FUNCTION console_list_users()
    RETURNS TABLE (username text, display_name text, role text, active boolean,
                   can_login boolean, groups text)
    LANGUAGE sql {_DEFINER} AS $$
      SELECT u.username::text, u.display_name::text, u.role::text, u.active,
             coalesce(r.rolcanlogin, false),
             coalesce((SELECT string_agg(g.rolname, ',' ORDER BY g.rolname)
                       FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                       WHERE m.member = r.oid
                         AND g.rolname IN ('{AGENT_ROLE}', '{SUPERVISOR_ROLE}',
                                           '{ADMIN_ROLE}')), '')
      FROM users u LEFT JOIN pg_roles r ON r.rolname = u.username
      WHERE console_is_admin()
      ORDER BY u.username $$""",
]

_ADMIN_FUNCTIONS = ("console_add_user(text, text, text, text, text)",
                    "console_set_user_role(text, text)", "console_disable_user(text)",
                    "console_list_users()")  # fmt: skip

# Each wrapped in a scalar subquery: PostgreSQL then evaluates it once per statement (an
# InitPlan) instead of once per row. SECURITY DEFINER functions are never inlined, and called
# per row they made the supervisor's dashboard 200 times slower over 100,000 callbacks.
_ME = "(SELECT console_user_id())"
_SUP = "(SELECT console_is_supervising())"
_MY_QUEUES = "(SELECT console_my_queue_ids())"

# Table by table: which group may do what. Rows are then narrowed by the policies below.
_GRANTS = [
    # Reference data every desk reads.
    f"GRANT SELECT ON alembic_version, db_info, queues, user_queues, calling_windows, "
    f"priority_rules, scripts, script_variants, script_queues, script_versions, incidents, "
    f"incident_facts, incident_customers TO {AGENT_ROLE}",
    # Customers: screen-pop, search, edit, new callers, the CRM cache.
    f"GRANT SELECT, INSERT, UPDATE ON customers, customer_phones, customer_emails TO {AGENT_ROLE}",
    f"GRANT DELETE ON customer_phones, customer_emails TO {AGENT_ROLE}",
    f"GRANT DELETE ON customers TO {ADMIN_ROLE}",
    # Notes and calls: written, never edited (the receiver of a transfer sets its outcome).
    f"GRANT SELECT, INSERT ON interactions TO {AGENT_ROLE}",
    f"GRANT UPDATE (outcome, version) ON interactions TO {AGENT_ROLE}",
    # The event log: insert only, for everyone (UPDATE/DELETE also refused by its trigger).
    f"GRANT SELECT, INSERT ON events TO {AGENT_ROLE}",
    f"GRANT SELECT, INSERT, UPDATE ON goodwill TO {AGENT_ROLE}",
    f"GRANT SELECT, INSERT, UPDATE ON callbacks, transfers TO {AGENT_ROLE}",
    f"GRANT SELECT, INSERT, UPDATE, DELETE ON script_favourites, script_usage TO {AGENT_ROLE}",
    # The console's heartbeat (availability for transfers); nothing else of users.
    f"GRANT SELECT ON users TO {AGENT_ROLE}",
    f"GRANT UPDATE (last_seen_at) ON users TO {AGENT_ROLE}",
    # Supervisors: the team's configuration, scripts and disruptions.
    f"GRANT INSERT, UPDATE, DELETE ON queues, calling_windows, priority_rules, scripts, "
    f"script_variants, script_queues, script_versions, incidents, incident_facts, "
    f"incident_customers TO {SUPERVISOR_ROLE}",
    # Admins: queue membership (users themselves only through the functions above).
    f"GRANT INSERT, DELETE ON user_queues TO {ADMIN_ROLE}",
    f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {AGENT_ROLE}",
    "REVOKE ALL ON FUNCTION " + ", ".join(_ADMIN_FUNCTIONS) + f" FROM PUBLIC",  # noqa: F541
    "GRANT EXECUTE ON FUNCTION " + ", ".join(_ADMIN_FUNCTIONS) + f" TO {ADMIN_ROLE}",
]

_RLS_TABLES = ("users", "callbacks", "transfers", "events", "interactions",
               "script_favourites", "script_usage")  # fmt: skip

_POLICIES = [
    # users: everyone reads the team list; a console touches only its own heartbeat.
    f"CREATE POLICY users_read ON users FOR SELECT TO {AGENT_ROLE} USING (true)",
    f"CREATE POLICY users_heartbeat ON users FOR UPDATE TO {AGENT_ROLE} "
    f"USING (id = {_ME}) WITH CHECK (id = {_ME})",
    # callbacks: an agent sees their own, those they made or claimed, and those of their
    # queues; supervisors see every one.
    f"CREATE POLICY callbacks_read ON callbacks FOR SELECT TO {AGENT_ROLE} USING ({_SUP} "
    f"OR owner_id = {_ME} OR claimed_by = {_ME} OR created_by = {_ME} OR handed_from = {_ME} "
    f"OR queue_id IN {_MY_QUEUES})",
    f"CREATE POLICY callbacks_add ON callbacks FOR INSERT TO {AGENT_ROLE} WITH CHECK ({_SUP} "
    f"OR (created_by = {_ME} AND (owner_id IS NULL OR owner_id = {_ME})))",
    f"CREATE POLICY callbacks_change ON callbacks FOR UPDATE TO {AGENT_ROLE} USING ({_SUP} "
    f"OR owner_id = {_ME} OR claimed_by = {_ME} OR queue_id IN {_MY_QUEUES}) "
    f"WITH CHECK ({_SUP} OR claimed_by IS NULL OR claimed_by = {_ME})",
    # transfers: the sender, the receiver (or their queue), supervisors.
    f"CREATE POLICY transfers_read ON transfers FOR SELECT TO {AGENT_ROLE} USING ({_SUP} "
    f"OR from_user_id = {_ME} OR to_user_id = {_ME} OR accepted_by = {_ME} "
    f"OR to_queue_id IN {_MY_QUEUES})",
    f"CREATE POLICY transfers_send ON transfers FOR INSERT TO {AGENT_ROLE} "
    f"WITH CHECK ({_SUP} OR from_user_id = {_ME})",
    f"CREATE POLICY transfers_answer ON transfers FOR UPDATE TO {AGENT_ROLE} USING ({_SUP} "
    f"OR from_user_id = {_ME} OR to_user_id = {_ME} OR accepted_by = {_ME} "
    f"OR to_queue_id IN {_MY_QUEUES}) "
    f"WITH CHECK ({_SUP} OR accepted_by IS NULL OR accepted_by = {_ME})",
    # events: readable, appended in one's own name (or as the system, actor NULL).
    f"CREATE POLICY events_read ON events FOR SELECT TO {AGENT_ROLE} USING (true)",
    f"CREATE POLICY events_append ON events FOR INSERT TO {AGENT_ROLE} "
    f"WITH CHECK ((SELECT console_is_owner()) OR actor_id IS NULL OR actor_id = {_ME})",
    f"CREATE POLICY interactions_read ON interactions FOR SELECT TO {AGENT_ROLE} USING (true)",
    f"CREATE POLICY interactions_add ON interactions FOR INSERT TO {AGENT_ROLE} "
    f"WITH CHECK ((SELECT console_is_owner()) OR agent_id IS NULL OR agent_id = {_ME})",
    f"CREATE POLICY interactions_outcome ON interactions FOR UPDATE TO {AGENT_ROLE} "
    f"USING (true) WITH CHECK (true)",
]
for _table in ("script_favourites", "script_usage"):
    _POLICIES.append(
        f"CREATE POLICY {_table}_own ON {_table} FOR ALL TO {AGENT_ROLE} "
        f"USING ({_SUP} OR user_id = {_ME}) WITH CHECK ({_SUP} OR user_id = {_ME})"
    )

_TRIGGER = (
    "CREATE TRIGGER callbacks_guard BEFORE UPDATE ON callbacks "
    "FOR EACH ROW EXECUTE FUNCTION console_callbacks_guard()"
)


def _run(conn: Connection, sql: str) -> None:
    """One statement on the driver's own cursor with no parameters: psycopg then leaves the
    SQL as it is (PL/pgSQL bodies use % for format() and RAISE)."""
    cursor = conn.connection.cursor()
    try:
        cursor.execute(sql)
    finally:
        cursor.close()


def create_team_security(conn: Connection) -> None:
    """Migration 0009 on PostgreSQL: roles, functions, GRANTs, row-level security."""
    _run(conn, _ROLES)
    for sql in _FUNCTIONS:
        _run(conn, sql)
    for sql in _GRANTS:
        _run(conn, sql)
    for table in _RLS_TABLES:
        _run(conn, f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    for sql in _POLICIES:
        _run(conn, sql)
    _run(conn, _TRIGGER)


def grant_name_vocabulary(conn: Connection) -> None:
    """Migration 0010: every desk reads the vocabulary of name words (typo-tolerant search).
    Nobody writes it: the triggers on customers that keep it run with the owner's rights."""
    _run(conn, f"GRANT SELECT ON name_words TO {AGENT_ROLE}")


def replace_callbacks_guard(conn: Connection, *, undo: bool = False) -> None:
    """Migration 0011: the callbacks guard that lets the common changes through first (or,
    undoing it, 0009's)."""
    _run(conn, CALLBACKS_GUARD_0009 if undo else _CALLBACKS_GUARD)


def drop_team_security(conn: Connection) -> None:
    """Undo 0009 in this database. The group roles stay: they are the cluster's, and other
    databases of the same server may use them."""
    _run(conn, "DROP TRIGGER IF EXISTS callbacks_guard ON callbacks")
    for sql in _POLICIES:
        name, table = sql.split()[2], sql.split()[4]
        _run(conn, f"DROP POLICY IF EXISTS {name} ON {table}")
    for table in _RLS_TABLES:
        _run(conn, f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    for group in (AGENT_ROLE, SUPERVISOR_ROLE, ADMIN_ROLE):
        _run(conn, f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {group}")
        _run(conn, f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {group}")
    for fn in ("console_list_users()", "console_disable_user(text)",
               "console_set_user_role(text, text)",
               "console_add_user(text, text, text, text, text)", "console_group_of(text)",
               "console_require_admin()", "console_callbacks_guard()",
               "console_my_queue_ids()", "console_is_admin()", "console_is_supervising()",
               "console_is_owner()", "console_user_id()"):  # fmt: skip
        _run(conn, f"DROP FUNCTION IF EXISTS {fn}")
