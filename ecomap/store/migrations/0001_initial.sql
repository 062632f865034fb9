-- The team case store, schema 1 (design §15).
--
-- Run by `ecomap store init` in one transaction, as the admin login with
-- `SET ROLE ecomap_owner` in force: every object belongs to ecomap_owner, a
-- role nobody logs in as. Workers, supervisors and admins read through
-- row-level security (forced, so the owner is held to it too) and write only
-- through the SECURITY DEFINER functions below, which check who is asking
-- (session_user) and write the audit log. Versions and the audit log are
-- append-only by trigger, for every role, and by privileges.

CREATE TABLE ecomap.schema_version (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    version integer NOT NULL
);

CREATE TABLE ecomap.teams (
    name text PRIMARY KEY CHECK (name <> '')
);

CREATE TABLE ecomap.workers (
    login name PRIMARY KEY,
    team text NOT NULL REFERENCES ecomap.teams (name),
    supervisor boolean NOT NULL DEFAULT false
);

CREATE TABLE ecomap.cases (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ref text NOT NULL UNIQUE CHECK (ref <> ''),
    client text NOT NULL DEFAULT '',
    worker text NOT NULL DEFAULT '',
    notes text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by name NOT NULL DEFAULT session_user,
    versions integer NOT NULL DEFAULT 0,
    head_sha256 text NOT NULL DEFAULT repeat('0', 64),
    latest_date text
);

CREATE TABLE ecomap.assignments (
    case_id bigint NOT NULL REFERENCES ecomap.cases (id),
    login name NOT NULL REFERENCES ecomap.workers (login),
    PRIMARY KEY (case_id, login)
);
CREATE INDEX assignments_by_login ON ecomap.assignments (login);

CREATE TABLE ecomap.versions (
    case_id bigint NOT NULL REFERENCES ecomap.cases (id),
    number integer NOT NULL CHECK (number >= 1),
    label text NOT NULL,
    date text NOT NULL,
    note text NOT NULL,
    saved_at text NOT NULL,
    nodes integer NOT NULL,
    ties integer NOT NULL,
    bonding integer NOT NULL,
    bridging integer NOT NULL,
    linking integer NOT NULL,
    strong integer NOT NULL,
    moderate integer NOT NULL,
    tenuous integer NOT NULL,
    stressful integer NOT NULL,
    domains integer NOT NULL,
    body bytea NOT NULL,
    prev_sha256 text NOT NULL,
    sha256 text NOT NULL,
    saved_by name NOT NULL DEFAULT session_user,
    PRIMARY KEY (case_id, number)
);

-- The shared working map of a case, with a revision that every save raises.
CREATE TABLE ecomap.drafts (
    case_id bigint PRIMARY KEY REFERENCES ecomap.cases (id),
    body bytea NOT NULL,
    based_on integer,
    saved_at text NOT NULL,
    revision integer NOT NULL,
    saved_by name NOT NULL
);

-- Each login's own unsaved changes (autosave), seen by nobody else.
CREATE TABLE ecomap.autosaves (
    case_id bigint NOT NULL REFERENCES ecomap.cases (id),
    login name NOT NULL DEFAULT session_user,
    body bytea NOT NULL,
    based_on integer,
    saved_at text NOT NULL,
    PRIMARY KEY (case_id, login)
);

CREATE TABLE ecomap.audit (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    who name NOT NULL DEFAULT session_user,
    case_id bigint REFERENCES ecomap.cases (id),
    ref text NOT NULL,
    action text NOT NULL,
    detail text NOT NULL DEFAULT ''
);
CREATE INDEX audit_by_case ON ecomap.audit (case_id, id);

-- Append-only, for every role (the owner included).
CREATE FUNCTION ecomap.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ecomap.% is append-only: its rows are never changed or deleted', TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER versions_append_only BEFORE UPDATE OR DELETE ON ecomap.versions
    FOR EACH ROW EXECUTE FUNCTION ecomap.refuse_change();
CREATE TRIGGER versions_never_emptied BEFORE TRUNCATE ON ecomap.versions
    FOR EACH STATEMENT EXECUTE FUNCTION ecomap.refuse_change();
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON ecomap.audit
    FOR EACH ROW EXECUTE FUNCTION ecomap.refuse_change();
CREATE TRIGGER audit_never_emptied BEFORE TRUNCATE ON ecomap.audit
    FOR EACH STATEMENT EXECUTE FUNCTION ecomap.refuse_change();

-- The hash chain, kept by the server: a version follows the case's head, its
-- hash is SHA-256(previous hash || canonical JSON), and the case row (locked)
-- moves its head on. Two saves at once queue on the lock; the chain never forks.
CREATE FUNCTION ecomap.extend_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    head ecomap.cases%ROWTYPE;
BEGIN
    SELECT * INTO head FROM ecomap.cases WHERE id = NEW.case_id FOR UPDATE;
    IF NEW.number <> head.versions + 1 OR NEW.prev_sha256 <> head.head_sha256 THEN
        RAISE EXCEPTION 'version % does not follow version % of case %', NEW.number, head.versions, head.ref
            USING ERRCODE = 'EC409';
    END IF;
    IF NEW.sha256 <> encode(sha256(convert_to(NEW.prev_sha256, 'UTF8') || NEW.body), 'hex') THEN
        RAISE EXCEPTION 'version % of case % does not match its hash', NEW.number, head.ref
            USING ERRCODE = 'EC422';
    END IF;
    UPDATE ecomap.cases SET versions = NEW.number, head_sha256 = NEW.sha256, latest_date = NEW.date
        WHERE id = NEW.case_id;
    RETURN NEW;
END
$$;
CREATE TRIGGER versions_chain BEFORE INSERT ON ecomap.versions
    FOR EACH ROW EXECUTE FUNCTION ecomap.extend_chain();

-- Who may see what. session_user is the login, even inside a SECURITY DEFINER function.
CREATE FUNCTION ecomap.is_admin() RETURNS boolean LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp AS $$
    SELECT pg_has_role(session_user, 'ecomap_admin', 'MEMBER')
$$;

CREATE FUNCTION ecomap.visible_logins() RETURNS SETOF name LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
    SELECT session_user
    UNION
    SELECT w.login FROM ecomap.workers w
        JOIN ecomap.workers me ON me.login = session_user AND me.supervisor AND me.team = w.team
$$;

CREATE FUNCTION ecomap.readable_cases() RETURNS SETOF bigint LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
    SELECT id FROM ecomap.cases WHERE ecomap.is_admin()
    UNION
    SELECT case_id FROM ecomap.assignments WHERE login IN (SELECT ecomap.visible_logins())
$$;

CREATE FUNCTION ecomap.may_write(p_case bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
    SELECT ecomap.is_admin()
        OR EXISTS (SELECT 1 FROM ecomap.assignments WHERE case_id = p_case AND login = session_user)
$$;

-- Consulting a case: recorded whether or not it is allowed; returns the case's
-- id, or NULL (refused like a missing case) after recording the attempt.
CREATE FUNCTION ecomap.consult(p_ref text, p_action text, p_detail text, p_write boolean)
    RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    found bigint;
    allowed boolean;
BEGIN
    IF p_action !~ '^[a-z]+$' THEN
        RAISE EXCEPTION 'not an action Ecomap records: %', p_action USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT id INTO found FROM ecomap.cases WHERE ref = p_ref;
    allowed := found IS NOT NULL AND CASE WHEN p_write THEN ecomap.may_write(found)
                                         ELSE ecomap.is_admin() OR found IN (SELECT ecomap.readable_cases()) END;
    INSERT INTO ecomap.audit (case_id, ref, action, detail)
        VALUES (found, p_ref, CASE WHEN allowed THEN p_action ELSE 'refused ' || p_action END, left(p_detail, 200));
    RETURN CASE WHEN allowed THEN found END;
END
$$;

CREATE FUNCTION ecomap.require_write(p_case bigint) RETURNS text LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    found text;
BEGIN
    SELECT ref INTO found FROM ecomap.cases WHERE id = p_case;
    IF found IS NULL OR NOT ecomap.may_write(p_case) THEN
        RAISE EXCEPTION 'you may not change this case' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN found;
END
$$;

CREATE FUNCTION ecomap.create_case(p_ref text, p_client text, p_worker text, p_notes text)
    RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    made bigint;
BEGIN
    IF NOT ecomap.is_admin() AND NOT EXISTS (SELECT 1 FROM ecomap.workers WHERE login = session_user) THEN
        RAISE EXCEPTION 'you are not a worker of this store' USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO ecomap.cases (ref, client, worker, notes) VALUES (p_ref, p_client, p_worker, p_notes)
        ON CONFLICT (ref) DO NOTHING RETURNING id INTO made;
    IF made IS NULL THEN
        RETURN NULL;  -- there is a case by that reference already (whether this login may see it or not)
    END IF;
    IF EXISTS (SELECT 1 FROM ecomap.workers WHERE login = session_user) THEN
        INSERT INTO ecomap.assignments (case_id, login) VALUES (made, session_user);
    END IF;
    INSERT INTO ecomap.audit (case_id, ref, action, detail) VALUES (made, p_ref, 'create', '');
    RETURN made;
END
$$;

CREATE FUNCTION ecomap.set_details(p_case bigint, p_client text, p_worker text, p_notes text)
    RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    case_ref text := ecomap.require_write(p_case);
BEGIN
    UPDATE ecomap.cases SET client = p_client, worker = p_worker, notes = p_notes WHERE id = p_case;
    INSERT INTO ecomap.audit (case_id, ref, action, detail) VALUES (p_case, case_ref, 'write', 'case details');
END
$$;

-- Lock the case row for the rest of the transaction; its version count and head.
CREATE FUNCTION ecomap.lock_case(p_case bigint, OUT versions integer, OUT head_sha256 text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM ecomap.require_write(p_case);
    SELECT c.versions, c.head_sha256 INTO versions, head_sha256 FROM ecomap.cases c WHERE c.id = p_case FOR UPDATE;
END
$$;

-- Append a version exactly as a copy kept elsewhere holds it (push): it must be the next one, with the
-- number and hash the chain gives it here, or nothing is appended.
CREATE FUNCTION ecomap.append_version(
    p_case bigint, p_number integer, p_label text, p_date text, p_note text, p_saved_at text,
    p_counts integer[], p_body bytea, p_prev_sha256 text, p_sha256 text
) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    appended record;
BEGIN
    SELECT * INTO appended FROM ecomap.append_next(p_case, p_label, p_date, p_note, p_saved_at, p_counts, p_body);
    IF appended.number <> p_number OR appended.sha256 <> p_sha256 THEN
        RAISE EXCEPTION 'version % (after %) does not follow the case''s chain', p_number, left(p_prev_sha256, 16)
            USING ERRCODE = 'EC409';
    END IF;
END
$$;

-- Append a version after the case's head, in one statement: the case row is locked, the number and the
-- previous hash taken from it, and the version's hash computed here as the file computes it.
CREATE FUNCTION ecomap.append_next(
    p_case bigint, p_label text, p_date text, p_note text, p_saved_at text, p_counts integer[], p_body bytea,
    OUT number integer, OUT sha256 text
) LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    case_ref text := ecomap.require_write(p_case);
    head ecomap.cases%ROWTYPE;
BEGIN
    SELECT * INTO head FROM ecomap.cases WHERE id = p_case FOR UPDATE;
    number := head.versions + 1;
    sha256 := encode(pg_catalog.sha256(convert_to(head.head_sha256, 'UTF8') || p_body), 'hex');
    INSERT INTO ecomap.versions (case_id, number, label, date, note, saved_at, nodes, ties, bonding, bridging,
                                 linking, strong, moderate, tenuous, stressful, domains, body, prev_sha256, sha256)
        VALUES (p_case, number, p_label, p_date, p_note, p_saved_at, p_counts[1], p_counts[2], p_counts[3],
                p_counts[4], p_counts[5], p_counts[6], p_counts[7], p_counts[8], p_counts[9], p_counts[10],
                p_body, head.head_sha256, sha256);
    INSERT INTO ecomap.audit (case_id, ref, action, detail) VALUES (p_case, case_ref, 'write', 'version ' || number);
END
$$;

-- Save the shared draft if nobody saved it since revision p_expected (NULL: do not check);
-- refused with SQLSTATE EC409 and 'login|time' of the last save otherwise. Returns the new revision.
CREATE FUNCTION ecomap.save_draft(p_case bigint, p_body bytea, p_based_on integer, p_saved_at text, p_expected integer)
    RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    case_ref text := ecomap.require_write(p_case);
    current ecomap.drafts%ROWTYPE;
BEGIN
    PERFORM 1 FROM ecomap.cases WHERE id = p_case FOR UPDATE;
    SELECT * INTO current FROM ecomap.drafts WHERE case_id = p_case;
    IF p_expected IS NOT NULL AND coalesce(current.revision, 0) <> p_expected THEN
        RAISE EXCEPTION 'the draft was changed by someone else'
            USING ERRCODE = 'EC409', DETAIL = current.saved_by || '|' || current.saved_at;
    END IF;
    INSERT INTO ecomap.drafts (case_id, body, based_on, saved_at, revision, saved_by)
        VALUES (p_case, p_body, p_based_on, p_saved_at, coalesce(current.revision, 0) + 1, session_user)
        ON CONFLICT (case_id) DO UPDATE SET body = EXCLUDED.body, based_on = EXCLUDED.based_on,
            saved_at = EXCLUDED.saved_at, revision = EXCLUDED.revision, saved_by = EXCLUDED.saved_by;
    DELETE FROM ecomap.autosaves WHERE case_id = p_case AND login = session_user;
    INSERT INTO ecomap.audit (case_id, ref, action, detail) VALUES (p_case, case_ref, 'write', 'draft');
    RETURN coalesce(current.revision, 0) + 1;
END
$$;

CREATE FUNCTION ecomap.clear_draft(p_case bigint) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    case_ref text := ecomap.require_write(p_case);
BEGIN
    DELETE FROM ecomap.drafts WHERE case_id = p_case;
    INSERT INTO ecomap.audit (case_id, ref, action, detail) VALUES (p_case, case_ref, 'write', 'draft cleared');
END
$$;

-- A login's own unsaved changes: not audited (nobody else sees them, and they are not the case record).
CREATE FUNCTION ecomap.keep_autosave(p_case bigint, p_body bytea, p_based_on integer, p_saved_at text)
    RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM ecomap.require_write(p_case);
    INSERT INTO ecomap.autosaves (case_id, login, body, based_on, saved_at)
        VALUES (p_case, session_user, p_body, p_based_on, p_saved_at)
        ON CONFLICT (case_id, login) DO UPDATE SET body = EXCLUDED.body, based_on = EXCLUDED.based_on,
            saved_at = EXCLUDED.saved_at;
END
$$;

CREATE FUNCTION ecomap.clear_autosave(p_case bigint) RETURNS void LANGUAGE sql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
    DELETE FROM ecomap.autosaves WHERE case_id = p_case AND login = session_user
$$;

-- Listing the cases one may see: recorded once per listing (which cases it showed is what RLS allowed).
CREATE FUNCTION ecomap.record_listing(p_count integer) RETURNS void LANGUAGE sql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
    INSERT INTO ecomap.audit (ref, action, detail) VALUES ('', 'list', p_count || ' cases')
$$;

-- Administration: admins only.
CREATE FUNCTION ecomap.require_admin() RETURNS void LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT ecomap.is_admin() THEN
        RAISE EXCEPTION 'only an Ecomap admin may do that' USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;

CREATE FUNCTION ecomap.set_worker(p_login name, p_team text, p_supervisor boolean) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM ecomap.require_admin();
    INSERT INTO ecomap.teams (name) VALUES (p_team) ON CONFLICT DO NOTHING;
    INSERT INTO ecomap.workers (login, team, supervisor) VALUES (p_login, p_team, p_supervisor)
        ON CONFLICT (login) DO UPDATE SET team = EXCLUDED.team, supervisor = EXCLUDED.supervisor;
    INSERT INTO ecomap.audit (ref, action, detail)
        VALUES ('', 'worker', p_login || ' in ' || p_team || CASE WHEN p_supervisor THEN ', supervisor' ELSE '' END);
END
$$;

-- Assign (or, with p_revoke, unassign) a worker to a case; false if nothing changed.
CREATE FUNCTION ecomap.assign(p_ref text, p_login name, p_revoke boolean) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    found bigint;
    changed integer;
BEGIN
    PERFORM ecomap.require_admin();
    SELECT id INTO found FROM ecomap.cases WHERE ref = p_ref;
    IF found IS NULL THEN
        RAISE EXCEPTION 'no case %', p_ref USING ERRCODE = 'EC404';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM ecomap.workers WHERE login = p_login) THEN
        RAISE EXCEPTION 'no worker %', p_login USING ERRCODE = 'EC405';
    END IF;
    IF p_revoke THEN
        DELETE FROM ecomap.assignments WHERE case_id = found AND login = p_login;
    ELSE
        INSERT INTO ecomap.assignments (case_id, login) VALUES (found, p_login) ON CONFLICT DO NOTHING;
    END IF;
    GET DIAGNOSTICS changed = ROW_COUNT;
    INSERT INTO ecomap.audit (case_id, ref, action, detail)
        VALUES (found, p_ref, CASE WHEN p_revoke THEN 'revoke' ELSE 'assign' END, p_login);
    RETURN changed > 0;
END
$$;

-- Row-level security, forced (an admin's test comes first, once per query: readable_cases() is a set
-- the planner cannot see into, and building it for every case costs an admin's every query): the owner's own policy is what lets the functions above work.
ALTER TABLE ecomap.schema_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE ecomap.teams ENABLE ROW LEVEL SECURITY;
ALTER TABLE ecomap.workers ENABLE ROW LEVEL SECURITY;
ALTER TABLE ecomap.cases ENABLE ROW LEVEL SECURITY;
ALTER TABLE ecomap.assignments ENABLE ROW LEVEL SECURITY;
ALTER TABLE ecomap.versions ENABLE ROW LEVEL SECURITY;
ALTER TABLE ecomap.drafts ENABLE ROW LEVEL SECURITY;
ALTER TABLE ecomap.autosaves ENABLE ROW LEVEL SECURITY;
ALTER TABLE ecomap.audit ENABLE ROW LEVEL SECURITY;
ALTER TABLE ecomap.schema_version FORCE ROW LEVEL SECURITY;
ALTER TABLE ecomap.teams FORCE ROW LEVEL SECURITY;
ALTER TABLE ecomap.workers FORCE ROW LEVEL SECURITY;
ALTER TABLE ecomap.cases FORCE ROW LEVEL SECURITY;
ALTER TABLE ecomap.assignments FORCE ROW LEVEL SECURITY;
ALTER TABLE ecomap.versions FORCE ROW LEVEL SECURITY;
ALTER TABLE ecomap.drafts FORCE ROW LEVEL SECURITY;
ALTER TABLE ecomap.autosaves FORCE ROW LEVEL SECURITY;
ALTER TABLE ecomap.audit FORCE ROW LEVEL SECURITY;

CREATE POLICY owner_all ON ecomap.schema_version TO ecomap_owner USING (true) WITH CHECK (true);
CREATE POLICY owner_all ON ecomap.teams TO ecomap_owner USING (true) WITH CHECK (true);
CREATE POLICY owner_all ON ecomap.workers TO ecomap_owner USING (true) WITH CHECK (true);
CREATE POLICY owner_all ON ecomap.cases TO ecomap_owner USING (true) WITH CHECK (true);
CREATE POLICY owner_all ON ecomap.assignments TO ecomap_owner USING (true) WITH CHECK (true);
CREATE POLICY owner_all ON ecomap.versions TO ecomap_owner USING (true) WITH CHECK (true);
CREATE POLICY owner_all ON ecomap.drafts TO ecomap_owner USING (true) WITH CHECK (true);
CREATE POLICY owner_all ON ecomap.autosaves TO ecomap_owner USING (true) WITH CHECK (true);
CREATE POLICY owner_all ON ecomap.audit TO ecomap_owner USING (true) WITH CHECK (true);

CREATE POLICY everyone_reads ON ecomap.schema_version FOR SELECT TO ecomap_worker, ecomap_supervisor, ecomap_admin
    USING (true);
CREATE POLICY everyone_reads ON ecomap.teams FOR SELECT TO ecomap_worker, ecomap_supervisor, ecomap_admin
    USING (true);
CREATE POLICY colleagues ON ecomap.workers FOR SELECT TO ecomap_worker, ecomap_supervisor, ecomap_admin
    USING (ecomap.is_admin() OR login IN (SELECT ecomap.visible_logins()));
CREATE POLICY own_cases ON ecomap.cases FOR SELECT TO ecomap_worker, ecomap_supervisor, ecomap_admin
    USING ((SELECT ecomap.is_admin()) OR id IN (SELECT ecomap.readable_cases()));
CREATE POLICY own_cases ON ecomap.assignments FOR SELECT TO ecomap_worker, ecomap_supervisor, ecomap_admin
    USING ((SELECT ecomap.is_admin()) OR case_id IN (SELECT ecomap.readable_cases()));
CREATE POLICY own_cases ON ecomap.versions FOR SELECT TO ecomap_worker, ecomap_supervisor, ecomap_admin
    USING ((SELECT ecomap.is_admin()) OR case_id IN (SELECT ecomap.readable_cases()));
CREATE POLICY own_cases ON ecomap.drafts FOR SELECT TO ecomap_worker, ecomap_supervisor, ecomap_admin
    USING ((SELECT ecomap.is_admin()) OR case_id IN (SELECT ecomap.readable_cases()));
CREATE POLICY own_changes ON ecomap.autosaves FOR SELECT TO ecomap_worker, ecomap_supervisor, ecomap_admin
    USING (login = session_user);
CREATE POLICY overseen ON ecomap.audit FOR SELECT TO ecomap_worker, ecomap_supervisor, ecomap_admin
    USING (ecomap.is_admin() OR who = session_user
           OR (pg_has_role(session_user, 'ecomap_supervisor', 'MEMBER') AND case_id IN (SELECT ecomap.readable_cases())));

-- Privileges: read the tables (as the policies allow), write only through the functions.
REVOKE ALL ON ALL TABLES IN SCHEMA ecomap FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA ecomap FROM PUBLIC;
GRANT USAGE ON SCHEMA ecomap TO ecomap_worker, ecomap_supervisor, ecomap_admin;
GRANT SELECT ON ALL TABLES IN SCHEMA ecomap TO ecomap_worker, ecomap_supervisor, ecomap_admin;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ecomap TO ecomap_worker, ecomap_supervisor, ecomap_admin;
