--
-- PostgreSQL database dump
--

\restrict oWJdPHZpfsTUZLBql5ncsybn7H07Zt1ZhcP24ZFl8MQhHILfVrVuzS5606HgPr6

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: audit_log_append_only(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.audit_log_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
            BEGIN
                RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP;
            END
            $$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: accounts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.accounts (
    id character varying(200) NOT NULL,
    country character varying(2),
    created_at timestamp with time zone,
    verified boolean NOT NULL,
    official boolean NOT NULL,
    source_version timestamp with time zone NOT NULL,
    first_seen_at timestamp with time zone NOT NULL,
    demo boolean NOT NULL
);


--
-- Name: COLUMN accounts.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.accounts.id IS 'platform''s id';


--
-- Name: COLUMN accounts.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.accounts.created_at IS 'on the platform';


--
-- Name: agencies; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.agencies (
    id uuid NOT NULL,
    name character varying(300) NOT NULL,
    country character varying(2) NOT NULL,
    kind character varying(40) NOT NULL,
    domains jsonb NOT NULL,
    signing_key_b64 character varying(64),
    callback_phone_encrypted text,
    created_at timestamp with time zone NOT NULL,
    demo boolean NOT NULL
);


--
-- Name: COLUMN agencies.domains; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.agencies.domains IS 'official e-mail domains';


--
-- Name: COLUMN agencies.signing_key_b64; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.agencies.signing_key_b64 IS 'raw 32-byte Ed25519 public key, base64';


--
-- Name: COLUMN agencies.callback_phone_encrypted; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.agencies.callback_phone_encrypted IS 'Fernet token of the pre-verified call-back number (E.164) for out-of-band checks';


--
-- Name: alembic_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.alembic_version (
    version_num character varying(32) NOT NULL
);


--
-- Name: api_keys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.api_keys (
    id uuid NOT NULL,
    key_sha256 character varying(64) NOT NULL,
    prefix character varying(16) NOT NULL,
    role character varying(40) NOT NULL,
    owner_id uuid,
    label character varying(200),
    created_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone,
    demo boolean NOT NULL
);


--
-- Name: COLUMN api_keys.prefix; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.api_keys.prefix IS 'first characters, to recognise it';


--
-- Name: COLUMN api_keys.owner_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.api_keys.owner_id IS 'agency, trusted flagger or platform the key acts for';


--
-- Name: appeals; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.appeals (
    id uuid NOT NULL,
    decision_id uuid NOT NULL,
    case_id uuid NOT NULL,
    appellant character varying(20) NOT NULL,
    statement_id uuid,
    notice_id uuid,
    explanation text NOT NULL,
    contact_email_encrypted text,
    submitted_at timestamp with time zone NOT NULL,
    status character varying(20) NOT NULL,
    open_key character varying(120),
    outcome character varying(30),
    reasoning text,
    decided_by character varying(120),
    decided_at timestamp with time zone
);


--
-- Name: COLUMN appeals.appellant; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.appeals.appellant IS 'affected_user | notifier';


--
-- Name: COLUMN appeals.status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.appeals.status IS 'open | decided';


--
-- Name: COLUMN appeals.open_key; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.appeals.open_key IS '<decision>:<statement or notice> while open: one open appeal per appellant';


--
-- Name: COLUMN appeals.outcome; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.appeals.outcome IS 'upheld | reversed | partially_reversed';


--
-- Name: audit_head; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_head (
    id integer NOT NULL,
    seq bigint NOT NULL,
    entry_hash character varying(64) NOT NULL
);


--
-- Name: audit_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_log (
    seq bigint NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    actor character varying(120) NOT NULL,
    action character varying(80) NOT NULL,
    subjects jsonb NOT NULL,
    snapshot jsonb NOT NULL,
    prev_hash character varying(64) NOT NULL,
    entry_hash character varying(64) NOT NULL
);


--
-- Name: COLUMN audit_log.seq; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.audit_log.seq IS 'Position in the chain, 1-based and gap-free.';


--
-- Name: COLUMN audit_log.actor; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.audit_log.actor IS 'kind:pseudonymous id';


--
-- Name: COLUMN audit_log.action; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.audit_log.action IS 'AuditTag, source:subject:action';


--
-- Name: COLUMN audit_log.subjects; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.audit_log.subjects IS 'role -> id';


--
-- Name: COLUMN audit_log.snapshot; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.audit_log.snapshot IS 'What changed, as ids and SHA-256 digests only.';


--
-- Name: COLUMN audit_log.prev_hash; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.audit_log.prev_hash IS 'entry_hash of seq - 1';


--
-- Name: COLUMN audit_log.entry_hash; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.audit_log.entry_hash IS 'SHA-256 of this entry''s canonical JSON (prev_hash included).';


--
-- Name: case_signals; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.case_signals (
    id uuid NOT NULL,
    case_id uuid NOT NULL,
    raised_at timestamp with time zone NOT NULL,
    source character varying(120) NOT NULL,
    category character varying(80) NOT NULL,
    category_specification jsonb NOT NULL,
    score double precision,
    automated boolean NOT NULL,
    details jsonb NOT NULL
);


--
-- Name: COLUMN case_signals.source; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.case_signals.source IS 'e.g. detection:pdq';


--
-- Name: COLUMN case_signals.details; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.case_signals.details IS 'ids and digests only';


--
-- Name: cases; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cases (
    id uuid NOT NULL,
    item_kind character varying(10) NOT NULL,
    item_id text NOT NULL,
    item_key character varying(64) NOT NULL,
    open_item_key character varying(64),
    status character varying(20) NOT NULL,
    opened_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    decided_at timestamp with time zone,
    decision_id uuid,
    tier integer NOT NULL,
    rank_key double precision NOT NULL,
    due_at timestamp with time zone NOT NULL,
    severity integer NOT NULL,
    category character varying(80) NOT NULL,
    reach double precision NOT NULL,
    trusted boolean NOT NULL,
    distinct_sources integer NOT NULL,
    notice_count integer NOT NULL,
    signal_count integer NOT NULL,
    priority jsonb NOT NULL,
    lease_holder character varying(120),
    lease_expires_at timestamp with time zone,
    demo boolean NOT NULL
);


--
-- Name: COLUMN cases.item_kind; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.cases.item_kind IS 'post | channel | account | url';


--
-- Name: COLUMN cases.item_key; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.cases.item_key IS 'SHA-256 of ''<kind>:<id>'', for lookups of long URLs';


--
-- Name: COLUMN cases.open_item_key; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.cases.open_item_key IS 'item_key while the case is undecided, NULL after: one undecided case per item';


--
-- Name: COLUMN cases.status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.cases.status IS 'open | pending_approval | decided';


--
-- Name: COLUMN cases.decision_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.cases.decision_id IS 'the latest decision (any status)';


--
-- Name: COLUMN cases.tier; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.cases.tier IS '2 critical (CSAM, terrorism) | 1 trusted flagger | 0 other | -1 only throttled or suspended sources';


--
-- Name: COLUMN cases.rank_key; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.cases.rank_key IS 'due - tau * ln(static score) - tier * 1e12 (epoch s): ascending order is tier first, then descending priority score at any instant';


--
-- Name: COLUMN cases.due_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.cases.due_at IS 'earliest SLA deadline';


--
-- Name: COLUMN cases.category; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.cases.category IS 'the most severe one reported';


--
-- Name: COLUMN cases.distinct_sources; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.cases.distinct_sources IS 'distinct counted sources (not throttled or suspended)';


--
-- Name: COLUMN cases.priority; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.cases.priority IS 'the static components, for the explanation';


--
-- Name: channels; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.channels (
    id character varying(200) NOT NULL,
    kind character varying(10) NOT NULL,
    title text NOT NULL,
    owner_id character varying(200),
    subscribers integer NOT NULL,
    public boolean NOT NULL,
    verified boolean NOT NULL,
    source_version timestamp with time zone NOT NULL,
    first_seen_at timestamp with time zone NOT NULL,
    demo boolean NOT NULL
);


--
-- Name: COLUMN channels.kind; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.channels.kind IS 'channel | group';


--
-- Name: console_sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.console_sessions (
    id uuid NOT NULL,
    token_sha256 character varying(64) NOT NULL,
    csrf_token character varying(64) NOT NULL,
    user_id uuid NOT NULL,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    closed_at timestamp with time zone
);


--
-- Name: decision_actions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.decision_actions (
    id uuid NOT NULL,
    decision_id uuid NOT NULL,
    "position" integer NOT NULL,
    kind character varying(30) NOT NULL,
    target_kind character varying(10) NOT NULL,
    target_id character varying(200) NOT NULL,
    affected_account_id character varying(200),
    countries jsonb NOT NULL,
    until timestamp with time zone,
    label_text character varying(200),
    ground_kind character varying(30) NOT NULL,
    ground_reference character varying(500) NOT NULL,
    ground_explanation text NOT NULL,
    status character varying(20) NOT NULL,
    reversed_at timestamp with time zone
);


--
-- Name: COLUMN decision_actions.kind; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.decision_actions.kind IS 'remove_post | restrict_post | suspend_account | terminate_account | ban_channel | label | quarantine_media';


--
-- Name: COLUMN decision_actions.target_kind; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.decision_actions.target_kind IS 'post | channel | account';


--
-- Name: COLUMN decision_actions.affected_account_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.decision_actions.affected_account_id IS 'who receives the statement of reasons';


--
-- Name: COLUMN decision_actions.ground_kind; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.decision_actions.ground_kind IS 'illegal_content | terms_of_service';


--
-- Name: COLUMN decision_actions.ground_reference; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.decision_actions.ground_reference IS 'the law or the terms clause cited';


--
-- Name: COLUMN decision_actions.status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.decision_actions.status IS 'planned | active | reversed | rejected (four-eyes refused)';


--
-- Name: decisions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.decisions (
    id uuid NOT NULL,
    case_id uuid NOT NULL,
    status character varying(20) NOT NULL,
    outcome character varying(20) NOT NULL,
    category character varying(80) NOT NULL,
    category_specification jsonb NOT NULL,
    explanation text NOT NULL,
    automated_decision character varying(40) NOT NULL,
    decided_by character varying(120) NOT NULL,
    decided_at timestamp with time zone NOT NULL,
    requires_approval boolean NOT NULL,
    approval_reasons jsonb NOT NULL,
    approved_by character varying(120),
    approved_at timestamp with time zone,
    rejected_by character varying(120),
    rejected_at timestamp with time zone,
    rejection_reason text,
    effective_at timestamp with time zone,
    reversed_at timestamp with time zone,
    evidence jsonb NOT NULL,
    evidence_sha256 character varying(64) NOT NULL
);


--
-- Name: COLUMN decisions.status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.decisions.status IS 'pending_approval | effective | rejected | reversed | partially_reversed';


--
-- Name: COLUMN decisions.outcome; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.decisions.outcome IS 'no_action | action';


--
-- Name: COLUMN decisions.explanation; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.decisions.explanation IS 'facts and circumstances';


--
-- Name: COLUMN decisions.automated_decision; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.decisions.automated_decision IS 'AUTOMATED_DECISION_*';


--
-- Name: COLUMN decisions.effective_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.decisions.effective_at IS 'when notifiers were informed: the appeal clock';


--
-- Name: COLUMN decisions.evidence; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.decisions.evidence IS 'what the decision was made on: ids, digests, counts';


--
-- Name: detection_bank_entries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.detection_bank_entries (
    id uuid NOT NULL,
    bank_id uuid NOT NULL,
    signal character varying(10) NOT NULL,
    value text NOT NULL,
    value_sha256 character varying(64) NOT NULL,
    added_at timestamp with time zone NOT NULL,
    added_by character varying(120) NOT NULL,
    quarantined_at timestamp with time zone,
    counted_since timestamp with time zone
);


--
-- Name: COLUMN detection_bank_entries.signal; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.detection_bank_entries.signal IS 'pdq|md5|sha256|url|domain|keyword|regex';


--
-- Name: COLUMN detection_bank_entries.value_sha256; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.detection_bank_entries.value_sha256 IS 'digest of value: the unique key';


--
-- Name: COLUMN detection_bank_entries.quarantined_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.detection_bank_entries.quarantined_at IS 'set: matches go to review, never act automatically';


--
-- Name: COLUMN detection_bank_entries.counted_since; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.detection_bank_entries.counted_since IS 'release time: hits before it no longer count';


--
-- Name: detection_banks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.detection_banks (
    id uuid NOT NULL,
    name character varying(100) NOT NULL,
    category character varying(80),
    source character varying(200),
    policy character varying(10) NOT NULL,
    enabled boolean NOT NULL,
    shadow boolean NOT NULL,
    allow_list boolean NOT NULL,
    irreversible_ok boolean NOT NULL,
    pdq_threshold integer NOT NULL,
    quarantine_threshold integer NOT NULL,
    quarantine_window_minutes integer NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: COLUMN detection_banks.category; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.detection_banks.category IS 'kit.dsa.StatementCategory value';


--
-- Name: COLUMN detection_banks.source; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.detection_banks.source IS 'where the list comes from, e.g. an NGO programme';


--
-- Name: COLUMN detection_banks.policy; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.detection_banks.policy IS 'act | review | tag';


--
-- Name: COLUMN detection_banks.quarantine_threshold; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.detection_banks.quarantine_threshold IS 'an act-bank entry matching more distinct posts than this in the window is quarantined';


--
-- Name: detection_behaviour_hits; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.detection_behaviour_hits (
    "window" character varying(20) NOT NULL,
    key character varying(200) NOT NULL,
    member character varying(200) NOT NULL,
    hit_at timestamp with time zone NOT NULL
);


--
-- Name: COLUMN detection_behaviour_hits."window"; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.detection_behaviour_hits."window" IS 'posting_burst | mass_joins | shared_link';


--
-- Name: COLUMN detection_behaviour_hits.key; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.detection_behaviour_hits.key IS 'account id, channel id or link digest';


--
-- Name: COLUMN detection_behaviour_hits.member; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.detection_behaviour_hits.member IS 'post id or account id';


--
-- Name: detection_entry_hits; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.detection_entry_hits (
    entry_id uuid NOT NULL,
    post_id character varying(200) NOT NULL,
    hit_at timestamp with time zone NOT NULL
);


--
-- Name: detection_rescanned_posts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.detection_rescanned_posts (
    bank_id uuid NOT NULL,
    bank_version character varying(40) NOT NULL,
    post_id character varying(200) NOT NULL,
    scanned_at timestamp with time zone NOT NULL
);


--
-- Name: detection_rescans; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.detection_rescans (
    id uuid NOT NULL,
    bank_id uuid NOT NULL,
    bank_name character varying(100) NOT NULL,
    bank_version character varying(40) NOT NULL,
    settings_sha256 character varying(64) NOT NULL,
    mode character varying(10) NOT NULL,
    entries_since timestamp with time zone,
    status character varying(10) NOT NULL,
    cursor character varying(200),
    total integer NOT NULL,
    scanned integer NOT NULL,
    matched integer NOT NULL,
    started_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone,
    last_error text
);


--
-- Name: COLUMN detection_rescans.bank_version; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.detection_rescans.bank_version IS 'the bank''s updated_at when the scan started';


--
-- Name: COLUMN detection_rescans.settings_sha256; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.detection_rescans.settings_sha256 IS 'digest of the bank''s matching settings (policy, category, ...)';


--
-- Name: COLUMN detection_rescans.mode; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.detection_rescans.mode IS 'entries: only entries newer than what a post was last scanned with count; full: the bank''s matching settings changed, every entry counts';


--
-- Name: COLUMN detection_rescans.entries_since; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.detection_rescans.entries_since IS 'entries mode: only entries added after this (the last finished rescan)';


--
-- Name: COLUMN detection_rescans.status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.detection_rescans.status IS 'running | done | superseded (the bank changed again)';


--
-- Name: detection_rule_outcomes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.detection_rule_outcomes (
    id uuid NOT NULL,
    event_id character varying(200) NOT NULL,
    post_id character varying(200) NOT NULL,
    rule_id character varying(100) NOT NULL,
    rules_version character varying(64) NOT NULL,
    outcome character varying(10) NOT NULL,
    shadow boolean NOT NULL,
    details jsonb NOT NULL,
    decided_at timestamp with time zone NOT NULL
);


--
-- Name: COLUMN detection_rule_outcomes.outcome; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.detection_rule_outcomes.outcome IS 'act | review | tag';


--
-- Name: COLUMN detection_rule_outcomes.details; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.detection_rule_outcomes.details IS 'banks, entry digests, guard, signal, decision; no content';


--
-- Name: detection_scans; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.detection_scans (
    event_id character varying(200) NOT NULL,
    post_id character varying(200) NOT NULL,
    verdict character varying(10) NOT NULL,
    signals_raised integer NOT NULL,
    scanned_at timestamp with time zone NOT NULL
);


--
-- Name: COLUMN detection_scans.post_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.detection_scans.post_id IS 'indexed: retro-scans skip posts scanned since a change';


--
-- Name: COLUMN detection_scans.verdict; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.detection_scans.verdict IS 'act | review | tag | none';


--
-- Name: disputes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.disputes (
    id uuid NOT NULL,
    decision_id uuid NOT NULL,
    appeal_id uuid,
    body_name character varying(300) NOT NULL,
    body_reference character varying(200),
    submitted_at timestamp with time zone NOT NULL,
    recorded_by character varying(120) NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    status character varying(20) NOT NULL,
    outcome character varying(30),
    outcome_at timestamp with time zone,
    implemented boolean,
    implemented_at timestamp with time zone,
    notes text
);


--
-- Name: COLUMN disputes.body_name; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.disputes.body_name IS 'the certified ODS body';


--
-- Name: COLUMN disputes.submitted_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.disputes.submitted_at IS 'to the body';


--
-- Name: COLUMN disputes.status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.disputes.status IS 'open | decided | withdrawn';


--
-- Name: COLUMN disputes.outcome; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.disputes.outcome IS 'upheld | reversed | partially_reversed | omitted (no decision reached)';


--
-- Name: enforcement_actions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.enforcement_actions (
    id uuid NOT NULL,
    decision_id uuid,
    legal_request_id uuid,
    decision_action_id uuid,
    kind character varying(30) NOT NULL,
    target_kind character varying(10) NOT NULL,
    target_id character varying(200) NOT NULL,
    params jsonb NOT NULL,
    after_id uuid,
    reverses_id uuid,
    status character varying(20) NOT NULL,
    attempts integer NOT NULL,
    next_attempt_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    done_at timestamp with time zone,
    detail text,
    adapter character varying(60),
    claimed_by character varying(36),
    claimed_until timestamp with time zone
);


--
-- Name: COLUMN enforcement_actions.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.enforcement_actions.id IS 'also the idempotency key sent to the platform';


--
-- Name: COLUMN enforcement_actions.decision_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.enforcement_actions.decision_id IS 'the decision it carries out; NULL for a legal request''s effect';


--
-- Name: COLUMN enforcement_actions.legal_request_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.enforcement_actions.legal_request_id IS 'the authority order it carries out (gateway effect); NULL for a decision';


--
-- Name: COLUMN enforcement_actions.kind; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.enforcement_actions.kind IS 'remove_post | restrict_post | suspend_account | terminate_account | ban_channel | label | quarantine_media | notify_user | reverse';


--
-- Name: COLUMN enforcement_actions.after_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.enforcement_actions.after_id IS 'run only once this action has been applied';


--
-- Name: COLUMN enforcement_actions.status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.enforcement_actions.status IS 'pending | applied | already_applied | failed | not_supported | cancelled';


--
-- Name: COLUMN enforcement_actions.claimed_by; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.enforcement_actions.claimed_by IS 'the dispatch pass making the call now';


--
-- Name: COLUMN enforcement_actions.claimed_until; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.enforcement_actions.claimed_until IS 'lease: other processes leave the row alone until then (a crash frees it)';


--
-- Name: ingested_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ingested_events (
    event_id character varying(200) NOT NULL,
    type character varying(40) NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    received_at timestamp with time zone NOT NULL,
    payload_sha256 character varying(64) NOT NULL,
    source character varying(120) NOT NULL
);


--
-- Name: COLUMN ingested_events.source; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.ingested_events.source IS 'actor that delivered it';


--
-- Name: installation_facts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.installation_facts (
    name character varying(100) NOT NULL,
    value text NOT NULL,
    set_at timestamp with time zone NOT NULL
);


--
-- Name: item_labels; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.item_labels (
    id uuid NOT NULL,
    item_kind character varying(10) NOT NULL,
    item_id character varying(200) NOT NULL,
    label character varying(60) NOT NULL,
    note text,
    added_by character varying(120) NOT NULL,
    added_at timestamp with time zone NOT NULL
);


--
-- Name: COLUMN item_labels.item_kind; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.item_labels.item_kind IS 'post | channel | account';


--
-- Name: COLUMN item_labels.label; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.item_labels.label IS 'kit.labels.Label';


--
-- Name: legal_deferred_notices; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.legal_deferred_notices (
    id uuid NOT NULL,
    request_id uuid NOT NULL,
    account_id character varying(200) NOT NULL,
    message text NOT NULL,
    due_at timestamp with time zone,
    state character varying(20) NOT NULL,
    enforcement_action_id uuid,
    created_at timestamp with time zone NOT NULL,
    reviewed_at timestamp with time zone,
    delivered_at timestamp with time zone,
    delivered_by character varying(120)
);


--
-- Name: COLUMN legal_deferred_notices.message; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_deferred_notices.message IS 'what the user will be told';


--
-- Name: COLUMN legal_deferred_notices.due_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_deferred_notices.due_at IS 'the day the gag ends; NULL = periodic review';


--
-- Name: COLUMN legal_deferred_notices.state; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_deferred_notices.state IS 'waiting | delivered';


--
-- Name: legal_disclosures; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.legal_disclosures (
    id uuid NOT NULL,
    request_id uuid NOT NULL,
    fields jsonb NOT NULL,
    content_encrypted text NOT NULL,
    content_sha256 character varying(64) NOT NULL,
    signature_b64 text,
    state character varying(20) NOT NULL,
    prepared_by character varying(120) NOT NULL,
    prepared_at timestamp with time zone NOT NULL,
    approved_by character varying(120),
    released_at timestamp with time zone,
    expires_at timestamp with time zone,
    downloads integer NOT NULL
);


--
-- Name: COLUMN legal_disclosures.fields; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_disclosures.fields IS 'data fields it holds';


--
-- Name: COLUMN legal_disclosures.content_encrypted; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_disclosures.content_encrypted IS 'Fernet token of the canonical JSON of the package';


--
-- Name: COLUMN legal_disclosures.signature_b64; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_disclosures.signature_b64 IS 'Ed25519 over the SHA-256 hex digest, set at release';


--
-- Name: COLUMN legal_disclosures.state; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_disclosures.state IS 'pending_approval | released';


--
-- Name: legal_holds; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.legal_holds (
    id uuid NOT NULL,
    subject_kind character varying(20) NOT NULL,
    subject_id character varying(200) NOT NULL,
    reason text NOT NULL,
    reference character varying(200),
    held_until timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    created_by character varying(120) NOT NULL,
    released_at timestamp with time zone,
    released_by character varying(120),
    details jsonb NOT NULL
);


--
-- Name: COLUMN legal_holds.subject_kind; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_holds.subject_kind IS 'post | account | channel';


--
-- Name: COLUMN legal_holds.reason; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_holds.reason IS 'legal ground, e.g. TCO Art. 6';


--
-- Name: COLUMN legal_holds.reference; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_holds.reference IS 'request or case id that caused the hold';


--
-- Name: legal_request_answers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.legal_request_answers (
    id uuid NOT NULL,
    request_id uuid NOT NULL,
    answer character varying(30) NOT NULL,
    scope character varying(30) NOT NULL,
    reasons jsonb NOT NULL,
    what_and_why text,
    missing jsonb NOT NULL,
    followed_proposal boolean NOT NULL,
    override_reason text,
    assessment_id uuid,
    proposal_digest character varying(64),
    policy_version character varying(40),
    answered_at timestamp with time zone NOT NULL,
    answered_by character varying(120) NOT NULL,
    late boolean NOT NULL
);


--
-- Name: COLUMN legal_request_answers.answer; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_request_answers.answer IS 'complied | partially_complied | refused | need_more_info';


--
-- Name: COLUMN legal_request_answers.scope; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_request_answers.scope IS 'global | requesting_country | none';


--
-- Name: COLUMN legal_request_answers.reasons; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_request_answers.reasons IS '[{rule, text}]';


--
-- Name: COLUMN legal_request_answers.missing; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_request_answers.missing IS '[{field, need}] for need_more_info';


--
-- Name: COLUMN legal_request_answers.proposal_digest; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_request_answers.proposal_digest IS 'the proposal the answer followed or overrode';


--
-- Name: COLUMN legal_request_answers.late; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_request_answers.late IS 'given after the deadline';


--
-- Name: legal_request_assessments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.legal_request_assessments (
    id uuid NOT NULL,
    request_id uuid NOT NULL,
    at timestamp with time zone NOT NULL,
    trigger character varying(40) NOT NULL,
    proposal jsonb,
    engine_input_sha256 character varying(64),
    proposal_digest character varying(64),
    policy_version character varying(40) NOT NULL,
    policy_digest character varying(64) NOT NULL,
    note text
);


--
-- Name: COLUMN legal_request_assessments.trigger; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_request_assessments.trigger IS 'receipt | supplement | callback | release';


--
-- Name: COLUMN legal_request_assessments.proposal; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_request_assessments.proposal IS 'the engine''s Assessment; NULL when it cannot run';


--
-- Name: legal_request_attachments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.legal_request_attachments (
    id uuid NOT NULL,
    request_id uuid NOT NULL,
    supplement_id uuid,
    "position" integer NOT NULL,
    filename character varying(200) NOT NULL,
    content_type character varying(100) NOT NULL,
    size integer NOT NULL,
    sha256 character varying(64) NOT NULL,
    content_encrypted text NOT NULL,
    received_at timestamp with time zone NOT NULL
);


--
-- Name: COLUMN legal_request_attachments.sha256; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_request_attachments.sha256 IS 'of the decoded bytes';


--
-- Name: COLUMN legal_request_attachments.content_encrypted; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_request_attachments.content_encrypted IS 'Fernet token of the base64 of the bytes';


--
-- Name: legal_request_callbacks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.legal_request_callbacks (
    id uuid NOT NULL,
    request_id uuid NOT NULL,
    agency_id uuid NOT NULL,
    phone_encrypted text NOT NULL,
    phone_sha256 character varying(64) NOT NULL,
    outcome character varying(20) NOT NULL,
    note_encrypted text,
    at timestamp with time zone NOT NULL,
    by character varying(120) NOT NULL
);


--
-- Name: COLUMN legal_request_callbacks.phone_encrypted; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_request_callbacks.phone_encrypted IS 'the number dialled, copied from the agency record (never the request)';


--
-- Name: COLUMN legal_request_callbacks.outcome; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_request_callbacks.outcome IS 'confirmed | not_confirmed';


--
-- Name: legal_request_escalations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.legal_request_escalations (
    id uuid NOT NULL,
    request_id uuid NOT NULL,
    level character varying(20) NOT NULL,
    at timestamp with time zone NOT NULL,
    deadline_at timestamp with time zone NOT NULL,
    clock_started_at timestamp with time zone NOT NULL
);


--
-- Name: COLUMN legal_request_escalations.level; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_request_escalations.level IS '50% | 90% | missed';


--
-- Name: legal_request_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.legal_request_events (
    id uuid NOT NULL,
    request_id uuid NOT NULL,
    seq integer NOT NULL,
    kind character varying(40) NOT NULL,
    status character varying(20) NOT NULL,
    at timestamp with time zone NOT NULL,
    actor character varying(120) NOT NULL,
    details jsonb NOT NULL
);


--
-- Name: COLUMN legal_request_events.status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_request_events.status IS 'the request''s status after it';


--
-- Name: COLUMN legal_request_events.details; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_request_events.details IS 'ids, levels, digests: no personal data';


--
-- Name: legal_request_supplements; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.legal_request_supplements (
    id uuid NOT NULL,
    request_id uuid NOT NULL,
    idempotency_key character varying(200),
    body_sha256 character varying(64) NOT NULL,
    statement_encrypted text,
    amended jsonb NOT NULL,
    received_at timestamp with time zone NOT NULL,
    submitted_by character varying(120) NOT NULL,
    verification character varying(40) NOT NULL,
    restarted_clock boolean NOT NULL
);


--
-- Name: COLUMN legal_request_supplements.amended; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_request_supplements.amended IS 'the amended fields and their new values (statement excluded)';


--
-- Name: legal_requests; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.legal_requests (
    id uuid NOT NULL,
    agency_id uuid,
    submitted_by character varying(120) NOT NULL,
    idempotency_key character varying(200),
    body_sha256 character varying(64) NOT NULL,
    type character varying(40) NOT NULL,
    reference character varying(200),
    legal_instrument character varying(20) NOT NULL,
    legal_process character varying(20) NOT NULL,
    legal_basis text,
    offence_category character varying(80),
    offence_keywords jsonb NOT NULL,
    judicial_authorisation boolean NOT NULL,
    urgency character varying(20) NOT NULL,
    threat_to_life boolean NOT NULL,
    gag_order boolean NOT NULL,
    gag_order_until date,
    statement_encrypted text NOT NULL,
    statement_sha256 character varying(64) NOT NULL,
    targets jsonb NOT NULL,
    data_requested jsonb NOT NULL,
    verification character varying(40) NOT NULL,
    sender_verified boolean NOT NULL,
    held boolean NOT NULL,
    flags jsonb NOT NULL,
    oob_verified_at timestamp with time zone,
    received_at timestamp with time zone NOT NULL,
    clock_started_at timestamp with time zone NOT NULL,
    deadline_duration character varying(20) NOT NULL,
    deadline_basis text NOT NULL,
    deadline_at timestamp with time zone NOT NULL,
    escalation_level integer NOT NULL,
    next_escalation_at timestamp with time zone,
    deadline_missed_at timestamp with time zone,
    status character varying(20) NOT NULL,
    assessment_id uuid,
    answer_id uuid,
    answered_at timestamp with time zone,
    effect_planned_at timestamp with time zone,
    effect_given_at timestamp with time zone,
    auto_executed boolean NOT NULL,
    after_review_at timestamp with time zone,
    after_review_by character varying(120),
    last_event_seq integer NOT NULL,
    status_token_sha256 character varying(64) NOT NULL,
    receipt jsonb NOT NULL,
    CONSTRAINT ck_legal_requests_answered_has_answer CHECK ((((status)::text <> 'answered'::text) OR ((answer_id IS NOT NULL) AND (answered_at IS NOT NULL))))
);


--
-- Name: COLUMN legal_requests.agency_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_requests.agency_id IS 'the sending agency; NULL when the sender is no onboarded agency (held)';


--
-- Name: COLUMN legal_requests.submitted_by; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_requests.submitted_by IS 'actor ref of the sender';


--
-- Name: COLUMN legal_requests.body_sha256; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_requests.body_sha256 IS 'SHA-256 of the canonical JSON of the submitted body';


--
-- Name: COLUMN legal_requests.statement_encrypted; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_requests.statement_encrypted IS 'Fernet token of the authority''s statement';


--
-- Name: COLUMN legal_requests.targets; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_requests.targets IS 'as sent ({kind, id} or {url}) plus `resolved` {kind, id} for links found';


--
-- Name: COLUMN legal_requests.verification; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_requests.verification IS 'api_key | api_key+signature | console_totp | none';


--
-- Name: COLUMN legal_requests.held; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_requests.held IS 'flagged: never acted on automatically';


--
-- Name: COLUMN legal_requests.flags; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_requests.flags IS 'anti-fraud findings [{code, detail}] (internal, never shown to agency)';


--
-- Name: COLUMN legal_requests.oob_verified_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_requests.oob_verified_at IS 'a legal officer confirmed the request by call-back to the agency record''s number';


--
-- Name: COLUMN legal_requests.clock_started_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_requests.clock_started_at IS 'receipt, or the supplement that answered need_more_info';


--
-- Name: COLUMN legal_requests.deadline_duration; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_requests.deadline_duration IS 'ISO 8601, from policy';


--
-- Name: COLUMN legal_requests.escalation_level; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_requests.escalation_level IS '0 none, 1 at 50%, 2 at 90%, 3 deadline missed';


--
-- Name: COLUMN legal_requests.next_escalation_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_requests.next_escalation_at IS 'when the escalation job next looks; NULL: never';


--
-- Name: COLUMN legal_requests.deadline_missed_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_requests.deadline_missed_at IS 'set once when a deadline passed unanswered';


--
-- Name: COLUMN legal_requests.status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_requests.status IS 'received | held | acknowledged | under_assessment | answered';


--
-- Name: COLUMN legal_requests.answer_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_requests.answer_id IS 'the latest answer; required when status is answered';


--
-- Name: COLUMN legal_requests.effect_planned_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_requests.effect_planned_at IS 'a complied order''s platform calls were planned';


--
-- Name: COLUMN legal_requests.effect_given_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_requests.effect_given_at IS 'when the platform carried out the order (reported to the authority, Art. 9)';


--
-- Name: COLUMN legal_requests.auto_executed; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_requests.auto_executed IS 'answered and executed at receipt by the policy';


--
-- Name: COLUMN legal_requests.after_review_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_requests.after_review_at IS 'a legal officer reviewed the automatic execution';


--
-- Name: COLUMN legal_requests.last_event_seq; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_requests.last_event_seq IS 'seq of the latest timeline event (taken under the row lock)';


--
-- Name: COLUMN legal_requests.status_token_sha256; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_requests.status_token_sha256 IS 'SHA-256 of the status URL''s secret token';


--
-- Name: COLUMN legal_requests.receipt; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.legal_requests.receipt IS 'the first receipt, replayed for a repeated Idempotency-Key';


--
-- Name: media; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.media (
    post_id character varying(200) NOT NULL,
    id character varying(200) NOT NULL,
    "position" integer NOT NULL,
    kind character varying(10) NOT NULL,
    mime character varying(200),
    sha256 character varying(64),
    md5 character varying(32),
    pdq character varying(64),
    url text
);


--
-- Name: memberships; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.memberships (
    channel_id character varying(200) NOT NULL,
    account_id character varying(200) NOT NULL,
    joined_at timestamp with time zone,
    left_at timestamp with time zone,
    source_version timestamp with time zone NOT NULL
);


--
-- Name: notices; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.notices (
    id uuid NOT NULL,
    received_at timestamp with time zone NOT NULL,
    source_type character varying(40) NOT NULL,
    flagger_id uuid,
    api_key_id uuid,
    source_key character varying(80) NOT NULL,
    location_kind character varying(10) NOT NULL,
    location_id character varying(200),
    location_url text,
    item_kind character varying(10) NOT NULL,
    item_id text NOT NULL,
    category character varying(80) NOT NULL,
    category_specification jsonb NOT NULL,
    explanation text NOT NULL,
    notifier_name_encrypted text,
    notifier_email_encrypted text,
    good_faith boolean NOT NULL,
    handling character varying(20) NOT NULL,
    sla_due_at timestamp with time zone NOT NULL,
    case_id uuid,
    status_token_sha256 character varying(64) NOT NULL,
    idempotency_scope character varying(80),
    idempotency_digest character varying(64),
    body_sha256 character varying(64) NOT NULL,
    manifestly_unfounded boolean NOT NULL,
    demo boolean NOT NULL
);


--
-- Name: COLUMN notices.source_type; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.notices.source_type IS 'DSA source_type: SOURCE_ARTICLE_16 | SOURCE_TRUSTED_FLAGGER';


--
-- Name: COLUMN notices.api_key_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.notices.api_key_id IS 'the key a trusted flagger sent it with';


--
-- Name: COLUMN notices.source_key; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.notices.source_key IS 'flagger:<id> | email:<keyed digest> | client:<keyed digest>';


--
-- Name: COLUMN notices.location_kind; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.notices.location_kind IS 'as given: post | channel | group | account | url';


--
-- Name: COLUMN notices.item_kind; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.notices.item_kind IS 'post | channel | account | url';


--
-- Name: COLUMN notices.category; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.notices.category IS 'STATEMENT_CATEGORY_*';


--
-- Name: COLUMN notices.category_specification; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.notices.category_specification IS 'KEYWORD_*';


--
-- Name: COLUMN notices.handling; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.notices.handling IS 'normal | throttled (over the source''s hourly budget: adds no priority) | suspended_source (Art. 23: not processed, unless critical)';


--
-- Name: COLUMN notices.case_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.notices.case_id IS 'NULL when not processed';


--
-- Name: COLUMN notices.idempotency_scope; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.notices.idempotency_scope IS 'api_key:<id> or anonymous';


--
-- Name: COLUMN notices.idempotency_digest; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.notices.idempotency_digest IS 'SHA-256 of the key (flagger) or of key + body digest (anonymous)';


--
-- Name: COLUMN notices.body_sha256; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.notices.body_sha256 IS 'canonical JSON of the body';


--
-- Name: COLUMN notices.manifestly_unfounded; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.notices.manifestly_unfounded IS 'set by the decision that rejected it (Art. 23)';


--
-- Name: notifications; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.notifications (
    id uuid NOT NULL,
    purpose character varying(40) NOT NULL,
    recipient_encrypted text,
    subject character varying(300) NOT NULL,
    body_encrypted text,
    related jsonb NOT NULL,
    status character varying(20) NOT NULL,
    attempts integer NOT NULL,
    next_attempt_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    sent_at timestamp with time zone,
    last_error text,
    adapter character varying(60),
    claimed_by character varying(36),
    claimed_until timestamp with time zone
);


--
-- Name: COLUMN notifications.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.notifications.id IS 'also the idempotency key (Message-ID)';


--
-- Name: COLUMN notifications.purpose; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.notifications.purpose IS 'notice_receipt | notice_outcome | appeal_outcome | ...';


--
-- Name: COLUMN notifications.recipient_encrypted; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.notifications.recipient_encrypted IS 'erased after delivery';


--
-- Name: COLUMN notifications.body_encrypted; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.notifications.body_encrypted IS 'Fernet token: bodies carry secret links; erased after delivery';


--
-- Name: COLUMN notifications.related; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.notifications.related IS 'ids';


--
-- Name: COLUMN notifications.status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.notifications.status IS 'pending | sent | dead';


--
-- Name: COLUMN notifications.claimed_by; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.notifications.claimed_by IS 'the delivery pass sending it now';


--
-- Name: COLUMN notifications.claimed_until; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.notifications.claimed_until IS 'lease: other processes leave the row alone until then (a crash frees it)';


--
-- Name: outbound_reports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.outbound_reports (
    id uuid NOT NULL,
    kind character varying(20) NOT NULL,
    decision_id uuid,
    case_id uuid,
    item_kind character varying(10) NOT NULL,
    item_id character varying(200) NOT NULL,
    country character varying(2),
    recipient_key character varying(40) NOT NULL,
    recipient_name character varying(300) NOT NULL,
    recipient_email character varying(320) NOT NULL,
    recipient_why text NOT NULL,
    data_encrypted text NOT NULL,
    data_sha256 character varying(64) NOT NULL,
    hold_ids jsonb NOT NULL,
    held_until timestamp with time zone NOT NULL,
    status character varying(20) NOT NULL,
    timeline jsonb NOT NULL,
    notification_id uuid,
    recipient_reference character varying(200),
    created_by character varying(120) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    sent_at timestamp with time zone,
    acknowledged_at timestamp with time zone
);


--
-- Name: COLUMN outbound_reports.kind; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.outbound_reports.kind IS 'art18_threat | tco_art14_5 | ncmec_csam';


--
-- Name: COLUMN outbound_reports.country; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.outbound_reports.country IS 'the member state it was attributed to, if any';


--
-- Name: COLUMN outbound_reports.recipient_key; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.outbound_reports.recipient_key IS 'registry key, e.g. DE, EUROPOL';


--
-- Name: COLUMN outbound_reports.data_encrypted; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.outbound_reports.data_encrypted IS 'Fernet token of the canonical JSON of the minimum data';


--
-- Name: COLUMN outbound_reports.status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.outbound_reports.status IS 'created | sent | acknowledged | failed';


--
-- Name: COLUMN outbound_reports.timeline; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.outbound_reports.timeline IS '[{event, at, by, note}] append-only';


--
-- Name: outbox; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.outbox (
    "position" bigint NOT NULL,
    id character varying(36) NOT NULL,
    topic character varying(120) NOT NULL,
    key character varying(200),
    payload jsonb NOT NULL,
    created_at timestamp with time zone NOT NULL,
    published_at timestamp with time zone,
    attempts integer NOT NULL,
    next_attempt_at timestamp with time zone,
    dead_at timestamp with time zone,
    last_error text
);


--
-- Name: COLUMN outbox.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.outbox.id IS 'message id for dedup';


--
-- Name: COLUMN outbox.dead_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.outbox.dead_at IS 'set after MAX_ATTEMPTS failures; shown to admins';


--
-- Name: outbox_position_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.outbox_position_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: outbox_position_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.outbox_position_seq OWNED BY public.outbox."position";


--
-- Name: posts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.posts (
    id character varying(200) NOT NULL,
    channel_id character varying(200),
    author_id character varying(200),
    text text,
    text_sha256 character varying(64),
    posted_at timestamp with time zone,
    edited_at timestamp with time zone,
    deleted_at timestamp with time zone,
    purged_at timestamp with time zone,
    sealed_sha256 character varying(64),
    source_version timestamp with time zone NOT NULL,
    first_seen_at timestamp with time zone NOT NULL,
    demo boolean NOT NULL
);


--
-- Name: COLUMN posts.text; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.posts.text IS 'NULL once purged';


--
-- Name: COLUMN posts.deleted_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.posts.deleted_at IS 'deleted on the platform';


--
-- Name: COLUMN posts.purged_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.posts.purged_at IS 'stored copy erased';


--
-- Name: COLUMN posts.sealed_sha256; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.posts.sealed_sha256 IS 'set when a deleted post is kept under a legal hold: digest of the kept copy';


--
-- Name: preservation_snapshots; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.preservation_snapshots (
    id uuid NOT NULL,
    request_id uuid NOT NULL,
    basis character varying(20) NOT NULL,
    targets jsonb NOT NULL,
    content_encrypted text,
    content_sha256 character varying(64) NOT NULL,
    hold_ids jsonb NOT NULL,
    held_until timestamp with time zone NOT NULL,
    extensions integer NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by character varying(120) NOT NULL,
    purged_at timestamp with time zone
);


--
-- Name: COLUMN preservation_snapshots.basis; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.preservation_snapshots.basis IS 'epoc_pr | us_sca | tco | other';


--
-- Name: COLUMN preservation_snapshots.targets; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.preservation_snapshots.targets IS '[{kind, id}]';


--
-- Name: COLUMN preservation_snapshots.content_encrypted; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.preservation_snapshots.content_encrypted IS 'Fernet token of the canonical JSON; NULL once purged';


--
-- Name: COLUMN preservation_snapshots.content_sha256; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.preservation_snapshots.content_sha256 IS 'the seal';


--
-- Name: process_heartbeats; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.process_heartbeats (
    id character varying(120) NOT NULL,
    kind character varying(20) NOT NULL,
    roles character varying(200) NOT NULL,
    host character varying(200) NOT NULL,
    pid integer NOT NULL,
    started_at timestamp with time zone NOT NULL,
    seen_at timestamp with time zone NOT NULL,
    processed bigint NOT NULL,
    errors bigint NOT NULL,
    leader boolean NOT NULL,
    state character varying(20) NOT NULL
);


--
-- Name: COLUMN process_heartbeats.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.process_heartbeats.id IS 'host:pid:nonce';


--
-- Name: COLUMN process_heartbeats.kind; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.process_heartbeats.kind IS 'api | worker';


--
-- Name: COLUMN process_heartbeats.roles; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.process_heartbeats.roles IS 'comma-separated: detection, enforcement, notify, scheduler';


--
-- Name: COLUMN process_heartbeats.leader; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.process_heartbeats.leader IS 'holds the scheduler lock';


--
-- Name: COLUMN process_heartbeats.state; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.process_heartbeats.state IS 'running | stopping | stopped';


--
-- Name: published_reports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.published_reports (
    date character varying(10) NOT NULL,
    tree_size integer NOT NULL,
    root character varying(64) NOT NULL,
    previous_root character varying(64),
    published_at timestamp with time zone NOT NULL,
    numbers jsonb NOT NULL,
    files jsonb NOT NULL
);


--
-- Name: COLUMN published_reports.date; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.published_reports.date IS 'YYYY-MM-DD (UTC)';


--
-- Name: COLUMN published_reports.root; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.published_reports.root IS 'hex Merkle root (RFC 9162)';


--
-- Name: COLUMN published_reports.numbers; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.published_reports.numbers IS 'report.json parsed: the index page''s trends read it';


--
-- Name: COLUMN published_reports.files; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.published_reports.files IS 'file name -> exact UTF-8 text of report.json, leaves.jsonl, ...';


--
-- Name: qa_reviews; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.qa_reviews (
    id uuid NOT NULL,
    decision_id uuid NOT NULL,
    sample_day character varying(10) NOT NULL,
    sampled_at timestamp with time zone NOT NULL,
    automated_outcome character varying(20) NOT NULL,
    category character varying(80) NOT NULL,
    source character varying(40) NOT NULL,
    status character varying(10) NOT NULL,
    reviewer_outcome character varying(20),
    reviewer_category character varying(80),
    agreed boolean,
    note text,
    reviewed_by character varying(120),
    reviewed_at timestamp with time zone
);


--
-- Name: COLUMN qa_reviews.decision_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.qa_reviews.decision_id IS 'one QA review per decision';


--
-- Name: COLUMN qa_reviews.sample_day; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.qa_reviews.sample_day IS 'YYYY-MM-DD (UTC)';


--
-- Name: COLUMN qa_reviews.automated_outcome; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.qa_reviews.automated_outcome IS 'no_action | action';


--
-- Name: COLUMN qa_reviews.source; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.qa_reviews.source IS 'the report''s source of the decision';


--
-- Name: COLUMN qa_reviews.status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.qa_reviews.status IS 'open | done';


--
-- Name: source_sanctions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.source_sanctions (
    id uuid NOT NULL,
    source_key character varying(80) NOT NULL,
    flagger_id uuid,
    kind character varying(20) NOT NULL,
    ground character varying(60) NOT NULL,
    reason text NOT NULL,
    evidence jsonb NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone,
    created_by character varying(120) NOT NULL,
    lifted_at timestamp with time zone,
    lifted_by character varying(120),
    lift_reason text
);


--
-- Name: COLUMN source_sanctions.kind; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.source_sanctions.kind IS 'warning | suspension';


--
-- Name: COLUMN source_sanctions.ground; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.source_sanctions.ground IS 'manifestly_unfounded_notices | manifestly_unfounded_complaints';


--
-- Name: COLUMN source_sanctions.evidence; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.source_sanctions.evidence IS 'counts and notice ids the measure rests on';


--
-- Name: statements; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.statements (
    id uuid NOT NULL,
    puid character varying(100) NOT NULL,
    decision_id uuid NOT NULL,
    decision_action_id uuid NOT NULL,
    account_id character varying(200),
    token_sha256 character varying(64) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    delivered_at timestamp with time zone,
    reversed_at timestamp with time zone,
    elements jsonb NOT NULL,
    dsa jsonb NOT NULL,
    text text NOT NULL
);


--
-- Name: COLUMN statements.puid; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.statements.puid IS 'platform unique id for the Transparency Database';


--
-- Name: COLUMN statements.account_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.statements.account_id IS 'the affected recipient on the platform';


--
-- Name: COLUMN statements.text; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.statements.text IS 'the statement as the recipient reads it';


--
-- Name: trusted_flaggers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.trusted_flaggers (
    id uuid NOT NULL,
    name character varying(300) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    details jsonb NOT NULL,
    demo boolean NOT NULL,
    sla_critical_minutes integer,
    sla_default_minutes integer
);


--
-- Name: COLUMN trusted_flaggers.sla_critical_minutes; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.trusted_flaggers.sla_critical_minutes IS 'deadline for child sexual abuse and terrorist content; NULL = the default';


--
-- Name: COLUMN trusted_flaggers.sla_default_minutes; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.trusted_flaggers.sla_default_minutes IS 'deadline for other notices; NULL = the default';


--
-- Name: users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users (
    id uuid NOT NULL,
    email character varying(320) NOT NULL,
    password_hash character varying(200) NOT NULL,
    role character varying(40) NOT NULL,
    agency_id uuid,
    flagger_id uuid,
    totp_secret_encrypted text,
    totp_required boolean NOT NULL,
    totp_last_counter bigint,
    created_at timestamp with time zone NOT NULL,
    disabled_at timestamp with time zone,
    demo boolean NOT NULL
);


--
-- Name: COLUMN users.email; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.users.email IS 'lower-cased';


--
-- Name: COLUMN users.totp_secret_encrypted; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.users.totp_secret_encrypted IS 'Fernet token of the base32 TOTP secret';


--
-- Name: COLUMN users.totp_last_counter; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.users.totp_last_counter IS '30-second step of the last accepted TOTP code; an older or equal step is a replay';


--
-- Name: COLUMN users.demo; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.users.demo IS 'seeded by --demo';


--
-- Name: outbox position; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox ALTER COLUMN "position" SET DEFAULT nextval('public.outbox_position_seq'::regclass);


--
-- Data for Name: accounts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.accounts (id, country, created_at, verified, official, source_version, first_seen_at, demo) FROM stdin;
demo-acc-00000	NL	2023-05-14 00:00:00+00	f	f	2023-05-14 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00001	ID	2021-01-09 00:00:00+00	f	f	2021-01-09 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00002	IN	2024-07-06 00:00:00+00	f	f	2024-07-06 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00003	SE	2023-03-17 00:00:00+00	f	f	2023-03-17 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00004	PL	2020-08-07 00:00:00+00	f	f	2020-08-07 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00005	DE	2023-02-02 00:00:00+00	f	f	2023-02-02 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00006	NG	2024-11-04 00:00:00+00	f	f	2024-11-04 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00007	RU	2022-01-09 00:00:00+00	f	f	2022-01-09 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00008	DE	2023-09-10 00:00:00+00	f	f	2023-09-10 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00009	FR	2023-05-22 00:00:00+00	f	f	2023-05-22 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00010	AT	2024-03-02 00:00:00+00	f	f	2024-03-02 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00011	US	2024-03-05 00:00:00+00	f	f	2024-03-05 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00012	US	2020-12-04 00:00:00+00	f	f	2020-12-04 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00013	GB	2024-09-26 00:00:00+00	t	f	2024-09-26 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00014	BR	2021-04-08 00:00:00+00	f	f	2021-04-08 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00015	ID	2021-06-28 00:00:00+00	f	f	2021-06-28 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00016	RU	2021-03-24 00:00:00+00	f	f	2021-03-24 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00017	IE	2023-05-26 00:00:00+00	f	f	2023-05-26 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00018	RU	2022-08-30 00:00:00+00	f	f	2022-08-30 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00019	ES	2024-02-10 00:00:00+00	f	f	2024-02-10 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00020	FR	2023-05-24 00:00:00+00	f	f	2023-05-24 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00021	ES	2025-04-05 00:00:00+00	f	f	2025-04-05 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00022	FR	2025-08-19 00:00:00+00	f	f	2025-08-19 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00023	FR	2020-12-15 00:00:00+00	f	f	2020-12-15 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00024	DE	2024-09-19 00:00:00+00	f	f	2024-09-19 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00025	US	2022-02-07 00:00:00+00	f	f	2022-02-07 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00026	US	2021-01-25 00:00:00+00	f	f	2021-01-25 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00027	DE	2021-04-11 00:00:00+00	f	f	2021-04-11 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00028	UA	2022-11-01 00:00:00+00	f	f	2022-11-01 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00029	PL	2023-03-23 00:00:00+00	f	f	2023-03-23 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00030	BR	2025-01-05 00:00:00+00	f	f	2025-01-05 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00031	NG	2021-10-17 00:00:00+00	f	f	2021-10-17 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00032	UA	2020-12-12 00:00:00+00	f	f	2020-12-12 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00033	RU	2021-12-17 00:00:00+00	f	f	2021-12-17 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00034	FR	2023-02-05 00:00:00+00	f	f	2023-02-05 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00035	TR	2022-06-10 00:00:00+00	f	f	2022-06-10 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00036	PL	2025-01-10 00:00:00+00	f	f	2025-01-10 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00037	FR	2025-01-27 00:00:00+00	f	f	2025-01-27 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00038	TR	2021-06-14 00:00:00+00	f	f	2021-06-14 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-acc-00039	DE	2022-06-17 00:00:00+00	f	f	2022-06-17 00:00:00+00	2026-12-08 00:27:47.293511+00	t
\.


--
-- Data for Name: agencies; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.agencies (id, name, country, kind, domains, signing_key_b64, callback_phone_encrypted, created_at, demo) FROM stdin;
5febaab2-37da-4eca-bd81-4ef8213eefd0	Demo Federal Criminal Police	DE	police	["police.demo.example"]	\N	\N	2026-12-08 00:27:47.349199+00	t
718be953-cb65-4752-933b-68e66adf57e4	Demo Office for Online Crime (FR)	FR	police	["online-crime.fr.demo.example"]	\N	\N	2026-12-05 23:00:00+00	t
8e914c14-7a0e-42f2-98c3-7b56f7e394ee	Demo Postal and Communications Police (IT)	IT	police	["postal-police.it.demo.example"]	\N	\N	2026-12-05 23:00:00+00	t
4f93e752-b580-4bf9-a29b-ffc6e4fae3b8	Demo National Court (ES)	ES	court	["court.es.demo.example"]	\N	\N	2026-12-05 23:00:00+00	t
0ff81c10-0342-4876-9bb4-f89342e363df	Demo Regional Prosecutor (PL)	PL	prosecutor	["prosecutor.pl.demo.example"]	\N	\N	2026-12-05 23:00:00+00	t
74bc3c87-89e9-4027-8ad7-3e07063dcb94	Demo Public Prosecution Service (NL)	NL	prosecutor	["prosecution.nl.demo.example"]	\N	\N	2026-12-05 23:00:00+00	t
32d43eb4-a1b5-46a1-a990-ccbc436fe4ce	Demo Media Regulator (IE)	IE	regulator	["media-regulator.ie.demo.example"]	\N	\N	2026-12-05 23:00:00+00	t
4d3d5969-4f77-4b35-ad78-eb559f6edfd8	Demo Federal Investigations (US)	US	police	["investigations.us.demo.example"]	\N	\N	2026-12-05 23:00:00+00	t
49ab0af4-dca7-4fa1-99b2-7ba776143114	Demo Electoral Court (BR)	BR	court	["electoral-court.br.demo.example"]	\N	\N	2026-12-05 23:00:00+00	t
e4f7f983-1aea-441c-95fe-fc333ab14ce2	Demo Ministry of Electronics (IN)	IN	ministry	["ministry.in.demo.example"]	\N	\N	2026-12-05 23:00:00+00	t
8696520b-eca5-4f42-8f6c-5e1730b68111	Demo Telecommunications Authority (TR)	TR	regulator	["telecom.tr.demo.example"]	\N	\N	2026-12-05 23:00:00+00	t
ba3801fb-f731-43ab-8a36-f747105c0138	Demo Communications Supervisor (RU)	RU	regulator	["supervisor.ru.demo.example"]	\N	\N	2026-12-05 23:00:00+00	t
\.


--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.alembic_version (version_num) FROM stdin;
0002audit
\.


--
-- Data for Name: api_keys; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.api_keys (id, key_sha256, prefix, role, owner_id, label, created_at, revoked_at, demo) FROM stdin;
d67cecb6-3fb6-4aba-8c30-b882b9b68ac6	f130ffb519aaeeb725269672362c15527399b1f57169a37adb0f995bbe847c70	shk_demo_pla	platform	\N	demo	2026-12-08 00:27:48.86636+00	\N	t
d7fc6c7a-e456-4e5b-851c-b4a10b5bd002	0d8c9769336243b1952c374da813ce33fa3e7e76577902b2cb8ee65be5a17a69	shk_demo_tru	trusted_flagger	4e0db490-02a7-4398-a7c1-65bd715d0bd4	demo	2026-12-08 00:27:48.94498+00	\N	t
d8f448a1-03e7-4b60-8986-6dc04d24a223	b9c087bc3569f9071a7b55a3166a23becdef07f6eeb2e65a14efcdef991303e0	shk_demo_aut	authority	5febaab2-37da-4eca-bd81-4ef8213eefd0	demo	2026-12-08 00:27:49.027138+00	\N	t
\.


--
-- Data for Name: appeals; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.appeals (id, decision_id, case_id, appellant, statement_id, notice_id, explanation, contact_email_encrypted, submitted_at, status, open_key, outcome, reasoning, decided_by, decided_at) FROM stdin;
8a2fa6b9-2f29-44a0-8f24-0e4c5ef45b18	9b7c22eb-94e7-4459-b11c-f4f9ff059193	889c34fb-d045-4d0d-963f-457df55bb75a	affected_user	98ef80d8-14ef-4009-b2ce-ef100dad4f20	\N	The post was a joke among friends and broke no rule.	\N	2026-12-06 09:04:22.914525+00	decided	\N	reversed	On a second look the context shows satire; the measure is lifted.	user:55547f78-7231-496a-b4e0-0754e32a7ade	2026-12-06 13:41:11.853208+00
f0418ad6-adff-4166-9507-1636cbb9e96c	ea7c5142-2677-4faa-9980-e6841e26a773	58e95c0b-90ce-46df-82d3-a545d4a47c7d	affected_user	fa755a9c-ad8a-4fb0-b72b-a671043cdc42	\N	The post was a joke among friends and broke no rule.	\N	2026-12-06 09:04:44.884023+00	decided	\N	upheld	The complaint adds nothing that changes the assessment.	user:55547f78-7231-496a-b4e0-0754e32a7ade	2026-12-06 15:43:31.031779+00
\.


--
-- Data for Name: audit_head; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audit_head (id, seq, entry_hash) FROM stdin;
1	560	d4a08c0d5e715476359a4dc4e3468c7c06f8f757cfc3908dd2f0726f77b253bf
\.


--
-- Data for Name: audit_log; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audit_log (seq, occurred_at, actor, action, subjects, snapshot, prev_hash, entry_hash) FROM stdin;
1	2026-12-08 00:27:47.300731+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-0", "account": "demo-acc-00000"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "5a33aaa3d5ddad631567fa251a388f89597254e5b18cebf18d5d4df15f263e1d"}	0000000000000000000000000000000000000000000000000000000000000000	a2a8e915d6f35b049e4ade314ad7fa51d8cf5eda7742e5f62e9ed473e0055ba4
2	2026-12-08 00:27:47.300771+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-1", "account": "demo-acc-00001"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "7fff2b644d8fa1ca1135b7cdf3f6ee0f6b9bfd946ad8a2795bed0006f21e2e67"}	a2a8e915d6f35b049e4ade314ad7fa51d8cf5eda7742e5f62e9ed473e0055ba4	a949809f3b89766e2c422f408592c6e52f6d667952a3b51441ed49e3c8695ed8
3	2026-12-08 00:27:47.300788+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-2", "account": "demo-acc-00002"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "816384a22b7918b634e0e288828b101ac08010cdf99774010332281c6692c519"}	a949809f3b89766e2c422f408592c6e52f6d667952a3b51441ed49e3c8695ed8	81c748174bce0f9b8176df96578f98d0877547bf189612e2eee846467158eab7
4	2026-12-08 00:27:47.300801+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-3", "account": "demo-acc-00003"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "7278aad3dc9eb56c6498ebc026cfaf6b03bb429bb380157a8b555f54ab8f3cbb"}	81c748174bce0f9b8176df96578f98d0877547bf189612e2eee846467158eab7	e8929be0933444b0694a6c4f32733ff94a34e05b9a212620443fc979d51ce59d
5	2026-12-08 00:27:47.300814+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-4", "account": "demo-acc-00004"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "004a266db20aa3944f6b0e26add48ec0bb2e5f9734e43fd37a3931e92546a50e"}	e8929be0933444b0694a6c4f32733ff94a34e05b9a212620443fc979d51ce59d	5316fde2218bdafd45bdb5cb58b3b2b5b02ac0714b6ee3aac243d87d9c9cb57b
6	2026-12-08 00:27:47.300826+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-5", "account": "demo-acc-00005"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "e343f8b90b92a0d5c28468560f2331f29ae4ce5463ddffb40bf2c1655af9550a"}	5316fde2218bdafd45bdb5cb58b3b2b5b02ac0714b6ee3aac243d87d9c9cb57b	957c51ba2c03759246ee16b8677eacf384dfdde9636318445cab19e13416b243
7	2026-12-08 00:27:47.300839+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-6", "account": "demo-acc-00006"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "6e9b46a5f3f378ddcadf0e07011cc503e4414fa413bddaf0094dc31376da7015"}	957c51ba2c03759246ee16b8677eacf384dfdde9636318445cab19e13416b243	fa3b4b06c2446d759d26b77a52c2e278615a991c157922167bf5eab94f0f0b46
8	2026-12-08 00:27:47.300862+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-7", "account": "demo-acc-00007"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "af95891a054f14a652687ee22116b590190df6124db08a556c28226b61514d46"}	fa3b4b06c2446d759d26b77a52c2e278615a991c157922167bf5eab94f0f0b46	bb250565fe6cbcd6d0e790b08fdce4f928b8d005072080fe3d19fd163e1ce652
9	2026-12-08 00:27:47.300876+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-8", "account": "demo-acc-00008"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "4e125acea608bec5c70288d541128f7506dae9929f681ae3b1da3cd4d466d526"}	bb250565fe6cbcd6d0e790b08fdce4f928b8d005072080fe3d19fd163e1ce652	117c181314c4e90194725ce5906e9b38305feaad4fa277b2d337ebed0a8f5360
10	2026-12-08 00:27:47.300889+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-9", "account": "demo-acc-00009"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "be3edeb5bf33cc2b454480ef5723812aacdf71c95575e8a5fab42769c2e636e1"}	117c181314c4e90194725ce5906e9b38305feaad4fa277b2d337ebed0a8f5360	1daf3a0a22f12b24077ae9322a80088aae032da257472072e18616968fd273e4
11	2026-12-08 00:27:47.3009+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-10", "account": "demo-acc-00010"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "e610b61bd5eec0456333ea373a51c9dfcf7b8bee4ba9ec2efe6871fe8adf818b"}	1daf3a0a22f12b24077ae9322a80088aae032da257472072e18616968fd273e4	64d1b7ef1225cbbe3ea1469429968a1a951d420b5bb280f3bcc929a67041c36e
12	2026-12-08 00:27:47.300911+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-11", "account": "demo-acc-00011"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "cc93186d8c8b0da5c8b64bd4bfcfead395ed48e4384aa161a478473aeb87acef"}	64d1b7ef1225cbbe3ea1469429968a1a951d420b5bb280f3bcc929a67041c36e	79090b70a0e721b61335ddfa8a6453478e689d3641ad7af2d09b0f2aa3b60e09
13	2026-12-08 00:27:47.300923+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-12", "account": "demo-acc-00012"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "c6fa5cb8984920bb3590490a871fbff1b1f5222d8d4032a62d3124d678ef3480"}	79090b70a0e721b61335ddfa8a6453478e689d3641ad7af2d09b0f2aa3b60e09	e6b591d6b5098c7d7c0cccdbf5406e4d29437ac762690c47447e4853778c5f60
14	2026-12-08 00:27:47.300934+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-13", "account": "demo-acc-00013"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "0397f6e231ad1a0b25ec5127351efaed23ea1708fa9286ad47be2f2b3c71b3fb"}	e6b591d6b5098c7d7c0cccdbf5406e4d29437ac762690c47447e4853778c5f60	d041297ce6bb97afde759076fcd4e67c3964526d08c631eb07d67619f95c4faa
15	2026-12-08 00:27:47.300944+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-14", "account": "demo-acc-00014"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "61ad69e3a39bb06b5170c3fccf740e873e646668ee585b0c549f2dd3b752186b"}	d041297ce6bb97afde759076fcd4e67c3964526d08c631eb07d67619f95c4faa	535d61d5248846c2c7fb9d745ac7d4a3196301f16496047bf53647e6f24f0366
16	2026-12-08 00:27:47.300954+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-15", "account": "demo-acc-00015"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "ec8956a7eb3983a98839e2607390379ddbc23589b58e0a1ae15211e85768f2ff"}	535d61d5248846c2c7fb9d745ac7d4a3196301f16496047bf53647e6f24f0366	c8f95e1802fdd6687b8fe6748a0a2da575b6145eb4623edfbb2718d324ad8b80
17	2026-12-08 00:27:47.300968+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-16", "account": "demo-acc-00016"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "1cb097250364162f7cb078f2e61f8ea4f29e46d6e2f437647cfc67bf6118d84d"}	c8f95e1802fdd6687b8fe6748a0a2da575b6145eb4623edfbb2718d324ad8b80	b568e44fa1900bd327172487dc4eb829b8a97997508c32a146f593bfeff03254
18	2026-12-08 00:27:47.30098+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-17", "account": "demo-acc-00017"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "ca9b1647fdd92eb903fe12847df8ad3022d0f0546e2c26451df7cb774e37ec9a"}	b568e44fa1900bd327172487dc4eb829b8a97997508c32a146f593bfeff03254	cc2c37d800a5773bb74c657b65021aa6c1dd63c09ee173650baab0b8f81d77cb
19	2026-12-08 00:27:47.300991+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-18", "account": "demo-acc-00018"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "68d3943eabd051209cf1da2dbee45040949d51e61145653907a966e2628d5cc3"}	cc2c37d800a5773bb74c657b65021aa6c1dd63c09ee173650baab0b8f81d77cb	e8dc18e3f8a7fb9519182c22a1fb8e18f69e767e5259f5abd6a522ba4870e62b
20	2026-12-08 00:27:47.301001+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-19", "account": "demo-acc-00019"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "73222250b679d70fba266d9c6164aaf7179971b461443b23f74eae695cfd70ea"}	e8dc18e3f8a7fb9519182c22a1fb8e18f69e767e5259f5abd6a522ba4870e62b	703e24aba949f7b7273ed5f5b61b07f80a2e3b8f18deed4ee2c0efcd391bcc20
21	2026-12-08 00:27:47.301012+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-20", "account": "demo-acc-00020"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "7dd9a42b2e1a92b95dac9a6b4c7dedbf57d7fdba638cdec7a085c0c2c7790b38"}	703e24aba949f7b7273ed5f5b61b07f80a2e3b8f18deed4ee2c0efcd391bcc20	fe1f06aef39531d0a2738e6152b70575aee71e7561d184cd027d8dd8fd71abfd
22	2026-12-08 00:27:47.301023+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-21", "account": "demo-acc-00021"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "fc0e9043976c5782c27212aa1ab87de40088e18252079252d58bd5f09e5c2d38"}	fe1f06aef39531d0a2738e6152b70575aee71e7561d184cd027d8dd8fd71abfd	3422ca81f2ed622ebddcc115adf429a41f3c29a7a8031ca5fd1345b7cffc7bcf
23	2026-12-08 00:27:47.301032+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-22", "account": "demo-acc-00022"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "91719540ec9db5802b619f4b2892d28b10cef7851aa4357e4f0030c1a229c52f"}	3422ca81f2ed622ebddcc115adf429a41f3c29a7a8031ca5fd1345b7cffc7bcf	e6b8b3e63db9b138a28255a651bfca99f1dd7b5693ee397f1e10209d98f3b73f
24	2026-12-08 00:27:47.301042+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-23", "account": "demo-acc-00023"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "2f6ee0f9f97d5b918c20dc8cdd75ecfa2a34512d1fa3060235cbeade970d5ba9"}	e6b8b3e63db9b138a28255a651bfca99f1dd7b5693ee397f1e10209d98f3b73f	69c72bb7cd28ffbd8b0f16b6db9664d6281c4a0c578cc786f0948884fff4328f
25	2026-12-08 00:27:47.301052+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-24", "account": "demo-acc-00024"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "a0bfd850f9d7087dd2c9a58e102d01d28c85b05891627ee2fc05e1b3bb38b682"}	69c72bb7cd28ffbd8b0f16b6db9664d6281c4a0c578cc786f0948884fff4328f	bd35cb165abecd20f10c1b97a4a0f174a2d55c8253545d26fda7560e5e3c3cec
26	2026-12-08 00:27:47.301062+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-25", "account": "demo-acc-00025"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "1ef0cc12e93262e9f3098d552b80301588afa30ca3654726dd193d08e295dc1a"}	bd35cb165abecd20f10c1b97a4a0f174a2d55c8253545d26fda7560e5e3c3cec	8328a7aa5563a18c50909756242590a54eca9ac5ece42f2b62d7f426f78fd9a8
27	2026-12-08 00:27:47.301072+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-26", "account": "demo-acc-00026"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "750d260e929304f92fdff26f7cc05f44aef11cab70b2d472a1aa14d13fd6ffb9"}	8328a7aa5563a18c50909756242590a54eca9ac5ece42f2b62d7f426f78fd9a8	b0badc3357898fdaf295d2266bf7794de92266200aafb7ab12db5af0f9101f84
28	2026-12-08 00:27:47.301083+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-27", "account": "demo-acc-00027"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "5500ead287b74f6c1f73ab000d76e47fd46738c9fbd71c93a6718311c12b314e"}	b0badc3357898fdaf295d2266bf7794de92266200aafb7ab12db5af0f9101f84	2aa26940ffc947fa440f1b69d2a08f2ecd3fb0307052c1a1d76a23895d252ab6
29	2026-12-08 00:27:47.301093+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-28", "account": "demo-acc-00028"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "17c159da8e3df55baa2ae659d50029be3c9d3581d4b70a32dec2ce9a6bf80da9"}	2aa26940ffc947fa440f1b69d2a08f2ecd3fb0307052c1a1d76a23895d252ab6	65c2d194660138128142ff408ec36acdd6bb8babe5c5f913c2dea5ed265f0fd8
30	2026-12-08 00:27:47.301103+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-29", "account": "demo-acc-00029"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "a0e6469843199cfc360a59823ca2a9daf4381bee988178d2bd5c04bea5e178c4"}	65c2d194660138128142ff408ec36acdd6bb8babe5c5f913c2dea5ed265f0fd8	33db5085cd1107fdf0140cb8847c6257b1d7999f1ba64fc7f9ca4e4803217a84
31	2026-12-08 00:27:47.301116+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-30", "account": "demo-acc-00030"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "582e0f1410b497860ed13a452e1d21badf5be58c7d87cf16db944f1d7b2f28b0"}	33db5085cd1107fdf0140cb8847c6257b1d7999f1ba64fc7f9ca4e4803217a84	c3023d374b2a0e4af629db764f4e61e3aa53a886835e338c314c1de4606bd8c2
32	2026-12-08 00:27:47.301126+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-31", "account": "demo-acc-00031"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "96d909e729dfe5981b4dbe37ea4322ea8c4b212b2f702cda8ddaa3ee9093d2dd"}	c3023d374b2a0e4af629db764f4e61e3aa53a886835e338c314c1de4606bd8c2	187613574cd6a09096f30c4cbb62e6e53c0d22a737bbff2fee8c13b6cce82b41
33	2026-12-08 00:27:47.301136+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-32", "account": "demo-acc-00032"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "fb4ce5f2bd14050144b1f578ff371b3340e604274d1c47649d7acab3a7efdd77"}	187613574cd6a09096f30c4cbb62e6e53c0d22a737bbff2fee8c13b6cce82b41	341ace5d11646545dd3750230fea47069f48df92da0c3fbc3b4ad6f6d9a7dbf2
34	2026-12-08 00:27:47.301147+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-33", "account": "demo-acc-00033"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "b5524460cb8ec21c86f6922edf8ed091c70cca6b53d6bd444b077fd145c31937"}	341ace5d11646545dd3750230fea47069f48df92da0c3fbc3b4ad6f6d9a7dbf2	0f9d6fcacd8fad1fa11104846c363a2ceb4f02ef2d4b1ee855e0afe7a5e08516
35	2026-12-08 00:27:47.301157+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-34", "account": "demo-acc-00034"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "a13c93aa0c853fe64cedbfd65c8bb42932f5aa5234d14a856358f7c8bd3df331"}	0f9d6fcacd8fad1fa11104846c363a2ceb4f02ef2d4b1ee855e0afe7a5e08516	40bb0e69b3c9b6782aacf36dc2e5cba375eed7ca7d9d885c2b930fbc3e830fa7
36	2026-12-08 00:27:47.301166+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-35", "account": "demo-acc-00035"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "634cd942a847015a8802cd4aabc67bdcade6af9448d6a6237117c658e29624a4"}	40bb0e69b3c9b6782aacf36dc2e5cba375eed7ca7d9d885c2b930fbc3e830fa7	76a41a59acb713afb496246d7f6d4c19b6acd9aec08b535fc142be978957edf4
37	2026-12-08 00:27:47.301176+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-36", "account": "demo-acc-00036"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "c1631741e723997f6fc65d35dbe2f68a3ec80ae1653756f238267ad2465d19ab"}	76a41a59acb713afb496246d7f6d4c19b6acd9aec08b535fc142be978957edf4	c5a33bcf2be7cb1065849c331f66fe026cd7718b2f7d046e23ac9850fb1bcc26
38	2026-12-08 00:27:47.301187+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-37", "account": "demo-acc-00037"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "1a6e2a71aabd7e8dccfc05bf37f09934b70d4c3d7bc44301343943941bc669a8"}	c5a33bcf2be7cb1065849c331f66fe026cd7718b2f7d046e23ac9850fb1bcc26	88855f18703662f5000eee07158ec0824d62910b0aa7e8c737fffa0fac5a0a47
39	2026-12-08 00:27:47.301197+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-38", "account": "demo-acc-00038"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "606e8280ea66942a30e1d0956764a707f121d2264e7f5254b3fe637418068950"}	88855f18703662f5000eee07158ec0824d62910b0aa7e8c737fffa0fac5a0a47	00f4300334687f5d8fa6a2f8011588328376b946d01df9ac38a3928ca823c75a
40	2026-12-08 00:27:47.301206+00	system:demo-seed	platform:account:upserted	{"event": "demo-2024-acc-39", "account": "demo-acc-00039"}	{"changed": ["country", "created_at", "official", "verified"], "state_sha256": "6052fba9f0cc3a012e6526f69980d75408738e17556d8a9c49ee92f4adc5364f"}	00f4300334687f5d8fa6a2f8011588328376b946d01df9ac38a3928ca823c75a	1b457fb3d2d215049783726f60b8a0ef22799228598f783bbdbfeefc2e4e859a
41	2026-12-08 00:27:47.301226+00	system:demo-seed	platform:channel:upserted	{"event": "demo-2024-chan-0", "channel": "demo-chan-0000"}	{"changed": ["kind", "owner_id", "public", "subscribers", "title", "verified"], "state_sha256": "608caf96740c5265457acf32ad0156b00002d7545c1eedff3bbd11f0968fed9c"}	1b457fb3d2d215049783726f60b8a0ef22799228598f783bbdbfeefc2e4e859a	479e585198dfa93a087d0998538914e2b24313790c2daf1055af892d45a66b02
42	2026-12-08 00:27:47.301238+00	system:demo-seed	platform:channel:upserted	{"event": "demo-2024-chan-1", "channel": "demo-chan-0001"}	{"changed": ["kind", "owner_id", "public", "subscribers", "title", "verified"], "state_sha256": "1f97a9cfad921f36f5100955daa70e485086a62b47f015a9ad42beeb13831b5e"}	479e585198dfa93a087d0998538914e2b24313790c2daf1055af892d45a66b02	6f318988aee8f30af06346a8f016bc96dab51ff11f71fcd8b5b70f9b488aa019
43	2026-12-08 00:27:47.301248+00	system:demo-seed	platform:channel:upserted	{"event": "demo-2024-chan-2", "channel": "demo-chan-0002"}	{"changed": ["kind", "owner_id", "public", "subscribers", "title", "verified"], "state_sha256": "2fa92c030d1154e964bf0e5ab4aca7d214f9b9ac6fc4f86191dc292f5394722c"}	6f318988aee8f30af06346a8f016bc96dab51ff11f71fcd8b5b70f9b488aa019	652ef4a7a4472b7e81c12b1f5d7b98d7e33246f64b7af2fd590be83de19c7a9a
44	2026-12-08 00:27:47.301257+00	system:demo-seed	platform:channel:upserted	{"event": "demo-2024-chan-3", "channel": "demo-chan-0003"}	{"changed": ["kind", "owner_id", "public", "subscribers", "title", "verified"], "state_sha256": "2c514e3f5aa83928868f9a418bd9a057b071e1b039a5590a6f6ef597cfb386f2"}	652ef4a7a4472b7e81c12b1f5d7b98d7e33246f64b7af2fd590be83de19c7a9a	a198d987c05f3f2741de13bf2dbaed6516ca5079d59434fc1cbe712cc1b6e547
45	2026-12-08 00:27:47.301265+00	system:demo-seed	platform:channel:upserted	{"event": "demo-2024-chan-4", "channel": "demo-chan-0004"}	{"changed": ["kind", "owner_id", "public", "subscribers", "title", "verified"], "state_sha256": "26bd21c1090f31c443b2ed35558d53edab59a024224bcd35703ec8c28b18725f"}	a198d987c05f3f2741de13bf2dbaed6516ca5079d59434fc1cbe712cc1b6e547	809e01b6d3e0353ec22a676aecd5dd5cdf9811d4869c7b23777b840ba976427d
46	2026-12-08 00:27:47.301274+00	system:demo-seed	platform:channel:upserted	{"event": "demo-2024-chan-5", "channel": "demo-chan-0005"}	{"changed": ["kind", "owner_id", "public", "subscribers", "title", "verified"], "state_sha256": "c9fdfb1059b962cfc55ba4a86c56061cc1f2ac08dbd859e9a3a34d6ca64d7ecd"}	809e01b6d3e0353ec22a676aecd5dd5cdf9811d4869c7b23777b840ba976427d	f997821a2a1d9ca848be3dfbb44f48b054da192f90d5dc1d4132eb7a8c68c1bf
47	2026-12-08 00:27:47.301285+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-0", "account": "demo-acc-00010", "channel": "demo-chan-0001"}	{}	f997821a2a1d9ca848be3dfbb44f48b054da192f90d5dc1d4132eb7a8c68c1bf	09698fb7568c942447aa832cf4716e15de01b220c097400e14afba2b96a1ac27
48	2026-12-08 00:27:47.301291+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-1", "account": "demo-acc-00025", "channel": "demo-chan-0002"}	{}	09698fb7568c942447aa832cf4716e15de01b220c097400e14afba2b96a1ac27	f49f694e3edf09a4ee6c6cf1e92d9827583dcfafb5bc90a634841dad44705705
49	2026-12-08 00:27:47.301296+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-2", "account": "demo-acc-00011", "channel": "demo-chan-0001"}	{}	f49f694e3edf09a4ee6c6cf1e92d9827583dcfafb5bc90a634841dad44705705	4b24a1f97a809ec7a793e5bf4b992723812f737b3e9fb2f0a777a09654c61729
50	2026-12-08 00:27:47.301301+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-3", "account": "demo-acc-00029", "channel": "demo-chan-0002"}	{}	4b24a1f97a809ec7a793e5bf4b992723812f737b3e9fb2f0a777a09654c61729	706b918acd42f7c02d143e6fb8ee6e3014ef6a85ea7932d2ec70dd65152167e7
51	2026-12-08 00:27:47.301307+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-4", "account": "demo-acc-00000", "channel": "demo-chan-0005"}	{}	706b918acd42f7c02d143e6fb8ee6e3014ef6a85ea7932d2ec70dd65152167e7	817715c63f44ca5e20338141832c21f119d6582849fd16d55397720f496ad619
52	2026-12-08 00:27:47.301312+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-5", "account": "demo-acc-00021", "channel": "demo-chan-0000"}	{}	817715c63f44ca5e20338141832c21f119d6582849fd16d55397720f496ad619	47215b4c7a405df7b626298f09bbb1dc81e696132be321ea5df8f69b0cfa9de3
53	2026-12-08 00:27:47.301324+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-7", "account": "demo-acc-00032", "channel": "demo-chan-0001"}	{}	47215b4c7a405df7b626298f09bbb1dc81e696132be321ea5df8f69b0cfa9de3	4cab2bfdaa0e4ef4aafc694ee49d35df6fdf12a2b8cc85640311a66eb272fa0c
54	2026-12-08 00:27:47.30133+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-8", "account": "demo-acc-00002", "channel": "demo-chan-0003"}	{}	4cab2bfdaa0e4ef4aafc694ee49d35df6fdf12a2b8cc85640311a66eb272fa0c	2de582f17aafa1205a7dc36f15d316260213c92ebab14a636b491d76d44fc23b
55	2026-12-08 00:27:47.301335+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-9", "account": "demo-acc-00038", "channel": "demo-chan-0001"}	{}	2de582f17aafa1205a7dc36f15d316260213c92ebab14a636b491d76d44fc23b	7c61f0db3d06a2e95a74747d337c0db008319e9c69ba57c41d9a2c841b7f98db
56	2026-12-08 00:27:47.30134+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-10", "account": "demo-acc-00035", "channel": "demo-chan-0003"}	{}	7c61f0db3d06a2e95a74747d337c0db008319e9c69ba57c41d9a2c841b7f98db	c7681e800a7d26e322670208ebf754e29cb1f83ee358a8e6734b1fd3b43468a9
57	2026-12-08 00:27:47.301348+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-12", "account": "demo-acc-00027", "channel": "demo-chan-0000"}	{}	c7681e800a7d26e322670208ebf754e29cb1f83ee358a8e6734b1fd3b43468a9	21db932ee28963b858cb7293a2c2046080dd4a26cc9fd214ae0128984ceb036a
58	2026-12-08 00:27:47.301353+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-13", "account": "demo-acc-00000", "channel": "demo-chan-0002"}	{}	21db932ee28963b858cb7293a2c2046080dd4a26cc9fd214ae0128984ceb036a	7678f1d231682f6b72faa86671ac89900edab710e4b6b00660111e253c830aa9
59	2026-12-08 00:27:47.301357+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-14", "account": "demo-acc-00021", "channel": "demo-chan-0004"}	{}	7678f1d231682f6b72faa86671ac89900edab710e4b6b00660111e253c830aa9	a1a34d84fb5ff1f768e93a4030eeaaa999ef49cd1047d3eabb67289d7d0354d9
60	2026-12-08 00:27:47.301362+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-15", "account": "demo-acc-00016", "channel": "demo-chan-0004"}	{}	a1a34d84fb5ff1f768e93a4030eeaaa999ef49cd1047d3eabb67289d7d0354d9	9bb3c01bc47777b04ed887542f630827d101083afc66f91327c7e4d5764994b3
61	2026-12-08 00:27:47.301443+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-16", "account": "demo-acc-00010", "channel": "demo-chan-0005"}	{}	9bb3c01bc47777b04ed887542f630827d101083afc66f91327c7e4d5764994b3	c8ff3996309942a853008635d11dddcfe30a4bf9cc74ecff5b288ecedbdb0e77
62	2026-12-08 00:27:47.301453+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-19", "account": "demo-acc-00008", "channel": "demo-chan-0000"}	{}	c8ff3996309942a853008635d11dddcfe30a4bf9cc74ecff5b288ecedbdb0e77	ea959a33263fad4ea5643ccc2cd62c8809b9d97879a43306a5e0e5ae124c4ff4
63	2026-12-08 00:27:47.301458+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-20", "account": "demo-acc-00001", "channel": "demo-chan-0001"}	{}	ea959a33263fad4ea5643ccc2cd62c8809b9d97879a43306a5e0e5ae124c4ff4	f54c56a8c75eab6988f6d885b1e38481f449e6b54c43db993593774c305eb518
64	2026-12-08 00:27:47.301463+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-21", "account": "demo-acc-00019", "channel": "demo-chan-0002"}	{}	f54c56a8c75eab6988f6d885b1e38481f449e6b54c43db993593774c305eb518	f05b0df029ee2d4e40577fc23949fe6430a9d263574897ce196526207806da2a
65	2026-12-08 00:27:47.301471+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-22", "account": "demo-acc-00031", "channel": "demo-chan-0002"}	{}	f05b0df029ee2d4e40577fc23949fe6430a9d263574897ce196526207806da2a	501bf62e418764b33f7106c0fd81f0fcc4af1cef19ac6f3dba1b1f066d4c93ba
66	2026-12-08 00:27:47.301477+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-23", "account": "demo-acc-00023", "channel": "demo-chan-0001"}	{}	501bf62e418764b33f7106c0fd81f0fcc4af1cef19ac6f3dba1b1f066d4c93ba	2ddbc9633b222796c238d18c1de461b3a0d29fa09cd75b0a840d859cc33f35f1
67	2026-12-08 00:27:47.301482+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-24", "account": "demo-acc-00027", "channel": "demo-chan-0003"}	{}	2ddbc9633b222796c238d18c1de461b3a0d29fa09cd75b0a840d859cc33f35f1	4d6da381bed6ba722830133b37a0772f8a573da3658bf1afc423ecfe7af85930
68	2026-12-08 00:27:47.301487+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-25", "account": "demo-acc-00039", "channel": "demo-chan-0003"}	{}	4d6da381bed6ba722830133b37a0772f8a573da3658bf1afc423ecfe7af85930	67b14a5b6f56cc6c628f5896c151bf3d899a25ac5eb6cea7d03fc94baef49e2b
69	2026-12-08 00:27:47.301492+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-26", "account": "demo-acc-00010", "channel": "demo-chan-0002"}	{}	67b14a5b6f56cc6c628f5896c151bf3d899a25ac5eb6cea7d03fc94baef49e2b	7b79aecfc96516fb85205617b4e7969761e9c79beb8ecbd348922fb5ad3d98c0
70	2026-12-08 00:27:47.301498+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-27", "account": "demo-acc-00007", "channel": "demo-chan-0000"}	{}	7b79aecfc96516fb85205617b4e7969761e9c79beb8ecbd348922fb5ad3d98c0	4c43eee24444b831af47fd6245e67b29b8b65f803842b2bbf2e653e1637c0306
71	2026-12-08 00:27:47.301505+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-28", "account": "demo-acc-00023", "channel": "demo-chan-0000"}	{}	4c43eee24444b831af47fd6245e67b29b8b65f803842b2bbf2e653e1637c0306	0cf748786b4f142f8d300b6f4811c9cbb348542d97dec55a81ed372fcea08a3c
72	2026-12-08 00:27:47.30151+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-29", "account": "demo-acc-00011", "channel": "demo-chan-0003"}	{}	0cf748786b4f142f8d300b6f4811c9cbb348542d97dec55a81ed372fcea08a3c	862fb93d163c1a6ab1b5af93d894ae8f2a5473449d65bb4ce8667f717905240a
73	2026-12-08 00:27:47.301515+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-30", "account": "demo-acc-00006", "channel": "demo-chan-0004"}	{}	862fb93d163c1a6ab1b5af93d894ae8f2a5473449d65bb4ce8667f717905240a	845a06af2eca38ddd9eeb19bcd89c10a0d0438930009b30266aba38c5a0da979
74	2026-12-08 00:27:47.301521+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-32", "account": "demo-acc-00017", "channel": "demo-chan-0000"}	{}	845a06af2eca38ddd9eeb19bcd89c10a0d0438930009b30266aba38c5a0da979	0ed3d4130b19e1bec64edc221dd377c174b0f167f3da6fdd40053765b31d8123
75	2026-12-08 00:27:47.301526+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-33", "account": "demo-acc-00007", "channel": "demo-chan-0001"}	{}	0ed3d4130b19e1bec64edc221dd377c174b0f167f3da6fdd40053765b31d8123	c2206d844de89c13de7dd84824ae1971c1519c91f1abbf92e148a85724a0e26a
76	2026-12-08 00:27:47.30153+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-34", "account": "demo-acc-00034", "channel": "demo-chan-0002"}	{}	c2206d844de89c13de7dd84824ae1971c1519c91f1abbf92e148a85724a0e26a	d10895358a6bbda0f337547a09cb13f32cdfee17574ac82dd73633b20eebd942
77	2026-12-08 00:27:47.301535+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-35", "account": "demo-acc-00008", "channel": "demo-chan-0004"}	{}	d10895358a6bbda0f337547a09cb13f32cdfee17574ac82dd73633b20eebd942	fa8a61ad3966d07e6293c6c18f008786cf720d10aeca5107419464dfdbfe9fa6
78	2026-12-08 00:27:47.30154+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-36", "account": "demo-acc-00036", "channel": "demo-chan-0001"}	{}	fa8a61ad3966d07e6293c6c18f008786cf720d10aeca5107419464dfdbfe9fa6	a831b2c933ebddc2fcc575be5f002e1c0dbdf6451b1d9e64662c815b00c8a1ad
79	2026-12-08 00:27:47.301546+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-38", "account": "demo-acc-00006", "channel": "demo-chan-0003"}	{}	a831b2c933ebddc2fcc575be5f002e1c0dbdf6451b1d9e64662c815b00c8a1ad	8ed209d141620d7999a4e6e47dec7932a39de2cebb1eff3d365e09fa9505b832
80	2026-12-08 00:27:47.301553+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-39", "account": "demo-acc-00017", "channel": "demo-chan-0004"}	{}	8ed209d141620d7999a4e6e47dec7932a39de2cebb1eff3d365e09fa9505b832	3b8548d4fe876e238def8d74763c4b156413f2e0a91d81a065712855e861b6bd
81	2026-12-08 00:27:47.30156+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-41", "account": "demo-acc-00014", "channel": "demo-chan-0001"}	{}	3b8548d4fe876e238def8d74763c4b156413f2e0a91d81a065712855e861b6bd	9be018b63e9f1bea8fb2827120689919e37ad75936830d5c82fe8de3f805b2f0
82	2026-12-08 00:27:47.301564+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-42", "account": "demo-acc-00032", "channel": "demo-chan-0000"}	{}	9be018b63e9f1bea8fb2827120689919e37ad75936830d5c82fe8de3f805b2f0	745e48e96e76f4d34cc254f402d5abb9a0cd6cd5bc810f8b3667485c89aa3489
83	2026-12-08 00:27:47.301569+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-43", "account": "demo-acc-00012", "channel": "demo-chan-0000"}	{}	745e48e96e76f4d34cc254f402d5abb9a0cd6cd5bc810f8b3667485c89aa3489	e0670256c0dd6a2a23c1b20918db0b6286523a4ae3bf8f856c7badd74882de5f
84	2026-12-08 00:27:47.301573+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-44", "account": "demo-acc-00034", "channel": "demo-chan-0003"}	{}	e0670256c0dd6a2a23c1b20918db0b6286523a4ae3bf8f856c7badd74882de5f	310e161b1cecc185924f787ebc914bd66e4ff2d63d2ceeee14b16df6c3e3fa49
85	2026-12-08 00:27:47.301578+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-45", "account": "demo-acc-00026", "channel": "demo-chan-0004"}	{}	310e161b1cecc185924f787ebc914bd66e4ff2d63d2ceeee14b16df6c3e3fa49	5fa43f9584e8e440d2892923c88ac2a3b1daf9e7d552cb13427a7d454b954f26
86	2026-12-08 00:27:47.301582+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-46", "account": "demo-acc-00036", "channel": "demo-chan-0003"}	{}	5fa43f9584e8e440d2892923c88ac2a3b1daf9e7d552cb13427a7d454b954f26	0e88cc6cfc4dc352a25b0a317ec18fa05b00c6c7f0f8ed49bce2e49093f2bf76
87	2026-12-08 00:27:47.301586+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-47", "account": "demo-acc-00015", "channel": "demo-chan-0001"}	{}	0e88cc6cfc4dc352a25b0a317ec18fa05b00c6c7f0f8ed49bce2e49093f2bf76	b20f7afa2fd66ae2edabb54e31579992915653121245dc2d023ec125b8ff946b
88	2026-12-08 00:27:47.301591+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-48", "account": "demo-acc-00018", "channel": "demo-chan-0004"}	{}	b20f7afa2fd66ae2edabb54e31579992915653121245dc2d023ec125b8ff946b	f1bd49d311a1f9e09c860db894bd64ef7b614b611dafdd43e2e50aead33c415c
89	2026-12-08 00:27:47.301598+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-49", "account": "demo-acc-00037", "channel": "demo-chan-0002"}	{}	f1bd49d311a1f9e09c860db894bd64ef7b614b611dafdd43e2e50aead33c415c	a1860d4f6b2b9353fa8c9474cd9b229d771ed8612a0b912c9210060e1dc614b6
90	2026-12-08 00:27:47.301602+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-50", "account": "demo-acc-00028", "channel": "demo-chan-0002"}	{}	a1860d4f6b2b9353fa8c9474cd9b229d771ed8612a0b912c9210060e1dc614b6	c3c86877f85fdbb2ba4684be75e20108def7623fbd338147392f6bd1de3ce108
91	2026-12-08 00:27:47.30161+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-51", "account": "demo-acc-00007", "channel": "demo-chan-0005"}	{}	c3c86877f85fdbb2ba4684be75e20108def7623fbd338147392f6bd1de3ce108	50577812c2b4759b9cb0c272aecc3c947af36f18a8be3fcaf83d85a578311b84
92	2026-12-08 00:27:47.301616+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-52", "account": "demo-acc-00025", "channel": "demo-chan-0003"}	{}	50577812c2b4759b9cb0c272aecc3c947af36f18a8be3fcaf83d85a578311b84	43b9c4f022920c8728d6fea78feff3df66d8be2ae39d0207c07d1c2663b23c82
93	2026-12-08 00:27:47.301621+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-53", "account": "demo-acc-00020", "channel": "demo-chan-0002"}	{}	43b9c4f022920c8728d6fea78feff3df66d8be2ae39d0207c07d1c2663b23c82	83ae3bc8a3fd5d65761c9485f96aed90e451ddedddf37e360d0e088ab7ea47ec
94	2026-12-08 00:27:47.301626+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-54", "account": "demo-acc-00033", "channel": "demo-chan-0004"}	{}	83ae3bc8a3fd5d65761c9485f96aed90e451ddedddf37e360d0e088ab7ea47ec	511384dbe095d3e4319f8b8675cfd776e059a4e6c66ccdf4bd33f8e735e261b2
95	2026-12-08 00:27:47.301631+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-56", "account": "demo-acc-00014", "channel": "demo-chan-0002"}	{}	511384dbe095d3e4319f8b8675cfd776e059a4e6c66ccdf4bd33f8e735e261b2	ddc5165d3b3dd9d503ff9d3d293b391e3ff2943f1539dc978dc4a4b361606ed7
96	2026-12-08 00:27:47.301636+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-57", "account": "demo-acc-00029", "channel": "demo-chan-0003"}	{}	ddc5165d3b3dd9d503ff9d3d293b391e3ff2943f1539dc978dc4a4b361606ed7	99f87884bbb55d8d0876775a9b030f06c8bb450de249d9f34885c9e7dd20bc55
97	2026-12-08 00:27:47.30164+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-58", "account": "demo-acc-00019", "channel": "demo-chan-0004"}	{}	99f87884bbb55d8d0876775a9b030f06c8bb450de249d9f34885c9e7dd20bc55	1c9d2b3c0df3eca3ebe7c7442dd9453378d8b9abba43f8333870f42a270ab6bc
98	2026-12-08 00:27:47.301645+00	system:demo-seed	platform:member:joined	{"event": "demo-2024-join-59", "account": "demo-acc-00012", "channel": "demo-chan-0002"}	{}	1c9d2b3c0df3eca3ebe7c7442dd9453378d8b9abba43f8333870f42a270ab6bc	3cae3c16269d6c6f4af2d39a4d701d8ea406f6e1eae45ddaa636e30a1755c3c9
99	2026-12-08 00:27:47.301672+00	system:demo-seed	platform:post:created	{"post": "demo-post-00000", "event": "demo-2024-post-0", "author": "demo-acc-00013", "channel": "demo-chan-0005"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "f33cea9b1ac085c90f3005344863ae01daa0f9a7346434e8d4f5b423c98d3fcb"}	3cae3c16269d6c6f4af2d39a4d701d8ea406f6e1eae45ddaa636e30a1755c3c9	482c12632cfec7794d4b29f23ae6456c1a55bef56e46615df4eac9965bc56d4a
100	2026-12-08 00:27:47.30169+00	system:demo-seed	platform:post:created	{"post": "demo-post-00001", "event": "demo-2024-post-1", "author": "demo-acc-00008", "channel": "demo-chan-0004"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "0d6ce238b97a2bb205b5016221cf259b586d85a62517d02b68bd5ba2bb8afe39"}	482c12632cfec7794d4b29f23ae6456c1a55bef56e46615df4eac9965bc56d4a	4a54ee7bc6ca510d9df31c291d8bd8704bce4a268fc665a207eb3dfa6eca5c0d
101	2026-12-08 00:27:47.301702+00	system:demo-seed	platform:post:created	{"post": "demo-post-00002", "event": "demo-2024-post-2", "author": "demo-acc-00033", "channel": "demo-chan-0001"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d"}	4a54ee7bc6ca510d9df31c291d8bd8704bce4a268fc665a207eb3dfa6eca5c0d	f8e14ce696f7523cd44ca440d0f823568d182dc1cbe739981c3d492a32fad52d
102	2026-12-08 00:27:47.30171+00	system:demo-seed	platform:post:created	{"post": "demo-post-00003", "event": "demo-2024-post-3", "author": "demo-acc-00038", "channel": "demo-chan-0000"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "7a66f1a87b6f21a54cdb9328f189a5be43aba7c1be96a7b198e512f6db31be03"}	f8e14ce696f7523cd44ca440d0f823568d182dc1cbe739981c3d492a32fad52d	20159043225c42631b644a66dea41015ab0662b9e6f714dfc52e1061e123c5b8
103	2026-12-08 00:27:47.301718+00	system:demo-seed	platform:post:created	{"post": "demo-post-00004", "event": "demo-2024-post-4", "author": "demo-acc-00027", "channel": "demo-chan-0000"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "1b2769bda5ec02c6c71e3a629ca71a261733b6ac7958307682d1619f83504c46"}	20159043225c42631b644a66dea41015ab0662b9e6f714dfc52e1061e123c5b8	484ae9845dd66aec0b7b5b7cedb3257d8510a19cbaeaaa3c839b7ebe7598e8f8
104	2026-12-08 00:27:47.301727+00	system:demo-seed	platform:post:created	{"post": "demo-post-00005", "event": "demo-2024-post-5", "author": "demo-acc-00002", "channel": "demo-chan-0002"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "f35e61a14dd6c81574d461b21a3fa99f43825ca3baaf80fbb5f757a1d1436314"}	484ae9845dd66aec0b7b5b7cedb3257d8510a19cbaeaaa3c839b7ebe7598e8f8	ee2a3875cde090750120009c6f9cb2539653bddb71f441885dc20047bd66e64e
105	2026-12-08 00:27:47.301755+00	system:demo-seed	platform:post:created	{"post": "demo-post-00006", "event": "demo-2024-post-6", "author": "demo-acc-00010", "channel": "demo-chan-0003"}	{"media": [{"id": "demo-media-00006", "sha256": "1302de16c6614caa19b0c2383a9382c818cc6c8ff59f752ea4220af72f7ae08c"}], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "7c75aeece0cb5dfa1e1e13c5e7731b60154211839cd60672d02497e074422316"}	ee2a3875cde090750120009c6f9cb2539653bddb71f441885dc20047bd66e64e	1255544fc63fd144c9bce48bd6708a4ef003d08e7283efb60475e686e3a57e97
106	2026-12-08 00:27:47.30177+00	system:demo-seed	platform:post:created	{"post": "demo-post-00007", "event": "demo-2024-post-7", "author": "demo-acc-00037", "channel": "demo-chan-0000"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "f35e61a14dd6c81574d461b21a3fa99f43825ca3baaf80fbb5f757a1d1436314"}	1255544fc63fd144c9bce48bd6708a4ef003d08e7283efb60475e686e3a57e97	1ac6a6a1dedf416657bcb8e1fb0937978fc240f8d4fdc8a2ac336f9d393a3b5f
107	2026-12-08 00:27:47.301781+00	system:demo-seed	platform:post:created	{"post": "demo-post-00008", "event": "demo-2024-post-8", "author": "demo-acc-00014", "channel": "demo-chan-0000"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d"}	1ac6a6a1dedf416657bcb8e1fb0937978fc240f8d4fdc8a2ac336f9d393a3b5f	2fdc03def24e12e86a7b04db2e2e87e64e4a2f53e452030f3f8d1239ff367781
108	2026-12-08 00:27:47.301792+00	system:demo-seed	platform:post:created	{"post": "demo-post-00009", "event": "demo-2024-post-9", "author": "demo-acc-00024", "channel": "demo-chan-0005"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014"}	2fdc03def24e12e86a7b04db2e2e87e64e4a2f53e452030f3f8d1239ff367781	be54c8b9cfeac81a3a110af15d3111a03a867bdb7d23fa2866f38dea818ccc5c
109	2026-12-08 00:27:47.3018+00	system:demo-seed	platform:post:created	{"post": "demo-post-00010", "event": "demo-2024-post-10", "author": "demo-acc-00035", "channel": "demo-chan-0002"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "0d6ce238b97a2bb205b5016221cf259b586d85a62517d02b68bd5ba2bb8afe39"}	be54c8b9cfeac81a3a110af15d3111a03a867bdb7d23fa2866f38dea818ccc5c	71232b41a6853a169998785d2ce3fe3aae3cafeb5b1b21cdba45c8ca7b8f1d9c
110	2026-12-08 00:27:47.301809+00	system:demo-seed	platform:post:created	{"post": "demo-post-00011", "event": "demo-2024-post-11", "author": "demo-acc-00017", "channel": "demo-chan-0004"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "a3ea7726ba605a11888fe84fa33f9cb870fb6921da53ff9703c25c81bde63d38"}	71232b41a6853a169998785d2ce3fe3aae3cafeb5b1b21cdba45c8ca7b8f1d9c	35322fdbc104ccc84abc18baeaa406fd7deb8125a6ad4e42141ed1ad3496b62f
111	2026-12-08 00:27:47.301826+00	system:demo-seed	platform:post:created	{"post": "demo-post-00012", "event": "demo-2024-post-12", "author": "demo-acc-00034", "channel": "demo-chan-0003"}	{"media": [{"id": "demo-media-00012", "sha256": "3c4cc66b8461af5b73b7d8023d8c8f41560e90c311a34ef6e65802b0bcfdf0cf"}], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "7c75aeece0cb5dfa1e1e13c5e7731b60154211839cd60672d02497e074422316"}	35322fdbc104ccc84abc18baeaa406fd7deb8125a6ad4e42141ed1ad3496b62f	f3c2bb41266b8c2333ab9240b943d8ddd062311f7c173324013d79d7b21e4a92
112	2026-12-08 00:27:47.301833+00	system:demo-seed	platform:post:created	{"post": "demo-post-00013", "event": "demo-2024-post-13", "author": "demo-acc-00039", "channel": "demo-chan-0005"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "06ac6d31e688df1366e2ff4d98b52cbfb1afd153bd29485be316b2df6bc62c82"}	f3c2bb41266b8c2333ab9240b943d8ddd062311f7c173324013d79d7b21e4a92	9b987744755741c09aaf3c309c105317348db586fb204c235cbffd90d7f65882
113	2026-12-08 00:27:47.301841+00	system:demo-seed	platform:post:created	{"post": "demo-post-00014", "event": "demo-2024-post-14", "author": "demo-acc-00023", "channel": "demo-chan-0002"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "f33cea9b1ac085c90f3005344863ae01daa0f9a7346434e8d4f5b423c98d3fcb"}	9b987744755741c09aaf3c309c105317348db586fb204c235cbffd90d7f65882	c5c3a04f9427963c1d725d5f04f65abfa907ca3cb353dd1ef5a4d394db19e3be
114	2026-12-08 00:27:47.30185+00	system:demo-seed	platform:post:created	{"post": "demo-post-00015", "event": "demo-2024-post-15", "author": "demo-acc-00002", "channel": "demo-chan-0004"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014"}	c5c3a04f9427963c1d725d5f04f65abfa907ca3cb353dd1ef5a4d394db19e3be	196179813f9cef116e58dacc7af9f9e44547efd79ff4cb1893704ef35943ea8c
115	2026-12-08 00:27:47.301857+00	system:demo-seed	platform:post:created	{"post": "demo-post-00016", "event": "demo-2024-post-16", "author": "demo-acc-00023", "channel": "demo-chan-0005"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014"}	196179813f9cef116e58dacc7af9f9e44547efd79ff4cb1893704ef35943ea8c	10463625dd26f84becf84d8ba8cd529014b7ffbff437512a3343c884d5b3f9d5
116	2026-12-08 00:27:47.30187+00	system:demo-seed	platform:post:created	{"post": "demo-post-00017", "event": "demo-2024-post-17", "author": "demo-acc-00017", "channel": "demo-chan-0004"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "f35e61a14dd6c81574d461b21a3fa99f43825ca3baaf80fbb5f757a1d1436314"}	10463625dd26f84becf84d8ba8cd529014b7ffbff437512a3343c884d5b3f9d5	0f714beafeb8681c58d01645296f8c17f36981fbc7bdba400c791383a4c9a1e0
117	2026-12-08 00:27:47.301884+00	system:demo-seed	platform:post:created	{"post": "demo-post-00018", "event": "demo-2024-post-18", "author": "demo-acc-00007", "channel": "demo-chan-0005"}	{"media": [{"id": "demo-media-00018", "sha256": "5b7de9c1b2a28f1accc8be8ae58672ad79f8ac0d08ece783b4bc118a30dc7b29"}], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d"}	0f714beafeb8681c58d01645296f8c17f36981fbc7bdba400c791383a4c9a1e0	2e71d668d3884b3496e1f4db3d1bc09d2446e4fdd488f8e005e462ff1ba719ff
118	2026-12-08 00:27:47.301898+00	system:demo-seed	platform:post:created	{"post": "demo-post-00019", "event": "demo-2024-post-19", "author": "demo-acc-00030", "channel": "demo-chan-0000"}	{"media": [{"id": "demo-media-00019", "sha256": "edc9d04f8ed19b9fc4e231611b15369da3d37120fccd18e0930752fc39e98eac"}], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "1b2769bda5ec02c6c71e3a629ca71a261733b6ac7958307682d1619f83504c46"}	2e71d668d3884b3496e1f4db3d1bc09d2446e4fdd488f8e005e462ff1ba719ff	99942866ab4450d18e5337f9604a6225a511584dfb5ec916f44f6e05cfdfafb8
119	2026-12-08 00:27:47.301905+00	system:demo-seed	platform:post:created	{"post": "demo-post-00020", "event": "demo-2024-post-20", "author": "demo-acc-00020", "channel": "demo-chan-0001"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014"}	99942866ab4450d18e5337f9604a6225a511584dfb5ec916f44f6e05cfdfafb8	0a2b6a95400588b2f1caf011500ac0144277356c543f2b255b252bf792e1368f
120	2026-12-08 00:27:47.301913+00	system:demo-seed	platform:post:created	{"post": "demo-post-00021", "event": "demo-2024-post-21", "author": "demo-acc-00013", "channel": "demo-chan-0005"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "23654fb41e9bad7a93ea0534d7aef5505d673968c2d4be8f759a85b0e6653238"}	0a2b6a95400588b2f1caf011500ac0144277356c543f2b255b252bf792e1368f	a8b50550364711bd210333297fa59958bcf5167fde8219872d50d07adc34d5ae
121	2026-12-08 00:27:47.30192+00	system:demo-seed	platform:post:created	{"post": "demo-post-00022", "event": "demo-2024-post-22", "author": "demo-acc-00016", "channel": "demo-chan-0002"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "06ac6d31e688df1366e2ff4d98b52cbfb1afd153bd29485be316b2df6bc62c82"}	a8b50550364711bd210333297fa59958bcf5167fde8219872d50d07adc34d5ae	b4e03ba6efbff3ca1cee353f37c69bed5717a5736d967c8bb8836629304688f1
122	2026-12-08 00:27:47.301927+00	system:demo-seed	platform:post:created	{"post": "demo-post-00023", "event": "demo-2024-post-23", "author": "demo-acc-00009", "channel": "demo-chan-0002"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "7c75aeece0cb5dfa1e1e13c5e7731b60154211839cd60672d02497e074422316"}	b4e03ba6efbff3ca1cee353f37c69bed5717a5736d967c8bb8836629304688f1	95d5a981f9073a6b9d8d2022f34cdeb3e93f29d3be8a66d1f3ee98df976db642
123	2026-12-08 00:27:47.301939+00	system:demo-seed	platform:post:created	{"post": "demo-post-00024", "event": "demo-2024-post-24", "author": "demo-acc-00029", "channel": "demo-chan-0002"}	{"media": [{"id": "demo-media-00024", "sha256": "78ec50feca5c73dc3c7fd8c7538413deb7f3ae0b3baec767d29c10480851faf7"}], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "0d6ce238b97a2bb205b5016221cf259b586d85a62517d02b68bd5ba2bb8afe39"}	95d5a981f9073a6b9d8d2022f34cdeb3e93f29d3be8a66d1f3ee98df976db642	7f4c370ebdc973d8f43fedcfc020617366a305778f44e0e5e579f95ab5b602c9
124	2026-12-08 00:27:47.301948+00	system:demo-seed	platform:post:created	{"post": "demo-post-00025", "event": "demo-2024-post-25", "author": "demo-acc-00003", "channel": "demo-chan-0003"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "7a66f1a87b6f21a54cdb9328f189a5be43aba7c1be96a7b198e512f6db31be03"}	7f4c370ebdc973d8f43fedcfc020617366a305778f44e0e5e579f95ab5b602c9	3efe6828d1caea685943edfd10e941f4503c9e0ed1f14c8e8a31f4648b41bf22
125	2026-12-08 00:27:47.30196+00	system:demo-seed	platform:post:created	{"post": "demo-post-00026", "event": "demo-2024-post-26", "author": "demo-acc-00026", "channel": "demo-chan-0002"}	{"media": [{"id": "demo-media-00026", "sha256": "968c35b1e30ee8b8d0f5756195e1fe9f72d40bc9eec608403e21ee8bbaec1ea5"}], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "0d6ce238b97a2bb205b5016221cf259b586d85a62517d02b68bd5ba2bb8afe39"}	3efe6828d1caea685943edfd10e941f4503c9e0ed1f14c8e8a31f4648b41bf22	e55c676ef1b9ebf717a0f7043f675c0e57547d00f256d32481ac21a3cef2046b
126	2026-12-08 00:27:47.301971+00	system:demo-seed	platform:post:created	{"post": "demo-post-00027", "event": "demo-2024-post-27", "author": "demo-acc-00038", "channel": "demo-chan-0000"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d"}	e55c676ef1b9ebf717a0f7043f675c0e57547d00f256d32481ac21a3cef2046b	fa57ecf727eaaaaabbd828eb1ff8d5e7fbf788739e81e5f24133cad28387cccd
127	2026-12-08 00:27:47.301978+00	system:demo-seed	platform:post:created	{"post": "demo-post-00028", "event": "demo-2024-post-28", "author": "demo-acc-00008", "channel": "demo-chan-0001"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014"}	fa57ecf727eaaaaabbd828eb1ff8d5e7fbf788739e81e5f24133cad28387cccd	1436118ffe42787f2c0414b7fde966b1fda7ddd6d09905ebc6b7e47ab9df00f4
128	2026-12-08 00:27:47.301984+00	system:demo-seed	platform:post:created	{"post": "demo-post-00029", "event": "demo-2024-post-29", "author": "demo-acc-00031", "channel": "demo-chan-0003"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "3dcb0b58c7c4e86a8f065e6ed5fc661fa16bd90612e70ba5564c1783e9b01930"}	1436118ffe42787f2c0414b7fde966b1fda7ddd6d09905ebc6b7e47ab9df00f4	488ea20e6c075c68bc6aa11f3da1181aeb6f535f2a172ed1e3b3913792eb2bd1
129	2026-12-08 00:27:47.301992+00	system:demo-seed	platform:post:created	{"post": "demo-post-00030", "event": "demo-2024-post-30", "author": "demo-acc-00033", "channel": "demo-chan-0005"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "1b2769bda5ec02c6c71e3a629ca71a261733b6ac7958307682d1619f83504c46"}	488ea20e6c075c68bc6aa11f3da1181aeb6f535f2a172ed1e3b3913792eb2bd1	7f35a6111420b6d478cef4bfb49f81cb50d7bff4dbfea3a5438c294fcdeb427a
130	2026-12-08 00:27:47.302003+00	system:demo-seed	platform:post:created	{"post": "demo-post-00031", "event": "demo-2024-post-31", "author": "demo-acc-00023", "channel": "demo-chan-0004"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "f35e61a14dd6c81574d461b21a3fa99f43825ca3baaf80fbb5f757a1d1436314"}	7f35a6111420b6d478cef4bfb49f81cb50d7bff4dbfea3a5438c294fcdeb427a	53d547b9dc16a8b54131d409b39953d7dafbc6a1d808dcc85e1a3630443c25be
131	2026-12-08 00:27:47.302011+00	system:demo-seed	platform:post:created	{"post": "demo-post-00032", "event": "demo-2024-post-32", "author": "demo-acc-00026", "channel": "demo-chan-0002"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "7a66f1a87b6f21a54cdb9328f189a5be43aba7c1be96a7b198e512f6db31be03"}	53d547b9dc16a8b54131d409b39953d7dafbc6a1d808dcc85e1a3630443c25be	79607d9e8e991f9912c276be520abbaf2d0a7d2a0ab304e375f7599241761c6b
132	2026-12-08 00:27:47.302018+00	system:demo-seed	platform:post:created	{"post": "demo-post-00033", "event": "demo-2024-post-33", "author": "demo-acc-00015", "channel": "demo-chan-0000"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "23654fb41e9bad7a93ea0534d7aef5505d673968c2d4be8f759a85b0e6653238"}	79607d9e8e991f9912c276be520abbaf2d0a7d2a0ab304e375f7599241761c6b	347c52ded928e95835c963bbcf3a55ac5dfc9c50bba529abe915b074876209b2
133	2026-12-08 00:27:47.302026+00	system:demo-seed	platform:post:created	{"post": "demo-post-00034", "event": "demo-2024-post-34", "author": "demo-acc-00000", "channel": "demo-chan-0001"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "2c0521258f47a253c92fa1cf048b1d4de25efb042568d20bf9cc35d70482d32a"}	347c52ded928e95835c963bbcf3a55ac5dfc9c50bba529abe915b074876209b2	f733212d95aa8bb1848bf3cde235922668da84bc28ef7078040b329cfe42cac6
134	2026-12-08 00:27:47.302038+00	system:demo-seed	platform:post:created	{"post": "demo-post-00035", "event": "demo-2024-post-35", "author": "demo-acc-00015", "channel": "demo-chan-0001"}	{"media": [{"id": "demo-media-00035", "sha256": "14449cd284d389c112b05bf662524b89f7fd514dab2eac8b8ba2ebcaaa28ac4d"}], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "0d6ce238b97a2bb205b5016221cf259b586d85a62517d02b68bd5ba2bb8afe39"}	f733212d95aa8bb1848bf3cde235922668da84bc28ef7078040b329cfe42cac6	434d0bf60868eb15c605756493bb0019ac7a0eabbd81477f1378c1859349fc3f
135	2026-12-08 00:27:47.302045+00	system:demo-seed	platform:post:created	{"post": "demo-post-00036", "event": "demo-2024-post-36", "author": "demo-acc-00016", "channel": "demo-chan-0000"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "2c0521258f47a253c92fa1cf048b1d4de25efb042568d20bf9cc35d70482d32a"}	434d0bf60868eb15c605756493bb0019ac7a0eabbd81477f1378c1859349fc3f	32f7e2b4a8d0c968a0189af61371411ca2ef2a6c16f9625a9c649a45a424ebaa
136	2026-12-08 00:27:47.302056+00	system:demo-seed	platform:post:created	{"post": "demo-post-00037", "event": "demo-2024-post-37", "author": "demo-acc-00023", "channel": "demo-chan-0000"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "0d6ce238b97a2bb205b5016221cf259b586d85a62517d02b68bd5ba2bb8afe39"}	32f7e2b4a8d0c968a0189af61371411ca2ef2a6c16f9625a9c649a45a424ebaa	b0cc7186d6b454ecf743609c8e0920aa3356d45af3d8da23d391eb48b20f1283
137	2026-12-08 00:27:47.302065+00	system:demo-seed	platform:post:created	{"post": "demo-post-00038", "event": "demo-2024-post-38", "author": "demo-acc-00027", "channel": "demo-chan-0004"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d"}	b0cc7186d6b454ecf743609c8e0920aa3356d45af3d8da23d391eb48b20f1283	a8113298c91aba7ce899ae424ee1e6d029820f17c9f668a264c04f58a13d3ce6
138	2026-12-08 00:27:47.302072+00	system:demo-seed	platform:post:created	{"post": "demo-post-00039", "event": "demo-2024-post-39", "author": "demo-acc-00017", "channel": "demo-chan-0002"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014"}	a8113298c91aba7ce899ae424ee1e6d029820f17c9f668a264c04f58a13d3ce6	23f563bf23365aad61d58001e6fa42cd24bc20e8634352fa44aa4aa16295b5c5
139	2026-12-08 00:27:47.302079+00	system:demo-seed	platform:post:created	{"post": "demo-post-00040", "event": "demo-2024-post-40", "author": "demo-acc-00009", "channel": "demo-chan-0000"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "06ac6d31e688df1366e2ff4d98b52cbfb1afd153bd29485be316b2df6bc62c82"}	23f563bf23365aad61d58001e6fa42cd24bc20e8634352fa44aa4aa16295b5c5	78e2d93d12d1bbdf6758a1f9122e53220f1fb3dd11d06d3a5d8c949c2138255c
140	2026-12-08 00:27:47.302086+00	system:demo-seed	platform:post:created	{"post": "demo-post-00041", "event": "demo-2024-post-41", "author": "demo-acc-00005", "channel": "demo-chan-0005"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "f35e61a14dd6c81574d461b21a3fa99f43825ca3baaf80fbb5f757a1d1436314"}	78e2d93d12d1bbdf6758a1f9122e53220f1fb3dd11d06d3a5d8c949c2138255c	162bf3a30a0c17473c9aa8a4766b1acfb2504e798f73ec2d50f7c0f2f472bac7
141	2026-12-08 00:27:47.302098+00	system:demo-seed	platform:post:created	{"post": "demo-post-00042", "event": "demo-2024-post-42", "author": "demo-acc-00012", "channel": "demo-chan-0001"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "2c0521258f47a253c92fa1cf048b1d4de25efb042568d20bf9cc35d70482d32a"}	162bf3a30a0c17473c9aa8a4766b1acfb2504e798f73ec2d50f7c0f2f472bac7	cfe38d931ae6a6737f801a217cd001bafb06cd051ac22520ec58a71c6bd614b4
142	2026-12-08 00:27:47.302113+00	system:demo-seed	platform:post:created	{"post": "demo-post-00043", "event": "demo-2024-post-43", "author": "demo-acc-00026", "channel": "demo-chan-0005"}	{"media": [{"id": "demo-media-00043", "sha256": "e13f7a123875dc92be82f7de18419595cbcdf5f3ec336dc3456a8d44c6d138b3"}], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d"}	cfe38d931ae6a6737f801a217cd001bafb06cd051ac22520ec58a71c6bd614b4	ab77c4b2490e66ea55739e1fe39b45b450d3a0b40641ac47ba45ff9a0d8a8a9b
143	2026-12-08 00:27:47.30212+00	system:demo-seed	platform:post:created	{"post": "demo-post-00044", "event": "demo-2024-post-44", "author": "demo-acc-00015", "channel": "demo-chan-0001"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014"}	ab77c4b2490e66ea55739e1fe39b45b450d3a0b40641ac47ba45ff9a0d8a8a9b	13228c785f0efca58f3bcf83eb67d98db3f585e7158db7993f42769c2e76fafe
144	2026-12-08 00:27:47.302127+00	system:demo-seed	platform:post:created	{"post": "demo-post-00045", "event": "demo-2024-post-45", "author": "demo-acc-00008", "channel": "demo-chan-0005"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "f33cea9b1ac085c90f3005344863ae01daa0f9a7346434e8d4f5b423c98d3fcb"}	13228c785f0efca58f3bcf83eb67d98db3f585e7158db7993f42769c2e76fafe	56ecd226f1edd2220ff3f93b2ffd615a170265185ab4c45788cd1fda89946857
145	2026-12-08 00:27:47.302136+00	system:demo-seed	platform:post:created	{"post": "demo-post-00046", "event": "demo-2024-post-46", "author": "demo-acc-00010", "channel": "demo-chan-0003"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "06ac6d31e688df1366e2ff4d98b52cbfb1afd153bd29485be316b2df6bc62c82"}	56ecd226f1edd2220ff3f93b2ffd615a170265185ab4c45788cd1fda89946857	7dbc2b05567aec7739d59378923c9217c4afd23d88af882852c4de2215d52b82
146	2026-12-08 00:27:47.302149+00	system:demo-seed	platform:post:created	{"post": "demo-post-00047", "event": "demo-2024-post-47", "author": "demo-acc-00034", "channel": "demo-chan-0002"}	{"media": [{"id": "demo-media-00047", "sha256": "de05d941183ccc8deb7a4a4a2b8283d76564bf0d714a7dc2e56c8b7ebaa48fec"}], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014"}	7dbc2b05567aec7739d59378923c9217c4afd23d88af882852c4de2215d52b82	98a7e97fb41d4c19a83eacfa2adba985f70abb050187752fe1b3703fd1e4b6e0
147	2026-12-08 00:27:47.302156+00	system:demo-seed	platform:post:created	{"post": "demo-post-00048", "event": "demo-2024-post-48", "author": "demo-acc-00022", "channel": "demo-chan-0000"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014"}	98a7e97fb41d4c19a83eacfa2adba985f70abb050187752fe1b3703fd1e4b6e0	ce883a6871683c42e3b8923c2b223423336782f0256052a331829e50e1b52b8f
148	2026-12-08 00:27:47.30217+00	system:demo-seed	platform:post:created	{"post": "demo-post-00049", "event": "demo-2024-post-49", "author": "demo-acc-00006", "channel": "demo-chan-0003"}	{"media": [{"id": "demo-media-00049", "sha256": "2150f21487e5474022064e86a5fa093337c9971d6b6ab8002ac1ee3e334e2077"}], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "7c75aeece0cb5dfa1e1e13c5e7731b60154211839cd60672d02497e074422316"}	ce883a6871683c42e3b8923c2b223423336782f0256052a331829e50e1b52b8f	7e2692f862156ab572daea6737b58d6de0b1e124d85e78b5643c068412f05448
149	2026-12-08 00:27:47.302197+00	system:demo-seed	platform:post:created	{"post": "demo-post-00050", "event": "demo-2024-post-50", "author": "demo-acc-00028", "channel": "demo-chan-0005"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d"}	7e2692f862156ab572daea6737b58d6de0b1e124d85e78b5643c068412f05448	dacc4689d03e2b13610c2ecfde8d064a870f68d7e7106091c2feb87a7e64b9a3
150	2026-12-08 00:27:47.302206+00	system:demo-seed	platform:post:created	{"post": "demo-post-00051", "event": "demo-2024-post-51", "author": "demo-acc-00033", "channel": "demo-chan-0004"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d"}	dacc4689d03e2b13610c2ecfde8d064a870f68d7e7106091c2feb87a7e64b9a3	8b22490c733d6afc89789db178490b520d40f49b1a6795b00e256376d9a35b41
151	2026-12-08 00:27:47.302213+00	system:demo-seed	platform:post:created	{"post": "demo-post-00052", "event": "demo-2024-post-52", "author": "demo-acc-00001", "channel": "demo-chan-0003"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d"}	8b22490c733d6afc89789db178490b520d40f49b1a6795b00e256376d9a35b41	8431475f34ff6de4572e840e81d2c588b7ed9a74df351bab50cbd5a93e267caf
152	2026-12-08 00:27:47.302223+00	system:demo-seed	platform:post:created	{"post": "demo-post-00053", "event": "demo-2024-post-53", "author": "demo-acc-00036", "channel": "demo-chan-0001"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "23654fb41e9bad7a93ea0534d7aef5505d673968c2d4be8f759a85b0e6653238"}	8431475f34ff6de4572e840e81d2c588b7ed9a74df351bab50cbd5a93e267caf	2208ae4ca9e44aa4c43d791770e1789129968843d1803065851756a4ab048afc
153	2026-12-08 00:27:47.30223+00	system:demo-seed	platform:post:created	{"post": "demo-post-00054", "event": "demo-2024-post-54", "author": "demo-acc-00029", "channel": "demo-chan-0005"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014"}	2208ae4ca9e44aa4c43d791770e1789129968843d1803065851756a4ab048afc	e9d74c2c97a38264d08b5d885a6f477a9a90679434f80d95598fbc6d61c90e01
154	2026-12-08 00:27:47.302237+00	system:demo-seed	platform:post:created	{"post": "demo-post-00055", "event": "demo-2024-post-55", "author": "demo-acc-00021", "channel": "demo-chan-0002"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014"}	e9d74c2c97a38264d08b5d885a6f477a9a90679434f80d95598fbc6d61c90e01	65222ee05eba1126d42d27bf76568e93964b27b05b58189292d1a2e9cf8f2935
155	2026-12-08 00:27:47.302244+00	system:demo-seed	platform:post:created	{"post": "demo-post-00056", "event": "demo-2024-post-56", "author": "demo-acc-00018", "channel": "demo-chan-0005"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "7a66f1a87b6f21a54cdb9328f189a5be43aba7c1be96a7b198e512f6db31be03"}	65222ee05eba1126d42d27bf76568e93964b27b05b58189292d1a2e9cf8f2935	f66b99136646373ac9d29ed358f9cebef69ec4224a13d2fbf161cdab624c5fd5
156	2026-12-08 00:27:47.302254+00	system:demo-seed	platform:post:created	{"post": "demo-post-00057", "event": "demo-2024-post-57", "author": "demo-acc-00026", "channel": "demo-chan-0004"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "2c0521258f47a253c92fa1cf048b1d4de25efb042568d20bf9cc35d70482d32a"}	f66b99136646373ac9d29ed358f9cebef69ec4224a13d2fbf161cdab624c5fd5	404654142227fbaba28b85bd4cce609af6711b12d6117fd9b46d3e543667dbb8
157	2026-12-08 00:27:47.30227+00	system:demo-seed	platform:post:created	{"post": "demo-post-00058", "event": "demo-2024-post-58", "author": "demo-acc-00034", "channel": "demo-chan-0000"}	{"media": [{"id": "demo-media-00058", "sha256": "38514739295fc744f375ba6cefea9fcb9ea410aac8a98c24e547e8ad406bf712"}], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "f35e61a14dd6c81574d461b21a3fa99f43825ca3baaf80fbb5f757a1d1436314"}	404654142227fbaba28b85bd4cce609af6711b12d6117fd9b46d3e543667dbb8	750e211a10eba7d1c23be04b215060641606ba5babb967c8f1cd31c0c6d67c03
158	2026-12-08 00:27:47.302277+00	system:demo-seed	platform:post:created	{"post": "demo-post-00059", "event": "demo-2024-post-59", "author": "demo-acc-00010", "channel": "demo-chan-0005"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "f3d33882e826cbba37531dd4fad4182621ca4e0937e38a52ae595d8139cec957"}	750e211a10eba7d1c23be04b215060641606ba5babb967c8f1cd31c0c6d67c03	e8c804d81135e090e486a12740b253ad0058e7fd902fd6aa502313fab3dffb9e
159	2026-12-08 00:27:47.302287+00	system:demo-seed	platform:post:created	{"post": "demo-post-00060", "event": "demo-2024-post-60", "author": "demo-acc-00020", "channel": "demo-chan-0005"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "7c75aeece0cb5dfa1e1e13c5e7731b60154211839cd60672d02497e074422316"}	e8c804d81135e090e486a12740b253ad0058e7fd902fd6aa502313fab3dffb9e	94c44605d4bb1593829a2dfe7f4a092d130cdd2ab822f1650c916e2cae668358
160	2026-12-08 00:27:47.302293+00	system:demo-seed	platform:post:created	{"post": "demo-post-00061", "event": "demo-2024-post-61", "author": "demo-acc-00028", "channel": "demo-chan-0003"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "2c0521258f47a253c92fa1cf048b1d4de25efb042568d20bf9cc35d70482d32a"}	94c44605d4bb1593829a2dfe7f4a092d130cdd2ab822f1650c916e2cae668358	cec672152dcffb38b32e40bdb0c6d4bc816d6e7bd667649a6e7c3dff2e082eba
161	2026-12-08 00:27:47.302307+00	system:demo-seed	platform:post:created	{"post": "demo-post-00062", "event": "demo-2024-post-62", "author": "demo-acc-00002", "channel": "demo-chan-0001"}	{"media": [{"id": "demo-media-00062", "sha256": "939a66fec1bcdb2d81cc472a0b6a11feaa682f07c6bd520fee3b3146ce08e134"}], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "a3ea7726ba605a11888fe84fa33f9cb870fb6921da53ff9703c25c81bde63d38"}	cec672152dcffb38b32e40bdb0c6d4bc816d6e7bd667649a6e7c3dff2e082eba	2a73c2a6b4a4a3fee3c6a74d144906d640e143190dc632c51cc9d9db6f95c9eb
162	2026-12-08 00:27:47.302314+00	system:demo-seed	platform:post:created	{"post": "demo-post-00063", "event": "demo-2024-post-63", "author": "demo-acc-00011", "channel": "demo-chan-0000"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014"}	2a73c2a6b4a4a3fee3c6a74d144906d640e143190dc632c51cc9d9db6f95c9eb	9362ac61f1284b007695be735cee2cffd5b207ee3db6c402c67ae9a3b6a08610
163	2026-12-08 00:27:47.302325+00	system:demo-seed	platform:post:created	{"post": "demo-post-00064", "event": "demo-2024-post-64", "author": "demo-acc-00038", "channel": "demo-chan-0001"}	{"media": [{"id": "demo-media-00064", "sha256": "c986f9e93b1f396e09f3a65aa2aa1487312209ee7570ca90c55af6c570952fe2"}], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "1b2769bda5ec02c6c71e3a629ca71a261733b6ac7958307682d1619f83504c46"}	9362ac61f1284b007695be735cee2cffd5b207ee3db6c402c67ae9a3b6a08610	e8f3906864886f8705190f49aa5c7cca2df6891882150458a1773e656a1185b3
164	2026-12-08 00:27:47.302337+00	system:demo-seed	platform:post:created	{"post": "demo-post-00065", "event": "demo-2024-post-65", "author": "demo-acc-00022", "channel": "demo-chan-0005"}	{"media": [{"id": "demo-media-00065", "sha256": "9882d1cb30f65003d42df492aac5973e2feb5874d1d35ebfeff90738959f29d6"}], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "06ac6d31e688df1366e2ff4d98b52cbfb1afd153bd29485be316b2df6bc62c82"}	e8f3906864886f8705190f49aa5c7cca2df6891882150458a1773e656a1185b3	b45ee8cce4c4f7f0c729526f55e234e597f42eaf82d37c43207e8a30a799700c
165	2026-12-08 00:27:47.302349+00	system:demo-seed	platform:post:created	{"post": "demo-post-00066", "event": "demo-2024-post-66", "author": "demo-acc-00034", "channel": "demo-chan-0003"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "64d538053883e24345cfc7d04a35e534aa22c3b0fc7df962521268ac426baafa"}	b45ee8cce4c4f7f0c729526f55e234e597f42eaf82d37c43207e8a30a799700c	f44071e2c949e52f23b1411606915390ea4355ed575d20928661ae4dff38e1f6
166	2026-12-08 00:27:47.302361+00	system:demo-seed	platform:post:created	{"post": "demo-post-00067", "event": "demo-2024-post-67", "author": "demo-acc-00007", "channel": "demo-chan-0005"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "23654fb41e9bad7a93ea0534d7aef5505d673968c2d4be8f759a85b0e6653238"}	f44071e2c949e52f23b1411606915390ea4355ed575d20928661ae4dff38e1f6	c19b785608c4f115a8a7c8ee77358b628c0cda9cd8432a0a111b56b1b4937c61
167	2026-12-08 00:27:47.30237+00	system:demo-seed	platform:post:created	{"post": "demo-post-00068", "event": "demo-2024-post-68", "author": "demo-acc-00015", "channel": "demo-chan-0004"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "06ac6d31e688df1366e2ff4d98b52cbfb1afd153bd29485be316b2df6bc62c82"}	c19b785608c4f115a8a7c8ee77358b628c0cda9cd8432a0a111b56b1b4937c61	fd72b2334996620ed17cf5651b0621e5ef4e147af6f06d5f43d787cf52e06ede
168	2026-12-08 00:27:47.302377+00	system:demo-seed	platform:post:created	{"post": "demo-post-00069", "event": "demo-2024-post-69", "author": "demo-acc-00004", "channel": "demo-chan-0005"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "2c0521258f47a253c92fa1cf048b1d4de25efb042568d20bf9cc35d70482d32a"}	fd72b2334996620ed17cf5651b0621e5ef4e147af6f06d5f43d787cf52e06ede	9b1fdb31adfd0cef259262cd16f3e06aef8638c5119e9420d3c84e313eac6064
169	2026-12-08 00:27:47.302383+00	system:demo-seed	platform:post:created	{"post": "demo-post-00070", "event": "demo-2024-post-70", "author": "demo-acc-00038", "channel": "demo-chan-0005"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "f35e61a14dd6c81574d461b21a3fa99f43825ca3baaf80fbb5f757a1d1436314"}	9b1fdb31adfd0cef259262cd16f3e06aef8638c5119e9420d3c84e313eac6064	077518a74943a870d5e573104133495ad7f0ecf00316d02a2856ad1579b8e4c5
170	2026-12-08 00:27:47.30239+00	system:demo-seed	platform:post:created	{"post": "demo-post-00071", "event": "demo-2024-post-71", "author": "demo-acc-00003", "channel": "demo-chan-0000"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "3dcb0b58c7c4e86a8f065e6ed5fc661fa16bd90612e70ba5564c1783e9b01930"}	077518a74943a870d5e573104133495ad7f0ecf00316d02a2856ad1579b8e4c5	1674d6ed7f129dad9464887b469def2190b2fdcac2cd34eb2f075aa7e3a01c05
171	2026-12-08 00:27:47.302397+00	system:demo-seed	platform:post:created	{"post": "demo-post-00072", "event": "demo-2024-post-72", "author": "demo-acc-00036", "channel": "demo-chan-0000"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "06ac6d31e688df1366e2ff4d98b52cbfb1afd153bd29485be316b2df6bc62c82"}	1674d6ed7f129dad9464887b469def2190b2fdcac2cd34eb2f075aa7e3a01c05	59ec18d77e3be8273328633cd290ced212f6f1049d85fb95f872c1cff084ee69
172	2026-12-08 00:27:47.302404+00	system:demo-seed	platform:post:created	{"post": "demo-post-00073", "event": "demo-2024-post-73", "author": "demo-acc-00011", "channel": "demo-chan-0004"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "23654fb41e9bad7a93ea0534d7aef5505d673968c2d4be8f759a85b0e6653238"}	59ec18d77e3be8273328633cd290ced212f6f1049d85fb95f872c1cff084ee69	a3c1afd3ddde87c7a19baccdacab9300af482529248bb091829c1bb730f063da
173	2026-12-08 00:27:47.302416+00	system:demo-seed	platform:post:created	{"post": "demo-post-00074", "event": "demo-2024-post-74", "author": "demo-acc-00020", "channel": "demo-chan-0003"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "5f2884dd5f29f9a7e0008a33c1bedf060b617311a13601eadfb657f8358dda64"}	a3c1afd3ddde87c7a19baccdacab9300af482529248bb091829c1bb730f063da	42b6b232e3241af713e0ab6f8975c58b61282b616456df15dc2209fcc164b890
174	2026-12-08 00:27:47.302423+00	system:demo-seed	platform:post:created	{"post": "demo-post-00075", "event": "demo-2024-post-75", "author": "demo-acc-00036", "channel": "demo-chan-0005"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "0d6ce238b97a2bb205b5016221cf259b586d85a62517d02b68bd5ba2bb8afe39"}	42b6b232e3241af713e0ab6f8975c58b61282b616456df15dc2209fcc164b890	0c55c7148d57ea9ce103eb4b7d67a6a02957d34fea2c22de6f5572640a6d66f3
175	2026-12-08 00:27:47.302433+00	system:demo-seed	platform:post:created	{"post": "demo-post-00076", "event": "demo-2024-post-76", "author": "demo-acc-00037", "channel": "demo-chan-0004"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d"}	0c55c7148d57ea9ce103eb4b7d67a6a02957d34fea2c22de6f5572640a6d66f3	48c90214a24d337931f92a142c7825d547166704d834ea5eb5b3c9f51cf6b083
176	2026-12-08 00:27:47.302448+00	system:demo-seed	platform:post:created	{"post": "demo-post-00077", "event": "demo-2024-post-77", "author": "demo-acc-00011", "channel": "demo-chan-0005"}	{"media": [{"id": "demo-media-00077", "sha256": "70d85133a2244dbb3a7311c6d115f96cae8be37acda930747fac52951d4de01b"}], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "06ac6d31e688df1366e2ff4d98b52cbfb1afd153bd29485be316b2df6bc62c82"}	48c90214a24d337931f92a142c7825d547166704d834ea5eb5b3c9f51cf6b083	3064ba2b43b1928ebb4f6ffc192f324d0abcc5800f555e1574204594dbc7acdd
177	2026-12-08 00:27:47.302465+00	system:demo-seed	platform:post:created	{"post": "demo-post-00078", "event": "demo-2024-post-78", "author": "demo-acc-00023", "channel": "demo-chan-0005"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "3dcb0b58c7c4e86a8f065e6ed5fc661fa16bd90612e70ba5564c1783e9b01930"}	3064ba2b43b1928ebb4f6ffc192f324d0abcc5800f555e1574204594dbc7acdd	15296bb20c5ccb5daf4aaeebe5714115a4ffb274e179e35e8209db3b4f149cee
178	2026-12-08 00:27:47.302478+00	system:demo-seed	platform:post:created	{"post": "demo-post-00079", "event": "demo-2024-post-79", "author": "demo-acc-00017", "channel": "demo-chan-0005"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014"}	15296bb20c5ccb5daf4aaeebe5714115a4ffb274e179e35e8209db3b4f149cee	63450ab9f27bbe3975d788da66ea6736c201609a14b46c70221056fd0bf316ff
179	2026-12-08 00:27:47.350816+00	system:demo-seed	authz:agency:created	{"agency": "5febaab2-37da-4eca-bd81-4ef8213eefd0"}	{"kind": "police", "country": "DE", "name_sha256": "b66a1b3fec6ccd4318846a59f6b349db62fc7f868e078bbc105f47f16334677c", "domains_sha256": "41fccc76c29c8ad7f3562886579e83cd8d59ce30bb62308b1da687ad99d5bbe1", "signing_key_sha256": null, "callback_phone_sha256": null}	63450ab9f27bbe3975d788da66ea6736c201609a14b46c70221056fd0bf316ff	78af2738023c7d93f4f06cdff5bdde9a92af9e5c43dedc7c4d38c85c2b741364
180	2026-12-08 00:27:47.35381+00	system:demo-seed	authz:flagger:created	{"flagger": "4e0db490-02a7-4398-a7c1-65bd715d0bd4"}	{"name_sha256": "48b2441ed4309b8397b6faa1b6630fbd3beb848bb6911d262c7b2a088ac1226b"}	78af2738023c7d93f4f06cdff5bdde9a92af9e5c43dedc7c4d38c85c2b741364	850ef4f7ad8bcce48af93aa8ebbb4a75f9c4b6352909e1784a33e566d51bfb0d
181	2026-12-08 00:27:47.564653+00	system:demo-seed	authz:user:created	{"user": "63600ef7-0f14-45df-b1a6-1e70d43289c6"}	{"role": "admin", "totp_required": false}	850ef4f7ad8bcce48af93aa8ebbb4a75f9c4b6352909e1784a33e566d51bfb0d	a40fdc09572d7d71115f3fdfef922a91e509a4cbdf5fde17df44628c34adefe1
182	2026-12-08 00:27:47.770846+00	system:demo-seed	authz:user:created	{"user": "a9253dc7-96c6-43fa-80a6-8fa65e15a01d"}	{"role": "moderator", "totp_required": false}	a40fdc09572d7d71115f3fdfef922a91e509a4cbdf5fde17df44628c34adefe1	e1aa46fda97408c2f4ffc459a45c98e1396a776041fd8eac16931e628591eb2a
183	2026-12-08 00:27:47.980138+00	system:demo-seed	authz:user:created	{"user": "55547f78-7231-496a-b4e0-0754e32a7ade"}	{"role": "senior_moderator", "totp_required": false}	e1aa46fda97408c2f4ffc459a45c98e1396a776041fd8eac16931e628591eb2a	2e0870b95975ec554a38929b2d59d5fe0611c28668642cf54e85117e3f22a33c
184	2026-12-08 00:27:48.288502+00	system:demo-seed	authz:user:created	{"user": "9b95e5b5-caca-4258-8064-a6a18400ecfc"}	{"role": "legal_officer", "totp_required": false}	2e0870b95975ec554a38929b2d59d5fe0611c28668642cf54e85117e3f22a33c	3cf3d07f97f2227aa58b42648cf54f7aed12e90a88799db68ca697116a91fbf5
185	2026-12-08 00:27:48.482256+00	system:demo-seed	authz:user:created	{"user": "8446e6b3-6eae-49eb-a4c0-9cd9a428638c"}	{"role": "auditor", "totp_required": false}	3cf3d07f97f2227aa58b42648cf54f7aed12e90a88799db68ca697116a91fbf5	783a795b33d4f9c6b65c1fbb318f3f28271cb7195e20725f76570a1329a92237
186	2026-12-08 00:27:48.650764+00	system:demo-seed	authz:user:created	{"user": "2206e86a-3975-4bdd-81f7-729c9dc01d56", "flagger": "4e0db490-02a7-4398-a7c1-65bd715d0bd4"}	{"role": "trusted_flagger", "totp_required": false}	783a795b33d4f9c6b65c1fbb318f3f28271cb7195e20725f76570a1329a92237	f917bfae805d4b6f7e7d8bf431ec3c2199a1c1bfa0d40cdb9a491d8ca0e9ce99
187	2026-12-08 00:27:48.849915+00	system:demo-seed	authz:user:created	{"user": "95c63e0f-8dd5-4979-ad63-7d7401ee5517", "agency": "5febaab2-37da-4eca-bd81-4ef8213eefd0"}	{"role": "authority", "totp_required": false}	f917bfae805d4b6f7e7d8bf431ec3c2199a1c1bfa0d40cdb9a491d8ca0e9ce99	cd09cfdc534a47ad38419579359f1334af47cb616e238185f088b1f994cc793e
188	2026-12-08 00:27:48.858596+00	system:demo-seed	authz:user:totp_enabled	{"user": "95c63e0f-8dd5-4979-ad63-7d7401ee5517"}	{}	cd09cfdc534a47ad38419579359f1334af47cb616e238185f088b1f994cc793e	8f9cf720780801a949bc4196ba2bdcbfa2f454dd62b7e7ab23d7b2302c343299
189	2026-12-08 00:27:48.869095+00	system:demo-seed	authz:key:created	{"key": "d67cecb6-3fb6-4aba-8c30-b882b9b68ac6"}	{"role": "platform"}	8f9cf720780801a949bc4196ba2bdcbfa2f454dd62b7e7ab23d7b2302c343299	e8e4d9d549789d230f7959167897f425dad4c0fa7d4aff1d3255d1a54bd52c3f
190	2026-12-08 00:27:48.946196+00	system:demo-seed	authz:key:created	{"key": "d7fc6c7a-e456-4e5b-851c-b4a10b5bd002", "owner": "4e0db490-02a7-4398-a7c1-65bd715d0bd4"}	{"role": "trusted_flagger"}	e8e4d9d549789d230f7959167897f425dad4c0fa7d4aff1d3255d1a54bd52c3f	0810c6ab4dffff23abaf522225b4573a4e5922e10fe13833a2c2f505ff7bb84a
191	2026-12-08 00:27:49.028447+00	system:demo-seed	authz:key:created	{"key": "d8f448a1-03e7-4b60-8986-6dc04d24a223", "owner": "5febaab2-37da-4eca-bd81-4ef8213eefd0"}	{"role": "authority"}	0810c6ab4dffff23abaf522225b4573a4e5922e10fe13833a2c2f505ff7bb84a	5aa01d63ccd77aea83a92cbfabdbd5ee0d55e2735e253d65c89e2335bc183ae9
192	2026-12-08 00:27:49.049134+00	system:demo-seed	system:demo:seeded	{"seed": "2024"}	{"events": 186}	5aa01d63ccd77aea83a92cbfabdbd5ee0d55e2735e253d65c89e2335bc183ae9	dd9c5dedd0b523bd4ef0c7a401f18b63739c402244846d3dddb6757c18a68bff
193	2026-12-05 23:00:00+00	system:demo-seed	authz:flagger:created	{"flagger": "5a61561e-529e-4332-b4aa-127280e7b5ee"}	{"name_sha256": "6dc01242df9309279045a7f6599710a43005bdffe1e1c07b3571c419e34872ff"}	dd9c5dedd0b523bd4ef0c7a401f18b63739c402244846d3dddb6757c18a68bff	e542f20976f6b0829f02488c3555e925ac900078e29343e3fca3031a3926df42
194	2026-12-05 23:00:00+00	system:demo-seed	authz:flagger:created	{"flagger": "e8938b18-4cb9-4d76-885c-d8edd713ae21"}	{"name_sha256": "ee84ffa28f66e0e955b6a9b74c5e8639f78d75fdceff94515c84d9c746986ac8"}	e542f20976f6b0829f02488c3555e925ac900078e29343e3fca3031a3926df42	74734aec9f05e4fb8f01d193bf9c351c9d21d0fcb9ca83aaac25d3e648bc46cc
195	2026-12-05 23:00:00+00	system:demo-seed	authz:flagger:created	{"flagger": "4526c352-fb93-40a3-9de2-0f82542420ff"}	{"name_sha256": "567f8594497b434ad56a6511e8430fa9b95f61a2986ebbe9971a3101ebe06d0a"}	74734aec9f05e4fb8f01d193bf9c351c9d21d0fcb9ca83aaac25d3e648bc46cc	ba967d81b1c1066ac38a13367b344ea087b74e3c67062e7e001664cb99014f1e
196	2026-12-05 23:00:00+00	system:demo-seed	authz:agency:created	{"agency": "718be953-cb65-4752-933b-68e66adf57e4"}	{"kind": "police", "country": "FR", "name_sha256": "ab6b5abec055cd0dc24ee6c9902bd7e1c135e862aa6356eb19b2657818cb4c59", "domains_sha256": "42e1af4273846ed6abdfb285829a9555bf5bda2b3c6aa60fe52e92d4a2330a89", "signing_key_sha256": null, "callback_phone_sha256": null}	ba967d81b1c1066ac38a13367b344ea087b74e3c67062e7e001664cb99014f1e	e80b7c075f39866d50420bdda452dcecdc0e9ffcd14e3fa62de44a39764ec301
197	2026-12-05 23:00:00+00	system:demo-seed	authz:agency:created	{"agency": "8e914c14-7a0e-42f2-98c3-7b56f7e394ee"}	{"kind": "police", "country": "IT", "name_sha256": "a90e60f459dcf72c98bd85914d03f55b342d50300ed21f77a61c9141676657b5", "domains_sha256": "a2f9485b57e595d65531d8f36a650af90aa8f49b04766d4f7ea67e5889d9c1b2", "signing_key_sha256": null, "callback_phone_sha256": null}	e80b7c075f39866d50420bdda452dcecdc0e9ffcd14e3fa62de44a39764ec301	59e69f76a667ddbe5ebf237f21fc02ea77d3796a92369961bfdc75d859440437
198	2026-12-05 23:00:00+00	system:demo-seed	authz:agency:created	{"agency": "4f93e752-b580-4bf9-a29b-ffc6e4fae3b8"}	{"kind": "court", "country": "ES", "name_sha256": "f3ca6d3b70427101e1e5d4cb44305e510c36ee7014bcb934196454fa0353d3cc", "domains_sha256": "c911510968776a17bc30f450e4a51ae0c934f3ead41a5f56b52b63bd353ee344", "signing_key_sha256": null, "callback_phone_sha256": null}	59e69f76a667ddbe5ebf237f21fc02ea77d3796a92369961bfdc75d859440437	5ac70268f3aff3adf779a9fd23d142c4c761005e2cc3681c4110e1e396e4879b
199	2026-12-05 23:00:00+00	system:demo-seed	authz:agency:created	{"agency": "0ff81c10-0342-4876-9bb4-f89342e363df"}	{"kind": "prosecutor", "country": "PL", "name_sha256": "5d5c0f6cfeae09af3d76a135fc367e4f75e2d2f6f337f47bc4be871135f47746", "domains_sha256": "c5a25301713ecaab69c69635e8505067e36c6e65438d61a2a41fc83355ebacdd", "signing_key_sha256": null, "callback_phone_sha256": null}	5ac70268f3aff3adf779a9fd23d142c4c761005e2cc3681c4110e1e396e4879b	b55fd523886f1a9c5a019ef286dd273718e46a998d86714c6b60b86c5a8231e4
200	2026-12-05 23:00:00+00	system:demo-seed	authz:agency:created	{"agency": "74bc3c87-89e9-4027-8ad7-3e07063dcb94"}	{"kind": "prosecutor", "country": "NL", "name_sha256": "62f77c812ce9a005fafb0b902baddd798858ae51bee482ca75802d946348956b", "domains_sha256": "bd0b94e3126d4e34c670c15f1c6f24cbd97dd539fcd4979e0f8290a233db91a6", "signing_key_sha256": null, "callback_phone_sha256": null}	b55fd523886f1a9c5a019ef286dd273718e46a998d86714c6b60b86c5a8231e4	33de412981e8a16748bb9b2ddf19d7cf55855bcd063f440bc44398943580dbdb
228	2026-12-06 03:56:59.59272+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	enforcement:action:planned	{"post": "demo-post-20261206-00060", "decision": "ea7c5142-2677-4faa-9980-e6841e26a773", "enforcement": "dd4828f5-6e5e-45f0-b78c-5cec654513e2"}	{"kind": "remove_post"}	bdf9854d21732a30f545108c14e4a46b9a5757925e2bd5ba8cccb13687d60680	d0bffa06702fe6ef1c8d80e5f9ebf6f80db47719297184c7cbd5e00918240a3c
201	2026-12-05 23:00:00+00	system:demo-seed	authz:agency:created	{"agency": "32d43eb4-a1b5-46a1-a990-ccbc436fe4ce"}	{"kind": "regulator", "country": "IE", "name_sha256": "5d870ab277784ed40fae87c624d3b50373c63f3ecc01b6f9bdf70178491de5a7", "domains_sha256": "697b8913e852bae4240ff18d55f1667e1f29e6f2ece7d1edddf1bc2a83d8675e", "signing_key_sha256": null, "callback_phone_sha256": null}	33de412981e8a16748bb9b2ddf19d7cf55855bcd063f440bc44398943580dbdb	78b65cd38c4f5bd1a88a18c700fe55ed4204f4490088fbaa540e66e56b494c81
202	2026-12-05 23:00:00+00	system:demo-seed	authz:agency:created	{"agency": "4d3d5969-4f77-4b35-ad78-eb559f6edfd8"}	{"kind": "police", "country": "US", "name_sha256": "56a651a3529992d08b3d5c58b09fc91726e8c57ef9439cfbed59399e871fc892", "domains_sha256": "d0864b3c9874fae921fc93aef53816475c35add9053271da3a9d79a683c1a2a6", "signing_key_sha256": null, "callback_phone_sha256": null}	78b65cd38c4f5bd1a88a18c700fe55ed4204f4490088fbaa540e66e56b494c81	f850031a0e7f9818ed472b715892f63c61e5cfc25cf12981ea1ecedc9eaacb84
203	2026-12-05 23:00:00+00	system:demo-seed	authz:agency:created	{"agency": "49ab0af4-dca7-4fa1-99b2-7ba776143114"}	{"kind": "court", "country": "BR", "name_sha256": "37c2f8bd3b67a9f01da0dc46a9e153405e21dd5a12f7e38e16c7e786e7fb79b7", "domains_sha256": "feddd9f61e252429bd15cbf2b4e5cfb10a2721601d19559c4934d1a211e54536", "signing_key_sha256": null, "callback_phone_sha256": null}	f850031a0e7f9818ed472b715892f63c61e5cfc25cf12981ea1ecedc9eaacb84	8f1052ffaaddf775855490f27f446a67378c38ecbac8ad600d52d8e288786616
204	2026-12-05 23:00:00+00	system:demo-seed	authz:agency:created	{"agency": "e4f7f983-1aea-441c-95fe-fc333ab14ce2"}	{"kind": "ministry", "country": "IN", "name_sha256": "391457766edeac444ef6bb14797fe5577a376d8d4798952609ddcad9f82dac07", "domains_sha256": "98074dc643b4ff235740dcdacdc9a38ab83e5fa3e6a332688b126c78523f26a1", "signing_key_sha256": null, "callback_phone_sha256": null}	8f1052ffaaddf775855490f27f446a67378c38ecbac8ad600d52d8e288786616	4f420b500227d9721a7f5cb129c093b25f1237b88223468d4bc2f082652d3ad9
205	2026-12-05 23:00:00+00	system:demo-seed	authz:agency:created	{"agency": "8696520b-eca5-4f42-8f6c-5e1730b68111"}	{"kind": "regulator", "country": "TR", "name_sha256": "7c00c894035f15217ef25839b3ab77915a4fe94d0fa8e0de8bf56ddc4d820153", "domains_sha256": "90a38e96182d05c80a088f8e9e9366024a75a1a572b56e9950f235e9c6440a95", "signing_key_sha256": null, "callback_phone_sha256": null}	4f420b500227d9721a7f5cb129c093b25f1237b88223468d4bc2f082652d3ad9	c2a3be551ba1ddb2cb96a09dd118ec4af2eb985ef31586279627b4ca78c05992
206	2026-12-05 23:00:00+00	system:demo-seed	authz:agency:created	{"agency": "ba3801fb-f731-43ab-8a36-f747105c0138"}	{"kind": "regulator", "country": "RU", "name_sha256": "4cd6719d0579f9b00e514aec6b42f82ad036a0e09a360af9213dee33c18442c3", "domains_sha256": "b3bcb86971854ed445b537e7fe0f2a1d7d97fa0499fd2caedc83e82d3b42fbb2", "signing_key_sha256": null, "callback_phone_sha256": null}	c2a3be551ba1ddb2cb96a09dd118ec4af2eb985ef31586279627b4ca78c05992	b2d7ed77988b9aba04b4a785f73736d38b3169a899a84a8dfad40c74da5b88c6
207	2026-12-06 00:48:44+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00060", "event": "demo-activity-demo-post-20261206-00060", "author": "demo-acc-00027", "channel": "demo-chan-0005"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "1d297bd1ea4ee2c478e6ce695ffd137e7eb8fda2bcbd2e2c97826fd48fe392df"}	b2d7ed77988b9aba04b4a785f73736d38b3169a899a84a8dfad40c74da5b88c6	5b9f66601906a2dcfeb58a7064d0923fc07402736c2d0fb2433c4e28e01a4f40
208	2026-12-06 00:48:44+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00065", "event": "demo-activity-demo-post-20261206-00065", "author": "demo-acc-00001", "channel": "demo-chan-0002"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "791596b20cfeb6fbf78b8f6fa6417fa1a09d58fe38f5c13ef39d7341cd9033e1"}	5b9f66601906a2dcfeb58a7064d0923fc07402736c2d0fb2433c4e28e01a4f40	b675eb639127ce4ebdd001172298ddcd260f32349ed8d58c645c5b06c0c156fb
209	2026-12-06 00:48:44+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00077", "event": "demo-activity-demo-post-20261206-00077", "author": "demo-acc-00021", "channel": "demo-chan-0002"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "1edbe17849a9674d56369a3c5f8f46004fd45b5e1d660c60246590985b1ae0fb"}	b675eb639127ce4ebdd001172298ddcd260f32349ed8d58c645c5b06c0c156fb	bbd398a2d25fab5aa23450fdfb929a694ac467efd3f3de2f7d7f28b6160f46b6
210	2026-12-06 00:48:44+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00091", "event": "demo-activity-demo-post-20261206-00091", "author": "demo-acc-00038", "channel": "demo-chan-0002"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "9fc0eabd9a0481a2aa247f7d4b4a8d7be248e8c4db1c2874688ebd5166d439ac"}	bbd398a2d25fab5aa23450fdfb929a694ac467efd3f3de2f7d7f28b6160f46b6	00739947d487ed918549a79c191be993a7f88cbead08a0d4007790d5fdfb8658
211	2026-12-06 00:49:14+00	api_key:demo-flagger	intake:notice:received	{"case": "f5687c8b-869d-45c3-9325-1a9e6b04ab6b", "notice": "9dc5d6ce-3dac-4af3-a8fe-6a0ee972ca6b", "flagger": "4526c352-fb93-40a3-9de2-0f82542420ff"}	{"tier": 1, "category": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "handling": "normal", "keywords": ["KEYWORD_HATE_SPEECH"], "body_sha256": "ddb287003f8097b7530d57cf162621ee82792e07a0ccd1bd3d8606a5c267e688", "case_opened": true, "item_sha256": "192523a9c30cc870f515f0aed8012d725bb87f999c231f8b0da976ab10d3cf5e", "notifier_given": false}	00739947d487ed918549a79c191be993a7f88cbead08a0d4007790d5fdfb8658	766287b3cb847e8f95ae9400e07f627e3d98d2506352853604023c058d7daac9
212	2026-12-06 00:50:27+00	system:demo-seed	intake:notice:received	{"case": "a720149f-6231-48dd-a497-e8460e2c34f8", "notice": "75c4c4be-fb47-4115-9475-146910adceb7"}	{"tier": 0, "category": "STATEMENT_CATEGORY_CYBER_VIOLENCE", "handling": "normal", "keywords": ["KEYWORD_CYBER_HARASSMENT"], "body_sha256": "265f2d424d55f3351f319211d08af492e88d8457f7b8a2f72c3ece91cefee6d2", "case_opened": true, "item_sha256": "e791d507cc6c9e69e47f930a2d6cd0139e4e7ea4a057c317464fe29a64abb0f9", "notifier_given": false}	766287b3cb847e8f95ae9400e07f627e3d98d2506352853604023c058d7daac9	79e041a463a26222a836251736ac7108d4cb395111518776fa0d061549c20065
213	2026-12-06 00:57:01+00	system:demo-seed	intake:notice:received	{"case": "58e95c0b-90ce-46df-82d3-a545d4a47c7d", "notice": "4770d186-7f78-4a4c-9201-784059a18338"}	{"tier": 0, "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "handling": "normal", "keywords": ["KEYWORD_PHISHING"], "body_sha256": "d013529d282532f405d35586f69d090d3c8b5dc457053ac4c4999ee8da2efb56", "case_opened": true, "item_sha256": "d2c131af4374f0a21ac1d0013d9d2987c2bcaee616a8384f1699c385e2adf91f", "notifier_given": true}	79e041a463a26222a836251736ac7108d4cb395111518776fa0d061549c20065	42a2a9f3c3415defc73f5872ab639ffce774fe23bc3ee9d42e72b13a91c40168
229	2026-12-06 03:56:59.59272+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	transparency:statement:issued	{"account": "demo-acc-00027", "decision": "ea7c5142-2677-4faa-9980-e6841e26a773", "statement": "fa755a9c-ad8a-4fb0-b72b-a671043cdc42"}	{"kind": "remove_post", "puid": "sh-fa755a9c-ad8a-4fb0-b72b-a671043cdc42"}	d0bffa06702fe6ef1c8d80e5f9ebf6f80db47719297184c7cbd5e00918240a3c	c438db44076e01081c49394a31f6cc4d1934f911d8331d15373cef76b67ef1ee
214	2026-12-06 01:16:14+00	system:demo-seed	intake:notice:received	{"case": "f5687c8b-869d-45c3-9325-1a9e6b04ab6b", "notice": "aab85321-5985-4f56-af26-0891fb46ff66"}	{"tier": 1, "category": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "handling": "normal", "keywords": ["KEYWORD_HATE_SPEECH"], "body_sha256": "2ffb87c240416d1112a1bd349392a867510975b7c1591d52ed4ff254dfdfa98c", "case_opened": false, "item_sha256": "192523a9c30cc870f515f0aed8012d725bb87f999c231f8b0da976ab10d3cf5e", "notifier_given": false}	42a2a9f3c3415defc73f5872ab639ffce774fe23bc3ee9d42e72b13a91c40168	224f5e81dfd0988e66af03210354fbcd82b0fe080c767641b7262aaf1ee4f30b
215	2026-12-06 01:22:01+00	system:demo-seed	intake:notice:received	{"case": "58e95c0b-90ce-46df-82d3-a545d4a47c7d", "notice": "cecb55f1-7d45-4513-84f9-96b9a2667d3d"}	{"tier": 0, "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "handling": "normal", "keywords": ["KEYWORD_PHISHING"], "body_sha256": "8e7fc9c7157d82511146543e89f9787bdd12338146e40782fae1460390b66d8e", "case_opened": false, "item_sha256": "d2c131af4374f0a21ac1d0013d9d2987c2bcaee616a8384f1699c385e2adf91f", "notifier_given": false}	224f5e81dfd0988e66af03210354fbcd82b0fe080c767641b7262aaf1ee4f30b	69d1ab3ff328616392a650cce8f78f7d82639d38fea0ae5d7e2823904e76e55b
216	2026-12-06 01:46:57.673729+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:case:claimed	{"case": "f5687c8b-869d-45c3-9325-1a9e6b04ab6b"}	{"renewed": false, "expires_at": "2026-12-06T02:01:57.673729+00:00", "took_over_expired_lease_of": null}	69d1ab3ff328616392a650cce8f78f7d82639d38fea0ae5d7e2823904e76e55b	718561f408236245b672009142db9c039302a5a04339ed186f50d7c7a8468632
217	2026-12-06 01:47:46.673729+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:decision:made	{"case": "f5687c8b-869d-45c3-9325-1a9e6b04ab6b", "decision": "8a51f548-f54e-4b07-9333-487f546bb1ef"}	{"status": "effective", "actions": [], "outcome": "no_action", "evidence_sha256": "8b9011bfc28e62b073510957ab346cbce27b4545dc64bc7e59f0f2c3f0e1596a", "approval_reasons": [], "manifestly_unfounded_notices": []}	718561f408236245b672009142db9c039302a5a04339ed186f50d7c7a8468632	3e3fe0561e8abfbf7535d368995fdb74867e79ed3be9bf0d83def7868143eb97
218	2026-12-06 01:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00000", "event": "demo-activity-demo-post-20261206-00000", "author": "demo-acc-00002", "channel": "demo-chan-0001"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "f33cea9b1ac085c90f3005344863ae01daa0f9a7346434e8d4f5b423c98d3fcb"}	3e3fe0561e8abfbf7535d368995fdb74867e79ed3be9bf0d83def7868143eb97	e0782b11b88dfbd3bbcf16d9483b1f1f8c73ff6061c4b6d77926bd32ee5949a6
219	2026-12-06 02:45:10+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00043", "event": "demo-activity-demo-post-20261206-00043", "author": "demo-acc-00024", "channel": "demo-chan-0005"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "23654fb41e9bad7a93ea0534d7aef5505d673968c2d4be8f759a85b0e6653238"}	e0782b11b88dfbd3bbcf16d9483b1f1f8c73ff6061c4b6d77926bd32ee5949a6	62b39159460f379d6a3fd79616db13cc7cdd76692d48f26d1d574fe5853c3509
220	2026-12-06 02:45:10+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00058", "event": "demo-activity-demo-post-20261206-00058", "author": "demo-acc-00002", "channel": "demo-chan-0005"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "3dcb0b58c7c4e86a8f065e6ed5fc661fa16bd90612e70ba5564c1783e9b01930"}	62b39159460f379d6a3fd79616db13cc7cdd76692d48f26d1d574fe5853c3509	cc78b7e6eda9386162e1f0e3e93f7f9e08daac3293396f58d622bd78ab26d411
221	2026-12-06 02:45:10+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00072", "event": "demo-activity-demo-post-20261206-00072", "author": "demo-acc-00023", "channel": "demo-chan-0001"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "1edbe17849a9674d56369a3c5f8f46004fd45b5e1d660c60246590985b1ae0fb"}	cc78b7e6eda9386162e1f0e3e93f7f9e08daac3293396f58d622bd78ab26d411	58583f437b450c565359dad0f27be92418c96da5422fbde71eb1413a0942899a
222	2026-12-06 02:45:40+00	system:demo-seed	intake:notice:received	{"case": "889c34fb-d045-4d0d-963f-457df55bb75a", "notice": "962e9b7e-041c-4830-a362-6dbe59ab03cd"}	{"tier": 0, "category": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "handling": "normal", "keywords": ["KEYWORD_HATE_SPEECH"], "body_sha256": "aae629e1bfcaa794d374ed94946d36e91af21d926c51b5054ec8bd389d3bd60a", "case_opened": true, "item_sha256": "be675a08c6ea2f5db94146960cb20e1a32d161797401716269ce14be07204cde", "notifier_given": false}	58583f437b450c565359dad0f27be92418c96da5422fbde71eb1413a0942899a	59884233e9acd760d9d638676b30b4e2418b356fe9cf29fdfa39b5f57a542f36
223	2026-12-06 02:59:40+00	system:demo-seed	intake:notice:received	{"case": "889c34fb-d045-4d0d-963f-457df55bb75a", "notice": "bfeea01e-2452-4023-9c4e-47e6cd3519ef"}	{"tier": 0, "category": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "handling": "normal", "keywords": ["KEYWORD_HATE_SPEECH"], "body_sha256": "acdcac408a915714e5ae4e53805a64185dbe9f74f045f728748f7fa087eedc89", "case_opened": false, "item_sha256": "be675a08c6ea2f5db94146960cb20e1a32d161797401716269ce14be07204cde", "notifier_given": false}	59884233e9acd760d9d638676b30b4e2418b356fe9cf29fdfa39b5f57a542f36	8af1edde053f20f68f58cc6775f5ed30d7d02ba6a4d78f02b4c300e54f4e4d42
224	2026-12-06 02:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00011", "event": "demo-activity-demo-post-20261206-00011", "author": "demo-acc-00031", "channel": "demo-chan-0002"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014"}	8af1edde053f20f68f58cc6775f5ed30d7d02ba6a4d78f02b4c300e54f4e4d42	7490bdb8daafb24fa266c2bbd72b41ff715c53ba59d6866e02abe9d16c9f80f2
225	2026-12-06 02:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00041", "event": "demo-activity-demo-post-20261206-00041", "author": "demo-acc-00015", "channel": "demo-chan-0003"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "2c0521258f47a253c92fa1cf048b1d4de25efb042568d20bf9cc35d70482d32a"}	7490bdb8daafb24fa266c2bbd72b41ff715c53ba59d6866e02abe9d16c9f80f2	c3e372c3b6ac3a942fc8bb9a02702bc30c70f1b8879aafe4fc494865e95efb42
226	2026-12-06 03:54:05.59272+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:case:claimed	{"case": "58e95c0b-90ce-46df-82d3-a545d4a47c7d"}	{"renewed": false, "expires_at": "2026-12-06T04:09:05.592720+00:00", "took_over_expired_lease_of": null}	c3e372c3b6ac3a942fc8bb9a02702bc30c70f1b8879aafe4fc494865e95efb42	3dfacb994e9c642195676806457b44b4a3ebd2527d7035b9220409bcd6896744
227	2026-12-06 03:56:59.59272+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:decision:made	{"case": "58e95c0b-90ce-46df-82d3-a545d4a47c7d", "decision": "ea7c5142-2677-4faa-9980-e6841e26a773"}	{"status": "effective", "actions": ["remove_post"], "outcome": "action", "evidence_sha256": "d84a8b7a74b79bc8484278036f3f56b4e104255f7ab612ef172aa8e8d609f11d", "approval_reasons": [], "manifestly_unfounded_notices": []}	3dfacb994e9c642195676806457b44b4a3ebd2527d7035b9220409bcd6896744	bdf9854d21732a30f545108c14e4a46b9a5757925e2bd5ba8cccb13687d60680
230	2026-12-06 03:56:59.59272+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	enforcement:action:planned	{"account": "demo-acc-00027", "decision": "ea7c5142-2677-4faa-9980-e6841e26a773", "enforcement": "6c6b149e-3b3d-4224-b7e2-0ac1803abd80"}	{"kind": "notify_user"}	c438db44076e01081c49394a31f6cc4d1934f911d8331d15373cef76b67ef1ee	c8082367fd426dda65692cf4a03f4e97e4c423bf27795d5847a3902cbb81a618
231	2026-12-06 03:56:59.59272+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	legal:hold:placed	{"hold": "d2cdcad7-649b-4b9b-8605-14b2196531e5", "post": "demo-post-20261206-00060"}	{"reference": "decision:ea7c5142-2677-4faa-9980-e6841e26a773", "held_until": "2027-06-08T03:56:59.592720+00:00", "reason_sha256": "735769b8c31e1faa8d73d114fd00ee0987f3f7dd75e19c1df3eea1e93de6c103"}	c8082367fd426dda65692cf4a03f4e97e4c423bf27795d5847a3902cbb81a618	c914d954ae62a3de43f388afdd812bedb4b0cef9f06c861fb86e33c9e978c775
232	2026-12-06 03:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00021", "event": "demo-activity-demo-post-20261206-00021", "author": "demo-acc-00014", "channel": "demo-chan-0001"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d"}	c914d954ae62a3de43f388afdd812bedb4b0cef9f06c861fb86e33c9e978c775	01ebb6ecee240e3a9055d427698f2e0b33b97afb3d02c24736055edff29c5b02
233	2026-12-06 03:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00067", "event": "demo-activity-demo-post-20261206-00067", "author": "demo-acc-00014", "channel": "demo-chan-0005"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "791596b20cfeb6fbf78b8f6fa6417fa1a09d58fe38f5c13ef39d7341cd9033e1"}	01ebb6ecee240e3a9055d427698f2e0b33b97afb3d02c24736055edff29c5b02	e3774ca6e97370bcffec72b188cdbabc021143daface36bdc08b6ca5fc04fc32
234	2026-12-06 03:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00089", "event": "demo-activity-demo-post-20261206-00089", "author": "demo-acc-00012", "channel": "demo-chan-0004"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "2fa41f841b47809e10b97fc259ae5bffc714b6cc6e3c2e2bf32310ae2f321352"}	e3774ca6e97370bcffec72b188cdbabc021143daface36bdc08b6ca5fc04fc32	00d861cb6c6e7f2087db853501ac7d896cb110b617955dedad58ceff824bf6df
235	2026-12-06 04:59:10+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00017", "event": "demo-activity-demo-post-20261206-00017", "author": "demo-acc-00016", "channel": "demo-chan-0003"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "1b2769bda5ec02c6c71e3a629ca71a261733b6ac7958307682d1619f83504c46"}	00d861cb6c6e7f2087db853501ac7d896cb110b617955dedad58ceff824bf6df	821af665c4ba370dfc84d268dceaab57d26eac46736fb9aca9175353371a1ac0
236	2026-12-06 04:59:10+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00042", "event": "demo-activity-demo-post-20261206-00042", "author": "demo-acc-00028", "channel": "demo-chan-0004"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014"}	821af665c4ba370dfc84d268dceaab57d26eac46736fb9aca9175353371a1ac0	ee7e3471aa4f1d1eb92d9969e7dfda5ede65f82bf2164326c7bdb5afc27b777d
237	2026-12-06 04:59:10+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00046", "event": "demo-activity-demo-post-20261206-00046", "author": "demo-acc-00008", "channel": "demo-chan-0002"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014"}	ee7e3471aa4f1d1eb92d9969e7dfda5ede65f82bf2164326c7bdb5afc27b777d	1df1e90ab0ce4e442dba66086213350d4dc1d0ce2efafa367d6efb054cc67c43
238	2026-12-06 04:59:10+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00063", "event": "demo-activity-demo-post-20261206-00063", "author": "demo-acc-00014", "channel": "demo-chan-0004"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "891f78cc3ca395f419c378449fe1e29d2c2853582f3ed6da54bad994b16d1121"}	1df1e90ab0ce4e442dba66086213350d4dc1d0ce2efafa367d6efb054cc67c43	d18b8facc45ae0226f0b5645f07f073f01b43a242d74645b2a0fc3146c5366cb
239	2026-12-06 04:59:40+00	system:demo-seed	intake:notice:received	{"case": "efdeca09-4fe7-4769-a6bc-62d0f3707ad4", "notice": "2acf12c3-97fc-42fe-86c8-0b4f6fcbac38"}	{"tier": 0, "category": "STATEMENT_CATEGORY_CYBER_VIOLENCE", "handling": "normal", "keywords": ["KEYWORD_CYBER_HARASSMENT"], "body_sha256": "7ed0189528c960dbaa6e818bc23b55d1d21e00f97d97107741d5f218c73f14d9", "case_opened": true, "item_sha256": "6849862596f90325011650c472146633f3245c7a0322cc984f7490c30039f829", "notifier_given": true}	d18b8facc45ae0226f0b5645f07f073f01b43a242d74645b2a0fc3146c5366cb	ec60f94b4110067352992b65f5e772d8f8726787244479025cf8b71ca5a835a7
240	2026-12-06 05:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00032", "event": "demo-activity-demo-post-20261206-00032", "author": "demo-acc-00015", "channel": "demo-chan-0000"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "f33cea9b1ac085c90f3005344863ae01daa0f9a7346434e8d4f5b423c98d3fcb"}	ec60f94b4110067352992b65f5e772d8f8726787244479025cf8b71ca5a835a7	1789689dd6a985daab07cbfe932fc8eb2ab81b4cdd9b34a4d0387113894c3a9c
241	2026-12-06 05:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00047", "event": "demo-activity-demo-post-20261206-00047", "author": "demo-acc-00036", "channel": "demo-chan-0003"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "f33cea9b1ac085c90f3005344863ae01daa0f9a7346434e8d4f5b423c98d3fcb"}	1789689dd6a985daab07cbfe932fc8eb2ab81b4cdd9b34a4d0387113894c3a9c	f93af1fe61f12d8ca959cbf2572931297cbd7185219689cdfe76df062950fffa
242	2026-12-06 05:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00051", "event": "demo-activity-demo-post-20261206-00051", "author": "demo-acc-00006", "channel": "demo-chan-0001"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014"}	f93af1fe61f12d8ca959cbf2572931297cbd7185219689cdfe76df062950fffa	48c7f4ce04152f690b38e2e6ae04befa5a2258ac5763fbaa133ea33a7655120b
243	2026-12-06 06:07:18.306253+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:case:claimed	{"case": "889c34fb-d045-4d0d-963f-457df55bb75a"}	{"renewed": false, "expires_at": "2026-12-06T06:22:18.306253+00:00", "took_over_expired_lease_of": null}	48c7f4ce04152f690b38e2e6ae04befa5a2258ac5763fbaa133ea33a7655120b	aa48cb64edd69d2beb13f979b3a8ccada04574452b227d22b50693368e3a024b
244	2026-12-06 06:08:55.306253+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:decision:made	{"case": "889c34fb-d045-4d0d-963f-457df55bb75a", "decision": "9b7c22eb-94e7-4459-b11c-f4f9ff059193"}	{"status": "effective", "actions": ["remove_post"], "outcome": "action", "evidence_sha256": "074c64efc372da58c026491ebbc442563a7c8e5de600f699d3cd6540ff997048", "approval_reasons": [], "manifestly_unfounded_notices": []}	aa48cb64edd69d2beb13f979b3a8ccada04574452b227d22b50693368e3a024b	a3f5340a62879e923794ebb8c81e1210d55318ad538f7101bfde41c72f8ff33c
245	2026-12-06 06:08:55.306253+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	enforcement:action:planned	{"post": "demo-post-20261206-00072", "decision": "9b7c22eb-94e7-4459-b11c-f4f9ff059193", "enforcement": "5fb20611-7e32-4a96-8391-c5b495087f52"}	{"kind": "remove_post"}	a3f5340a62879e923794ebb8c81e1210d55318ad538f7101bfde41c72f8ff33c	385b5bfb21d385dd4cb5190c116936f7df39eb91325975df580453a2607f0ee3
246	2026-12-06 06:08:55.306253+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	transparency:statement:issued	{"account": "demo-acc-00023", "decision": "9b7c22eb-94e7-4459-b11c-f4f9ff059193", "statement": "98ef80d8-14ef-4009-b2ce-ef100dad4f20"}	{"kind": "remove_post", "puid": "sh-98ef80d8-14ef-4009-b2ce-ef100dad4f20"}	385b5bfb21d385dd4cb5190c116936f7df39eb91325975df580453a2607f0ee3	ef4a505b0bd5b478983a88e39c403139fab31658be3f6e8fb7327d7ceb97831b
247	2026-12-06 06:08:55.306253+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	enforcement:action:planned	{"account": "demo-acc-00023", "decision": "9b7c22eb-94e7-4459-b11c-f4f9ff059193", "enforcement": "5fb01430-4add-40b3-a85f-bdd912e6a39e"}	{"kind": "notify_user"}	ef4a505b0bd5b478983a88e39c403139fab31658be3f6e8fb7327d7ceb97831b	bb816e74550549a920ddb8c10e74ddaae8b3a759800d6046603ea6d64a017104
248	2026-12-06 06:08:55.306253+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	legal:hold:placed	{"hold": "940c9bde-eb0d-4a6b-8042-991b759d7ed3", "post": "demo-post-20261206-00072"}	{"reference": "decision:9b7c22eb-94e7-4459-b11c-f4f9ff059193", "held_until": "2027-06-08T06:08:55.306253+00:00", "reason_sha256": "735769b8c31e1faa8d73d114fd00ee0987f3f7dd75e19c1df3eea1e93de6c103"}	bb816e74550549a920ddb8c10e74ddaae8b3a759800d6046603ea6d64a017104	bbd9f044cc87aaa846e486fbdc84ae61806a85d0b5972fa409b765ffca911a07
249	2026-12-06 06:15:51+00	system:demo-seed	intake:notice:received	{"case": "6bc5355e-c279-4f96-91f7-e02edd1bb72d", "notice": "c947d04c-35df-4ebf-bd4f-4bec2530de0b"}	{"tier": 2, "category": "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY", "handling": "normal", "keywords": ["KEYWORD_TERRORIST_CONTENT"], "body_sha256": "0f16d7081c2c743cb6c30954a6b1abce305efadbfcb6b94cf32f2a94032ea992", "case_opened": true, "item_sha256": "ce21fc1efab750c305731e752dd77a48d910ef685d816e669986034efae91143", "notifier_given": false}	bbd9f044cc87aaa846e486fbdc84ae61806a85d0b5972fa409b765ffca911a07	019f6b89bb3238673cbfe3acd470863a5b8783b44fc7d8a7393afaa2f10d5a47
250	2026-12-06 06:23:10.284757+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:case:claimed	{"case": "6bc5355e-c279-4f96-91f7-e02edd1bb72d"}	{"renewed": false, "expires_at": "2026-12-06T06:38:10.284757+00:00", "took_over_expired_lease_of": null}	019f6b89bb3238673cbfe3acd470863a5b8783b44fc7d8a7393afaa2f10d5a47	d0d6ca4ef3944ff05f5c80d22c370ef0d2fe276eea72ec8b853ae9421df13721
251	2026-12-06 06:26:42.284757+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:decision:made	{"case": "6bc5355e-c279-4f96-91f7-e02edd1bb72d", "decision": "803e4a29-9b83-4bdd-b3b2-e126e3cb0e77"}	{"status": "effective", "actions": [], "outcome": "no_action", "evidence_sha256": "269ef8900ce6245f60b298317c70fec66c619067179cce7f79d338b0605faed7", "approval_reasons": [], "manifestly_unfounded_notices": []}	d0d6ca4ef3944ff05f5c80d22c370ef0d2fe276eea72ec8b853ae9421df13721	97f4640e953cf556a9f26f9fa06a28319f7d4af67c593dec3d696938c426c043
252	2026-12-06 06:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00007", "event": "demo-activity-demo-post-20261206-00007", "author": "demo-acc-00031", "channel": "demo-chan-0002"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d"}	97f4640e953cf556a9f26f9fa06a28319f7d4af67c593dec3d696938c426c043	a2f12cb8b65815ae4334202d85beb5b6b00d0c668f17bdf9a2f09b5ca3fce0e8
253	2026-12-06 06:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00031", "event": "demo-activity-demo-post-20261206-00031", "author": "demo-acc-00029", "channel": "demo-chan-0004"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014"}	a2f12cb8b65815ae4334202d85beb5b6b00d0c668f17bdf9a2f09b5ca3fce0e8	e60c20a4914e410e098aa6ec51ed6d83172d0045461034e7f960c667cab8bbb2
254	2026-12-06 07:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00052", "event": "demo-activity-demo-post-20261206-00052", "author": "demo-acc-00033", "channel": "demo-chan-0002"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "23654fb41e9bad7a93ea0534d7aef5505d673968c2d4be8f759a85b0e6653238"}	e60c20a4914e410e098aa6ec51ed6d83172d0045461034e7f960c667cab8bbb2	7b7b22fb15c8093e7459c8311458e36cb469936440609e1dd178bb605bff3a98
255	2026-12-06 07:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00054", "event": "demo-activity-demo-post-20261206-00054", "author": "demo-acc-00019", "channel": "demo-chan-0003"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014"}	7b7b22fb15c8093e7459c8311458e36cb469936440609e1dd178bb605bff3a98	36044cf3581acbd43118100fdc2b4133523749368e0c82ca39f522bb66716c8b
256	2026-12-06 07:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00078", "event": "demo-activity-demo-post-20261206-00078", "author": "demo-acc-00010", "channel": "demo-chan-0002"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "791596b20cfeb6fbf78b8f6fa6417fa1a09d58fe38f5c13ef39d7341cd9033e1"}	36044cf3581acbd43118100fdc2b4133523749368e0c82ca39f522bb66716c8b	b2c7ba73e574df09f17771098fd83d0b350fdcf46b3781ab94c02a37d84e0d2e
257	2026-12-06 07:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00093", "event": "demo-activity-demo-post-20261206-00093", "author": "demo-acc-00036", "channel": "demo-chan-0000"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "9fc0eabd9a0481a2aa247f7d4b4a8d7be248e8c4db1c2874688ebd5166d439ac"}	b2c7ba73e574df09f17771098fd83d0b350fdcf46b3781ab94c02a37d84e0d2e	4f8c3684e8e412cc61ff967c0c4125d638c47279a3f1e6d22237d8192cf2a5ec
258	2026-12-06 08:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00008", "event": "demo-activity-demo-post-20261206-00008", "author": "demo-acc-00020", "channel": "demo-chan-0003"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "23654fb41e9bad7a93ea0534d7aef5505d673968c2d4be8f759a85b0e6653238"}	4f8c3684e8e412cc61ff967c0c4125d638c47279a3f1e6d22237d8192cf2a5ec	d26fb6ee365cb471e073008dbab4a7f9ccc7ad2695c3550978edd170839151db
259	2026-12-06 08:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00014", "event": "demo-activity-demo-post-20261206-00014", "author": "demo-acc-00014", "channel": "demo-chan-0005"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "3dcb0b58c7c4e86a8f065e6ed5fc661fa16bd90612e70ba5564c1783e9b01930"}	d26fb6ee365cb471e073008dbab4a7f9ccc7ad2695c3550978edd170839151db	919d6348dda6cef989dae43f93e1e700d72e198691ee719908a0d24b57acb2cf
302	2026-12-06 12:37:06.148722+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	legal:request:assessment_started	{"request": "aec25ee3-6db1-4435-9319-583e38dbbfcf"}	{}	9730a6f135de18902a52c54372a6174c6c74354e7692bc58b8000682699b0da1	c608350cb3dea3b1b9cb417562096d2eba86c1253337d001dfdcde6dcc794619
260	2026-12-06 08:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00055", "event": "demo-activity-demo-post-20261206-00055", "author": "demo-acc-00018", "channel": "demo-chan-0003"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "23654fb41e9bad7a93ea0534d7aef5505d673968c2d4be8f759a85b0e6653238"}	919d6348dda6cef989dae43f93e1e700d72e198691ee719908a0d24b57acb2cf	3693a13ab9dc1dbc941413e3adff21626316ad5a21afee11472e0bd0ea1c7ca3
261	2026-12-06 08:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00070", "event": "demo-activity-demo-post-20261206-00070", "author": "demo-acc-00015", "channel": "demo-chan-0001"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "8009be7e2b67fd4c88e082938cb959e27496af822be361b6e5b0058c28c5a1e4"}	3693a13ab9dc1dbc941413e3adff21626316ad5a21afee11472e0bd0ea1c7ca3	edfd53240374f35e264aeeddaae509ecd6efc2c18ad28186e7736df0ca2d0601
262	2026-12-06 08:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00079", "event": "demo-activity-demo-post-20261206-00079", "author": "demo-acc-00015", "channel": "demo-chan-0001"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "1edbe17849a9674d56369a3c5f8f46004fd45b5e1d660c60246590985b1ae0fb"}	edfd53240374f35e264aeeddaae509ecd6efc2c18ad28186e7736df0ca2d0601	e7f7bcf8a5691e1da2a0bd53d1b6f24a432728e5855eaaca80096e17a939ae4b
263	2026-12-06 09:04:22.914525+00	anonymous:affected-user	review:appeal:submitted	{"case": "889c34fb-d045-4d0d-963f-457df55bb75a", "appeal": "8a2fa6b9-2f29-44a0-8f24-0e4c5ef45b18", "decision": "9b7c22eb-94e7-4459-b11c-f4f9ff059193"}	{"appellant": "affected_user", "contact_given": false}	e7f7bcf8a5691e1da2a0bd53d1b6f24a432728e5855eaaca80096e17a939ae4b	3dee1fdbc3749913b20b42bc48d202fcebcbe55edeaf9c2b6ae6dc52bfb00d58
264	2026-12-06 09:04:44.884023+00	anonymous:affected-user	review:appeal:submitted	{"case": "58e95c0b-90ce-46df-82d3-a545d4a47c7d", "appeal": "f0418ad6-adff-4166-9507-1636cbb9e96c", "decision": "ea7c5142-2677-4faa-9980-e6841e26a773"}	{"appellant": "affected_user", "contact_given": false}	3dee1fdbc3749913b20b42bc48d202fcebcbe55edeaf9c2b6ae6dc52bfb00d58	19f2100c96fe62ddd5ed8432dfb9a5f67e93715878efe5e3d5bbf14165c579b9
265	2026-12-06 09:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00001", "event": "demo-activity-demo-post-20261206-00001", "author": "demo-acc-00008", "channel": "demo-chan-0002"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "2c0521258f47a253c92fa1cf048b1d4de25efb042568d20bf9cc35d70482d32a"}	19f2100c96fe62ddd5ed8432dfb9a5f67e93715878efe5e3d5bbf14165c579b9	b205d837f6b5d3881914c4f79b340e63e71ea74379fd925ccedded483eb4bb12
266	2026-12-06 09:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00074", "event": "demo-activity-demo-post-20261206-00074", "author": "demo-acc-00015", "channel": "demo-chan-0003"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "1edbe17849a9674d56369a3c5f8f46004fd45b5e1d660c60246590985b1ae0fb"}	b205d837f6b5d3881914c4f79b340e63e71ea74379fd925ccedded483eb4bb12	7ab5105068e1c5e6b15ecf9bf714fa27158152363d3873a3843a33a1fc1ceed5
267	2026-12-06 10:06:31+00	api_key:demo-agency-DE	legal:request:received	{"agency": "5febaab2-37da-4eca-bd81-4ef8213eefd0", "request": "aec25ee3-6db1-4435-9319-583e38dbbfcf"}	{"held": false, "type": "removal_order", "flags": [], "urgency": "normal", "deadline": "2026-12-11T10:06:31Z", "instrument": "national", "attachments": [], "body_sha256": "4178423d847f401fc87f02e3476d6ea4bb44bb5ef1249735b81c0621819ee492", "verification": "api_key", "policy_version": "2026.07.1", "proposal_digest": "26b41350368288818bcc76dc56f561cbe2248020175e0173aad7e3caddd92683", "statement_sha256": "e41d87d48c13334f8221131b6f3bfb8d3eeaec4cd2e7061248926e879d25a6c8", "deadline_duration": "P5D"}	7ab5105068e1c5e6b15ecf9bf714fa27158152363d3873a3843a33a1fc1ceed5	28fdc359c9a164da106fe2ced0f704ea4f80a32e513baf2999bcccd038bfe39c
268	2026-12-06 10:08:09+00	api_key:demo-agency-RU	legal:request:received	{"agency": "ba3801fb-f731-43ab-8a36-f747105c0138", "request": "94476b71-a58a-4e9d-bf95-54af16eb5f17"}	{"held": false, "type": "block_channel", "flags": [], "urgency": "normal", "deadline": "2026-12-11T10:08:09Z", "instrument": "national", "attachments": [], "body_sha256": "8a4db758298a9057121151422872fbeae4939a9ce3c48e7d2a5b32e3201705bf", "verification": "api_key", "policy_version": "2026.07.1", "proposal_digest": "b3511b1a7af8cab90417cd3426965e08a0688970409585b96af5860fe13d7a39", "statement_sha256": "d5c615bc28d2ca3989a10f59d831fd38627aef2594310831de4dc7d9d0b3ebca", "deadline_duration": "P5D"}	28fdc359c9a164da106fe2ced0f704ea4f80a32e513baf2999bcccd038bfe39c	045a600b0e70fbc5e12af953912e1ce5c9d6e5aa00def2c82582c29776f7c4aa
269	2026-12-06 10:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00013", "event": "demo-activity-demo-post-20261206-00013", "author": "demo-acc-00005", "channel": "demo-chan-0003"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "f33cea9b1ac085c90f3005344863ae01daa0f9a7346434e8d4f5b423c98d3fcb"}	045a600b0e70fbc5e12af953912e1ce5c9d6e5aa00def2c82582c29776f7c4aa	4de5855eed8d9ff6a8e3670d98ca57f30e1295c9441b8d41abea7f69c81bf445
270	2026-12-06 10:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00056", "event": "demo-activity-demo-post-20261206-00056", "author": "demo-acc-00039", "channel": "demo-chan-0002"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "2c0521258f47a253c92fa1cf048b1d4de25efb042568d20bf9cc35d70482d32a"}	4de5855eed8d9ff6a8e3670d98ca57f30e1295c9441b8d41abea7f69c81bf445	9fc2edde09615178086c9770d6eb610160051407809d77911e7453995b337267
271	2026-12-06 10:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00085", "event": "demo-activity-demo-post-20261206-00085", "author": "demo-acc-00016", "channel": "demo-chan-0003"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "221984bfc83dc390aec5cfe54859ca201f77afb1e5043f4e85747813c0c1dfd0"}	9fc2edde09615178086c9770d6eb610160051407809d77911e7453995b337267	7b758abd18b2c7c648af17e36bedc55ef4de67170f7cda9e374cfe9edd4ecd59
272	2026-12-06 10:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00087", "event": "demo-activity-demo-post-20261206-00087", "author": "demo-acc-00030", "channel": "demo-chan-0002"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "221984bfc83dc390aec5cfe54859ca201f77afb1e5043f4e85747813c0c1dfd0"}	7b758abd18b2c7c648af17e36bedc55ef4de67170f7cda9e374cfe9edd4ecd59	85611b3b715955bd5a3d3a47ae0310bd4f1cc8cb2a61c87205ba84678c8f3c2f
273	2026-12-06 11:08:44+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00023", "event": "demo-activity-demo-post-20261206-00023", "author": "demo-acc-00021", "channel": "demo-chan-0005"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d"}	85611b3b715955bd5a3d3a47ae0310bd4f1cc8cb2a61c87205ba84678c8f3c2f	8d4f6526378cb991c184d8f1383c62459c4cbc86a85571881f82375d28605a26
274	2026-12-06 11:08:44+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00088", "event": "demo-activity-demo-post-20261206-00088", "author": "demo-acc-00008", "channel": "demo-chan-0000"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "d1175d252063b1c163313ea3d3d98326f612294224539ab1735183830cc978a2"}	8d4f6526378cb991c184d8f1383c62459c4cbc86a85571881f82375d28605a26	57d7ab2bf75341af8528ead51f02c3599fa605b06a1296213f1df07a08122e1c
275	2026-12-06 11:09:14+00	system:detection:keywords	review:signal:raised	{"case": "4794b285-6ac5-4da1-af42-183ebbe44bf3", "signal": "71ae9241-f258-4d85-8ea5-8b12493388f5"}	{"tier": 0, "source": "detection:keywords", "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "case_opened": true}	57d7ab2bf75341af8528ead51f02c3599fa605b06a1296213f1df07a08122e1c	8d01d77332168d66964f7b33a959e3314f9e5c71f47ace4984d8d1310cebd824
276	2026-12-06 11:22:22+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00034", "event": "demo-activity-demo-post-20261206-00034", "author": "demo-acc-00014", "channel": "demo-chan-0003"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "1b2769bda5ec02c6c71e3a629ca71a261733b6ac7958307682d1619f83504c46"}	8d01d77332168d66964f7b33a959e3314f9e5c71f47ace4984d8d1310cebd824	f361d621fe755dccab54faa54b2a816ef908472740866a47568b212604eff453
277	2026-12-06 11:22:22+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00066", "event": "demo-activity-demo-post-20261206-00066", "author": "demo-acc-00015", "channel": "demo-chan-0005"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "791596b20cfeb6fbf78b8f6fa6417fa1a09d58fe38f5c13ef39d7341cd9033e1"}	f361d621fe755dccab54faa54b2a816ef908472740866a47568b212604eff453	c5b6701558add6e4327c2aa447e064012a723c08e080ba257d243b979d37fbbf
278	2026-12-06 11:22:52+00	system:demo-seed	intake:notice:received	{"case": "8d772512-0b2d-450e-a5f0-46b40d0e5333", "notice": "80a22bf0-a828-4002-ad2a-7d300efba799"}	{"tier": 0, "category": "STATEMENT_CATEGORY_CYBER_VIOLENCE", "handling": "normal", "keywords": ["KEYWORD_CYBER_HARASSMENT"], "body_sha256": "1b2c5423eb93ed47d5cbf3c6aa9b74feef7924e4a363201caeea4c9fd101be9c", "case_opened": true, "item_sha256": "3d4cc69dfcad9f0d4e1b69030a203999d4ab5c8dacbc7ab545845bf96968eb97", "notifier_given": true}	c5b6701558add6e4327c2aa447e064012a723c08e080ba257d243b979d37fbbf	309fc3d6943161f5ee4590a38cf80a437a3cbb759274e60132dcbf4c05dda507
279	2026-12-06 11:28:17+00	system:detection:regex	review:signal:raised	{"case": "25c8fc78-725b-41a5-a7b4-562daeffed03", "signal": "096efe69-b9d7-4a73-baa9-aba1b6c75e3f"}	{"tier": 0, "source": "detection:regex", "category": "STATEMENT_CATEGORY_OTHER_VIOLATION_TC", "case_opened": true}	309fc3d6943161f5ee4590a38cf80a437a3cbb759274e60132dcbf4c05dda507	04813be35511f3a606861a485adcdd5c02fd81b0b567fd6b899937084c25eb19
280	2026-12-06 11:36:16+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00019", "event": "demo-activity-demo-post-20261206-00019", "author": "demo-acc-00006", "channel": "demo-chan-0003"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "3dcb0b58c7c4e86a8f065e6ed5fc661fa16bd90612e70ba5564c1783e9b01930"}	04813be35511f3a606861a485adcdd5c02fd81b0b567fd6b899937084c25eb19	0135ddb986617399305df871c88a5b92a8722c407a0196ae488203bc7495a7d3
281	2026-12-06 11:36:46+00	api_key:demo-flagger	intake:notice:received	{"case": "5b294ebe-e983-428f-a6da-9be1f0b5de8f", "notice": "477b52bd-5fff-4500-8057-167595c8a24e", "flagger": "4526c352-fb93-40a3-9de2-0f82542420ff"}	{"tier": 1, "category": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "handling": "normal", "keywords": ["KEYWORD_HATE_SPEECH"], "body_sha256": "bb8a3169d7dd5d304db089844d9d363ffe7cdeb542afd8b5c1c9c73136a0d708", "case_opened": true, "item_sha256": "20ba5796884422f1868293e106db7c6eaae2e9ccb83153c4c5fa749d9b13f11f", "notifier_given": false}	0135ddb986617399305df871c88a5b92a8722c407a0196ae488203bc7495a7d3	582c5a29511243ba4477ac688f0dcaac4adbd894942b33bf90cba03e365831c1
282	2026-12-06 11:46:17.014168+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:case:claimed	{"case": "4794b285-6ac5-4da1-af42-183ebbe44bf3"}	{"renewed": false, "expires_at": "2026-12-06T12:01:17.014168+00:00", "took_over_expired_lease_of": null}	582c5a29511243ba4477ac688f0dcaac4adbd894942b33bf90cba03e365831c1	1f0fdd3f0bba95424e3107b36a8c06ce1ecb18b084d6b0923df0d65cde8b134a
283	2026-12-06 11:50:12.014168+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:decision:made	{"case": "4794b285-6ac5-4da1-af42-183ebbe44bf3", "decision": "095236cb-91bc-43f6-8a03-9d782fe8a451"}	{"status": "effective", "actions": ["remove_post"], "outcome": "action", "evidence_sha256": "e0341c6b9ad4ab0182815fafa162b5a3a720301f53d0f4775a42eed15e9b862e", "approval_reasons": [], "manifestly_unfounded_notices": []}	1f0fdd3f0bba95424e3107b36a8c06ce1ecb18b084d6b0923df0d65cde8b134a	97ffed229c8007b90270229ccbd4e1b7cee0b2c67ea70de7ce6f7ef7d0b046c9
284	2026-12-06 11:50:12.014168+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	enforcement:action:planned	{"post": "demo-post-20261206-00088", "decision": "095236cb-91bc-43f6-8a03-9d782fe8a451", "enforcement": "d8783d50-dcd0-455d-8c86-ba09668c789a"}	{"kind": "remove_post"}	97ffed229c8007b90270229ccbd4e1b7cee0b2c67ea70de7ce6f7ef7d0b046c9	6199190b410b128704583e1555814ce92e9738e832050bacc876d4a35939117a
285	2026-12-06 11:50:12.014168+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	transparency:statement:issued	{"account": "demo-acc-00008", "decision": "095236cb-91bc-43f6-8a03-9d782fe8a451", "statement": "389962f4-db60-434b-b15e-aa630efec6d8"}	{"kind": "remove_post", "puid": "sh-389962f4-db60-434b-b15e-aa630efec6d8"}	6199190b410b128704583e1555814ce92e9738e832050bacc876d4a35939117a	42ff8b0ded85e6072a2b80220f829b9cce9390c219a796f4e3694d5597a1c752
286	2026-12-06 11:50:12.014168+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	enforcement:action:planned	{"account": "demo-acc-00008", "decision": "095236cb-91bc-43f6-8a03-9d782fe8a451", "enforcement": "d3d0550f-2b7c-4db9-a3bc-89678a35d639"}	{"kind": "notify_user"}	42ff8b0ded85e6072a2b80220f829b9cce9390c219a796f4e3694d5597a1c752	e18f6aff273f02981e4f395dab063827be07fc660baac9e384e632d4279677fd
287	2026-12-06 11:50:12.014168+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	legal:hold:placed	{"hold": "8aee8b6e-cc82-4e23-9069-bed2cdbe35a3", "post": "demo-post-20261206-00088"}	{"reference": "decision:095236cb-91bc-43f6-8a03-9d782fe8a451", "held_until": "2027-06-08T11:50:12.014168+00:00", "reason_sha256": "735769b8c31e1faa8d73d114fd00ee0987f3f7dd75e19c1df3eea1e93de6c103"}	e18f6aff273f02981e4f395dab063827be07fc660baac9e384e632d4279677fd	fbab1a5b4adf233d953dd43831e2c5fe2285bc6f0f02a6fdef348ea2ceffbbf9
288	2026-12-06 11:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00009", "event": "demo-activity-demo-post-20261206-00009", "author": "demo-acc-00013", "channel": "demo-chan-0005"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d"}	fbab1a5b4adf233d953dd43831e2c5fe2285bc6f0f02a6fdef348ea2ceffbbf9	f221ab24c85b221c8f34b0cc0dc4b5a4d66b4b1234112772e7defabe73cae759
289	2026-12-06 11:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00081", "event": "demo-activity-demo-post-20261206-00081", "author": "demo-acc-00038", "channel": "demo-chan-0000"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "6631d931758b3ab1b8c13f465ac94903d80ca87b309fab2c2427540518945f39"}	f221ab24c85b221c8f34b0cc0dc4b5a4d66b4b1234112772e7defabe73cae759	1e4035845215e412ae93b10fd7955da6429f89629f56061e0deb103c52132d18
290	2026-12-06 12:02:17+00	api_key:demo-flagger	intake:notice:received	{"case": "f40f69d2-71ce-4998-8731-f490def61293", "notice": "ca84f1d4-06f9-4bb7-ae51-86325f5285c9", "flagger": "e8938b18-4cb9-4d76-885c-d8edd713ae21"}	{"tier": 1, "category": "STATEMENT_CATEGORY_CYBER_VIOLENCE", "handling": "normal", "keywords": ["KEYWORD_CYBER_HARASSMENT"], "body_sha256": "d24566a027987f3caaef7b5c63226f46921b4b5f48bd71118b5773eacf8a8dce", "case_opened": true, "item_sha256": "9ba27032cbf65b79918621691d060c6b0331332b52eea23df59fd57a265161b5", "notifier_given": false}	1e4035845215e412ae93b10fd7955da6429f89629f56061e0deb103c52132d18	18f284c0dc68fae360c49901c94f331fa40d05ecb84b1f90bfa0de15ed23aafc
291	2026-12-06 12:15:18+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00080", "event": "demo-activity-demo-post-20261206-00080", "author": "demo-acc-00027", "channel": "demo-chan-0002"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "ba9b6f494507927cffa2e15378009c85d58c303d134685ded93a825315aa0634"}	18f284c0dc68fae360c49901c94f331fa40d05ecb84b1f90bfa0de15ed23aafc	c49599ddc1ae0f759961dce0c763dcfe76f6ae104ae1b09d12a78a295683c0b5
292	2026-12-06 12:15:48+00	api_key:demo-agency-PL	legal:request:received	{"agency": "0ff81c10-0342-4876-9bb4-f89342e363df", "request": "6454b530-1729-4a25-b1c8-6b5faf333c73"}	{"held": false, "type": "removal_order", "flags": [], "urgency": "normal", "deadline": "2026-12-11T12:15:48Z", "instrument": "national", "attachments": [], "body_sha256": "e85d38305650f7a0e5c83fd1f633b0afc02c664cf10a9cd48dcf2cebd6287569", "verification": "api_key", "policy_version": "2026.07.1", "proposal_digest": "95c638929ec5a366a2d71981268800b9c050391f6b8e3f6b4705618e24cb30da", "statement_sha256": "c72b6c1461d5f87759be542d65b6ccd0d02cfef77d1d9ad17521039ffb757a38", "deadline_duration": "P5D"}	c49599ddc1ae0f759961dce0c763dcfe76f6ae104ae1b09d12a78a295683c0b5	863898c68f3733e564ea5e8779ccfba142e85873837aa6eb7785c427436651a4
293	2026-12-06 12:18:36.111132+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:case:claimed	{"case": "5b294ebe-e983-428f-a6da-9be1f0b5de8f"}	{"renewed": false, "expires_at": "2026-12-06T12:33:36.111132+00:00", "took_over_expired_lease_of": null}	863898c68f3733e564ea5e8779ccfba142e85873837aa6eb7785c427436651a4	8f0ed3c1ff13cc38c68cbf60c5ec142b26a98dc90f0217762f85da8bb5a17d84
294	2026-12-06 12:21:03.111132+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:decision:made	{"case": "5b294ebe-e983-428f-a6da-9be1f0b5de8f", "decision": "ae30064c-276e-49fc-91f8-44a612ab72b6"}	{"status": "effective", "actions": ["restrict_post"], "outcome": "action", "evidence_sha256": "d40c899b2edf6e86739f279bb5117628547307125038f0cb7c8d4bef15d194de", "approval_reasons": [], "manifestly_unfounded_notices": []}	8f0ed3c1ff13cc38c68cbf60c5ec142b26a98dc90f0217762f85da8bb5a17d84	51d45938dfa55b56ed696d2be47966af6a0c1e690414520251d598e121d93180
295	2026-12-06 12:21:03.111132+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	enforcement:action:planned	{"post": "demo-post-20261206-00079", "decision": "ae30064c-276e-49fc-91f8-44a612ab72b6", "enforcement": "80d88a15-4a2a-4fd7-bfcb-0f0f9620b7dd"}	{"kind": "restrict_post"}	51d45938dfa55b56ed696d2be47966af6a0c1e690414520251d598e121d93180	04b41550b33c751f244fb56082eef86629a97f4c0c98c8056e3ded752292ea80
296	2026-12-06 12:21:03.111132+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	transparency:statement:issued	{"account": "demo-acc-00015", "decision": "ae30064c-276e-49fc-91f8-44a612ab72b6", "statement": "94b72079-cf58-404f-8b02-ce24c1c50a0e"}	{"kind": "restrict_post", "puid": "sh-94b72079-cf58-404f-8b02-ce24c1c50a0e"}	04b41550b33c751f244fb56082eef86629a97f4c0c98c8056e3ded752292ea80	522ab14b92e350e15c069a6feabbccf92c03f878d7362a21beebb40b1b351c30
297	2026-12-06 12:21:03.111132+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	enforcement:action:planned	{"account": "demo-acc-00015", "decision": "ae30064c-276e-49fc-91f8-44a612ab72b6", "enforcement": "b29deff6-5f3c-4afb-89b8-e996762dff7c"}	{"kind": "notify_user"}	522ab14b92e350e15c069a6feabbccf92c03f878d7362a21beebb40b1b351c30	7139888f4004a00fed355d38dd0a0fd565f11276b7daaf53eab343f800c3152c
298	2026-12-06 12:21:03.111132+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	legal:hold:placed	{"hold": "b38098da-9e9d-48fa-8dbb-bd7f08989099", "post": "demo-post-20261206-00079"}	{"reference": "decision:ae30064c-276e-49fc-91f8-44a612ab72b6", "held_until": "2027-06-08T12:21:03.111132+00:00", "reason_sha256": "735769b8c31e1faa8d73d114fd00ee0987f3f7dd75e19c1df3eea1e93de6c103"}	7139888f4004a00fed355d38dd0a0fd565f11276b7daaf53eab343f800c3152c	e277476674dc5009b2de1bdae4298b89f1ae214df5ef0a87de021182ba7a4b39
299	2026-12-06 12:25:01+00	api_key:demo-agency-DE	legal:request:received	{"agency": "5febaab2-37da-4eca-bd81-4ef8213eefd0", "request": "a4624c12-c03b-4a23-9377-e244c3bc9a7f"}	{"held": false, "type": "removal_order", "flags": [], "urgency": "normal", "deadline": "2026-12-07T12:25:01Z", "instrument": "dsa_art9", "attachments": [], "body_sha256": "05431d62bd9bdcf10ac55bb60c14e4b09f723240eac23ed3f9d66b7b16f2a1ec", "verification": "api_key", "policy_version": "2026.07.1", "proposal_digest": "55571b5172351cbd61b3df8f35e3b674ee11583cbf9df76d1ba03c671c965205", "statement_sha256": "6a7a5e260f37ef32028cb010c60bfa7b184239585e51fca4e288e0f54d29c4dd", "deadline_duration": "PT24H"}	e277476674dc5009b2de1bdae4298b89f1ae214df5ef0a87de021182ba7a4b39	a1057266460665a0d56d07104a3f7c7e8317c14f89a6ac7a043d9a9503230120
300	2026-12-06 12:28:17+00	system:demo-seed	intake:notice:received	{"case": "f40f69d2-71ce-4998-8731-f490def61293", "notice": "0924263b-d6fc-4923-845d-aac28a2ad70d"}	{"tier": 1, "category": "STATEMENT_CATEGORY_CYBER_VIOLENCE", "handling": "normal", "keywords": ["KEYWORD_CYBER_HARASSMENT"], "body_sha256": "44d167918bdb33b73a0c3348b24f87d837291ea5f735b511f34eb64cd274bf30", "case_opened": false, "item_sha256": "9ba27032cbf65b79918621691d060c6b0331332b52eea23df59fd57a265161b5", "notifier_given": false}	a1057266460665a0d56d07104a3f7c7e8317c14f89a6ac7a043d9a9503230120	703d319232dd123492de58ce59dd78344815a5d87273b224cd3eccf77bce449b
301	2026-12-06 12:35:22+00	api_key:demo-agency-IT	legal:request:received	{"agency": "8e914c14-7a0e-42f2-98c3-7b56f7e394ee", "request": "acb6b287-6e32-4a47-9b11-b0a4e622bc3f"}	{"held": false, "type": "production_order", "flags": [], "urgency": "normal", "deadline": "2026-12-11T12:35:22Z", "instrument": "national", "attachments": [], "body_sha256": "e6b4430a09ac9557b632f0eaedc5db706224e7ed8f09a8b7de91bf2a398e8a36", "verification": "api_key", "policy_version": "2026.07.1", "proposal_digest": "40087feb9fd7acf40f9ea6a74c6e37055d5cca0e802a5f226265366c45de5982", "statement_sha256": "dce2a219faf661a9a789fccf3f6cac8e314960d1cb80b1b0a4c6acf486626465", "deadline_duration": "P5D"}	703d319232dd123492de58ce59dd78344815a5d87273b224cd3eccf77bce449b	9730a6f135de18902a52c54372a6174c6c74354e7692bc58b8000682699b0da1
303	2026-12-06 12:38:53+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00029", "event": "demo-activity-demo-post-20261206-00029", "author": "demo-acc-00023", "channel": "demo-chan-0001"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d"}	c608350cb3dea3b1b9cb417562096d2eba86c1253337d001dfdcde6dcc794619	6b3956a73ceae4b212d7e38de8d678388288015ddc15ef34b7b51884f60eba3c
304	2026-12-06 12:38:53+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00083", "event": "demo-activity-demo-post-20261206-00083", "author": "demo-acc-00022", "channel": "demo-chan-0003"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "4db9cab64a35b48d5270f7ce979c3c88880bdf03437e8abb09abc83ea1012788"}	6b3956a73ceae4b212d7e38de8d678388288015ddc15ef34b7b51884f60eba3c	b9ec12349fc928a405bfbaebf628f706c07da3129d6dd926825eabb222df8f8f
305	2026-12-06 12:38:53+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00090", "event": "demo-activity-demo-post-20261206-00090", "author": "demo-acc-00000", "channel": "demo-chan-0005"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "9fc0eabd9a0481a2aa247f7d4b4a8d7be248e8c4db1c2874688ebd5166d439ac"}	b9ec12349fc928a405bfbaebf628f706c07da3129d6dd926825eabb222df8f8f	ebe7834c3819c65482f9c935e9611caf29c2372107f17fcba0388f5184db199b
306	2026-12-06 12:39:23+00	system:detection:regex	review:signal:raised	{"case": "6fe544ff-6434-4acf-971b-ca98e9799133", "signal": "c984f274-cfb6-43fa-8c81-646dbc91e811"}	{"tier": 0, "source": "detection:regex", "category": "STATEMENT_CATEGORY_OTHER_VIOLATION_TC", "case_opened": true}	ebe7834c3819c65482f9c935e9611caf29c2372107f17fcba0388f5184db199b	52c4dc11c3d3fadfd832ceb80c0582dd68f4a6b0b7f0f0644c0363750d600ad7
307	2026-12-06 12:43:51.726158+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:case:claimed	{"case": "f40f69d2-71ce-4998-8731-f490def61293"}	{"renewed": false, "expires_at": "2026-12-06T12:58:51.726158+00:00", "took_over_expired_lease_of": null}	52c4dc11c3d3fadfd832ceb80c0582dd68f4a6b0b7f0f0644c0363750d600ad7	c850829baafaae5fb252bd643c79e2006ce34b3adc210743d33be440f536ca06
308	2026-12-06 12:45:48.726158+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:decision:made	{"case": "f40f69d2-71ce-4998-8731-f490def61293", "decision": "47bfeeed-0106-4352-9608-8575c4620312"}	{"status": "effective", "actions": [], "outcome": "no_action", "evidence_sha256": "604e4d6adcf089e3c4fbb67a1c38f528ffbec7de848a53fbb3f1c57dfcddbaa5", "approval_reasons": [], "manifestly_unfounded_notices": []}	c850829baafaae5fb252bd643c79e2006ce34b3adc210743d33be440f536ca06	85ac32f4413a059481762c63f7f3b2e7a6321b4709ea77d418a2e18ece2b38e4
309	2026-12-06 12:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00069", "event": "demo-activity-demo-post-20261206-00069", "author": "demo-acc-00039", "channel": "demo-chan-0000"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "a9cf1d55a759e123596e36ab1235f25912d898f617e6b44588f2d8dc8b64bc1d"}	85ac32f4413a059481762c63f7f3b2e7a6321b4709ea77d418a2e18ece2b38e4	b512cb873d1ea375605a1b58d13b704a1f8e92be84d3a926a0716ee357680b28
310	2026-12-06 13:11:15.047523+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	legal:request:assessment_started	{"request": "94476b71-a58a-4e9d-bf95-54af16eb5f17"}	{}	b512cb873d1ea375605a1b58d13b704a1f8e92be84d3a926a0716ee357680b28	b0aeb4b039f0dbd142dc51f2363d09dbc7099056b46bd3cf7faabb73f5cd8cd5
311	2026-12-06 13:12:34.529875+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	legal:request:assessment_started	{"request": "a4624c12-c03b-4a23-9377-e244c3bc9a7f"}	{}	b0aeb4b039f0dbd142dc51f2363d09dbc7099056b46bd3cf7faabb73f5cd8cd5	bfb2dddbaacbdc117d040f74c29a66f1f5d4ee19aee4f6705f5b74eaff69fc58
312	2026-12-06 13:15:59.370679+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	legal:request:assessment_started	{"request": "acb6b287-6e32-4a47-9b11-b0a4e622bc3f"}	{}	bfb2dddbaacbdc117d040f74c29a66f1f5d4ee19aee4f6705f5b74eaff69fc58	290371c61fa7e316a3f48ba98158a91412bd2d655ec80e66905ddf2ded183014
313	2026-12-06 13:17:08+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00061", "event": "demo-activity-demo-post-20261206-00061", "author": "demo-acc-00029", "channel": "demo-chan-0004"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "1edbe17849a9674d56369a3c5f8f46004fd45b5e1d660c60246590985b1ae0fb"}	290371c61fa7e316a3f48ba98158a91412bd2d655ec80e66905ddf2ded183014	2c4b397f7c2c832fc8ff09f5dd941eccda708de20a13909d26dccc5e6755ad29
314	2026-12-06 13:17:08+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00071", "event": "demo-activity-demo-post-20261206-00071", "author": "demo-acc-00022", "channel": "demo-chan-0003"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "791596b20cfeb6fbf78b8f6fa6417fa1a09d58fe38f5c13ef39d7341cd9033e1"}	2c4b397f7c2c832fc8ff09f5dd941eccda708de20a13909d26dccc5e6755ad29	e7eff0ea7de500e7ad388a91b3fe8c4ca5a850b1316ba5136a0b8865ae984111
315	2026-12-06 13:17:38+00	system:detection:pdq	review:signal:raised	{"case": "17fcf5db-99ae-4d2a-8b00-c2528b9b2f8a", "signal": "58712e2f-9a4d-451e-8625-97ad23234825"}	{"tier": 2, "source": "detection:pdq", "category": "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY", "case_opened": true}	e7eff0ea7de500e7ad388a91b3fe8c4ca5a850b1316ba5136a0b8865ae984111	39ceca8f83f564f146f4d77be1dc85e70b332624c6a9020edb46921c786e4e42
316	2026-12-06 13:18:07+00	system:demo-detection	review:case:claimed	{"case": "17fcf5db-99ae-4d2a-8b00-c2528b9b2f8a"}	{"renewed": false, "expires_at": "2026-12-06T13:33:07+00:00", "took_over_expired_lease_of": null}	39ceca8f83f564f146f4d77be1dc85e70b332624c6a9020edb46921c786e4e42	00b6f87362d94ddcd0910e2a935b17fd89f49217f8d0364a8a11d6e2c1f53e86
317	2026-12-06 13:18:08+00	system:demo-detection	review:decision:made	{"case": "17fcf5db-99ae-4d2a-8b00-c2528b9b2f8a", "decision": "dfe14d66-4116-4895-9b06-cb0904797862"}	{"status": "effective", "actions": ["remove_post"], "outcome": "action", "evidence_sha256": "462a011f53b0e5ba2fecb710f0c1322aa72903ea3ccefd96e8b8572ae24969b9", "approval_reasons": [], "manifestly_unfounded_notices": []}	00b6f87362d94ddcd0910e2a935b17fd89f49217f8d0364a8a11d6e2c1f53e86	8bb518eeb191f84f8c41c4602440bbb079bde7d6936ba0250e0816a34478ae0d
318	2026-12-06 13:18:08+00	system:demo-detection	enforcement:action:planned	{"post": "demo-post-20261206-00080", "decision": "dfe14d66-4116-4895-9b06-cb0904797862", "enforcement": "1ccc2ecb-a86b-456b-a293-5a951a997c2f"}	{"kind": "remove_post"}	8bb518eeb191f84f8c41c4602440bbb079bde7d6936ba0250e0816a34478ae0d	d4dc3e7d486678b0f82aa37a2d802fc60efaea3083311777295b2c34a4b5dbd6
319	2026-12-06 13:18:08+00	system:demo-detection	transparency:statement:issued	{"account": "demo-acc-00027", "decision": "dfe14d66-4116-4895-9b06-cb0904797862", "statement": "56823519-457c-4d1e-af50-1cddfa9b0603"}	{"kind": "remove_post", "puid": "sh-56823519-457c-4d1e-af50-1cddfa9b0603"}	d4dc3e7d486678b0f82aa37a2d802fc60efaea3083311777295b2c34a4b5dbd6	0379cf8333919e618e10d1c401696689b6993886380bdcca08f701635604e029
320	2026-12-06 13:18:08+00	system:demo-detection	enforcement:action:planned	{"account": "demo-acc-00027", "decision": "dfe14d66-4116-4895-9b06-cb0904797862", "enforcement": "41dd6bf4-a93c-4f68-852c-bc542250b45a"}	{"kind": "notify_user"}	0379cf8333919e618e10d1c401696689b6993886380bdcca08f701635604e029	056c44444bd3b38b4d108785ab9e358fc4eb65ee963ee1a73b6a190c91720034
321	2026-12-06 13:18:08+00	system:demo-detection	legal:hold:placed	{"hold": "c4c33d74-320a-41b9-a720-f7852c9ad931", "post": "demo-post-20261206-00080"}	{"reference": "decision:dfe14d66-4116-4895-9b06-cb0904797862", "held_until": "2027-06-08T13:18:08+00:00", "reason_sha256": "735769b8c31e1faa8d73d114fd00ee0987f3f7dd75e19c1df3eea1e93de6c103"}	056c44444bd3b38b4d108785ab9e358fc4eb65ee963ee1a73b6a190c91720034	98e445fcc1de37b005bf6b39ecf25e5f5bb262b9cacc97daee41a16200714ead
322	2026-12-06 13:21:06+00	api_key:demo-agency-FR	legal:request:received	{"agency": "718be953-cb65-4752-933b-68e66adf57e4", "request": "c56f0829-2426-4926-bed2-91e82e191a1c"}	{"held": false, "type": "removal_order", "flags": [], "urgency": "urgent", "deadline": "2026-12-06T14:21:06Z", "instrument": "tco", "attachments": [], "body_sha256": "3954c2bfb6d44d4c6302d2e86b6ed5bab92f70d849ac520eb45af3d61039f1f9", "verification": "api_key", "policy_version": "2026.07.1", "proposal_digest": "ca1745acbb81295eadba06b1075caf6256984ca95fb2dd6ed83f31058f696a65", "statement_sha256": "82fa5d177d69ea36f5e6cd9c80a1bf202c2ea2422fd220c86c9104deb102a5a1", "deadline_duration": "PT1H"}	98e445fcc1de37b005bf6b39ecf25e5f5bb262b9cacc97daee41a16200714ead	864d479ef6febf33f9123106172cf904f427093b618f133df9f12ebcd5ef3563
323	2026-12-06 13:27:20.40977+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	legal:request:assessment_started	{"request": "c56f0829-2426-4926-bed2-91e82e191a1c"}	{}	864d479ef6febf33f9123106172cf904f427093b618f133df9f12ebcd5ef3563	0a56af3bfee27b2bd627c3a5b44b8b7d5e325fb7fc0227444823b649c82bfb39
324	2026-12-06 13:32:13+00	system:demo-seed	intake:notice:received	{"case": "9a2aa732-cab4-4d81-b7ad-b44ae4d00826", "notice": "16363a61-aeb2-4095-bf40-ace2a4cdce02"}	{"tier": 0, "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "handling": "normal", "keywords": ["KEYWORD_PHISHING"], "body_sha256": "6ca5044a84e43b364d83b90bd188d74bafc4781066057b56b53b9a61dcfd861b", "case_opened": true, "item_sha256": "31485dc8743287226c6e343d94f25f5587ef0b126a14b21627ad686c51513282", "notifier_given": false}	0a56af3bfee27b2bd627c3a5b44b8b7d5e325fb7fc0227444823b649c82bfb39	43bc465941fa89c63f5d62f4affd9cc6e4b363f1588d5940440205661af3b8f0
325	2026-12-06 13:35:53+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00002", "event": "demo-activity-demo-post-20261206-00002", "author": "demo-acc-00021", "channel": "demo-chan-0003"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014"}	43bc465941fa89c63f5d62f4affd9cc6e4b363f1588d5940440205661af3b8f0	2c4302aca82f6a283f2edc72a5fa3feba5ac16dc125f75c29bc67b691859469b
326	2026-12-06 13:35:53+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00082", "event": "demo-activity-demo-post-20261206-00082", "author": "demo-acc-00033", "channel": "demo-chan-0004"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "eb94d65fa4c1e6f131d6a8d01a83b433a3d129acb9bac1edc918c2c9833e0240"}	2c4302aca82f6a283f2edc72a5fa3feba5ac16dc125f75c29bc67b691859469b	1b497f209314221b0daa4b6c8887437197e35bd119fdc48c7ed0f491b14fc67b
327	2026-12-06 13:36:23+00	system:detection:url-bank	review:signal:raised	{"case": "69efc143-c25a-44e2-a091-dfbb08e153dd", "signal": "b8d290a3-5d78-486a-9ea5-e27f73ecb7e5"}	{"tier": 0, "source": "detection:url-bank", "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "case_opened": true}	1b497f209314221b0daa4b6c8887437197e35bd119fdc48c7ed0f491b14fc67b	3d89bbf69d0baa7c3bb2df62edc52f64c0426d8027cd8e5f9635fc42d66eb8dc
328	2026-12-06 13:37:20+00	system:demo-detection	review:case:claimed	{"case": "69efc143-c25a-44e2-a091-dfbb08e153dd"}	{"renewed": false, "expires_at": "2026-12-06T13:52:20+00:00", "took_over_expired_lease_of": null}	3d89bbf69d0baa7c3bb2df62edc52f64c0426d8027cd8e5f9635fc42d66eb8dc	4340b8ed3208b79ef963d11755973c17c29cabae5a72040f861f082a0cdc3b9b
329	2026-12-06 13:37:23+00	system:demo-detection	review:decision:made	{"case": "69efc143-c25a-44e2-a091-dfbb08e153dd", "decision": "bc140e56-e508-422d-bad1-46cf929b7529"}	{"status": "effective", "actions": ["remove_post", "suspend_account"], "outcome": "action", "evidence_sha256": "cc9243c747253c14d8bf0221e939ea4aed194f680eb7dc9d3b7bd12b4adb7688", "approval_reasons": [], "manifestly_unfounded_notices": []}	4340b8ed3208b79ef963d11755973c17c29cabae5a72040f861f082a0cdc3b9b	edde81f572c29e9688ddaddfcbba52eb5c581a9a02978d8218e88d575b7529a7
330	2026-12-06 13:37:23+00	system:demo-detection	enforcement:action:planned	{"post": "demo-post-20261206-00083", "decision": "bc140e56-e508-422d-bad1-46cf929b7529", "enforcement": "3c368ce7-c8df-472a-b8a3-7d4eefb7a80d"}	{"kind": "remove_post"}	edde81f572c29e9688ddaddfcbba52eb5c581a9a02978d8218e88d575b7529a7	1eda7086ab654487b47e318e785275531156cc1dea45b16ac934624e37bf0848
331	2026-12-06 13:37:23+00	system:demo-detection	transparency:statement:issued	{"account": "demo-acc-00022", "decision": "bc140e56-e508-422d-bad1-46cf929b7529", "statement": "d21177a9-eaa7-478c-aa92-4f7e0aec3046"}	{"kind": "remove_post", "puid": "sh-d21177a9-eaa7-478c-aa92-4f7e0aec3046"}	1eda7086ab654487b47e318e785275531156cc1dea45b16ac934624e37bf0848	d78f767eec06c9ebd9ab923163b8e4cf0009abba894d35a526739d926824764e
332	2026-12-06 13:37:23+00	system:demo-detection	enforcement:action:planned	{"account": "demo-acc-00022", "decision": "bc140e56-e508-422d-bad1-46cf929b7529", "enforcement": "3616ed66-9fb3-4e95-a1f8-d2da8cd8655d"}	{"kind": "notify_user"}	d78f767eec06c9ebd9ab923163b8e4cf0009abba894d35a526739d926824764e	3e106a5b257f469d943f291ef29116a0358d263b4a28c55f322513113737e696
333	2026-12-06 13:37:23+00	system:demo-detection	enforcement:action:planned	{"account": "demo-acc-00022", "decision": "bc140e56-e508-422d-bad1-46cf929b7529", "enforcement": "151bf084-d454-41b9-96d3-5d9f8b0c1e58"}	{"kind": "suspend_account"}	3e106a5b257f469d943f291ef29116a0358d263b4a28c55f322513113737e696	7744877f3b2c50f50852f3679a528bb934f3d723bc24ce66cc2d21af379deed1
334	2026-12-06 13:37:23+00	system:demo-detection	transparency:statement:issued	{"account": "demo-acc-00022", "decision": "bc140e56-e508-422d-bad1-46cf929b7529", "statement": "65ed5412-8ed9-40fb-8fdf-a1dc4d0f1b90"}	{"kind": "suspend_account", "puid": "sh-65ed5412-8ed9-40fb-8fdf-a1dc4d0f1b90"}	7744877f3b2c50f50852f3679a528bb934f3d723bc24ce66cc2d21af379deed1	da04342d832bcf512a6e492e0cf1c78abcc52aafe11882876bb04034df1046dc
335	2026-12-06 13:37:23+00	system:demo-detection	enforcement:action:planned	{"account": "demo-acc-00022", "decision": "bc140e56-e508-422d-bad1-46cf929b7529", "enforcement": "60cb9881-19a8-4c80-93b4-6b7709d6dc76"}	{"kind": "notify_user"}	da04342d832bcf512a6e492e0cf1c78abcc52aafe11882876bb04034df1046dc	a7f5bed136125e4fcc8606006edbefabf0094c65d144ebc64bd4565f25eec2e7
336	2026-12-06 13:37:23+00	system:demo-detection	legal:hold:placed	{"hold": "f2305ccc-2123-4768-88be-f6842c3c800b", "post": "demo-post-20261206-00083"}	{"reference": "decision:bc140e56-e508-422d-bad1-46cf929b7529", "held_until": "2027-06-08T13:37:23+00:00", "reason_sha256": "735769b8c31e1faa8d73d114fd00ee0987f3f7dd75e19c1df3eea1e93de6c103"}	a7f5bed136125e4fcc8606006edbefabf0094c65d144ebc64bd4565f25eec2e7	a2f3ff6dba3171e1b9b47430d314dd5d904a3668681c7ea5df9c9f8e597e99e1
337	2026-12-06 13:39:43.462564+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:case:claimed	{"case": "6fe544ff-6434-4acf-971b-ca98e9799133"}	{"renewed": false, "expires_at": "2026-12-06T13:54:43.462564+00:00", "took_over_expired_lease_of": null}	a2f3ff6dba3171e1b9b47430d314dd5d904a3668681c7ea5df9c9f8e597e99e1	6c3ec0f6fcee7e90858675773f3ccb06ed3ed5075d7ff76871d3aacae31cf550
338	2026-12-06 13:39:49.22931+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	legal:request:answered	{"answer": "b47bf344-9a08-4eb2-bf61-6cf6f4417f01", "request": "c56f0829-2426-4926-bed2-91e82e191a1c"}	{"late": false, "rules": ["R-LOCAL-LAW-GEO", "R-USER-NOTICE"], "scope": "requesting_country", "answer": "complied", "policy_version": "2026.07.1", "proposal_digest": "ca1745acbb81295eadba06b1075caf6256984ca95fb2dd6ed83f31058f696a65", "followed_proposal": true, "what_and_why_sha256": null, "override_reason_sha256": null}	6c3ec0f6fcee7e90858675773f3ccb06ed3ed5075d7ff76871d3aacae31cf550	4daea2de75d65939e8f659d16d1f225b4d48ede7ef4af90cd75186b99baee562
339	2026-12-06 13:39:49.22931+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	enforcement:action:planned	{"post": "demo-post-20261206-00090", "enforcement": "b9fa6c7a-6375-43f2-ab03-36c28a741601", "legal_request": "c56f0829-2426-4926-bed2-91e82e191a1c"}	{"kind": "restrict_post"}	4daea2de75d65939e8f659d16d1f225b4d48ede7ef4af90cd75186b99baee562	da7c88fc2f54ab6915958d2c282c73aed9f73abdb0c3a1786aeb1ae2772bf864
340	2026-12-06 13:39:49.22931+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	enforcement:action:planned	{"account": "demo-acc-00000", "enforcement": "d86eba37-3122-44c7-99f4-281d564f58d5", "legal_request": "c56f0829-2426-4926-bed2-91e82e191a1c"}	{"kind": "notify_user"}	da7c88fc2f54ab6915958d2c282c73aed9f73abdb0c3a1786aeb1ae2772bf864	08a0b7f08a85ebf9b6764937ab338936692cd2d7fece20ce13b78db319bfdc05
341	2026-12-06 13:39:49.22931+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	legal:hold:placed	{"hold": "28b243ec-9fd4-474c-a70f-19767ac46e84", "post": "demo-post-20261206-00090"}	{"reference": "legal_request:c56f0829-2426-4926-bed2-91e82e191a1c", "held_until": "2027-06-07T13:39:49.229310+00:00", "reason_sha256": "1cdba1c199f6533985f652d9e6088e9f6d6983f75cc10d4eb5844f0bec8f4b70"}	08a0b7f08a85ebf9b6764937ab338936692cd2d7fece20ce13b78db319bfdc05	adbfc6df0154d7b9424d25dd1ccc654b816498f4374815d0eea3f3c4eb4f2460
342	2026-12-06 13:39:49.22931+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	legal:request:effect_planned	{"answer": "b47bf344-9a08-4eb2-bf61-6cf6f4417f01", "request": "c56f0829-2426-4926-bed2-91e82e191a1c"}	{"holds": 1, "measures": ["restrict_post"], "enforcement": ["b9fa6c7a-6375-43f2-ab03-36c28a741601"], "unsupported": [], "confidential": false, "user_notified": true}	adbfc6df0154d7b9424d25dd1ccc654b816498f4374815d0eea3f3c4eb4f2460	586deba5e447686952f1d3b39f14fcecfc247d46cd4c769ff2549a665e7948b2
343	2026-12-06 13:41:11.853208+00	user:55547f78-7231-496a-b4e0-0754e32a7ade	enforcement:action:cancelled	{"decision": "9b7c22eb-94e7-4459-b11c-f4f9ff059193", "enforcement": "5fb20611-7e32-4a96-8391-c5b495087f52"}	{"kind": "remove_post"}	586deba5e447686952f1d3b39f14fcecfc247d46cd4c769ff2549a665e7948b2	fae0bd35606f453ff284fa96ec6e16c216e972c7a451fb9783afb21e7391693b
344	2026-12-06 13:41:11.853208+00	user:55547f78-7231-496a-b4e0-0754e32a7ade	enforcement:action:planned	{"account": "demo-acc-00023", "decision": "9b7c22eb-94e7-4459-b11c-f4f9ff059193", "enforcement": "1ced2063-82d4-4fd7-aa15-0d97e7389be4"}	{"kind": "notify_user"}	fae0bd35606f453ff284fa96ec6e16c216e972c7a451fb9783afb21e7391693b	ae91b9da411856c6013a5f359cd225faffdc27c5bf99bd6fae5f5b34cadd0456
345	2026-12-06 13:41:11.853208+00	user:55547f78-7231-496a-b4e0-0754e32a7ade	review:decision:reversed	{"case": "889c34fb-d045-4d0d-963f-457df55bb75a", "decision": "9b7c22eb-94e7-4459-b11c-f4f9ff059193"}	{"status": "reversed", "actions": ["8d41d8e9-6389-4ad7-9a94-87f9178496f5"]}	ae91b9da411856c6013a5f359cd225faffdc27c5bf99bd6fae5f5b34cadd0456	d55b8178057af337764eee7a809892426306f4a4ac5785266585b0e1089df587
346	2026-12-06 13:41:11.853208+00	user:55547f78-7231-496a-b4e0-0754e32a7ade	review:appeal:decided	{"case": "889c34fb-d045-4d0d-963f-457df55bb75a", "appeal": "8a2fa6b9-2f29-44a0-8f24-0e4c5ef45b18", "decision": "9b7c22eb-94e7-4459-b11c-f4f9ff059193"}	{"outcome": "reversed", "case_reopened": null}	d55b8178057af337764eee7a809892426306f4a4ac5785266585b0e1089df587	55e2a510057517c6b9a95c9a92cff7c68cf50f90010bad8bdf04d140a9dbd13d
347	2026-12-06 13:42:52.462564+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:decision:made	{"case": "6fe544ff-6434-4acf-971b-ca98e9799133", "decision": "8a73f145-3282-4118-b172-a638701521f4"}	{"status": "effective", "actions": ["remove_post"], "outcome": "action", "evidence_sha256": "dff9fcbfbf78b56574355e34e120e251d75586a19a53d717fa91257e96044a40", "approval_reasons": [], "manifestly_unfounded_notices": []}	55e2a510057517c6b9a95c9a92cff7c68cf50f90010bad8bdf04d140a9dbd13d	54f186d611e940a6d3f5b4559fe6096701ef077338ee7649f0ccb8e0a6136e17
348	2026-12-06 13:42:52.462564+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	enforcement:action:planned	{"post": "demo-post-20261206-00087", "decision": "8a73f145-3282-4118-b172-a638701521f4", "enforcement": "284982af-7d14-4b10-a0a1-3ba3dc781a6f"}	{"kind": "remove_post"}	54f186d611e940a6d3f5b4559fe6096701ef077338ee7649f0ccb8e0a6136e17	d6a86fc05e87b9a641ecc38c1e473d58b9bdf3ec72a990687f8d72328dc33843
349	2026-12-06 13:42:52.462564+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	transparency:statement:issued	{"account": "demo-acc-00030", "decision": "8a73f145-3282-4118-b172-a638701521f4", "statement": "baca3e82-e8f2-42a9-8a8f-91c481ec8979"}	{"kind": "remove_post", "puid": "sh-baca3e82-e8f2-42a9-8a8f-91c481ec8979"}	d6a86fc05e87b9a641ecc38c1e473d58b9bdf3ec72a990687f8d72328dc33843	d49b0bd70982fdd6a2a087b53b5276b1f76d33bdd08f91e9ad5e5c95d11ce14c
350	2026-12-06 13:42:52.462564+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	enforcement:action:planned	{"account": "demo-acc-00030", "decision": "8a73f145-3282-4118-b172-a638701521f4", "enforcement": "23698c5a-4252-4858-b3a0-be806b6c2fe7"}	{"kind": "notify_user"}	d49b0bd70982fdd6a2a087b53b5276b1f76d33bdd08f91e9ad5e5c95d11ce14c	d8e20ece50df1cdecc1cb25ee98602fc42524c1f3db13f96ac89325f13ffae33
351	2026-12-06 13:42:52.462564+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	legal:hold:placed	{"hold": "171ed158-c50d-4a33-81b1-4e26610d309d", "post": "demo-post-20261206-00087"}	{"reference": "decision:8a73f145-3282-4118-b172-a638701521f4", "held_until": "2027-06-08T13:42:52.462564+00:00", "reason_sha256": "735769b8c31e1faa8d73d114fd00ee0987f3f7dd75e19c1df3eea1e93de6c103"}	d8e20ece50df1cdecc1cb25ee98602fc42524c1f3db13f96ac89325f13ffae33	d72d94fd9f19251222524f3176cf7d14d38a4ccc5c35ea8901ddcafcb7781e6c
397	2026-12-06 15:43:31.031779+00	user:55547f78-7231-496a-b4e0-0754e32a7ade	review:appeal:decided	{"case": "58e95c0b-90ce-46df-82d3-a545d4a47c7d", "appeal": "f0418ad6-adff-4166-9507-1636cbb9e96c", "decision": "ea7c5142-2677-4faa-9980-e6841e26a773"}	{"outcome": "upheld", "case_reopened": null}	d8c2a1a6bfc3d72e98bfc1602567437327348cc005395d5dd161710e2602ad12	c1c258e21ee8246520b17375b5915fe052ac93fda634f6b10e7f327760705c73
352	2026-12-06 13:44:13+00	system:demo-seed	intake:notice:received	{"case": "9a2aa732-cab4-4d81-b7ad-b44ae4d00826", "notice": "a59180b9-8364-4937-8140-1c2712da2d86"}	{"tier": 0, "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "handling": "normal", "keywords": ["KEYWORD_PHISHING"], "body_sha256": "cfbdb479c06e7069f7ce6d47cd4a89cb947aba8e243034220569cf3d47f65c22", "case_opened": false, "item_sha256": "31485dc8743287226c6e343d94f25f5587ef0b126a14b21627ad686c51513282", "notifier_given": false}	d72d94fd9f19251222524f3176cf7d14d38a4ccc5c35ea8901ddcafcb7781e6c	0727cb6167013e7a0068d192c580cc897c8b34b2d0abd2a550c76d0af5e57d9b
353	2026-12-06 13:47:02+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00038", "event": "demo-activity-demo-post-20261206-00038", "author": "demo-acc-00025", "channel": "demo-chan-0005"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "f33cea9b1ac085c90f3005344863ae01daa0f9a7346434e8d4f5b423c98d3fcb"}	0727cb6167013e7a0068d192c580cc897c8b34b2d0abd2a550c76d0af5e57d9b	35c9b4d19fab5df68cefe4e5f0dc2bbdee3002397f57c1164f82792cf9afaf60
354	2026-12-06 13:47:32+00	system:demo-seed	intake:notice:received	{"case": "c294872f-d67e-4e3f-8261-4ecaa3eec5b2", "notice": "fce5461e-b450-4d57-b2e1-b039a79cac43"}	{"tier": 0, "category": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "handling": "normal", "keywords": ["KEYWORD_HATE_SPEECH"], "body_sha256": "0c62b32597538573a884b5a2a57128131c05ad2024a38d56e4b96dd24c9caef8", "case_opened": true, "item_sha256": "06d92d7e7091917fe2d02623be83bb9a6be258b76aa0f71d7774dd71adf5a9d4", "notifier_given": true}	35c9b4d19fab5df68cefe4e5f0dc2bbdee3002397f57c1164f82792cf9afaf60	8809005ded22767a341def9ffd20d9bf343fc7f436680757105895ebc0a414b7
355	2026-12-06 13:53:13+00	system:demo-seed	intake:notice:received	{"case": "9a2aa732-cab4-4d81-b7ad-b44ae4d00826", "notice": "0f597f5c-5da6-4577-87fa-11d48f5c2838"}	{"tier": 0, "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "handling": "normal", "keywords": ["KEYWORD_PHISHING"], "body_sha256": "4b69ef063282ad677c79e28bc28fd518c449834d8965fa053bfd0f9a7955f329", "case_opened": false, "item_sha256": "31485dc8743287226c6e343d94f25f5587ef0b126a14b21627ad686c51513282", "notifier_given": false}	8809005ded22767a341def9ffd20d9bf343fc7f436680757105895ebc0a414b7	27d4d00cddd2dbc9218ff5a389055efd929ee59a02e0f909d3bb223d6c3ce630
356	2026-12-06 13:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00086", "event": "demo-activity-demo-post-20261206-00086", "author": "demo-acc-00026", "channel": "demo-chan-0001"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "221984bfc83dc390aec5cfe54859ca201f77afb1e5043f4e85747813c0c1dfd0"}	27d4d00cddd2dbc9218ff5a389055efd929ee59a02e0f909d3bb223d6c3ce630	de62635edb388c4312a29eafcfe0efb6c9ee1d690860f92ecbc639fe5099f5e8
357	2026-12-06 14:03:13+00	system:demo-seed	intake:notice:received	{"case": "9a2aa732-cab4-4d81-b7ad-b44ae4d00826", "notice": "228c4ac1-c5b2-4932-bbef-9f527e4f437f"}	{"tier": 0, "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "handling": "normal", "keywords": ["KEYWORD_PHISHING"], "body_sha256": "715d57cc010d0fefe90b4f824f2799387b6263c75c4cd32e948b4a183b559ea1", "case_opened": false, "item_sha256": "31485dc8743287226c6e343d94f25f5587ef0b126a14b21627ad686c51513282", "notifier_given": false}	de62635edb388c4312a29eafcfe0efb6c9ee1d690860f92ecbc639fe5099f5e8	d9fd5b93e6fb5a64d3ccd0c74c80b87504278a24a0fd4a645bded8a01b60620b
358	2026-12-06 14:08:13+00	system:demo-seed	intake:notice:received	{"case": "9a2aa732-cab4-4d81-b7ad-b44ae4d00826", "notice": "17727c4f-1d70-4fcb-8b66-42527211371d"}	{"tier": 0, "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "handling": "normal", "keywords": ["KEYWORD_PHISHING"], "body_sha256": "e3336562352e5608655ca49aea21eb3f2d1e58f51faa86a06d717d466ce48e64", "case_opened": false, "item_sha256": "31485dc8743287226c6e343d94f25f5587ef0b126a14b21627ad686c51513282", "notifier_given": false}	d9fd5b93e6fb5a64d3ccd0c74c80b87504278a24a0fd4a645bded8a01b60620b	51cd9988f08f22b701ed3b2e2ebcfdab94770b6f9c9ffda29aa40aac121d698b
359	2026-12-06 14:08:24+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00005", "event": "demo-activity-demo-post-20261206-00005", "author": "demo-acc-00024", "channel": "demo-chan-0002"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d"}	51cd9988f08f22b701ed3b2e2ebcfdab94770b6f9c9ffda29aa40aac121d698b	b763ef6d7574c65728feda075e0229a6a83d92563ffa1fbe3575be252b50d3dd
360	2026-12-06 14:08:54+00	system:detection:regex	review:signal:raised	{"case": "b90d9ed6-6356-41e0-89c3-c4660884bd59", "signal": "f7d82aa2-0889-4e63-bfa5-35a72334204e"}	{"tier": 0, "source": "detection:regex", "category": "STATEMENT_CATEGORY_OTHER_VIOLATION_TC", "case_opened": true}	b763ef6d7574c65728feda075e0229a6a83d92563ffa1fbe3575be252b50d3dd	a24e00efa56938cd6b74af9438b51efe3846d105aa8b42ef0d2c2c45a3021623
361	2026-12-06 14:17:36.971405+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:case:claimed	{"case": "b90d9ed6-6356-41e0-89c3-c4660884bd59"}	{"renewed": false, "expires_at": "2026-12-06T14:32:36.971405+00:00", "took_over_expired_lease_of": null}	a24e00efa56938cd6b74af9438b51efe3846d105aa8b42ef0d2c2c45a3021623	1166da8b6ec0a669f2a744bcfe5dbaac3fa10cbdf9969e724a1c7450b51bdc3e
362	2026-12-06 14:18:42.205726+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:case:claimed	{"case": "9a2aa732-cab4-4d81-b7ad-b44ae4d00826"}	{"renewed": false, "expires_at": "2026-12-06T14:33:42.205726+00:00", "took_over_expired_lease_of": null}	1166da8b6ec0a669f2a744bcfe5dbaac3fa10cbdf9969e724a1c7450b51bdc3e	e8fe8ab1fe7c38b44ea3304a5a72a4f8809a9939a512c3383ab07bca97b25dd2
363	2026-12-06 14:20:02.971405+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:decision:made	{"case": "b90d9ed6-6356-41e0-89c3-c4660884bd59", "decision": "3491bc4d-cdd6-490a-8672-562d665d32a8"}	{"status": "effective", "actions": ["remove_post"], "outcome": "action", "evidence_sha256": "a3c8b8386db425ca55589cc4740dda4cc5f8a5ca5f3644c6eb433d50848ee9bd", "approval_reasons": [], "manifestly_unfounded_notices": []}	e8fe8ab1fe7c38b44ea3304a5a72a4f8809a9939a512c3383ab07bca97b25dd2	1ddd2487f910dd765bbcb9308126e3be0f56dcb0eb16d544dab66dd033e42e66
364	2026-12-06 14:20:02.971405+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	enforcement:action:planned	{"post": "demo-post-20261206-00086", "decision": "3491bc4d-cdd6-490a-8672-562d665d32a8", "enforcement": "68b63747-4468-44d9-bff0-08d016817933"}	{"kind": "remove_post"}	1ddd2487f910dd765bbcb9308126e3be0f56dcb0eb16d544dab66dd033e42e66	99872a7f912e896483e32a98fe3aea852de612aa775ce4687e9dc43459a4e8e3
365	2026-12-06 14:20:02.971405+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	transparency:statement:issued	{"account": "demo-acc-00026", "decision": "3491bc4d-cdd6-490a-8672-562d665d32a8", "statement": "d823166b-fab3-430d-ae13-32d7c7d96511"}	{"kind": "remove_post", "puid": "sh-d823166b-fab3-430d-ae13-32d7c7d96511"}	99872a7f912e896483e32a98fe3aea852de612aa775ce4687e9dc43459a4e8e3	0bf3acd2c1228b36ae54001caa055ebd92c64d1b9a6706fb7fd32afddc0b44d5
366	2026-12-06 14:20:02.971405+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	enforcement:action:planned	{"account": "demo-acc-00026", "decision": "3491bc4d-cdd6-490a-8672-562d665d32a8", "enforcement": "a8878c3f-d820-410a-893d-a68ae14d7236"}	{"kind": "notify_user"}	0bf3acd2c1228b36ae54001caa055ebd92c64d1b9a6706fb7fd32afddc0b44d5	1edb54a848166a1e65ab5f88fa2ab7fb5da61164078bc90bb8291c2aae7f96a0
367	2026-12-06 14:20:02.971405+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	legal:hold:placed	{"hold": "c2038d55-dc70-49d9-99b4-4cbaded2fe07", "post": "demo-post-20261206-00086"}	{"reference": "decision:3491bc4d-cdd6-490a-8672-562d665d32a8", "held_until": "2027-06-08T14:20:02.971405+00:00", "reason_sha256": "735769b8c31e1faa8d73d114fd00ee0987f3f7dd75e19c1df3eea1e93de6c103"}	1edb54a848166a1e65ab5f88fa2ab7fb5da61164078bc90bb8291c2aae7f96a0	bc6a9195d5153319bb034a0d86b017a3a26d58e780bc7d64e5d2819f6e3996e0
368	2026-12-06 14:22:13.205726+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:decision:made	{"case": "9a2aa732-cab4-4d81-b7ad-b44ae4d00826", "decision": "d4c72d99-1420-4418-a599-e87f0917b476"}	{"status": "effective", "actions": [], "outcome": "no_action", "evidence_sha256": "610ebec7757785ca0c1efbbe062d7e10b7e7ed9bc05da101e7ec9a0966da5e69", "approval_reasons": [], "manifestly_unfounded_notices": []}	bc6a9195d5153319bb034a0d86b017a3a26d58e780bc7d64e5d2819f6e3996e0	a72b120842165ed873304270e10def1e25b669bf632d386c77c54fc4629dd995
369	2026-12-06 14:37:14.112037+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	legal:request:answered	{"answer": "2ee528b6-851c-4cef-9727-a6159e0a0b7a", "request": "acb6b287-6e32-4a47-9b11-b0a4e622bc3f"}	{"late": false, "rules": ["R-E2E-CONTENT-IMPOSSIBLE"], "scope": "none", "answer": "partially_complied", "policy_version": "2026.07.1", "proposal_digest": "40087feb9fd7acf40f9ea6a74c6e37055d5cca0e802a5f226265366c45de5982", "followed_proposal": false, "what_and_why_sha256": "84f9f28dd8039672bad216c42e583e0b60af99a569bac965607692256bfe3e1c", "override_reason_sha256": "978714a81acb929afdffa44addf1bddc2cfd741a19340366410ab184988b9dc9"}	a72b120842165ed873304270e10def1e25b669bf632d386c77c54fc4629dd995	2f82df0898a6f91423a63bf687d153256f6dce999f20eea2b9b206c2395b8dea
370	2026-12-06 14:47:41.589624+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	legal:request:answered	{"answer": "98f5565f-9d66-4797-b615-bf2acb17d725", "request": "a4624c12-c03b-4a23-9377-e244c3bc9a7f"}	{"late": false, "rules": ["R-LOCAL-LAW-GEO", "R-USER-NOTICE"], "scope": "requesting_country", "answer": "complied", "policy_version": "2026.07.1", "proposal_digest": "55571b5172351cbd61b3df8f35e3b674ee11583cbf9df76d1ba03c671c965205", "followed_proposal": true, "what_and_why_sha256": null, "override_reason_sha256": null}	2f82df0898a6f91423a63bf687d153256f6dce999f20eea2b9b206c2395b8dea	e55668815593d01de446b9437dcd6db0bcb4faea603874b098079b88569173a1
371	2026-12-06 14:47:41.589624+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	enforcement:action:planned	{"post": "demo-post-20261206-00089", "enforcement": "2dd78031-52c9-4bb5-998c-fdbcd97100f4", "legal_request": "a4624c12-c03b-4a23-9377-e244c3bc9a7f"}	{"kind": "restrict_post"}	e55668815593d01de446b9437dcd6db0bcb4faea603874b098079b88569173a1	4308d0e0e833c11744e9ec9c416906f678e02293e32ab0ea29934ff260cef030
372	2026-12-06 14:47:41.589624+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	enforcement:action:planned	{"account": "demo-acc-00012", "enforcement": "62758065-1912-48bb-847d-f14e4412d963", "legal_request": "a4624c12-c03b-4a23-9377-e244c3bc9a7f"}	{"kind": "notify_user"}	4308d0e0e833c11744e9ec9c416906f678e02293e32ab0ea29934ff260cef030	8be88c05fc38d183b988bbea28449cade764626b31e58d0a1cd741acf3a99fc4
373	2026-12-06 14:47:41.589624+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	legal:request:effect_planned	{"answer": "98f5565f-9d66-4797-b615-bf2acb17d725", "request": "a4624c12-c03b-4a23-9377-e244c3bc9a7f"}	{"holds": 0, "measures": ["restrict_post"], "enforcement": ["2dd78031-52c9-4bb5-998c-fdbcd97100f4"], "unsupported": [], "confidential": false, "user_notified": true}	8be88c05fc38d183b988bbea28449cade764626b31e58d0a1cd741acf3a99fc4	340e68b3facb88de831d005d545960ded9c06a623b33b8821c02985348b6a36c
374	2026-12-06 14:49:31+00	system:detection:url-bank	review:signal:raised	{"case": "bbdb7a9b-8bd9-4124-81c0-57eee2cbd27e", "signal": "58c44f94-496f-4159-9c59-8c343cdf738e"}	{"tier": 0, "source": "detection:url-bank", "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "case_opened": true}	340e68b3facb88de831d005d545960ded9c06a623b33b8821c02985348b6a36c	4fcebfe46dc54479a3852abf2ab3b1e1b8b3445c4f7928e1101f28c84b2244da
375	2026-12-06 14:49:59+00	system:demo-detection	review:case:claimed	{"case": "bbdb7a9b-8bd9-4124-81c0-57eee2cbd27e"}	{"renewed": false, "expires_at": "2026-12-06T15:04:59+00:00", "took_over_expired_lease_of": null}	4fcebfe46dc54479a3852abf2ab3b1e1b8b3445c4f7928e1101f28c84b2244da	502e0cc24b230ad1ec7f540de2e6f687a6a8ea9ef491fc641e9589bd82fa7e60
376	2026-12-06 14:50:00+00	system:demo-detection	review:decision:made	{"case": "bbdb7a9b-8bd9-4124-81c0-57eee2cbd27e", "decision": "f6542b79-348e-4c92-ac03-ff2ae47db41d"}	{"status": "effective", "actions": ["remove_post"], "outcome": "action", "evidence_sha256": "d1b4f54bd7beae71b31277d6301937f991fc6640828d473af0096e55abee535c", "approval_reasons": [], "manifestly_unfounded_notices": []}	502e0cc24b230ad1ec7f540de2e6f687a6a8ea9ef491fc641e9589bd82fa7e60	82bb84dedd731eac9fe975d5162a7edc4f9b01f552d976eaf4d13c6425b234ee
377	2026-12-06 14:50:00+00	system:demo-detection	enforcement:action:planned	{"post": "demo-post-20261206-00081", "decision": "f6542b79-348e-4c92-ac03-ff2ae47db41d", "enforcement": "0820706b-3a71-4703-80ea-45e9f17039a7"}	{"kind": "remove_post"}	82bb84dedd731eac9fe975d5162a7edc4f9b01f552d976eaf4d13c6425b234ee	d8143f016eba4d8440f590e5567f7aabb1a77bad5a5d40bc8c874d6eddab664f
378	2026-12-06 14:50:00+00	system:demo-detection	transparency:statement:issued	{"account": "demo-acc-00038", "decision": "f6542b79-348e-4c92-ac03-ff2ae47db41d", "statement": "cd859512-beab-4bf9-916e-4ee1bc962d1b"}	{"kind": "remove_post", "puid": "sh-cd859512-beab-4bf9-916e-4ee1bc962d1b"}	d8143f016eba4d8440f590e5567f7aabb1a77bad5a5d40bc8c874d6eddab664f	c3ea310ecb7cf476297b58ff37e8a92489ef42bcdcfb3a4e20f4a87291efb636
379	2026-12-06 14:50:00+00	system:demo-detection	enforcement:action:planned	{"account": "demo-acc-00038", "decision": "f6542b79-348e-4c92-ac03-ff2ae47db41d", "enforcement": "0cdea497-423f-49b5-8527-768f83c26acb"}	{"kind": "notify_user"}	c3ea310ecb7cf476297b58ff37e8a92489ef42bcdcfb3a4e20f4a87291efb636	9ec1bbf4d8d90cbd6607b9f7be1645fdbb94ece0ba49b9daf45e1071ebc2de67
380	2026-12-06 14:50:00+00	system:demo-detection	legal:hold:placed	{"hold": "605fffa8-1131-4369-9b97-cceee5e95d14", "post": "demo-post-20261206-00081"}	{"reference": "decision:f6542b79-348e-4c92-ac03-ff2ae47db41d", "held_until": "2027-06-08T14:50:00+00:00", "reason_sha256": "735769b8c31e1faa8d73d114fd00ee0987f3f7dd75e19c1df3eea1e93de6c103"}	9ec1bbf4d8d90cbd6607b9f7be1645fdbb94ece0ba49b9daf45e1071ebc2de67	5e48dcc2e46d1f712d563cd041e98f21af389348ba71cf36e2d80513df923cd8
381	2026-12-06 14:58:56.367779+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:case:claimed	{"case": "c294872f-d67e-4e3f-8261-4ecaa3eec5b2"}	{"renewed": false, "expires_at": "2026-12-06T15:13:56.367779+00:00", "took_over_expired_lease_of": null}	5e48dcc2e46d1f712d563cd041e98f21af389348ba71cf36e2d80513df923cd8	e5fccdba6b8d310504da6ef5b4cef8af64c25d30e4ea6b0a391aa562b95cd2ce
382	2026-12-06 14:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00016", "event": "demo-activity-demo-post-20261206-00016", "author": "demo-acc-00036", "channel": "demo-chan-0003"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014"}	e5fccdba6b8d310504da6ef5b4cef8af64c25d30e4ea6b0a391aa562b95cd2ce	b0320dbe2a3c8a5fd859d6a6a38ddc1fe5c72670ef73383b7612707424a945cc
383	2026-12-06 15:02:33.367779+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:decision:made	{"case": "c294872f-d67e-4e3f-8261-4ecaa3eec5b2", "decision": "c55360a4-67b4-450b-ac16-6455b457b13b"}	{"status": "effective", "actions": ["restrict_post"], "outcome": "action", "evidence_sha256": "e28f4e20cd2ef95c4d740551efe7f1934d7c77219c4c37255738dc8e3de3730e", "approval_reasons": [], "manifestly_unfounded_notices": []}	b0320dbe2a3c8a5fd859d6a6a38ddc1fe5c72670ef73383b7612707424a945cc	37811380b98d0f3853105e6d55ffa35752279f27ecba9a1fb2d042654b484ae9
384	2026-12-06 15:02:33.367779+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	enforcement:action:planned	{"post": "demo-post-20261206-00074", "decision": "c55360a4-67b4-450b-ac16-6455b457b13b", "enforcement": "c010b9d3-805b-44e8-823e-445e5fe8cd46"}	{"kind": "restrict_post"}	37811380b98d0f3853105e6d55ffa35752279f27ecba9a1fb2d042654b484ae9	5d286b827550224d2b4bcdfceccc3acf2e974a96a28135edf587577d92091e56
385	2026-12-06 15:02:33.367779+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	transparency:statement:issued	{"account": "demo-acc-00015", "decision": "c55360a4-67b4-450b-ac16-6455b457b13b", "statement": "25af857f-1920-4a9d-9db6-e930807b4ec5"}	{"kind": "restrict_post", "puid": "sh-25af857f-1920-4a9d-9db6-e930807b4ec5"}	5d286b827550224d2b4bcdfceccc3acf2e974a96a28135edf587577d92091e56	04a99c5a950f7c58d903950af62980b4abef414085edd6695e0f3c2420daff88
386	2026-12-06 15:02:33.367779+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	enforcement:action:planned	{"account": "demo-acc-00015", "decision": "c55360a4-67b4-450b-ac16-6455b457b13b", "enforcement": "1323c5d5-b03d-41f1-adf5-d057c5988964"}	{"kind": "notify_user"}	04a99c5a950f7c58d903950af62980b4abef414085edd6695e0f3c2420daff88	580ca9413166768bc180671d8eab808235838153d5f7eddd1649c1191371a2b3
387	2026-12-06 15:02:33.367779+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	legal:hold:placed	{"hold": "140924cd-b3f7-4d8c-93a2-293e4d295e28", "post": "demo-post-20261206-00074"}	{"reference": "decision:c55360a4-67b4-450b-ac16-6455b457b13b", "held_until": "2027-06-08T15:02:33.367779+00:00", "reason_sha256": "735769b8c31e1faa8d73d114fd00ee0987f3f7dd75e19c1df3eea1e93de6c103"}	580ca9413166768bc180671d8eab808235838153d5f7eddd1649c1191371a2b3	8eca2641a07c1dc8e20b12c7eac7e63c1bab3ec9b9ff9197f6473e69b71c6f23
388	2026-12-06 15:07:13+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00075", "event": "demo-activity-demo-post-20261206-00075", "author": "demo-acc-00000", "channel": "demo-chan-0001"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "1edbe17849a9674d56369a3c5f8f46004fd45b5e1d660c60246590985b1ae0fb"}	8eca2641a07c1dc8e20b12c7eac7e63c1bab3ec9b9ff9197f6473e69b71c6f23	8615dc750264cf39174134dee20dd844137a2c69430008f4e35c052f6854a30e
389	2026-12-06 15:07:43+00	system:detection:keywords	review:signal:raised	{"case": "f81fbe1e-aefc-4c78-9f66-66c6bc17c942", "signal": "0c6813df-64d7-4f1c-8dd3-83573b984c48"}	{"tier": 0, "source": "detection:keywords", "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "case_opened": true}	8615dc750264cf39174134dee20dd844137a2c69430008f4e35c052f6854a30e	e0b097226cf18582d6b43555c79cbe10fe9b682eea869cb37957ffac2caf7893
390	2026-12-06 15:26:18+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00036", "event": "demo-activity-demo-post-20261206-00036", "author": "demo-acc-00020", "channel": "demo-chan-0001"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "f33cea9b1ac085c90f3005344863ae01daa0f9a7346434e8d4f5b423c98d3fcb"}	e0b097226cf18582d6b43555c79cbe10fe9b682eea869cb37957ffac2caf7893	9f0415612c40c98175b80a24d4b040f5687679fa8cdbc690918d1220084acc12
391	2026-12-06 15:26:18+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00037", "event": "demo-activity-demo-post-20261206-00037", "author": "demo-acc-00007", "channel": "demo-chan-0003"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "1b2769bda5ec02c6c71e3a629ca71a261733b6ac7958307682d1619f83504c46"}	9f0415612c40c98175b80a24d4b040f5687679fa8cdbc690918d1220084acc12	8faf787574c22eb9eae7fbb2f23a4d4ce744c972f59e97da3af71412a69a9d31
392	2026-12-06 15:26:18+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00050", "event": "demo-activity-demo-post-20261206-00050", "author": "demo-acc-00004", "channel": "demo-chan-0000"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "3dcb0b58c7c4e86a8f065e6ed5fc661fa16bd90612e70ba5564c1783e9b01930"}	8faf787574c22eb9eae7fbb2f23a4d4ce744c972f59e97da3af71412a69a9d31	28e39274d276eab1c545a7b4d67aef46c26c588f8ca924aa43e6de491ba6a5cd
393	2026-12-06 15:26:44+00	api_key:demo-agency-US	legal:request:received	{"agency": "4d3d5969-4f77-4b35-ad78-eb559f6edfd8", "request": "00a20130-91e8-4b5b-a02a-e4b87512a4a1"}	{"held": false, "type": "encryption_key", "flags": [], "urgency": "normal", "deadline": "2026-12-11T15:26:44Z", "instrument": "national", "attachments": [], "body_sha256": "ee3d18647a00c0b6283ffbd175b90289ee78b42053ca0f33b3f81f2048565c34", "verification": "api_key", "policy_version": "2026.07.1", "proposal_digest": "0b6d1922f518241631ad9dbae1cd7e78d3e21cb7e37a8bab6dcaa823c19fe626", "statement_sha256": "f9aaa204a86feddd7018afb90efca4a8e3d2a0b60a8bae7db398bb27e8eac525", "deadline_duration": "P5D"}	28e39274d276eab1c545a7b4d67aef46c26c588f8ca924aa43e6de491ba6a5cd	5c695e5dee984286d1805ee7588481eb9fc7462d419523cabf4bca042e159ded
394	2026-12-06 15:26:48+00	system:demo-seed	intake:notice:received	{"case": "ca1efcfb-b0c4-492e-bfd2-48d3c6f34f09", "notice": "7fd043f4-c606-42fe-8ab1-2155b8f36b1b"}	{"tier": 0, "category": "STATEMENT_CATEGORY_CYBER_VIOLENCE", "handling": "normal", "keywords": ["KEYWORD_CYBER_HARASSMENT"], "body_sha256": "05932e721485c30c0537a7e4304e7cef4d782e8ad6b06946a1ab0e184736a5fd", "case_opened": true, "item_sha256": "a314acc0d43cff56b913f7f21264477038ca15f677f880b4baed23b9a98f8f08", "notifier_given": true}	5c695e5dee984286d1805ee7588481eb9fc7462d419523cabf4bca042e159ded	2d1810f756769ea134dc39d8f7d12f071042e7c4d8ab06777f2a16a81f17ea71
395	2026-12-06 15:40:19+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00064", "event": "demo-activity-demo-post-20261206-00064", "author": "demo-acc-00015", "channel": "demo-chan-0003"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "8bbe2fe4edb2e3bbc1a05337c70e4eaf30c2de922c74681ffd4ab924069a9289"}	2d1810f756769ea134dc39d8f7d12f071042e7c4d8ab06777f2a16a81f17ea71	b9ac590bce8513d8fed7ba6a169089020772ae4bb68c60529452d67095de0362
396	2026-12-06 15:40:49+00	system:demo-seed	intake:notice:received	{"case": "7a0ea2ab-fde4-437d-bcb3-1beaa04a8b6f", "notice": "c9fc03da-472e-43a1-9cf6-6b3a7a6597e2"}	{"tier": 0, "category": "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS", "handling": "normal", "keywords": ["KEYWORD_MISINFORMATION_DISINFORMATION"], "body_sha256": "5230125c4d8908d04b616884fdcddb617046eb72222803285856ec998d074277", "case_opened": true, "item_sha256": "c06a39ebe7e759938b892301b93b9e086164239fd4d8837bf896230f19420a67", "notifier_given": true}	b9ac590bce8513d8fed7ba6a169089020772ae4bb68c60529452d67095de0362	d8c2a1a6bfc3d72e98bfc1602567437327348cc005395d5dd161710e2602ad12
398	2026-12-06 15:43:31.031779+00	user:55547f78-7231-496a-b4e0-0754e32a7ade	enforcement:action:planned	{"account": "demo-acc-00027", "decision": "ea7c5142-2677-4faa-9980-e6841e26a773", "enforcement": "fb9628d7-2258-476c-9857-1ce47cef3b2a"}	{"kind": "notify_user"}	c1c258e21ee8246520b17375b5915fe052ac93fda634f6b10e7f327760705c73	bdc7c8cf31886bfd68ae3e766eff283b403b27571ec28dff76faae9c6be845af
399	2026-12-06 15:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00057", "event": "demo-activity-demo-post-20261206-00057", "author": "demo-acc-00038", "channel": "demo-chan-0004"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014"}	bdc7c8cf31886bfd68ae3e766eff283b403b27571ec28dff76faae9c6be845af	a4730053d45483b0d219fcf5cfb59601858e9ec47b4fd86923c9fec3e7379ac1
400	2026-12-06 16:09:52+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	legal:request:assessment_started	{"request": "6454b530-1729-4a25-b1c8-6b5faf333c73"}	{}	a4730053d45483b0d219fcf5cfb59601858e9ec47b4fd86923c9fec3e7379ac1	fd2941bc3fd51f8dc825022c1504ce865c5e68ebf5f243a0f9a6aa8ec73dbd80
401	2026-12-06 16:22:51.487592+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:case:claimed	{"case": "7a0ea2ab-fde4-437d-bcb3-1beaa04a8b6f"}	{"renewed": false, "expires_at": "2026-12-06T16:37:51.487592+00:00", "took_over_expired_lease_of": null}	fd2941bc3fd51f8dc825022c1504ce865c5e68ebf5f243a0f9a6aa8ec73dbd80	f26bacae795668a822d27f47ddee2f0088c35720121f816a85b15f1397735389
402	2026-12-06 16:24:02.487592+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:decision:made	{"case": "7a0ea2ab-fde4-437d-bcb3-1beaa04a8b6f", "decision": "1cd0efe9-9934-41ea-8347-e226f1d371e2"}	{"status": "effective", "actions": [], "outcome": "no_action", "evidence_sha256": "5c0417158d6ef04272619c0793f37a82fb32dd50d21552c355aaf63d54b96c9d", "approval_reasons": [], "manifestly_unfounded_notices": []}	f26bacae795668a822d27f47ddee2f0088c35720121f816a85b15f1397735389	f11348adf92df593cbfd0f8c7b19d68c8ca20edb35e7654916c66f0c8d5daf46
403	2026-12-06 16:26:43+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00048", "event": "demo-activity-demo-post-20261206-00048", "author": "demo-acc-00010", "channel": "demo-chan-0004"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "f33cea9b1ac085c90f3005344863ae01daa0f9a7346434e8d4f5b423c98d3fcb"}	f11348adf92df593cbfd0f8c7b19d68c8ca20edb35e7654916c66f0c8d5daf46	6e9d466bc3e9d2de015f5c9e54220596ee2e380488fd70b6349110e87abe3cd4
404	2026-12-06 16:26:43+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00049", "event": "demo-activity-demo-post-20261206-00049", "author": "demo-acc-00033", "channel": "demo-chan-0002"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "23654fb41e9bad7a93ea0534d7aef5505d673968c2d4be8f759a85b0e6653238"}	6e9d466bc3e9d2de015f5c9e54220596ee2e380488fd70b6349110e87abe3cd4	0afbcb2156a14baabdbd401b97a3433648438ca203a8af44f48bdb38c95d6afb
405	2026-12-06 16:27:13+00	system:demo-seed	intake:notice:received	{"case": "61b3af83-e4b5-473b-b6bf-abb9c2f07587", "notice": "d20e31ec-51fa-4ebb-9a28-0b71b0399068"}	{"tier": 0, "category": "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS", "handling": "normal", "keywords": ["KEYWORD_NON_CONSENSUAL_IMAGE_SHARING"], "body_sha256": "529051f85b41e28f4d349d73630cd276939792aebc0ace6a1dd4905d8eb084a2", "case_opened": true, "item_sha256": "b3a3c06b180b0e775028f7aa17d9c41e6c8f95f2ba32c06b594534d8ecd1c6dd", "notifier_given": true}	0afbcb2156a14baabdbd401b97a3433648438ca203a8af44f48bdb38c95d6afb	a2e6406c4d978d45dc720729d47897dcd4f945a213fb69fdeb526bd3b59fce47
406	2026-12-06 16:46:48.355594+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:case:claimed	{"case": "a720149f-6231-48dd-a497-e8460e2c34f8"}	{"renewed": false, "expires_at": "2026-12-06T17:01:48.355594+00:00", "took_over_expired_lease_of": null}	a2e6406c4d978d45dc720729d47897dcd4f945a213fb69fdeb526bd3b59fce47	2b5f252e2b966f8fe79fa0829d2ed76a5a214a03d0aae0d0fb1728864633b96b
407	2026-12-06 16:47:12.355594+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:decision:made	{"case": "a720149f-6231-48dd-a497-e8460e2c34f8", "decision": "3e5cf954-c5f7-44e4-92ad-694a75f49a43"}	{"status": "effective", "actions": ["remove_post"], "outcome": "action", "evidence_sha256": "1571ef6dfab86b7ab4d46bb59a162e6fcd48f249b6f3148424c8641151720201", "approval_reasons": [], "manifestly_unfounded_notices": []}	2b5f252e2b966f8fe79fa0829d2ed76a5a214a03d0aae0d0fb1728864633b96b	839251d064b0f3338648b2fd519392c47d0cb26ea774b6e704de9f5d2e928572
408	2026-12-06 16:47:12.355594+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	enforcement:action:planned	{"post": "demo-post-20261206-00065", "decision": "3e5cf954-c5f7-44e4-92ad-694a75f49a43", "enforcement": "8f304fb7-4e33-42bc-944b-aef13be83300"}	{"kind": "remove_post"}	839251d064b0f3338648b2fd519392c47d0cb26ea774b6e704de9f5d2e928572	4efd3ad0eb89a6b87cf4f81df9c4a179e50613d0cf05a014f9b0b911981fc47b
409	2026-12-06 16:47:12.355594+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	transparency:statement:issued	{"account": "demo-acc-00001", "decision": "3e5cf954-c5f7-44e4-92ad-694a75f49a43", "statement": "4399d345-a90f-4d9b-9140-b42a0e0291a2"}	{"kind": "remove_post", "puid": "sh-4399d345-a90f-4d9b-9140-b42a0e0291a2"}	4efd3ad0eb89a6b87cf4f81df9c4a179e50613d0cf05a014f9b0b911981fc47b	bd49830446ec059a20b4d8d5b7d2477c788b87ed2ab06b028cbccf91eeb9c50e
410	2026-12-06 16:47:12.355594+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	enforcement:action:planned	{"account": "demo-acc-00001", "decision": "3e5cf954-c5f7-44e4-92ad-694a75f49a43", "enforcement": "d260143c-f5ce-4ea5-974d-074124393890"}	{"kind": "notify_user"}	bd49830446ec059a20b4d8d5b7d2477c788b87ed2ab06b028cbccf91eeb9c50e	93b7a36622d8c27cfcbf6b109ee400769b8e5d8d29903f73daf4f1e426eeca16
411	2026-12-06 16:47:12.355594+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	legal:hold:placed	{"hold": "e57b003d-8a2f-4a1f-9dbb-b6c8efd20d5b", "post": "demo-post-20261206-00065"}	{"reference": "decision:3e5cf954-c5f7-44e4-92ad-694a75f49a43", "held_until": "2027-06-08T16:47:12.355594+00:00", "reason_sha256": "735769b8c31e1faa8d73d114fd00ee0987f3f7dd75e19c1df3eea1e93de6c103"}	93b7a36622d8c27cfcbf6b109ee400769b8e5d8d29903f73daf4f1e426eeca16	1e988937252fdadb69354c94205ed97b26142fa720dcfa6aeb4bc29e7431532a
412	2026-12-06 16:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00006", "event": "demo-activity-demo-post-20261206-00006", "author": "demo-acc-00010", "channel": "demo-chan-0004"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "3dcb0b58c7c4e86a8f065e6ed5fc661fa16bd90612e70ba5564c1783e9b01930"}	1e988937252fdadb69354c94205ed97b26142fa720dcfa6aeb4bc29e7431532a	635ad3eba452b7a0a59f082d83ce20bd53721b8b839a8bb600bcf60b0c41e360
413	2026-12-06 16:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00022", "event": "demo-activity-demo-post-20261206-00022", "author": "demo-acc-00035", "channel": "demo-chan-0004"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "3dcb0b58c7c4e86a8f065e6ed5fc661fa16bd90612e70ba5564c1783e9b01930"}	635ad3eba452b7a0a59f082d83ce20bd53721b8b839a8bb600bcf60b0c41e360	d736a9140fd7af878d51e942c5477c7bf8c97d71c7c6b056d22c08c987e160e4
414	2026-12-06 16:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00062", "event": "demo-activity-demo-post-20261206-00062", "author": "demo-acc-00010", "channel": "demo-chan-0003"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "791596b20cfeb6fbf78b8f6fa6417fa1a09d58fe38f5c13ef39d7341cd9033e1"}	d736a9140fd7af878d51e942c5477c7bf8c97d71c7c6b056d22c08c987e160e4	995151b6981055fc0aa49b00c24036824b0f8c26549cb265643c3190461b055d
415	2026-12-06 17:01:30.341902+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	legal:request:assessment_started	{"request": "00a20130-91e8-4b5b-a02a-e4b87512a4a1"}	{}	995151b6981055fc0aa49b00c24036824b0f8c26549cb265643c3190461b055d	22f8a474f6022a9a5a829382f1e1f722b402ded72ceb91958c958dd054e344a2
416	2026-12-06 17:02:17.968813+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:case:claimed	{"case": "25c8fc78-725b-41a5-a7b4-562daeffed03"}	{"renewed": false, "expires_at": "2026-12-06T17:17:17.968813+00:00", "took_over_expired_lease_of": null}	22f8a474f6022a9a5a829382f1e1f722b402ded72ceb91958c958dd054e344a2	67b62faf73d71e68b77828a9fe13ab49d4464220933dd2c1bfa18e069cf1d4e1
417	2026-12-06 17:03:44.968813+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:decision:made	{"case": "25c8fc78-725b-41a5-a7b4-562daeffed03", "decision": "1e3582d7-10ac-41b2-9256-7b96e03f6345"}	{"status": "effective", "actions": ["remove_post"], "outcome": "action", "evidence_sha256": "0e7ef6701c55c041b313f374dea5a1578fc3ff5cb18fc4d213ca21beb54809ec", "approval_reasons": [], "manifestly_unfounded_notices": []}	67b62faf73d71e68b77828a9fe13ab49d4464220933dd2c1bfa18e069cf1d4e1	3c675ec511cd4fcceebcbd6e235fadd48cdbd046477864118b5670434b75b695
418	2026-12-06 17:03:44.968813+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	enforcement:action:planned	{"post": "demo-post-20261206-00085", "decision": "1e3582d7-10ac-41b2-9256-7b96e03f6345", "enforcement": "cf66f962-4b65-4025-82e7-cd1b740186ea"}	{"kind": "remove_post"}	3c675ec511cd4fcceebcbd6e235fadd48cdbd046477864118b5670434b75b695	a9fcc2782ac1fc7fcefd12421efa7d58363acc5e72718e7770a013b15df3fff4
419	2026-12-06 17:03:44.968813+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	transparency:statement:issued	{"account": "demo-acc-00016", "decision": "1e3582d7-10ac-41b2-9256-7b96e03f6345", "statement": "eac38a73-1fc4-4ff7-9945-3887c3d205c8"}	{"kind": "remove_post", "puid": "sh-eac38a73-1fc4-4ff7-9945-3887c3d205c8"}	a9fcc2782ac1fc7fcefd12421efa7d58363acc5e72718e7770a013b15df3fff4	ca29bb3edfb05e8766602571d1f176b9319f3fcdf8fc695b0130dc3cbe973df3
420	2026-12-06 17:03:44.968813+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	enforcement:action:planned	{"account": "demo-acc-00016", "decision": "1e3582d7-10ac-41b2-9256-7b96e03f6345", "enforcement": "acdacdfe-d565-412d-9a49-7dcc37985d87"}	{"kind": "notify_user"}	ca29bb3edfb05e8766602571d1f176b9319f3fcdf8fc695b0130dc3cbe973df3	fad188da4d258a1614e546f6477a1580a3cb116fbb1d0b3907abe29f8de4c4a5
421	2026-12-06 17:03:44.968813+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	legal:hold:placed	{"hold": "a1ce1ad3-6974-4ebc-9037-bdd8686f393a", "post": "demo-post-20261206-00085"}	{"reference": "decision:1e3582d7-10ac-41b2-9256-7b96e03f6345", "held_until": "2027-06-08T17:03:44.968813+00:00", "reason_sha256": "735769b8c31e1faa8d73d114fd00ee0987f3f7dd75e19c1df3eea1e93de6c103"}	fad188da4d258a1614e546f6477a1580a3cb116fbb1d0b3907abe29f8de4c4a5	ecd43ef24ae7eb99dbf5ac350961f27efe78db198abb2ab89ea16a2175afb692
422	2026-12-06 17:10:18.462844+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:case:claimed	{"case": "f81fbe1e-aefc-4c78-9f66-66c6bc17c942"}	{"renewed": false, "expires_at": "2026-12-06T17:25:18.462844+00:00", "took_over_expired_lease_of": null}	ecd43ef24ae7eb99dbf5ac350961f27efe78db198abb2ab89ea16a2175afb692	031fac40436bf5eb0ddd20d2149eae049080337796faddc6dcdd6c62c307303a
423	2026-12-06 17:13:48.462844+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:decision:made	{"case": "f81fbe1e-aefc-4c78-9f66-66c6bc17c942", "decision": "25254d1e-1e3f-41a9-8bfc-2585cab99523"}	{"status": "effective", "actions": ["remove_post"], "outcome": "action", "evidence_sha256": "a1316a38c3e28f578347a4f30ee05b197d39b3aebe8dd35e2a1181f94357c2a1", "approval_reasons": [], "manifestly_unfounded_notices": []}	031fac40436bf5eb0ddd20d2149eae049080337796faddc6dcdd6c62c307303a	168f0ca166ed42ae86d43d2c55338969845bdf87a02c5c4d91dbeff907009800
424	2026-12-06 17:13:48.462844+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	enforcement:action:planned	{"post": "demo-post-20261206-00082", "decision": "25254d1e-1e3f-41a9-8bfc-2585cab99523", "enforcement": "24338672-b266-4786-8563-90e711bcc145"}	{"kind": "remove_post"}	168f0ca166ed42ae86d43d2c55338969845bdf87a02c5c4d91dbeff907009800	566680162ac2958b27f05a77bf0d30942a879c2a8fb2fa32e6be577bbe4269d9
425	2026-12-06 17:13:48.462844+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	transparency:statement:issued	{"account": "demo-acc-00033", "decision": "25254d1e-1e3f-41a9-8bfc-2585cab99523", "statement": "95fcc7ea-0576-4af6-8e26-93a7bd69abfc"}	{"kind": "remove_post", "puid": "sh-95fcc7ea-0576-4af6-8e26-93a7bd69abfc"}	566680162ac2958b27f05a77bf0d30942a879c2a8fb2fa32e6be577bbe4269d9	6345404105e876562296b0b2af1255da0377b1b8bb26bf8ec58568d32076e9db
426	2026-12-06 17:13:48.462844+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	enforcement:action:planned	{"account": "demo-acc-00033", "decision": "25254d1e-1e3f-41a9-8bfc-2585cab99523", "enforcement": "aa3467df-4624-43dd-bb93-bfe14e66dc1c"}	{"kind": "notify_user"}	6345404105e876562296b0b2af1255da0377b1b8bb26bf8ec58568d32076e9db	bb1340ccb783ac55e561bd0a85592881fc237a7054c85d3bc93284fdf3af5ba9
427	2026-12-06 17:13:48.462844+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	legal:hold:placed	{"hold": "24569624-a56c-4d20-89e7-30a40ef7a538", "post": "demo-post-20261206-00082"}	{"reference": "decision:25254d1e-1e3f-41a9-8bfc-2585cab99523", "held_until": "2027-06-08T17:13:48.462844+00:00", "reason_sha256": "735769b8c31e1faa8d73d114fd00ee0987f3f7dd75e19c1df3eea1e93de6c103"}	bb1340ccb783ac55e561bd0a85592881fc237a7054c85d3bc93284fdf3af5ba9	0cd477555b088e25fdc37e2dce3ddb2e6c8938a43937c149b02a80ae14fb2b91
428	2026-12-06 17:31:33.658944+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:case:claimed	{"case": "8d772512-0b2d-450e-a5f0-46b40d0e5333"}	{"renewed": false, "expires_at": "2026-12-06T17:46:33.658944+00:00", "took_over_expired_lease_of": null}	0cd477555b088e25fdc37e2dce3ddb2e6c8938a43937c149b02a80ae14fb2b91	0f675c24f1abcab8786b6e1ff098fc06d13175af89832db40b7268a7cf170d80
429	2026-12-06 17:33:16.658944+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:decision:made	{"case": "8d772512-0b2d-450e-a5f0-46b40d0e5333", "decision": "86e3847c-be22-4949-81e0-ce9525820da4"}	{"status": "effective", "actions": [], "outcome": "no_action", "evidence_sha256": "0d82ae2de3a78793ed176037fd2bfd7642cdc414862f05fd6fd2b2f0a362f30a", "approval_reasons": [], "manifestly_unfounded_notices": []}	0f675c24f1abcab8786b6e1ff098fc06d13175af89832db40b7268a7cf170d80	4c9824ddc8055f60050f09fdf1cb613a85d9373a086243bec4d7af2025a20be1
446	2026-12-06 17:53:32+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00035", "event": "demo-activity-demo-post-20261206-00035", "author": "demo-acc-00008", "channel": "demo-chan-0003"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "1b2769bda5ec02c6c71e3a629ca71a261733b6ac7958307682d1619f83504c46"}	a7daf58a487d61836b4d9a438f488c909b32a5aa07627a5f78f704c5d4ad0233	f8fb9f3453e9461cffb4079ddbd0b299c4cbd65b25739db9cf2757c0fdbdac60
430	2026-12-06 17:38:16.446165+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	legal:request:answered	{"answer": "a6422c37-93df-4027-a6db-1bed0da58bbd", "request": "aec25ee3-6db1-4435-9319-583e38dbbfcf"}	{"late": false, "rules": ["R-LOCAL-LAW-GEO", "R-USER-NOTICE"], "scope": "requesting_country", "answer": "complied", "policy_version": "2026.07.1", "proposal_digest": "26b41350368288818bcc76dc56f561cbe2248020175e0173aad7e3caddd92683", "followed_proposal": true, "what_and_why_sha256": null, "override_reason_sha256": null}	4c9824ddc8055f60050f09fdf1cb613a85d9373a086243bec4d7af2025a20be1	0fbd04eca2a05e644dea9801aef4cdb1837fccd0a373427beb624ea5bf6ab331
431	2026-12-06 17:38:16.446165+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	enforcement:action:planned	{"post": "demo-post-20261206-00093", "enforcement": "51cbdc77-8d0d-455d-8a42-730c65017c40", "legal_request": "aec25ee3-6db1-4435-9319-583e38dbbfcf"}	{"kind": "restrict_post"}	0fbd04eca2a05e644dea9801aef4cdb1837fccd0a373427beb624ea5bf6ab331	bd6de56e4903f1485fd14ed9e77bec03982f29a6586abbb438f656a6ccf3a114
432	2026-12-06 17:38:16.446165+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	enforcement:action:planned	{"account": "demo-acc-00036", "enforcement": "a7c8b4e0-3c90-4db3-bd26-1d69f2947300", "legal_request": "aec25ee3-6db1-4435-9319-583e38dbbfcf"}	{"kind": "notify_user"}	bd6de56e4903f1485fd14ed9e77bec03982f29a6586abbb438f656a6ccf3a114	0831831f015ce99d65fca03870b7e9fe875f93505a5dec18714285761698c967
433	2026-12-06 17:38:16.446165+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	legal:request:effect_planned	{"answer": "a6422c37-93df-4027-a6db-1bed0da58bbd", "request": "aec25ee3-6db1-4435-9319-583e38dbbfcf"}	{"holds": 0, "measures": ["restrict_post"], "enforcement": ["51cbdc77-8d0d-455d-8a42-730c65017c40"], "unsupported": [], "confidential": false, "user_notified": true}	0831831f015ce99d65fca03870b7e9fe875f93505a5dec18714285761698c967	3b007ce87eb3ca4050da236257379108cf2927e9eebe9653619bab72978b3de2
434	2026-12-06 17:48:09.718249+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:case:claimed	{"case": "ca1efcfb-b0c4-492e-bfd2-48d3c6f34f09"}	{"renewed": false, "expires_at": "2026-12-06T18:03:09.718249+00:00", "took_over_expired_lease_of": null}	3b007ce87eb3ca4050da236257379108cf2927e9eebe9653619bab72978b3de2	7ca814a131bbd297ca220cc12baf669f180f6be649f1240cc3aa5ed4f027e369
435	2026-12-06 17:51:41.718249+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:decision:made	{"case": "ca1efcfb-b0c4-492e-bfd2-48d3c6f34f09", "decision": "325891a2-4298-400f-a7b8-c32170565840"}	{"status": "effective", "actions": ["remove_post"], "outcome": "action", "evidence_sha256": "a8437bf1eeeb49d06f5f0d51948f4475fe64d5ef0952bc5d756ae5d0f106331f", "approval_reasons": [], "manifestly_unfounded_notices": []}	7ca814a131bbd297ca220cc12baf669f180f6be649f1240cc3aa5ed4f027e369	944acc49086036130bfd6344495f0465ea205b494675c51189c8cc2e1b9860d8
436	2026-12-06 17:51:41.718249+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	enforcement:action:planned	{"post": "demo-post-20261206-00071", "decision": "325891a2-4298-400f-a7b8-c32170565840", "enforcement": "64f8eeb7-e1d7-479a-96ef-04750af88f80"}	{"kind": "remove_post"}	944acc49086036130bfd6344495f0465ea205b494675c51189c8cc2e1b9860d8	53c67335a12031684f9b5cd6594fb49f1a19bb9d1318687844fecdc33eff9694
437	2026-12-06 17:51:41.718249+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	transparency:statement:issued	{"account": "demo-acc-00022", "decision": "325891a2-4298-400f-a7b8-c32170565840", "statement": "e3bcb85e-4a92-4802-b13b-59bbc692fa0f"}	{"kind": "remove_post", "puid": "sh-e3bcb85e-4a92-4802-b13b-59bbc692fa0f"}	53c67335a12031684f9b5cd6594fb49f1a19bb9d1318687844fecdc33eff9694	98211791a8ad058d354d283da3ea65e22b90de6b470ad30288644e6bc5460b38
438	2026-12-06 17:51:41.718249+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	enforcement:action:planned	{"account": "demo-acc-00022", "decision": "325891a2-4298-400f-a7b8-c32170565840", "enforcement": "212b7a19-b870-4fdd-b01c-d34be47f178b"}	{"kind": "notify_user"}	98211791a8ad058d354d283da3ea65e22b90de6b470ad30288644e6bc5460b38	b76981a4c42c0b99b3365ecd9c7c89112baf5cd1085fc832cee634c16890f90c
439	2026-12-06 17:51:41.718249+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	legal:hold:placed	{"hold": "7ebc5df6-ea66-488b-810a-6a7a57aebd0f", "post": "demo-post-20261206-00071"}	{"reference": "decision:325891a2-4298-400f-a7b8-c32170565840", "held_until": "2027-06-08T17:51:41.718249+00:00", "reason_sha256": "735769b8c31e1faa8d73d114fd00ee0987f3f7dd75e19c1df3eea1e93de6c103"}	b76981a4c42c0b99b3365ecd9c7c89112baf5cd1085fc832cee634c16890f90c	d77cf311728e393ef97ab623853ba4645adaf0731624ec7373a9fd7bad3ac031
440	2026-12-06 17:53:32+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00012", "event": "demo-activity-demo-post-20261206-00012", "author": "demo-acc-00022", "channel": "demo-chan-0003"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "3dcb0b58c7c4e86a8f065e6ed5fc661fa16bd90612e70ba5564c1783e9b01930"}	d77cf311728e393ef97ab623853ba4645adaf0731624ec7373a9fd7bad3ac031	8a1b12225e1985e66b4df6bebdcc344b93224760af608506db20cd05d5ee1844
441	2026-12-06 17:53:32+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00015", "event": "demo-activity-demo-post-20261206-00015", "author": "demo-acc-00002", "channel": "demo-chan-0000"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "23654fb41e9bad7a93ea0534d7aef5505d673968c2d4be8f759a85b0e6653238"}	8a1b12225e1985e66b4df6bebdcc344b93224760af608506db20cd05d5ee1844	bd86aaca46df904065587d37d3db28a5359a0c9bebaa87f0ce7122fdc5344b2d
442	2026-12-06 17:53:32+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00024", "event": "demo-activity-demo-post-20261206-00024", "author": "demo-acc-00025", "channel": "demo-chan-0005"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d"}	bd86aaca46df904065587d37d3db28a5359a0c9bebaa87f0ce7122fdc5344b2d	6316e4bf9ce8f132da561e5c22f74b8e88560f2316dd7a70ac6df116ba6797e4
443	2026-12-06 17:53:32+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00025", "event": "demo-activity-demo-post-20261206-00025", "author": "demo-acc-00038", "channel": "demo-chan-0004"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "f33cea9b1ac085c90f3005344863ae01daa0f9a7346434e8d4f5b423c98d3fcb"}	6316e4bf9ce8f132da561e5c22f74b8e88560f2316dd7a70ac6df116ba6797e4	4ccef8e356554ffa045d9bc348537c7af924a23fd16a2daffd48c1beb5b20cdb
444	2026-12-06 17:53:32+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00026", "event": "demo-activity-demo-post-20261206-00026", "author": "demo-acc-00032", "channel": "demo-chan-0003"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "f33cea9b1ac085c90f3005344863ae01daa0f9a7346434e8d4f5b423c98d3fcb"}	4ccef8e356554ffa045d9bc348537c7af924a23fd16a2daffd48c1beb5b20cdb	297daa80336eeac3a241728f26c0f4ce89efd4d8570ee2e48525e0a6507aa487
445	2026-12-06 17:53:32+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00028", "event": "demo-activity-demo-post-20261206-00028", "author": "demo-acc-00003", "channel": "demo-chan-0003"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "3dcb0b58c7c4e86a8f065e6ed5fc661fa16bd90612e70ba5564c1783e9b01930"}	297daa80336eeac3a241728f26c0f4ce89efd4d8570ee2e48525e0a6507aa487	a7daf58a487d61836b4d9a438f488c909b32a5aa07627a5f78f704c5d4ad0233
447	2026-12-06 17:53:32+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00076", "event": "demo-activity-demo-post-20261206-00076", "author": "demo-acc-00030", "channel": "demo-chan-0000"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "791596b20cfeb6fbf78b8f6fa6417fa1a09d58fe38f5c13ef39d7341cd9033e1"}	f8fb9f3453e9461cffb4079ddbd0b299c4cbd65b25739db9cf2757c0fdbdac60	5b75e78d502581f4a399b5c4e36cffdb81018aecf777ded20022b39be61bb924
448	2026-12-06 17:54:02+00	api_key:demo-flagger	intake:notice:received	{"case": "debdfe16-3570-4150-ac35-40bf150464d6", "notice": "ce3e93d4-8b4b-4384-8920-2f620d920914", "flagger": "4e0db490-02a7-4398-a7c1-65bd715d0bd4"}	{"tier": 1, "category": "STATEMENT_CATEGORY_CYBER_VIOLENCE", "handling": "normal", "keywords": ["KEYWORD_CYBER_HARASSMENT"], "body_sha256": "efa0c2a8eb02229c0289c876d953d589d0d57c7edcdab73ad65b282b13458a37", "case_opened": true, "item_sha256": "50cdd87d03629421f8764d87855a4a0ffab1371200389b67334fec92fe33460a", "notifier_given": false}	5b75e78d502581f4a399b5c4e36cffdb81018aecf777ded20022b39be61bb924	a54f1c5f5f6a659afbebd16f0f0756e611664c356728a18c603caf466cd5250c
449	2026-12-06 17:58:11+00	system:demo-seed	intake:notice:received	{"case": "383c7c4f-8736-447a-baa9-fc4252eabccc", "notice": "00a9e6ed-a4e6-49d3-ae82-89654d97444e"}	{"tier": 0, "category": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "handling": "normal", "keywords": ["KEYWORD_HATE_SPEECH"], "body_sha256": "25aec3b77b7bb48483fb42d5a45a93b7e8c7ab415c2eebbfc4ee7a22dc0fb786", "case_opened": true, "item_sha256": "3f1e805de405e258331523c3473175717f3461d9ca01da4db70bc3222e7b24fe", "notifier_given": true}	a54f1c5f5f6a659afbebd16f0f0756e611664c356728a18c603caf466cd5250c	b86e8f87dcf28c9a2dbfbb63dc4fe3d8714eafdb24af84331cb196a0ee9658ae
450	2026-12-06 18:34:38+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00068", "event": "demo-activity-demo-post-20261206-00068", "author": "demo-acc-00038", "channel": "demo-chan-0000"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "891f78cc3ca395f419c378449fe1e29d2c2853582f3ed6da54bad994b16d1121"}	b86e8f87dcf28c9a2dbfbb63dc4fe3d8714eafdb24af84331cb196a0ee9658ae	dcc3ffa241d41efb67ff7b2ed251a1fd19885717745b69922d2bf115580c0aee
451	2026-12-06 18:35:08+00	system:demo-seed	intake:notice:received	{"case": "39f176ed-b9dd-4ed0-92f9-340b7c33f519", "notice": "27119589-8dba-46dc-994a-121ad87372b1"}	{"tier": 2, "category": "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY", "handling": "normal", "keywords": ["KEYWORD_TERRORIST_CONTENT"], "body_sha256": "396cd8ece44003f773186f9e21f32bcbeeb31eab84a115585995271ba8ce15e1", "case_opened": true, "item_sha256": "e0cf7df4a7fb06d61ff5424087fb59c292d61cf0acc448dd79b951280a280fbc", "notifier_given": true}	dcc3ffa241d41efb67ff7b2ed251a1fd19885717745b69922d2bf115580c0aee	ee0e0bcda0f994acdec7a620ba9c63067b7e7e80b9953c80dfe98b7263b95527
452	2026-12-06 18:47:29+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00045", "event": "demo-activity-demo-post-20261206-00045", "author": "demo-acc-00028", "channel": "demo-chan-0004"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "23654fb41e9bad7a93ea0534d7aef5505d673968c2d4be8f759a85b0e6653238"}	ee0e0bcda0f994acdec7a620ba9c63067b7e7e80b9953c80dfe98b7263b95527	d35bd6fb3634c795be1538ed80397de17129f54b93c82e0fec16e63b4dc0261d
453	2026-12-06 18:47:59+00	system:demo-seed	intake:notice:received	{"case": "0d6a5675-df7f-40df-a907-0c77e2346a15", "notice": "fcdb7543-2543-4bfd-bcc8-f4f8beaf23e5"}	{"tier": 0, "category": "STATEMENT_CATEGORY_CYBER_VIOLENCE", "handling": "normal", "keywords": ["KEYWORD_CYBER_HARASSMENT"], "body_sha256": "381e032e1d144c09b748b97899d5c8882baca6666f571c76745af9fe6b4ff3a3", "case_opened": true, "item_sha256": "44a1955502d42014dd8271cb96fa13a4f96d7010d7a682e84127be2b4ee896c0", "notifier_given": false}	d35bd6fb3634c795be1538ed80397de17129f54b93c82e0fec16e63b4dc0261d	3a50106e4093598d31c9e4d665899dd8fb03487cac697fd424adb87f70c14311
454	2026-12-06 18:53:34.113106+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:case:claimed	{"case": "39f176ed-b9dd-4ed0-92f9-340b7c33f519"}	{"renewed": false, "expires_at": "2026-12-06T19:08:34.113106+00:00", "took_over_expired_lease_of": null}	3a50106e4093598d31c9e4d665899dd8fb03487cac697fd424adb87f70c14311	657ae0623649bfc05b101554d8f9b4346fc785426afb6ea711992b1a44506345
455	2026-12-06 18:56:07.113106+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:decision:made	{"case": "39f176ed-b9dd-4ed0-92f9-340b7c33f519", "decision": "416a3f05-a93a-4013-812b-c6b3517c496e"}	{"status": "effective", "actions": [], "outcome": "no_action", "evidence_sha256": "0a3c101aff67a2c752b7a7b729fb740cd9c3497472abdb2c8cd36badd99be8b7", "approval_reasons": [], "manifestly_unfounded_notices": []}	657ae0623649bfc05b101554d8f9b4346fc785426afb6ea711992b1a44506345	bd582697b8d43b67b85e942ff6059b03b268af9913e44836b52394746a2c7fbb
456	2026-12-06 19:01:55+00	system:demo-seed	intake:notice:received	{"case": "8b2a24cb-7bc9-4616-80a6-d672ab55d455", "notice": "ea7bd12e-b2ce-4899-8f36-29910ab68570"}	{"tier": 0, "category": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "handling": "normal", "keywords": ["KEYWORD_HATE_SPEECH"], "body_sha256": "687678a5d4de2f87b2c1f5c6855001dcc9bd02efab1b7a4fb63e9a12c660040a", "case_opened": true, "item_sha256": "0b5c772c0f28ed41d635ad1111012001e8cedd9ee421232a59a306b1ffd2485a", "notifier_given": false}	bd582697b8d43b67b85e942ff6059b03b268af9913e44836b52394746a2c7fbb	8b70961a0eeb9057dcf38b7846ba0e5983794d573ca5ab2d2b05ba3b80dbe99e
457	2026-12-06 19:02:59+00	system:demo-seed	intake:notice:received	{"case": "0d6a5675-df7f-40df-a907-0c77e2346a15", "notice": "d145a2df-93f0-421f-bbf8-a91353f25326"}	{"tier": 0, "category": "STATEMENT_CATEGORY_CYBER_VIOLENCE", "handling": "normal", "keywords": ["KEYWORD_CYBER_HARASSMENT"], "body_sha256": "a44e37e22b9524428754b4d8569baacd185105813d85ea1823f142a9bb8f827c", "case_opened": false, "item_sha256": "44a1955502d42014dd8271cb96fa13a4f96d7010d7a682e84127be2b4ee896c0", "notifier_given": false}	8b70961a0eeb9057dcf38b7846ba0e5983794d573ca5ab2d2b05ba3b80dbe99e	c6279f27c7031a144197ed9850a6d025418a6bfedb49a715f29f15519e798196
458	2026-12-06 19:17:27.14257+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	legal:request:answered	{"answer": "af071c25-7f9c-4520-9afd-54c0f5819383", "request": "94476b71-a58a-4e9d-bf95-54af16eb5f17"}	{"late": false, "rules": ["R-PROTECTED-EXPRESSION"], "scope": "none", "answer": "refused", "policy_version": "2026.07.1", "proposal_digest": "b3511b1a7af8cab90417cd3426965e08a0688970409585b96af5860fe13d7a39", "followed_proposal": false, "what_and_why_sha256": null, "override_reason_sha256": "978714a81acb929afdffa44addf1bddc2cfd741a19340366410ab184988b9dc9"}	c6279f27c7031a144197ed9850a6d025418a6bfedb49a715f29f15519e798196	aa6656f96d90a6787a0f63017c0722b67828b23b79906c5df88553f2677d2913
459	2026-12-06 19:33:17.206699+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:case:claimed	{"case": "0d6a5675-df7f-40df-a907-0c77e2346a15"}	{"renewed": false, "expires_at": "2026-12-06T19:48:17.206699+00:00", "took_over_expired_lease_of": null}	aa6656f96d90a6787a0f63017c0722b67828b23b79906c5df88553f2677d2913	1e91ddc1febf1b358ab00a422ef69a7fee06764fbca0029310a0410dcae779bd
460	2026-12-06 19:35:05.206699+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:decision:made	{"case": "0d6a5675-df7f-40df-a907-0c77e2346a15", "decision": "6941791b-27d8-44ab-b8df-07c5d474addc"}	{"status": "effective", "actions": ["remove_post"], "outcome": "action", "evidence_sha256": "feba805c5bc6bb5775c38dc3443e75fc075a307a11b4d3dd4ed24489f95998f4", "approval_reasons": [], "manifestly_unfounded_notices": []}	1e91ddc1febf1b358ab00a422ef69a7fee06764fbca0029310a0410dcae779bd	bfcc5a8003e400f868fe8e6121dbebf359709d9033000c590c70f06241895879
461	2026-12-06 19:35:05.206699+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	enforcement:action:planned	{"post": "demo-post-20261206-00062", "decision": "6941791b-27d8-44ab-b8df-07c5d474addc", "enforcement": "0f4ca2a6-db2d-483a-a13e-c918143e4969"}	{"kind": "remove_post"}	bfcc5a8003e400f868fe8e6121dbebf359709d9033000c590c70f06241895879	f38dd0e1f8e77270a4504e32228a1f1dd5d23f7c5527072e225f147d56bf6728
462	2026-12-06 19:35:05.206699+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	transparency:statement:issued	{"account": "demo-acc-00010", "decision": "6941791b-27d8-44ab-b8df-07c5d474addc", "statement": "00711553-d523-410e-a120-42cc0f10df43"}	{"kind": "remove_post", "puid": "sh-00711553-d523-410e-a120-42cc0f10df43"}	f38dd0e1f8e77270a4504e32228a1f1dd5d23f7c5527072e225f147d56bf6728	67296cc446b7d55fc8e3a8a107907f77b9e1a5887bb41e4e1032da25e00c2331
463	2026-12-06 19:35:05.206699+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	enforcement:action:planned	{"account": "demo-acc-00010", "decision": "6941791b-27d8-44ab-b8df-07c5d474addc", "enforcement": "5545f4aa-7c9d-416f-b99d-a5f9304b3b3e"}	{"kind": "notify_user"}	67296cc446b7d55fc8e3a8a107907f77b9e1a5887bb41e4e1032da25e00c2331	1a6bfb9aa4ce652faf8d668117b7598c6a1a9e72ff833627ea0a451c3daf26da
464	2026-12-06 19:35:05.206699+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	legal:hold:placed	{"hold": "2d9646ca-28ea-455a-b025-1926d27175fd", "post": "demo-post-20261206-00062"}	{"reference": "decision:6941791b-27d8-44ab-b8df-07c5d474addc", "held_until": "2027-06-08T19:35:05.206699+00:00", "reason_sha256": "735769b8c31e1faa8d73d114fd00ee0987f3f7dd75e19c1df3eea1e93de6c103"}	1a6bfb9aa4ce652faf8d668117b7598c6a1a9e72ff833627ea0a451c3daf26da	e1366254c87e84e6a1a761f4213b2eb2e244fff607b8ed9c524f3eecb568fa5b
465	2026-12-06 19:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00003", "event": "demo-activity-demo-post-20261206-00003", "author": "demo-acc-00002", "channel": "demo-chan-0003"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "f33cea9b1ac085c90f3005344863ae01daa0f9a7346434e8d4f5b423c98d3fcb"}	e1366254c87e84e6a1a761f4213b2eb2e244fff607b8ed9c524f3eecb568fa5b	437c95c8051223e2c80e2baf9f26a6ce78a246d272d003f8147e5b87932e9657
466	2026-12-06 19:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00030", "event": "demo-activity-demo-post-20261206-00030", "author": "demo-acc-00003", "channel": "demo-chan-0001"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "2c0521258f47a253c92fa1cf048b1d4de25efb042568d20bf9cc35d70482d32a"}	437c95c8051223e2c80e2baf9f26a6ce78a246d272d003f8147e5b87932e9657	d23d277bae578799ed9cbe3e2efcce43e0dda7f4ba0c1e655612f27bb61422ba
467	2026-12-06 19:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00040", "event": "demo-activity-demo-post-20261206-00040", "author": "demo-acc-00030", "channel": "demo-chan-0003"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "2c0521258f47a253c92fa1cf048b1d4de25efb042568d20bf9cc35d70482d32a"}	d23d277bae578799ed9cbe3e2efcce43e0dda7f4ba0c1e655612f27bb61422ba	abcefbc3f69033a66bba1361cbfb93b6d650e5e481fbb9ab991d028188a5decf
468	2026-12-06 19:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00044", "event": "demo-activity-demo-post-20261206-00044", "author": "demo-acc-00013", "channel": "demo-chan-0000"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d"}	abcefbc3f69033a66bba1361cbfb93b6d650e5e481fbb9ab991d028188a5decf	3cd0232c81d1291daca62117e5ead5ccb697157abe622a2f39a4c5eacc243abc
469	2026-12-06 19:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00059", "event": "demo-activity-demo-post-20261206-00059", "author": "demo-acc-00023", "channel": "demo-chan-0000"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "2c0521258f47a253c92fa1cf048b1d4de25efb042568d20bf9cc35d70482d32a"}	3cd0232c81d1291daca62117e5ead5ccb697157abe622a2f39a4c5eacc243abc	3995ace3ba5fcab9148056afe8dd8b3b68371f22f28da1bed5ca9c22f39d4a7f
470	2026-12-06 19:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00084", "event": "demo-activity-demo-post-20261206-00084", "author": "demo-acc-00035", "channel": "demo-chan-0000"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "ba9b6f494507927cffa2e15378009c85d58c303d134685ded93a825315aa0634"}	3995ace3ba5fcab9148056afe8dd8b3b68371f22f28da1bed5ca9c22f39d4a7f	a157b2a1e206528036fdfb56bef6a9027951db026bb16e88f255af4013f3deae
471	2026-12-06 20:11:03.025705+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	legal:request:answered	{"answer": "9cae09ca-8c10-4732-b836-d9bdef9767f0", "request": "00a20130-91e8-4b5b-a02a-e4b87512a4a1"}	{"late": false, "rules": ["R-KEYS-NEVER"], "scope": "none", "answer": "refused", "policy_version": "2026.07.1", "proposal_digest": "0b6d1922f518241631ad9dbae1cd7e78d3e21cb7e37a8bab6dcaa823c19fe626", "followed_proposal": true, "what_and_why_sha256": null, "override_reason_sha256": null}	a157b2a1e206528036fdfb56bef6a9027951db026bb16e88f255af4013f3deae	0907f9b54ad8fe2742e4e13a91a704fcd9e366e299734b05ca4d371a5daaf0e8
472	2026-12-06 20:19:46+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00027", "event": "demo-activity-demo-post-20261206-00027", "author": "demo-acc-00033", "channel": "demo-chan-0000"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "23654fb41e9bad7a93ea0534d7aef5505d673968c2d4be8f759a85b0e6653238"}	0907f9b54ad8fe2742e4e13a91a704fcd9e366e299734b05ca4d371a5daaf0e8	4cabb571263e732444a7221cd4beab7e550ae2f47e705920be248201801e16a6
473	2026-12-06 20:19:46+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00092", "event": "demo-activity-demo-post-20261206-00092", "author": "demo-acc-00010", "channel": "demo-chan-0004"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "9fc0eabd9a0481a2aa247f7d4b4a8d7be248e8c4db1c2874688ebd5166d439ac"}	4cabb571263e732444a7221cd4beab7e550ae2f47e705920be248201801e16a6	ed925abdb2f8b73c56a0724c9311b914df3e434dff097fe669de51ee2c8be771
474	2026-12-06 20:20:16+00	system:detection:pdq	review:signal:raised	{"case": "8f23a850-8604-4938-a6fd-5991e7ac5ff2", "signal": "cc868b89-6c68-4c30-8e5c-91e3ad5f3f78"}	{"tier": 2, "source": "detection:pdq", "category": "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY", "case_opened": true}	ed925abdb2f8b73c56a0724c9311b914df3e434dff097fe669de51ee2c8be771	66001b168f9e8f199f86ab92b0a1d59123d6b0e387c66a730d32cb0dd8434107
475	2026-12-06 20:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00010", "event": "demo-activity-demo-post-20261206-00010", "author": "demo-acc-00036", "channel": "demo-chan-0004"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "3dcb0b58c7c4e86a8f065e6ed5fc661fa16bd90612e70ba5564c1783e9b01930"}	66001b168f9e8f199f86ab92b0a1d59123d6b0e387c66a730d32cb0dd8434107	bc4293a9cca1c2034c7a451f4ca0c4f94df129edde7c27b30d4fbaa6e4db07c1
476	2026-12-06 20:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00039", "event": "demo-activity-demo-post-20261206-00039", "author": "demo-acc-00008", "channel": "demo-chan-0004"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "1b2769bda5ec02c6c71e3a629ca71a261733b6ac7958307682d1619f83504c46"}	bc4293a9cca1c2034c7a451f4ca0c4f94df129edde7c27b30d4fbaa6e4db07c1	7e038bb05a4c9ea1d078a9773aaef232dfb3f229e1a33701603276b3c3bfa276
477	2026-12-06 21:37:38+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00004", "event": "demo-activity-demo-post-20261206-00004", "author": "demo-acc-00028", "channel": "demo-chan-0000"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "2c0521258f47a253c92fa1cf048b1d4de25efb042568d20bf9cc35d70482d32a"}	7e038bb05a4c9ea1d078a9773aaef232dfb3f229e1a33701603276b3c3bfa276	1a429d41fce8190bfe4f7e472950afd37dcb3391998f8a8ff62511645b3390aa
478	2026-12-06 21:37:38+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00020", "event": "demo-activity-demo-post-20261206-00020", "author": "demo-acc-00012", "channel": "demo-chan-0000"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d"}	1a429d41fce8190bfe4f7e472950afd37dcb3391998f8a8ff62511645b3390aa	acfdee36c0dd7f49327a4c5c911cd48dac1787d9d1eb5aee4fb1fa14946b1a1f
479	2026-12-06 21:37:38+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00033", "event": "demo-activity-demo-post-20261206-00033", "author": "demo-acc-00001", "channel": "demo-chan-0003"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "1b2769bda5ec02c6c71e3a629ca71a261733b6ac7958307682d1619f83504c46"}	acfdee36c0dd7f49327a4c5c911cd48dac1787d9d1eb5aee4fb1fa14946b1a1f	323cbcfac1aa8bfd6d9e74a3caf6fb3edb4cd938d1eb4203dd0791e2cf3add0c
480	2026-12-06 21:37:38+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00053", "event": "demo-activity-demo-post-20261206-00053", "author": "demo-acc-00033", "channel": "demo-chan-0003"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d"}	323cbcfac1aa8bfd6d9e74a3caf6fb3edb4cd938d1eb4203dd0791e2cf3add0c	f3f227ec8350adcf000c25dc7b3bba08be93dfb54b4ef1e9d1de952fdffbdb37
481	2026-12-06 21:37:38+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00073", "event": "demo-activity-demo-post-20261206-00073", "author": "demo-acc-00011", "channel": "demo-chan-0002"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "1edbe17849a9674d56369a3c5f8f46004fd45b5e1d660c60246590985b1ae0fb"}	f3f227ec8350adcf000c25dc7b3bba08be93dfb54b4ef1e9d1de952fdffbdb37	b86d3d6956ac3f0a1ebd299f1825f91bc1e34a5accec3e8b8afeaca747244f68
482	2026-12-06 21:38:08+00	system:demo-seed	intake:notice:received	{"case": "d2ed75cf-b3ef-4105-9260-b0e0735f505e", "notice": "d8d0eaf6-03e3-4ab1-b13f-3a03455d0c41"}	{"tier": 0, "category": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "handling": "normal", "keywords": ["KEYWORD_HATE_SPEECH"], "body_sha256": "60cd0651e71543ea369264f414e1e957bdcb1e97ac03be01a965c459f08fac38", "case_opened": true, "item_sha256": "868ded19a00ae8444b5e988970a4e20856ca84e1e7b07214eddc9df2c0ccb1ea", "notifier_given": false}	b86d3d6956ac3f0a1ebd299f1825f91bc1e34a5accec3e8b8afeaca747244f68	fb0e724ecd6a21854081018a49eab7154502bdb609e37cb1c1328d1a14efdcdb
483	2026-12-06 21:52:01.225933+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:case:claimed	{"case": "8f23a850-8604-4938-a6fd-5991e7ac5ff2"}	{"renewed": false, "expires_at": "2026-12-06T22:07:01.225933+00:00", "took_over_expired_lease_of": null}	fb0e724ecd6a21854081018a49eab7154502bdb609e37cb1c1328d1a14efdcdb	f6d50b856b6e1acdbb432e6fa0ca56f426048ff9a9d118351b9f615ce79791c2
484	2026-12-06 21:55:09.225933+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:decision:made	{"case": "8f23a850-8604-4938-a6fd-5991e7ac5ff2", "decision": "5cc5d1fd-4b38-45ac-baa3-570a760612e3"}	{"status": "effective", "actions": ["remove_post"], "outcome": "action", "evidence_sha256": "4a5d1771543e14cd996773325a1f8bfd1df61e3728b993711649251b57b6fedf", "approval_reasons": [], "manifestly_unfounded_notices": []}	f6d50b856b6e1acdbb432e6fa0ca56f426048ff9a9d118351b9f615ce79791c2	3a19d03c8098d32f1e739cb36acc043ae73321ca9882cb8843171978cc98d2a7
485	2026-12-06 21:55:09.225933+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	enforcement:action:planned	{"post": "demo-post-20261206-00084", "decision": "5cc5d1fd-4b38-45ac-baa3-570a760612e3", "enforcement": "e22c8c40-5011-4673-8979-55edb1a51b86"}	{"kind": "remove_post"}	3a19d03c8098d32f1e739cb36acc043ae73321ca9882cb8843171978cc98d2a7	13dbf2be5b098bf4e0212ce8d582400c2fe6dd05a4f76d9982392d90b4f92154
486	2026-12-06 21:55:09.225933+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	transparency:statement:issued	{"account": "demo-acc-00035", "decision": "5cc5d1fd-4b38-45ac-baa3-570a760612e3", "statement": "d867eef8-dbb7-4d05-9667-918b7ff510ed"}	{"kind": "remove_post", "puid": "sh-d867eef8-dbb7-4d05-9667-918b7ff510ed"}	13dbf2be5b098bf4e0212ce8d582400c2fe6dd05a4f76d9982392d90b4f92154	84294e1ae552cc3eb525a11bc4fa99c11bd514ee5ad4b8e3d9ec48e56b72204a
487	2026-12-06 21:55:09.225933+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	enforcement:action:planned	{"account": "demo-acc-00035", "decision": "5cc5d1fd-4b38-45ac-baa3-570a760612e3", "enforcement": "7d740376-5b5b-4f71-bb8e-4c4ff4cc961a"}	{"kind": "notify_user"}	84294e1ae552cc3eb525a11bc4fa99c11bd514ee5ad4b8e3d9ec48e56b72204a	8911cf8e013f155ba6a6ae0e8a99b476bc5c40396ac9b555a0be0c3cbd0556dd
488	2026-12-06 21:55:09.225933+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	legal:hold:placed	{"hold": "481e0085-f98a-479a-a51d-9876cbd061ba", "post": "demo-post-20261206-00084"}	{"reference": "decision:5cc5d1fd-4b38-45ac-baa3-570a760612e3", "held_until": "2027-06-08T21:55:09.225933+00:00", "reason_sha256": "735769b8c31e1faa8d73d114fd00ee0987f3f7dd75e19c1df3eea1e93de6c103"}	8911cf8e013f155ba6a6ae0e8a99b476bc5c40396ac9b555a0be0c3cbd0556dd	ed45b9c8673fbd9a68e1a278be715673d37497ed6bb07299ace8d09e961fae16
489	2026-12-06 21:57:08+00	system:demo-seed	intake:notice:received	{"case": "d2ed75cf-b3ef-4105-9260-b0e0735f505e", "notice": "9de545d6-f54d-4f9f-bc3f-2e2aaadbd738"}	{"tier": 0, "category": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "handling": "normal", "keywords": ["KEYWORD_HATE_SPEECH"], "body_sha256": "908c84a39b878a7ee8bb0582410695b11fa395321fff95f7bbca2fba9be98a5c", "case_opened": false, "item_sha256": "868ded19a00ae8444b5e988970a4e20856ca84e1e7b07214eddc9df2c0ccb1ea", "notifier_given": false}	ed45b9c8673fbd9a68e1a278be715673d37497ed6bb07299ace8d09e961fae16	9341236936554c08cbacffaca8b3a74dfc52a40cc5f68875f6065d06a7816dda
490	2026-12-06 21:59:59+00	system:demo-seed	platform:post:created	{"post": "demo-post-20261206-00018", "event": "demo-activity-demo-post-20261206-00018", "author": "demo-acc-00022", "channel": "demo-chan-0004"}	{"media": [], "changed": ["author_id", "channel_id", "media", "text"], "text_sha256": "1b2769bda5ec02c6c71e3a629ca71a261733b6ac7958307682d1619f83504c46"}	9341236936554c08cbacffaca8b3a74dfc52a40cc5f68875f6065d06a7816dda	fdcce04bd7e4e38c2b4e76f3f756221f1710c53903d6f92333257cb3c37d89ca
491	2026-12-06 22:07:26.508451+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:case:claimed	{"case": "8b2a24cb-7bc9-4616-80a6-d672ab55d455"}	{"renewed": false, "expires_at": "2026-12-06T22:22:26.508451+00:00", "took_over_expired_lease_of": null}	fdcce04bd7e4e38c2b4e76f3f756221f1710c53903d6f92333257cb3c37d89ca	32a63704b4ee80478ff158760524d49c39e76daa9c719f7426f7ceaa15b53b3b
492	2026-12-06 22:08:30.508451+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:decision:made	{"case": "8b2a24cb-7bc9-4616-80a6-d672ab55d455", "decision": "c9d52458-bd4f-40d5-8e5f-d58de7727e20"}	{"status": "effective", "actions": ["remove_post"], "outcome": "action", "evidence_sha256": "5621eee4b3b92ea14f67a549b612524eb51ccd83e7b3ba89d408d1c7ee16edf8", "approval_reasons": [], "manifestly_unfounded_notices": []}	32a63704b4ee80478ff158760524d49c39e76daa9c719f7426f7ceaa15b53b3b	ef2dfaeb89d584f9e4ba2b942790b19913a43aaac3c7341d669a3c2e07ce5e3c
493	2026-12-06 22:08:30.508451+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	enforcement:action:planned	{"post": "demo-post-20261206-00061", "decision": "c9d52458-bd4f-40d5-8e5f-d58de7727e20", "enforcement": "95dfaf49-a6c4-4c00-b9c1-b13303056245"}	{"kind": "remove_post"}	ef2dfaeb89d584f9e4ba2b942790b19913a43aaac3c7341d669a3c2e07ce5e3c	aa948dc9df0f281c2839c4354b1b9e5d6965878944fc9349f4123f8e397ec99f
494	2026-12-06 22:08:30.508451+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	transparency:statement:issued	{"account": "demo-acc-00029", "decision": "c9d52458-bd4f-40d5-8e5f-d58de7727e20", "statement": "224ffb5b-33ab-4116-af98-4021419adca3"}	{"kind": "remove_post", "puid": "sh-224ffb5b-33ab-4116-af98-4021419adca3"}	aa948dc9df0f281c2839c4354b1b9e5d6965878944fc9349f4123f8e397ec99f	7bff4c0d6cb5c19403909d832cfbb97d628a13fb66eaf8ebf2815937449ab0ed
495	2026-12-06 22:08:30.508451+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	enforcement:action:planned	{"account": "demo-acc-00029", "decision": "c9d52458-bd4f-40d5-8e5f-d58de7727e20", "enforcement": "5d8dd27f-5b15-4ae6-8715-3afbddb9072b"}	{"kind": "notify_user"}	7bff4c0d6cb5c19403909d832cfbb97d628a13fb66eaf8ebf2815937449ab0ed	52d3100b7106de5b34c2ec9b93963b66dd30a212146985cd5f38c04192d40a7e
496	2026-12-06 22:08:30.508451+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	legal:hold:placed	{"hold": "ad45ae48-22fd-4852-96e4-de7b3858d091", "post": "demo-post-20261206-00061"}	{"reference": "decision:c9d52458-bd4f-40d5-8e5f-d58de7727e20", "held_until": "2027-06-08T22:08:30.508451+00:00", "reason_sha256": "735769b8c31e1faa8d73d114fd00ee0987f3f7dd75e19c1df3eea1e93de6c103"}	52d3100b7106de5b34c2ec9b93963b66dd30a212146985cd5f38c04192d40a7e	c04e795103a5273f798886c28667cb8de254213eddf38408ed500abd28a17fe8
497	2026-12-06 22:35:04.377404+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:case:claimed	{"case": "d2ed75cf-b3ef-4105-9260-b0e0735f505e"}	{"renewed": false, "expires_at": "2026-12-06T22:50:04.377404+00:00", "took_over_expired_lease_of": null}	c04e795103a5273f798886c28667cb8de254213eddf38408ed500abd28a17fe8	da7d8e608b1e09c04ddd687af9d3497f41d4803baa991ae5fa0272419aae3f61
498	2026-12-06 22:36:10.377404+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:decision:made	{"case": "d2ed75cf-b3ef-4105-9260-b0e0735f505e", "decision": "a0bf582c-cacc-4aed-9dd8-e93ef58496f2"}	{"status": "effective", "actions": ["restrict_post"], "outcome": "action", "evidence_sha256": "4617dc5d110d9e6ccf7e96e314d786c3019102b822b18f63180ecc4508363b14", "approval_reasons": [], "manifestly_unfounded_notices": []}	da7d8e608b1e09c04ddd687af9d3497f41d4803baa991ae5fa0272419aae3f61	e0cfc09f811b1d2b35fb8801464df6e9cdbc39d2367e129c9d84206357a9ad89
499	2026-12-06 22:36:10.377404+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	enforcement:action:planned	{"post": "demo-post-20261206-00073", "decision": "a0bf582c-cacc-4aed-9dd8-e93ef58496f2", "enforcement": "e0e06ff8-a9ad-494c-b29d-41ef434b7fb7"}	{"kind": "restrict_post"}	e0cfc09f811b1d2b35fb8801464df6e9cdbc39d2367e129c9d84206357a9ad89	ade9444369efba739e05546ec57153887f97de06ce57eaee004b0c294db2b625
500	2026-12-06 22:36:10.377404+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	transparency:statement:issued	{"account": "demo-acc-00011", "decision": "a0bf582c-cacc-4aed-9dd8-e93ef58496f2", "statement": "bbc26ca9-599a-49d2-a9c6-ad523552f896"}	{"kind": "restrict_post", "puid": "sh-bbc26ca9-599a-49d2-a9c6-ad523552f896"}	ade9444369efba739e05546ec57153887f97de06ce57eaee004b0c294db2b625	c2dd0a79a5d0b478a9b96d7f8eb959432f34649c279f2a582124e0d7b635656a
501	2026-12-06 22:36:10.377404+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	enforcement:action:planned	{"account": "demo-acc-00011", "decision": "a0bf582c-cacc-4aed-9dd8-e93ef58496f2", "enforcement": "8c4f0303-49ad-4c36-8e9f-604ab5c3a3cd"}	{"kind": "notify_user"}	c2dd0a79a5d0b478a9b96d7f8eb959432f34649c279f2a582124e0d7b635656a	a375d7502dadc5d8b053161e3b66e3a4dca4a44ff16dda9cd366a029837bd40b
502	2026-12-06 22:36:10.377404+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	legal:hold:placed	{"hold": "88c831fe-dfa7-48ae-acfc-5043cdd8a614", "post": "demo-post-20261206-00073"}	{"reference": "decision:a0bf582c-cacc-4aed-9dd8-e93ef58496f2", "held_until": "2027-06-08T22:36:10.377404+00:00", "reason_sha256": "735769b8c31e1faa8d73d114fd00ee0987f3f7dd75e19c1df3eea1e93de6c103"}	a375d7502dadc5d8b053161e3b66e3a4dca4a44ff16dda9cd366a029837bd40b	bff83d169b228ca177e7e8a81ee34e42ee7f31bc67f28e166b97d409474e23d0
503	2026-12-06 23:29:00+00	api_key:demo-agency-BR	legal:request:received	{"agency": "49ab0af4-dca7-4fa1-99b2-7ba776143114", "request": "c66fd3d8-c99b-4046-a53c-05207a95fafe"}	{"held": false, "type": "removal_order", "flags": [], "urgency": "normal", "deadline": "2026-12-11T23:29:00Z", "instrument": "national", "attachments": [], "body_sha256": "e15d5fefc72b4ba40ad86106d6db5c8dec3f6afa59497d4c5845cf3c85acc494", "verification": "api_key", "policy_version": "2026.07.1", "proposal_digest": "0a986a88ba147f25d23d2a8937abbb2a52c52e7b8d40ec5f6a13c9a7ae97ed57", "statement_sha256": "e75d9220619a25c299e5e8b520b90d35436f29c767ff42e5b99c7712fdd21430", "deadline_duration": "P5D"}	bff83d169b228ca177e7e8a81ee34e42ee7f31bc67f28e166b97d409474e23d0	ebba38fd01343f6e3e1f8b6478bc1a2cdcf3443ba8142d1aca9c45d9d7731c40
504	2026-12-06 23:58:00+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	legal:request:answered	{"answer": "e7d38619-cdea-4311-af7e-5b99a9d34f84", "request": "6454b530-1729-4a25-b1c8-6b5faf333c73"}	{"late": false, "rules": ["R-LEGAL-BASIS", "R-LOCAL-LAW-GEO"], "scope": "none", "answer": "need_more_info", "policy_version": "2026.07.1", "proposal_digest": "95c638929ec5a366a2d71981268800b9c050391f6b8e3f6b4705618e24cb30da", "followed_proposal": true, "what_and_why_sha256": null, "override_reason_sha256": null}	ebba38fd01343f6e3e1f8b6478bc1a2cdcf3443ba8142d1aca9c45d9d7731c40	ee50bcbea43713d19838100508e3c674aee30c3967edef57534ac19477114cd2
523	2026-12-06 13:39:59+00	system:safeharbour	enforcement:action:applied	{"decision": "bc140e56-e508-422d-bad1-46cf929b7529", "enforcement": "3c368ce7-c8df-472a-b8a3-7d4eefb7a80d"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	fca323c58f193cd7a81b233b0c57cd77ae40ee9348e172c241eeebc0f3aea873	709191bb79441ea2d696d3b3c870aa94b5bc9bf6ff107fa86bce878824da2372
505	2026-12-07 00:07:00+00	system:safeharbour	system:report:published	{"date": "2026-12-06"}	{"root": "254dfca68a568c5b0243856276658b18512d0a9b6860c6de941ebc25a44864a7", "tree_size": 47, "previous_root": null, "report_sha256": "1d381f2ac275725ad901b43c4ddf44e7537693c64111f58968618263f88f1130"}	ee50bcbea43713d19838100508e3c674aee30c3967edef57534ac19477114cd2	7b09871def4d4bd640fb34961cb4f0a9c7af80124c5439b18ba49f40ed041665
506	2026-12-07 00:09:00+00	system:safeharbour	system:qa:sampled	{"day": "2026-12-06"}	{"rate": 0.02, "minimum": 5, "sampled": 3, "decisions": ["bc140e56-e508-422d-bad1-46cf929b7529", "dfe14d66-4116-4895-9b06-cb0904797862", "f6542b79-348e-4c92-ac03-ff2ae47db41d"], "population": 3}	7b09871def4d4bd640fb34961cb4f0a9c7af80124c5439b18ba49f40ed041665	23d0ea2feb0b740134908d4711eba0e2ddd6bbbdaaf65ef6672a42a14b2277d5
507	2026-12-07 00:17:00+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:qa:reviewed	{"decision": "bc140e56-e508-422d-bad1-46cf929b7529", "qa_review": "e673ad22-031d-493d-bec5-af549c9a7feb"}	{"agreed": true, "outcome": "action", "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "note_sha256": null}	23d0ea2feb0b740134908d4711eba0e2ddd6bbbdaaf65ef6672a42a14b2277d5	fa5ce47cf71d617732c28a951bffb30a7668600e48671bba550ee680805d2d0d
508	2026-12-07 00:32:00+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:qa:reviewed	{"decision": "dfe14d66-4116-4895-9b06-cb0904797862", "qa_review": "a6fe9acc-b516-4bc0-987f-52b6d8a711cd"}	{"agreed": true, "outcome": "action", "category": "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY", "note_sha256": null}	fa5ce47cf71d617732c28a951bffb30a7668600e48671bba550ee680805d2d0d	10213288e0a46f1b4d4154444e0cd9a13e143c886c0f69b1f1fb2d622f43ddf5
509	2026-12-07 01:08:00+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	review:qa:reviewed	{"decision": "f6542b79-348e-4c92-ac03-ff2ae47db41d", "qa_review": "0ff361f1-a431-42f5-a427-a750f29014dd"}	{"agreed": true, "outcome": "action", "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "note_sha256": null}	10213288e0a46f1b4d4154444e0cd9a13e143c886c0f69b1f1fb2d622f43ddf5	dc6448c1bc5f97ee141a19e9aa6e3ceb4a9865b4f51bc3bc965ba70e84080f10
510	2026-12-07 01:08:00+00	system:demo-seed	system:demo:activity_seeded	{"day": "2026-12-06"}	{"appeals": 2, "backlog": 4, "notices": 26, "decisions": 25, "detections": 9, "qa_sampled": 3, "qa_reviewed": 3, "appeals_upheld": 1, "decisions_human": 22, "flagger_notices": 4, "platform_events": 94, "appeals_reversed": 1, "report_tree_size": 47, "authority_pending": 1, "authority_refused": 2, "authority_complied": 3, "authority_requests": 8, "decisions_automated": 3, "authority_need_more_info": 1, "authority_partially_complied": 1}	dc6448c1bc5f97ee141a19e9aa6e3ceb4a9865b4f51bc3bc965ba70e84080f10	8d6c3652a1d929aa849804f0df806535ce263b173996fddd88dc6da1b75ae676
511	2026-12-06 03:59:59+00	system:safeharbour	enforcement:action:applied	{"decision": "ea7c5142-2677-4faa-9980-e6841e26a773", "enforcement": "dd4828f5-6e5e-45f0-b78c-5cec654513e2"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	8d6c3652a1d929aa849804f0df806535ce263b173996fddd88dc6da1b75ae676	ea85f9ba51347be494d18b0ff726c15500fd76af157d7f68744e5d285a146087
512	2026-12-06 03:59:59+00	system:safeharbour	enforcement:action:applied	{"decision": "ea7c5142-2677-4faa-9980-e6841e26a773", "enforcement": "fb9628d7-2258-476c-9857-1ce47cef3b2a"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	ea85f9ba51347be494d18b0ff726c15500fd76af157d7f68744e5d285a146087	b730475861e7375fbe1847654bf6bb55a45eaa5e33caf61310e5dc8bf5d7901d
513	2026-12-06 03:59:59+00	system:safeharbour	enforcement:action:applied	{"decision": "ea7c5142-2677-4faa-9980-e6841e26a773", "enforcement": "6c6b149e-3b3d-4224-b7e2-0ac1803abd80"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	b730475861e7375fbe1847654bf6bb55a45eaa5e33caf61310e5dc8bf5d7901d	b9050f94f27bc4a72a452c61a22b5855cabd7d33948e2de3817fc7824ab537e9
514	2026-12-06 06:09:59+00	system:safeharbour	enforcement:action:cancelled	{"decision": "9b7c22eb-94e7-4459-b11c-f4f9ff059193", "enforcement": "5fb01430-4add-40b3-a85f-bdd912e6a39e"}	{"kind": "notify_user"}	b9050f94f27bc4a72a452c61a22b5855cabd7d33948e2de3817fc7824ab537e9	3197cf4d2d11e2dcc9ed3de5b9746952b85a47d020b25ba14dccc1eb70c170db
515	2026-12-06 06:09:59+00	system:safeharbour	enforcement:action:applied	{"decision": "9b7c22eb-94e7-4459-b11c-f4f9ff059193", "enforcement": "1ced2063-82d4-4fd7-aa15-0d97e7389be4"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	3197cf4d2d11e2dcc9ed3de5b9746952b85a47d020b25ba14dccc1eb70c170db	96bebfe55f3490f70a51bf7a11fb55e0f0a8203eae6d4122186bf1cd384a3793
516	2026-12-06 11:59:59+00	system:safeharbour	enforcement:action:applied	{"decision": "095236cb-91bc-43f6-8a03-9d782fe8a451", "enforcement": "d8783d50-dcd0-455d-8c86-ba09668c789a"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	96bebfe55f3490f70a51bf7a11fb55e0f0a8203eae6d4122186bf1cd384a3793	63f2f64086a782b22e8cc7a63555e743cc44fa09dca20c6ee547f74def2d343a
517	2026-12-06 11:59:59+00	system:safeharbour	enforcement:action:applied	{"decision": "095236cb-91bc-43f6-8a03-9d782fe8a451", "enforcement": "d3d0550f-2b7c-4db9-a3bc-89678a35d639"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	63f2f64086a782b22e8cc7a63555e743cc44fa09dca20c6ee547f74def2d343a	774e6e56e657e908c217c72a6bb1320b102c20b1b0bb7573213001d46948aa83
518	2026-12-06 12:29:59+00	system:safeharbour	enforcement:action:applied	{"decision": "ae30064c-276e-49fc-91f8-44a612ab72b6", "enforcement": "80d88a15-4a2a-4fd7-bfcb-0f0f9620b7dd"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	774e6e56e657e908c217c72a6bb1320b102c20b1b0bb7573213001d46948aa83	37aacabe95d5bd3473b104a632a6c80fab7a5a894e19e5473edff944dd105b4f
519	2026-12-06 12:29:59+00	system:safeharbour	enforcement:action:applied	{"decision": "ae30064c-276e-49fc-91f8-44a612ab72b6", "enforcement": "b29deff6-5f3c-4afb-89b8-e996762dff7c"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	37aacabe95d5bd3473b104a632a6c80fab7a5a894e19e5473edff944dd105b4f	870b7d918df43079725ca78d0b358a2f7b0ff273de382d9e1279df6389bee606
520	2026-12-06 13:19:59+00	system:safeharbour	enforcement:action:applied	{"decision": "dfe14d66-4116-4895-9b06-cb0904797862", "enforcement": "1ccc2ecb-a86b-456b-a293-5a951a997c2f"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	870b7d918df43079725ca78d0b358a2f7b0ff273de382d9e1279df6389bee606	c9afc4f8a321697d46903927a4e1723a086788edb2f4216559be45b94b0e0b0e
521	2026-12-06 13:19:59+00	system:safeharbour	enforcement:action:applied	{"decision": "dfe14d66-4116-4895-9b06-cb0904797862", "enforcement": "41dd6bf4-a93c-4f68-852c-bc542250b45a"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	c9afc4f8a321697d46903927a4e1723a086788edb2f4216559be45b94b0e0b0e	e30945235827ed109af792bdef5974e60a2c54746804f1c2153c793e3f117b6d
522	2026-12-06 13:39:59+00	system:safeharbour	enforcement:action:applied	{"decision": "bc140e56-e508-422d-bad1-46cf929b7529", "enforcement": "151bf084-d454-41b9-96d3-5d9f8b0c1e58"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	e30945235827ed109af792bdef5974e60a2c54746804f1c2153c793e3f117b6d	fca323c58f193cd7a81b233b0c57cd77ae40ee9348e172c241eeebc0f3aea873
524	2026-12-06 13:39:59+00	system:safeharbour	enforcement:action:applied	{"enforcement": "b9fa6c7a-6375-43f2-ab03-36c28a741601", "legal_request": "c56f0829-2426-4926-bed2-91e82e191a1c"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	709191bb79441ea2d696d3b3c870aa94b5bc9bf6ff107fa86bce878824da2372	9fcf798ca5730389f973e09d0ec0467277e966fee8b19a4f38e77c91a9416ffe
525	2026-12-06 13:39:59+00	system:safeharbour	enforcement:action:applied	{"decision": "bc140e56-e508-422d-bad1-46cf929b7529", "enforcement": "3616ed66-9fb3-4e95-a1f8-d2da8cd8655d"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	9fcf798ca5730389f973e09d0ec0467277e966fee8b19a4f38e77c91a9416ffe	ae7cac106125b5089595a44acccc3e9b08e94e0ae8e08ef65f8f49301c13c68d
526	2026-12-06 13:39:59+00	system:safeharbour	enforcement:action:applied	{"decision": "bc140e56-e508-422d-bad1-46cf929b7529", "enforcement": "60cb9881-19a8-4c80-93b4-6b7709d6dc76"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	ae7cac106125b5089595a44acccc3e9b08e94e0ae8e08ef65f8f49301c13c68d	1ef246441a03dab59687614417b51041849871ddecc044273dcc6c67a67b6173
527	2026-12-06 13:39:59+00	system:safeharbour	enforcement:action:applied	{"enforcement": "d86eba37-3122-44c7-99f4-281d564f58d5", "legal_request": "c56f0829-2426-4926-bed2-91e82e191a1c"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	1ef246441a03dab59687614417b51041849871ddecc044273dcc6c67a67b6173	c7c7d9e63e367628f62f5ef2d7a4dd5c53c69b71780fffa4b376b0cc8dfcba1f
528	2026-12-06 13:39:59+00	system:safeharbour	legal:request:effect_given	{"request": "c56f0829-2426-4926-bed2-91e82e191a1c"}	{"measures": ["restrict_post"], "effect_given_at": "2026-12-06T13:39:59Z"}	c7c7d9e63e367628f62f5ef2d7a4dd5c53c69b71780fffa4b376b0cc8dfcba1f	1cf3abcbc9f7eb90be15591178c08255da2595df680c4f895a8199951b2e0f1d
529	2026-12-06 13:49:59+00	system:safeharbour	enforcement:action:applied	{"decision": "8a73f145-3282-4118-b172-a638701521f4", "enforcement": "284982af-7d14-4b10-a0a1-3ba3dc781a6f"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	1cf3abcbc9f7eb90be15591178c08255da2595df680c4f895a8199951b2e0f1d	feeb311d9ffc72a97449d8880690107688c94a6566b54379936c433f375603f8
530	2026-12-06 13:49:59+00	system:safeharbour	enforcement:action:applied	{"decision": "8a73f145-3282-4118-b172-a638701521f4", "enforcement": "23698c5a-4252-4858-b3a0-be806b6c2fe7"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	feeb311d9ffc72a97449d8880690107688c94a6566b54379936c433f375603f8	44d3afe39978a84783562862fa437b87b19fe04eeebd0d34f5440caa9b4749fb
531	2026-12-06 14:29:59+00	system:safeharbour	enforcement:action:applied	{"decision": "3491bc4d-cdd6-490a-8672-562d665d32a8", "enforcement": "68b63747-4468-44d9-bff0-08d016817933"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	44d3afe39978a84783562862fa437b87b19fe04eeebd0d34f5440caa9b4749fb	ef4df77efd8e388a529ff43b03e31e483c8c5b60f33e05839bfb9741bfd0bbd0
532	2026-12-06 14:29:59+00	system:safeharbour	enforcement:action:applied	{"decision": "3491bc4d-cdd6-490a-8672-562d665d32a8", "enforcement": "a8878c3f-d820-410a-893d-a68ae14d7236"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	ef4df77efd8e388a529ff43b03e31e483c8c5b60f33e05839bfb9741bfd0bbd0	e88b25fa980011faf19d7ea85848606226225eba26758f96d93ffa5936b2a1e6
533	2026-12-06 14:49:59+00	system:safeharbour	enforcement:action:applied	{"enforcement": "2dd78031-52c9-4bb5-998c-fdbcd97100f4", "legal_request": "a4624c12-c03b-4a23-9377-e244c3bc9a7f"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	e88b25fa980011faf19d7ea85848606226225eba26758f96d93ffa5936b2a1e6	961cd4aa294b0de23d4d8ee336f17a70d3bcdb2458dcff8689a75cc002dbbefc
534	2026-12-06 14:49:59+00	system:safeharbour	enforcement:action:applied	{"enforcement": "62758065-1912-48bb-847d-f14e4412d963", "legal_request": "a4624c12-c03b-4a23-9377-e244c3bc9a7f"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	961cd4aa294b0de23d4d8ee336f17a70d3bcdb2458dcff8689a75cc002dbbefc	d29bbc230962f94c50ab9dcc9ac936b03a231f574f7b93035c0b8f3a0b2dcf97
535	2026-12-06 14:49:59+00	system:safeharbour	legal:request:effect_given	{"request": "a4624c12-c03b-4a23-9377-e244c3bc9a7f"}	{"measures": ["restrict_post"], "effect_given_at": "2026-12-06T14:49:59Z"}	d29bbc230962f94c50ab9dcc9ac936b03a231f574f7b93035c0b8f3a0b2dcf97	37f6cf0583facbc31260ce63938ebf8943e7e9f50b1635f935f1f01f97358c4b
536	2026-12-06 14:59:59+00	system:safeharbour	enforcement:action:applied	{"decision": "f6542b79-348e-4c92-ac03-ff2ae47db41d", "enforcement": "0820706b-3a71-4703-80ea-45e9f17039a7"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	37f6cf0583facbc31260ce63938ebf8943e7e9f50b1635f935f1f01f97358c4b	284e64fcf945ad43f7a436c6701da128415379723865cb2c130e452bca898e31
537	2026-12-06 14:59:59+00	system:safeharbour	enforcement:action:applied	{"decision": "f6542b79-348e-4c92-ac03-ff2ae47db41d", "enforcement": "0cdea497-423f-49b5-8527-768f83c26acb"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	284e64fcf945ad43f7a436c6701da128415379723865cb2c130e452bca898e31	570f74838b1b500c5bcef36d811398c49e9bb5de9dd6530c156de6ac7f05e7c1
538	2026-12-06 15:09:59+00	system:safeharbour	enforcement:action:applied	{"decision": "c55360a4-67b4-450b-ac16-6455b457b13b", "enforcement": "c010b9d3-805b-44e8-823e-445e5fe8cd46"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	570f74838b1b500c5bcef36d811398c49e9bb5de9dd6530c156de6ac7f05e7c1	42cd0e20c08c50b53fd860cd17cee5431e64bd7e8132c9ec2edc4bb8f5103cf2
539	2026-12-06 15:09:59+00	system:safeharbour	enforcement:action:applied	{"decision": "c55360a4-67b4-450b-ac16-6455b457b13b", "enforcement": "1323c5d5-b03d-41f1-adf5-d057c5988964"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	42cd0e20c08c50b53fd860cd17cee5431e64bd7e8132c9ec2edc4bb8f5103cf2	b32a69751909e6c5f9dea62c35b6c3ba6699be951e762f1d61f58b26cc8aaa3a
540	2026-12-06 16:49:59+00	system:safeharbour	enforcement:action:applied	{"decision": "3e5cf954-c5f7-44e4-92ad-694a75f49a43", "enforcement": "8f304fb7-4e33-42bc-944b-aef13be83300"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	b32a69751909e6c5f9dea62c35b6c3ba6699be951e762f1d61f58b26cc8aaa3a	c1613bb586fc26f47fcd46f6ef8110a679c876d0c91ff5e57bd56b27eef2173a
541	2026-12-06 16:49:59+00	system:safeharbour	enforcement:action:applied	{"decision": "3e5cf954-c5f7-44e4-92ad-694a75f49a43", "enforcement": "d260143c-f5ce-4ea5-974d-074124393890"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	c1613bb586fc26f47fcd46f6ef8110a679c876d0c91ff5e57bd56b27eef2173a	560d12fb173eaf0d675142e5ed521789add2f9bf8df34bb70ca33b68550445c9
542	2026-12-06 17:09:59+00	system:safeharbour	enforcement:action:applied	{"decision": "1e3582d7-10ac-41b2-9256-7b96e03f6345", "enforcement": "cf66f962-4b65-4025-82e7-cd1b740186ea"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	560d12fb173eaf0d675142e5ed521789add2f9bf8df34bb70ca33b68550445c9	ed54275e16a9f33414fd914e917317c1dddc12aca4245959b1e9628cb8fc18ed
543	2026-12-06 17:09:59+00	system:safeharbour	enforcement:action:applied	{"decision": "1e3582d7-10ac-41b2-9256-7b96e03f6345", "enforcement": "acdacdfe-d565-412d-9a49-7dcc37985d87"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	ed54275e16a9f33414fd914e917317c1dddc12aca4245959b1e9628cb8fc18ed	7f9104e37ed3b3700f6bc7975d21b4d364cebf313afd0ac86dd7914f5234b10d
544	2026-12-06 17:19:59+00	system:safeharbour	enforcement:action:applied	{"decision": "25254d1e-1e3f-41a9-8bfc-2585cab99523", "enforcement": "24338672-b266-4786-8563-90e711bcc145"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	7f9104e37ed3b3700f6bc7975d21b4d364cebf313afd0ac86dd7914f5234b10d	b38ebab7d51aa125e5997d6521b18d5fac4f5f5c218cb8f8839c49d6e424b991
545	2026-12-06 17:19:59+00	system:safeharbour	enforcement:action:applied	{"decision": "25254d1e-1e3f-41a9-8bfc-2585cab99523", "enforcement": "aa3467df-4624-43dd-bb93-bfe14e66dc1c"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	b38ebab7d51aa125e5997d6521b18d5fac4f5f5c218cb8f8839c49d6e424b991	6717c5e5d371a3c2671f6ed823b1c7803343baeccfaaaaef360379c0343029d2
546	2026-12-06 17:39:59+00	system:safeharbour	enforcement:action:applied	{"enforcement": "51cbdc77-8d0d-455d-8a42-730c65017c40", "legal_request": "aec25ee3-6db1-4435-9319-583e38dbbfcf"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	6717c5e5d371a3c2671f6ed823b1c7803343baeccfaaaaef360379c0343029d2	3dbed8d4a2573fe6eacb722a092a3b28d72a35e2a806d7622dd9f66a0d184590
547	2026-12-06 17:39:59+00	system:safeharbour	enforcement:action:applied	{"enforcement": "a7c8b4e0-3c90-4db3-bd26-1d69f2947300", "legal_request": "aec25ee3-6db1-4435-9319-583e38dbbfcf"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	3dbed8d4a2573fe6eacb722a092a3b28d72a35e2a806d7622dd9f66a0d184590	d375392af26c225a9b0d4a62f5052355708f4e450d2306f504e04c7768ef6cdb
548	2026-12-06 17:39:59+00	system:safeharbour	legal:request:effect_given	{"request": "aec25ee3-6db1-4435-9319-583e38dbbfcf"}	{"measures": ["restrict_post"], "effect_given_at": "2026-12-06T17:39:59Z"}	d375392af26c225a9b0d4a62f5052355708f4e450d2306f504e04c7768ef6cdb	543e956a9f215d707a5e3366e16da3fee1e872585c611cb4d3db5b1d0403babb
549	2026-12-06 17:59:59+00	system:safeharbour	enforcement:action:applied	{"decision": "325891a2-4298-400f-a7b8-c32170565840", "enforcement": "64f8eeb7-e1d7-479a-96ef-04750af88f80"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	543e956a9f215d707a5e3366e16da3fee1e872585c611cb4d3db5b1d0403babb	de9bbe63c578b9b6dc3f73436ec6d9a99e453926baa192271778f0cb46f21c36
550	2026-12-06 17:59:59+00	system:safeharbour	enforcement:action:applied	{"decision": "325891a2-4298-400f-a7b8-c32170565840", "enforcement": "212b7a19-b870-4fdd-b01c-d34be47f178b"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	de9bbe63c578b9b6dc3f73436ec6d9a99e453926baa192271778f0cb46f21c36	ac76de9aabaa0f2908eead44847beb21611c76338ecec4a69cc2e66ecc03d252
551	2026-12-06 19:39:59+00	system:safeharbour	enforcement:action:applied	{"decision": "6941791b-27d8-44ab-b8df-07c5d474addc", "enforcement": "0f4ca2a6-db2d-483a-a13e-c918143e4969"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	ac76de9aabaa0f2908eead44847beb21611c76338ecec4a69cc2e66ecc03d252	a99ac4c617c9e17df9c7190f6971c2b5de2236edae0730955c28bd33ef546d40
552	2026-12-06 19:39:59+00	system:safeharbour	enforcement:action:applied	{"decision": "6941791b-27d8-44ab-b8df-07c5d474addc", "enforcement": "5545f4aa-7c9d-416f-b99d-a5f9304b3b3e"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	a99ac4c617c9e17df9c7190f6971c2b5de2236edae0730955c28bd33ef546d40	7dcb0b6fa02104258f1d30d2a59e93f4547389ca6aa64e08d920febd6abe1998
553	2026-12-06 21:59:59+00	system:safeharbour	enforcement:action:applied	{"decision": "5cc5d1fd-4b38-45ac-baa3-570a760612e3", "enforcement": "e22c8c40-5011-4673-8979-55edb1a51b86"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	7dcb0b6fa02104258f1d30d2a59e93f4547389ca6aa64e08d920febd6abe1998	36d2e9c48532b17c24c4feb40c355faccab0cec302ed52e2cfc89acc255be777
554	2026-12-06 21:59:59+00	system:safeharbour	enforcement:action:applied	{"decision": "5cc5d1fd-4b38-45ac-baa3-570a760612e3", "enforcement": "7d740376-5b5b-4f71-bb8e-4c4ff4cc961a"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	36d2e9c48532b17c24c4feb40c355faccab0cec302ed52e2cfc89acc255be777	50b75e206c816a2e93b9bd0f8d2455f5490d28104fed019a68b6703a7a7e4856
555	2026-12-06 22:09:59+00	system:safeharbour	enforcement:action:applied	{"decision": "c9d52458-bd4f-40d5-8e5f-d58de7727e20", "enforcement": "95dfaf49-a6c4-4c00-b9c1-b13303056245"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	50b75e206c816a2e93b9bd0f8d2455f5490d28104fed019a68b6703a7a7e4856	e5b0684cc437a2339a9c3f366d527fdb07fddabe210f2b78d900d32c5069bf70
556	2026-12-06 22:09:59+00	system:safeharbour	enforcement:action:applied	{"decision": "c9d52458-bd4f-40d5-8e5f-d58de7727e20", "enforcement": "5d8dd27f-5b15-4ae6-8715-3afbddb9072b"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	e5b0684cc437a2339a9c3f366d527fdb07fddabe210f2b78d900d32c5069bf70	97ee6b5b79514f93ec69a78081d0c06b63729e525aa91f5a567365c36a2b9f9f
557	2026-12-06 22:39:59+00	system:safeharbour	enforcement:action:applied	{"decision": "a0bf582c-cacc-4aed-9dd8-e93ef58496f2", "enforcement": "e0e06ff8-a9ad-494c-b29d-41ef434b7fb7"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	97ee6b5b79514f93ec69a78081d0c06b63729e525aa91f5a567365c36a2b9f9f	85c0b64ccb76a3f08df54ef6c325db129c76b83cc87c2c01a86d582fc0d7d5a3
558	2026-12-06 22:39:59+00	system:safeharbour	enforcement:action:applied	{"decision": "a0bf582c-cacc-4aed-9dd8-e93ef58496f2", "enforcement": "8c4f0303-49ad-4c36-8e9f-604ab5c3a3cd"}	{"adapter": "memory", "outcome": "applied", "attempts": 1}	85c0b64ccb76a3f08df54ef6c325db129c76b83cc87c2c01a86d582fc0d7d5a3	5816a1044214346569542e1e00943efb979662e0ac2a31a8ecf8e90d93a14a35
559	2026-12-08 00:27:51.525712+00	system:demo-seed	detection:bank:created	{"bank": "7fc54bdf-276e-4ee0-8ea2-3420db8b6ed8"}	{"policy": "review", "shadow": false, "enabled": true, "category": null, "allow_list": false, "name_sha256": "05ab9dc76b186f4de59d765b888fb04f59c64f0c81bb28fedb94797829aa6ba2", "pdq_threshold": 31, "irreversible_ok": false, "quarantine_threshold": 100, "quarantine_window_minutes": 60}	5816a1044214346569542e1e00943efb979662e0ac2a31a8ecf8e90d93a14a35	d5fd607b89bc36ce74a19d60f86cdd8f55364b755c817cdd1441baf7125d4dae
560	2026-12-08 00:27:51.531469+00	system:demo-seed	detection:bank:entries_added	{"bank": "7fc54bdf-276e-4ee0-8ea2-3420db8b6ed8"}	{"count": 2, "signal": "url", "values_sha256": "103b2708c228fe520bc2392052bbabe6880cd986e98e8ce0a009848216697fd6"}	d5fd607b89bc36ce74a19d60f86cdd8f55364b755c817cdd1441baf7125d4dae	d4a08c0d5e715476359a4dc4e3468c7c06f8f757cfc3908dd2f0726f77b253bf
\.


--
-- Data for Name: case_signals; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.case_signals (id, case_id, raised_at, source, category, category_specification, score, automated, details) FROM stdin;
71ae9241-f258-4d85-8ea5-8b12493388f5	4794b285-6ac5-4da1-af42-183ebbe44bf3	2026-12-06 11:09:14+00	detection:keywords	STATEMENT_CATEGORY_SCAMS_AND_FRAUD	["KEYWORD_PYRAMID_SCHEMES"]	0.913	t	{"rule": "keywords-demo-rule"}
096efe69-b9d7-4a73-baa9-aba1b6c75e3f	25c8fc78-725b-41a5-a7b4-562daeffed03	2026-12-06 11:28:17+00	detection:regex	STATEMENT_CATEGORY_OTHER_VIOLATION_TC	[]	0.94	t	{"rule": "regex-demo-rule"}
c984f274-cfb6-43fa-8c81-646dbc91e811	6fe544ff-6434-4acf-971b-ca98e9799133	2026-12-06 12:39:23+00	detection:regex	STATEMENT_CATEGORY_OTHER_VIOLATION_TC	[]	0.889	t	{"rule": "regex-demo-rule"}
58712e2f-9a4d-451e-8625-97ad23234825	17fcf5db-99ae-4d2a-8b00-c2528b9b2f8a	2026-12-06 13:17:38+00	detection:pdq	STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY	["KEYWORD_TERRORIST_CONTENT"]	0.901	t	{"rule": "pdq-demo-rule"}
b8d290a3-5d78-486a-9ea5-e27f73ecb7e5	69efc143-c25a-44e2-a091-dfbb08e153dd	2026-12-06 13:36:23+00	detection:url-bank	STATEMENT_CATEGORY_SCAMS_AND_FRAUD	["KEYWORD_PHISHING"]	0.931	t	{"rule": "url-bank-demo-rule"}
f7d82aa2-0889-4e63-bfa5-35a72334204e	b90d9ed6-6356-41e0-89c3-c4660884bd59	2026-12-06 14:08:54+00	detection:regex	STATEMENT_CATEGORY_OTHER_VIOLATION_TC	[]	0.955	t	{"rule": "regex-demo-rule"}
58c44f94-496f-4159-9c59-8c343cdf738e	bbdb7a9b-8bd9-4124-81c0-57eee2cbd27e	2026-12-06 14:49:31+00	detection:url-bank	STATEMENT_CATEGORY_SCAMS_AND_FRAUD	["KEYWORD_PHISHING"]	0.891	t	{"rule": "url-bank-demo-rule"}
0c6813df-64d7-4f1c-8dd3-83573b984c48	f81fbe1e-aefc-4c78-9f66-66c6bc17c942	2026-12-06 15:07:43+00	detection:keywords	STATEMENT_CATEGORY_SCAMS_AND_FRAUD	["KEYWORD_PYRAMID_SCHEMES"]	0.93	t	{"rule": "keywords-demo-rule"}
cc868b89-6c68-4c30-8e5c-91e3ad5f3f78	8f23a850-8604-4938-a6fd-5991e7ac5ff2	2026-12-06 20:20:16+00	detection:pdq	STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY	["KEYWORD_TERRORIST_CONTENT"]	0.911	t	{"rule": "pdq-demo-rule"}
\.


--
-- Data for Name: cases; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cases (id, item_kind, item_id, item_key, open_item_key, status, opened_at, updated_at, decided_at, decision_id, tier, rank_key, due_at, severity, category, reach, trusted, distinct_sources, notice_count, signal_count, priority, lease_holder, lease_expires_at, demo) FROM stdin;
f5687c8b-869d-45c3-9325-1a9e6b04ab6b	post	demo-post-20261206-00077	192523a9c30cc870f515f0aed8012d725bb87f999c231f8b0da976ab10d3cf5e	\N	decided	2026-12-06 00:49:14+00	2026-12-06 01:47:46.673729+00	2026-12-06 01:47:46.673729+00	8a51f548-f54e-4b07-9333-487f546bb1ef	1	-998203803309.863	2026-12-07 00:49:14+00	6	STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH	4.6767	t	2	2	0	{"reach": 4.6767, "counted": true, "trusted": true, "critical": false, "severity": 6, "reach_basis": "public audience of 4,749", "severity_basis": "KEYWORD_HATE_SPEECH", "distinct_sources": 2}	\N	\N	t
58e95c0b-90ce-46df-82d3-a545d4a47c7d	post	demo-post-20261206-00060	d2c131af4374f0a21ac1d0013d9d2987c2bcaee616a8384f1699c385e2adf91f	\N	decided	2026-12-06 00:57:01+00	2026-12-06 03:56:59.59272+00	2026-12-06 03:56:59.59272+00	ea7c5142-2677-4faa-9980-e6841e26a773	0	1796445389.1250489	2026-12-09 00:57:01+00	5	STATEMENT_CATEGORY_SCAMS_AND_FRAUD	4.688	f	2	2	0	{"reach": 4.688, "counted": true, "trusted": false, "critical": false, "severity": 5, "reach_basis": "public audience of 4,874", "severity_basis": "KEYWORD_PHISHING", "distinct_sources": 2}	\N	\N	t
efdeca09-4fe7-4769-a6bc-62d0f3707ad4	post	demo-post-20261206-00067	6849862596f90325011650c472146633f3245c7a0322cc984f7490c30039f829	6849862596f90325011650c472146633f3245c7a0322cc984f7490c30039f829	open	2026-12-06 04:59:40+00	2026-12-06 04:59:40+00	\N	\N	0	1796519836.041449	2026-12-09 04:59:40+00	5	STATEMENT_CATEGORY_CYBER_VIOLENCE	4.688	f	1	1	0	{"reach": 4.688, "counted": true, "trusted": false, "critical": false, "severity": 5, "reach_basis": "public audience of 4,874", "severity_basis": "STATEMENT_CATEGORY_CYBER_VIOLENCE", "distinct_sources": 1}	\N	\N	t
889c34fb-d045-4d0d-963f-457df55bb75a	post	demo-post-20261206-00072	be675a08c6ea2f5db94146960cb20e1a32d161797401716269ce14be07204cde	\N	decided	2026-12-06 02:45:40+00	2026-12-06 06:08:55.306253+00	2026-12-06 06:08:55.306253+00	9b7c22eb-94e7-4459-b11c-f4f9ff059193	0	1796408888.120207	2026-12-09 02:45:40+00	6	STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH	6.4276	f	2	2	0	{"reach": 6.4276, "counted": true, "trusted": false, "critical": false, "severity": 6, "reach_basis": "public audience of 267,681", "severity_basis": "KEYWORD_HATE_SPEECH", "distinct_sources": 2}	\N	\N	t
6bc5355e-c279-4f96-91f7-e02edd1bb72d	post	demo-post-20261206-00063	ce21fc1efab750c305731e752dd77a48d910ef685d816e669986034efae91143	\N	decided	2026-12-06 06:15:51+00	2026-12-06 06:26:42.284757+00	2026-12-06 06:26:42.284757+00	803e4a29-9b83-4bdd-b3b2-e126e3cb0e77	2	-1998203699838.673	2026-12-07 06:15:51+00	10	STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY	4.2516	f	1	1	0	{"reach": 4.2516, "counted": true, "trusted": false, "critical": true, "severity": 10, "reach_basis": "public audience of 1,784", "severity_basis": "KEYWORD_TERRORIST_CONTENT", "distinct_sources": 1}	\N	\N	t
4794b285-6ac5-4da1-af42-183ebbe44bf3	post	demo-post-20261206-00088	7e8a43d23cb5ba5131a2337f7a56b757569c1e781a517b4ea42298c4bf90fe0c	\N	decided	2026-12-06 11:09:14+00	2026-12-06 11:50:12.014168+00	2026-12-06 11:50:12.014168+00	095236cb-91bc-43f6-8a03-9d782fe8a451	0	1796636891.817221	2026-12-09 11:09:14+00	4	STATEMENT_CATEGORY_SCAMS_AND_FRAUD	1.9542	f	0	0	1	{"reach": 1.9542, "counted": true, "trusted": false, "critical": false, "severity": 4, "reach_basis": "public audience of 8", "severity_basis": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "distinct_sources": 0}	\N	\N	f
5b294ebe-e983-428f-a6da-9be1f0b5de8f	post	demo-post-20261206-00079	20ba5796884422f1868293e106db7c6eaae2e9ccb83153c4c5fa749d9b13f11f	\N	decided	2026-12-06 11:36:46+00	2026-12-06 12:21:03.111132+00	2026-12-06 12:21:03.111132+00	ae30064c-276e-49fc-91f8-44a612ab72b6	1	-998203732045.8798	2026-12-07 11:36:46+00	6	STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH	6.4276	t	1	1	0	{"reach": 6.4276, "counted": true, "trusted": true, "critical": false, "severity": 6, "reach_basis": "public audience of 267,681", "severity_basis": "KEYWORD_HATE_SPEECH", "distinct_sources": 1}	\N	\N	t
f40f69d2-71ce-4998-8731-f490def61293	post	demo-post-20261206-00078	9ba27032cbf65b79918621691d060c6b0331332b52eea23df59fd57a265161b5	\N	decided	2026-12-06 12:02:17+00	2026-12-06 12:45:48.726158+00	2026-12-06 12:45:48.726158+00	47bfeeed-0106-4352-9608-8575c4620312	1	-998203747174.2805	2026-12-07 12:02:17+00	5	STATEMENT_CATEGORY_CYBER_VIOLENCE	4.6767	t	2	2	0	{"reach": 4.6767, "counted": true, "trusted": true, "critical": false, "severity": 5, "reach_basis": "public audience of 4,749", "severity_basis": "STATEMENT_CATEGORY_CYBER_VIOLENCE", "distinct_sources": 2}	\N	\N	t
17fcf5db-99ae-4d2a-8b00-c2528b9b2f8a	post	demo-post-20261206-00080	260a838486ce869e3abe9f0a520c977ba3966ad68574abc723e22f7942450834	\N	decided	2026-12-06 13:17:38+00	2026-12-06 13:18:08+00	2026-12-06 13:18:08+00	dfe14d66-4116-4895-9b06-cb0904797862	2	-1998203509965.3643	2026-12-09 13:17:38+00	10	STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY	4.6767	f	0	0	1	{"reach": 4.6767, "counted": true, "trusted": false, "critical": true, "severity": 10, "reach_basis": "public audience of 4,749", "severity_basis": "KEYWORD_TERRORIST_CONTENT", "distinct_sources": 0}	\N	\N	f
69efc143-c25a-44e2-a091-dfbb08e153dd	post	demo-post-20261206-00083	c1a28b538de0848930e922897abf48113b6d6575bcfb49585106fd596a3fafa8	\N	decided	2026-12-06 13:36:23+00	2026-12-06 13:37:23+00	2026-12-06 13:37:23+00	bc140e56-e508-422d-bad1-46cf929b7529	0	1796552686.9214745	2026-12-09 13:36:23+00	5	STATEMENT_CATEGORY_SCAMS_AND_FRAUD	4.5888	f	0	0	1	{"reach": 4.5888, "counted": true, "trusted": false, "critical": false, "severity": 5, "reach_basis": "public audience of 3,879", "severity_basis": "KEYWORD_PHISHING", "distinct_sources": 0}	\N	\N	f
6fe544ff-6434-4acf-971b-ca98e9799133	post	demo-post-20261206-00087	6f1985f5557338972b60fa72a8e665e31c5f1ec937ab68398ac3ce4aac458343	\N	decided	2026-12-06 12:39:23+00	2026-12-06 13:42:52.462564+00	2026-12-06 13:42:52.462564+00	8a73f145-3282-4118-b172-a638701521f4	0	1796686682.9878683	2026-12-09 12:39:23+00	1	STATEMENT_CATEGORY_OTHER_VIOLATION_TC	4.6767	f	0	0	1	{"reach": 4.6767, "counted": true, "trusted": false, "critical": false, "severity": 1, "reach_basis": "public audience of 4,749", "severity_basis": "STATEMENT_CATEGORY_OTHER_VIOLATION_TC", "distinct_sources": 0}	\N	\N	f
b90d9ed6-6356-41e0-89c3-c4660884bd59	post	demo-post-20261206-00086	5288aa785085fdb5e3d6747e43c1cab7299cd5b418fcebf9bfda8bbc99d23ba5	\N	decided	2026-12-06 14:08:54+00	2026-12-06 14:20:02.971405+00	2026-12-06 14:20:02.971405+00	3491bc4d-cdd6-490a-8672-562d665d32a8	0	1796664578.0547488	2026-12-09 14:08:54+00	1	STATEMENT_CATEGORY_OTHER_VIOLATION_TC	6.4276	f	0	0	1	{"reach": 6.4276, "counted": true, "trusted": false, "critical": false, "severity": 1, "reach_basis": "public audience of 267,681", "severity_basis": "STATEMENT_CATEGORY_OTHER_VIOLATION_TC", "distinct_sources": 0}	\N	\N	f
9a2aa732-cab4-4d81-b7ad-b44ae4d00826	post	demo-post-20261206-00069	31485dc8743287226c6e343d94f25f5587ef0b126a14b21627ad686c51513282	\N	decided	2026-12-06 13:32:13+00	2026-12-06 14:22:13.205726+00	2026-12-06 14:22:13.205726+00	d4c72d99-1420-4418-a599-e87f0917b476	0	1796522464.0947795	2026-12-09 13:32:13+00	5	STATEMENT_CATEGORY_SCAMS_AND_FRAUD	1.9542	f	5	5	0	{"reach": 1.9542, "counted": true, "trusted": false, "critical": false, "severity": 5, "reach_basis": "public audience of 8", "severity_basis": "KEYWORD_PHISHING", "distinct_sources": 5}	\N	\N	t
bbdb7a9b-8bd9-4124-81c0-57eee2cbd27e	post	demo-post-20261206-00081	b4d7341d5c52fa3b560f6dffd179ddbd8f3a089cad6ff7aca5b05a9739009cd1	\N	decided	2026-12-06 14:49:31+00	2026-12-06 14:50:00+00	2026-12-06 14:50:00+00	f6542b79-348e-4c92-ac03-ff2ae47db41d	0	1796630829.2143872	2026-12-09 14:49:31+00	5	STATEMENT_CATEGORY_SCAMS_AND_FRAUD	1.9542	f	0	0	1	{"reach": 1.9542, "counted": true, "trusted": false, "critical": false, "severity": 5, "reach_basis": "public audience of 8", "severity_basis": "KEYWORD_PHISHING", "distinct_sources": 0}	\N	\N	f
c294872f-d67e-4e3f-8261-4ecaa3eec5b2	post	demo-post-20261206-00074	06d92d7e7091917fe2d02623be83bb9a6be258b76aa0f71d7774dd71adf5a9d4	\N	decided	2026-12-06 13:47:32+00	2026-12-06 15:02:33.367779+00	2026-12-06 15:02:33.367779+00	c55360a4-67b4-450b-ac16-6455b457b13b	0	1796537603.3389673	2026-12-09 13:47:32+00	6	STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH	4.5888	f	1	1	0	{"reach": 4.5888, "counted": true, "trusted": false, "critical": false, "severity": 6, "reach_basis": "public audience of 3,879", "severity_basis": "KEYWORD_HATE_SPEECH", "distinct_sources": 1}	\N	\N	t
7a0ea2ab-fde4-437d-bcb3-1beaa04a8b6f	post	demo-post-20261206-00070	c06a39ebe7e759938b892301b93b9e086164239fd4d8837bf896230f19420a67	\N	decided	2026-12-06 15:40:49+00	2026-12-06 16:24:02.487592+00	2026-12-06 16:24:02.487592+00	1cd0efe9-9934-41ea-8347-e226f1d371e2	0	1796550317.221948	2026-12-09 15:40:49+00	4	STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS	6.4276	f	1	1	0	{"reach": 6.4276, "counted": true, "trusted": false, "critical": false, "severity": 4, "reach_basis": "public audience of 267,681", "severity_basis": "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS", "distinct_sources": 1}	\N	\N	t
61b3af83-e4b5-473b-b6bf-abb9c2f07587	post	demo-post-20261206-00064	b3a3c06b180b0e775028f7aa17d9c41e6c8f95f2ba32c06b594534d8ecd1c6dd	b3a3c06b180b0e775028f7aa17d9c41e6c8f95f2ba32c06b594534d8ecd1c6dd	open	2026-12-06 16:27:13+00	2026-12-06 16:27:13+00	\N	\N	0	1796522328.6079075	2026-12-09 16:27:13+00	8	STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS	4.5888	f	1	1	0	{"reach": 4.5888, "counted": true, "trusted": false, "critical": false, "severity": 8, "reach_basis": "public audience of 3,879", "severity_basis": "KEYWORD_NON_CONSENSUAL_IMAGE_SHARING", "distinct_sources": 1}	\N	\N	t
a720149f-6231-48dd-a497-e8460e2c34f8	post	demo-post-20261206-00065	e791d507cc6c9e69e47f930a2d6cd0139e4e7ea4a057c317464fe29a64abb0f9	\N	decided	2026-12-06 00:50:27+00	2026-12-06 16:47:12.355594+00	2026-12-06 16:47:12.355594+00	3e5cf954-c5f7-44e4-92ad-694a75f49a43	0	1796505091.5522342	2026-12-09 00:50:27+00	5	STATEMENT_CATEGORY_CYBER_VIOLENCE	4.6767	f	1	1	0	{"reach": 4.6767, "counted": true, "trusted": false, "critical": false, "severity": 5, "reach_basis": "public audience of 4,749", "severity_basis": "STATEMENT_CATEGORY_CYBER_VIOLENCE", "distinct_sources": 1}	\N	\N	t
25c8fc78-725b-41a5-a7b4-562daeffed03	post	demo-post-20261206-00085	6b2fe164ad0a17c08f390c8f66e133395093d8e9161a7d949ac5fbb436ab7f2c	\N	decided	2026-12-06 11:28:17+00	2026-12-06 17:03:44.968813+00	2026-12-06 17:03:44.968813+00	1e3582d7-10ac-41b2-9256-7b96e03f6345	0	1796684056.3571086	2026-12-09 11:28:17+00	1	STATEMENT_CATEGORY_OTHER_VIOLATION_TC	4.5888	f	0	0	1	{"reach": 4.5888, "counted": true, "trusted": false, "critical": false, "severity": 1, "reach_basis": "public audience of 3,879", "severity_basis": "STATEMENT_CATEGORY_OTHER_VIOLATION_TC", "distinct_sources": 0}	\N	\N	f
f81fbe1e-aefc-4c78-9f66-66c6bc17c942	post	demo-post-20261206-00082	c500b190f52efcdff769daff2098cc4b999f5c7e3d764a7bf7c990ba2bca16dd	\N	decided	2026-12-06 15:07:43+00	2026-12-06 17:13:48.462844+00	2026-12-06 17:13:48.462844+00	25254d1e-1e3f-41a9-8bfc-2585cab99523	0	1796584040.8461359	2026-12-09 15:07:43+00	4	STATEMENT_CATEGORY_SCAMS_AND_FRAUD	4.2516	f	0	0	1	{"reach": 4.2516, "counted": true, "trusted": false, "critical": false, "severity": 4, "reach_basis": "public audience of 1,784", "severity_basis": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "distinct_sources": 0}	\N	\N	f
8d772512-0b2d-450e-a5f0-46b40d0e5333	post	demo-post-20261206-00066	3d4cc69dfcad9f0d4e1b69030a203999d4ab5c8dacbc7ab545845bf96968eb97	\N	decided	2026-12-06 11:22:52+00	2026-12-06 17:33:16.658944+00	2026-12-06 17:33:16.658944+00	86e3847c-be22-4949-81e0-ce9525820da4	0	1796542828.041449	2026-12-09 11:22:52+00	5	STATEMENT_CATEGORY_CYBER_VIOLENCE	4.688	f	1	1	0	{"reach": 4.688, "counted": true, "trusted": false, "critical": false, "severity": 5, "reach_basis": "public audience of 4,874", "severity_basis": "STATEMENT_CATEGORY_CYBER_VIOLENCE", "distinct_sources": 1}	\N	\N	t
ca1efcfb-b0c4-492e-bfd2-48d3c6f34f09	post	demo-post-20261206-00071	a314acc0d43cff56b913f7f21264477038ca15f677f880b4baed23b9a98f8f08	\N	decided	2026-12-06 15:26:48+00	2026-12-06 17:51:41.718249+00	2026-12-06 17:51:41.718249+00	325891a2-4298-400f-a7b8-c32170565840	0	1796559311.9214745	2026-12-09 15:26:48+00	5	STATEMENT_CATEGORY_CYBER_VIOLENCE	4.5888	f	1	1	0	{"reach": 4.5888, "counted": true, "trusted": false, "critical": false, "severity": 5, "reach_basis": "public audience of 3,879", "severity_basis": "STATEMENT_CATEGORY_CYBER_VIOLENCE", "distinct_sources": 1}	\N	\N	t
debdfe16-3570-4150-ac35-40bf150464d6	post	demo-post-20261206-00076	50cdd87d03629421f8764d87855a4a0ffab1371200389b67334fec92fe33460a	50cdd87d03629421f8764d87855a4a0ffab1371200389b67334fec92fe33460a	open	2026-12-06 17:54:02+00	2026-12-06 17:54:02+00	\N	\N	1	-998203590787.702	2026-12-07 17:54:02+00	5	STATEMENT_CATEGORY_CYBER_VIOLENCE	1.9542	t	1	1	0	{"reach": 1.9542, "counted": true, "trusted": true, "critical": false, "severity": 5, "reach_basis": "public audience of 8", "severity_basis": "STATEMENT_CATEGORY_CYBER_VIOLENCE", "distinct_sources": 1}	\N	\N	t
383c7c4f-8736-447a-baa9-fc4252eabccc	post	demo-post-20261206-00075	3f1e805de405e258331523c3473175717f3461d9ca01da4db70bc3222e7b24fe	3f1e805de405e258331523c3473175717f3461d9ca01da4db70bc3222e7b24fe	open	2026-12-06 17:58:11+00	2026-12-06 17:58:11+00	\N	\N	0	1796523527.0366075	2026-12-09 17:58:11+00	6	STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH	6.4276	f	1	1	0	{"reach": 6.4276, "counted": true, "trusted": false, "critical": false, "severity": 6, "reach_basis": "public audience of 267,681", "severity_basis": "KEYWORD_HATE_SPEECH", "distinct_sources": 1}	\N	\N	t
39f176ed-b9dd-4ed0-92f9-340b7c33f519	post	demo-post-20261206-00068	e0cf7df4a7fb06d61ff5424087fb59c292d61cf0acc448dd79b951280a280fbc	\N	decided	2026-12-06 18:35:08+00	2026-12-06 18:56:07.113106+00	2026-12-06 18:56:07.113106+00	416a3f05-a93a-4013-812b-c6b3517c496e	2	-1998203588321.702	2026-12-07 18:35:08+00	10	STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY	1.9542	f	1	1	0	{"reach": 1.9542, "counted": true, "trusted": false, "critical": true, "severity": 10, "reach_basis": "public audience of 8", "severity_basis": "KEYWORD_TERRORIST_CONTENT", "distinct_sources": 1}	\N	\N	t
0d6a5675-df7f-40df-a907-0c77e2346a15	post	demo-post-20261206-00062	44a1955502d42014dd8271cb96fa13a4f96d7010d7a682e84127be2b4ee896c0	\N	decided	2026-12-06 18:47:59+00	2026-12-06 19:35:05.206699+00	2026-12-06 19:35:05.206699+00	6941791b-27d8-44ab-b8df-07c5d474addc	0	1796511495.005074	2026-12-09 18:47:59+00	5	STATEMENT_CATEGORY_CYBER_VIOLENCE	4.5888	f	2	2	0	{"reach": 4.5888, "counted": true, "trusted": false, "critical": false, "severity": 5, "reach_basis": "public audience of 3,879", "severity_basis": "STATEMENT_CATEGORY_CYBER_VIOLENCE", "distinct_sources": 2}	\N	\N	t
8f23a850-8604-4938-a6fd-5991e7ac5ff2	post	demo-post-20261206-00084	03880198a4b2e84909c3f0126f89cda2e585dc8e86096bee53e085970e6c7d58	\N	decided	2026-12-06 20:20:16+00	2026-12-06 21:55:09.225933+00	2026-12-06 21:55:09.225933+00	5cc5d1fd-4b38-45ac-baa3-570a760612e3	2	-1998203409213.702	2026-12-09 20:20:16+00	10	STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY	1.9542	f	0	0	1	{"reach": 1.9542, "counted": true, "trusted": false, "critical": true, "severity": 10, "reach_basis": "public audience of 8", "severity_basis": "KEYWORD_TERRORIST_CONTENT", "distinct_sources": 0}	\N	\N	f
8b2a24cb-7bc9-4616-80a6-d672ab55d455	post	demo-post-20261206-00061	0b5c772c0f28ed41d635ad1111012001e8cedd9ee421232a59a306b1ffd2485a	\N	decided	2026-12-06 19:01:55+00	2026-12-06 22:08:30.508451+00	2026-12-06 22:08:30.508451+00	c9d52458-bd4f-40d5-8e5f-d58de7727e20	0	1796563060.6607955	2026-12-09 19:01:55+00	6	STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH	4.2516	f	1	1	0	{"reach": 4.2516, "counted": true, "trusted": false, "critical": false, "severity": 6, "reach_basis": "public audience of 1,784", "severity_basis": "KEYWORD_HATE_SPEECH", "distinct_sources": 1}	\N	\N	t
d2ed75cf-b3ef-4105-9260-b0e0735f505e	post	demo-post-20261206-00073	868ded19a00ae8444b5e988970a4e20856ca84e1e7b07214eddc9df2c0ccb1ea	\N	decided	2026-12-06 21:38:08+00	2026-12-06 22:36:10.377404+00	2026-12-06 22:36:10.377404+00	a0bf582c-cacc-4aed-9dd8-e93ef58496f2	0	1796504312.0533266	2026-12-09 21:38:08+00	6	STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH	4.6767	f	2	2	0	{"reach": 4.6767, "counted": true, "trusted": false, "critical": false, "severity": 6, "reach_basis": "public audience of 4,749", "severity_basis": "KEYWORD_HATE_SPEECH", "distinct_sources": 2}	\N	\N	t
\.


--
-- Data for Name: channels; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.channels (id, kind, title, owner_id, subscribers, public, verified, source_version, first_seen_at, demo) FROM stdin;
demo-chan-0000	channel	City News #0	demo-acc-00020	8	t	f	2026-01-01 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-chan-0001	group	Football Fans #1	demo-acc-00003	267681	t	f	2026-01-01 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-chan-0002	group	Cooking Together #2	demo-acc-00013	4749	t	f	2026-01-01 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-chan-0003	channel	Tech Deals #3	demo-acc-00011	3879	t	f	2026-01-01 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-chan-0004	channel	Crypto Signals #4	demo-acc-00028	1784	t	f	2026-01-01 00:00:00+00	2026-12-08 00:27:47.293511+00	t
demo-chan-0005	channel	Local Politics #5	demo-acc-00026	4874	t	f	2026-01-01 00:00:00+00	2026-12-08 00:27:47.293511+00	t
\.


--
-- Data for Name: console_sessions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.console_sessions (id, token_sha256, csrf_token, user_id, created_at, expires_at, closed_at) FROM stdin;
\.


--
-- Data for Name: decision_actions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.decision_actions (id, decision_id, "position", kind, target_kind, target_id, affected_account_id, countries, until, label_text, ground_kind, ground_reference, ground_explanation, status, reversed_at) FROM stdin;
24660428-1e61-46d3-a09f-ef7e05b66b5a	ea7c5142-2677-4faa-9980-e6841e26a773	0	remove_post	post	demo-post-20261206-00060	demo-acc-00027	[]	\N	\N	terms_of_service	ToS 4.2 (fraud and scams)	The item falls under the cited provision on the facts reported.	active	\N
be727186-df3a-4dac-93ab-962d3c2c8d60	095236cb-91bc-43f6-8a03-9d782fe8a451	0	remove_post	post	demo-post-20261206-00088	demo-acc-00008	[]	\N	\N	terms_of_service	ToS 4.2 (spam, fraud and scams)	The item falls under the cited provision on the facts reported.	active	\N
da00771a-828a-47f0-9e76-5ff6b03a8f50	ae30064c-276e-49fc-91f8-44a612ab72b6	0	restrict_post	post	demo-post-20261206-00079	demo-acc-00015	["DE"]	\N	\N	illegal_content	§ 130 StGB / national incitement-to-hatred law	The item falls under the cited provision on the facts reported.	active	\N
abf5fc6f-adca-4c8b-9e6b-f25a9fb279e7	dfe14d66-4116-4895-9b06-cb0904797862	0	remove_post	post	demo-post-20261206-00080	demo-acc-00027	[]	\N	\N	illegal_content	Regulation (EU) 2021/784 (TCO); ToS 2.1	The item falls under the cited provision on the facts reported.	active	\N
3a12f2f7-7c32-4506-a79a-8bc5dc612965	bc140e56-e508-422d-bad1-46cf929b7529	1	suspend_account	account	demo-acc-00022	demo-acc-00022	[]	2027-01-05 13:37:20+00	\N	terms_of_service	ToS 4.2 (spam, fraud and scams)	The item falls under the cited provision on the facts reported.	active	\N
c4868d60-d887-412d-bec5-40411febb85e	bc140e56-e508-422d-bad1-46cf929b7529	0	remove_post	post	demo-post-20261206-00083	demo-acc-00022	[]	\N	\N	terms_of_service	ToS 4.2 (spam, fraud and scams)	The item falls under the cited provision on the facts reported.	active	\N
8d41d8e9-6389-4ad7-9a94-87f9178496f5	9b7c22eb-94e7-4459-b11c-f4f9ff059193	0	remove_post	post	demo-post-20261206-00072	demo-acc-00023	[]	\N	\N	illegal_content	§ 130 StGB / national incitement-to-hatred law	The item falls under the cited provision on the facts reported.	reversed	2026-12-06 13:41:11.853208+00
984494f9-b356-468b-bebe-dfd5b54e3a64	8a73f145-3282-4118-b172-a638701521f4	0	remove_post	post	demo-post-20261206-00087	demo-acc-00030	[]	\N	\N	terms_of_service	ToS 4.2 (spam, fraud and scams)	The item falls under the cited provision on the facts reported.	active	\N
a021a128-b013-467f-b932-cd93e89695d4	3491bc4d-cdd6-490a-8672-562d665d32a8	0	remove_post	post	demo-post-20261206-00086	demo-acc-00026	[]	\N	\N	terms_of_service	ToS 4.2 (spam, fraud and scams)	The item falls under the cited provision on the facts reported.	active	\N
881cf716-f700-4995-80e3-dbee944d8f84	f6542b79-348e-4c92-ac03-ff2ae47db41d	0	remove_post	post	demo-post-20261206-00081	demo-acc-00038	[]	\N	\N	terms_of_service	ToS 4.2 (spam, fraud and scams)	The item falls under the cited provision on the facts reported.	active	\N
eb2521e7-dc77-4ea5-964c-11243d78b1c2	c55360a4-67b4-450b-ac16-6455b457b13b	0	restrict_post	post	demo-post-20261206-00074	demo-acc-00015	["DE"]	\N	\N	illegal_content	§ 130 StGB / national incitement-to-hatred law	The item falls under the cited provision on the facts reported.	active	\N
abf8da18-a00c-450d-ae80-1d6d1ea268d5	3e5cf954-c5f7-44e4-92ad-694a75f49a43	0	remove_post	post	demo-post-20261206-00065	demo-acc-00001	[]	\N	\N	terms_of_service	ToS 3.1 (harassment)	The item falls under the cited provision on the facts reported.	active	\N
00c4ed05-33c5-4a1f-838e-fef4578055f2	1e3582d7-10ac-41b2-9256-7b96e03f6345	0	remove_post	post	demo-post-20261206-00085	demo-acc-00016	[]	\N	\N	terms_of_service	ToS 4.2 (spam, fraud and scams)	The item falls under the cited provision on the facts reported.	active	\N
e8fd255c-c4e1-402e-9dbb-eb949623be49	25254d1e-1e3f-41a9-8bfc-2585cab99523	0	remove_post	post	demo-post-20261206-00082	demo-acc-00033	[]	\N	\N	terms_of_service	ToS 4.2 (spam, fraud and scams)	The item falls under the cited provision on the facts reported.	active	\N
bf265d7a-df5a-4c49-b284-f81ce3ce1bba	325891a2-4298-400f-a7b8-c32170565840	0	remove_post	post	demo-post-20261206-00071	demo-acc-00022	[]	\N	\N	terms_of_service	ToS 3.1 (harassment)	The item falls under the cited provision on the facts reported.	active	\N
53142a83-be4d-4646-a4da-a8835f4f6d90	6941791b-27d8-44ab-b8df-07c5d474addc	0	remove_post	post	demo-post-20261206-00062	demo-acc-00010	[]	\N	\N	terms_of_service	ToS 3.1 (harassment)	The item falls under the cited provision on the facts reported.	active	\N
b2ea291c-155e-45ad-b188-6d3a08ed5930	5cc5d1fd-4b38-45ac-baa3-570a760612e3	0	remove_post	post	demo-post-20261206-00084	demo-acc-00035	[]	\N	\N	illegal_content	Regulation (EU) 2021/784 (TCO); ToS 2.1	The item falls under the cited provision on the facts reported.	active	\N
0e0ddb2e-3dcc-4ee3-8fc5-d719c3060874	c9d52458-bd4f-40d5-8e5f-d58de7727e20	0	remove_post	post	demo-post-20261206-00061	demo-acc-00029	[]	\N	\N	illegal_content	§ 130 StGB / national incitement-to-hatred law	The item falls under the cited provision on the facts reported.	active	\N
7ca5e2de-cb05-49dd-96b4-e903c57ae856	a0bf582c-cacc-4aed-9dd8-e93ef58496f2	0	restrict_post	post	demo-post-20261206-00073	demo-acc-00011	["DE"]	\N	\N	illegal_content	§ 130 StGB / national incitement-to-hatred law	The item falls under the cited provision on the facts reported.	active	\N
\.


--
-- Data for Name: decisions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.decisions (id, case_id, status, outcome, category, category_specification, explanation, automated_decision, decided_by, decided_at, requires_approval, approval_reasons, approved_by, approved_at, rejected_by, rejected_at, rejection_reason, effective_at, reversed_at, evidence, evidence_sha256) FROM stdin;
8a51f548-f54e-4b07-9333-487f546bb1ef	f5687c8b-869d-45c3-9325-1a9e6b04ab6b	effective	no_action	STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH	["KEYWORD_HATE_SPEECH"]	Reviewed: neither illegal nor against the terms in its context.	AUTOMATED_DECISION_NOT_AUTOMATED	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	2026-12-06 01:47:46.673729+00	f	[]	\N	\N	\N	\N	\N	2026-12-06 01:47:46.673729+00	\N	{"case": {"id": "f5687c8b-869d-45c3-9325-1a9e6b04ab6b", "due_at": "2026-12-07T00:49:14+00:00", "item_id": "demo-post-20261206-00077", "priority": {"reach": 4.6767, "counted": true, "trusted": true, "critical": false, "severity": 6, "reach_basis": "public audience of 4,749", "severity_basis": "KEYWORD_HATE_SPEECH", "distinct_sources": 2}, "item_kind": "post", "opened_at": "2026-12-06T00:49:14+00:00", "notice_count": 2, "signal_count": 0}, "item": {"id": "demo-post-20261206-00077", "kind": "post", "known": true, "media": [], "author": {"id": "demo-acc-00021", "known": true, "country": "ES", "official": false, "verified": false, "created_at": "2025-04-05T00:00:00+00:00"}, "purged": false, "channel": {"id": "demo-chan-0002", "kind": "group", "known": true, "public": true, "owner_id": "demo-acc-00013", "verified": false, "subscribers": 4749}, "author_id": "demo-acc-00021", "edited_at": null, "posted_at": "2026-12-06T00:00:00+00:00", "channel_id": "demo-chan-0002", "deleted_at": null, "text_sha256": "1edbe17849a9674d56369a3c5f8f46004fd45b5e1d660c60246590985b1ae0fb"}, "labels": [], "history": {"author_id": "demo-acc-00021", "item_decisions": [], "author_decisions_with_action": 0}, "notices": [{"id": "9dc5d6ce-3dac-4af3-a8fe-6a0ee972ca6b", "category": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "handling": "normal", "keywords": ["KEYWORD_HATE_SPEECH"], "flagger_id": "4526c352-fb93-40a3-9de2-0f82542420ff", "body_sha256": "ddb287003f8097b7530d57cf162621ee82792e07a0ccd1bd3d8606a5c267e688", "received_at": "2026-12-06T00:49:14+00:00", "source_type": "SOURCE_TRUSTED_FLAGGER"}, {"id": "aab85321-5985-4f56-af26-0891fb46ff66", "category": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "handling": "normal", "keywords": ["KEYWORD_HATE_SPEECH"], "flagger_id": null, "body_sha256": "2ffb87c240416d1112a1bd349392a867510975b7c1591d52ed4ff254dfdfa98c", "received_at": "2026-12-06T01:16:14+00:00", "source_type": "SOURCE_ARTICLE_16"}], "signals": [], "captured_at": "2026-12-06T01:47:46.673729+00:00"}	8b9011bfc28e62b073510957ab346cbce27b4545dc64bc7e59f0f2c3f0e1596a
ea7c5142-2677-4faa-9980-e6841e26a773	58e95c0b-90ce-46df-82d3-a545d4a47c7d	effective	action	STATEMENT_CATEGORY_SCAMS_AND_FRAUD	["KEYWORD_PHISHING"]	Reviewed against the report and the item's context.	AUTOMATED_DECISION_NOT_AUTOMATED	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	2026-12-06 03:56:59.59272+00	f	[]	\N	\N	\N	\N	\N	2026-12-06 03:56:59.59272+00	\N	{"case": {"id": "58e95c0b-90ce-46df-82d3-a545d4a47c7d", "due_at": "2026-12-09T00:57:01+00:00", "item_id": "demo-post-20261206-00060", "priority": {"reach": 4.688, "counted": true, "trusted": false, "critical": false, "severity": 5, "reach_basis": "public audience of 4,874", "severity_basis": "KEYWORD_PHISHING", "distinct_sources": 2}, "item_kind": "post", "opened_at": "2026-12-06T00:57:01+00:00", "notice_count": 2, "signal_count": 0}, "item": {"id": "demo-post-20261206-00060", "kind": "post", "known": true, "media": [], "author": {"id": "demo-acc-00027", "known": true, "country": "DE", "official": false, "verified": false, "created_at": "2021-04-11T00:00:00+00:00"}, "purged": false, "channel": {"id": "demo-chan-0005", "kind": "channel", "known": true, "public": true, "owner_id": "demo-acc-00026", "verified": false, "subscribers": 4874}, "author_id": "demo-acc-00027", "edited_at": null, "posted_at": "2026-12-06T00:00:00+00:00", "channel_id": "demo-chan-0005", "deleted_at": null, "text_sha256": "1d297bd1ea4ee2c478e6ce695ffd137e7eb8fda2bcbd2e2c97826fd48fe392df"}, "labels": [], "history": {"author_id": "demo-acc-00027", "item_decisions": [], "author_decisions_with_action": 0}, "notices": [{"id": "4770d186-7f78-4a4c-9201-784059a18338", "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "handling": "normal", "keywords": ["KEYWORD_PHISHING"], "flagger_id": null, "body_sha256": "d013529d282532f405d35586f69d090d3c8b5dc457053ac4c4999ee8da2efb56", "received_at": "2026-12-06T00:57:01+00:00", "source_type": "SOURCE_ARTICLE_16"}, {"id": "cecb55f1-7d45-4513-84f9-96b9a2667d3d", "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "handling": "normal", "keywords": ["KEYWORD_PHISHING"], "flagger_id": null, "body_sha256": "8e7fc9c7157d82511146543e89f9787bdd12338146e40782fae1460390b66d8e", "received_at": "2026-12-06T01:22:01+00:00", "source_type": "SOURCE_ARTICLE_16"}], "signals": [], "captured_at": "2026-12-06T03:56:59.592720+00:00"}	d84a8b7a74b79bc8484278036f3f56b4e104255f7ab612ef172aa8e8d609f11d
803e4a29-9b83-4bdd-b3b2-e126e3cb0e77	6bc5355e-c279-4f96-91f7-e02edd1bb72d	effective	no_action	STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY	["KEYWORD_TERRORIST_CONTENT"]	Reviewed: neither illegal nor against the terms in its context.	AUTOMATED_DECISION_NOT_AUTOMATED	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	2026-12-06 06:26:42.284757+00	f	[]	\N	\N	\N	\N	\N	2026-12-06 06:26:42.284757+00	\N	{"case": {"id": "6bc5355e-c279-4f96-91f7-e02edd1bb72d", "due_at": "2026-12-07T06:15:51+00:00", "item_id": "demo-post-20261206-00063", "priority": {"reach": 4.2516, "counted": true, "trusted": false, "critical": true, "severity": 10, "reach_basis": "public audience of 1,784", "severity_basis": "KEYWORD_TERRORIST_CONTENT", "distinct_sources": 1}, "item_kind": "post", "opened_at": "2026-12-06T06:15:51+00:00", "notice_count": 1, "signal_count": 0}, "item": {"id": "demo-post-20261206-00063", "kind": "post", "known": true, "media": [], "author": {"id": "demo-acc-00014", "known": true, "country": "BR", "official": false, "verified": false, "created_at": "2021-04-08T00:00:00+00:00"}, "purged": false, "channel": {"id": "demo-chan-0004", "kind": "channel", "known": true, "public": true, "owner_id": "demo-acc-00028", "verified": false, "subscribers": 1784}, "author_id": "demo-acc-00014", "edited_at": null, "posted_at": "2026-12-06T04:22:35+00:00", "channel_id": "demo-chan-0004", "deleted_at": null, "text_sha256": "891f78cc3ca395f419c378449fe1e29d2c2853582f3ed6da54bad994b16d1121"}, "labels": [], "history": {"author_id": "demo-acc-00014", "item_decisions": [], "author_decisions_with_action": 0}, "notices": [{"id": "c947d04c-35df-4ebf-bd4f-4bec2530de0b", "category": "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY", "handling": "normal", "keywords": ["KEYWORD_TERRORIST_CONTENT"], "flagger_id": null, "body_sha256": "0f16d7081c2c743cb6c30954a6b1abce305efadbfcb6b94cf32f2a94032ea992", "received_at": "2026-12-06T06:15:51+00:00", "source_type": "SOURCE_ARTICLE_16"}], "signals": [], "captured_at": "2026-12-06T06:26:42.284757+00:00"}	269ef8900ce6245f60b298317c70fec66c619067179cce7f79d338b0605faed7
095236cb-91bc-43f6-8a03-9d782fe8a451	4794b285-6ac5-4da1-af42-183ebbe44bf3	effective	action	STATEMENT_CATEGORY_SCAMS_AND_FRAUD	["KEYWORD_PYRAMID_SCHEMES"]	Reviewed against the report and the item's context.	AUTOMATED_DECISION_PARTIALLY	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	2026-12-06 11:50:12.014168+00	f	[]	\N	\N	\N	\N	\N	2026-12-06 11:50:12.014168+00	\N	{"case": {"id": "4794b285-6ac5-4da1-af42-183ebbe44bf3", "due_at": "2026-12-09T11:09:14+00:00", "item_id": "demo-post-20261206-00088", "priority": {"reach": 1.9542, "counted": true, "trusted": false, "critical": false, "severity": 4, "reach_basis": "public audience of 8", "severity_basis": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "distinct_sources": 0}, "item_kind": "post", "opened_at": "2026-12-06T11:09:14+00:00", "notice_count": 0, "signal_count": 1}, "item": {"id": "demo-post-20261206-00088", "kind": "post", "known": true, "media": [], "author": {"id": "demo-acc-00008", "known": true, "country": "DE", "official": false, "verified": false, "created_at": "2023-09-10T00:00:00+00:00"}, "purged": false, "channel": {"id": "demo-chan-0000", "kind": "channel", "known": true, "public": true, "owner_id": "demo-acc-00020", "verified": false, "subscribers": 8}, "author_id": "demo-acc-00008", "edited_at": null, "posted_at": "2026-12-06T11:00:41+00:00", "channel_id": "demo-chan-0000", "deleted_at": null, "text_sha256": "d1175d252063b1c163313ea3d3d98326f612294224539ab1735183830cc978a2"}, "labels": [], "history": {"author_id": "demo-acc-00008", "item_decisions": [], "author_decisions_with_action": 0}, "notices": [], "signals": [{"id": "71ae9241-f258-4d85-8ea5-8b12493388f5", "score": 0.913, "source": "detection:keywords", "details": {"rule": "keywords-demo-rule"}, "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "automated": true}], "captured_at": "2026-12-06T11:50:12.014168+00:00"}	e0341c6b9ad4ab0182815fafa162b5a3a720301f53d0f4775a42eed15e9b862e
ae30064c-276e-49fc-91f8-44a612ab72b6	5b294ebe-e983-428f-a6da-9be1f0b5de8f	effective	action	STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH	["KEYWORD_HATE_SPEECH"]	Reviewed against the report and the item's context.	AUTOMATED_DECISION_NOT_AUTOMATED	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	2026-12-06 12:21:03.111132+00	f	[]	\N	\N	\N	\N	\N	2026-12-06 12:21:03.111132+00	\N	{"case": {"id": "5b294ebe-e983-428f-a6da-9be1f0b5de8f", "due_at": "2026-12-07T11:36:46+00:00", "item_id": "demo-post-20261206-00079", "priority": {"reach": 6.4276, "counted": true, "trusted": true, "critical": false, "severity": 6, "reach_basis": "public audience of 267,681", "severity_basis": "KEYWORD_HATE_SPEECH", "distinct_sources": 1}, "item_kind": "post", "opened_at": "2026-12-06T11:36:46+00:00", "notice_count": 1, "signal_count": 0}, "item": {"id": "demo-post-20261206-00079", "kind": "post", "known": true, "media": [], "author": {"id": "demo-acc-00015", "known": true, "country": "ID", "official": false, "verified": false, "created_at": "2021-06-28T00:00:00+00:00"}, "purged": false, "channel": {"id": "demo-chan-0001", "kind": "group", "known": true, "public": true, "owner_id": "demo-acc-00003", "verified": false, "subscribers": 267681}, "author_id": "demo-acc-00015", "edited_at": null, "posted_at": "2026-12-06T08:56:42+00:00", "channel_id": "demo-chan-0001", "deleted_at": null, "text_sha256": "1edbe17849a9674d56369a3c5f8f46004fd45b5e1d660c60246590985b1ae0fb"}, "labels": [], "history": {"author_id": "demo-acc-00015", "item_decisions": [], "author_decisions_with_action": 0}, "notices": [{"id": "477b52bd-5fff-4500-8057-167595c8a24e", "category": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "handling": "normal", "keywords": ["KEYWORD_HATE_SPEECH"], "flagger_id": "4526c352-fb93-40a3-9de2-0f82542420ff", "body_sha256": "bb8a3169d7dd5d304db089844d9d363ffe7cdeb542afd8b5c1c9c73136a0d708", "received_at": "2026-12-06T11:36:46+00:00", "source_type": "SOURCE_TRUSTED_FLAGGER"}], "signals": [], "captured_at": "2026-12-06T12:21:03.111132+00:00"}	d40c899b2edf6e86739f279bb5117628547307125038f0cb7c8d4bef15d194de
47bfeeed-0106-4352-9608-8575c4620312	f40f69d2-71ce-4998-8731-f490def61293	effective	no_action	STATEMENT_CATEGORY_CYBER_VIOLENCE	["KEYWORD_CYBER_HARASSMENT"]	Reviewed: neither illegal nor against the terms in its context.	AUTOMATED_DECISION_NOT_AUTOMATED	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	2026-12-06 12:45:48.726158+00	f	[]	\N	\N	\N	\N	\N	2026-12-06 12:45:48.726158+00	\N	{"case": {"id": "f40f69d2-71ce-4998-8731-f490def61293", "due_at": "2026-12-07T12:02:17+00:00", "item_id": "demo-post-20261206-00078", "priority": {"reach": 4.6767, "counted": true, "trusted": true, "critical": false, "severity": 5, "reach_basis": "public audience of 4,749", "severity_basis": "STATEMENT_CATEGORY_CYBER_VIOLENCE", "distinct_sources": 2}, "item_kind": "post", "opened_at": "2026-12-06T12:02:17+00:00", "notice_count": 2, "signal_count": 0}, "item": {"id": "demo-post-20261206-00078", "kind": "post", "known": true, "media": [], "author": {"id": "demo-acc-00010", "known": true, "country": "AT", "official": false, "verified": false, "created_at": "2024-03-02T00:00:00+00:00"}, "purged": false, "channel": {"id": "demo-chan-0002", "kind": "group", "known": true, "public": true, "owner_id": "demo-acc-00013", "verified": false, "subscribers": 4749}, "author_id": "demo-acc-00010", "edited_at": null, "posted_at": "2026-12-06T07:28:19+00:00", "channel_id": "demo-chan-0002", "deleted_at": null, "text_sha256": "791596b20cfeb6fbf78b8f6fa6417fa1a09d58fe38f5c13ef39d7341cd9033e1"}, "labels": [], "history": {"author_id": "demo-acc-00010", "item_decisions": [], "author_decisions_with_action": 0}, "notices": [{"id": "ca84f1d4-06f9-4bb7-ae51-86325f5285c9", "category": "STATEMENT_CATEGORY_CYBER_VIOLENCE", "handling": "normal", "keywords": ["KEYWORD_CYBER_HARASSMENT"], "flagger_id": "e8938b18-4cb9-4d76-885c-d8edd713ae21", "body_sha256": "d24566a027987f3caaef7b5c63226f46921b4b5f48bd71118b5773eacf8a8dce", "received_at": "2026-12-06T12:02:17+00:00", "source_type": "SOURCE_TRUSTED_FLAGGER"}, {"id": "0924263b-d6fc-4923-845d-aac28a2ad70d", "category": "STATEMENT_CATEGORY_CYBER_VIOLENCE", "handling": "normal", "keywords": ["KEYWORD_CYBER_HARASSMENT"], "flagger_id": null, "body_sha256": "44d167918bdb33b73a0c3348b24f87d837291ea5f735b511f34eb64cd274bf30", "received_at": "2026-12-06T12:28:17+00:00", "source_type": "SOURCE_ARTICLE_16"}], "signals": [], "captured_at": "2026-12-06T12:45:48.726158+00:00"}	604e4d6adcf089e3c4fbb67a1c38f528ffbec7de848a53fbb3f1c57dfcddbaa5
dfe14d66-4116-4895-9b06-cb0904797862	17fcf5db-99ae-4d2a-8b00-c2528b9b2f8a	effective	action	STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY	["KEYWORD_TERRORIST_CONTENT"]	Reviewed against the report and the item's context.	AUTOMATED_DECISION_FULLY	system:demo-detection	2026-12-06 13:18:08+00	f	[]	\N	\N	\N	\N	\N	2026-12-06 13:18:08+00	\N	{"case": {"id": "17fcf5db-99ae-4d2a-8b00-c2528b9b2f8a", "due_at": "2026-12-09T13:17:38+00:00", "item_id": "demo-post-20261206-00080", "priority": {"reach": 4.6767, "counted": true, "trusted": false, "critical": true, "severity": 10, "reach_basis": "public audience of 4,749", "severity_basis": "KEYWORD_TERRORIST_CONTENT", "distinct_sources": 0}, "item_kind": "post", "opened_at": "2026-12-06T13:17:38+00:00", "notice_count": 0, "signal_count": 1}, "item": {"id": "demo-post-20261206-00080", "kind": "post", "known": true, "media": [], "author": {"id": "demo-acc-00027", "known": true, "country": "DE", "official": false, "verified": false, "created_at": "2021-04-11T00:00:00+00:00"}, "purged": false, "channel": {"id": "demo-chan-0002", "kind": "group", "known": true, "public": true, "owner_id": "demo-acc-00013", "verified": false, "subscribers": 4749}, "author_id": "demo-acc-00027", "edited_at": null, "posted_at": "2026-12-06T12:07:00+00:00", "channel_id": "demo-chan-0002", "deleted_at": null, "text_sha256": "ba9b6f494507927cffa2e15378009c85d58c303d134685ded93a825315aa0634"}, "labels": [], "history": {"author_id": "demo-acc-00027", "item_decisions": [], "author_decisions_with_action": 1}, "notices": [], "signals": [{"id": "58712e2f-9a4d-451e-8625-97ad23234825", "score": 0.901, "source": "detection:pdq", "details": {"rule": "pdq-demo-rule"}, "category": "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY", "automated": true}], "captured_at": "2026-12-06T13:18:08+00:00"}	462a011f53b0e5ba2fecb710f0c1322aa72903ea3ccefd96e8b8572ae24969b9
bc140e56-e508-422d-bad1-46cf929b7529	69efc143-c25a-44e2-a091-dfbb08e153dd	effective	action	STATEMENT_CATEGORY_SCAMS_AND_FRAUD	["KEYWORD_PHISHING"]	Reviewed against the report and the item's context.	AUTOMATED_DECISION_FULLY	system:demo-detection	2026-12-06 13:37:23+00	f	[]	\N	\N	\N	\N	\N	2026-12-06 13:37:23+00	\N	{"case": {"id": "69efc143-c25a-44e2-a091-dfbb08e153dd", "due_at": "2026-12-09T13:36:23+00:00", "item_id": "demo-post-20261206-00083", "priority": {"reach": 4.5888, "counted": true, "trusted": false, "critical": false, "severity": 5, "reach_basis": "public audience of 3,879", "severity_basis": "KEYWORD_PHISHING", "distinct_sources": 0}, "item_kind": "post", "opened_at": "2026-12-06T13:36:23+00:00", "notice_count": 0, "signal_count": 1}, "item": {"id": "demo-post-20261206-00083", "kind": "post", "known": true, "media": [], "author": {"id": "demo-acc-00022", "known": true, "country": "FR", "official": false, "verified": false, "created_at": "2025-08-19T00:00:00+00:00"}, "purged": false, "channel": {"id": "demo-chan-0003", "kind": "channel", "known": true, "public": true, "owner_id": "demo-acc-00011", "verified": false, "subscribers": 3879}, "author_id": "demo-acc-00022", "edited_at": null, "posted_at": "2026-12-06T12:29:25+00:00", "channel_id": "demo-chan-0003", "deleted_at": null, "text_sha256": "4db9cab64a35b48d5270f7ce979c3c88880bdf03437e8abb09abc83ea1012788"}, "labels": [], "history": {"author_id": "demo-acc-00022", "item_decisions": [], "author_decisions_with_action": 0}, "notices": [], "signals": [{"id": "b8d290a3-5d78-486a-9ea5-e27f73ecb7e5", "score": 0.931, "source": "detection:url-bank", "details": {"rule": "url-bank-demo-rule"}, "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "automated": true}], "captured_at": "2026-12-06T13:37:23+00:00"}	cc9243c747253c14d8bf0221e939ea4aed194f680eb7dc9d3b7bd12b4adb7688
9b7c22eb-94e7-4459-b11c-f4f9ff059193	889c34fb-d045-4d0d-963f-457df55bb75a	reversed	action	STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH	["KEYWORD_HATE_SPEECH"]	Reviewed against the report and the item's context.	AUTOMATED_DECISION_NOT_AUTOMATED	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	2026-12-06 06:08:55.306253+00	f	[]	\N	\N	\N	\N	\N	2026-12-06 06:08:55.306253+00	2026-12-06 13:41:11.853208+00	{"case": {"id": "889c34fb-d045-4d0d-963f-457df55bb75a", "due_at": "2026-12-09T02:45:40+00:00", "item_id": "demo-post-20261206-00072", "priority": {"reach": 6.4276, "counted": true, "trusted": false, "critical": false, "severity": 6, "reach_basis": "public audience of 267,681", "severity_basis": "KEYWORD_HATE_SPEECH", "distinct_sources": 2}, "item_kind": "post", "opened_at": "2026-12-06T02:45:40+00:00", "notice_count": 2, "signal_count": 0}, "item": {"id": "demo-post-20261206-00072", "kind": "post", "known": true, "media": [], "author": {"id": "demo-acc-00023", "known": true, "country": "FR", "official": false, "verified": false, "created_at": "2020-12-15T00:00:00+00:00"}, "purged": false, "channel": {"id": "demo-chan-0001", "kind": "group", "known": true, "public": true, "owner_id": "demo-acc-00003", "verified": false, "subscribers": 267681}, "author_id": "demo-acc-00023", "edited_at": null, "posted_at": "2026-12-06T02:11:53+00:00", "channel_id": "demo-chan-0001", "deleted_at": null, "text_sha256": "1edbe17849a9674d56369a3c5f8f46004fd45b5e1d660c60246590985b1ae0fb"}, "labels": [], "history": {"author_id": "demo-acc-00023", "item_decisions": [], "author_decisions_with_action": 0}, "notices": [{"id": "962e9b7e-041c-4830-a362-6dbe59ab03cd", "category": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "handling": "normal", "keywords": ["KEYWORD_HATE_SPEECH"], "flagger_id": null, "body_sha256": "aae629e1bfcaa794d374ed94946d36e91af21d926c51b5054ec8bd389d3bd60a", "received_at": "2026-12-06T02:45:40+00:00", "source_type": "SOURCE_ARTICLE_16"}, {"id": "bfeea01e-2452-4023-9c4e-47e6cd3519ef", "category": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "handling": "normal", "keywords": ["KEYWORD_HATE_SPEECH"], "flagger_id": null, "body_sha256": "acdcac408a915714e5ae4e53805a64185dbe9f74f045f728748f7fa087eedc89", "received_at": "2026-12-06T02:59:40+00:00", "source_type": "SOURCE_ARTICLE_16"}], "signals": [], "captured_at": "2026-12-06T06:08:55.306253+00:00"}	074c64efc372da58c026491ebbc442563a7c8e5de600f699d3cd6540ff997048
8a73f145-3282-4118-b172-a638701521f4	6fe544ff-6434-4acf-971b-ca98e9799133	effective	action	STATEMENT_CATEGORY_OTHER_VIOLATION_TC	[]	Reviewed against the report and the item's context.	AUTOMATED_DECISION_PARTIALLY	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	2026-12-06 13:42:52.462564+00	f	[]	\N	\N	\N	\N	\N	2026-12-06 13:42:52.462564+00	\N	{"case": {"id": "6fe544ff-6434-4acf-971b-ca98e9799133", "due_at": "2026-12-09T12:39:23+00:00", "item_id": "demo-post-20261206-00087", "priority": {"reach": 4.6767, "counted": true, "trusted": false, "critical": false, "severity": 1, "reach_basis": "public audience of 4,749", "severity_basis": "STATEMENT_CATEGORY_OTHER_VIOLATION_TC", "distinct_sources": 0}, "item_kind": "post", "opened_at": "2026-12-06T12:39:23+00:00", "notice_count": 0, "signal_count": 1}, "item": {"id": "demo-post-20261206-00087", "kind": "post", "known": true, "media": [], "author": {"id": "demo-acc-00030", "known": true, "country": "BR", "official": false, "verified": false, "created_at": "2025-01-05T00:00:00+00:00"}, "purged": false, "channel": {"id": "demo-chan-0002", "kind": "group", "known": true, "public": true, "owner_id": "demo-acc-00013", "verified": false, "subscribers": 4749}, "author_id": "demo-acc-00030", "edited_at": null, "posted_at": "2026-12-06T10:47:50+00:00", "channel_id": "demo-chan-0002", "deleted_at": null, "text_sha256": "221984bfc83dc390aec5cfe54859ca201f77afb1e5043f4e85747813c0c1dfd0"}, "labels": [], "history": {"author_id": "demo-acc-00030", "item_decisions": [], "author_decisions_with_action": 0}, "notices": [], "signals": [{"id": "c984f274-cfb6-43fa-8c81-646dbc91e811", "score": 0.889, "source": "detection:regex", "details": {"rule": "regex-demo-rule"}, "category": "STATEMENT_CATEGORY_OTHER_VIOLATION_TC", "automated": true}], "captured_at": "2026-12-06T13:42:52.462564+00:00"}	dff9fcbfbf78b56574355e34e120e251d75586a19a53d717fa91257e96044a40
3491bc4d-cdd6-490a-8672-562d665d32a8	b90d9ed6-6356-41e0-89c3-c4660884bd59	effective	action	STATEMENT_CATEGORY_OTHER_VIOLATION_TC	[]	Reviewed against the report and the item's context.	AUTOMATED_DECISION_PARTIALLY	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	2026-12-06 14:20:02.971405+00	f	[]	\N	\N	\N	\N	\N	2026-12-06 14:20:02.971405+00	\N	{"case": {"id": "b90d9ed6-6356-41e0-89c3-c4660884bd59", "due_at": "2026-12-09T14:08:54+00:00", "item_id": "demo-post-20261206-00086", "priority": {"reach": 6.4276, "counted": true, "trusted": false, "critical": false, "severity": 1, "reach_basis": "public audience of 267,681", "severity_basis": "STATEMENT_CATEGORY_OTHER_VIOLATION_TC", "distinct_sources": 0}, "item_kind": "post", "opened_at": "2026-12-06T14:08:54+00:00", "notice_count": 0, "signal_count": 1}, "item": {"id": "demo-post-20261206-00086", "kind": "post", "known": true, "media": [], "author": {"id": "demo-acc-00026", "known": true, "country": "US", "official": false, "verified": false, "created_at": "2021-01-25T00:00:00+00:00"}, "purged": false, "channel": {"id": "demo-chan-0001", "kind": "group", "known": true, "public": true, "owner_id": "demo-acc-00003", "verified": false, "subscribers": 267681}, "author_id": "demo-acc-00026", "edited_at": null, "posted_at": "2026-12-06T13:58:05+00:00", "channel_id": "demo-chan-0001", "deleted_at": null, "text_sha256": "221984bfc83dc390aec5cfe54859ca201f77afb1e5043f4e85747813c0c1dfd0"}, "labels": [], "history": {"author_id": "demo-acc-00026", "item_decisions": [], "author_decisions_with_action": 0}, "notices": [], "signals": [{"id": "f7d82aa2-0889-4e63-bfa5-35a72334204e", "score": 0.955, "source": "detection:regex", "details": {"rule": "regex-demo-rule"}, "category": "STATEMENT_CATEGORY_OTHER_VIOLATION_TC", "automated": true}], "captured_at": "2026-12-06T14:20:02.971405+00:00"}	a3c8b8386db425ca55589cc4740dda4cc5f8a5ca5f3644c6eb433d50848ee9bd
d4c72d99-1420-4418-a599-e87f0917b476	9a2aa732-cab4-4d81-b7ad-b44ae4d00826	effective	no_action	STATEMENT_CATEGORY_SCAMS_AND_FRAUD	["KEYWORD_PHISHING"]	Reviewed: neither illegal nor against the terms in its context.	AUTOMATED_DECISION_NOT_AUTOMATED	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	2026-12-06 14:22:13.205726+00	f	[]	\N	\N	\N	\N	\N	2026-12-06 14:22:13.205726+00	\N	{"case": {"id": "9a2aa732-cab4-4d81-b7ad-b44ae4d00826", "due_at": "2026-12-09T13:32:13+00:00", "item_id": "demo-post-20261206-00069", "priority": {"reach": 1.9542, "counted": true, "trusted": false, "critical": false, "severity": 5, "reach_basis": "public audience of 8", "severity_basis": "KEYWORD_PHISHING", "distinct_sources": 5}, "item_kind": "post", "opened_at": "2026-12-06T13:32:13+00:00", "notice_count": 5, "signal_count": 0}, "item": {"id": "demo-post-20261206-00069", "kind": "post", "known": true, "media": [], "author": {"id": "demo-acc-00039", "known": true, "country": "DE", "official": false, "verified": false, "created_at": "2022-06-17T00:00:00+00:00"}, "purged": false, "channel": {"id": "demo-chan-0000", "kind": "channel", "known": true, "public": true, "owner_id": "demo-acc-00020", "verified": false, "subscribers": 8}, "author_id": "demo-acc-00039", "edited_at": null, "posted_at": "2026-12-06T12:55:06+00:00", "channel_id": "demo-chan-0000", "deleted_at": null, "text_sha256": "a9cf1d55a759e123596e36ab1235f25912d898f617e6b44588f2d8dc8b64bc1d"}, "labels": [], "history": {"author_id": "demo-acc-00039", "item_decisions": [], "author_decisions_with_action": 0}, "notices": [{"id": "16363a61-aeb2-4095-bf40-ace2a4cdce02", "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "handling": "normal", "keywords": ["KEYWORD_PHISHING"], "flagger_id": null, "body_sha256": "6ca5044a84e43b364d83b90bd188d74bafc4781066057b56b53b9a61dcfd861b", "received_at": "2026-12-06T13:32:13+00:00", "source_type": "SOURCE_ARTICLE_16"}, {"id": "a59180b9-8364-4937-8140-1c2712da2d86", "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "handling": "normal", "keywords": ["KEYWORD_PHISHING"], "flagger_id": null, "body_sha256": "cfbdb479c06e7069f7ce6d47cd4a89cb947aba8e243034220569cf3d47f65c22", "received_at": "2026-12-06T13:44:13+00:00", "source_type": "SOURCE_ARTICLE_16"}, {"id": "0f597f5c-5da6-4577-87fa-11d48f5c2838", "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "handling": "normal", "keywords": ["KEYWORD_PHISHING"], "flagger_id": null, "body_sha256": "4b69ef063282ad677c79e28bc28fd518c449834d8965fa053bfd0f9a7955f329", "received_at": "2026-12-06T13:53:13+00:00", "source_type": "SOURCE_ARTICLE_16"}, {"id": "228c4ac1-c5b2-4932-bbef-9f527e4f437f", "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "handling": "normal", "keywords": ["KEYWORD_PHISHING"], "flagger_id": null, "body_sha256": "715d57cc010d0fefe90b4f824f2799387b6263c75c4cd32e948b4a183b559ea1", "received_at": "2026-12-06T14:03:13+00:00", "source_type": "SOURCE_ARTICLE_16"}, {"id": "17727c4f-1d70-4fcb-8b66-42527211371d", "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "handling": "normal", "keywords": ["KEYWORD_PHISHING"], "flagger_id": null, "body_sha256": "e3336562352e5608655ca49aea21eb3f2d1e58f51faa86a06d717d466ce48e64", "received_at": "2026-12-06T14:08:13+00:00", "source_type": "SOURCE_ARTICLE_16"}], "signals": [], "captured_at": "2026-12-06T14:22:13.205726+00:00"}	610ebec7757785ca0c1efbbe062d7e10b7e7ed9bc05da101e7ec9a0966da5e69
f6542b79-348e-4c92-ac03-ff2ae47db41d	bbdb7a9b-8bd9-4124-81c0-57eee2cbd27e	effective	action	STATEMENT_CATEGORY_SCAMS_AND_FRAUD	["KEYWORD_PHISHING"]	Reviewed against the report and the item's context.	AUTOMATED_DECISION_FULLY	system:demo-detection	2026-12-06 14:50:00+00	f	[]	\N	\N	\N	\N	\N	2026-12-06 14:50:00+00	\N	{"case": {"id": "bbdb7a9b-8bd9-4124-81c0-57eee2cbd27e", "due_at": "2026-12-09T14:49:31+00:00", "item_id": "demo-post-20261206-00081", "priority": {"reach": 1.9542, "counted": true, "trusted": false, "critical": false, "severity": 5, "reach_basis": "public audience of 8", "severity_basis": "KEYWORD_PHISHING", "distinct_sources": 0}, "item_kind": "post", "opened_at": "2026-12-06T14:49:31+00:00", "notice_count": 0, "signal_count": 1}, "item": {"id": "demo-post-20261206-00081", "kind": "post", "known": true, "media": [], "author": {"id": "demo-acc-00038", "known": true, "country": "TR", "official": false, "verified": false, "created_at": "2021-06-14T00:00:00+00:00"}, "purged": false, "channel": {"id": "demo-chan-0000", "kind": "channel", "known": true, "public": true, "owner_id": "demo-acc-00020", "verified": false, "subscribers": 8}, "author_id": "demo-acc-00038", "edited_at": null, "posted_at": "2026-12-06T11:55:42+00:00", "channel_id": "demo-chan-0000", "deleted_at": null, "text_sha256": "6631d931758b3ab1b8c13f465ac94903d80ca87b309fab2c2427540518945f39"}, "labels": [], "history": {"author_id": "demo-acc-00038", "item_decisions": [], "author_decisions_with_action": 0}, "notices": [], "signals": [{"id": "58c44f94-496f-4159-9c59-8c343cdf738e", "score": 0.891, "source": "detection:url-bank", "details": {"rule": "url-bank-demo-rule"}, "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "automated": true}], "captured_at": "2026-12-06T14:50:00+00:00"}	d1b4f54bd7beae71b31277d6301937f991fc6640828d473af0096e55abee535c
c55360a4-67b4-450b-ac16-6455b457b13b	c294872f-d67e-4e3f-8261-4ecaa3eec5b2	effective	action	STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH	["KEYWORD_HATE_SPEECH"]	Reviewed against the report and the item's context.	AUTOMATED_DECISION_NOT_AUTOMATED	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	2026-12-06 15:02:33.367779+00	f	[]	\N	\N	\N	\N	\N	2026-12-06 15:02:33.367779+00	\N	{"case": {"id": "c294872f-d67e-4e3f-8261-4ecaa3eec5b2", "due_at": "2026-12-09T13:47:32+00:00", "item_id": "demo-post-20261206-00074", "priority": {"reach": 4.5888, "counted": true, "trusted": false, "critical": false, "severity": 6, "reach_basis": "public audience of 3,879", "severity_basis": "KEYWORD_HATE_SPEECH", "distinct_sources": 1}, "item_kind": "post", "opened_at": "2026-12-06T13:47:32+00:00", "notice_count": 1, "signal_count": 0}, "item": {"id": "demo-post-20261206-00074", "kind": "post", "known": true, "media": [], "author": {"id": "demo-acc-00015", "known": true, "country": "ID", "official": false, "verified": false, "created_at": "2021-06-28T00:00:00+00:00"}, "purged": false, "channel": {"id": "demo-chan-0003", "kind": "channel", "known": true, "public": true, "owner_id": "demo-acc-00011", "verified": false, "subscribers": 3879}, "author_id": "demo-acc-00015", "edited_at": null, "posted_at": "2026-12-06T09:51:51+00:00", "channel_id": "demo-chan-0003", "deleted_at": null, "text_sha256": "1edbe17849a9674d56369a3c5f8f46004fd45b5e1d660c60246590985b1ae0fb"}, "labels": [], "history": {"author_id": "demo-acc-00015", "item_decisions": [], "author_decisions_with_action": 1}, "notices": [{"id": "fce5461e-b450-4d57-b2e1-b039a79cac43", "category": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "handling": "normal", "keywords": ["KEYWORD_HATE_SPEECH"], "flagger_id": null, "body_sha256": "0c62b32597538573a884b5a2a57128131c05ad2024a38d56e4b96dd24c9caef8", "received_at": "2026-12-06T13:47:32+00:00", "source_type": "SOURCE_ARTICLE_16"}], "signals": [], "captured_at": "2026-12-06T15:02:33.367779+00:00"}	e28f4e20cd2ef95c4d740551efe7f1934d7c77219c4c37255738dc8e3de3730e
1cd0efe9-9934-41ea-8347-e226f1d371e2	7a0ea2ab-fde4-437d-bcb3-1beaa04a8b6f	effective	no_action	STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS	["KEYWORD_MISINFORMATION_DISINFORMATION"]	Reviewed: neither illegal nor against the terms in its context.	AUTOMATED_DECISION_NOT_AUTOMATED	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	2026-12-06 16:24:02.487592+00	f	[]	\N	\N	\N	\N	\N	2026-12-06 16:24:02.487592+00	\N	{"case": {"id": "7a0ea2ab-fde4-437d-bcb3-1beaa04a8b6f", "due_at": "2026-12-09T15:40:49+00:00", "item_id": "demo-post-20261206-00070", "priority": {"reach": 6.4276, "counted": true, "trusted": false, "critical": false, "severity": 4, "reach_basis": "public audience of 267,681", "severity_basis": "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS", "distinct_sources": 1}, "item_kind": "post", "opened_at": "2026-12-06T15:40:49+00:00", "notice_count": 1, "signal_count": 0}, "item": {"id": "demo-post-20261206-00070", "kind": "post", "known": true, "media": [], "author": {"id": "demo-acc-00015", "known": true, "country": "ID", "official": false, "verified": false, "created_at": "2021-06-28T00:00:00+00:00"}, "purged": false, "channel": {"id": "demo-chan-0001", "kind": "group", "known": true, "public": true, "owner_id": "demo-acc-00003", "verified": false, "subscribers": 267681}, "author_id": "demo-acc-00015", "edited_at": null, "posted_at": "2026-12-06T08:05:42+00:00", "channel_id": "demo-chan-0001", "deleted_at": null, "text_sha256": "8009be7e2b67fd4c88e082938cb959e27496af822be361b6e5b0058c28c5a1e4"}, "labels": [], "history": {"author_id": "demo-acc-00015", "item_decisions": [], "author_decisions_with_action": 2}, "notices": [{"id": "c9fc03da-472e-43a1-9cf6-6b3a7a6597e2", "category": "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS", "handling": "normal", "keywords": ["KEYWORD_MISINFORMATION_DISINFORMATION"], "flagger_id": null, "body_sha256": "5230125c4d8908d04b616884fdcddb617046eb72222803285856ec998d074277", "received_at": "2026-12-06T15:40:49+00:00", "source_type": "SOURCE_ARTICLE_16"}], "signals": [], "captured_at": "2026-12-06T16:24:02.487592+00:00"}	5c0417158d6ef04272619c0793f37a82fb32dd50d21552c355aaf63d54b96c9d
3e5cf954-c5f7-44e4-92ad-694a75f49a43	a720149f-6231-48dd-a497-e8460e2c34f8	effective	action	STATEMENT_CATEGORY_CYBER_VIOLENCE	["KEYWORD_CYBER_HARASSMENT"]	Reviewed against the report and the item's context.	AUTOMATED_DECISION_NOT_AUTOMATED	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	2026-12-06 16:47:12.355594+00	f	[]	\N	\N	\N	\N	\N	2026-12-06 16:47:12.355594+00	\N	{"case": {"id": "a720149f-6231-48dd-a497-e8460e2c34f8", "due_at": "2026-12-09T00:50:27+00:00", "item_id": "demo-post-20261206-00065", "priority": {"reach": 4.6767, "counted": true, "trusted": false, "critical": false, "severity": 5, "reach_basis": "public audience of 4,749", "severity_basis": "STATEMENT_CATEGORY_CYBER_VIOLENCE", "distinct_sources": 1}, "item_kind": "post", "opened_at": "2026-12-06T00:50:27+00:00", "notice_count": 1, "signal_count": 0}, "item": {"id": "demo-post-20261206-00065", "kind": "post", "known": true, "media": [], "author": {"id": "demo-acc-00001", "known": true, "country": "ID", "official": false, "verified": false, "created_at": "2021-01-09T00:00:00+00:00"}, "purged": false, "channel": {"id": "demo-chan-0002", "kind": "group", "known": true, "public": true, "owner_id": "demo-acc-00013", "verified": false, "subscribers": 4749}, "author_id": "demo-acc-00001", "edited_at": null, "posted_at": "2026-12-06T00:00:00+00:00", "channel_id": "demo-chan-0002", "deleted_at": null, "text_sha256": "791596b20cfeb6fbf78b8f6fa6417fa1a09d58fe38f5c13ef39d7341cd9033e1"}, "labels": [], "history": {"author_id": "demo-acc-00001", "item_decisions": [], "author_decisions_with_action": 0}, "notices": [{"id": "75c4c4be-fb47-4115-9475-146910adceb7", "category": "STATEMENT_CATEGORY_CYBER_VIOLENCE", "handling": "normal", "keywords": ["KEYWORD_CYBER_HARASSMENT"], "flagger_id": null, "body_sha256": "265f2d424d55f3351f319211d08af492e88d8457f7b8a2f72c3ece91cefee6d2", "received_at": "2026-12-06T00:50:27+00:00", "source_type": "SOURCE_ARTICLE_16"}], "signals": [], "captured_at": "2026-12-06T16:47:12.355594+00:00"}	1571ef6dfab86b7ab4d46bb59a162e6fcd48f249b6f3148424c8641151720201
1e3582d7-10ac-41b2-9256-7b96e03f6345	25c8fc78-725b-41a5-a7b4-562daeffed03	effective	action	STATEMENT_CATEGORY_OTHER_VIOLATION_TC	[]	Reviewed against the report and the item's context.	AUTOMATED_DECISION_PARTIALLY	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	2026-12-06 17:03:44.968813+00	f	[]	\N	\N	\N	\N	\N	2026-12-06 17:03:44.968813+00	\N	{"case": {"id": "25c8fc78-725b-41a5-a7b4-562daeffed03", "due_at": "2026-12-09T11:28:17+00:00", "item_id": "demo-post-20261206-00085", "priority": {"reach": 4.5888, "counted": true, "trusted": false, "critical": false, "severity": 1, "reach_basis": "public audience of 3,879", "severity_basis": "STATEMENT_CATEGORY_OTHER_VIOLATION_TC", "distinct_sources": 0}, "item_kind": "post", "opened_at": "2026-12-06T11:28:17+00:00", "notice_count": 0, "signal_count": 1}, "item": {"id": "demo-post-20261206-00085", "kind": "post", "known": true, "media": [], "author": {"id": "demo-acc-00016", "known": true, "country": "RU", "official": false, "verified": false, "created_at": "2021-03-24T00:00:00+00:00"}, "purged": false, "channel": {"id": "demo-chan-0003", "kind": "channel", "known": true, "public": true, "owner_id": "demo-acc-00011", "verified": false, "subscribers": 3879}, "author_id": "demo-acc-00016", "edited_at": null, "posted_at": "2026-12-06T10:28:10+00:00", "channel_id": "demo-chan-0003", "deleted_at": null, "text_sha256": "221984bfc83dc390aec5cfe54859ca201f77afb1e5043f4e85747813c0c1dfd0"}, "labels": [], "history": {"author_id": "demo-acc-00016", "item_decisions": [], "author_decisions_with_action": 0}, "notices": [], "signals": [{"id": "096efe69-b9d7-4a73-baa9-aba1b6c75e3f", "score": 0.94, "source": "detection:regex", "details": {"rule": "regex-demo-rule"}, "category": "STATEMENT_CATEGORY_OTHER_VIOLATION_TC", "automated": true}], "captured_at": "2026-12-06T17:03:44.968813+00:00"}	0e7ef6701c55c041b313f374dea5a1578fc3ff5cb18fc4d213ca21beb54809ec
25254d1e-1e3f-41a9-8bfc-2585cab99523	f81fbe1e-aefc-4c78-9f66-66c6bc17c942	effective	action	STATEMENT_CATEGORY_SCAMS_AND_FRAUD	["KEYWORD_PYRAMID_SCHEMES"]	Reviewed against the report and the item's context.	AUTOMATED_DECISION_PARTIALLY	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	2026-12-06 17:13:48.462844+00	f	[]	\N	\N	\N	\N	\N	2026-12-06 17:13:48.462844+00	\N	{"case": {"id": "f81fbe1e-aefc-4c78-9f66-66c6bc17c942", "due_at": "2026-12-09T15:07:43+00:00", "item_id": "demo-post-20261206-00082", "priority": {"reach": 4.2516, "counted": true, "trusted": false, "critical": false, "severity": 4, "reach_basis": "public audience of 1,784", "severity_basis": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "distinct_sources": 0}, "item_kind": "post", "opened_at": "2026-12-06T15:07:43+00:00", "notice_count": 0, "signal_count": 1}, "item": {"id": "demo-post-20261206-00082", "kind": "post", "known": true, "media": [], "author": {"id": "demo-acc-00033", "known": true, "country": "RU", "official": false, "verified": false, "created_at": "2021-12-17T00:00:00+00:00"}, "purged": false, "channel": {"id": "demo-chan-0004", "kind": "channel", "known": true, "public": true, "owner_id": "demo-acc-00028", "verified": false, "subscribers": 1784}, "author_id": "demo-acc-00033", "edited_at": null, "posted_at": "2026-12-06T13:35:11+00:00", "channel_id": "demo-chan-0004", "deleted_at": null, "text_sha256": "eb94d65fa4c1e6f131d6a8d01a83b433a3d129acb9bac1edc918c2c9833e0240"}, "labels": [], "history": {"author_id": "demo-acc-00033", "item_decisions": [], "author_decisions_with_action": 0}, "notices": [], "signals": [{"id": "0c6813df-64d7-4f1c-8dd3-83573b984c48", "score": 0.93, "source": "detection:keywords", "details": {"rule": "keywords-demo-rule"}, "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "automated": true}], "captured_at": "2026-12-06T17:13:48.462844+00:00"}	a1316a38c3e28f578347a4f30ee05b197d39b3aebe8dd35e2a1181f94357c2a1
86e3847c-be22-4949-81e0-ce9525820da4	8d772512-0b2d-450e-a5f0-46b40d0e5333	effective	no_action	STATEMENT_CATEGORY_CYBER_VIOLENCE	["KEYWORD_CYBER_HARASSMENT"]	Reviewed: neither illegal nor against the terms in its context.	AUTOMATED_DECISION_NOT_AUTOMATED	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	2026-12-06 17:33:16.658944+00	f	[]	\N	\N	\N	\N	\N	2026-12-06 17:33:16.658944+00	\N	{"case": {"id": "8d772512-0b2d-450e-a5f0-46b40d0e5333", "due_at": "2026-12-09T11:22:52+00:00", "item_id": "demo-post-20261206-00066", "priority": {"reach": 4.688, "counted": true, "trusted": false, "critical": false, "severity": 5, "reach_basis": "public audience of 4,874", "severity_basis": "STATEMENT_CATEGORY_CYBER_VIOLENCE", "distinct_sources": 1}, "item_kind": "post", "opened_at": "2026-12-06T11:22:52+00:00", "notice_count": 1, "signal_count": 0}, "item": {"id": "demo-post-20261206-00066", "kind": "post", "known": true, "media": [], "author": {"id": "demo-acc-00015", "known": true, "country": "ID", "official": false, "verified": false, "created_at": "2021-06-28T00:00:00+00:00"}, "purged": false, "channel": {"id": "demo-chan-0005", "kind": "channel", "known": true, "public": true, "owner_id": "demo-acc-00026", "verified": false, "subscribers": 4874}, "author_id": "demo-acc-00015", "edited_at": null, "posted_at": "2026-12-06T11:09:40+00:00", "channel_id": "demo-chan-0005", "deleted_at": null, "text_sha256": "791596b20cfeb6fbf78b8f6fa6417fa1a09d58fe38f5c13ef39d7341cd9033e1"}, "labels": [], "history": {"author_id": "demo-acc-00015", "item_decisions": [], "author_decisions_with_action": 2}, "notices": [{"id": "80a22bf0-a828-4002-ad2a-7d300efba799", "category": "STATEMENT_CATEGORY_CYBER_VIOLENCE", "handling": "normal", "keywords": ["KEYWORD_CYBER_HARASSMENT"], "flagger_id": null, "body_sha256": "1b2c5423eb93ed47d5cbf3c6aa9b74feef7924e4a363201caeea4c9fd101be9c", "received_at": "2026-12-06T11:22:52+00:00", "source_type": "SOURCE_ARTICLE_16"}], "signals": [], "captured_at": "2026-12-06T17:33:16.658944+00:00"}	0d82ae2de3a78793ed176037fd2bfd7642cdc414862f05fd6fd2b2f0a362f30a
325891a2-4298-400f-a7b8-c32170565840	ca1efcfb-b0c4-492e-bfd2-48d3c6f34f09	effective	action	STATEMENT_CATEGORY_CYBER_VIOLENCE	["KEYWORD_CYBER_HARASSMENT"]	Reviewed against the report and the item's context.	AUTOMATED_DECISION_NOT_AUTOMATED	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	2026-12-06 17:51:41.718249+00	f	[]	\N	\N	\N	\N	\N	2026-12-06 17:51:41.718249+00	\N	{"case": {"id": "ca1efcfb-b0c4-492e-bfd2-48d3c6f34f09", "due_at": "2026-12-09T15:26:48+00:00", "item_id": "demo-post-20261206-00071", "priority": {"reach": 4.5888, "counted": true, "trusted": false, "critical": false, "severity": 5, "reach_basis": "public audience of 3,879", "severity_basis": "STATEMENT_CATEGORY_CYBER_VIOLENCE", "distinct_sources": 1}, "item_kind": "post", "opened_at": "2026-12-06T15:26:48+00:00", "notice_count": 1, "signal_count": 0}, "item": {"id": "demo-post-20261206-00071", "kind": "post", "known": true, "media": [], "author": {"id": "demo-acc-00022", "known": true, "country": "FR", "official": false, "verified": false, "created_at": "2025-08-19T00:00:00+00:00"}, "purged": false, "channel": {"id": "demo-chan-0003", "kind": "channel", "known": true, "public": true, "owner_id": "demo-acc-00011", "verified": false, "subscribers": 3879}, "author_id": "demo-acc-00022", "edited_at": null, "posted_at": "2026-12-06T13:13:03+00:00", "channel_id": "demo-chan-0003", "deleted_at": null, "text_sha256": "791596b20cfeb6fbf78b8f6fa6417fa1a09d58fe38f5c13ef39d7341cd9033e1"}, "labels": [], "history": {"author_id": "demo-acc-00022", "item_decisions": [], "author_decisions_with_action": 1}, "notices": [{"id": "7fd043f4-c606-42fe-8ab1-2155b8f36b1b", "category": "STATEMENT_CATEGORY_CYBER_VIOLENCE", "handling": "normal", "keywords": ["KEYWORD_CYBER_HARASSMENT"], "flagger_id": null, "body_sha256": "05932e721485c30c0537a7e4304e7cef4d782e8ad6b06946a1ab0e184736a5fd", "received_at": "2026-12-06T15:26:48+00:00", "source_type": "SOURCE_ARTICLE_16"}], "signals": [], "captured_at": "2026-12-06T17:51:41.718249+00:00"}	a8437bf1eeeb49d06f5f0d51948f4475fe64d5ef0952bc5d756ae5d0f106331f
416a3f05-a93a-4013-812b-c6b3517c496e	39f176ed-b9dd-4ed0-92f9-340b7c33f519	effective	no_action	STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY	["KEYWORD_TERRORIST_CONTENT"]	Reviewed: neither illegal nor against the terms in its context.	AUTOMATED_DECISION_NOT_AUTOMATED	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	2026-12-06 18:56:07.113106+00	f	[]	\N	\N	\N	\N	\N	2026-12-06 18:56:07.113106+00	\N	{"case": {"id": "39f176ed-b9dd-4ed0-92f9-340b7c33f519", "due_at": "2026-12-07T18:35:08+00:00", "item_id": "demo-post-20261206-00068", "priority": {"reach": 1.9542, "counted": true, "trusted": false, "critical": true, "severity": 10, "reach_basis": "public audience of 8", "severity_basis": "KEYWORD_TERRORIST_CONTENT", "distinct_sources": 1}, "item_kind": "post", "opened_at": "2026-12-06T18:35:08+00:00", "notice_count": 1, "signal_count": 0}, "item": {"id": "demo-post-20261206-00068", "kind": "post", "known": true, "media": [], "author": {"id": "demo-acc-00038", "known": true, "country": "TR", "official": false, "verified": false, "created_at": "2021-06-14T00:00:00+00:00"}, "purged": false, "channel": {"id": "demo-chan-0000", "kind": "channel", "known": true, "public": true, "owner_id": "demo-acc-00020", "verified": false, "subscribers": 8}, "author_id": "demo-acc-00038", "edited_at": null, "posted_at": "2026-12-06T18:07:12+00:00", "channel_id": "demo-chan-0000", "deleted_at": null, "text_sha256": "891f78cc3ca395f419c378449fe1e29d2c2853582f3ed6da54bad994b16d1121"}, "labels": [], "history": {"author_id": "demo-acc-00038", "item_decisions": [], "author_decisions_with_action": 1}, "notices": [{"id": "27119589-8dba-46dc-994a-121ad87372b1", "category": "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY", "handling": "normal", "keywords": ["KEYWORD_TERRORIST_CONTENT"], "flagger_id": null, "body_sha256": "396cd8ece44003f773186f9e21f32bcbeeb31eab84a115585995271ba8ce15e1", "received_at": "2026-12-06T18:35:08+00:00", "source_type": "SOURCE_ARTICLE_16"}], "signals": [], "captured_at": "2026-12-06T18:56:07.113106+00:00"}	0a3c101aff67a2c752b7a7b729fb740cd9c3497472abdb2c8cd36badd99be8b7
6941791b-27d8-44ab-b8df-07c5d474addc	0d6a5675-df7f-40df-a907-0c77e2346a15	effective	action	STATEMENT_CATEGORY_CYBER_VIOLENCE	["KEYWORD_CYBER_HARASSMENT"]	Reviewed against the report and the item's context.	AUTOMATED_DECISION_NOT_AUTOMATED	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	2026-12-06 19:35:05.206699+00	f	[]	\N	\N	\N	\N	\N	2026-12-06 19:35:05.206699+00	\N	{"case": {"id": "0d6a5675-df7f-40df-a907-0c77e2346a15", "due_at": "2026-12-09T18:47:59+00:00", "item_id": "demo-post-20261206-00062", "priority": {"reach": 4.5888, "counted": true, "trusted": false, "critical": false, "severity": 5, "reach_basis": "public audience of 3,879", "severity_basis": "STATEMENT_CATEGORY_CYBER_VIOLENCE", "distinct_sources": 2}, "item_kind": "post", "opened_at": "2026-12-06T18:47:59+00:00", "notice_count": 2, "signal_count": 0}, "item": {"id": "demo-post-20261206-00062", "kind": "post", "known": true, "media": [], "author": {"id": "demo-acc-00010", "known": true, "country": "AT", "official": false, "verified": false, "created_at": "2024-03-02T00:00:00+00:00"}, "purged": false, "channel": {"id": "demo-chan-0003", "kind": "channel", "known": true, "public": true, "owner_id": "demo-acc-00011", "verified": false, "subscribers": 3879}, "author_id": "demo-acc-00010", "edited_at": null, "posted_at": "2026-12-06T16:33:55+00:00", "channel_id": "demo-chan-0003", "deleted_at": null, "text_sha256": "791596b20cfeb6fbf78b8f6fa6417fa1a09d58fe38f5c13ef39d7341cd9033e1"}, "labels": [], "history": {"author_id": "demo-acc-00010", "item_decisions": [], "author_decisions_with_action": 0}, "notices": [{"id": "fcdb7543-2543-4bfd-bcc8-f4f8beaf23e5", "category": "STATEMENT_CATEGORY_CYBER_VIOLENCE", "handling": "normal", "keywords": ["KEYWORD_CYBER_HARASSMENT"], "flagger_id": null, "body_sha256": "381e032e1d144c09b748b97899d5c8882baca6666f571c76745af9fe6b4ff3a3", "received_at": "2026-12-06T18:47:59+00:00", "source_type": "SOURCE_ARTICLE_16"}, {"id": "d145a2df-93f0-421f-bbf8-a91353f25326", "category": "STATEMENT_CATEGORY_CYBER_VIOLENCE", "handling": "normal", "keywords": ["KEYWORD_CYBER_HARASSMENT"], "flagger_id": null, "body_sha256": "a44e37e22b9524428754b4d8569baacd185105813d85ea1823f142a9bb8f827c", "received_at": "2026-12-06T19:02:59+00:00", "source_type": "SOURCE_ARTICLE_16"}], "signals": [], "captured_at": "2026-12-06T19:35:05.206699+00:00"}	feba805c5bc6bb5775c38dc3443e75fc075a307a11b4d3dd4ed24489f95998f4
5cc5d1fd-4b38-45ac-baa3-570a760612e3	8f23a850-8604-4938-a6fd-5991e7ac5ff2	effective	action	STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY	["KEYWORD_TERRORIST_CONTENT"]	Reviewed against the report and the item's context.	AUTOMATED_DECISION_PARTIALLY	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	2026-12-06 21:55:09.225933+00	f	[]	\N	\N	\N	\N	\N	2026-12-06 21:55:09.225933+00	\N	{"case": {"id": "8f23a850-8604-4938-a6fd-5991e7ac5ff2", "due_at": "2026-12-09T20:20:16+00:00", "item_id": "demo-post-20261206-00084", "priority": {"reach": 1.9542, "counted": true, "trusted": false, "critical": true, "severity": 10, "reach_basis": "public audience of 8", "severity_basis": "KEYWORD_TERRORIST_CONTENT", "distinct_sources": 0}, "item_kind": "post", "opened_at": "2026-12-06T20:20:16+00:00", "notice_count": 0, "signal_count": 1}, "item": {"id": "demo-post-20261206-00084", "kind": "post", "known": true, "media": [], "author": {"id": "demo-acc-00035", "known": true, "country": "TR", "official": false, "verified": false, "created_at": "2022-06-10T00:00:00+00:00"}, "purged": false, "channel": {"id": "demo-chan-0000", "kind": "channel", "known": true, "public": true, "owner_id": "demo-acc-00020", "verified": false, "subscribers": 8}, "author_id": "demo-acc-00035", "edited_at": null, "posted_at": "2026-12-06T19:48:35+00:00", "channel_id": "demo-chan-0000", "deleted_at": null, "text_sha256": "ba9b6f494507927cffa2e15378009c85d58c303d134685ded93a825315aa0634"}, "labels": [], "history": {"author_id": "demo-acc-00035", "item_decisions": [], "author_decisions_with_action": 0}, "notices": [], "signals": [{"id": "cc868b89-6c68-4c30-8e5c-91e3ad5f3f78", "score": 0.911, "source": "detection:pdq", "details": {"rule": "pdq-demo-rule"}, "category": "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY", "automated": true}], "captured_at": "2026-12-06T21:55:09.225933+00:00"}	4a5d1771543e14cd996773325a1f8bfd1df61e3728b993711649251b57b6fedf
c9d52458-bd4f-40d5-8e5f-d58de7727e20	8b2a24cb-7bc9-4616-80a6-d672ab55d455	effective	action	STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH	["KEYWORD_HATE_SPEECH"]	Reviewed against the report and the item's context.	AUTOMATED_DECISION_NOT_AUTOMATED	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	2026-12-06 22:08:30.508451+00	f	[]	\N	\N	\N	\N	\N	2026-12-06 22:08:30.508451+00	\N	{"case": {"id": "8b2a24cb-7bc9-4616-80a6-d672ab55d455", "due_at": "2026-12-09T19:01:55+00:00", "item_id": "demo-post-20261206-00061", "priority": {"reach": 4.2516, "counted": true, "trusted": false, "critical": false, "severity": 6, "reach_basis": "public audience of 1,784", "severity_basis": "KEYWORD_HATE_SPEECH", "distinct_sources": 1}, "item_kind": "post", "opened_at": "2026-12-06T19:01:55+00:00", "notice_count": 1, "signal_count": 0}, "item": {"id": "demo-post-20261206-00061", "kind": "post", "known": true, "media": [], "author": {"id": "demo-acc-00029", "known": true, "country": "PL", "official": false, "verified": false, "created_at": "2023-03-23T00:00:00+00:00"}, "purged": false, "channel": {"id": "demo-chan-0004", "kind": "channel", "known": true, "public": true, "owner_id": "demo-acc-00028", "verified": false, "subscribers": 1784}, "author_id": "demo-acc-00029", "edited_at": null, "posted_at": "2026-12-06T13:14:36+00:00", "channel_id": "demo-chan-0004", "deleted_at": null, "text_sha256": "1edbe17849a9674d56369a3c5f8f46004fd45b5e1d660c60246590985b1ae0fb"}, "labels": [], "history": {"author_id": "demo-acc-00029", "item_decisions": [], "author_decisions_with_action": 0}, "notices": [{"id": "ea7bd12e-b2ce-4899-8f36-29910ab68570", "category": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "handling": "normal", "keywords": ["KEYWORD_HATE_SPEECH"], "flagger_id": null, "body_sha256": "687678a5d4de2f87b2c1f5c6855001dcc9bd02efab1b7a4fb63e9a12c660040a", "received_at": "2026-12-06T19:01:55+00:00", "source_type": "SOURCE_ARTICLE_16"}], "signals": [], "captured_at": "2026-12-06T22:08:30.508451+00:00"}	5621eee4b3b92ea14f67a549b612524eb51ccd83e7b3ba89d408d1c7ee16edf8
a0bf582c-cacc-4aed-9dd8-e93ef58496f2	d2ed75cf-b3ef-4105-9260-b0e0735f505e	effective	action	STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH	["KEYWORD_HATE_SPEECH"]	Reviewed against the report and the item's context.	AUTOMATED_DECISION_NOT_AUTOMATED	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	2026-12-06 22:36:10.377404+00	f	[]	\N	\N	\N	\N	\N	2026-12-06 22:36:10.377404+00	\N	{"case": {"id": "d2ed75cf-b3ef-4105-9260-b0e0735f505e", "due_at": "2026-12-09T21:38:08+00:00", "item_id": "demo-post-20261206-00073", "priority": {"reach": 4.6767, "counted": true, "trusted": false, "critical": false, "severity": 6, "reach_basis": "public audience of 4,749", "severity_basis": "KEYWORD_HATE_SPEECH", "distinct_sources": 2}, "item_kind": "post", "opened_at": "2026-12-06T21:38:08+00:00", "notice_count": 2, "signal_count": 0}, "item": {"id": "demo-post-20261206-00073", "kind": "post", "known": true, "media": [], "author": {"id": "demo-acc-00011", "known": true, "country": "US", "official": false, "verified": false, "created_at": "2024-03-05T00:00:00+00:00"}, "purged": false, "channel": {"id": "demo-chan-0002", "kind": "group", "known": true, "public": true, "owner_id": "demo-acc-00013", "verified": false, "subscribers": 4749}, "author_id": "demo-acc-00011", "edited_at": null, "posted_at": "2026-12-06T21:07:18+00:00", "channel_id": "demo-chan-0002", "deleted_at": null, "text_sha256": "1edbe17849a9674d56369a3c5f8f46004fd45b5e1d660c60246590985b1ae0fb"}, "labels": [], "history": {"author_id": "demo-acc-00011", "item_decisions": [], "author_decisions_with_action": 0}, "notices": [{"id": "d8d0eaf6-03e3-4ab1-b13f-3a03455d0c41", "category": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "handling": "normal", "keywords": ["KEYWORD_HATE_SPEECH"], "flagger_id": null, "body_sha256": "60cd0651e71543ea369264f414e1e957bdcb1e97ac03be01a965c459f08fac38", "received_at": "2026-12-06T21:38:08+00:00", "source_type": "SOURCE_ARTICLE_16"}, {"id": "9de545d6-f54d-4f9f-bc3f-2e2aaadbd738", "category": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "handling": "normal", "keywords": ["KEYWORD_HATE_SPEECH"], "flagger_id": null, "body_sha256": "908c84a39b878a7ee8bb0582410695b11fa395321fff95f7bbca2fba9be98a5c", "received_at": "2026-12-06T21:57:08+00:00", "source_type": "SOURCE_ARTICLE_16"}], "signals": [], "captured_at": "2026-12-06T22:36:10.377404+00:00"}	4617dc5d110d9e6ccf7e96e314d786c3019102b822b18f63180ecc4508363b14
\.


--
-- Data for Name: detection_bank_entries; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.detection_bank_entries (id, bank_id, signal, value, value_sha256, added_at, added_by, quarantined_at, counted_since) FROM stdin;
faeac781-cfe4-4396-ae9d-b79a530dc0ff	7fc54bdf-276e-4ee0-8ea2-3420db8b6ed8	url	https://spam.example/win	361a529e9636066e99f015d145d6c057fd110ce80b28e0080a6497a22f81af6b	2026-12-08 00:27:51.527872+00	system:demo-seed	\N	\N
0f768c0e-596c-4504-b160-d23df2a743fd	7fc54bdf-276e-4ee0-8ea2-3420db8b6ed8	url	https://phish.example/login	6f604175f9fb5591cb9350cada22491444eef66eb8db5f2341f8c057df2a079e	2026-12-08 00:27:51.527872+00	system:demo-seed	\N	\N
\.


--
-- Data for Name: detection_banks; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.detection_banks (id, name, category, source, policy, enabled, shadow, allow_list, irreversible_ok, pdq_threshold, quarantine_threshold, quarantine_window_minutes, created_at, updated_at) FROM stdin;
7fc54bdf-276e-4ee0-8ea2-3420db8b6ed8	release-fixture-urls	\N	fixture	review	t	f	f	f	31	100	60	2026-12-08 00:27:51.523736+00	2026-12-08 00:27:51.527872+00
\.


--
-- Data for Name: detection_behaviour_hits; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.detection_behaviour_hits ("window", key, member, hit_at) FROM stdin;
\.


--
-- Data for Name: detection_entry_hits; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.detection_entry_hits (entry_id, post_id, hit_at) FROM stdin;
\.


--
-- Data for Name: detection_rescanned_posts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.detection_rescanned_posts (bank_id, bank_version, post_id, scanned_at) FROM stdin;
\.


--
-- Data for Name: detection_rescans; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.detection_rescans (id, bank_id, bank_name, bank_version, settings_sha256, mode, entries_since, status, cursor, total, scanned, matched, started_at, updated_at, finished_at, last_error) FROM stdin;
\.


--
-- Data for Name: detection_rule_outcomes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.detection_rule_outcomes (id, event_id, post_id, rule_id, rules_version, outcome, shadow, details, decided_at) FROM stdin;
\.


--
-- Data for Name: detection_scans; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.detection_scans (event_id, post_id, verdict, signals_raised, scanned_at) FROM stdin;
\.


--
-- Data for Name: disputes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.disputes (id, decision_id, appeal_id, body_name, body_reference, submitted_at, recorded_by, recorded_at, status, outcome, outcome_at, implemented, implemented_at, notes) FROM stdin;
\.


--
-- Data for Name: enforcement_actions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.enforcement_actions (id, decision_id, legal_request_id, decision_action_id, kind, target_kind, target_id, params, after_id, reverses_id, status, attempts, next_attempt_at, created_at, done_at, detail, adapter, claimed_by, claimed_until) FROM stdin;
5fb20611-7e32-4a96-8391-c5b495087f52	9b7c22eb-94e7-4459-b11c-f4f9ff059193	\N	8d41d8e9-6389-4ad7-9a94-87f9178496f5	remove_post	post	demo-post-20261206-00072	{}	\N	\N	cancelled	0	\N	2026-12-06 06:08:55.306253+00	2026-12-06 13:41:11.853208+00	reversed: Your complaint succeeded: On a second look the context shows satire; the measure is lifted.	\N	\N	\N
dd4828f5-6e5e-45f0-b78c-5cec654513e2	ea7c5142-2677-4faa-9980-e6841e26a773	\N	24660428-1e61-46d3-a09f-ef7e05b66b5a	remove_post	post	demo-post-20261206-00060	{}	\N	\N	applied	1	\N	2026-12-06 03:56:59.59272+00	2026-12-06 03:59:59+00	\N	memory	\N	\N
1ced2063-82d4-4fd7-aa15-0d97e7389be4	9b7c22eb-94e7-4459-b11c-f4f9ff059193	\N	8d41d8e9-6389-4ad7-9a94-87f9178496f5	notify_user	account	demo-acc-00023	{"notify": "appeal_outcome", "message": "We reversed our decision (remove post of post demo-post-20261206-00072). Your complaint succeeded: On a second look the context shows satire; the measure is lifted.", "statement_id": "98ef80d8-14ef-4009-b2ce-ef100dad4f20"}	\N	\N	applied	1	\N	2026-12-06 13:41:11.853208+00	2026-12-06 06:09:59+00	\N	memory	\N	\N
5fb01430-4add-40b3-a85f-bdd912e6a39e	9b7c22eb-94e7-4459-b11c-f4f9ff059193	\N	8d41d8e9-6389-4ad7-9a94-87f9178496f5	notify_user	account	demo-acc-00023	{"notify": "statement_of_reasons", "statement_id": "98ef80d8-14ef-4009-b2ce-ef100dad4f20"}	5fb20611-7e32-4a96-8391-c5b495087f52	\N	cancelled	0	\N	2026-12-06 06:08:55.306253+00	2026-12-06 06:09:59+00	the action it waited for ended cancelled	\N	\N	\N
d3d0550f-2b7c-4db9-a3bc-89678a35d639	095236cb-91bc-43f6-8a03-9d782fe8a451	\N	be727186-df3a-4dac-93ab-962d3c2c8d60	notify_user	account	demo-acc-00008	{"notify": "statement_of_reasons", "statement_id": "389962f4-db60-434b-b15e-aa630efec6d8"}	d8783d50-dcd0-455d-8c86-ba09668c789a	\N	applied	1	\N	2026-12-06 11:50:12.014168+00	2026-12-06 11:59:59+00	\N	memory	\N	\N
d8783d50-dcd0-455d-8c86-ba09668c789a	095236cb-91bc-43f6-8a03-9d782fe8a451	\N	be727186-df3a-4dac-93ab-962d3c2c8d60	remove_post	post	demo-post-20261206-00088	{}	\N	\N	applied	1	\N	2026-12-06 11:50:12.014168+00	2026-12-06 11:59:59+00	\N	memory	\N	\N
b29deff6-5f3c-4afb-89b8-e996762dff7c	ae30064c-276e-49fc-91f8-44a612ab72b6	\N	da00771a-828a-47f0-9e76-5ff6b03a8f50	notify_user	account	demo-acc-00015	{"notify": "statement_of_reasons", "statement_id": "94b72079-cf58-404f-8b02-ce24c1c50a0e"}	80d88a15-4a2a-4fd7-bfcb-0f0f9620b7dd	\N	applied	1	\N	2026-12-06 12:21:03.111132+00	2026-12-06 12:29:59+00	\N	memory	\N	\N
80d88a15-4a2a-4fd7-bfcb-0f0f9620b7dd	ae30064c-276e-49fc-91f8-44a612ab72b6	\N	da00771a-828a-47f0-9e76-5ff6b03a8f50	restrict_post	post	demo-post-20261206-00079	{"countries": ["DE"]}	\N	\N	applied	1	\N	2026-12-06 12:21:03.111132+00	2026-12-06 12:29:59+00	\N	memory	\N	\N
41dd6bf4-a93c-4f68-852c-bc542250b45a	dfe14d66-4116-4895-9b06-cb0904797862	\N	abf5fc6f-adca-4c8b-9e6b-f25a9fb279e7	notify_user	account	demo-acc-00027	{"notify": "statement_of_reasons", "statement_id": "56823519-457c-4d1e-af50-1cddfa9b0603"}	1ccc2ecb-a86b-456b-a293-5a951a997c2f	\N	applied	1	\N	2026-12-06 13:18:08+00	2026-12-06 13:19:59+00	\N	memory	\N	\N
1ccc2ecb-a86b-456b-a293-5a951a997c2f	dfe14d66-4116-4895-9b06-cb0904797862	\N	abf5fc6f-adca-4c8b-9e6b-f25a9fb279e7	remove_post	post	demo-post-20261206-00080	{}	\N	\N	applied	1	\N	2026-12-06 13:18:08+00	2026-12-06 13:19:59+00	\N	memory	\N	\N
3616ed66-9fb3-4e95-a1f8-d2da8cd8655d	bc140e56-e508-422d-bad1-46cf929b7529	\N	c4868d60-d887-412d-bec5-40411febb85e	notify_user	account	demo-acc-00022	{"notify": "statement_of_reasons", "statement_id": "d21177a9-eaa7-478c-aa92-4f7e0aec3046"}	3c368ce7-c8df-472a-b8a3-7d4eefb7a80d	\N	applied	1	\N	2026-12-06 13:37:23+00	2026-12-06 13:39:59+00	\N	memory	\N	\N
23698c5a-4252-4858-b3a0-be806b6c2fe7	8a73f145-3282-4118-b172-a638701521f4	\N	984494f9-b356-468b-bebe-dfd5b54e3a64	notify_user	account	demo-acc-00030	{"notify": "statement_of_reasons", "statement_id": "baca3e82-e8f2-42a9-8a8f-91c481ec8979"}	284982af-7d14-4b10-a0a1-3ba3dc781a6f	\N	applied	1	\N	2026-12-06 13:42:52.462564+00	2026-12-06 13:49:59+00	\N	memory	\N	\N
a8878c3f-d820-410a-893d-a68ae14d7236	3491bc4d-cdd6-490a-8672-562d665d32a8	\N	a021a128-b013-467f-b932-cd93e89695d4	notify_user	account	demo-acc-00026	{"notify": "statement_of_reasons", "statement_id": "d823166b-fab3-430d-ae13-32d7c7d96511"}	68b63747-4468-44d9-bff0-08d016817933	\N	applied	1	\N	2026-12-06 14:20:02.971405+00	2026-12-06 14:29:59+00	\N	memory	\N	\N
3c368ce7-c8df-472a-b8a3-7d4eefb7a80d	bc140e56-e508-422d-bad1-46cf929b7529	\N	c4868d60-d887-412d-bec5-40411febb85e	remove_post	post	demo-post-20261206-00083	{}	\N	\N	applied	1	\N	2026-12-06 13:37:23+00	2026-12-06 13:39:59+00	\N	memory	\N	\N
284982af-7d14-4b10-a0a1-3ba3dc781a6f	8a73f145-3282-4118-b172-a638701521f4	\N	984494f9-b356-468b-bebe-dfd5b54e3a64	remove_post	post	demo-post-20261206-00087	{}	\N	\N	applied	1	\N	2026-12-06 13:42:52.462564+00	2026-12-06 13:49:59+00	\N	memory	\N	\N
62758065-1912-48bb-847d-f14e4412d963	\N	a4624c12-c03b-4a23-9377-e244c3bc9a7f	\N	notify_user	account	demo-acc-00012	{"notify": "authority_order", "message": "Your post was made unavailable in DE on a legal order from Demo Federal Criminal Police (DE).\\nOrder: removal order under dsa_art9, reference DE-20261206-001.\\nLegal basis given by the authority: § 130 StGB (incitement to hatred); DSA Art. 9\\nYou may challenge the order before the courts of the issuing country; you may also contact the platform's legal team about its effect."}	2dd78031-52c9-4bb5-998c-fdbcd97100f4	\N	applied	1	\N	2026-12-06 14:47:41.589624+00	2026-12-06 14:49:59+00	\N	memory	\N	\N
68b63747-4468-44d9-bff0-08d016817933	3491bc4d-cdd6-490a-8672-562d665d32a8	\N	a021a128-b013-467f-b932-cd93e89695d4	remove_post	post	demo-post-20261206-00086	{}	\N	\N	applied	1	\N	2026-12-06 14:20:02.971405+00	2026-12-06 14:29:59+00	\N	memory	\N	\N
2dd78031-52c9-4bb5-998c-fdbcd97100f4	\N	a4624c12-c03b-4a23-9377-e244c3bc9a7f	\N	restrict_post	post	demo-post-20261206-00089	{"scope": "requesting_country", "countries": ["DE"]}	\N	\N	applied	1	\N	2026-12-06 14:47:41.589624+00	2026-12-06 14:49:59+00	\N	memory	\N	\N
0cdea497-423f-49b5-8527-768f83c26acb	f6542b79-348e-4c92-ac03-ff2ae47db41d	\N	881cf716-f700-4995-80e3-dbee944d8f84	notify_user	account	demo-acc-00038	{"notify": "statement_of_reasons", "statement_id": "cd859512-beab-4bf9-916e-4ee1bc962d1b"}	0820706b-3a71-4703-80ea-45e9f17039a7	\N	applied	1	\N	2026-12-06 14:50:00+00	2026-12-06 14:59:59+00	\N	memory	\N	\N
0820706b-3a71-4703-80ea-45e9f17039a7	f6542b79-348e-4c92-ac03-ff2ae47db41d	\N	881cf716-f700-4995-80e3-dbee944d8f84	remove_post	post	demo-post-20261206-00081	{}	\N	\N	applied	1	\N	2026-12-06 14:50:00+00	2026-12-06 14:59:59+00	\N	memory	\N	\N
1323c5d5-b03d-41f1-adf5-d057c5988964	c55360a4-67b4-450b-ac16-6455b457b13b	\N	eb2521e7-dc77-4ea5-964c-11243d78b1c2	notify_user	account	demo-acc-00015	{"notify": "statement_of_reasons", "statement_id": "25af857f-1920-4a9d-9db6-e930807b4ec5"}	c010b9d3-805b-44e8-823e-445e5fe8cd46	\N	applied	1	\N	2026-12-06 15:02:33.367779+00	2026-12-06 15:09:59+00	\N	memory	\N	\N
c010b9d3-805b-44e8-823e-445e5fe8cd46	c55360a4-67b4-450b-ac16-6455b457b13b	\N	eb2521e7-dc77-4ea5-964c-11243d78b1c2	restrict_post	post	demo-post-20261206-00074	{"countries": ["DE"]}	\N	\N	applied	1	\N	2026-12-06 15:02:33.367779+00	2026-12-06 15:09:59+00	\N	memory	\N	\N
d260143c-f5ce-4ea5-974d-074124393890	3e5cf954-c5f7-44e4-92ad-694a75f49a43	\N	abf8da18-a00c-450d-ae80-1d6d1ea268d5	notify_user	account	demo-acc-00001	{"notify": "statement_of_reasons", "statement_id": "4399d345-a90f-4d9b-9140-b42a0e0291a2"}	8f304fb7-4e33-42bc-944b-aef13be83300	\N	applied	1	\N	2026-12-06 16:47:12.355594+00	2026-12-06 16:49:59+00	\N	memory	\N	\N
8f304fb7-4e33-42bc-944b-aef13be83300	3e5cf954-c5f7-44e4-92ad-694a75f49a43	\N	abf8da18-a00c-450d-ae80-1d6d1ea268d5	remove_post	post	demo-post-20261206-00065	{}	\N	\N	applied	1	\N	2026-12-06 16:47:12.355594+00	2026-12-06 16:49:59+00	\N	memory	\N	\N
cf66f962-4b65-4025-82e7-cd1b740186ea	1e3582d7-10ac-41b2-9256-7b96e03f6345	\N	00c4ed05-33c5-4a1f-838e-fef4578055f2	remove_post	post	demo-post-20261206-00085	{}	\N	\N	applied	1	\N	2026-12-06 17:03:44.968813+00	2026-12-06 17:09:59+00	\N	memory	\N	\N
acdacdfe-d565-412d-9a49-7dcc37985d87	1e3582d7-10ac-41b2-9256-7b96e03f6345	\N	00c4ed05-33c5-4a1f-838e-fef4578055f2	notify_user	account	demo-acc-00016	{"notify": "statement_of_reasons", "statement_id": "eac38a73-1fc4-4ff7-9945-3887c3d205c8"}	cf66f962-4b65-4025-82e7-cd1b740186ea	\N	applied	1	\N	2026-12-06 17:03:44.968813+00	2026-12-06 17:09:59+00	\N	memory	\N	\N
fb9628d7-2258-476c-9857-1ce47cef3b2a	ea7c5142-2677-4faa-9980-e6841e26a773	\N	24660428-1e61-46d3-a09f-ef7e05b66b5a	notify_user	account	demo-acc-00027	{"notify": "appeal_outcome", "message": "We reviewed your complaint and upheld the decision. Reasons: The complaint adds nothing that changes the assessment. You may still turn to a certified out-of-court dispute settlement body (DSA Art. 21) or to the courts.", "statement_id": "fa755a9c-ad8a-4fb0-b72b-a671043cdc42"}	\N	\N	applied	1	\N	2026-12-06 15:43:31.031779+00	2026-12-06 03:59:59+00	\N	memory	\N	\N
6c6b149e-3b3d-4224-b7e2-0ac1803abd80	ea7c5142-2677-4faa-9980-e6841e26a773	\N	24660428-1e61-46d3-a09f-ef7e05b66b5a	notify_user	account	demo-acc-00027	{"notify": "statement_of_reasons", "statement_id": "fa755a9c-ad8a-4fb0-b72b-a671043cdc42"}	dd4828f5-6e5e-45f0-b78c-5cec654513e2	\N	applied	1	\N	2026-12-06 03:56:59.59272+00	2026-12-06 03:59:59+00	\N	memory	\N	\N
151bf084-d454-41b9-96d3-5d9f8b0c1e58	bc140e56-e508-422d-bad1-46cf929b7529	\N	3a12f2f7-7c32-4506-a79a-8bc5dc612965	suspend_account	account	demo-acc-00022	{"until": "2027-01-05T13:37:20+00:00"}	\N	\N	applied	1	\N	2026-12-06 13:37:23+00	2026-12-06 13:39:59+00	\N	memory	\N	\N
b9fa6c7a-6375-43f2-ab03-36c28a741601	\N	c56f0829-2426-4926-bed2-91e82e191a1c	\N	restrict_post	post	demo-post-20261206-00090	{"scope": "requesting_country", "countries": ["FR"]}	\N	\N	applied	1	\N	2026-12-06 13:39:49.22931+00	2026-12-06 13:39:59+00	\N	memory	\N	\N
24338672-b266-4786-8563-90e711bcc145	25254d1e-1e3f-41a9-8bfc-2585cab99523	\N	e8fd255c-c4e1-402e-9dbb-eb949623be49	remove_post	post	demo-post-20261206-00082	{}	\N	\N	applied	1	\N	2026-12-06 17:13:48.462844+00	2026-12-06 17:19:59+00	\N	memory	\N	\N
60cb9881-19a8-4c80-93b4-6b7709d6dc76	bc140e56-e508-422d-bad1-46cf929b7529	\N	3a12f2f7-7c32-4506-a79a-8bc5dc612965	notify_user	account	demo-acc-00022	{"notify": "statement_of_reasons", "statement_id": "65ed5412-8ed9-40fb-8fdf-a1dc4d0f1b90"}	151bf084-d454-41b9-96d3-5d9f8b0c1e58	\N	applied	1	\N	2026-12-06 13:37:23+00	2026-12-06 13:39:59+00	\N	memory	\N	\N
d86eba37-3122-44c7-99f4-281d564f58d5	\N	c56f0829-2426-4926-bed2-91e82e191a1c	\N	notify_user	account	demo-acc-00000	{"notify": "authority_order", "message": "Your post was made unavailable in FR on a legal order from Demo Office for Online Crime (FR) (FR).\\nOrder: removal order under tco, reference FR-20261206-002.\\nLegal basis given by the authority: Regulation (EU) 2021/784, Art. 3\\nYou may challenge the order before the courts of the issuing country; you may also contact the platform's legal team about its effect."}	b9fa6c7a-6375-43f2-ab03-36c28a741601	\N	applied	1	\N	2026-12-06 13:39:49.22931+00	2026-12-06 13:39:59+00	\N	memory	\N	\N
51cbdc77-8d0d-455d-8a42-730c65017c40	\N	aec25ee3-6db1-4435-9319-583e38dbbfcf	\N	restrict_post	post	demo-post-20261206-00093	{"scope": "requesting_country", "countries": ["DE"]}	\N	\N	applied	1	\N	2026-12-06 17:38:16.446165+00	2026-12-06 17:39:59+00	\N	memory	\N	\N
a7c8b4e0-3c90-4db3-bd26-1d69f2947300	\N	aec25ee3-6db1-4435-9319-583e38dbbfcf	\N	notify_user	account	demo-acc-00036	{"notify": "authority_order", "message": "Your post was made unavailable in DE on a legal order from Demo Federal Criminal Police (DE).\\nOrder: removal order under national, reference DE-20261206-008.\\nLegal basis given by the authority: § 86a StGB (symbols of unconstitutional organisations)\\nYou may challenge the order before the courts of the issuing country; you may also contact the platform's legal team about its effect."}	51cbdc77-8d0d-455d-8a42-730c65017c40	\N	applied	1	\N	2026-12-06 17:38:16.446165+00	2026-12-06 17:39:59+00	\N	memory	\N	\N
aa3467df-4624-43dd-bb93-bfe14e66dc1c	25254d1e-1e3f-41a9-8bfc-2585cab99523	\N	e8fd255c-c4e1-402e-9dbb-eb949623be49	notify_user	account	demo-acc-00033	{"notify": "statement_of_reasons", "statement_id": "95fcc7ea-0576-4af6-8e26-93a7bd69abfc"}	24338672-b266-4786-8563-90e711bcc145	\N	applied	1	\N	2026-12-06 17:13:48.462844+00	2026-12-06 17:19:59+00	\N	memory	\N	\N
212b7a19-b870-4fdd-b01c-d34be47f178b	325891a2-4298-400f-a7b8-c32170565840	\N	bf265d7a-df5a-4c49-b284-f81ce3ce1bba	notify_user	account	demo-acc-00022	{"notify": "statement_of_reasons", "statement_id": "e3bcb85e-4a92-4802-b13b-59bbc692fa0f"}	64f8eeb7-e1d7-479a-96ef-04750af88f80	\N	applied	1	\N	2026-12-06 17:51:41.718249+00	2026-12-06 17:59:59+00	\N	memory	\N	\N
64f8eeb7-e1d7-479a-96ef-04750af88f80	325891a2-4298-400f-a7b8-c32170565840	\N	bf265d7a-df5a-4c49-b284-f81ce3ce1bba	remove_post	post	demo-post-20261206-00071	{}	\N	\N	applied	1	\N	2026-12-06 17:51:41.718249+00	2026-12-06 17:59:59+00	\N	memory	\N	\N
5545f4aa-7c9d-416f-b99d-a5f9304b3b3e	6941791b-27d8-44ab-b8df-07c5d474addc	\N	53142a83-be4d-4646-a4da-a8835f4f6d90	notify_user	account	demo-acc-00010	{"notify": "statement_of_reasons", "statement_id": "00711553-d523-410e-a120-42cc0f10df43"}	0f4ca2a6-db2d-483a-a13e-c918143e4969	\N	applied	1	\N	2026-12-06 19:35:05.206699+00	2026-12-06 19:39:59+00	\N	memory	\N	\N
7d740376-5b5b-4f71-bb8e-4c4ff4cc961a	5cc5d1fd-4b38-45ac-baa3-570a760612e3	\N	b2ea291c-155e-45ad-b188-6d3a08ed5930	notify_user	account	demo-acc-00035	{"notify": "statement_of_reasons", "statement_id": "d867eef8-dbb7-4d05-9667-918b7ff510ed"}	e22c8c40-5011-4673-8979-55edb1a51b86	\N	applied	1	\N	2026-12-06 21:55:09.225933+00	2026-12-06 21:59:59+00	\N	memory	\N	\N
0f4ca2a6-db2d-483a-a13e-c918143e4969	6941791b-27d8-44ab-b8df-07c5d474addc	\N	53142a83-be4d-4646-a4da-a8835f4f6d90	remove_post	post	demo-post-20261206-00062	{}	\N	\N	applied	1	\N	2026-12-06 19:35:05.206699+00	2026-12-06 19:39:59+00	\N	memory	\N	\N
5d8dd27f-5b15-4ae6-8715-3afbddb9072b	c9d52458-bd4f-40d5-8e5f-d58de7727e20	\N	0e0ddb2e-3dcc-4ee3-8fc5-d719c3060874	notify_user	account	demo-acc-00029	{"notify": "statement_of_reasons", "statement_id": "224ffb5b-33ab-4116-af98-4021419adca3"}	95dfaf49-a6c4-4c00-b9c1-b13303056245	\N	applied	1	\N	2026-12-06 22:08:30.508451+00	2026-12-06 22:09:59+00	\N	memory	\N	\N
e22c8c40-5011-4673-8979-55edb1a51b86	5cc5d1fd-4b38-45ac-baa3-570a760612e3	\N	b2ea291c-155e-45ad-b188-6d3a08ed5930	remove_post	post	demo-post-20261206-00084	{}	\N	\N	applied	1	\N	2026-12-06 21:55:09.225933+00	2026-12-06 21:59:59+00	\N	memory	\N	\N
95dfaf49-a6c4-4c00-b9c1-b13303056245	c9d52458-bd4f-40d5-8e5f-d58de7727e20	\N	0e0ddb2e-3dcc-4ee3-8fc5-d719c3060874	remove_post	post	demo-post-20261206-00061	{}	\N	\N	applied	1	\N	2026-12-06 22:08:30.508451+00	2026-12-06 22:09:59+00	\N	memory	\N	\N
8c4f0303-49ad-4c36-8e9f-604ab5c3a3cd	a0bf582c-cacc-4aed-9dd8-e93ef58496f2	\N	7ca5e2de-cb05-49dd-96b4-e903c57ae856	notify_user	account	demo-acc-00011	{"notify": "statement_of_reasons", "statement_id": "bbc26ca9-599a-49d2-a9c6-ad523552f896"}	e0e06ff8-a9ad-494c-b29d-41ef434b7fb7	\N	applied	1	\N	2026-12-06 22:36:10.377404+00	2026-12-06 22:39:59+00	\N	memory	\N	\N
e0e06ff8-a9ad-494c-b29d-41ef434b7fb7	a0bf582c-cacc-4aed-9dd8-e93ef58496f2	\N	7ca5e2de-cb05-49dd-96b4-e903c57ae856	restrict_post	post	demo-post-20261206-00073	{"countries": ["DE"]}	\N	\N	applied	1	\N	2026-12-06 22:36:10.377404+00	2026-12-06 22:39:59+00	\N	memory	\N	\N
\.


--
-- Data for Name: ingested_events; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ingested_events (event_id, type, occurred_at, received_at, payload_sha256, source) FROM stdin;
demo-2024-acc-0	account.upserted	2023-05-14 00:00:00+00	2026-12-08 00:27:47.293511+00	a899ce2d715074614cb538efc12d26ab95e539067c88b65853c97f0998b1a414	system:demo-seed
demo-2024-acc-1	account.upserted	2021-01-09 00:00:00+00	2026-12-08 00:27:47.293511+00	2996b8d5b5cfcd5340c90ad8888bdd7aa3223bbb3db4c3352af61a79efa722c3	system:demo-seed
demo-2024-acc-2	account.upserted	2024-07-06 00:00:00+00	2026-12-08 00:27:47.293511+00	53d6a20a6c74e5c61682dddd6464fdf277b28faae51896c783b1937fba0e74c4	system:demo-seed
demo-2024-acc-3	account.upserted	2023-03-17 00:00:00+00	2026-12-08 00:27:47.293511+00	26c573c06e64f5f2e4f0fd005f161f1f7693a6a9387a60c8d926d47148a9a914	system:demo-seed
demo-2024-acc-4	account.upserted	2020-08-07 00:00:00+00	2026-12-08 00:27:47.293511+00	fc2dce1212d686c66ea39ba4561fcc8d9c754f70282dd8198ac487630ac82aae	system:demo-seed
demo-2024-acc-5	account.upserted	2023-02-02 00:00:00+00	2026-12-08 00:27:47.293511+00	f301b903a2242f9f8ed4436575875582718f2c295a32a45e307f52a229008ec8	system:demo-seed
demo-2024-acc-6	account.upserted	2024-11-04 00:00:00+00	2026-12-08 00:27:47.293511+00	a23f2e06557cd0d472dda7b06ccc334fd3c6623e885c0a2a3cf2df1fd81d492a	system:demo-seed
demo-2024-acc-7	account.upserted	2022-01-09 00:00:00+00	2026-12-08 00:27:47.293511+00	5256fb40c1ced1154b1543d14786802d0ca4c5cc1b1867ef9cab68f3d31471b8	system:demo-seed
demo-2024-acc-8	account.upserted	2023-09-10 00:00:00+00	2026-12-08 00:27:47.293511+00	86f83f52264087f56aa8cdd0d1315d39bccaa1e0f3f7cb591e8c88b02948856b	system:demo-seed
demo-2024-acc-9	account.upserted	2023-05-22 00:00:00+00	2026-12-08 00:27:47.293511+00	45aff625754d85f86ab6930a6d8277e8866ebabcdcf171a92b4de39c399db590	system:demo-seed
demo-2024-acc-10	account.upserted	2024-03-02 00:00:00+00	2026-12-08 00:27:47.293511+00	2c50513d7fae8c312a23cae12186ad75dec4f7a8946a79bf24f80bf306ebba93	system:demo-seed
demo-2024-acc-11	account.upserted	2024-03-05 00:00:00+00	2026-12-08 00:27:47.293511+00	a1c5c8941e3b09b9c35af0b27a0173f387ec10106e9fb6c5e555bcc02a9082ac	system:demo-seed
demo-2024-acc-12	account.upserted	2020-12-04 00:00:00+00	2026-12-08 00:27:47.293511+00	955dbbd89a7c7e3aa9b5c729c5bf21f5aa287a8189d25e7eecc66e49ee7e74b1	system:demo-seed
demo-2024-acc-13	account.upserted	2024-09-26 00:00:00+00	2026-12-08 00:27:47.293511+00	82ad0089742bc16a27d0cc22f16ce0f9f20eb6dc41275daba24d798a2b1d9a1d	system:demo-seed
demo-2024-acc-14	account.upserted	2021-04-08 00:00:00+00	2026-12-08 00:27:47.293511+00	5e76336d253b52cfe7c927e2ba786657067238927f1a56c5e5b6c0f4a34c1dc0	system:demo-seed
demo-2024-acc-15	account.upserted	2021-06-28 00:00:00+00	2026-12-08 00:27:47.293511+00	fe883a0a7e2eefc307810553ee2472313b8cf57f35e90c24ff5358f50d957a89	system:demo-seed
demo-2024-acc-16	account.upserted	2021-03-24 00:00:00+00	2026-12-08 00:27:47.293511+00	d01e2e8e3da93da36639249591a77d7caf4bb0b64eccefe99418c893e6c69533	system:demo-seed
demo-2024-acc-17	account.upserted	2023-05-26 00:00:00+00	2026-12-08 00:27:47.293511+00	4197d06cf18e897d97b2c3682f5695a3bad3a76a2ce5bd94f6223345f59be40e	system:demo-seed
demo-2024-acc-18	account.upserted	2022-08-30 00:00:00+00	2026-12-08 00:27:47.293511+00	4d63f4e055e6a97e4ec32f51c7357386dac97f8e9ed61654fd0d3b61e70a299d	system:demo-seed
demo-2024-acc-19	account.upserted	2024-02-10 00:00:00+00	2026-12-08 00:27:47.293511+00	e0f0fc4dd2563c9851b46e094adb9580cf9dc44c3b7a328aae47dbe724c70711	system:demo-seed
demo-2024-acc-20	account.upserted	2023-05-24 00:00:00+00	2026-12-08 00:27:47.293511+00	3ec9f440952800f7214bb4b914cce94f9c21bb5f959676fb2b29cfd175374ef4	system:demo-seed
demo-2024-acc-21	account.upserted	2025-04-05 00:00:00+00	2026-12-08 00:27:47.293511+00	0d64924204c78d8492725e8da7c9892716999f1d42ae3b050d2b29c1388407ab	system:demo-seed
demo-2024-acc-22	account.upserted	2025-08-19 00:00:00+00	2026-12-08 00:27:47.293511+00	ca3bcf5e359a6cd0f14c49378026ffe082b56d4c5c28843b608d6081049c4e9b	system:demo-seed
demo-2024-acc-23	account.upserted	2020-12-15 00:00:00+00	2026-12-08 00:27:47.293511+00	82b35fe346a9ff17d0bbbea55f255cce7ebf9003e525f35270e6b622c095e33f	system:demo-seed
demo-2024-acc-24	account.upserted	2024-09-19 00:00:00+00	2026-12-08 00:27:47.293511+00	5f82101926f6ad015d9116fc2a7c2b0f7ed5ff40690565db05a96c3cd209dc3f	system:demo-seed
demo-2024-acc-25	account.upserted	2022-02-07 00:00:00+00	2026-12-08 00:27:47.293511+00	6c401de9925ffe9f42a07629723a766a8da8a20f26b7e5adf8669be43a79b76f	system:demo-seed
demo-2024-acc-26	account.upserted	2021-01-25 00:00:00+00	2026-12-08 00:27:47.293511+00	755009e56b0d8ce322a23212b367778898d6535600f3ecc033ebbe54e92ebd80	system:demo-seed
demo-2024-acc-27	account.upserted	2021-04-11 00:00:00+00	2026-12-08 00:27:47.293511+00	8de5baf3f5666d4be17fa58d66c048e3c6206f89afe1d4f4ed3128152f5abf19	system:demo-seed
demo-2024-acc-28	account.upserted	2022-11-01 00:00:00+00	2026-12-08 00:27:47.293511+00	f5eb68e106036c5d5572bf18f3b8afa4782b04ace9900e64578b54b8a074ee7d	system:demo-seed
demo-2024-acc-29	account.upserted	2023-03-23 00:00:00+00	2026-12-08 00:27:47.293511+00	0e3e820e084256c9fc1761c7c281e602f3a9ce608e777e568e0ff4316aece7f1	system:demo-seed
demo-2024-acc-30	account.upserted	2025-01-05 00:00:00+00	2026-12-08 00:27:47.293511+00	107f4f5cca157740cbb62fb6f8c5c036b9d998b82e8100a428b37ab01c09f8af	system:demo-seed
demo-2024-acc-31	account.upserted	2021-10-17 00:00:00+00	2026-12-08 00:27:47.293511+00	649712065e19f34017f62ba429107db2b7f6d1cbc930dc8e548983d089c2d771	system:demo-seed
demo-2024-acc-32	account.upserted	2020-12-12 00:00:00+00	2026-12-08 00:27:47.293511+00	38b4d55d1b0b1c4a53e7e68ffe99da6643f53e19e9eeb8d48500d429b0c08e05	system:demo-seed
demo-2024-acc-33	account.upserted	2021-12-17 00:00:00+00	2026-12-08 00:27:47.293511+00	24b78db4e6c072a75c906dc1978994a58f3e884b3556f6c9ea93576927f36762	system:demo-seed
demo-2024-acc-34	account.upserted	2023-02-05 00:00:00+00	2026-12-08 00:27:47.293511+00	967d2e812137c40b973927f0b99ae9b07cd5320c6d56287231353b80b089f95b	system:demo-seed
demo-2024-acc-35	account.upserted	2022-06-10 00:00:00+00	2026-12-08 00:27:47.293511+00	cbad553b1d6c39e97d47fb55b4bb6397a568ca3fd63c2fc15c88dee6ebf05b09	system:demo-seed
demo-2024-acc-36	account.upserted	2025-01-10 00:00:00+00	2026-12-08 00:27:47.293511+00	a28523cc1364e553c0205c08376809550e6d0d84b174fded24b469972ffb871c	system:demo-seed
demo-2024-acc-37	account.upserted	2025-01-27 00:00:00+00	2026-12-08 00:27:47.293511+00	4ec6eb18783ddb2383af4f4130c20add74238cb778373e3368c2eeee77acad61	system:demo-seed
demo-2024-acc-38	account.upserted	2021-06-14 00:00:00+00	2026-12-08 00:27:47.293511+00	6b50cb38c71e39304d1af8022993e805af15938baca5ccd4ca17c8cd3437e48f	system:demo-seed
demo-2024-acc-39	account.upserted	2022-06-17 00:00:00+00	2026-12-08 00:27:47.293511+00	32011cb857e36501db446793d4a5529c84582977841be09e15915c930a83961d	system:demo-seed
demo-2024-chan-0	channel.upserted	2026-01-01 00:00:00+00	2026-12-08 00:27:47.293511+00	5751c7a28e69ebc35f9b8948241ba05ff81d646ff1a2ffef1306a3c0f966c24b	system:demo-seed
demo-2024-chan-1	channel.upserted	2026-01-01 00:00:00+00	2026-12-08 00:27:47.293511+00	91f222946311cdbac2ef1083a8a0f53d647bfc0d91cf4caa3c8733cf735920f4	system:demo-seed
demo-2024-chan-2	channel.upserted	2026-01-01 00:00:00+00	2026-12-08 00:27:47.293511+00	0eba5baa77a65273028d5496b67374fcabefec3a4ea761138905f717080bbcb3	system:demo-seed
demo-2024-chan-3	channel.upserted	2026-01-01 00:00:00+00	2026-12-08 00:27:47.293511+00	5b2cf14e1a9f024b0a7a3d2716ea3d512a95ee2749b0d2ed2cd4e8e5019906d5	system:demo-seed
demo-2024-chan-4	channel.upserted	2026-01-01 00:00:00+00	2026-12-08 00:27:47.293511+00	337e08aac0a691da8fdad0a421a047bd85d67c1dcc5695f74c38a8a2db027c35	system:demo-seed
demo-2024-chan-5	channel.upserted	2026-01-01 00:00:00+00	2026-12-08 00:27:47.293511+00	470de1de5b0d14be56d86ecaa40c44a936f48595fe593702b56f13bff37eecf7	system:demo-seed
demo-2024-join-0	member.joined	2026-01-01 00:00:00+00	2026-12-08 00:27:47.293511+00	887f3b92497ae62b315301707e653341b3fd1e43d2c83ec8e6df18544db121fd	system:demo-seed
demo-2024-join-1	member.joined	2026-01-01 00:01:00+00	2026-12-08 00:27:47.293511+00	3ae593cb626dfabb5cc49ade995aadd64c5f61c7a68d16b40ddec3c812677004	system:demo-seed
demo-2024-join-2	member.joined	2026-01-01 00:02:00+00	2026-12-08 00:27:47.293511+00	fd90fa2fa125cb80f1f50b28c6a9110469ae1b2fffc07bd462f6dfe0e92db841	system:demo-seed
demo-2024-join-3	member.joined	2026-01-01 00:03:00+00	2026-12-08 00:27:47.293511+00	b4550d4026595e7e6bacb16fdd4c1e6effaf52fd5852042a0a1c2a5ec8a9913c	system:demo-seed
demo-2024-join-4	member.joined	2026-01-01 00:04:00+00	2026-12-08 00:27:47.293511+00	cbf931afc364dd95b92441e8739176067b21acc98d426611485bb8e69f1d0f22	system:demo-seed
demo-2024-join-5	member.joined	2026-01-01 00:05:00+00	2026-12-08 00:27:47.293511+00	b1dfcf75d65ec530fae1b5e483f4d2635fb43aec40f4057156f9f7e5952b68d2	system:demo-seed
demo-2024-join-6	member.joined	2026-01-01 00:06:00+00	2026-12-08 00:27:47.293511+00	912204d45487a1a2f6bbf61367f12309f7c6a63d3a44a72045d190ee94bc2840	system:demo-seed
demo-2024-join-7	member.joined	2026-01-01 00:07:00+00	2026-12-08 00:27:47.293511+00	9f5a951fb822e0c0cf819f709e43f7a66e7077e147e729b2a24cc5cdad1cd1d9	system:demo-seed
demo-2024-join-8	member.joined	2026-01-01 00:08:00+00	2026-12-08 00:27:47.293511+00	3502a0cc64619aaa9d93d148757db6e6aeb46762d8225574f8a70b9f7b17c4cc	system:demo-seed
demo-2024-join-9	member.joined	2026-01-01 00:09:00+00	2026-12-08 00:27:47.293511+00	50ecdf5eb595f9deff96219a26a25f057541b1a448d86ce044e6d49b53c13cda	system:demo-seed
demo-2024-join-10	member.joined	2026-01-01 00:10:00+00	2026-12-08 00:27:47.293511+00	61671d211f920e4cf35b985ba11fe5fa22670d144c161d1c003ed3b523367913	system:demo-seed
demo-2024-join-11	member.joined	2026-01-01 00:11:00+00	2026-12-08 00:27:47.293511+00	303040e40ae6beeb5c3f75b9dab7f6a791d0c8d23e4eeb4aa04c39baa32c634f	system:demo-seed
demo-2024-join-12	member.joined	2026-01-01 00:12:00+00	2026-12-08 00:27:47.293511+00	7d3fe6b27ce44b18d8b02621258687021b5abfb9b80237082be174a51620e7a5	system:demo-seed
demo-2024-join-13	member.joined	2026-01-01 00:13:00+00	2026-12-08 00:27:47.293511+00	d0137b42c92749945b2fadbe1c0bf28efec1a1168e1a7fe68eeb637326febfdc	system:demo-seed
demo-2024-join-14	member.joined	2026-01-01 00:14:00+00	2026-12-08 00:27:47.293511+00	1e62149cd6f5f9e81526e7318e51bc126963b06ff993f6feceaed5c385b46e11	system:demo-seed
demo-2024-join-15	member.joined	2026-01-01 00:15:00+00	2026-12-08 00:27:47.293511+00	394e1e4767d45b7a844c2ef0dba1bf10a98c441e5b455cb9971fd80278036d70	system:demo-seed
demo-2024-join-16	member.joined	2026-01-01 00:16:00+00	2026-12-08 00:27:47.293511+00	b31d7a32e56596a5bd5066e3469a79ecde6e5dc124bf2faed536ae5042bc208b	system:demo-seed
demo-2024-join-17	member.joined	2026-01-01 00:17:00+00	2026-12-08 00:27:47.293511+00	dc6212ead170da0a6df55fa430af6650d3466bd08c84ac4fd2327650ad945bc7	system:demo-seed
demo-2024-join-18	member.joined	2026-01-01 00:18:00+00	2026-12-08 00:27:47.293511+00	8c22a5621f36d2bfd53fa5e8aac5e2f9113dbdab666df2768997a36ee30da61d	system:demo-seed
demo-2024-join-19	member.joined	2026-01-01 00:19:00+00	2026-12-08 00:27:47.293511+00	2ea46582bcf513fdfabb88acc558ff4322f4f8b2857b6fcae336e28a863fd114	system:demo-seed
demo-2024-join-20	member.joined	2026-01-01 00:20:00+00	2026-12-08 00:27:47.293511+00	dfa7eccd23cd481a329c79aab7f34f68673d3c21178d68b454955d9137c2b7e6	system:demo-seed
demo-2024-join-21	member.joined	2026-01-01 00:21:00+00	2026-12-08 00:27:47.293511+00	18493bed85ed917d48fd073b477b6ccf94605cc5ee9e4b62bf3e666fa894ed90	system:demo-seed
demo-2024-join-22	member.joined	2026-01-01 00:22:00+00	2026-12-08 00:27:47.293511+00	39aab78339c6a15179065dad10906cd608960d841fa7f050b17955530aae0be1	system:demo-seed
demo-2024-join-23	member.joined	2026-01-01 00:23:00+00	2026-12-08 00:27:47.293511+00	04291778769d616e1dac8ad725e545cdcd4b2d5455dd4018ad50d2dd30d74b3f	system:demo-seed
demo-2024-join-24	member.joined	2026-01-01 00:24:00+00	2026-12-08 00:27:47.293511+00	63667260877bea8ec97b9eec241b2c452922b660f054828b120a4cf1d5bea41a	system:demo-seed
demo-2024-join-25	member.joined	2026-01-01 00:25:00+00	2026-12-08 00:27:47.293511+00	ff72820d833ac04564c0e1ed0019e39df7cd6d11735e442b99d3b2c1656a4cef	system:demo-seed
demo-2024-join-26	member.joined	2026-01-01 00:26:00+00	2026-12-08 00:27:47.293511+00	f01c8515ad7677c8f7682194c2e03a1296f7d968a19a59801a6217cab5f20597	system:demo-seed
demo-2024-join-27	member.joined	2026-01-01 00:27:00+00	2026-12-08 00:27:47.293511+00	5eb30b408ac829e720f6b4aebd8cb801ba4da64835de5f13477c9a535607fea2	system:demo-seed
demo-2024-join-28	member.joined	2026-01-01 00:28:00+00	2026-12-08 00:27:47.293511+00	2f73afb3d29c3ca15d6bb4fd553d943bdf8edac39c50280f52cade7d9df24073	system:demo-seed
demo-2024-join-29	member.joined	2026-01-01 00:29:00+00	2026-12-08 00:27:47.293511+00	c01db1100e7aab40ff827d14e85653297bd356e982407a3fd31ae93386a2352f	system:demo-seed
demo-2024-join-30	member.joined	2026-01-01 00:30:00+00	2026-12-08 00:27:47.293511+00	9fa8047db037d499b40f7549e23552c8c92fa6dadfc072ad328f43a468c5dce1	system:demo-seed
demo-2024-join-31	member.joined	2026-01-01 00:31:00+00	2026-12-08 00:27:47.293511+00	151b6dcd8e6aa4a3007002014d0d289628fa199ff8077477cb881cf3a97df71c	system:demo-seed
demo-2024-join-32	member.joined	2026-01-01 00:32:00+00	2026-12-08 00:27:47.293511+00	597f5f1d50c1bb4e7d5f367b3dfb430bf6317518057696be20d4963c48ff08a7	system:demo-seed
demo-2024-join-33	member.joined	2026-01-01 00:33:00+00	2026-12-08 00:27:47.293511+00	1a0b29e81987feebc8a17509449123410f29a9414425b6673880e962c137e0ab	system:demo-seed
demo-2024-join-34	member.joined	2026-01-01 00:34:00+00	2026-12-08 00:27:47.293511+00	90a4b7f32a6cb9d32c787505d73a9dc90f8ee62bf2a0f800e38a20f151d40ca8	system:demo-seed
demo-2024-join-35	member.joined	2026-01-01 00:35:00+00	2026-12-08 00:27:47.293511+00	363e69042fb8d2ee45f7a309a75ac91a8a87b8a00da9b3a033d832623ecf1933	system:demo-seed
demo-2024-join-36	member.joined	2026-01-01 00:36:00+00	2026-12-08 00:27:47.293511+00	b6f28591b7f8359cde559fbbeb4305a6c4080140d58430246f8921274bc8a275	system:demo-seed
demo-2024-join-37	member.joined	2026-01-01 00:37:00+00	2026-12-08 00:27:47.293511+00	597ab6ef6d3bd1fc0196a9efa7f5625c32d388322a10be68fac60d3cba80a309	system:demo-seed
demo-2024-join-38	member.joined	2026-01-01 00:38:00+00	2026-12-08 00:27:47.293511+00	0e5f8b9a0435dff04f33711b162fff630bf7220d656ed61b21a6981945b7f0bc	system:demo-seed
demo-2024-join-39	member.joined	2026-01-01 00:39:00+00	2026-12-08 00:27:47.293511+00	4d105a2d9c81b88d510070fe141910131a1dae4e20a1ca50dc2d6c0aef525d28	system:demo-seed
demo-2024-join-40	member.joined	2026-01-01 00:40:00+00	2026-12-08 00:27:47.293511+00	2323faa949d4ccf01c5ad7228f970878c33a9d31f4ede376ac665a48e02da5b4	system:demo-seed
demo-2024-join-41	member.joined	2026-01-01 00:41:00+00	2026-12-08 00:27:47.293511+00	606f052f1c7c29b5f1164967b18994fd22f6d9bbda261ebe181fdbf2e24f0b41	system:demo-seed
demo-2024-join-42	member.joined	2026-01-01 00:42:00+00	2026-12-08 00:27:47.293511+00	cd2ef7cfd8b6fcc18b66c25b6b5159b9f535de5fcc499f02985d87752f13714a	system:demo-seed
demo-2024-join-43	member.joined	2026-01-01 00:43:00+00	2026-12-08 00:27:47.293511+00	0c6a2888f498dbb7059350df8f158de8dcf5873bad8610c4059a4934685688f8	system:demo-seed
demo-2024-join-44	member.joined	2026-01-01 00:44:00+00	2026-12-08 00:27:47.293511+00	43b70ac7a5f14386604714f1ece8f10d3a982e98ef03324c14fef6424bd372e8	system:demo-seed
demo-2024-join-45	member.joined	2026-01-01 00:45:00+00	2026-12-08 00:27:47.293511+00	02d4d36e6692228a916613f559fec834e8f2e75f8069eb403b3526749840e67b	system:demo-seed
demo-2024-join-46	member.joined	2026-01-01 00:46:00+00	2026-12-08 00:27:47.293511+00	ab15a1576eca99f9793f4c689306af3bf7146122ddf9c141d31e44ce171b5db8	system:demo-seed
demo-2024-join-47	member.joined	2026-01-01 00:47:00+00	2026-12-08 00:27:47.293511+00	7271a7fd94a58ca803e64544c463bb159bd01b1fe75f33df85769ac85c8e33db	system:demo-seed
demo-2024-join-48	member.joined	2026-01-01 00:48:00+00	2026-12-08 00:27:47.293511+00	00775df6e044d061dd26fab650ce2dc0bba07d2e9380b795284c26b3ec56829c	system:demo-seed
demo-2024-join-49	member.joined	2026-01-01 00:49:00+00	2026-12-08 00:27:47.293511+00	7e1be77afe0bac2464a509358d177befa3cf5b2f29a0aa4e2f0a87f77d528caa	system:demo-seed
demo-2024-join-50	member.joined	2026-01-01 00:50:00+00	2026-12-08 00:27:47.293511+00	5bc6dad542cc19d5e2f1d466c912040ef738f4ad059ae63fbd1606a6c5cb0107	system:demo-seed
demo-2024-join-51	member.joined	2026-01-01 00:51:00+00	2026-12-08 00:27:47.293511+00	4b7a5f3b595f49d4e57475848eaf81336d25ace9a1d2e3763215faa72e98f235	system:demo-seed
demo-2024-join-52	member.joined	2026-01-01 00:52:00+00	2026-12-08 00:27:47.293511+00	a238c6d1faf32f327eddff150c0ada61b7b0c4ac7b9efb1a08cbf569434df91c	system:demo-seed
demo-2024-join-53	member.joined	2026-01-01 00:53:00+00	2026-12-08 00:27:47.293511+00	f366904643e2ad036b333b31ae1b49569b5361a868f0b40e341e1d6f884c60ec	system:demo-seed
demo-2024-join-54	member.joined	2026-01-01 00:54:00+00	2026-12-08 00:27:47.293511+00	dab225ea313b39648523ea26434148f243993831e453f39dc0f5e86656c315a1	system:demo-seed
demo-2024-join-55	member.joined	2026-01-01 00:55:00+00	2026-12-08 00:27:47.293511+00	d0eec48bfb4f864d47d4532d703c75b2c456def16e817e30dcba8bd92b03a305	system:demo-seed
demo-2024-join-56	member.joined	2026-01-01 00:56:00+00	2026-12-08 00:27:47.293511+00	3a2715ad60d24e5dedc74f84652afea4c8ec53a2eb6cd2d63474627f7215a333	system:demo-seed
demo-2024-join-57	member.joined	2026-01-01 00:57:00+00	2026-12-08 00:27:47.293511+00	9d7ed5c14c9c40f344210258cbbd9c737161216325c4f6763e11ef5ea483f3a3	system:demo-seed
demo-2024-join-58	member.joined	2026-01-01 00:58:00+00	2026-12-08 00:27:47.293511+00	f22c2a6c3c61c806f0e0faf374d19b2fc1383a7fae2efdbba405abff9bc14ad1	system:demo-seed
demo-2024-join-59	member.joined	2026-01-01 00:59:00+00	2026-12-08 00:27:47.293511+00	169237ae04c399911c00e99e4908186e0fdf61a60bb77a96327cc8444d791a33	system:demo-seed
demo-2024-post-0	post.created	2026-01-01 00:00:59+00	2026-12-08 00:27:47.293511+00	b6e0ca8f944e1f983f28be0fa419e0c0dca1948986f97ad5018443463e6f22b0	system:demo-seed
demo-2024-post-1	post.created	2026-01-01 00:02:43+00	2026-12-08 00:27:47.293511+00	30627f072b1e267250f5c4fcb77355243e300542113c88021bd32e969e231373	system:demo-seed
demo-2024-post-2	post.created	2026-01-01 00:04:18+00	2026-12-08 00:27:47.293511+00	a4b91ebd6cbfa906bc715317e9b47b219a6df13da1de5455d45e4e262de766e5	system:demo-seed
demo-2024-post-3	post.created	2026-01-01 00:05:27+00	2026-12-08 00:27:47.293511+00	81fa916ef2ddc3a5628bcbb305376d5fc94da2662af2c9962da6ae89ea08adf8	system:demo-seed
demo-2024-post-4	post.created	2026-01-01 00:07:56+00	2026-12-08 00:27:47.293511+00	228278c0cc2f47c86e1e22b8cb12d7e164ada9c7ab85b49b81b7b68f1b6fab33	system:demo-seed
demo-2024-post-5	post.created	2026-01-01 00:08:29+00	2026-12-08 00:27:47.293511+00	767ff7c4ee697b8f50e08e5b19ce590de72a2dcf52fa4d951efe2e3c76046519	system:demo-seed
demo-2024-post-6	post.created	2026-01-01 00:10:15+00	2026-12-08 00:27:47.293511+00	44d2917ff917bd173a994dc33bbdecec011b77d37242c57808e68efd962cb8b0	system:demo-seed
demo-2024-post-7	post.created	2026-01-01 00:12:19+00	2026-12-08 00:27:47.293511+00	c2d65671a0ebe25daaa4266f2e705ef5dd182855739fe4d9973080c4da53d18e	system:demo-seed
demo-2024-post-8	post.created	2026-01-01 00:13:45+00	2026-12-08 00:27:47.293511+00	87661ccb4ac6a8c101ca0f7efd5341c26019cc8909d7f2d1c2d676947c0fbe96	system:demo-seed
demo-2024-post-9	post.created	2026-01-01 00:15:03+00	2026-12-08 00:27:47.293511+00	c882dcb2986919d3024868a62a2767499f8e1723a0c56ce572ce37c74e5e13bd	system:demo-seed
demo-2024-post-10	post.created	2026-01-01 00:16:26+00	2026-12-08 00:27:47.293511+00	b1e41a967d6640b273b81dc8f4731dfc902e1e554404f035a3114712d25690b2	system:demo-seed
demo-2024-post-11	post.created	2026-01-01 00:18:17+00	2026-12-08 00:27:47.293511+00	1776ad47b4b4f158913ac7a5d6c6b5f46be5b8982f502a8549219da5dd4d1922	system:demo-seed
demo-2024-post-12	post.created	2026-01-01 00:19:56+00	2026-12-08 00:27:47.293511+00	0675306757e410879b22ddd0bf4bb3b66cbb21317a0264cbdc6f3babe973c1d4	system:demo-seed
demo-2024-post-13	post.created	2026-01-01 00:21:17+00	2026-12-08 00:27:47.293511+00	a982f47c211648adb9d2e92cd68c3cace50e5801e32b2710098645afd88aba53	system:demo-seed
demo-2024-post-14	post.created	2026-01-01 00:23:32+00	2026-12-08 00:27:47.293511+00	8eb517d4336060c07fada2e880f8027ee29ba10238fb494c2978d0013f302e2a	system:demo-seed
demo-2024-post-15	post.created	2026-01-01 00:24:52+00	2026-12-08 00:27:47.293511+00	8d5595b715112fd56c4b004b103801005cda8a3105e56beca4e4bcd5a7525a8f	system:demo-seed
demo-2024-post-16	post.created	2026-01-01 00:26:28+00	2026-12-08 00:27:47.293511+00	577d75b6852a607f90b7828dbbb29ca084c40ea17311e8d7747e3644c0d4a233	system:demo-seed
demo-2024-post-17	post.created	2026-01-01 00:28:15+00	2026-12-08 00:27:47.293511+00	2a7579426d04da6ea47779aac2769b2b865986872e498595d013fa487c7fc468	system:demo-seed
demo-2024-post-18	post.created	2026-01-01 00:30:02+00	2026-12-08 00:27:47.293511+00	601c868a1ff62a59ec7599034579a75c16fe4e87e16145b8670fbabcd6ba72c0	system:demo-seed
demo-2024-post-19	post.created	2026-01-01 00:31:19+00	2026-12-08 00:27:47.293511+00	131bd5d86c140950a9a5a42b71c2b51e4026393565d0dc960f3dc86ef3748154	system:demo-seed
demo-2024-post-20	post.created	2026-01-01 00:32:46+00	2026-12-08 00:27:47.293511+00	ae822c970658ba9b0d60a6db7d06caa14b9ba7ad0107d531cc1ade4fd6197660	system:demo-seed
demo-2024-post-21	post.created	2026-01-01 00:35:18+00	2026-12-08 00:27:47.293511+00	db6471f38e284a2293bbf0beb257c91b8045447942185ed054dff9e1693aaef8	system:demo-seed
demo-2024-post-22	post.created	2026-01-01 00:36:43+00	2026-12-08 00:27:47.293511+00	a4e6159bf1fdca3b45be85b049820ad8b6e97ea506a4d1466edf7a62bcf3c490	system:demo-seed
demo-2024-post-23	post.created	2026-01-01 00:37:28+00	2026-12-08 00:27:47.293511+00	ae62c0dc45f3a53299354fe50efe9f2e892495158dba351e8e0320e38ebb31d3	system:demo-seed
demo-2024-post-24	post.created	2026-01-01 00:38:49+00	2026-12-08 00:27:47.293511+00	c05260f2b7c42e16e014522fad18218a3d4fc9786439a4c98e660a802a4acc75	system:demo-seed
demo-2024-post-25	post.created	2026-01-01 00:40:45+00	2026-12-08 00:27:47.293511+00	d9b84e119c3592963187a38b3f0a064c35fc4cfd12920277d7cd6da49b60cb3d	system:demo-seed
demo-2024-post-26	post.created	2026-01-01 00:43:29+00	2026-12-08 00:27:47.293511+00	7fdb9db9dd51518df2874956cf149fe9a313fc3080bf8b4fa1f19640e6b115cd	system:demo-seed
demo-2024-post-27	post.created	2026-01-01 00:43:54+00	2026-12-08 00:27:47.293511+00	4312c9b07b33fe554093089a561bf42600d3cd0a5ad02076d0ef3e9b33cadea7	system:demo-seed
demo-2024-post-28	post.created	2026-01-01 00:46:22+00	2026-12-08 00:27:47.293511+00	dc632c3dbc8f428505c50991399d448ba0f49ac6fec487baf0a9585d0920b587	system:demo-seed
demo-2024-post-29	post.created	2026-01-01 00:47:58+00	2026-12-08 00:27:47.293511+00	003d99ea5029e135cd13fa17ef6e9d8f06048586bea6d9de4a19fbe59e4d6cd2	system:demo-seed
demo-2024-post-30	post.created	2026-01-01 00:48:58+00	2026-12-08 00:27:47.293511+00	addf2ece62fc83004d74d4f4a18e00343947fa2d6188903bf119ebba9e3a6179	system:demo-seed
demo-2024-post-31	post.created	2026-01-01 00:50:41+00	2026-12-08 00:27:47.293511+00	03e16ad9489d22d03d9e9872226203a33cea134a2995ba9e7a68687a00f28549	system:demo-seed
demo-2024-post-32	post.created	2026-01-01 00:52:45+00	2026-12-08 00:27:47.293511+00	0966565de1be5ef72b285dce8b397f2695e89b31cd53aa807c69fdc194074e60	system:demo-seed
demo-2024-post-33	post.created	2026-01-01 00:54:09+00	2026-12-08 00:27:47.293511+00	ed091f1eda51d9174b81fee5e2f5482e741e46cfbac605295d577a9107a75e23	system:demo-seed
demo-2024-post-34	post.created	2026-01-01 00:56:28+00	2026-12-08 00:27:47.293511+00	bf06ff152b3d9feb1d3327214e895fcfea0d30d670c4c2ec8badac4166c45a55	system:demo-seed
demo-2024-post-35	post.created	2026-01-01 00:57:09+00	2026-12-08 00:27:47.293511+00	c3aa0b2d233caadb2e1ce59ce1c05f774c547f43f369a54ef9233e3161b0b99c	system:demo-seed
demo-2024-post-36	post.created	2026-01-01 00:58:47+00	2026-12-08 00:27:47.293511+00	ab1c6d8df5c3906ce2a8dadfaac74d8e49cc340ae2b6d3342d86883db657fd52	system:demo-seed
demo-2024-post-37	post.created	2026-01-01 01:00:34+00	2026-12-08 00:27:47.293511+00	788c85b8b0396ef119d21520395371b4fbb0dc7111967b22c5abcc3a10c61bdb	system:demo-seed
demo-2024-post-38	post.created	2026-01-01 01:01:27+00	2026-12-08 00:27:47.293511+00	a5c0ba843575e79dce3956f557f1ba750bc4a5899eadd15f9479a6bf300a2ac5	system:demo-seed
demo-2024-post-39	post.created	2026-01-01 01:03:34+00	2026-12-08 00:27:47.293511+00	170b857e22b1820108a9c5c5c30adc1c4af336ccbd9b6bdc90ec312cdc063438	system:demo-seed
demo-2024-post-40	post.created	2026-01-01 01:05:38+00	2026-12-08 00:27:47.293511+00	99ea81435ae6737b1ffefd41ed1451860879fce7ec5c6fa377a8e9b6e09e53fc	system:demo-seed
demo-2024-post-41	post.created	2026-01-01 01:06:25+00	2026-12-08 00:27:47.293511+00	5c89e4ee6c719ce7e590c65312ab95ccddced5f9a9f2f79942100c4d097e80b9	system:demo-seed
demo-2024-post-42	post.created	2026-01-01 01:08:04+00	2026-12-08 00:27:47.293511+00	68a5881ea94126d4d22e7cb3d9f074799b75adf075c3f370b4eba82a4473e41e	system:demo-seed
demo-2024-post-43	post.created	2026-01-01 01:10:23+00	2026-12-08 00:27:47.293511+00	6ebe05250bc044d00c84fcb8329414d129cd82976499b3ce076c2b8d972aba71	system:demo-seed
demo-2024-post-44	post.created	2026-01-01 01:11:57+00	2026-12-08 00:27:47.293511+00	354ec756a02ec19c3496937e07d878679348c856cdb37cd50cc6b1f917428d98	system:demo-seed
demo-2024-post-45	post.created	2026-01-01 01:13:10+00	2026-12-08 00:27:47.293511+00	9c4725c9ef5ef85a6cd2f1e9b972ba874409eb41b578d4b559b4e21d06f5425f	system:demo-seed
demo-2024-post-46	post.created	2026-01-01 01:15:48+00	2026-12-08 00:27:47.293511+00	3dcb29215a459593c324f6b68e91e4d13a26a67f2d897741e10ee9557c915952	system:demo-seed
demo-2024-post-47	post.created	2026-01-01 01:16:55+00	2026-12-08 00:27:47.293511+00	94f8cfd4e9d965ba5f286d0efc6457c496c4ef0386495062a91fe738adbcfaf9	system:demo-seed
demo-2024-post-48	post.created	2026-01-01 01:17:54+00	2026-12-08 00:27:47.293511+00	70fcde519cf7bbb6fa077c5bc42e5a23254d04a32c677c540fc4eee8ab20d9d9	system:demo-seed
demo-2024-post-49	post.created	2026-01-01 01:20:27+00	2026-12-08 00:27:47.293511+00	3339876cc0083add392c8b1766fd0e0c40f6c2de516c69324f28c90e6e0b7e3f	system:demo-seed
demo-2024-post-50	post.created	2026-01-01 01:21:41+00	2026-12-08 00:27:47.293511+00	f62f12ae405df2bb319128d4afe7ce9dd3a39a2fbfaa76b2d921f673de518db7	system:demo-seed
demo-2024-post-51	post.created	2026-01-01 01:23:29+00	2026-12-08 00:27:47.293511+00	ede663a58529322cac252d0edf2767c09f2bf2a1985938d6dd9882648fdd43f4	system:demo-seed
demo-2024-post-52	post.created	2026-01-01 01:24:26+00	2026-12-08 00:27:47.293511+00	a4c715777d1e1175bb8570b75b2bb6a7c160686c0b6e10777cb532e82c6abb4f	system:demo-seed
demo-2024-post-53	post.created	2026-01-01 01:26:46+00	2026-12-08 00:27:47.293511+00	25e46052bec18e8c385178fa184dc3c757e98e73e5960d5c342922ca95704294	system:demo-seed
demo-2024-post-54	post.created	2026-01-01 01:27:46+00	2026-12-08 00:27:47.293511+00	7d4c8b9296774d5b429b49569220cc176b0903e87d3164c5e436ea7dfebf9fcb	system:demo-seed
demo-2024-post-55	post.created	2026-01-01 01:30:24+00	2026-12-08 00:27:47.293511+00	60e5d8cb77aa2562d4e017bb531ab786f5a1501d8bf72d9207813da764f15c74	system:demo-seed
demo-2024-post-56	post.created	2026-01-01 01:31:51+00	2026-12-08 00:27:47.293511+00	56a46397f049616c9b5eb84e033788412bc770b76e96721925b7dad1d2105bfb	system:demo-seed
demo-2024-post-57	post.created	2026-01-01 01:33:14+00	2026-12-08 00:27:47.293511+00	94a715617cb434f77470ce30abbf279e876cd5dd142eb129c6d6298406c737a0	system:demo-seed
demo-2024-post-58	post.created	2026-01-01 01:34:50+00	2026-12-08 00:27:47.293511+00	2083cb7830d5eae3191419c070a8d24e861c518ed0ac3c3b66882dbe6d5be3e6	system:demo-seed
demo-2024-post-59	post.created	2026-01-01 01:36:33+00	2026-12-08 00:27:47.293511+00	7dafc55722d80bbeb5b447a9e36a3d83f8690d97f95f7f19f1ecc158876813c2	system:demo-seed
demo-2024-post-60	post.created	2026-01-01 01:37:32+00	2026-12-08 00:27:47.293511+00	9a26a2bfdad1dc20b89194b67f00e17448d8d0db452b26541e288f6953b3e01f	system:demo-seed
demo-2024-post-61	post.created	2026-01-01 01:39:20+00	2026-12-08 00:27:47.293511+00	e573b77247abd29bdd0a0ef968c1af80f265406a7ee874e569dc99123f5cfee3	system:demo-seed
demo-2024-post-62	post.created	2026-01-01 01:40:19+00	2026-12-08 00:27:47.293511+00	040d66971b7b4a5de10785e31ad7b76f0164bc610ffd82c36e156fab8d9a7ec2	system:demo-seed
demo-2024-post-63	post.created	2026-01-01 01:42:04+00	2026-12-08 00:27:47.293511+00	4ba2e26062cf03017416982d18a6138fa47d782dd8becb7cb3f4e90d3971c686	system:demo-seed
demo-2024-post-64	post.created	2026-01-01 01:43:41+00	2026-12-08 00:27:47.293511+00	e9d1ba446b22403f6a0b3756087cec887a610e66d6388522b471689fc58f1f7e	system:demo-seed
demo-2024-post-65	post.created	2026-01-01 01:46:03+00	2026-12-08 00:27:47.293511+00	baed5e2d9f7775c3ba7f6431a985198a2e58446cdec31d4b54508895c7cdcecf	system:demo-seed
demo-2024-post-66	post.created	2026-01-01 01:47:17+00	2026-12-08 00:27:47.293511+00	76f74cdb39f5985fe09fb83023c1bdb8850ba82e83651419017f5632cd964931	system:demo-seed
demo-2024-post-67	post.created	2026-01-01 01:49:17+00	2026-12-08 00:27:47.293511+00	cbc46841862ff5798d90115dd405529e383992df444f0892d55b89815e0d5ffe	system:demo-seed
demo-2024-post-68	post.created	2026-01-01 01:51:22+00	2026-12-08 00:27:47.293511+00	c5f0bfcbe8c076b830ce64a87264aad92b29ec90dc5d9b84ae84f5435a48763c	system:demo-seed
demo-2024-post-69	post.created	2026-01-01 01:52:18+00	2026-12-08 00:27:47.293511+00	e40019f29535b37e24d3f084a2afbde2bd3c4be19faa10d4910b8ab6736ef806	system:demo-seed
demo-2024-post-70	post.created	2026-01-01 01:53:13+00	2026-12-08 00:27:47.293511+00	e0d774bd47cc36934928ace517bb5e79d25e0640d2820671a5ecc16d0689328a	system:demo-seed
demo-2024-post-71	post.created	2026-01-01 01:55:30+00	2026-12-08 00:27:47.293511+00	b7abf058a76c0be610755abad22e4d167ecf8b180625774b81f62bf9f76188a0	system:demo-seed
demo-2024-post-72	post.created	2026-01-01 01:57:04+00	2026-12-08 00:27:47.293511+00	95dbe0a51278ae648ea91ccf34513439fdb269c94f39e1ea95386944a44376e9	system:demo-seed
demo-2024-post-73	post.created	2026-01-01 01:59:09+00	2026-12-08 00:27:47.293511+00	251ac6879bbeb84a3d4906ce65f90355e5e6c74273fd76a42a4261645f7c251b	system:demo-seed
demo-2024-post-74	post.created	2026-01-01 02:00:25+00	2026-12-08 00:27:47.293511+00	59bbf8110222fc1dbfb94f043a09e3d3c21876b1bfcc124c5be80ae32c4df970	system:demo-seed
demo-2024-post-75	post.created	2026-01-01 02:01:23+00	2026-12-08 00:27:47.293511+00	f13d508323eeabb0b61216834602a8e70a73fcc7994fdaed253d7c66f72b53b6	system:demo-seed
demo-2024-post-76	post.created	2026-01-01 02:03:08+00	2026-12-08 00:27:47.293511+00	f1912be38442aeca931b3ce2b23d4b6c182fec1839278fa0cbe87512a49c4c33	system:demo-seed
demo-2024-post-77	post.created	2026-01-01 02:05:16+00	2026-12-08 00:27:47.293511+00	b828279a1c3c8d6259a1255536ed3c56c5c0c05d8ffb1f1c8193dd8c6636290e	system:demo-seed
demo-2024-post-78	post.created	2026-01-01 02:06:53+00	2026-12-08 00:27:47.293511+00	eec5ecddc8714c2440af20374d21849c0d5d159bea0e2775db09ebde17a302a5	system:demo-seed
demo-2024-post-79	post.created	2026-01-01 02:07:53+00	2026-12-08 00:27:47.293511+00	1d9a916dca9772d1c657b5e08ef4a9b7a30dd124eac9e2b456ce78d9131252ca	system:demo-seed
demo-activity-demo-post-20261206-00060	post.created	2026-12-06 00:00:00+00	2026-12-06 00:48:44+00	5eedf3a3c0f4572c34d8454cb05f912d6978396753e9be5752e06249c9a1255d	system:demo-seed
demo-activity-demo-post-20261206-00065	post.created	2026-12-06 00:00:00+00	2026-12-06 00:48:44+00	bf47ef886a0dd580a197a9f945297d52df8b6ed804b5a2ee02572337a39766ac	system:demo-seed
demo-activity-demo-post-20261206-00077	post.created	2026-12-06 00:00:00+00	2026-12-06 00:48:44+00	88bee69c9d364b7710cdf2f4a117c560191317660ecf17f489e995b80ea009cc	system:demo-seed
demo-activity-demo-post-20261206-00091	post.created	2026-12-06 00:22:20+00	2026-12-06 00:48:44+00	03c138e222bdb0e542025c79a8f5b784ebb91a738ca861874816ee5b72d02de2	system:demo-seed
demo-activity-demo-post-20261206-00000	post.created	2026-12-06 01:52:30+00	2026-12-06 01:59:59+00	501221ffcfd62411618fa934a8774cf46280414741d8d540386aa4831bf671ca	system:demo-seed
demo-activity-demo-post-20261206-00043	post.created	2026-12-06 02:07:08+00	2026-12-06 02:45:10+00	22c908862c99525e9b1699a45b79a3cb2e6293897c32c41d82c8c27f517d4256	system:demo-seed
demo-activity-demo-post-20261206-00058	post.created	2026-12-06 02:32:24+00	2026-12-06 02:45:10+00	7ee5072a517056a7699fb37fcdb597bf842f64e00e8ae5b06259e1bc47344900	system:demo-seed
demo-activity-demo-post-20261206-00072	post.created	2026-12-06 02:11:53+00	2026-12-06 02:45:10+00	686d4a04f32b87ffe0459e32365e0ac97df064bb578046a3c80bad16e8872c06	system:demo-seed
demo-activity-demo-post-20261206-00011	post.created	2026-12-06 02:52:27+00	2026-12-06 02:59:59+00	2791babdb18645fef6e922d58f71c0054d0f83e1cafae9a076aafa910bfa9390	system:demo-seed
demo-activity-demo-post-20261206-00041	post.created	2026-12-06 02:51:13+00	2026-12-06 02:59:59+00	9b0e736661d40a8360bca5843b99d94e6b37934896e557b4ef0223d5c950eca4	system:demo-seed
demo-activity-demo-post-20261206-00021	post.created	2026-12-06 03:53:06+00	2026-12-06 03:59:59+00	896256dc788cee1270c7790a8371e92db49f9075c7c62c0893ab55eab864aa65	system:demo-seed
demo-activity-demo-post-20261206-00067	post.created	2026-12-06 03:49:49+00	2026-12-06 03:59:59+00	e2517267fb160bc8d686d557e00b21c0d6a51c0595bcefd3d501d694d83ca456	system:demo-seed
demo-activity-demo-post-20261206-00089	post.created	2026-12-06 03:22:18+00	2026-12-06 03:59:59+00	25849fd0fd87bdab4d64074ad576e44dd158b30839dcee4fb374aa1ef1be85b6	system:demo-seed
demo-activity-demo-post-20261206-00017	post.created	2026-12-06 04:28:30+00	2026-12-06 04:59:10+00	193c364823006a7799a58805b08e7145a900e41b7f754726f7fabe1ac6c11841	system:demo-seed
demo-activity-demo-post-20261206-00042	post.created	2026-12-06 04:22:32+00	2026-12-06 04:59:10+00	7672725d9dd48009034d1064bb7fd4beb0c77c0ebf74c62cb35b22527082ca58	system:demo-seed
demo-activity-demo-post-20261206-00046	post.created	2026-12-06 04:36:03+00	2026-12-06 04:59:10+00	fdd6c5c656e16b5a2f8ee4d8c4f20a3ea742897d24ff902fde0de00f2ab46526	system:demo-seed
demo-activity-demo-post-20261206-00063	post.created	2026-12-06 04:22:35+00	2026-12-06 04:59:10+00	c396b42b8d087cb924944629d5261d02edb75209ec194f3591c1fbf09c062b24	system:demo-seed
demo-activity-demo-post-20261206-00032	post.created	2026-12-06 05:09:35+00	2026-12-06 05:59:59+00	856998a0515abf12398908146e440c246d3debda221469b5c5327746d2d6cda5	system:demo-seed
demo-activity-demo-post-20261206-00047	post.created	2026-12-06 05:08:15+00	2026-12-06 05:59:59+00	cc2e4ee5ddf05de25afe84285758d8041d3e7c4cba7af5cd20955e97ba818831	system:demo-seed
demo-activity-demo-post-20261206-00051	post.created	2026-12-06 05:01:24+00	2026-12-06 05:59:59+00	bf213b44d38e092f0ba529c966295120b47e530824a5e0bf4840dae464718e5d	system:demo-seed
demo-activity-demo-post-20261206-00007	post.created	2026-12-06 06:48:40+00	2026-12-06 06:59:59+00	eda31ab237f3753b5f02a9ea90845c69c11a27a5fa5441069c1714a31d4172c9	system:demo-seed
demo-activity-demo-post-20261206-00031	post.created	2026-12-06 06:54:25+00	2026-12-06 06:59:59+00	6802894d51b50dc2c8db469eab4ba89d5a2debc4e80da2caed6e466001a78835	system:demo-seed
demo-activity-demo-post-20261206-00052	post.created	2026-12-06 07:17:17+00	2026-12-06 07:59:59+00	2957d8a44a9db16bf2e9b735ec243b6fae4288e0248a92d33c720968e2e5d2cf	system:demo-seed
demo-activity-demo-post-20261206-00054	post.created	2026-12-06 07:13:44+00	2026-12-06 07:59:59+00	9cfb046c64983131041a33f679458f2beb8d794fa945fd13dafeda2b237a549d	system:demo-seed
demo-activity-demo-post-20261206-00078	post.created	2026-12-06 07:28:19+00	2026-12-06 07:59:59+00	a550e25a102f088a46ff34949078b8a25966bfb810dd6e41a57397c06421861b	system:demo-seed
demo-activity-demo-post-20261206-00093	post.created	2026-12-06 07:04:44+00	2026-12-06 07:59:59+00	3b773b08b922f5edb95019338b3363434dce4db904b88e30328c5244b63b0f21	system:demo-seed
demo-activity-demo-post-20261206-00008	post.created	2026-12-06 08:23:44+00	2026-12-06 08:59:59+00	0ce617d5e36e1778e67343eea730e1e41db114eb0dfca7e5018b9ecfca163915	system:demo-seed
demo-activity-demo-post-20261206-00014	post.created	2026-12-06 08:04:19+00	2026-12-06 08:59:59+00	a7be948b4e202ba21ef9383823c27c5253a38c106d0cfb27b159ddf613a52db6	system:demo-seed
demo-activity-demo-post-20261206-00055	post.created	2026-12-06 08:58:53+00	2026-12-06 08:59:59+00	df0ec860cc2817b7114497ec3653895a15e702ac428c4bac79f26728e94c9bd3	system:demo-seed
demo-activity-demo-post-20261206-00070	post.created	2026-12-06 08:05:42+00	2026-12-06 08:59:59+00	6bb4af0f21528c42449e93794e8ee0ecd5986dbc9013f58630fe0ed82b9a8f86	system:demo-seed
demo-activity-demo-post-20261206-00079	post.created	2026-12-06 08:56:42+00	2026-12-06 08:59:59+00	225f3aa91fd9d21b257207d3cb2ee1a2df399e5d1f7aab6dbb046bd580f868d8	system:demo-seed
demo-activity-demo-post-20261206-00001	post.created	2026-12-06 09:35:20+00	2026-12-06 09:59:59+00	0c5dad6cbc3767d07cb45a3b90db881efef648360db2734c5362d8d83b5e5288	system:demo-seed
demo-activity-demo-post-20261206-00074	post.created	2026-12-06 09:51:51+00	2026-12-06 09:59:59+00	16addf203d2307ed3afb0ade3688f5c71b6adb0db2894e0f56272372a7215967	system:demo-seed
demo-activity-demo-post-20261206-00013	post.created	2026-12-06 10:20:13+00	2026-12-06 10:59:59+00	34aa91f16bf207449b6a8c3a6678f9573bab523c5efea15cacf7807212d18926	system:demo-seed
demo-activity-demo-post-20261206-00056	post.created	2026-12-06 10:34:57+00	2026-12-06 10:59:59+00	94e419bbbd7b213c4e2bd2e76562488ec4a6ea10527bd73eec9c85bbbf8c0960	system:demo-seed
demo-activity-demo-post-20261206-00085	post.created	2026-12-06 10:28:10+00	2026-12-06 10:59:59+00	425dfe70e390297b8a384ac1303c7859b6af3cb3583c9b5c32c05a805e3035d3	system:demo-seed
demo-activity-demo-post-20261206-00087	post.created	2026-12-06 10:47:50+00	2026-12-06 10:59:59+00	eb486e9eb055e19449aee0c36325e9409d9073cb79fa4b528aeb608dead7b39f	system:demo-seed
demo-activity-demo-post-20261206-00023	post.created	2026-12-06 11:08:08+00	2026-12-06 11:08:44+00	7ec65309fb9207c80559fe31b92ed8f29a3d00a1d00a2882574ffe20b400139e	system:demo-seed
demo-activity-demo-post-20261206-00088	post.created	2026-12-06 11:00:41+00	2026-12-06 11:08:44+00	b623eaf6b3b246347f26ca79fd36cff6ebca436fbfdba88cdcedb0ba58a90908	system:demo-seed
demo-activity-demo-post-20261206-00034	post.created	2026-12-06 11:15:59+00	2026-12-06 11:22:22+00	ec364c21243a136ec77047ab08b4efdba6fe6c2a19ccf1884e845de6baf9a68b	system:demo-seed
demo-activity-demo-post-20261206-00066	post.created	2026-12-06 11:09:40+00	2026-12-06 11:22:22+00	5fd3a33a8933abe8498c2210f0f4bf4537fff148b5d8c86f97fc85b0841cc88e	system:demo-seed
demo-activity-demo-post-20261206-00019	post.created	2026-12-06 11:34:40+00	2026-12-06 11:36:16+00	7ac949b118ce2436e8999a2a4e72721a4de82580fb1ddc7fc891d0ac4b7bed48	system:demo-seed
demo-activity-demo-post-20261206-00009	post.created	2026-12-06 11:49:36+00	2026-12-06 11:59:59+00	bfedf237b20ac5f1d66d70bedc41d5dd1b18872c4922b005c049882f9418e969	system:demo-seed
demo-activity-demo-post-20261206-00081	post.created	2026-12-06 11:55:42+00	2026-12-06 11:59:59+00	bee1952c41c5d9f9d909ed5c714ff924256ec7a3a993d9e642645ad0b9857917	system:demo-seed
demo-activity-demo-post-20261206-00080	post.created	2026-12-06 12:07:00+00	2026-12-06 12:15:18+00	67a872a4e2a9b6705c90911c88966bf9044adc4fa4286f30e3254267b43cc3d2	system:demo-seed
demo-activity-demo-post-20261206-00029	post.created	2026-12-06 12:29:13+00	2026-12-06 12:38:53+00	ce8ec501cba6112067596c2887651af7f79cd7e4d16e9b4fe02ffeb60ee2f024	system:demo-seed
demo-activity-demo-post-20261206-00083	post.created	2026-12-06 12:29:25+00	2026-12-06 12:38:53+00	962ee7e0f321e65e6483549f0de957262743ae1172417fca95b1d161e7259050	system:demo-seed
demo-activity-demo-post-20261206-00090	post.created	2026-12-06 12:29:37+00	2026-12-06 12:38:53+00	fe0aac9aa4a7b1d8b09b2c8ae288ee349279117a34a7c191a202c42c85629afe	system:demo-seed
demo-activity-demo-post-20261206-00069	post.created	2026-12-06 12:55:06+00	2026-12-06 12:59:59+00	c980bd2f3160c5c263fcdc21774cd8901148bdfcfab1e5c3abdfb9ce97bc4254	system:demo-seed
demo-activity-demo-post-20261206-00061	post.created	2026-12-06 13:14:36+00	2026-12-06 13:17:08+00	f683d013b72ff03a1e65fd725bb4a939e36f07b32c0db5a1232b26088c01bc72	system:demo-seed
demo-activity-demo-post-20261206-00071	post.created	2026-12-06 13:13:03+00	2026-12-06 13:17:08+00	f8bb1d79bd545583f4cd4e9c48a1a0dd7e38bc424b172c85886d46a74592c32b	system:demo-seed
demo-activity-demo-post-20261206-00002	post.created	2026-12-06 13:32:53+00	2026-12-06 13:35:53+00	3d9d6b4f7852cee29afc31ef97b8d8720f37f9a596ccc5313735f430df4ee262	system:demo-seed
demo-activity-demo-post-20261206-00082	post.created	2026-12-06 13:35:11+00	2026-12-06 13:35:53+00	9b3ba0f2aa96c9f604c73f8f929790df4dc64fb04c8400c2ac4c873ff907e67e	system:demo-seed
demo-activity-demo-post-20261206-00038	post.created	2026-12-06 13:42:18+00	2026-12-06 13:47:02+00	b705ae8ea8275c7dc4c5563b2b7930f5e9d6466d545cee49653b29618e3ec5d8	system:demo-seed
demo-activity-demo-post-20261206-00086	post.created	2026-12-06 13:58:05+00	2026-12-06 13:59:59+00	16300c97b43eac8de96ad5651354fe77f40b398dd8f98e740e0f5a25072c9bfb	system:demo-seed
demo-activity-demo-post-20261206-00005	post.created	2026-12-06 14:06:09+00	2026-12-06 14:08:24+00	cdf0eb37c5e517590e08b3e5fde2fcba29504880104a3eedb9a0d1ce0c5af9f4	system:demo-seed
demo-activity-demo-post-20261206-00016	post.created	2026-12-06 14:51:47+00	2026-12-06 14:59:59+00	bbce14f23ff4fd0acf461c82df9a3f51c7f4b9e95dd8a7b97aa50ded3816517f	system:demo-seed
demo-activity-demo-post-20261206-00075	post.created	2026-12-06 15:03:56+00	2026-12-06 15:07:13+00	683dfbb66dc69a0ed2ddcb595d312e47dc32e9fcb3aea1e1554870e6c2de7045	system:demo-seed
demo-activity-demo-post-20261206-00036	post.created	2026-12-06 15:11:01+00	2026-12-06 15:26:18+00	b63e8974960647c7ad0f46cd5cbb28925ab2a2a06bccc446098ab8086245110b	system:demo-seed
demo-activity-demo-post-20261206-00037	post.created	2026-12-06 15:13:55+00	2026-12-06 15:26:18+00	426f5d13d57ed382147867e2386e73679335079b8226f700d831fca3578bf855	system:demo-seed
demo-activity-demo-post-20261206-00050	post.created	2026-12-06 15:23:24+00	2026-12-06 15:26:18+00	555964aa82a19004b4206d3cc5ffb10b9d6270c7f384e73c41b38ee5f3155dae	system:demo-seed
demo-activity-demo-post-20261206-00064	post.created	2026-12-06 15:34:52+00	2026-12-06 15:40:19+00	348387c68c9bda0a5886654afe2b4ee8d522d1cec723b680b341d57becfaa666	system:demo-seed
demo-activity-demo-post-20261206-00057	post.created	2026-12-06 15:54:54+00	2026-12-06 15:59:59+00	392038bc1971be075dbb645dab12c25a7b87d95293b82e6cb8f4ddff8e7fd595	system:demo-seed
demo-activity-demo-post-20261206-00048	post.created	2026-12-06 16:05:16+00	2026-12-06 16:26:43+00	cc51cedb170a0e827746f29de50455d457a62d0853cb47d89d57d924f0c09b64	system:demo-seed
demo-activity-demo-post-20261206-00049	post.created	2026-12-06 16:02:33+00	2026-12-06 16:26:43+00	e48c47cf25260eabd101a94297340f639d67503484046f550984afa22510dffd	system:demo-seed
demo-activity-demo-post-20261206-00006	post.created	2026-12-06 16:34:17+00	2026-12-06 16:59:59+00	577058c373f466d26e3502ca5f93ae9023ceae4faf0ec6f6e8d2e25238390893	system:demo-seed
demo-activity-demo-post-20261206-00022	post.created	2026-12-06 16:49:24+00	2026-12-06 16:59:59+00	38726cb59edf58d42bed5c9fcf4e0eb35ed2b3551bceb6d708ec9c3f1692e09d	system:demo-seed
demo-activity-demo-post-20261206-00062	post.created	2026-12-06 16:33:55+00	2026-12-06 16:59:59+00	c8ff9a4b9a27aacade9144c1f15408700ffe4788fe28627312a0223becb88a5f	system:demo-seed
demo-activity-demo-post-20261206-00012	post.created	2026-12-06 17:43:56+00	2026-12-06 17:53:32+00	a560d629a926da0a39d765e14401e40e2d9d55dbb2991c4c2d16b52bce9544ca	system:demo-seed
demo-activity-demo-post-20261206-00015	post.created	2026-12-06 17:31:48+00	2026-12-06 17:53:32+00	a4bc9abf3ea7fb0b6cb36bdbb32ab726268339960bb3d2ae712f0673316d8175	system:demo-seed
demo-activity-demo-post-20261206-00024	post.created	2026-12-06 17:11:29+00	2026-12-06 17:53:32+00	c3d4b798f93b504bb5d37a52d7bfca7159cc7cbab017b1335be1e3d0fc72cb49	system:demo-seed
demo-activity-demo-post-20261206-00025	post.created	2026-12-06 17:03:30+00	2026-12-06 17:53:32+00	7f3436c0cf291c095adbf933f8df85aca3d0708d8501e6d787c0ca19587cd54c	system:demo-seed
demo-activity-demo-post-20261206-00026	post.created	2026-12-06 17:23:08+00	2026-12-06 17:53:32+00	3a1d5ef69ed9ad8f7707df3401a9f5bc4dd0fdf34760674e26bf50f3e1fb8826	system:demo-seed
demo-activity-demo-post-20261206-00028	post.created	2026-12-06 17:06:48+00	2026-12-06 17:53:32+00	926204d4f3941923419c4cd46164d2578d0085c3d108a487011af8fb6c2448e5	system:demo-seed
demo-activity-demo-post-20261206-00035	post.created	2026-12-06 17:31:59+00	2026-12-06 17:53:32+00	70ddf720ff19473457904169199af038e59454c977a8853c4010eae1e15cbd92	system:demo-seed
demo-activity-demo-post-20261206-00076	post.created	2026-12-06 17:32:12+00	2026-12-06 17:53:32+00	84a9c4c4f73c7019dcc8f92a017e817bcd8924e315c3f82d38e6607a88e4b875	system:demo-seed
demo-activity-demo-post-20261206-00068	post.created	2026-12-06 18:07:12+00	2026-12-06 18:34:38+00	e475bdbb8548bd490a992097b549a5e38f2213cd0c0015069b61cae9e19083d1	system:demo-seed
demo-activity-demo-post-20261206-00045	post.created	2026-12-06 18:36:14+00	2026-12-06 18:47:29+00	384f3a7e7405d26000bf1d38e93c23eec224a2e1a97bc8087ed8591de0f5c49f	system:demo-seed
demo-activity-demo-post-20261206-00003	post.created	2026-12-06 19:55:03+00	2026-12-06 19:59:59+00	9e1f683887beae98bd26ebfc5e97a4519a2d6ae78be6043ff7cd599ddabb6763	system:demo-seed
demo-activity-demo-post-20261206-00030	post.created	2026-12-06 19:03:20+00	2026-12-06 19:59:59+00	deb907e321678d3d7ed8615d90ebeedd2b9d30933e7a8d4018c2c6928dab6144	system:demo-seed
demo-activity-demo-post-20261206-00040	post.created	2026-12-06 19:25:57+00	2026-12-06 19:59:59+00	73cc8f9e4e12b383d77a6645feee384f02c359c18d2cf534aa1657cc97b3240c	system:demo-seed
demo-activity-demo-post-20261206-00044	post.created	2026-12-06 19:07:04+00	2026-12-06 19:59:59+00	232188a7c740e9e5699507499542654cd725650b03729916b0d5073ac2764b4b	system:demo-seed
demo-activity-demo-post-20261206-00059	post.created	2026-12-06 19:20:48+00	2026-12-06 19:59:59+00	f0a1c937773a957617f5f03144f4c34a2a06796c42296ec4c26089c9c4032bc9	system:demo-seed
demo-activity-demo-post-20261206-00084	post.created	2026-12-06 19:48:35+00	2026-12-06 19:59:59+00	a8df8faadf124dd9131de0d930da40219fdd4e2d4ed6e9485bb01eff5397c9d9	system:demo-seed
demo-activity-demo-post-20261206-00027	post.created	2026-12-06 20:05:17+00	2026-12-06 20:19:46+00	20ceb1f53cc0df3d0475908f03b7dae2083ee040678091937690028b1de31519	system:demo-seed
demo-activity-demo-post-20261206-00092	post.created	2026-12-06 20:01:03+00	2026-12-06 20:19:46+00	da792f1fcb01a40f856c64cd4d9700bac460dc8e41f5e22fae5cf063e560794c	system:demo-seed
demo-activity-demo-post-20261206-00010	post.created	2026-12-06 20:39:31+00	2026-12-06 20:59:59+00	7c51816ca755f8a321a3d355eede7538a95cb368b67ce5866605b7c432b4c435	system:demo-seed
demo-activity-demo-post-20261206-00039	post.created	2026-12-06 20:37:00+00	2026-12-06 20:59:59+00	87e1c08a9d165f8fc7dff87be67c5b375baa9833b4632b690c95b14f6754b9d6	system:demo-seed
demo-activity-demo-post-20261206-00004	post.created	2026-12-06 21:31:09+00	2026-12-06 21:37:38+00	abb642ce23289d5391ac98402c7a48f2f1ab63d94624f87c0887f4f6c05e77a5	system:demo-seed
demo-activity-demo-post-20261206-00020	post.created	2026-12-06 21:35:23+00	2026-12-06 21:37:38+00	28117b8ae65470466044959fe2d91eb3e445569837c68abfcfe1bf415e9473d6	system:demo-seed
demo-activity-demo-post-20261206-00033	post.created	2026-12-06 21:03:05+00	2026-12-06 21:37:38+00	12eb00b79f9f0cb45ed678c7e72d65fed8b4db814c623e302d466194b0a53e6e	system:demo-seed
demo-activity-demo-post-20261206-00053	post.created	2026-12-06 21:31:12+00	2026-12-06 21:37:38+00	24c6dd4ad89c2c8944d0f9e27507d7cdf7ddec95c79a8496d0899c87393feeec	system:demo-seed
demo-activity-demo-post-20261206-00073	post.created	2026-12-06 21:07:18+00	2026-12-06 21:37:38+00	621d430f3cdec7268c9d4b99e01a9ee306252c35dd260b3cb5df560080de5c9d	system:demo-seed
demo-activity-demo-post-20261206-00018	post.created	2026-12-06 21:41:27+00	2026-12-06 21:59:59+00	106c47d11b2bb00a592f7aec7430930d9b160def53d3e0c610bce8f36bf7ea36	system:demo-seed
\.


--
-- Data for Name: installation_facts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.installation_facts (name, value, set_at) FROM stdin;
demo_seed	2024	2026-12-08 00:27:49.049006+00
demo_activity:2026-12-06	{"appeals": 2, "appeals_reversed": 1, "appeals_upheld": 1, "authority_complied": 3, "authority_need_more_info": 1, "authority_partially_complied": 1, "authority_pending": 1, "authority_refused": 2, "authority_requests": 8, "backlog": 4, "decisions": 25, "decisions_automated": 3, "decisions_human": 22, "detections": 9, "flagger_notices": 4, "notices": 26, "platform_events": 94, "qa_reviewed": 3, "qa_sampled": 3, "report_tree_size": 47}	2026-12-07 01:08:00+00
\.


--
-- Data for Name: item_labels; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.item_labels (id, item_kind, item_id, label, note, added_by, added_at) FROM stdin;
\.


--
-- Data for Name: legal_deferred_notices; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.legal_deferred_notices (id, request_id, account_id, message, due_at, state, enforcement_action_id, created_at, reviewed_at, delivered_at, delivered_by) FROM stdin;
\.


--
-- Data for Name: legal_disclosures; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.legal_disclosures (id, request_id, fields, content_encrypted, content_sha256, signature_b64, state, prepared_by, prepared_at, approved_by, released_at, expires_at, downloads) FROM stdin;
\.


--
-- Data for Name: legal_holds; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.legal_holds (id, subject_kind, subject_id, reason, reference, held_until, created_at, created_by, released_at, released_by, details) FROM stdin;
d2cdcad7-649b-4b9b-8605-14b2196531e5	post	demo-post-20261206-00060	Preserved for redress against a content moderation decision (DSA Art. 20 and 21; TCO Art. 6 where it applies)	decision:ea7c5142-2677-4faa-9980-e6841e26a773	2027-06-08 03:56:59.59272+00	2026-12-06 03:56:59.59272+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	\N	\N	{}
940c9bde-eb0d-4a6b-8042-991b759d7ed3	post	demo-post-20261206-00072	Preserved for redress against a content moderation decision (DSA Art. 20 and 21; TCO Art. 6 where it applies)	decision:9b7c22eb-94e7-4459-b11c-f4f9ff059193	2027-06-08 06:08:55.306253+00	2026-12-06 06:08:55.306253+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	\N	\N	{}
8aee8b6e-cc82-4e23-9069-bed2cdbe35a3	post	demo-post-20261206-00088	Preserved for redress against a content moderation decision (DSA Art. 20 and 21; TCO Art. 6 where it applies)	decision:095236cb-91bc-43f6-8a03-9d782fe8a451	2027-06-08 11:50:12.014168+00	2026-12-06 11:50:12.014168+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	\N	\N	{}
b38098da-9e9d-48fa-8dbb-bd7f08989099	post	demo-post-20261206-00079	Preserved for redress against a content moderation decision (DSA Art. 20 and 21; TCO Art. 6 where it applies)	decision:ae30064c-276e-49fc-91f8-44a612ab72b6	2027-06-08 12:21:03.111132+00	2026-12-06 12:21:03.111132+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	\N	\N	{}
c4c33d74-320a-41b9-a720-f7852c9ad931	post	demo-post-20261206-00080	Preserved for redress against a content moderation decision (DSA Art. 20 and 21; TCO Art. 6 where it applies)	decision:dfe14d66-4116-4895-9b06-cb0904797862	2027-06-08 13:18:08+00	2026-12-06 13:18:08+00	system:demo-detection	\N	\N	{}
f2305ccc-2123-4768-88be-f6842c3c800b	post	demo-post-20261206-00083	Preserved for redress against a content moderation decision (DSA Art. 20 and 21; TCO Art. 6 where it applies)	decision:bc140e56-e508-422d-bad1-46cf929b7529	2027-06-08 13:37:23+00	2026-12-06 13:37:23+00	system:demo-detection	\N	\N	{}
28b243ec-9fd4-474c-a70f-19767ac46e84	post	demo-post-20261206-00090	TCO Art. 6: content removed or disabled on a removal order is preserved for six months	legal_request:c56f0829-2426-4926-bed2-91e82e191a1c	2027-06-07 13:39:49.22931+00	2026-12-06 13:39:49.22931+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	\N	\N	{}
171ed158-c50d-4a33-81b1-4e26610d309d	post	demo-post-20261206-00087	Preserved for redress against a content moderation decision (DSA Art. 20 and 21; TCO Art. 6 where it applies)	decision:8a73f145-3282-4118-b172-a638701521f4	2027-06-08 13:42:52.462564+00	2026-12-06 13:42:52.462564+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	\N	\N	{}
c2038d55-dc70-49d9-99b4-4cbaded2fe07	post	demo-post-20261206-00086	Preserved for redress against a content moderation decision (DSA Art. 20 and 21; TCO Art. 6 where it applies)	decision:3491bc4d-cdd6-490a-8672-562d665d32a8	2027-06-08 14:20:02.971405+00	2026-12-06 14:20:02.971405+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	\N	\N	{}
605fffa8-1131-4369-9b97-cceee5e95d14	post	demo-post-20261206-00081	Preserved for redress against a content moderation decision (DSA Art. 20 and 21; TCO Art. 6 where it applies)	decision:f6542b79-348e-4c92-ac03-ff2ae47db41d	2027-06-08 14:50:00+00	2026-12-06 14:50:00+00	system:demo-detection	\N	\N	{}
140924cd-b3f7-4d8c-93a2-293e4d295e28	post	demo-post-20261206-00074	Preserved for redress against a content moderation decision (DSA Art. 20 and 21; TCO Art. 6 where it applies)	decision:c55360a4-67b4-450b-ac16-6455b457b13b	2027-06-08 15:02:33.367779+00	2026-12-06 15:02:33.367779+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	\N	\N	{}
e57b003d-8a2f-4a1f-9dbb-b6c8efd20d5b	post	demo-post-20261206-00065	Preserved for redress against a content moderation decision (DSA Art. 20 and 21; TCO Art. 6 where it applies)	decision:3e5cf954-c5f7-44e4-92ad-694a75f49a43	2027-06-08 16:47:12.355594+00	2026-12-06 16:47:12.355594+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	\N	\N	{}
a1ce1ad3-6974-4ebc-9037-bdd8686f393a	post	demo-post-20261206-00085	Preserved for redress against a content moderation decision (DSA Art. 20 and 21; TCO Art. 6 where it applies)	decision:1e3582d7-10ac-41b2-9256-7b96e03f6345	2027-06-08 17:03:44.968813+00	2026-12-06 17:03:44.968813+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	\N	\N	{}
24569624-a56c-4d20-89e7-30a40ef7a538	post	demo-post-20261206-00082	Preserved for redress against a content moderation decision (DSA Art. 20 and 21; TCO Art. 6 where it applies)	decision:25254d1e-1e3f-41a9-8bfc-2585cab99523	2027-06-08 17:13:48.462844+00	2026-12-06 17:13:48.462844+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	\N	\N	{}
7ebc5df6-ea66-488b-810a-6a7a57aebd0f	post	demo-post-20261206-00071	Preserved for redress against a content moderation decision (DSA Art. 20 and 21; TCO Art. 6 where it applies)	decision:325891a2-4298-400f-a7b8-c32170565840	2027-06-08 17:51:41.718249+00	2026-12-06 17:51:41.718249+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	\N	\N	{}
2d9646ca-28ea-455a-b025-1926d27175fd	post	demo-post-20261206-00062	Preserved for redress against a content moderation decision (DSA Art. 20 and 21; TCO Art. 6 where it applies)	decision:6941791b-27d8-44ab-b8df-07c5d474addc	2027-06-08 19:35:05.206699+00	2026-12-06 19:35:05.206699+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	\N	\N	{}
481e0085-f98a-479a-a51d-9876cbd061ba	post	demo-post-20261206-00084	Preserved for redress against a content moderation decision (DSA Art. 20 and 21; TCO Art. 6 where it applies)	decision:5cc5d1fd-4b38-45ac-baa3-570a760612e3	2027-06-08 21:55:09.225933+00	2026-12-06 21:55:09.225933+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	\N	\N	{}
ad45ae48-22fd-4852-96e4-de7b3858d091	post	demo-post-20261206-00061	Preserved for redress against a content moderation decision (DSA Art. 20 and 21; TCO Art. 6 where it applies)	decision:c9d52458-bd4f-40d5-8e5f-d58de7727e20	2027-06-08 22:08:30.508451+00	2026-12-06 22:08:30.508451+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	\N	\N	{}
88c831fe-dfa7-48ae-acfc-5043cdd8a614	post	demo-post-20261206-00073	Preserved for redress against a content moderation decision (DSA Art. 20 and 21; TCO Art. 6 where it applies)	decision:a0bf582c-cacc-4aed-9dd8-e93ef58496f2	2027-06-08 22:36:10.377404+00	2026-12-06 22:36:10.377404+00	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	\N	\N	{}
\.


--
-- Data for Name: legal_request_answers; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.legal_request_answers (id, request_id, answer, scope, reasons, what_and_why, missing, followed_proposal, override_reason, assessment_id, proposal_digest, policy_version, answered_at, answered_by, late) FROM stdin;
b47bf344-9a08-4eb2-bf61-6cf6f4417f01	c56f0829-2426-4926-bed2-91e82e191a1c	complied	requesting_country	[{"rule": "R-LOCAL-LAW-GEO", "text": "Content lawful under the global terms but illegal in the requesting country is withheld in that country only, when a competent authority cites its legal basis and the country's rule of law is strong."}, {"rule": "R-USER-NOTICE", "text": "The user is told of the request and of what was done, unless a gag order applies; then they are told when it ends."}]	\N	[]	t	\N	ca9d2790-7bab-4b9d-887a-a8e7e4acb9cb	ca1745acbb81295eadba06b1075caf6256984ca95fb2dd6ed83f31058f696a65	2026.07.1	2026-12-06 13:39:49.22931+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	f
2ee528b6-851c-4cef-9727-a6159e0a0b7a	acb6b287-6e32-4a47-9b11-b0a4e622bc3f	partially_complied	none	[{"rule": "R-E2E-CONTENT-IMPOSSIBLE", "text": "Private chats are end-to-end encrypted; their content cannot be produced."}]	Subscriber data produced; message content cannot be produced.	[]	f	Decided by the legal officers after reviewing the order in full.	4afceaec-9df2-43b8-baa5-3345bb7e81ba	40087feb9fd7acf40f9ea6a74c6e37055d5cca0e802a5f226265366c45de5982	2026.07.1	2026-12-06 14:37:14.112037+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	f
98f5565f-9d66-4797-b615-bf2acb17d725	a4624c12-c03b-4a23-9377-e244c3bc9a7f	complied	requesting_country	[{"rule": "R-LOCAL-LAW-GEO", "text": "Content lawful under the global terms but illegal in the requesting country is withheld in that country only, when a competent authority cites its legal basis and the country's rule of law is strong."}, {"rule": "R-USER-NOTICE", "text": "The user is told of the request and of what was done, unless a gag order applies; then they are told when it ends."}]	\N	[]	t	\N	e92c5c21-1a56-46c2-8d6a-909150d871fd	55571b5172351cbd61b3df8f35e3b674ee11583cbf9df76d1ba03c671c965205	2026.07.1	2026-12-06 14:47:41.589624+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	f
a6422c37-93df-4027-a6db-1bed0da58bbd	aec25ee3-6db1-4435-9319-583e38dbbfcf	complied	requesting_country	[{"rule": "R-LOCAL-LAW-GEO", "text": "Content lawful under the global terms but illegal in the requesting country is withheld in that country only, when a competent authority cites its legal basis and the country's rule of law is strong."}, {"rule": "R-USER-NOTICE", "text": "The user is told of the request and of what was done, unless a gag order applies; then they are told when it ends."}]	\N	[]	t	\N	52da796c-1bdb-46bf-8ef9-d7d13feda8dc	26b41350368288818bcc76dc56f561cbe2248020175e0173aad7e3caddd92683	2026.07.1	2026-12-06 17:38:16.446165+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	f
af071c25-7f9c-4520-9afd-54c0f5819383	94476b71-a58a-4e9d-bf95-54af16eb5f17	refused	none	[{"rule": "R-PROTECTED-EXPRESSION", "text": "The channel organises peaceful protest; blocking it would suppress protected expression."}]	\N	[]	f	Decided by the legal officers after reviewing the order in full.	90e0a518-993b-4c5e-818a-d8e477de5945	b3511b1a7af8cab90417cd3426965e08a0688970409585b96af5860fe13d7a39	2026.07.1	2026-12-06 19:17:27.14257+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	f
9cae09ca-8c10-4732-b836-d9bdef9767f0	00a20130-91e8-4b5b-a02a-e4b87512a4a1	refused	none	[{"rule": "R-KEYS-NEVER", "text": "Encryption keys, backdoors and any weakening of encryption are never provided, whoever asks and from wherever."}]	\N	[]	t	\N	5d017d21-83d1-4b17-81f0-9c758ba55753	0b6d1922f518241631ad9dbae1cd7e78d3e21cb7e37a8bab6dcaa823c19fe626	2026.07.1	2026-12-06 20:11:03.025705+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	f
e7d38619-cdea-4311-af7e-5b99a9d34f84	6454b530-1729-4a25-b1c8-6b5faf333c73	need_more_info	none	[{"rule": "R-LEGAL-BASIS", "text": "An order must cite the provision of law it rests on; without one it waits for more information."}, {"rule": "R-LOCAL-LAW-GEO", "text": "Content lawful under the global terms but illegal in the requesting country is withheld in that country only, when a competent authority cites its legal basis and the country's rule of law is strong."}]	\N	[{"need": "the provision of law the order rests on", "field": "legal_basis"}]	t	\N	3b61ff10-318a-4e2f-9568-7ea1677a4693	95c638929ec5a366a2d71981268800b9c050391f6b8e3f6b4705618e24cb30da	2026.07.1	2026-12-06 23:58:00+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	f
\.


--
-- Data for Name: legal_request_assessments; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.legal_request_assessments (id, request_id, at, trigger, proposal, engine_input_sha256, proposal_digest, policy_version, policy_digest, note) FROM stdin;
52da796c-1bdb-46bf-8ef9-d7d13feda8dc	aec25ee3-6db1-4435-9319-583e38dbbfcf	2026-12-06 10:06:31+00	receipt	{"scope": "requesting_country", "missing": [], "reasons": [{"rule": "R-LOCAL-LAW-GEO", "text": "Content lawful under the global terms but illegal in the requesting country is withheld in that country only, when a competent authority cites its legal basis and the country's rule of law is strong.", "details": ["post 'demo-post-20261206-00093' is within the global terms: withheld in DE only"]}, {"rule": "R-USER-NOTICE", "text": "The user is told of the request and of what was done, unless a gag order applies; then they are told when it ends.", "details": ["no gag order: the user is told when effect is given"]}], "targets": [{"id": "demo-post-20261206-00093", "kind": "post", "rules": ["R-LOCAL-LAW-GEO", "R-USER-NOTICE"], "scope": "requesting_country", "action": "restrict", "disclose": []}], "deadline": "P5D", "disclose": [], "instrument": {"binding": false, "claimed": "national", "effective": "national"}, "disposition": "geo_restrict", "jurisdiction": {"eu": true, "eea": true, "name": "Germany", "year": 2024, "score": 1.6258, "country": "DE", "rule_of_law": "strong"}, "policy_digest": "7e91e2aa8b09258a61c985d0dc4361e5c17516f9623064382307d456f187f50b", "deadline_basis": "No statutory clock applies; internal SLA of 5 days for a normal request", "file_as_notice": false, "policy_version": "2026.07.1", "auto_executable": false, "proposal_digest": "26b41350368288818bcc76dc56f561cbe2248020175e0173aad7e3caddd92683", "proposed_answer": "complied", "user_notification": {"when": "on_effect", "notify": true, "not_before": null, "gag_review_every": null}, "approvals_required": [{"role": "legal_officer", "stage": "before", "distinct_people": 1}]}	8ea16953f08af05e57ee8103796ae0b5b500b5446bce59e42e8a97fde2bbf6de	26b41350368288818bcc76dc56f561cbe2248020175e0173aad7e3caddd92683	2026.07.1	7e91e2aa8b09258a61c985d0dc4361e5c17516f9623064382307d456f187f50b	\N
90e0a518-993b-4c5e-818a-d8e477de5945	94476b71-a58a-4e9d-bf95-54af16eb5f17	2026-12-06 10:08:09+00	receipt	{"scope": "none", "missing": [{"need": "the specific unlawful items in channel 'demo-chan-0000': it is not dedicated to harm as a whole", "field": "targets.0"}], "reasons": [{"rule": "R-PROPORTIONALITY", "text": "A request to block a whole channel, group or account for some of its items becomes action on those items, unless the channel or account as a whole is dedicated to harm.", "details": ["channel 'demo-chan-0000' is not dedicated to harm and no items in it are named"]}], "targets": [{"id": "demo-chan-0000", "kind": "channel", "rules": ["R-PROPORTIONALITY"], "scope": "none", "action": "none", "disclose": []}], "deadline": "P5D", "disclose": [], "instrument": {"binding": false, "claimed": "national", "effective": "national"}, "disposition": "need_more_info", "jurisdiction": {"eu": false, "eea": false, "name": "Russian Federation", "year": 2024, "score": -1.1565, "country": "RU", "rule_of_law": "weak"}, "policy_digest": "7e91e2aa8b09258a61c985d0dc4361e5c17516f9623064382307d456f187f50b", "deadline_basis": "No statutory clock applies; internal SLA of 5 days for a normal request", "file_as_notice": false, "policy_version": "2026.07.1", "auto_executable": false, "proposal_digest": "b3511b1a7af8cab90417cd3426965e08a0688970409585b96af5860fe13d7a39", "proposed_answer": "need_more_info", "user_notification": {"when": "not_applicable", "notify": false, "not_before": null, "gag_review_every": null}, "approvals_required": [{"role": "legal_officer", "stage": "before", "distinct_people": 1}]}	d0b8f067f9538aa867433c7eb794998185e73af36fc74146123cfefb0fe5358f	b3511b1a7af8cab90417cd3426965e08a0688970409585b96af5860fe13d7a39	2026.07.1	7e91e2aa8b09258a61c985d0dc4361e5c17516f9623064382307d456f187f50b	\N
3b61ff10-318a-4e2f-9568-7ea1677a4693	6454b530-1729-4a25-b1c8-6b5faf333c73	2026-12-06 12:15:48+00	receipt	{"scope": "none", "missing": [{"need": "the provision of law the order rests on", "field": "legal_basis"}], "reasons": [{"rule": "R-LEGAL-BASIS", "text": "An order must cite the provision of law it rests on; without one it waits for more information.", "details": ["no legal basis is cited"]}, {"rule": "R-LOCAL-LAW-GEO", "text": "Content lawful under the global terms but illegal in the requesting country is withheld in that country only, when a competent authority cites its legal basis and the country's rule of law is strong.", "details": ["post 'demo-post-20261206-00091' is within the global terms: withheld in PL only"]}], "targets": [{"id": "demo-post-20261206-00091", "kind": "post", "rules": ["R-LEGAL-BASIS", "R-LOCAL-LAW-GEO"], "scope": "none", "action": "none", "disclose": []}], "deadline": "P5D", "disclose": [], "instrument": {"binding": false, "claimed": "national", "effective": "national"}, "disposition": "need_more_info", "jurisdiction": {"eu": true, "eea": true, "name": "Poland", "year": 2024, "score": 0.5769, "country": "PL", "rule_of_law": "strong"}, "policy_digest": "7e91e2aa8b09258a61c985d0dc4361e5c17516f9623064382307d456f187f50b", "deadline_basis": "No statutory clock applies; internal SLA of 5 days for a normal request", "file_as_notice": false, "policy_version": "2026.07.1", "auto_executable": false, "proposal_digest": "95c638929ec5a366a2d71981268800b9c050391f6b8e3f6b4705618e24cb30da", "proposed_answer": "need_more_info", "user_notification": {"when": "not_applicable", "notify": false, "not_before": null, "gag_review_every": null}, "approvals_required": [{"role": "legal_officer", "stage": "before", "distinct_people": 1}]}	f8ca0da60e68f99c6b2ed146409453e84be68fa2afb19ed2358b755ae51aed0f	95c638929ec5a366a2d71981268800b9c050391f6b8e3f6b4705618e24cb30da	2026.07.1	7e91e2aa8b09258a61c985d0dc4361e5c17516f9623064382307d456f187f50b	\N
e92c5c21-1a56-46c2-8d6a-909150d871fd	a4624c12-c03b-4a23-9377-e244c3bc9a7f	2026-12-06 12:25:01+00	receipt	{"scope": "requesting_country", "missing": [], "reasons": [{"rule": "R-LOCAL-LAW-GEO", "text": "Content lawful under the global terms but illegal in the requesting country is withheld in that country only, when a competent authority cites its legal basis and the country's rule of law is strong.", "details": ["post 'demo-post-20261206-00089' is within the global terms: withheld in DE only"]}, {"rule": "R-USER-NOTICE", "text": "The user is told of the request and of what was done, unless a gag order applies; then they are told when it ends.", "details": ["no gag order: the user is told when effect is given"]}], "targets": [{"id": "demo-post-20261206-00089", "kind": "post", "rules": ["R-LOCAL-LAW-GEO", "R-USER-NOTICE"], "scope": "requesting_country", "action": "restrict", "disclose": []}], "deadline": "PT24H", "disclose": [], "instrument": {"binding": true, "claimed": "dsa_art9", "effective": "dsa_art9"}, "disposition": "geo_restrict", "jurisdiction": {"eu": true, "eea": true, "name": "Germany", "year": 2024, "score": 1.6258, "country": "DE", "rule_of_law": "strong"}, "policy_digest": "7e91e2aa8b09258a61c985d0dc4361e5c17516f9623064382307d456f187f50b", "deadline_basis": "DSA Art. 9(1)/10(1): inform the authority without undue delay (internal SLA of 24 hours)", "file_as_notice": false, "policy_version": "2026.07.1", "auto_executable": false, "proposal_digest": "55571b5172351cbd61b3df8f35e3b674ee11583cbf9df76d1ba03c671c965205", "proposed_answer": "complied", "user_notification": {"when": "on_effect", "notify": true, "not_before": null, "gag_review_every": null}, "approvals_required": [{"role": "legal_officer", "stage": "before", "distinct_people": 1}]}	3994efa61d2728c248a662b9e6d763fd6e13793ab0682aee3abea8d4518e453a	55571b5172351cbd61b3df8f35e3b674ee11583cbf9df76d1ba03c671c965205	2026.07.1	7e91e2aa8b09258a61c985d0dc4361e5c17516f9623064382307d456f187f50b	\N
4afceaec-9df2-43b8-baa5-3345bb7e81ba	acb6b287-6e32-4a47-9b11-b0a4e622bc3f	2026-12-06 12:35:22+00	receipt	{"scope": "none", "missing": [], "reasons": [{"rule": "R-E2E-CONTENT-IMPOSSIBLE", "text": "The content of end-to-end encrypted chats cannot be disclosed: the platform does not hold the keys, by design; only content the platform holds can ever be produced.", "details": ["private chats are end-to-end encrypted: their content cannot be produced; at most the channel and group posts the platform holds"]}, {"rule": "R-DATA-TIERS", "text": "User data is disclosed in tiers and no more than the process allows: subscriber data on valid legal process; IP addresses and phone numbers on a judge's authorisation for a criminal offence, or the process a binding instrument names for identification data; contacts, location and content only on a judge's order.", "details": ["subscriber_info (subscriber) is unlocked by court_order", "message_content (content) is unlocked by court_order"]}, {"rule": "R-DATA-INSTRUMENT", "text": "Where a legal instrument binds the platform its own data tiers apply; voluntary regimes get the stricter platform policy.", "details": ["a voluntary request (national): the stricter platform tiers apply"]}, {"rule": "R-USER-NOTICE", "text": "The user is told of the request and of what was done, unless a gag order applies; then they are told when it ends.", "details": ["no gag order: the user is told when effect is given"]}], "targets": [{"id": "demo-acc-00035", "kind": "account", "rules": ["R-DATA-TIERS", "R-USER-NOTICE"], "scope": "none", "action": "none", "disclose": ["subscriber_info", "message_content"]}], "deadline": "P5D", "disclose": ["subscriber_info", "message_content"], "instrument": {"binding": false, "claimed": "national", "effective": "national"}, "disposition": "comply", "jurisdiction": {"eu": true, "eea": true, "name": "Italy", "year": 2024, "score": 0.6192, "country": "IT", "rule_of_law": "strong"}, "policy_digest": "7e91e2aa8b09258a61c985d0dc4361e5c17516f9623064382307d456f187f50b", "deadline_basis": "No statutory clock applies; internal SLA of 5 days for a normal request", "file_as_notice": false, "policy_version": "2026.07.1", "auto_executable": false, "proposal_digest": "40087feb9fd7acf40f9ea6a74c6e37055d5cca0e802a5f226265366c45de5982", "proposed_answer": "complied", "user_notification": {"when": "on_effect", "notify": true, "not_before": null, "gag_review_every": null}, "approvals_required": [{"role": "legal_officer", "stage": "before", "distinct_people": 2}]}	693cd917815cd164ff286042987d180e08b2fcb71cab537340a783e94ce774a2	40087feb9fd7acf40f9ea6a74c6e37055d5cca0e802a5f226265366c45de5982	2026.07.1	7e91e2aa8b09258a61c985d0dc4361e5c17516f9623064382307d456f187f50b	\N
ca9d2790-7bab-4b9d-887a-a8e7e4acb9cb	c56f0829-2426-4926-bed2-91e82e191a1c	2026-12-06 13:21:06+00	receipt	{"scope": "requesting_country", "missing": [], "reasons": [{"rule": "R-LOCAL-LAW-GEO", "text": "Content lawful under the global terms but illegal in the requesting country is withheld in that country only, when a competent authority cites its legal basis and the country's rule of law is strong.", "details": ["post 'demo-post-20261206-00090' is within the global terms: withheld in FR only"]}, {"rule": "R-USER-NOTICE", "text": "The user is told of the request and of what was done, unless a gag order applies; then they are told when it ends.", "details": ["no gag order: the user is told when effect is given"]}], "targets": [{"id": "demo-post-20261206-00090", "kind": "post", "rules": ["R-LOCAL-LAW-GEO", "R-USER-NOTICE"], "scope": "requesting_country", "action": "restrict", "disclose": []}], "deadline": "PT1H", "disclose": [], "instrument": {"binding": true, "claimed": "tco", "effective": "tco"}, "disposition": "geo_restrict", "jurisdiction": {"eu": true, "eea": true, "name": "France", "year": 2024, "score": 0.9787, "country": "FR", "rule_of_law": "strong"}, "policy_digest": "7e91e2aa8b09258a61c985d0dc4361e5c17516f9623064382307d456f187f50b", "deadline_basis": "TCO Reg. (EU) 2021/784 Art. 3(3): remove or disable as soon as possible and in any event within one hour of receipt", "file_as_notice": false, "policy_version": "2026.07.1", "auto_executable": false, "proposal_digest": "ca1745acbb81295eadba06b1075caf6256984ca95fb2dd6ed83f31058f696a65", "proposed_answer": "complied", "user_notification": {"when": "on_effect", "notify": true, "not_before": null, "gag_review_every": null}, "approvals_required": [{"role": "legal_officer", "stage": "before", "distinct_people": 1}]}	d64dee3558ea45480d11f97bd5b9b307e7dd85b308fa290acb02f56c36ac50fa	ca1745acbb81295eadba06b1075caf6256984ca95fb2dd6ed83f31058f696a65	2026.07.1	7e91e2aa8b09258a61c985d0dc4361e5c17516f9623064382307d456f187f50b	\N
5d017d21-83d1-4b17-81f0-9c758ba55753	00a20130-91e8-4b5b-a02a-e4b87512a4a1	2026-12-06 15:26:44+00	receipt	{"scope": "none", "missing": [], "reasons": [{"rule": "R-KEYS-NEVER", "text": "Encryption keys, backdoors and any weakening of encryption are never provided, whoever asks and from wherever.", "details": ["the request demands encryption keys", "encryption_keys is among the data requested: never disclosed"]}], "targets": [], "deadline": "P5D", "disclose": [], "instrument": {"binding": false, "claimed": "national", "effective": "national"}, "disposition": "refuse", "jurisdiction": {"eu": false, "eea": false, "name": "United States", "year": 2024, "score": 0.9618, "country": "US", "rule_of_law": "strong"}, "policy_digest": "7e91e2aa8b09258a61c985d0dc4361e5c17516f9623064382307d456f187f50b", "deadline_basis": "No statutory clock applies; internal SLA of 5 days for a normal request", "file_as_notice": false, "policy_version": "2026.07.1", "auto_executable": false, "proposal_digest": "0b6d1922f518241631ad9dbae1cd7e78d3e21cb7e37a8bab6dcaa823c19fe626", "proposed_answer": "refused", "user_notification": {"when": "not_applicable", "notify": false, "not_before": null, "gag_review_every": null}, "approvals_required": [{"role": "legal_officer", "stage": "before", "distinct_people": 1}]}	f2ab218d187eb9bb2e2f92804465eb5e5187a796fe78bcd4f07d74e3d2a973f4	0b6d1922f518241631ad9dbae1cd7e78d3e21cb7e37a8bab6dcaa823c19fe626	2026.07.1	7e91e2aa8b09258a61c985d0dc4361e5c17516f9623064382307d456f187f50b	\N
a0a33efc-3ff3-452e-bcbc-2ec2dd4bda9a	c66fd3d8-c99b-4046-a53c-05207a95fafe	2026-12-06 23:29:00+00	receipt	{"scope": "none", "missing": [], "reasons": [{"rule": "R-LOCAL-LAW-REVIEW", "text": "Where the rule of law is weak or unknown, content lawful under the global terms is not restricted on a government's word: a human-rights review decides.", "details": ["post 'demo-post-20261206-00092' is within the global terms; the rule of law in BR is weak: human-rights review"]}], "targets": [{"id": "demo-post-20261206-00092", "kind": "post", "rules": ["R-LOCAL-LAW-REVIEW"], "scope": "none", "action": "none", "disclose": []}], "deadline": "P5D", "disclose": [], "instrument": {"binding": false, "claimed": "national", "effective": "national"}, "disposition": "human_rights_review", "jurisdiction": {"eu": false, "eea": false, "name": "Brazil", "year": 2024, "score": -0.4462, "country": "BR", "rule_of_law": "weak"}, "policy_digest": "7e91e2aa8b09258a61c985d0dc4361e5c17516f9623064382307d456f187f50b", "deadline_basis": "No statutory clock applies; internal SLA of 5 days for a normal request", "file_as_notice": false, "policy_version": "2026.07.1", "auto_executable": false, "proposal_digest": "0a986a88ba147f25d23d2a8937abbb2a52c52e7b8d40ec5f6a13c9a7ae97ed57", "proposed_answer": null, "user_notification": {"when": "not_applicable", "notify": false, "not_before": null, "gag_review_every": null}, "approvals_required": [{"role": "legal_officer", "stage": "before", "distinct_people": 2}]}	9bab404d1dbce1e43dff8a9d85b40880b0dd4e095cd7ab3cff1cf795bd8e0a38	0a986a88ba147f25d23d2a8937abbb2a52c52e7b8d40ec5f6a13c9a7ae97ed57	2026.07.1	7e91e2aa8b09258a61c985d0dc4361e5c17516f9623064382307d456f187f50b	\N
\.


--
-- Data for Name: legal_request_attachments; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.legal_request_attachments (id, request_id, supplement_id, "position", filename, content_type, size, sha256, content_encrypted, received_at) FROM stdin;
\.


--
-- Data for Name: legal_request_callbacks; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.legal_request_callbacks (id, request_id, agency_id, phone_encrypted, phone_sha256, outcome, note_encrypted, at, by) FROM stdin;
\.


--
-- Data for Name: legal_request_escalations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.legal_request_escalations (id, request_id, level, at, deadline_at, clock_started_at) FROM stdin;
\.


--
-- Data for Name: legal_request_events; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.legal_request_events (id, request_id, seq, kind, status, at, actor, details) FROM stdin;
3724d121-0eb1-4ad3-8bfd-09776a3d8647	aec25ee3-6db1-4435-9319-583e38dbbfcf	1	received	received	2026-12-06 10:06:31+00	api_key:demo-agency-DE	{"via": "api_key"}
64263d02-789f-4940-9afb-b9071c087959	aec25ee3-6db1-4435-9319-583e38dbbfcf	2	assessed	received	2026-12-06 10:06:31+00	api_key:demo-agency-DE	{"trigger": "receipt", "assessment": "52da796c-1bdb-46bf-8ef9-d7d13feda8dc", "disposition": "geo_restrict", "policy_version": "2026.07.1", "proposal_digest": "26b41350368288818bcc76dc56f561cbe2248020175e0173aad7e3caddd92683"}
9a3d3ff3-7998-415c-b156-e0fdb89e9cbe	aec25ee3-6db1-4435-9319-583e38dbbfcf	3	acknowledged	acknowledged	2026-12-06 10:06:31+00	api_key:demo-agency-DE	{}
2d0f65c5-f8c6-497b-a6f2-ec5f846568aa	94476b71-a58a-4e9d-bf95-54af16eb5f17	1	received	received	2026-12-06 10:08:09+00	api_key:demo-agency-RU	{"via": "api_key"}
6d63f39c-b48f-4550-b487-88b4fb45d726	94476b71-a58a-4e9d-bf95-54af16eb5f17	2	assessed	received	2026-12-06 10:08:09+00	api_key:demo-agency-RU	{"trigger": "receipt", "assessment": "90e0a518-993b-4c5e-818a-d8e477de5945", "disposition": "need_more_info", "policy_version": "2026.07.1", "proposal_digest": "b3511b1a7af8cab90417cd3426965e08a0688970409585b96af5860fe13d7a39"}
20e4f4b6-eec4-453a-8911-6817c3e1bd4a	94476b71-a58a-4e9d-bf95-54af16eb5f17	3	acknowledged	acknowledged	2026-12-06 10:08:09+00	api_key:demo-agency-RU	{}
5f9c849a-bb07-4404-b4a2-8803cbf9e8b8	6454b530-1729-4a25-b1c8-6b5faf333c73	1	received	received	2026-12-06 12:15:48+00	api_key:demo-agency-PL	{"via": "api_key"}
aba412c9-f4e6-4a02-91fa-b75236b743c1	6454b530-1729-4a25-b1c8-6b5faf333c73	2	assessed	received	2026-12-06 12:15:48+00	api_key:demo-agency-PL	{"trigger": "receipt", "assessment": "3b61ff10-318a-4e2f-9568-7ea1677a4693", "disposition": "need_more_info", "policy_version": "2026.07.1", "proposal_digest": "95c638929ec5a366a2d71981268800b9c050391f6b8e3f6b4705618e24cb30da"}
a153d159-880e-4f71-b8cd-86170d2c3801	6454b530-1729-4a25-b1c8-6b5faf333c73	3	acknowledged	acknowledged	2026-12-06 12:15:48+00	api_key:demo-agency-PL	{}
dab02506-46c4-4b43-90af-6be7da9f0717	a4624c12-c03b-4a23-9377-e244c3bc9a7f	1	received	received	2026-12-06 12:25:01+00	api_key:demo-agency-DE	{"via": "api_key"}
fcdd4a83-3f7c-4ca4-aa57-f1ad5002d0ec	a4624c12-c03b-4a23-9377-e244c3bc9a7f	2	assessed	received	2026-12-06 12:25:01+00	api_key:demo-agency-DE	{"trigger": "receipt", "assessment": "e92c5c21-1a56-46c2-8d6a-909150d871fd", "disposition": "geo_restrict", "policy_version": "2026.07.1", "proposal_digest": "55571b5172351cbd61b3df8f35e3b674ee11583cbf9df76d1ba03c671c965205"}
1a375902-58b7-4f87-8049-ca75ed6ef7f3	a4624c12-c03b-4a23-9377-e244c3bc9a7f	3	acknowledged	acknowledged	2026-12-06 12:25:01+00	api_key:demo-agency-DE	{}
ab3d466d-854a-4612-ac77-0b21a87ea08d	acb6b287-6e32-4a47-9b11-b0a4e622bc3f	1	received	received	2026-12-06 12:35:22+00	api_key:demo-agency-IT	{"via": "api_key"}
a5da9ea9-1be7-4c4e-bda0-92b43dbde5c6	acb6b287-6e32-4a47-9b11-b0a4e622bc3f	2	assessed	received	2026-12-06 12:35:22+00	api_key:demo-agency-IT	{"trigger": "receipt", "assessment": "4afceaec-9df2-43b8-baa5-3345bb7e81ba", "disposition": "comply", "policy_version": "2026.07.1", "proposal_digest": "40087feb9fd7acf40f9ea6a74c6e37055d5cca0e802a5f226265366c45de5982"}
4decc168-d1b4-4117-b195-913582ec6cfe	acb6b287-6e32-4a47-9b11-b0a4e622bc3f	3	acknowledged	acknowledged	2026-12-06 12:35:22+00	api_key:demo-agency-IT	{}
9788a4a5-f4b3-4595-8390-1eb8dc5473a1	aec25ee3-6db1-4435-9319-583e38dbbfcf	4	under_assessment	under_assessment	2026-12-06 12:37:06.148722+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	{}
9392c45a-5037-4b35-9371-fe6cefe7112d	94476b71-a58a-4e9d-bf95-54af16eb5f17	4	under_assessment	under_assessment	2026-12-06 13:11:15.047523+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	{}
9a0a8de4-985a-4c11-a962-0d60d56dc703	a4624c12-c03b-4a23-9377-e244c3bc9a7f	4	under_assessment	under_assessment	2026-12-06 13:12:34.529875+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	{}
4f22be1b-42ce-473e-9863-3a41ebe27c14	acb6b287-6e32-4a47-9b11-b0a4e622bc3f	4	under_assessment	under_assessment	2026-12-06 13:15:59.370679+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	{}
14713942-18d7-403a-977c-3b1270607c31	c56f0829-2426-4926-bed2-91e82e191a1c	1	received	received	2026-12-06 13:21:06+00	api_key:demo-agency-FR	{"via": "api_key"}
5bcdd68f-7d03-4d37-8210-3e1e11e08271	c56f0829-2426-4926-bed2-91e82e191a1c	2	assessed	received	2026-12-06 13:21:06+00	api_key:demo-agency-FR	{"trigger": "receipt", "assessment": "ca9d2790-7bab-4b9d-887a-a8e7e4acb9cb", "disposition": "geo_restrict", "policy_version": "2026.07.1", "proposal_digest": "ca1745acbb81295eadba06b1075caf6256984ca95fb2dd6ed83f31058f696a65"}
d3de8822-ec34-4aa2-aeda-e7ec706a1a43	c56f0829-2426-4926-bed2-91e82e191a1c	3	acknowledged	acknowledged	2026-12-06 13:21:06+00	api_key:demo-agency-FR	{}
2c83de6a-60f4-4fb6-ae3a-004fcf43b81c	c56f0829-2426-4926-bed2-91e82e191a1c	4	under_assessment	under_assessment	2026-12-06 13:27:20.40977+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	{}
0dded25b-e32c-4b3c-97d9-f24273332c1e	c56f0829-2426-4926-bed2-91e82e191a1c	5	answered	answered	2026-12-06 13:39:49.22931+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	{"late": false, "scope": "requesting_country", "answer": "complied"}
fec16114-9e53-4e03-99de-70900e78486f	c56f0829-2426-4926-bed2-91e82e191a1c	6	effect_planned	answered	2026-12-06 13:39:49.22931+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	{"holds": 1, "measures": ["restrict_post"], "unsupported": [], "confidential": false, "user_notified": true}
d2649dad-16bb-4637-902e-c69919e85592	acb6b287-6e32-4a47-9b11-b0a4e622bc3f	5	answered	answered	2026-12-06 14:37:14.112037+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	{"late": false, "scope": "none", "answer": "partially_complied"}
2b8d5d85-659d-4ff9-a3d7-6f977cecf908	a4624c12-c03b-4a23-9377-e244c3bc9a7f	5	answered	answered	2026-12-06 14:47:41.589624+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	{"late": false, "scope": "requesting_country", "answer": "complied"}
17365e85-265c-4649-9cb9-eafe9a5e7d5c	a4624c12-c03b-4a23-9377-e244c3bc9a7f	6	effect_planned	answered	2026-12-06 14:47:41.589624+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	{"holds": 0, "measures": ["restrict_post"], "unsupported": [], "confidential": false, "user_notified": true}
e924dc89-ac19-4c3d-beb6-1056119ca123	00a20130-91e8-4b5b-a02a-e4b87512a4a1	1	received	received	2026-12-06 15:26:44+00	api_key:demo-agency-US	{"via": "api_key"}
7d48932b-58dd-4df6-b19a-ecc9877651bd	00a20130-91e8-4b5b-a02a-e4b87512a4a1	2	assessed	received	2026-12-06 15:26:44+00	api_key:demo-agency-US	{"trigger": "receipt", "assessment": "5d017d21-83d1-4b17-81f0-9c758ba55753", "disposition": "refuse", "policy_version": "2026.07.1", "proposal_digest": "0b6d1922f518241631ad9dbae1cd7e78d3e21cb7e37a8bab6dcaa823c19fe626"}
5d00b687-c6ad-4718-99e4-e28988c0032b	00a20130-91e8-4b5b-a02a-e4b87512a4a1	3	acknowledged	acknowledged	2026-12-06 15:26:44+00	api_key:demo-agency-US	{}
3d578f97-e1f1-447d-906c-26406385fea6	6454b530-1729-4a25-b1c8-6b5faf333c73	4	under_assessment	under_assessment	2026-12-06 16:09:52+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	{}
fce047f5-8400-4dd9-a7bd-8c9c7469d99f	00a20130-91e8-4b5b-a02a-e4b87512a4a1	4	under_assessment	under_assessment	2026-12-06 17:01:30.341902+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	{}
3b47b1a9-78ec-41f2-b0ff-0aa81804302c	aec25ee3-6db1-4435-9319-583e38dbbfcf	5	answered	answered	2026-12-06 17:38:16.446165+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	{"late": false, "scope": "requesting_country", "answer": "complied"}
83d761d0-f0fc-4780-b8ac-4b99a8cf2608	aec25ee3-6db1-4435-9319-583e38dbbfcf	6	effect_planned	answered	2026-12-06 17:38:16.446165+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	{"holds": 0, "measures": ["restrict_post"], "unsupported": [], "confidential": false, "user_notified": true}
9d2242ef-fb9d-4a0c-9a6b-4587cb37a04e	94476b71-a58a-4e9d-bf95-54af16eb5f17	5	answered	answered	2026-12-06 19:17:27.14257+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	{"late": false, "scope": "none", "answer": "refused"}
9a3773fc-33f0-4643-a0c3-43ad2ec7ec06	00a20130-91e8-4b5b-a02a-e4b87512a4a1	5	answered	answered	2026-12-06 20:11:03.025705+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	{"late": false, "scope": "none", "answer": "refused"}
7970004d-a10c-42b6-931c-eb6bb109aa51	c66fd3d8-c99b-4046-a53c-05207a95fafe	1	received	received	2026-12-06 23:29:00+00	api_key:demo-agency-BR	{"via": "api_key"}
f0bd7055-f71a-488e-8d9a-13577b83b221	c66fd3d8-c99b-4046-a53c-05207a95fafe	2	assessed	received	2026-12-06 23:29:00+00	api_key:demo-agency-BR	{"trigger": "receipt", "assessment": "a0a33efc-3ff3-452e-bcbc-2ec2dd4bda9a", "disposition": "human_rights_review", "policy_version": "2026.07.1", "proposal_digest": "0a986a88ba147f25d23d2a8937abbb2a52c52e7b8d40ec5f6a13c9a7ae97ed57"}
0f2aea1d-6fd3-4b9e-ab60-a813e01c3eb8	c66fd3d8-c99b-4046-a53c-05207a95fafe	3	acknowledged	acknowledged	2026-12-06 23:29:00+00	api_key:demo-agency-BR	{}
42b68085-a8c8-4d4a-9eb3-a1d05b960fb6	6454b530-1729-4a25-b1c8-6b5faf333c73	5	answered	answered	2026-12-06 23:58:00+00	user:9b95e5b5-caca-4258-8064-a6a18400ecfc	{"late": false, "scope": "none", "answer": "need_more_info"}
8a95334b-0bd3-4218-9e48-af93e0f1c80e	c56f0829-2426-4926-bed2-91e82e191a1c	7	effect_given	answered	2026-12-06 13:39:59+00	system:safeharbour	{"measures": ["restrict_post"], "effect_given_at": "2026-12-06T13:39:59Z"}
46c23e11-e138-46ef-89a9-f2ca9e4211e9	a4624c12-c03b-4a23-9377-e244c3bc9a7f	7	effect_given	answered	2026-12-06 14:49:59+00	system:safeharbour	{"measures": ["restrict_post"], "effect_given_at": "2026-12-06T14:49:59Z"}
689aa2da-201d-4820-9483-c1d38894c5f4	aec25ee3-6db1-4435-9319-583e38dbbfcf	7	effect_given	answered	2026-12-06 17:39:59+00	system:safeharbour	{"measures": ["restrict_post"], "effect_given_at": "2026-12-06T17:39:59Z"}
\.


--
-- Data for Name: legal_request_supplements; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.legal_request_supplements (id, request_id, idempotency_key, body_sha256, statement_encrypted, amended, received_at, submitted_by, verification, restarted_clock) FROM stdin;
\.


--
-- Data for Name: legal_requests; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.legal_requests (id, agency_id, submitted_by, idempotency_key, body_sha256, type, reference, legal_instrument, legal_process, legal_basis, offence_category, offence_keywords, judicial_authorisation, urgency, threat_to_life, gag_order, gag_order_until, statement_encrypted, statement_sha256, targets, data_requested, verification, sender_verified, held, flags, oob_verified_at, received_at, clock_started_at, deadline_duration, deadline_basis, deadline_at, escalation_level, next_escalation_at, deadline_missed_at, status, assessment_id, answer_id, answered_at, effect_planned_at, effect_given_at, auto_executed, after_review_at, after_review_by, last_event_seq, status_token_sha256, receipt) FROM stdin;
c56f0829-2426-4926-bed2-91e82e191a1c	718be953-cb65-4752-933b-68e66adf57e4	api_key:demo-agency-FR	\N	3954c2bfb6d44d4c6302d2e86b6ed5bab92f70d849ac520eb45af3d61039f1f9	removal_order	FR-20261206-002	tco	none	Regulation (EU) 2021/784, Art. 3	STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY	[]	f	urgent	f	f	\N	gAAAAABrF08FernMTmUr5K8Iy4Fj1K_l8RWno0eCDlnWUij5cx0KFyFvOrUZzC694886Uob7UbOC3Vsc_gP71WH57awKiQe10c6jE06FIhFBBSj2jy3EmzoUBHukyObLNDtqvJAJlFSP86GGposjghb1REs8DHxJ7aa0NSYc_NDR_GS9HZBxHBE=	82fa5d177d69ea36f5e6cd9c80a1bf202c2ea2422fd220c86c9104deb102a5a1	[{"id": "demo-post-20261206-00090", "kind": "post"}]	[]	api_key	t	f	[]	\N	2026-12-06 13:21:06+00	2026-12-06 13:21:06+00	PT1H	TCO Reg. (EU) 2021/784 Art. 3(3): remove or disable as soon as possible and in any event within one hour of receipt	2026-12-06 14:21:06+00	0	\N	\N	answered	ca9d2790-7bab-4b9d-887a-a8e7e4acb9cb	b47bf344-9a08-4eb2-bf61-6cf6f4417f01	2026-12-06 13:39:49.22931+00	2026-12-06 13:39:49.22931+00	2026-12-06 13:39:59+00	f	\N	\N	7	75feef61576b4834ceeda29f4a6ed3f288ab6161010076e58269c74c03f65615	{"id": "c56f0829-2426-4926-bed2-91e82e191a1c", "status": "acknowledged", "deadline": "2026-12-06T14:21:06Z", "received_at": "2026-12-06T13:21:06Z"}
acb6b287-6e32-4a47-9b11-b0a4e622bc3f	8e914c14-7a0e-42f2-98c3-7b56f7e394ee	api_key:demo-agency-IT	\N	e6b4430a09ac9557b632f0eaedc5db706224e7ed8f09a8b7de91bf2a398e8a36	production_order	IT-20261206-003	national	court_order	Art. 256 c.p.p. (production of documents)	STATEMENT_CATEGORY_SCAMS_AND_FRAUD	[]	t	normal	f	f	\N	gAAAAABrF08FbOdLmihlzOLEm-Jh0SbBuTXdbR5JTbtOUTwp5Vs7qtN5HDydGeEJ_XXT5jmXBb1bHdSQgGvSolAuGeqi9KrDKatKohQ2rdj7885EbXU2iS7jGXVCB3Em9FPaFWMxoaE6tYaXyvmwcQUdyNBUChKqpvJAnxCN1XFrDJXL6gSpdGY=	dce2a219faf661a9a789fccf3f6cac8e314960d1cb80b1b0a4c6acf486626465	[{"id": "demo-acc-00035", "kind": "account"}]	["subscriber_info", "message_content"]	api_key	t	f	[]	\N	2026-12-06 12:35:22+00	2026-12-06 12:35:22+00	P5D	No statutory clock applies; internal SLA of 5 days for a normal request	2026-12-11 12:35:22+00	0	\N	\N	answered	4afceaec-9df2-43b8-baa5-3345bb7e81ba	2ee528b6-851c-4cef-9727-a6159e0a0b7a	2026-12-06 14:37:14.112037+00	\N	\N	f	\N	\N	5	0e0f044f84d1838325035ef2d950901e30e52ce9495c0e678e87e563dd2502bb	{"id": "acb6b287-6e32-4a47-9b11-b0a4e622bc3f", "status": "acknowledged", "deadline": "2026-12-11T12:35:22Z", "received_at": "2026-12-06T12:35:22Z"}
94476b71-a58a-4e9d-bf95-54af16eb5f17	ba3801fb-f731-43ab-8a36-f747105c0138	api_key:demo-agency-RU	\N	8a4db758298a9057121151422872fbeae4939a9ce3c48e7d2a5b32e3201705bf	block_channel	RU-20261206-005	national	none	Federal Law 149-FZ, Art. 15.3 (unauthorised public events)	\N	[]	f	normal	f	f	\N	gAAAAABrF08F70lYtr3RbM6K3P4hS79xHX32mWS09M4U61FCvJ-itT2rjDsG_k35F3LFJJa4pGmtnhyo4P1rC_ad70nEp9q7bM-3-eEk-2GhbrnOm3x8kzLMerMhjZGhL05DybLXamssI6TrOCiB5uYruEbQNsBjoSaJazR_jFmOZv5j3ZBMROU=	d5c615bc28d2ca3989a10f59d831fd38627aef2594310831de4dc7d9d0b3ebca	[{"id": "demo-chan-0000", "kind": "channel"}]	[]	api_key	t	f	[]	\N	2026-12-06 10:08:09+00	2026-12-06 10:08:09+00	P5D	No statutory clock applies; internal SLA of 5 days for a normal request	2026-12-11 10:08:09+00	0	\N	\N	answered	90e0a518-993b-4c5e-818a-d8e477de5945	af071c25-7f9c-4520-9afd-54c0f5819383	2026-12-06 19:17:27.14257+00	\N	\N	f	\N	\N	5	7756a3f2eab383f899138809ef94ac1b2d1fd67954306a68389122225a961d00	{"id": "94476b71-a58a-4e9d-bf95-54af16eb5f17", "status": "acknowledged", "deadline": "2026-12-11T10:08:09Z", "received_at": "2026-12-06T10:08:09Z"}
6454b530-1729-4a25-b1c8-6b5faf333c73	0ff81c10-0342-4876-9bb4-f89342e363df	api_key:demo-agency-PL	\N	e85d38305650f7a0e5c83fd1f633b0afc02c664cf10a9cd48dcf2cebd6287569	removal_order	PL-20261206-006	national	none	\N	\N	[]	f	normal	f	f	\N	gAAAAABrF08FJv1AH4yjx-o_ouYp7nMvZPheR5ijYsWfWhnXezo6f32R57pIUtI0m8lL4dAnt8KmWemW7hiVhT_3x0GhJFbVMDMDuUGC2ge9ydNDhVBPWAY=	c72b6c1461d5f87759be542d65b6ccd0d02cfef77d1d9ad17521039ffb757a38	[{"id": "demo-post-20261206-00091", "kind": "post"}]	[]	api_key	t	f	[]	\N	2026-12-06 12:15:48+00	2026-12-06 12:15:48+00	P5D	No statutory clock applies; internal SLA of 5 days for a normal request	2026-12-11 12:15:48+00	0	\N	\N	answered	3b61ff10-318a-4e2f-9568-7ea1677a4693	e7d38619-cdea-4311-af7e-5b99a9d34f84	2026-12-06 23:58:00+00	\N	\N	f	\N	\N	5	805d6c802a51945227d4e988da68dfa40095b608b6c3e7e7e468dc3c21561358	{"id": "6454b530-1729-4a25-b1c8-6b5faf333c73", "status": "acknowledged", "deadline": "2026-12-11T12:15:48Z", "received_at": "2026-12-06T12:15:48Z"}
a4624c12-c03b-4a23-9377-e244c3bc9a7f	5febaab2-37da-4eca-bd81-4ef8213eefd0	api_key:demo-agency-DE	\N	05431d62bd9bdcf10ac55bb60c14e4b09f723240eac23ed3f9d66b7b16f2a1ec	removal_order	DE-20261206-001	dsa_art9	none	§ 130 StGB (incitement to hatred); DSA Art. 9	\N	[]	f	normal	f	f	\N	gAAAAABrF08FwyOnQ6iJ7-WTj2acywddWaDLFeh-iH_jK3_nQ8MeFin3Gs_xxzX64pu-XAnIFhEsTP5u3AC6etGtiuFvPplktN73t6_jGXjq-KT55SeN0mie70tjWpTbz1WiYh__zexxJ9N3hY1EO5eodCom_waEnQ==	6a7a5e260f37ef32028cb010c60bfa7b184239585e51fca4e288e0f54d29c4dd	[{"id": "demo-post-20261206-00089", "kind": "post"}]	[]	api_key	t	f	[]	\N	2026-12-06 12:25:01+00	2026-12-06 12:25:01+00	PT24H	DSA Art. 9(1)/10(1): inform the authority without undue delay (internal SLA of 24 hours)	2026-12-07 12:25:01+00	0	\N	\N	answered	e92c5c21-1a56-46c2-8d6a-909150d871fd	98f5565f-9d66-4797-b615-bf2acb17d725	2026-12-06 14:47:41.589624+00	2026-12-06 14:47:41.589624+00	2026-12-06 14:49:59+00	f	\N	\N	7	3e2e73bd82b7c03c48bacaacf28e1ec996e997286e792d56dc84030e4eba94fb	{"id": "a4624c12-c03b-4a23-9377-e244c3bc9a7f", "status": "acknowledged", "deadline": "2026-12-07T12:25:01Z", "received_at": "2026-12-06T12:25:01Z"}
aec25ee3-6db1-4435-9319-583e38dbbfcf	5febaab2-37da-4eca-bd81-4ef8213eefd0	api_key:demo-agency-DE	\N	4178423d847f401fc87f02e3476d6ea4bb44bb5ef1249735b81c0621819ee492	removal_order	DE-20261206-008	national	none	§ 86a StGB (symbols of unconstitutional organisations)	\N	[]	f	normal	f	f	\N	gAAAAABrF08F7vqyC0VfR0nZ7FW6i04WjKA24FX9fvF9ZAeo_Tstqo470CimsEZB8BUGYEgvQDch2Us5E-VMN6ogkLtyLOhcX16Offqy-VOrxw6EsPe6zvqOuvVokUh5rxzwhMi_RpsC	e41d87d48c13334f8221131b6f3bfb8d3eeaec4cd2e7061248926e879d25a6c8	[{"id": "demo-post-20261206-00093", "kind": "post"}]	[]	api_key	t	f	[]	\N	2026-12-06 10:06:31+00	2026-12-06 10:06:31+00	P5D	No statutory clock applies; internal SLA of 5 days for a normal request	2026-12-11 10:06:31+00	0	\N	\N	answered	52da796c-1bdb-46bf-8ef9-d7d13feda8dc	a6422c37-93df-4027-a6db-1bed0da58bbd	2026-12-06 17:38:16.446165+00	2026-12-06 17:38:16.446165+00	2026-12-06 17:39:59+00	f	\N	\N	7	874315737b1b1e4ba74985e4a8295d0374945c10a5d50d4efc2176644e0948eb	{"id": "aec25ee3-6db1-4435-9319-583e38dbbfcf", "status": "acknowledged", "deadline": "2026-12-11T10:06:31Z", "received_at": "2026-12-06T10:06:31Z"}
00a20130-91e8-4b5b-a02a-e4b87512a4a1	4d3d5969-4f77-4b35-ad78-eb559f6edfd8	api_key:demo-agency-US	\N	ee3d18647a00c0b6283ffbd175b90289ee78b42053ca0f33b3f81f2048565c34	encryption_key	US-20261206-004	national	none	All Writs Act, 28 U.S.C. § 1651	\N	[]	f	normal	f	f	\N	gAAAAABrF08G-HpHJKrPKX2XNR86c_XVvvYkTxLyw1M1fhBfxVO0CTJ6NP3zHJrZuhiw4cThUgdWlQfpq8fnD7RT3wcSJEQom5RzukFmXkBlimzx84vUfLg0uteFMrycpIwvBlqLV5wpOS2doolcyOS-0e5d2dm1lfKl_lkWz1ynd9ZODKNapig=	f9aaa204a86feddd7018afb90efca4a8e3d2a0b60a8bae7db398bb27e8eac525	[]	["encryption_keys"]	api_key	t	f	[]	\N	2026-12-06 15:26:44+00	2026-12-06 15:26:44+00	P5D	No statutory clock applies; internal SLA of 5 days for a normal request	2026-12-11 15:26:44+00	0	\N	\N	answered	5d017d21-83d1-4b17-81f0-9c758ba55753	9cae09ca-8c10-4732-b836-d9bdef9767f0	2026-12-06 20:11:03.025705+00	\N	\N	f	\N	\N	5	fa2a1e18db9bc5cd16d943a5120f610e843e4879a07bc14c4b72849fd8fe70e2	{"id": "00a20130-91e8-4b5b-a02a-e4b87512a4a1", "status": "acknowledged", "deadline": "2026-12-11T15:26:44Z", "received_at": "2026-12-06T15:26:44Z"}
c66fd3d8-c99b-4046-a53c-05207a95fafe	49ab0af4-dca7-4fa1-99b2-7ba776143114	api_key:demo-agency-BR	\N	e15d5fefc72b4ba40ad86106d6db5c8dec3f6afa59497d4c5845cf3c85acc494	removal_order	BR-20261206-007	national	none	Lei 9.504/1997, Art. 57-D (electoral propaganda)	\N	[]	f	normal	f	f	\N	gAAAAABrF08GrJzQ_YPkS0DymK_UWFhzgR-01P5pKeKu6zcHK7lQdxxV2FXbdm6FKl_CCbyQ473s3cAM1DNndOT9R0tYp8vH556y3b34jtFIMtJ19U8Ks_loIyiPyTVOB7GE-afp72A5FeQDNC_U_XS4_KzxGiCGpQ==	e75d9220619a25c299e5e8b520b90d35436f29c767ff42e5b99c7712fdd21430	[{"id": "demo-post-20261206-00092", "kind": "post"}]	[]	api_key	t	f	[]	\N	2026-12-06 23:29:00+00	2026-12-06 23:29:00+00	P5D	No statutory clock applies; internal SLA of 5 days for a normal request	2026-12-11 23:29:00+00	0	2026-12-09 11:29:00+00	\N	acknowledged	a0a33efc-3ff3-452e-bcbc-2ec2dd4bda9a	\N	\N	\N	\N	f	\N	\N	3	6606e54246c1155771d5e48d4252eadb02174743f49e377928fc2dc4c55ef5ed	{"id": "c66fd3d8-c99b-4046-a53c-05207a95fafe", "status": "acknowledged", "deadline": "2026-12-11T23:29:00Z", "received_at": "2026-12-06T23:29:00Z"}
\.


--
-- Data for Name: media; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.media (post_id, id, "position", kind, mime, sha256, md5, pdq, url) FROM stdin;
demo-post-00006	demo-media-00006	0	image	image/jpeg	6b4162dfec7eb168c27e3dd23dec6a66e26a499461727c8cbf027555c339e488	b2dbfda5a40ffa82659c01bdcd4b479d	8682c12cd2922fc8990a8f6daa40890f0da73bbb4ebe70504f357024103f5521	\N
demo-post-00012	demo-media-00012	0	image	image/jpeg	9b66c12cff13dcf82e9108ca87bde44ed33b9cf50fbfa0028d3c66590d46a739	044fac4c09c4b06b139ecaac54a3c2d0	877b11fbf8cf3c44f0f75da932e5f878e43101b0182c70c3a9c40c982e5c4dad	\N
demo-post-00018	demo-media-00018	0	image	image/jpeg	6e587431f3e5890b021217d8b5f42f96d55acab4525d463062245a41ed8e8e53	31e8c6feeb70f50787960613ebb3d7e6	15411c0bcbd23990dea3ca6c22889937fcaac7859fe4c4b12c07a3c0075befba	\N
demo-post-00019	demo-media-00019	0	image	image/jpeg	e33c1fd3d628d4e4455ce6980d3b0557f2aadbdc472329763a14790a62cb4f28	638b44d8004b58a25cf37eb6a7044453	1bae03ed35bb4f07a1ed1ac870b7b3540e18a4299abe63785c155dd47c7bdf30	\N
demo-post-00024	demo-media-00024	0	image	image/jpeg	2126453167aaba8567ffa27fd9b455f5348c80d5a8362a9b84171bc831f06a2c	9153bbf564cb984268a15510449a0d45	0ec857e10064903d9bc97737d3ff66744529d1d6741dca610db4e11871570331	\N
demo-post-00026	demo-media-00026	0	image	image/jpeg	7e1b237a5109c30730f312f8575d74c2d107eeb5498c56ba19191f9f13c38a8d	de134094d7e4a6c88931757bc7d542ca	2038e6be4794ca05d2efe992b35cd3e6a0b5f6ab76c5a48488ff107be17f76f2	\N
demo-post-00035	demo-media-00035	0	image	image/jpeg	045754128b122692171baa628b0e9879f535c7438e9e314182b3bca7f553fd3f	3120eb0c65d08ae8bf490b362b5f81ac	a9dd3be397aeadd89e86dcf10c11a7b119008de33475f6855d8b48c4e5f9fcbd	\N
demo-post-00043	demo-media-00043	0	image	image/jpeg	ded721ddb0a208837d762302332665b67302b0bcd79907bdb36bfee4e33091bf	9c99d47b0b2f961cdd0d528fa8cd885c	04ddfce557056a6c2e4093aa99c3f5ef58de2b2131788c149e571814f752bb1c	\N
demo-post-00047	demo-media-00047	0	image	image/jpeg	aa2a11be0283b9441121232030d90850789646295bb20d73690dd8ab96a147e8	ee0d0ce4d640efc301e062e0c1ea5159	8c24f6f5ccc6cbd61f0cfc43f0c30cc2482ba3177f453263a589adfa25b07cc8	\N
demo-post-00049	demo-media-00049	0	image	image/jpeg	f331959c14a9939247a2091e88f20895c733129252afa1392fd00da394b1952b	9951c5f42832d4e44dd2a2029e8756c5	a35710ea2e36ab599c69a841039ec91917c79c2b86465175911b9a2e7fecde94	\N
demo-post-00058	demo-media-00058	0	image	image/jpeg	8bc7b397c04410d2a69d3b4f25632a26cab09d22c4312892bff9a31570085763	6d2faea891e7c63c168a2a543470dc28	9abd7979c46e8f5c515c10b9676a056ec607692e3cd911893d6a88fb617ada92	\N
demo-post-00062	demo-media-00062	0	image	image/jpeg	72dabf987d4c6e550d591128cf25cf151a259f8479787b7e4027305d5b7f65f7	67d555b5c951a599b90f2de839ad72f5	db15104bcc535fa8b9eb015f9895b9860b53bcf1522979269a154f78dc17ae5f	\N
demo-post-00064	demo-media-00064	0	image	image/jpeg	dfb43ab1372556a502356ef8997d69f477f25ab738c480dd9859fefecc3053aa	88fc064c9925cc935eca21eec82dfd2e	f38e4568e890eb713be98f2a64b7317f0bf31f024a7bb5b794e5abbeec58d74e	\N
demo-post-00065	demo-media-00065	0	image	image/jpeg	a4e7af834cc94c2f90fe02dbf9840c13226fc96057f218900dc1a21387e28824	ad11eaec3f8b162ce62d3022d04ff8bb	ed55551ec99be1422f8851f2e97710858693b9e255b52e55276a63443d6cee7d	\N
demo-post-00077	demo-media-00077	0	image	image/jpeg	a30bcb888d5d2822bf44ad60aa45d747681b695cf6e59ca759d33772bd396265	b6b868dbf51090163aa9795622036657	4d161841312b3d826507fdf67d247d67907662cf5371b147c98679813bd285da	\N
\.


--
-- Data for Name: memberships; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.memberships (channel_id, account_id, joined_at, left_at, source_version) FROM stdin;
demo-chan-0000	demo-acc-00007	2026-01-01 00:27:00+00	\N	2026-01-01 00:27:00+00
demo-chan-0000	demo-acc-00008	2026-01-01 00:19:00+00	\N	2026-01-01 00:19:00+00
demo-chan-0000	demo-acc-00012	2026-01-01 00:43:00+00	\N	2026-01-01 00:43:00+00
demo-chan-0000	demo-acc-00017	2026-01-01 00:32:00+00	\N	2026-01-01 00:32:00+00
demo-chan-0000	demo-acc-00021	2026-01-01 00:05:00+00	\N	2026-01-01 00:05:00+00
demo-chan-0000	demo-acc-00023	2026-01-01 00:28:00+00	\N	2026-01-01 00:28:00+00
demo-chan-0000	demo-acc-00027	2026-01-01 00:12:00+00	\N	2026-01-01 00:12:00+00
demo-chan-0000	demo-acc-00032	2026-01-01 00:42:00+00	\N	2026-01-01 00:42:00+00
demo-chan-0001	demo-acc-00001	2026-01-01 00:20:00+00	\N	2026-01-01 00:20:00+00
demo-chan-0001	demo-acc-00007	2026-01-01 00:33:00+00	\N	2026-01-01 00:33:00+00
demo-chan-0001	demo-acc-00010	2026-01-01 00:00:00+00	\N	2026-01-01 00:00:00+00
demo-chan-0001	demo-acc-00011	2026-01-01 00:02:00+00	\N	2026-01-01 00:02:00+00
demo-chan-0001	demo-acc-00014	2026-01-01 00:41:00+00	\N	2026-01-01 00:41:00+00
demo-chan-0001	demo-acc-00015	2026-01-01 00:47:00+00	\N	2026-01-01 00:47:00+00
demo-chan-0001	demo-acc-00023	2026-01-01 00:23:00+00	\N	2026-01-01 00:23:00+00
demo-chan-0001	demo-acc-00032	2026-01-01 00:07:00+00	\N	2026-01-01 00:07:00+00
demo-chan-0001	demo-acc-00036	2026-01-01 00:36:00+00	\N	2026-01-01 00:36:00+00
demo-chan-0001	demo-acc-00038	2026-01-01 00:09:00+00	\N	2026-01-01 00:09:00+00
demo-chan-0002	demo-acc-00000	2026-01-01 00:13:00+00	\N	2026-01-01 00:13:00+00
demo-chan-0002	demo-acc-00010	2026-01-01 00:26:00+00	\N	2026-01-01 00:26:00+00
demo-chan-0002	demo-acc-00012	2026-01-01 00:59:00+00	\N	2026-01-01 00:59:00+00
demo-chan-0002	demo-acc-00014	2026-01-01 00:56:00+00	\N	2026-01-01 00:56:00+00
demo-chan-0002	demo-acc-00019	2026-01-01 00:21:00+00	\N	2026-01-01 00:21:00+00
demo-chan-0002	demo-acc-00020	2026-01-01 00:53:00+00	\N	2026-01-01 00:53:00+00
demo-chan-0002	demo-acc-00025	2026-01-01 00:01:00+00	\N	2026-01-01 00:01:00+00
demo-chan-0002	demo-acc-00028	2026-01-01 00:50:00+00	\N	2026-01-01 00:50:00+00
demo-chan-0002	demo-acc-00029	2026-01-01 00:03:00+00	\N	2026-01-01 00:03:00+00
demo-chan-0002	demo-acc-00031	2026-01-01 00:22:00+00	\N	2026-01-01 00:22:00+00
demo-chan-0002	demo-acc-00034	2026-01-01 00:34:00+00	\N	2026-01-01 00:34:00+00
demo-chan-0002	demo-acc-00037	2026-01-01 00:49:00+00	\N	2026-01-01 00:49:00+00
demo-chan-0003	demo-acc-00002	2026-01-01 00:08:00+00	\N	2026-01-01 00:08:00+00
demo-chan-0003	demo-acc-00006	2026-01-01 00:38:00+00	\N	2026-01-01 00:38:00+00
demo-chan-0003	demo-acc-00011	2026-01-01 00:29:00+00	\N	2026-01-01 00:29:00+00
demo-chan-0003	demo-acc-00025	2026-01-01 00:52:00+00	\N	2026-01-01 00:52:00+00
demo-chan-0003	demo-acc-00027	2026-01-01 00:24:00+00	\N	2026-01-01 00:24:00+00
demo-chan-0003	demo-acc-00029	2026-01-01 00:57:00+00	\N	2026-01-01 00:57:00+00
demo-chan-0003	demo-acc-00034	2026-01-01 00:44:00+00	\N	2026-01-01 00:44:00+00
demo-chan-0003	demo-acc-00035	2026-01-01 00:10:00+00	\N	2026-01-01 00:10:00+00
demo-chan-0003	demo-acc-00036	2026-01-01 00:46:00+00	\N	2026-01-01 00:46:00+00
demo-chan-0003	demo-acc-00039	2026-01-01 00:25:00+00	\N	2026-01-01 00:25:00+00
demo-chan-0004	demo-acc-00006	2026-01-01 00:30:00+00	\N	2026-01-01 00:30:00+00
demo-chan-0004	demo-acc-00008	2026-01-01 00:35:00+00	\N	2026-01-01 00:35:00+00
demo-chan-0004	demo-acc-00016	2026-01-01 00:15:00+00	\N	2026-01-01 00:15:00+00
demo-chan-0004	demo-acc-00017	2026-01-01 00:39:00+00	\N	2026-01-01 00:39:00+00
demo-chan-0004	demo-acc-00018	2026-01-01 00:48:00+00	\N	2026-01-01 00:48:00+00
demo-chan-0004	demo-acc-00019	2026-01-01 00:58:00+00	\N	2026-01-01 00:58:00+00
demo-chan-0004	demo-acc-00021	2026-01-01 00:14:00+00	\N	2026-01-01 00:14:00+00
demo-chan-0004	demo-acc-00026	2026-01-01 00:45:00+00	\N	2026-01-01 00:45:00+00
demo-chan-0004	demo-acc-00033	2026-01-01 00:54:00+00	\N	2026-01-01 00:54:00+00
demo-chan-0005	demo-acc-00000	2026-01-01 00:04:00+00	\N	2026-01-01 00:04:00+00
demo-chan-0005	demo-acc-00007	2026-01-01 00:51:00+00	\N	2026-01-01 00:51:00+00
demo-chan-0005	demo-acc-00010	2026-01-01 00:16:00+00	\N	2026-01-01 00:16:00+00
\.


--
-- Data for Name: notices; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.notices (id, received_at, source_type, flagger_id, api_key_id, source_key, location_kind, location_id, location_url, item_kind, item_id, category, category_specification, explanation, notifier_name_encrypted, notifier_email_encrypted, good_faith, handling, sla_due_at, case_id, status_token_sha256, idempotency_scope, idempotency_digest, body_sha256, manifestly_unfounded, demo) FROM stdin;
9dc5d6ce-3dac-4af3-a8fe-6a0ee972ca6b	2026-12-06 00:49:14+00	SOURCE_TRUSTED_FLAGGER	4526c352-fb93-40a3-9de2-0f82542420ff	\N	flagger:4526c352-fb93-40a3-9de2-0f82542420ff	post	demo-post-20261206-00077	\N	post	demo-post-20261206-00077	STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH	["KEYWORD_HATE_SPEECH"]	The post breaks the law or the terms: insult against a religious minority, calling for them to be expelled	\N	\N	t	normal	2026-12-07 00:49:14+00	f5687c8b-869d-45c3-9325-1a9e6b04ab6b	8638376fc9ee2e2b3b16a813585b91e17b7892cbd0821a8713eea96279450410	\N	\N	ddb287003f8097b7530d57cf162621ee82792e07a0ccd1bd3d8606a5c267e688	f	t
75c4c4be-fb47-4115-9475-146910adceb7	2026-12-06 00:50:27+00	SOURCE_ARTICLE_16	\N	\N	client:7d21e839e7738a08d8fbfd5193f6424949e3d8dc3d35f36d13bebff59e28a3d2	post	demo-post-20261206-00065	\N	post	demo-post-20261206-00065	STATEMENT_CATEGORY_CYBER_VIOLENCE	["KEYWORD_CYBER_HARASSMENT"]	The post breaks the law or the terms: repeated harassment of a named classmate	\N	\N	t	normal	2026-12-09 00:50:27+00	a720149f-6231-48dd-a497-e8460e2c34f8	12b1105ccd00869a89026dc68c50fb6fc8056f890f0b068da55a9d2eacf39ae1	\N	\N	265f2d424d55f3351f319211d08af492e88d8457f7b8a2f72c3ece91cefee6d2	f	t
4770d186-7f78-4a4c-9201-784059a18338	2026-12-06 00:57:01+00	SOURCE_ARTICLE_16	\N	\N	email:1e641d0fcd7a74542a2c49689bad511d5007f4e972baf27e9b8d33f2d1f186e0	post	demo-post-20261206-00060	\N	post	demo-post-20261206-00060	STATEMENT_CATEGORY_SCAMS_AND_FRAUD	["KEYWORD_PHISHING"]	The post breaks the law or the terms: your parcel is held, pay the customs fee at http://parcel-fee.example/{n}	gAAAAABrF08FmfAwHk7_7W5Bq3ZVcZeNlvvzb26cMz1XUd5HZYxD0WPcKhUPDrcPf6tn_s1qn4BtfCIR0StOjjc2FVMk6WK95g==	gAAAAABrF08FDamI6etFwbYJ2KpqaJ6d2bEDnGrgHNbVYHWJNtWbKsApF8EIpa5s_ivrKf-U0aN39HT1cHeJTEnNo9kLjROaGTgfPTn3_76CvAylJ7Meq5QTBplRAq6je6lvf3a1WVGU	t	normal	2026-12-09 00:57:01+00	58e95c0b-90ce-46df-82d3-a545d4a47c7d	a04d0eb99802149369fc660b223eee7584b9b103774bdc5106ba134526389b2c	\N	\N	d013529d282532f405d35586f69d090d3c8b5dc457053ac4c4999ee8da2efb56	f	t
aab85321-5985-4f56-af26-0891fb46ff66	2026-12-06 01:16:14+00	SOURCE_ARTICLE_16	\N	\N	client:6fa00be2418d4afafeb6e71c26d3adbbd70735f77f8aabb4d722a7ea07a01e65	post	demo-post-20261206-00077	\N	post	demo-post-20261206-00077	STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH	["KEYWORD_HATE_SPEECH"]	Reported again (2): The post breaks the law or the terms: insult against a religious minority, calling for them to be expelled	\N	\N	t	normal	2026-12-09 01:16:14+00	f5687c8b-869d-45c3-9325-1a9e6b04ab6b	af697c160e0f46f78e5791c2322234df2934281763964e86a6bf40b260fe1040	\N	\N	2ffb87c240416d1112a1bd349392a867510975b7c1591d52ed4ff254dfdfa98c	f	t
cecb55f1-7d45-4513-84f9-96b9a2667d3d	2026-12-06 01:22:01+00	SOURCE_ARTICLE_16	\N	\N	client:032ee5abd22bbfb2b3bd8f34e38da1ce8df2cd956233c1c99c2f868c3366fc97	post	demo-post-20261206-00060	\N	post	demo-post-20261206-00060	STATEMENT_CATEGORY_SCAMS_AND_FRAUD	["KEYWORD_PHISHING"]	Reported again (2): The post breaks the law or the terms: your parcel is held, pay the customs fee at http://parcel-fee.example/{n}	\N	\N	t	normal	2026-12-09 01:22:01+00	58e95c0b-90ce-46df-82d3-a545d4a47c7d	8a7f8ff1cbce2aba44474e698caf30bca1c78cbce7d57fb2e5e134ac7540a21b	\N	\N	8e7fc9c7157d82511146543e89f9787bdd12338146e40782fae1460390b66d8e	f	t
962e9b7e-041c-4830-a362-6dbe59ab03cd	2026-12-06 02:45:40+00	SOURCE_ARTICLE_16	\N	\N	client:4a3f575254fbaba446b3f70c691405f804cd31e7498b8e1b9afcbae2290f137e	post	demo-post-20261206-00072	\N	post	demo-post-20261206-00072	STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH	["KEYWORD_HATE_SPEECH"]	The post breaks the law or the terms: insult against a religious minority, calling for them to be expelled	\N	\N	t	normal	2026-12-09 02:45:40+00	889c34fb-d045-4d0d-963f-457df55bb75a	536d7edf6487287a9efe6a0cd554b3a24c785aae850a3400dd9c3cad94613855	\N	\N	aae629e1bfcaa794d374ed94946d36e91af21d926c51b5054ec8bd389d3bd60a	f	t
bfeea01e-2452-4023-9c4e-47e6cd3519ef	2026-12-06 02:59:40+00	SOURCE_ARTICLE_16	\N	\N	client:03dd338699c2fefae94122b2558b40da995812ad2ef7e8c9df1a12e7c2cae758	post	demo-post-20261206-00072	\N	post	demo-post-20261206-00072	STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH	["KEYWORD_HATE_SPEECH"]	Reported again (2): The post breaks the law or the terms: insult against a religious minority, calling for them to be expelled	\N	\N	t	normal	2026-12-09 02:59:40+00	889c34fb-d045-4d0d-963f-457df55bb75a	03d2cf52f5ed87058711fa4611fedc3cbbe18057e1c0a428e2fdd4f29d6f5d89	\N	\N	acdcac408a915714e5ae4e53805a64185dbe9f74f045f728748f7fa087eedc89	f	t
2acf12c3-97fc-42fe-86c8-0b4f6fcbac38	2026-12-06 04:59:40+00	SOURCE_ARTICLE_16	\N	\N	email:a07c5af63a31388a7b712c20b8cdb36430f7b2a6391784cacd1bbdcd7c3b49cb	post	demo-post-20261206-00067	\N	post	demo-post-20261206-00067	STATEMENT_CATEGORY_CYBER_VIOLENCE	["KEYWORD_CYBER_HARASSMENT"]	The post breaks the law or the terms: repeated harassment of a named classmate	gAAAAABrF08FRbLuYd5FoV9o-f5MQF4rAJ3DD8_PsGtCf-KqY1SRUiPknmHcDGeGRqZdXvvlfwoeumTJxSvqD4C4xWg5SY5HSg==	gAAAAABrF08FpGM5HNFqIAcINKsHd-GjbfP-JIbmPjenp63rri3LheaMFiza6y4U2CmDCYrOzuuALdfvD_USopVOrQGSqx-NnnAlfgi3BixfNNaOhSX3Z4x2wo1GsgvAPEt077Kd1XI3	t	normal	2026-12-09 04:59:40+00	efdeca09-4fe7-4769-a6bc-62d0f3707ad4	84a2c50efe1ac9ed7063982aa26f6221fd53ba42d43fdaab731f2665a52248bc	\N	\N	7ed0189528c960dbaa6e818bc23b55d1d21e00f97d97107741d5f218c73f14d9	f	t
c947d04c-35df-4ebf-bd4f-4bec2530de0b	2026-12-06 06:15:51+00	SOURCE_ARTICLE_16	\N	\N	client:f2ac9b56b7002141cd83b479a6b5aff71a8f876692686cc1993d1f24ed306b43	post	demo-post-20261206-00063	\N	post	demo-post-20261206-00063	STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY	["KEYWORD_TERRORIST_CONTENT"]	The post breaks the law or the terms: propaganda video of a listed terrorist organisation	\N	\N	t	normal	2026-12-07 06:15:51+00	6bc5355e-c279-4f96-91f7-e02edd1bb72d	0b1782079487e1db0caa84151e82b1bc95658555e6a36575d08d8fb4dd64644c	\N	\N	0f16d7081c2c743cb6c30954a6b1abce305efadbfcb6b94cf32f2a94032ea992	f	t
80a22bf0-a828-4002-ad2a-7d300efba799	2026-12-06 11:22:52+00	SOURCE_ARTICLE_16	\N	\N	email:260a818316e0900ea98d56136fe833b3fd646a97effce4612cd89226e464869c	post	demo-post-20261206-00066	\N	post	demo-post-20261206-00066	STATEMENT_CATEGORY_CYBER_VIOLENCE	["KEYWORD_CYBER_HARASSMENT"]	The post breaks the law or the terms: repeated harassment of a named classmate	gAAAAABrF08FFhafMekqZEj8vh57skK2uhFGwP4HD85VQYXXhg4ufueKbeYR98pqaKNWGPPCzmvbODF3FPKldF-8w2al93RLTg==	gAAAAABrF08FmkWECEgxbty1d1OtG7b6i0gAfi9bZ8tuIMx9xJCOFoWoatRt3yUAVJR1GbIOMuP2Ai6Jl_Yn1I7s65mkIExOQ3o_CC5KOl8pZNp9bszGyJ7o_WkTnxYPYAq7gO6KaMTP	t	normal	2026-12-09 11:22:52+00	8d772512-0b2d-450e-a5f0-46b40d0e5333	b0f005a2fd544b2e9e7805535a35798aab8a3c7bceaeacc85accf8002fc66b9a	\N	\N	1b2c5423eb93ed47d5cbf3c6aa9b74feef7924e4a363201caeea4c9fd101be9c	f	t
477b52bd-5fff-4500-8057-167595c8a24e	2026-12-06 11:36:46+00	SOURCE_TRUSTED_FLAGGER	4526c352-fb93-40a3-9de2-0f82542420ff	\N	flagger:4526c352-fb93-40a3-9de2-0f82542420ff	post	demo-post-20261206-00079	\N	post	demo-post-20261206-00079	STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH	["KEYWORD_HATE_SPEECH"]	The post breaks the law or the terms: insult against a religious minority, calling for them to be expelled	\N	\N	t	normal	2026-12-07 11:36:46+00	5b294ebe-e983-428f-a6da-9be1f0b5de8f	2e64120b0897fb5713ae999bfd26af6ce02ac803ddb3c352ed83a0cc80bbaac5	\N	\N	bb8a3169d7dd5d304db089844d9d363ffe7cdeb542afd8b5c1c9c73136a0d708	f	t
ca84f1d4-06f9-4bb7-ae51-86325f5285c9	2026-12-06 12:02:17+00	SOURCE_TRUSTED_FLAGGER	e8938b18-4cb9-4d76-885c-d8edd713ae21	\N	flagger:e8938b18-4cb9-4d76-885c-d8edd713ae21	post	demo-post-20261206-00078	\N	post	demo-post-20261206-00078	STATEMENT_CATEGORY_CYBER_VIOLENCE	["KEYWORD_CYBER_HARASSMENT"]	The post breaks the law or the terms: repeated harassment of a named classmate	\N	\N	t	normal	2026-12-07 12:02:17+00	f40f69d2-71ce-4998-8731-f490def61293	d42b5077afc9d39645b07875b4e1cef5926cc5b13a8cfdb6cc7cd9a21e526c67	\N	\N	d24566a027987f3caaef7b5c63226f46921b4b5f48bd71118b5773eacf8a8dce	f	t
0924263b-d6fc-4923-845d-aac28a2ad70d	2026-12-06 12:28:17+00	SOURCE_ARTICLE_16	\N	\N	client:9a7cabf3198343eaf5a8f82bc655ed408a36afd798ab00d66b93543692578267	post	demo-post-20261206-00078	\N	post	demo-post-20261206-00078	STATEMENT_CATEGORY_CYBER_VIOLENCE	["KEYWORD_CYBER_HARASSMENT"]	Reported again (2): The post breaks the law or the terms: repeated harassment of a named classmate	\N	\N	t	normal	2026-12-09 12:28:17+00	f40f69d2-71ce-4998-8731-f490def61293	fa99aa74c52e8df56cd250dabfa9ab347c249b227ad7e09f0b22f6c11977167d	\N	\N	44d167918bdb33b73a0c3348b24f87d837291ea5f735b511f34eb64cd274bf30	f	t
16363a61-aeb2-4095-bf40-ace2a4cdce02	2026-12-06 13:32:13+00	SOURCE_ARTICLE_16	\N	\N	client:9aac7a56026f3a93f5caa26b64a8619bbc10a11188b41464e8393d419d5daa2b	post	demo-post-20261206-00069	\N	post	demo-post-20261206-00069	STATEMENT_CATEGORY_SCAMS_AND_FRAUD	["KEYWORD_PHISHING"]	The post breaks the law or the terms: your parcel is held, pay the customs fee at http://parcel-fee.example/{n}	\N	\N	t	normal	2026-12-09 13:32:13+00	9a2aa732-cab4-4d81-b7ad-b44ae4d00826	c87a6e5ff40fcc936d5c824366c72e76e2c10a17ac1a8df13ee017c86dd5e825	\N	\N	6ca5044a84e43b364d83b90bd188d74bafc4781066057b56b53b9a61dcfd861b	f	t
a59180b9-8364-4937-8140-1c2712da2d86	2026-12-06 13:44:13+00	SOURCE_ARTICLE_16	\N	\N	client:d05d50798ad9e515e74b978d32a84993b4d4b2b2c945d1e66993e3e620d92242	post	demo-post-20261206-00069	\N	post	demo-post-20261206-00069	STATEMENT_CATEGORY_SCAMS_AND_FRAUD	["KEYWORD_PHISHING"]	Reported again (4): The post breaks the law or the terms: your parcel is held, pay the customs fee at http://parcel-fee.example/{n}	\N	\N	t	normal	2026-12-09 13:44:13+00	9a2aa732-cab4-4d81-b7ad-b44ae4d00826	4e1f06d808de3f7fb8671f4718f09a37738ac8257044a2739a628d641b953ffe	\N	\N	cfbdb479c06e7069f7ce6d47cd4a89cb947aba8e243034220569cf3d47f65c22	f	t
fce5461e-b450-4d57-b2e1-b039a79cac43	2026-12-06 13:47:32+00	SOURCE_ARTICLE_16	\N	\N	email:45833091355905204cf6b771df1eccd739806be7f6e7fe302e089428421d6d34	post	demo-post-20261206-00074	\N	post	demo-post-20261206-00074	STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH	["KEYWORD_HATE_SPEECH"]	The post breaks the law or the terms: insult against a religious minority, calling for them to be expelled	gAAAAABrF08FWXz4iQUy1YP1ivjsmlrem0mZjSD_WYUYraimubC-g44srpC2KLuotheVae4ylm9vUdcwnaQ7zTccbXJjyBc3Qw==	gAAAAABrF08FkEkaw7AWD23xjycEuo00G-RFC5Mk0d6bGt_k09YyAw37h5oKQ7BXKJs7lLsnZNcbm8_eUuLu7ErJYC5yGqvns9xyEj5KldHo3Z0YrKj10q-ate6IW7zPEwrNSfHH6oAh	t	normal	2026-12-09 13:47:32+00	c294872f-d67e-4e3f-8261-4ecaa3eec5b2	5524a21e17b69e3d134d2faffca14e1850f5eb870998af8ae63232fe458ce25b	\N	\N	0c62b32597538573a884b5a2a57128131c05ad2024a38d56e4b96dd24c9caef8	f	t
0f597f5c-5da6-4577-87fa-11d48f5c2838	2026-12-06 13:53:13+00	SOURCE_ARTICLE_16	\N	\N	client:ade5468364f4630c95791fdcf837b76d785fd242ab38dfd2f15e92b7ab50bf8b	post	demo-post-20261206-00069	\N	post	demo-post-20261206-00069	STATEMENT_CATEGORY_SCAMS_AND_FRAUD	["KEYWORD_PHISHING"]	Reported again (5): The post breaks the law or the terms: your parcel is held, pay the customs fee at http://parcel-fee.example/{n}	\N	\N	t	normal	2026-12-09 13:53:13+00	9a2aa732-cab4-4d81-b7ad-b44ae4d00826	38e3a24b61c4e8cf2c2ecd3d6e638c8fa612839d2db7eb47613c867e148be82d	\N	\N	4b69ef063282ad677c79e28bc28fd518c449834d8965fa053bfd0f9a7955f329	f	t
228c4ac1-c5b2-4932-bbef-9f527e4f437f	2026-12-06 14:03:13+00	SOURCE_ARTICLE_16	\N	\N	client:c22935e24db42463accd02bc0d7cd7549d2f00be58992e4ea522d7de42711992	post	demo-post-20261206-00069	\N	post	demo-post-20261206-00069	STATEMENT_CATEGORY_SCAMS_AND_FRAUD	["KEYWORD_PHISHING"]	Reported again (2): The post breaks the law or the terms: your parcel is held, pay the customs fee at http://parcel-fee.example/{n}	\N	\N	t	normal	2026-12-09 14:03:13+00	9a2aa732-cab4-4d81-b7ad-b44ae4d00826	ec3305ab1e8a4a6360b6025b10e070aff2516949554f4bc25d52934b9b8e8c04	\N	\N	715d57cc010d0fefe90b4f824f2799387b6263c75c4cd32e948b4a183b559ea1	f	t
17727c4f-1d70-4fcb-8b66-42527211371d	2026-12-06 14:08:13+00	SOURCE_ARTICLE_16	\N	\N	client:3bc65d12958247de558cee791ce0f8f6075a77e17c93cd1083c2ac8e2a91f865	post	demo-post-20261206-00069	\N	post	demo-post-20261206-00069	STATEMENT_CATEGORY_SCAMS_AND_FRAUD	["KEYWORD_PHISHING"]	Reported again (3): The post breaks the law or the terms: your parcel is held, pay the customs fee at http://parcel-fee.example/{n}	\N	\N	t	normal	2026-12-09 14:08:13+00	9a2aa732-cab4-4d81-b7ad-b44ae4d00826	4a1f139c3d6d6c9b5b368a0c6ad0dd39aedcd5ed3b538d9fcca06814841b45d2	\N	\N	e3336562352e5608655ca49aea21eb3f2d1e58f51faa86a06d717d466ce48e64	f	t
7fd043f4-c606-42fe-8ab1-2155b8f36b1b	2026-12-06 15:26:48+00	SOURCE_ARTICLE_16	\N	\N	email:2b24e51188a46f54d2249874346dbf9616e8a14b91f13c71e221b6a937084d3e	post	demo-post-20261206-00071	\N	post	demo-post-20261206-00071	STATEMENT_CATEGORY_CYBER_VIOLENCE	["KEYWORD_CYBER_HARASSMENT"]	The post breaks the law or the terms: repeated harassment of a named classmate	gAAAAABrF08GQNViS04AkVU8Ugf81O_mSmUNXiVwfOnHw8HZXpEinbl6Dm07d0ZTm_Ywq7mpOBZz4x2A_Y082MlvQBa6pxXrPw==	gAAAAABrF08GLPqno5ss2zm_WqYw4DijJNuD4Wbx7YN5rqvKlPbtTYol80F5aH-qSlIUr_B5kbV1BkNtNmonf3sPKdMRoGwCYeOj327yYhI4XbHDMg5qgwgiUmbJN-_1uXky-AXduhQy	t	normal	2026-12-09 15:26:48+00	ca1efcfb-b0c4-492e-bfd2-48d3c6f34f09	35cd385f8d5675e6f6faaf1edc85b65f01b149c271229c6969b5307009d1f05b	\N	\N	05932e721485c30c0537a7e4304e7cef4d782e8ad6b06946a1ab0e184736a5fd	f	t
c9fc03da-472e-43a1-9cf6-6b3a7a6597e2	2026-12-06 15:40:49+00	SOURCE_ARTICLE_16	\N	\N	email:46e96a00901f5981bc5117123d516217d44be00f6098ecd4bfb1d1eeb0edd828	post	demo-post-20261206-00070	\N	post	demo-post-20261206-00070	STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS	["KEYWORD_MISINFORMATION_DISINFORMATION"]	The post breaks the law or the terms: polling stations are closed tomorrow, vote online instead	gAAAAABrF08G4j4T2QixPEDuLDJIMBPnm4U9bMp2GBFQvPuBIt_JoivjZIPdCRq09l9DspX3VwVqp49McD4xbyM0nVwzBqg4ZQ==	gAAAAABrF08G4lauVAtpagazFMe6vzoeKS2SG-WQbGDnCHBPAmuUI-8q6hpRpdFULLUc1ufvUUH6JYANCUSeJJyMiOlTQvNC8En2OJ1HPThlvAvjJljIjLYcgDPqPjM9069XhOg4Sufj	t	normal	2026-12-09 15:40:49+00	7a0ea2ab-fde4-437d-bcb3-1beaa04a8b6f	78d59f6fe278a68b72128bf7360fe5705cc0711f4298f7e53350129e83ac96b0	\N	\N	5230125c4d8908d04b616884fdcddb617046eb72222803285856ec998d074277	f	t
d20e31ec-51fa-4ebb-9a28-0b71b0399068	2026-12-06 16:27:13+00	SOURCE_ARTICLE_16	\N	\N	email:80a9d38a23924073f7e6573727fd3d345394753ccba251179219a44592734cec	post	demo-post-20261206-00064	\N	post	demo-post-20261206-00064	STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS	["KEYWORD_NON_CONSENSUAL_IMAGE_SHARING"]	The post breaks the law or the terms: private photo of a person shared without consent	gAAAAABrF08Gkfn0zR__tTKj_YOmwcCIYSBrL92lCo6APCfKx_rUEuMoO-TJIOg59H7zkk81QEPRUqDPVC4gUdzIH-d5eesBZg==	gAAAAABrF08G2J8rXY9nJyszpSOHW72whNxrgZ9QilT9OnwXzFhGaTOND0CDrJkGJeGfVwBlDgY7myCWBCEzOWvU1vVhvYLIfx6jY8nJknmyLtCsnYYiW123atdEu-fiG64gk46rloq6	t	normal	2026-12-09 16:27:13+00	61b3af83-e4b5-473b-b6bf-abb9c2f07587	a62f6b728632a96a1cc94ac4538528f96c4a513e863b7bfaa77d39334c6e1b47	\N	\N	529051f85b41e28f4d349d73630cd276939792aebc0ace6a1dd4905d8eb084a2	f	t
ce3e93d4-8b4b-4384-8920-2f620d920914	2026-12-06 17:54:02+00	SOURCE_TRUSTED_FLAGGER	4e0db490-02a7-4398-a7c1-65bd715d0bd4	\N	flagger:4e0db490-02a7-4398-a7c1-65bd715d0bd4	post	demo-post-20261206-00076	\N	post	demo-post-20261206-00076	STATEMENT_CATEGORY_CYBER_VIOLENCE	["KEYWORD_CYBER_HARASSMENT"]	The post breaks the law or the terms: repeated harassment of a named classmate	\N	\N	t	normal	2026-12-07 17:54:02+00	debdfe16-3570-4150-ac35-40bf150464d6	b3d61a3fb7565c80741bd94a6dff453fcd158298ccbf70684889d4a4a0d60eca	\N	\N	efa0c2a8eb02229c0289c876d953d589d0d57c7edcdab73ad65b282b13458a37	f	t
00a9e6ed-a4e6-49d3-ae82-89654d97444e	2026-12-06 17:58:11+00	SOURCE_ARTICLE_16	\N	\N	email:9b02300fe97ac2919c539d61dd3e732a427e57deff952fc2d3fd37b141c8046d	post	demo-post-20261206-00075	\N	post	demo-post-20261206-00075	STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH	["KEYWORD_HATE_SPEECH"]	The post breaks the law or the terms: insult against a religious minority, calling for them to be expelled	gAAAAABrF08GqNMol8tEFf5oMcbHmFZkHtZIlCwcKUlgQgMKrPcEkLiEBEJWWrV7Jq73Fsrs6YqGGRoTfQLWYqCrlEYh_4I4iA==	gAAAAABrF08GzwRM87x2Wn-S_gHaXG2jGT4AoRrb9_CioqW2pfP3clEaqsedLbI2mMHl1zlNMLbAfZuWFYi87epxzdEGIXDDAwniv0ksFY3iFeIQUJqdHPAm_MJnbd1DTPogpbpJjwvC	t	normal	2026-12-09 17:58:11+00	383c7c4f-8736-447a-baa9-fc4252eabccc	18b2a850ae00b3a0d73118f40628e52caef5088f86d4fa5f058d0b2fe20cf9e5	\N	\N	25aec3b77b7bb48483fb42d5a45a93b7e8c7ab415c2eebbfc4ee7a22dc0fb786	f	t
27119589-8dba-46dc-994a-121ad87372b1	2026-12-06 18:35:08+00	SOURCE_ARTICLE_16	\N	\N	email:3b2ef7ead8cc35985dbf0916c9909c41955c28635889324ef3360224b4ea0635	post	demo-post-20261206-00068	\N	post	demo-post-20261206-00068	STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY	["KEYWORD_TERRORIST_CONTENT"]	The post breaks the law or the terms: propaganda video of a listed terrorist organisation	gAAAAABrF08G08trF3aJJ3wCIezSRAlw9IVgA6s5dMlibdbVhvNcaJxwKrwA7KTlbYufHt6VHgXIm75yhe1E8-MjUCq740Irbg==	gAAAAABrF08G7fvAV1OEQGEea1fMMOe6HOROVldWx9bRKMVznM0fu9zRFvKXT4CjH_kb4_pbfpBdO1VivwjfCM1mS3b-EWDh8bV0q2r-DoC09_dWV8lItbzsaKy4vhwtw1tWRnpkUCwU	t	normal	2026-12-07 18:35:08+00	39f176ed-b9dd-4ed0-92f9-340b7c33f519	acc5eec92044ce37fe9d8698499aa24f5a3e3d2a4b70dabbbc4b8d9681b83124	\N	\N	396cd8ece44003f773186f9e21f32bcbeeb31eab84a115585995271ba8ce15e1	f	t
fcdb7543-2543-4bfd-bcc8-f4f8beaf23e5	2026-12-06 18:47:59+00	SOURCE_ARTICLE_16	\N	\N	client:beda2e0730efc8155eb5a81f30d70c787136a0ccf9469c1c95ba79e4b40d82f2	post	demo-post-20261206-00062	\N	post	demo-post-20261206-00062	STATEMENT_CATEGORY_CYBER_VIOLENCE	["KEYWORD_CYBER_HARASSMENT"]	The post breaks the law or the terms: repeated harassment of a named classmate	\N	\N	t	normal	2026-12-09 18:47:59+00	0d6a5675-df7f-40df-a907-0c77e2346a15	e0c2a56b4adbe6c3432b12cff6d71ccbf4654eaa93e8dda74cdfa7c2e2c48a22	\N	\N	381e032e1d144c09b748b97899d5c8882baca6666f571c76745af9fe6b4ff3a3	f	t
ea7bd12e-b2ce-4899-8f36-29910ab68570	2026-12-06 19:01:55+00	SOURCE_ARTICLE_16	\N	\N	client:ef86f41edf390911041ac8da8269ce535774d2f8d9612aa55a1c549372008f24	post	demo-post-20261206-00061	\N	post	demo-post-20261206-00061	STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH	["KEYWORD_HATE_SPEECH"]	The post breaks the law or the terms: insult against a religious minority, calling for them to be expelled	\N	\N	t	normal	2026-12-09 19:01:55+00	8b2a24cb-7bc9-4616-80a6-d672ab55d455	b1b2929373d3827e766de86c9a5d52d3b798cc99bd87af2dcb5726ba5ea95adc	\N	\N	687678a5d4de2f87b2c1f5c6855001dcc9bd02efab1b7a4fb63e9a12c660040a	f	t
d145a2df-93f0-421f-bbf8-a91353f25326	2026-12-06 19:02:59+00	SOURCE_ARTICLE_16	\N	\N	client:20aa8ddab8b9f0a1d97f4396e9028253dae8d2a3dca09abd2176dbe394ffba8e	post	demo-post-20261206-00062	\N	post	demo-post-20261206-00062	STATEMENT_CATEGORY_CYBER_VIOLENCE	["KEYWORD_CYBER_HARASSMENT"]	Reported again (2): The post breaks the law or the terms: repeated harassment of a named classmate	\N	\N	t	normal	2026-12-09 19:02:59+00	0d6a5675-df7f-40df-a907-0c77e2346a15	1e39114108f0dd590659f973ac34272fbd229dce5ea187de9530474eb54e1c29	\N	\N	a44e37e22b9524428754b4d8569baacd185105813d85ea1823f142a9bb8f827c	f	t
d8d0eaf6-03e3-4ab1-b13f-3a03455d0c41	2026-12-06 21:38:08+00	SOURCE_ARTICLE_16	\N	\N	client:205cd3376676b6698d2a8fe4ad10bf46ebf30fe36006b984916ce2b3aab6fee5	post	demo-post-20261206-00073	\N	post	demo-post-20261206-00073	STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH	["KEYWORD_HATE_SPEECH"]	The post breaks the law or the terms: insult against a religious minority, calling for them to be expelled	\N	\N	t	normal	2026-12-09 21:38:08+00	d2ed75cf-b3ef-4105-9260-b0e0735f505e	ec6979f6d213ad8635898356f5bd102fc271397c1d0bcb1273b7c51adbcc8914	\N	\N	60cd0651e71543ea369264f414e1e957bdcb1e97ac03be01a965c459f08fac38	f	t
9de545d6-f54d-4f9f-bc3f-2e2aaadbd738	2026-12-06 21:57:08+00	SOURCE_ARTICLE_16	\N	\N	client:0bf2fb3fc664db342bf011d3f61f1e99eaf9c43d4c2b160f54a4e360ee715f03	post	demo-post-20261206-00073	\N	post	demo-post-20261206-00073	STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH	["KEYWORD_HATE_SPEECH"]	Reported again (2): The post breaks the law or the terms: insult against a religious minority, calling for them to be expelled	\N	\N	t	normal	2026-12-09 21:57:08+00	d2ed75cf-b3ef-4105-9260-b0e0735f505e	5429338dbb18dd0478c8d05cb2a0044b965402baea3015f7f51c1d1fb9401d33	\N	\N	908c84a39b878a7ee8bb0582410695b11fa395321fff95f7bbca2fba9be98a5c	f	t
\.


--
-- Data for Name: notifications; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.notifications (id, purpose, recipient_encrypted, subject, body_encrypted, related, status, attempts, next_attempt_at, created_at, sent_at, last_error, adapter, claimed_by, claimed_until) FROM stdin;
362305f5-4ec9-4ee1-b5a5-23085cf3bec3	notice_receipt	gAAAAABrF08FImWyHyFqSFarIUCg7jQ0kwDR5hW2djUYfqg70HHEG59aw-oAQIDNyB04q_9F0lQomtX9jjDMVy7dbaD8fqm4iT0zsVNHU3gbWck_goprBsQRQtmfYLJ0zK51x81C-UV_	Notice received: 4770d186-7f78-4a4c-9201-784059a18338	gAAAAABrF08Flsl0KTxl2NXpNTBMCp-HxK5JdBwC9AF3f7XKEmqEVMw8FQgFdPWDtAmW1Jrl37yMixN-5akuYWI6Z2xicvY1zUrruGQdhhg4IrbSPMlT-6RcL7pvzqgrIaawBHg85jeVHGesY3hpW_EyuhF83XSNXCpd664yjG04QYT0gqCGYfCSyuvb3w1mHeEoOckBcRkcCZMBOj9R7S2nmONQZXTdL4--wCH3Li4kZmJvz56FuSFocL8fbqA_PqE1ibA0RcalJb91A9QUl834ytEzuVm_XROIRuysES5Nx6zJQ9C26pgUvWTiG5WHVaCqjA36cUlNeHKTeH8p5eltLjrUYEh5WZR89Ui86n0IQClS9kNHZpAM4YQ4uYVCbj47cR2joE6gMERlI7zd8O7DDiXQ4lhoN7Zl39IImpQNiE-cNVHLcp6350shuLtXa8sUffkYu65iL4vzW04b_bBsX6dqhUNGdw70Wph_v1BHxaeC_6he5uZs3xk_Ceq6lKdRY_xLoSJkumr1cNlCcAWVAWvBfXkM_jlSBCbMtar73RyiL4xAgZbCEjtQmEJyp8OYR9heG91nmTdyKfkvHrLFWCTXBsWlTTcEa6gsBFREGxtDQaryuxU2ce_DsIFJlSYtzAp7YBd8q7tjMoq9M2indHPvb459zLZeYKNSShRV3ENDiwKIZu5wdOASlS96rWcRAcP1e0-HXorHuTMJAfZYodnTfSK5jcOrJohIBqPKcwuBoHBhO9-1xgcJwWzSnMlvF_-aFklyKySo5nac0YiO3LwaU9S7utOhop-BWoJDXp-gTepOK2aLTrJ9DEAfznvp2wsMZRjs	{"notice": "4770d186-7f78-4a4c-9201-784059a18338"}	pending	0	\N	2026-12-06 00:57:01+00	\N	\N	\N	\N	\N
062efeaf-7a02-40a8-93bf-c40d0c5147ac	notice_outcome	gAAAAABrF08Fbu3nr1WHu2uE7THDoc9N473X98PiJN0wqrjDiCvG2vjw1y7RlSoF-Ya5bVzRIwczBk72W4by4FzIAQakTtJ8WGkQ-eR_XhSpUhYYbCQF3Qk8Te5MqGPnzUTVLyuiNPwV	Decision on your notice 4770d186-7f78-4a4c-9201-784059a18338	gAAAAABrF08FBTlGionxcf2CyVPSJ9IddO4eKycuniI9Q9U_PK7d4mC5AkBZXa_tgJMXb0RebTU267JWU_6HKtUWDck-gwZVafSkIwStCEbEZK1N6tZ1h4ssj0LsW6GpllMXFU9yvCYrSZWwEtQ4Lcbbp-L78OyQxwEJr_wxiMRFiSYZW5zIeZGwBfBizloBPJkk4DfQ70DSrLANN9L52DLSFeRy592QyXQ8moB_EuhXy6EqWD6C4gb8PiEIY6zUQrjOTlrrUdFPg5iJo0VdRlSwCduM7jYUpuSriAT0cOyNU6prLb2WBcYQZuxFPjd-0RgYmJhKMK4sLyyaKl239bm5PY7BHH0Gj7l0AbXX8LMmeIXWmiN-07jONXcb2-alIEzQb3RcXQrvuCuAo9RChuuAc1Jp16r4wrQTo6fP5fuYJH5IAbB4MBY9fQl4pqsMGNU9WxvIv1_oKIhiN7rahLbxvfhceP97tarpRBvm5wL9Dq07URHcWxpf41jlC-CdKIaWDT9GUAWW3j6v-vnU72XYhdJkIF4eJc64Tqp077AHw3qEc260Bsz1AIimAGocZ7FCTstilSJLlJq0Ncy5es9rNPNLDhPe-4a-cbHx6n_FGwHBnXdechBow4zKoWZqdC36Xql5_WC1UIjz0Ipw3rClVXdVEZGBUcK05rgO2J29oCB6SPEB1TE=	{"notice": "4770d186-7f78-4a4c-9201-784059a18338", "decision": "ea7c5142-2677-4faa-9980-e6841e26a773"}	pending	0	\N	2026-12-06 03:56:59.59272+00	\N	\N	\N	\N	\N
282e6512-c6ae-48bc-8cc0-3b37d323151c	notice_receipt	gAAAAABrF08FwNxx0NWntA0lF2K9wZ-tVQkzH4SHl7Qvmixvxkqq363Et_aO23po8NjNxKm8cU3RMX7Qjs3-nBlyiFU7FpVzjkISFfgSInMVFDCSkkttVpm6QX_JT7nRIwRnlY6nGXpE	Notice received: 2acf12c3-97fc-42fe-86c8-0b4f6fcbac38	gAAAAABrF08FY5o4gsyf44-4xBIkO14vcam7YR5YqXEbi8UoyCU1dAx-f_gtzKlAWrNW3fAck2R0x-SYc5P2T4HSUtJ8XgBeWB38vD0yPPLMpLh4mPz4PsFz-kboRc2Qs95ttpZSxkQLfeoiECplJqq4YUUffjOmUKdE6Bz1hNyRK_d6V2PO0Ezke8vIGwhJUXFNpehnk35D1Xcz6vHunZytkzsj0q3-mXsGcI5QE6pBs0PGcyJHZct15skl6C3GEG2e5sw3Xk1PPC8SYiuHATmfF1wvz7uN5v1u3LzSCV3NO6JoccrGnXvBr7mWdxW5pnR81bKqChtPXFTJSjLIRlPD0IdzOh_kxU-zSO1Wl7pH_AeRWNgThR3x34uKHTNXWqTfXZ8szVILi07tO38TrHBhKyF0dYxTOw4IsEl7wBDR4MqFrWwVFT4sF7PUhIm5vZsOHk3deRz3TQfxR47QgKx3I1P8MNonKB4p9JIJ5VhSnVwNrSqrg94U6eS_4IrlfBzjPmNruutsGCwxD-VhGtNbHvOvVpmIseXe_gAIYE1jlGO3jiNJD2JPyWHB_iBcwbFdIM75FOadRypLRm9d317y40xsNqwPZoZW9_YY_ychO0iC-qikLQGy9WvbcM-UgPIb_gjiz-xuRpY0xfsvYqykfndfMBsV61WvjdZRakYs_9gC_1BN3kxQ55S9Cuo0eW9MV6v4GTJNUbcclcuhxW6L629I7mb146da70DYuMYBG3yCXpXkoYKO0gcu40wUAOkG9kV158IvwWbzcLnYH__GFXK_lkgGjOVnEZGcs0yTf-ID3Z2Z3UIYzu_HAgiPl748i_LJ88jB	{"notice": "2acf12c3-97fc-42fe-86c8-0b4f6fcbac38"}	pending	0	\N	2026-12-06 04:59:40+00	\N	\N	\N	\N	\N
9faf991a-7d6b-4ae9-bdbc-533dd78388b5	notice_receipt	gAAAAABrF08FqmHyUXDtthba2uA9NgO6Pmm9abC1cjKpgpv0uh_O8GOR4kTVXXQY1hFWGjaJPbJfjv_Tr845UxuAwWkSJWr7QNwhut-4gV6D3U866E00k6HgUbakvuAmCVWOjqQ75psQ	Notice received: 80a22bf0-a828-4002-ad2a-7d300efba799	gAAAAABrF08FaST1sQyOnM8_SLg2pRlXWY9Jv81Ol0jxGIBALYh-6yDLJWbrUbhoMJG1Mdgw6p-XpNWigfXDfG-Why6vRdXXPbXbzNUZTpHCbBFQ1sIjBNVewD4ZXWXBImzk8IF0BxoVW5gvQJBySb0DvhIZ2NSAyHW6OZsot4JnjbSGXEnGdFIfr13_yQ8dCKjZfafCox8bRrFFPB2cnpRSw9PbjZA2LFuzJbMT_vyTTkIcJpVNzHzjx0PSSoqXNYQ59vfpDiDlzM-YmdbuJzK8aXLbPK9dg9lq6vfNxYOg_kx-CZTM0frez_uhf6MD7zct1tzrzrstc7Ch3pyriiywD1Z2EqUqIh1oWNlGQp4WL_kKRXZ657fmq467Ikjp791wcHDCz6a-LvzlzlJK5-oVxPMfXxgtQRbthQKE-MtOCOSld1R4iZdeCWVLRMQAGD8ZgbTrdraPZRbvRg9u-jDvql_F88OuZ_gQtXc2k4e-Fp9vk4nnYdROmAWT2sUNLqapucHMKa0g-bh5iUR2jwz75V17EKuzgo2nbREzu0P3gAucIKaJ7VO7oI1xnXhC6pbFSYNW0fXDZHUa6PNQNg8ok2tvKl4zSQn4TF83SpbEgsuN9dTa6bA7bTrqr9rJuANbsNxRWs_j69tb2aHqyIsBlXs_dZjuSikEyEuj5zOryyVhNvYXiS3wqZMYKwTzHqjJBTM2JS8NT4yVEJdDtdlEzB2sb7Op6BUyf2qqxlqLdkb4XeIrBcxqE5TvxLRaQnGlKI2ubednsvjdxRrLRsbWGah57A7oIOq6l7PiFEzmljikb83T4LjvXxYe5jblnnbsZgY6fo5v	{"notice": "80a22bf0-a828-4002-ad2a-7d300efba799"}	pending	0	\N	2026-12-06 11:22:52+00	\N	\N	\N	\N	\N
607fcc36-327a-4ae6-95a5-349a55efee2c	notice_receipt	gAAAAABrF08F2vlscX2zR35kYzpx6KSvjIKW7pUuKsP7Jj5ew80GDhzvl_pkqiPQkRzqf479GQVGB1xCM5RSMxVZkyqMvVCsYlpeiL_YWk5gocW7f2GRBGLYla3P-YGs1IQK2EHOUdwd	Notice received: fce5461e-b450-4d57-b2e1-b039a79cac43	gAAAAABrF08F4IOF7mhUYF6ZFd2gpIEuTr-tnHVZtElxqjPsYU0MGsXXHGmyCbZTDMP90tTp6_yOYojqMr5eLW6xsfs8tjTruDCKCcRDjSb80wZkPlouJ8e3ttoDyud-ciZqQQbEck4gYZqlv-NI92IP5UaVYoIZZlMwGI09n4t2o_yoCC3HLOfZhOmyRQtbGe66wQjYH0LS0COPNiPQSU9pdztqb_pW_nRc0_yHBQFQTcYhIM3dFMh3DeELQcHRLpmEc4d29HMLWefkkD-uWSfIjLCdlZVXOlLlzfHJeoxNFUJnXJrUuFGT8Xb7t7yPcRi3Q7Avyriuay_tLg7tfh-t6_nk4cT-6ygaVTEire2fi1FK6t41RXA6gadB_RUPWxSL9rWvTUxe2ronBQz0qLGaR-1Bb8u7n6VgFsgavCH0QNFbVCtjT8O-iFg-8aQyxBX3bHpPPyuaEQe9G10QMroYlXamoWckquGVpP2yFZeNK2rtkmJwIUQVpWmTsCzOOuerV_C9lyHHcKqbu-QuPh1wLMUbWhVdiJVwCxhePAs_7aO85s8MLgYsstab2jH-T4IK8N2xKmXhpX4mjXk2mnBL88ltFMxpeUlFKUb3IO2BGubC6BKkP_AIXhMNVymA5KBFHHizWSk52DkDtlDGB0_34ysRvAVEDr8n3afIQpJrEg61HH4z1ujdjDKXK12jqu8O3OczhbUfgW-ID1Ui50Y6m4VWLQvqBXEczGBc826oTgTYz84j1yJSgNp2ZkeyDkMi3uQievTHcJ_uHGJKPDNHqOKQCXylkHhYPS0QIifWXSAhxVS93cNQb1OfeI72U_mmo9N5ZPy6QZgKZbMjrxAxdBHJzz4jUw==	{"notice": "fce5461e-b450-4d57-b2e1-b039a79cac43"}	pending	0	\N	2026-12-06 13:47:32+00	\N	\N	\N	\N	\N
dbf96ea3-a486-4181-b2cb-03172d0cd291	notice_outcome	gAAAAABrF08GkrNLwroGXaUx30qNQIoJcfaVDgqPaXga2BBsdYOfDtj5KKFH3l4_uYTZcOZYL12eupDUjIo8b1JrRdCskE7GgQ5wTcJhyYwTNqS1paoyk86RA6KKskW4oSCkye9XLZA9	Decision on your notice fce5461e-b450-4d57-b2e1-b039a79cac43	gAAAAABrF08GA9fffThCbu12pBL66LodmmrA1jzko2QCFBPuehod6SFqfCYfVmySV1hCRPUSvrvs2PNSgCDEqOPUYnjWbkhIj0Y-F-f4VJZ73CMdP8M_BUcbxtfU0FxVS6oSQR6gshWQAAyc8J0xxOFnMk2617Nvhva2Jy1ASL652fdEqEwgqCXctbs-gMZct3LYOyqRZYZ7HD20JL50AOYslo9fTs8qAYS8d56k7oSLsHpSZ3KyWwjXm4i6Zm1fDi-V-pK5yh3hedFgYfdy3HC9OOde8ut4cHyOludpbNVnUq4sV05NU-GPB3x09j_wATgHhTjUnjT29GeKghKi1RoAK7gBYveJk8w2xoHO3Uaaarxd_RKxUe1ezcpt0s2VYEgpsYv2eYinmwcPH2xIVEYGrI1qL_P9M4TUUFbd94qALZorqXPh0zQYbODbUoYxtxriySCtUgIcVJIm4mvU_XAi1DMtNPiw6dFNZ-eaNc2g1ZrbUuc3_2-J5eWy4RsptDbNtk9NzdXicUcktcDRaGYqIg7dkUFhCcG5hto5_B3pBmZKTx1AX2Mdef80p3rH8aQlhq1kp_vrLPTJQWbVy3keongrQNJkyrpraB9ng0X77IWW9p4GgGiVuEn-ED_oTmOZC031dyR9Z1CnBzp8lDTiYgAENvgP6JOxcDd4n3KC5Ivazy7ucsjdpyzW8B2vrWeJj4Wn0ig9	{"notice": "fce5461e-b450-4d57-b2e1-b039a79cac43", "decision": "c55360a4-67b4-450b-ac16-6455b457b13b"}	pending	0	\N	2026-12-06 15:02:33.367779+00	\N	\N	\N	\N	\N
1c430a00-59f5-4128-a242-39cb9fa84ae5	notice_receipt	gAAAAABrF08G3VrlkdgRvo_kHpWLUNaDgVnmnB-mr0ujDOS-Cw-1rah2HxJ5m_pr00hJvcrkIEK0h4ZZUoFengogkTe1X9Yava8W4kp4oi7Z0khJ3s0WRf_8G0yJ6qc0sxWNFsrWu3Ia	Notice received: 7fd043f4-c606-42fe-8ab1-2155b8f36b1b	gAAAAABrF08GEMEZ8AtBDZUkcLPHVl5EKXy88Rru53pGAzzkt5b5jaJQ2rxdKGKO7qTkY4qOX0UnYyzTiGUjhGPjR12RtQT536U0TBoKHutOadUbhpuo5f1LQ-GyiSUo4wBzJuVO6B_ef5cvinZNOzc8tRLhMXksXuGuWQbEM25ViPfeXlvgc12H_KQA5APewfgOa545HKAvTPpi-0neOBfVVJKBfRnx_8emZijgFHw6ZNWE9CI4wO3sEXZ4aGSVWPIvGTZYMG8fsuQRGaOYObzuLr71UHxqOWQKhLwGOy8FL6uegpSCWz8eHdwQfNKkmdtsWdrN1ayGsYhJ9hqrKeK-2HG9uuln7JtYWCrmTNihRNVJH8Knm5k8rg4KY7kj3M6DLqxnB2ugJFCyKZoBDMseKfDHKJ73lPcKqiXMxVuqXb1oY60Ruc5MugPJfCEXLBQJOSwonX5nA_dOGdGuVW6OiRxVKehlolVEPDQSiAGi3w4D4rMQyLRiiZ7fkrmEEQeXCJIUXTchYT_dSuCfuA7U78PQAO4_otnWz2FNTKDUkPUAAqFY9dAjAaBHwmuIWAsQOFRjRMezDY3ASKQw6Mo16ceFBpQluTaFL7TUyN1S7a2xk3lrEdEAPexUaVSTcfZXf7IWawz1F0jEHnHYVw5uFpb5yqndHmA7jQu8GW-VvX6kyEBgs_l8DT8QxuJ4HHqcnQUpxFFliiWJ0byOlAtnjmxrrSTgPxT1qIe0WEeB4D3PP17sqL5-K_FasWzjSFeWihFhYNOxYHDhQHINorZFX8mbZlEEwjPo0FNTvGFujCYzpekMNZ91mMWT0ddxvYbNVZzWF8Sa	{"notice": "7fd043f4-c606-42fe-8ab1-2155b8f36b1b"}	pending	0	\N	2026-12-06 15:26:48+00	\N	\N	\N	\N	\N
51c0c256-085b-49db-b51b-898cdbddb705	notice_receipt	gAAAAABrF08GWLQnXl5vjZu42QGQQ9w2bG2VwsdLxjSGlw7cfiK6Q6zj-K_J4QHAmWbvj0-_oZ_BwgZiWEINt1Cm4QYi6lJWu29WjCuUbmTYwkoWot4IBmJ4pnfO9bOzp4WxOi924nA1	Notice received: c9fc03da-472e-43a1-9cf6-6b3a7a6597e2	gAAAAABrF08GnohRQHQUoKNeGiJz2ykQRMLWXH4cTDW4hTBmH1weU9wwPRm4Ov-d74zJW_Ng3ID2efYA-lr0uGH4_S7TNbG2y311Fj5RIqG-oDV7H5LlOK7cT0qgB4yIaIpcQQwGDAZXD_iOQgNHpG5UyeHACQOI8KcnIwktE_cKE9gG_8IDYTW86f9hHaXPwab9kMQO3wguQOsypz7ZSN0aG-ckZhZWatFlnDJb-PfeviwAUOAKKA2gwdV4_SPcgKZT7n1bHiSGoRPnQEpCGDauC2-PKAWGo2YBDlu-kwEh24l72LZ_16XBlElb74nWUt9_oZCPLCH14x4R9bweM2xUBazt4qMWl_o5qeD3TMbM1-oLniFhZHgsrdeIZCv1jwJaz_2ZQOv-qUFYVrt4Io9joyXzZ2imdtmEdPWCrccWnElUfwy_zUcgyB5O8W0R6C4upiKhc9QuHxZW-QOh8BubHtsmvcTe18HPW42OK2Qkz6eGjYtM8ZhdeXiZwSJiFvbOXCK4RfHHJ65qu_oIsdLGeMyIkoEWNXrWXPIregTOiqP7_tnzBDy0aBwMF6qDdwQgwuZMLtyoMkY-MR1VSGfdESv7jO6hqcVzdxnB-Z9l6NIBwnW7TW6GVw8PLt7HQI3BP21BYlS0NIO9k7Ijq8-6bxO0XFC18w8I1f4feBwJfNkdSsTJW3asiwpRjR62XM6vuWP6a5mRDUZKe97jkQymcgz6KbT1GM-RiRWhua3QPniuSheyefq9PHvF86NN80AdnDAcWFBez6MdwokoJNlSItU7x0M37_WJO8wIRjkNN-SRb3rkAxbLmcNxIKDJoqu6C1u27tPHrumKmRHmOc0yVt4nSOPlOF1WI2wqG8j87jZL9P_LDec=	{"notice": "c9fc03da-472e-43a1-9cf6-6b3a7a6597e2"}	pending	0	\N	2026-12-06 15:40:49+00	\N	\N	\N	\N	\N
073d187e-1bcf-46f1-abe4-6b6785f95c57	notice_outcome	gAAAAABrF08G-Qs7iSD3wZJKPrbrT4q4XnH3veBFMCjUMX-s-hTAX4G6Y0q7Fe6Cydao3U8hi3WFE9yLjSjhpKlDmO4P-yb1zS0bQSinbavvV_BdMy3RBaneA5W1M56ks1nLn8rCzU9s	Decision on your notice c9fc03da-472e-43a1-9cf6-6b3a7a6597e2	gAAAAABrF08GHblMwWzqkIjR3TeqiAbIhIQ9LorVJQdliBDgGZ87HcOTcYNEitfLndlQh9EtLfGleu8eAW5pElQzXHOYVbGBgHdunNmHW31vcezv57WNhcdsZL1aZCa-Vn2C_QmhwElUfDrUNzJG5WmjwMWBJ4YSYF-h0IjhKTIMmYfddxjhOCXlUFkJX8JAriC5u72ImLUKOUEAVwP25lpOif3AhneyPnhx-u9VrApN7KlqfLPLNRDcDMyeYvyFJOydhYhrv2SCxAaDiIbFhVN70m93c7YPfRH-AtTMzY9_J4jKdI3B5yj8qW-ynZesXWYJZRlD4zmCtIkQqMBU3lZJN1xRJj1DqBSjsmAE2DWeCNYoxgcAtV92FqEc_PhqRGEbcp16cQJfqElwphL45C6PAczMVVAO9uQEDG9cWVuTc5P2IfwENkIV0PtohB9CF4Ps6CJCcMZnOH6X8FCk3A4a1g5o0IWhwj2le8rYxc2_Y8gNKVJ1HVlXggzM9Xq2pGJqjLCtYb_ZB6f2-zfZhhEHrzQiH-o-dzicUq_EeNyxu3BQeIJpYmxPKj-XYTsfysvdQpENCoSmDIR1Fj-ZvgeOv08_A-avypUhmSWWjX0UkuGU6yrKhhJb9LqmLJmW-qWOWbsHX8UTb45oSHOxp7rBYpmUh3JDIAOOzhkiRI4G8Eav1YW8iEGgxMbj9ubheyPZL-DZ_oXI4jauzeXN4wQudhMWSpHPfgH9weBZqBiy8P51Euq86MlBsgiZD7cLMavZjpIMANx4Hl6ZUhoODDIYrR7Tw89TRoI_P-N6FlPH9OI4xIY803QIFlUD50mOvGMf03fOzLplFZISbpa2hjeKIvMed0OYMl9FuII-bcHaGofsMBvkOeHZFLe1BsZGFM_Jyab_XuQ6y_tznBiwH2ImnCx1VZYVuA==	{"notice": "c9fc03da-472e-43a1-9cf6-6b3a7a6597e2", "decision": "1cd0efe9-9934-41ea-8347-e226f1d371e2"}	pending	0	\N	2026-12-06 16:24:02.487592+00	\N	\N	\N	\N	\N
b982abe4-abdb-403a-aa72-df6a011f6fb9	notice_receipt	gAAAAABrF08GcdwCguT9edKNUiqhN0fshART-nN89UiqJDBn0Jmj2Plf5TQ7-rX-LG_87pSf_vizXVgwCvBG_Zc2BU762H6gys9NXUWHpAs33WcfyhuSAcqYUxeCta-3oJq7rDCMhcNE	Notice received: d20e31ec-51fa-4ebb-9a28-0b71b0399068	gAAAAABrF08GgwhwP5AbJxqPhDDouDtWIL8dSclTnz73QvQybrlfrmZ2bv_fooB29-3HttEmvuK7Ll-id_HmRRQaGAd7ulAgWGV9XA0JwQh1LehQihqXqXV0f0FGBIyf2frELI6ybwluzGQgK8kEF2LPB7n8pt39OvMcrJ8bHjULCGSXMqtxIFU785l6hub2bRcvATxITHgnNHK1POnxnfFBAitDQU15DBT4_JPonOSogIv0cQOpBBz2ByFCiXU_yCTzkZb7M-7Fp600RLWTNdLAGg2OgueuIrEGua1uAtjrtUNqbZRJdbdIPRyQW14dNzk0o2a-6eo8ZD2GUeJ4sRRwNm6DRWT-YLYznXmwFNb0amDHFpRi1GiU2A_U3tcQi0QIjJAfPueqqNczyne0oDCCJNGG2pOsDXmpBvZusJ-80d_MVUCe2pUX7G4bfRWGvwdqxfEQOhM3V4Gil9ukQiyvKBZefZuFQcUSkoarVLw-vkHd1m44poey29WGAbf8zJVFFovTobOVL5G6L_YGEV4TU0uHZZzoPLlj8FvFtMvBs_wn8X4O0syAr_p78ikmjJbYel187zdg0IrvDH8nqvRP9CgzvRjkkOZp3dJHNjxx5iNrdapF-jC57552xKydY7YyPyoVgMvs0mYkG4jFL3jaQ7bgVteV2OLU253MU0TzKO-5mXbV43QLFhgx_qHzTTSqKr5SDe6dGcNk09u9cfc9kKsbh3NTTm2Vk5cwwr2eWWqujsm2qkvoZcEqqzL5SnmNMNtAmWpO0Inc_2xHHTXiCkvsgK9JepA8RAYzlrWJKJ-ovl53icljAJEuZ-Z8VF7Z2fHMqujF1uNjMdUq6p8J0n3igEB8EA==	{"notice": "d20e31ec-51fa-4ebb-9a28-0b71b0399068"}	pending	0	\N	2026-12-06 16:27:13+00	\N	\N	\N	\N	\N
7d957b82-4045-4baa-942f-3157ecb922c4	notice_outcome	gAAAAABrF08GedDfsGWCxXc0B0Hc1wS-sEdVMtEUGb5Jx9N_bJZUYaFINNUPsIk5g3MuzlJDL9uXRHQkIkjiIiLw_g8uv09NyIPmNaGBl83nAxkMYk71PdMdvN_A0y7io9sEuXDRTPZq	Decision on your notice 80a22bf0-a828-4002-ad2a-7d300efba799	gAAAAABrF08GfnxXzY3gbzT0nWYNQeZ7c3DeZjo9XWLvTUKxFrW7T_GZVwvvBNJw7ZZ6o1n_x1C_4_t5FYBPSypR8erI2cm3KBzRdp6apX_iDBs-z9tXkIA90_8PgOvH8PLfVl5nABQ7g5FQ7rWA-lNVvguE4FFrvvgrDUcLpPf9dO3oCny51z9VLj0_U3StXNOOftTaD9pl_qySVrsrecoszvtnSHSz0q7W69emLgVExy4l0SXb7FiZOxUgcFVWMqaLgwLeNW9Jo5Hkxe3WL70HkF7NNjc-104PdUs-MjXw-FtsrGLUCfFiMHdBQ4y-_nbnYmHQBln89NYo-_9OcC5Wf9PJlZxPRy9eNxAGx47pGdUpXoFvsKo3xQ-VA-Bkhc0nad3T7KJ5oM4mIy4ndFgEZ-3MkcoX7NSNu9vB7Fu2AcPD058xKibDVVVTdoYi_AyyS_wOr73AVAP9ioyR-_X8Y9IrfMUDWg4cJDp4iMN2z3UVD54fuHUNNUlMIC3WoC5weRhckqKMuYR7Ct9cbs9BZNB3RljqCx0qlprvwJGbizvq1Xd9KC0Ohr2C1xSZLYBT80R-3VLpjAIzuvHECt_fujNNoDYjnmWoFNzW9mOlMcK_OF1sT0nvaNxa_7DsCLT-RDfYzVKIkKOTKfwgfp2UXn2wuuHqSdepwZqzjc6U34uXxdJ6A4Sg2-wqJQ6idDzTQgmSRrCjUv9SEmejh1KdkVNt9_4bEgbtxNVbrttAMOe9SMc4uOKh2e-ArrN8OZpDC0kVAKYlGZbuKmcRhKJ7qE-eiXTSxCldBEhFVjE9yKaHmmJqAWyw5T-js_6Io705NA8rjMFMe6cHzw9fe3YK56LFHq2VzFGgw-qVdFxzq16INHg7GzpUzaeBr8aXkQzR6pF6ThcF14dTUSdIXQRb1PENMrfnBA==	{"notice": "80a22bf0-a828-4002-ad2a-7d300efba799", "decision": "86e3847c-be22-4949-81e0-ce9525820da4"}	pending	0	\N	2026-12-06 17:33:16.658944+00	\N	\N	\N	\N	\N
47cddb5a-3457-4657-9a28-322ea67e0234	notice_outcome	gAAAAABrF08GENWZHBcBO6zAZ8JNnvw3ri81lVMrtrWWu08XUi3akivdCYdeKLgKAOjN84tbUMo_vsKGV6ymtp0bdLbkAiGhroxd0lFZDAiR5NDwnGo5W_ptPEEJiBjDIzN1nsLDBM7m	Decision on your notice 7fd043f4-c606-42fe-8ab1-2155b8f36b1b	gAAAAABrF08GkeN6wf3kyAVz9nM7h_EQh35DvY0qfGTBMRcthwKSzA-JBlQHmuKjd9h-h-_PtwojXzAMWYQj_fqVALsFJqR0lfBmcug8dSV-ytvK_-P0LCgFB6do4OeAGyvQviCJ3LitQ_bL-uaMeqM_JiTyt83-RPx3EzZK3IKCsk1Pm5sDgiCElL37EWzrqVs8sTnHnDmxMZSG02bMx0nCgbBZeCK_XxzXAhaLT8vBbinkbNbXpZFqdZ0xd5HNYAfj1ZbUINGZ5K3RYXxk8Yht5-ueuZbEVpzgOELrmDL3i7Uu8Tn--CjeBVwK-O_FbtlhlVnNNDF4J_ChbVFc24ndC7fTsGXM5IZrgasGobtKU4aIwiUyXuw8k3IUW9Et6w0eK7jk0aZ6qjYmd-Vpx5KK1OV5u4E6P-3OBLc831lv2-XGfjPhaLFdUszM8iCjSPNksqEin3PhyiwK6Z0mzcHF9O6Pvys10F6wxpk3-Ar-YrJHZ6jfYZOHCCWJwBQpQEPCz-JO6UgqLEdP97BiL6SkNx5XMsJtQK0ZLhq7y0xmO30wT7-vC4siKyoZSbJhqnva4w18t6pgufMxyzCGfbRfqp76tmN8smmqXKZI_bW9ZnVk6WmRbYe0bsAkIgOuRdpZk5KBprtfIrjg_GeX6SGn8fm2plh7bB4wrZL4R63vQ9wPwHvg-Qg=	{"notice": "7fd043f4-c606-42fe-8ab1-2155b8f36b1b", "decision": "325891a2-4298-400f-a7b8-c32170565840"}	pending	0	\N	2026-12-06 17:51:41.718249+00	\N	\N	\N	\N	\N
16441479-d11e-4c17-9736-1da417f436f7	notice_receipt	gAAAAABrF08GjQTOL7mwOXZQAPoifnHY_GS0UOx1REwgoK7pv8unukt8xoQxkPD78iyVqmd3EbHDCI-XJAwxctbqZsgzKoWvXJKSsYn57Gz4apqbpgXvye8n-IF3lb2wV5vHSJPF3rnU	Notice received: 00a9e6ed-a4e6-49d3-ae82-89654d97444e	gAAAAABrF08GrO7Pc7l3K9lC7vk3oFEAvYf9ZyeiPDwmjKSjY47z3IF4sr553GxwkMDge0xndQQWNbLPqFBebJWLSGgf-TrJwlWEHutTBmHZ-KLjN2_CnJzazvIKnrqP-4LN9jeFvKLvf8zib5isDW70Bxd-4WXpjX3r00olmb95MEl_XSFdOYzJfEZumMLDgbgE4HtIMMxjv_9MgMC6C357irGnFUzE6wuR2Z04_7bsvAEJoFbkBIo3jrVFDtXJaCT5-9A3e8t1ycyZBbhxyYGxTuhFak1tbyTkUJayYrNxT6F0__GbRjivGK6oj-j-2eal-XsxHibk9wjWn2xfHxny2gDciRNi6a3UbvYwL1Vvcb22wtCu1iLyiZUr-IHGar2JvJHj2cqO0JFt_qgbvppp74-DhN3SjWAd3dPpwNrVMlB-m1SnurlyuBOe9Q2012qY_puf9W2kB8ZVOur9McB088RJS-6SVpjvcCgq8VasXe5iqZXmvXKXh5DDhXP8UCghJvz8wdxeFfbcpn8UzgpXGQzr-6t68Gcqqg2pxxfc656B7ogIln9lhC3MKZ_KqngYrRej9AEVkgiY2WgVeHiyEJvpsuCxQnvzWPjhDEU0ON21ZdSqk0TRwR1EBjGVYhjUHiK8imb_69y2gMbl6dN2Pzu7TvjS4VHIIA-WKGOAY7drtRTpx_MoZYJ8bFOMTncjs6a14owobnA2ENPruFnRMo4cLjEIi48aws2VrmqVmvhd3a4SKRYaA9fb7rmw_JGs41KEEleE0rPRVdaV1Mhn4DrYyX2GgzvuigpI7NFsWaEHLw0UfhHZSdb0kWkH0dPbDziQHkyG90qrhjyj6X0j_2nviJtzRQ==	{"notice": "00a9e6ed-a4e6-49d3-ae82-89654d97444e"}	pending	0	\N	2026-12-06 17:58:11+00	\N	\N	\N	\N	\N
38c8a14b-6a01-4c55-9fa3-573fb8721494	notice_receipt	gAAAAABrF08GL5SePn8KRe9jHnBQw1iqhGrTDmgnn6MeS1DUX20lZx0gM-lUZQoCygm44UCGftAqt15csN5Uya9mFjcMS6onHOB91s7fag2ICIZ4K6yHM_2hWkkaBDXUhH_EaJ4wAbzQ	Notice received: 27119589-8dba-46dc-994a-121ad87372b1	gAAAAABrF08GLCWbLEBL3LBjw6Bjauwk9UQNLCQlsEcA3cJLM7-CWwbKP7kSrJerI4FOuZdhrOIItXBwO20dwAbYjn94fsi_mP7vgeuwu90FM1eEG3VbS8u0to_6_r1kQ3ATpbakW6IGHb2IBd5IYhLjaiaNrgFoXKV_ayjjAQDq99eIz6S8QJ8rVqZY-bD-5HIFVug6xC37MOiMJdt4fH8ADh5Y9a_E7IpzJEPZEa8O7_RGUhmtWBDmI2sAZVv2hv5OdpBnQG97i0TyiA89AnxAWjWzlvIwRr9OrgiFLJ3PxbLmSx5oOG2xuIs8aWlwFG8XVxGmWO0QLX20O7Ayi1LIgx15jRRspH3yu_HvVP-rdboCUS-c_ZvlbJbOB3jmmop2c-BbgpG6PAY7fzEUGUWkJiqK-jje-sdhi57NbhN9fWT3vEM-ksZaef6nj2N8TJ1OaB-YyenBPICOLeQmaysCJ96P7Vp3jlIBvSbPdwCq1Y8ceM_lxCJ539TyPFYr8PdWKahzICDH88Bwhd_pB1ZZorGbAml0KEAAqhag-AWTOY_dEL1QN_oDlBYlZPNjNeBFS2zMDRYxJ8CUt2zSdpVdsiUpVpJ7Vr7SvJml_DneI2IvkFSVOliBj81A-Pf26frvxrOBMhKvG6KYSp1F7uLiJ7WS5xK4eXYmoe7D--EWivTBn1resTZJnnSnGEPApE227W1_pnJRcnDRxSgvCKkpWPkz3A2_yW92KN-5-L3HhT-MzE6LObEVy8np8lIZ9U9R5E_KC_PAFYV2a48sWKz1bf2LuwluOi13NVe2XJ9ZaqZrdjyHDJpBfjzkQ7oh8qRG7ZE-GERi	{"notice": "27119589-8dba-46dc-994a-121ad87372b1"}	pending	0	\N	2026-12-06 18:35:08+00	\N	\N	\N	\N	\N
ca6662d0-5b90-4df0-8773-0f228836c31f	notice_outcome	gAAAAABrF08GL6IA3sSRQ14HvXgvmOHvui6amAjorYip9vFUr-kecpdQPDwfEIkiQAHlhonNW5i6m-ZicT7mjvVvoAr53GNSB3m3QU037RUmfYcj7ZAUnnbLcj5bPgIieJsUlrbVRIe9	Decision on your notice 27119589-8dba-46dc-994a-121ad87372b1	gAAAAABrF08G4Jz1LSaxSBx9q2Zzm70ll-qY3OKhFGfcfLSW8Uyu0ZIme2LZzOY-yVxDlZaJ1sAvPFT2di-YRBXy-nnJBuYM1YzfFv8vx42F3XBNynXSQnTVgg4GU0X2VrPOQzjzxJvTfjW27NnYTjQHAQHhRHONrRQV1NHtcdSEaRCVqdMOCouZrLpolAlYWVaTL4tSlZ7dOQ_mVOAtsDdko37s6KcRRZ3QrQ0a_BbDxu9qHALVxtBtwgmdqpFBO6s3Nw1A_IkZLbJt0XskeHlboJX16C80Z5LM1YRXreD_fli8xLcKyOB4l-rROfX-6T6NucNcWBbpfbB2UQqu8lARJPqbAb5HT34i8nDgcDelQw6_llGAN3h6PjFrp0v9YjbpZMs_NM1TFMGHhRD5j93kwUBK4GVmnKjiy6KLKRQgg4PYOnuCXQl-JBiL87xxGgEqLGZYxRAuCTMfmB4RwCo9PpMdOV3i4DBkFQDbslPiBYQ5CKt5SUFTVAYMJbTfP1zVNGHXrDDEc2pgsEIanEW98HsBqsto64lhsNBW3qNWQNZNJ9JC3_7zNKcs4arDT-ItoNYPiX00gwu8OEJQnO4gSW8T5MU0K7AUD7HY2YQorFIJ1XqLx1AC7JV2DE9e_38r7uNoB2NfPNDU5uzwnb-Z54RFjCvT1qmCtrs9udWPixB4qHxwv4HP6xC1vdodF6dXMMk8sLaPmecvXOYArHSoYzE3kInXLHbscr8v665T-NpfxnlTiD3GLjf6oVdqgOnbYHht8bR1yYTFQsxmhHxXw1B-7dTFplzF8juvPP5IBkcXH26aQ6FBz-NGUpTOuyjaycwO20G21Ti2vazX7FKZtdWrXipKz3dF6BkNU2g-rd2yeNrGy5vlvsZf-VaDxiqUS660aawQ49h8OFRQgYYFmNcvfO9XDg==	{"notice": "27119589-8dba-46dc-994a-121ad87372b1", "decision": "416a3f05-a93a-4013-812b-c6b3517c496e"}	pending	0	\N	2026-12-06 18:56:07.113106+00	\N	\N	\N	\N	\N
\.


--
-- Data for Name: outbound_reports; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.outbound_reports (id, kind, decision_id, case_id, item_kind, item_id, country, recipient_key, recipient_name, recipient_email, recipient_why, data_encrypted, data_sha256, hold_ids, held_until, status, timeline, notification_id, recipient_reference, created_by, created_at, sent_at, acknowledged_at) FROM stdin;
\.


--
-- Data for Name: outbox; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.outbox ("position", id, topic, key, payload, created_at, published_at, attempts, next_attempt_at, dead_at, last_error) FROM stdin;
1	cbe28487-393f-4e65-8c56-212388737e1e	platform.account.upserted	demo-acc-00000	{"type": "account.upserted", "account": "demo-acc-00000", "event_id": "demo-2024-acc-0"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
2	5cc7fe7e-e9a9-4338-b6ce-ceddeb2f2884	platform.account.upserted	demo-acc-00001	{"type": "account.upserted", "account": "demo-acc-00001", "event_id": "demo-2024-acc-1"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
3	c4aba856-e6a2-4e2f-ae3c-43f4fe61f978	platform.account.upserted	demo-acc-00002	{"type": "account.upserted", "account": "demo-acc-00002", "event_id": "demo-2024-acc-2"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
4	87734ee8-566e-4e33-a118-f59fb681e4af	platform.account.upserted	demo-acc-00003	{"type": "account.upserted", "account": "demo-acc-00003", "event_id": "demo-2024-acc-3"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
5	be441279-f07c-49dc-a8ea-0c9e0291921c	platform.account.upserted	demo-acc-00004	{"type": "account.upserted", "account": "demo-acc-00004", "event_id": "demo-2024-acc-4"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
6	5379d3ac-c922-4882-87b5-a2c2df0eb89c	platform.account.upserted	demo-acc-00005	{"type": "account.upserted", "account": "demo-acc-00005", "event_id": "demo-2024-acc-5"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
7	41828ff1-7ba6-4307-b191-199bc82bf8df	platform.account.upserted	demo-acc-00006	{"type": "account.upserted", "account": "demo-acc-00006", "event_id": "demo-2024-acc-6"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
8	17405186-8a0a-47b8-8b54-a002dd26e851	platform.account.upserted	demo-acc-00007	{"type": "account.upserted", "account": "demo-acc-00007", "event_id": "demo-2024-acc-7"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
9	0ae01230-33fc-428e-907f-e70eb891e331	platform.account.upserted	demo-acc-00008	{"type": "account.upserted", "account": "demo-acc-00008", "event_id": "demo-2024-acc-8"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
10	6d785c18-6275-4dbe-b29a-fb46cd0272f5	platform.account.upserted	demo-acc-00009	{"type": "account.upserted", "account": "demo-acc-00009", "event_id": "demo-2024-acc-9"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
11	d98fda90-69db-4ef0-9df5-8fd58e452936	platform.account.upserted	demo-acc-00010	{"type": "account.upserted", "account": "demo-acc-00010", "event_id": "demo-2024-acc-10"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
12	1b3446fc-3b7e-4676-b7d8-ff40c11a0b26	platform.account.upserted	demo-acc-00011	{"type": "account.upserted", "account": "demo-acc-00011", "event_id": "demo-2024-acc-11"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
13	4b8bf01b-e0b4-45b5-8dc2-b62762c062c3	platform.account.upserted	demo-acc-00012	{"type": "account.upserted", "account": "demo-acc-00012", "event_id": "demo-2024-acc-12"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
14	f388be56-b63c-4f96-8c89-2c7c0345889e	platform.account.upserted	demo-acc-00013	{"type": "account.upserted", "account": "demo-acc-00013", "event_id": "demo-2024-acc-13"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
15	d5c63072-ebdd-46c3-b619-eef3c032b13e	platform.account.upserted	demo-acc-00014	{"type": "account.upserted", "account": "demo-acc-00014", "event_id": "demo-2024-acc-14"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
16	107de838-98f3-4a49-86a7-5cd89dd993bd	platform.account.upserted	demo-acc-00015	{"type": "account.upserted", "account": "demo-acc-00015", "event_id": "demo-2024-acc-15"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
17	37c2f2ef-1f9f-4582-b185-e263e984be51	platform.account.upserted	demo-acc-00016	{"type": "account.upserted", "account": "demo-acc-00016", "event_id": "demo-2024-acc-16"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
18	9728c446-d931-4370-a5d8-314fa0f47484	platform.account.upserted	demo-acc-00017	{"type": "account.upserted", "account": "demo-acc-00017", "event_id": "demo-2024-acc-17"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
19	439036d4-bfba-4999-adce-3ceae368e558	platform.account.upserted	demo-acc-00018	{"type": "account.upserted", "account": "demo-acc-00018", "event_id": "demo-2024-acc-18"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
20	336a6d89-3af7-4efa-8f74-8f4f931d8b33	platform.account.upserted	demo-acc-00019	{"type": "account.upserted", "account": "demo-acc-00019", "event_id": "demo-2024-acc-19"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
21	8d4507a2-189d-450b-a278-d38e33b5bb86	platform.account.upserted	demo-acc-00020	{"type": "account.upserted", "account": "demo-acc-00020", "event_id": "demo-2024-acc-20"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
22	b2c53973-1a76-431e-99c0-6ec2916f0afd	platform.account.upserted	demo-acc-00021	{"type": "account.upserted", "account": "demo-acc-00021", "event_id": "demo-2024-acc-21"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
23	33cdcdc0-37fe-4cf4-87f2-622cec72b26b	platform.account.upserted	demo-acc-00022	{"type": "account.upserted", "account": "demo-acc-00022", "event_id": "demo-2024-acc-22"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
24	d5452547-47a1-40ba-86f8-da03837c0343	platform.account.upserted	demo-acc-00023	{"type": "account.upserted", "account": "demo-acc-00023", "event_id": "demo-2024-acc-23"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
25	dfae4b69-a87d-4a7a-9bf9-f5aee864c8ab	platform.account.upserted	demo-acc-00024	{"type": "account.upserted", "account": "demo-acc-00024", "event_id": "demo-2024-acc-24"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
26	5c61cea0-de16-4e31-98f4-92445c8decf8	platform.account.upserted	demo-acc-00025	{"type": "account.upserted", "account": "demo-acc-00025", "event_id": "demo-2024-acc-25"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
27	4648cfdf-8946-41c8-a68c-d2f6ef858471	platform.account.upserted	demo-acc-00026	{"type": "account.upserted", "account": "demo-acc-00026", "event_id": "demo-2024-acc-26"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
28	e358e1be-a57f-4c4a-891e-86138f3909c6	platform.account.upserted	demo-acc-00027	{"type": "account.upserted", "account": "demo-acc-00027", "event_id": "demo-2024-acc-27"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
29	ea7ee1f1-dd30-45f5-8502-74f8d5895064	platform.account.upserted	demo-acc-00028	{"type": "account.upserted", "account": "demo-acc-00028", "event_id": "demo-2024-acc-28"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
30	d9cecaf8-b238-4f7f-91a3-6dc069f0d9ae	platform.account.upserted	demo-acc-00029	{"type": "account.upserted", "account": "demo-acc-00029", "event_id": "demo-2024-acc-29"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
31	3d3b9e42-4e43-4a39-90a9-d6b84085ca5c	platform.account.upserted	demo-acc-00030	{"type": "account.upserted", "account": "demo-acc-00030", "event_id": "demo-2024-acc-30"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
32	34b790e9-8a28-461d-827a-5b717d3aad6d	platform.account.upserted	demo-acc-00031	{"type": "account.upserted", "account": "demo-acc-00031", "event_id": "demo-2024-acc-31"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
33	884795c8-8d1b-4f62-9573-7a8a8a10ab6e	platform.account.upserted	demo-acc-00032	{"type": "account.upserted", "account": "demo-acc-00032", "event_id": "demo-2024-acc-32"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
34	737d4c61-00fc-40e7-9e9a-8351a6487d90	platform.account.upserted	demo-acc-00033	{"type": "account.upserted", "account": "demo-acc-00033", "event_id": "demo-2024-acc-33"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
35	c92778ab-283a-4b48-a3cb-7fdf24745f87	platform.account.upserted	demo-acc-00034	{"type": "account.upserted", "account": "demo-acc-00034", "event_id": "demo-2024-acc-34"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
36	0346f0a8-0137-4d3e-9e32-d9819b303823	platform.account.upserted	demo-acc-00035	{"type": "account.upserted", "account": "demo-acc-00035", "event_id": "demo-2024-acc-35"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
37	8bb38cd1-5afc-4c91-bd8d-313caa78767b	platform.account.upserted	demo-acc-00036	{"type": "account.upserted", "account": "demo-acc-00036", "event_id": "demo-2024-acc-36"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
38	856a8aae-7829-41b7-b290-5aadb9a05e02	platform.account.upserted	demo-acc-00037	{"type": "account.upserted", "account": "demo-acc-00037", "event_id": "demo-2024-acc-37"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
39	4b5c1d2b-d3e7-4828-be42-5046615977f2	platform.account.upserted	demo-acc-00038	{"type": "account.upserted", "account": "demo-acc-00038", "event_id": "demo-2024-acc-38"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
40	50ab5c24-8a53-4e70-87a9-7ac11c7181fd	platform.account.upserted	demo-acc-00039	{"type": "account.upserted", "account": "demo-acc-00039", "event_id": "demo-2024-acc-39"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
41	b0275228-ad5d-4f79-8e5f-b7fbf9f65228	platform.channel.upserted	demo-chan-0000	{"type": "channel.upserted", "channel": "demo-chan-0000", "event_id": "demo-2024-chan-0"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
42	c86a68ba-d5c6-471d-969b-fbe028873453	platform.channel.upserted	demo-chan-0001	{"type": "channel.upserted", "channel": "demo-chan-0001", "event_id": "demo-2024-chan-1"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
43	55a56362-e04a-412e-ae6a-af725e8dee4d	platform.channel.upserted	demo-chan-0002	{"type": "channel.upserted", "channel": "demo-chan-0002", "event_id": "demo-2024-chan-2"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
44	535b692d-28f2-431f-ab51-c123e987ac7f	platform.channel.upserted	demo-chan-0003	{"type": "channel.upserted", "channel": "demo-chan-0003", "event_id": "demo-2024-chan-3"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
45	047b3359-585d-46ff-b921-293914d73eac	platform.channel.upserted	demo-chan-0004	{"type": "channel.upserted", "channel": "demo-chan-0004", "event_id": "demo-2024-chan-4"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
46	dc18c2da-21d6-4e4d-b768-2874eb5e7047	platform.channel.upserted	demo-chan-0005	{"type": "channel.upserted", "channel": "demo-chan-0005", "event_id": "demo-2024-chan-5"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
47	b53beb4a-ae11-499a-8164-9394bb5352a4	platform.member.joined	demo-chan-0001	{"type": "member.joined", "account": "demo-acc-00010", "channel": "demo-chan-0001", "event_id": "demo-2024-join-0"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
48	ea5ae674-82a2-4d0a-b278-142d4fbb53b6	platform.member.joined	demo-chan-0002	{"type": "member.joined", "account": "demo-acc-00025", "channel": "demo-chan-0002", "event_id": "demo-2024-join-1"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
49	d8c9d5b9-7c91-43ea-bb5a-f3034b2ee1ec	platform.member.joined	demo-chan-0001	{"type": "member.joined", "account": "demo-acc-00011", "channel": "demo-chan-0001", "event_id": "demo-2024-join-2"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
50	f469cc10-e5c2-43eb-83da-ba52c0f0e9fa	platform.member.joined	demo-chan-0002	{"type": "member.joined", "account": "demo-acc-00029", "channel": "demo-chan-0002", "event_id": "demo-2024-join-3"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
51	0bbab865-93f9-42e4-9c5b-905e96817933	platform.member.joined	demo-chan-0005	{"type": "member.joined", "account": "demo-acc-00000", "channel": "demo-chan-0005", "event_id": "demo-2024-join-4"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
52	578d2300-6107-4524-a96e-f7a610ed2736	platform.member.joined	demo-chan-0000	{"type": "member.joined", "account": "demo-acc-00021", "channel": "demo-chan-0000", "event_id": "demo-2024-join-5"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
53	c2c3c1ec-fae0-4523-989e-33308f3bcbb7	platform.member.joined	demo-chan-0001	{"type": "member.joined", "account": "demo-acc-00032", "channel": "demo-chan-0001", "event_id": "demo-2024-join-7"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
54	7925875f-0fd7-4a26-a652-4b59092e2878	platform.member.joined	demo-chan-0003	{"type": "member.joined", "account": "demo-acc-00002", "channel": "demo-chan-0003", "event_id": "demo-2024-join-8"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
55	794b4ab2-0af7-4b4b-a12a-fe780b7164ac	platform.member.joined	demo-chan-0001	{"type": "member.joined", "account": "demo-acc-00038", "channel": "demo-chan-0001", "event_id": "demo-2024-join-9"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
56	a1a09c2d-4a25-42d3-b741-0a0b9fc36202	platform.member.joined	demo-chan-0003	{"type": "member.joined", "account": "demo-acc-00035", "channel": "demo-chan-0003", "event_id": "demo-2024-join-10"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
57	7b868d2a-945a-4834-ae83-bee36cc93c7f	platform.member.joined	demo-chan-0000	{"type": "member.joined", "account": "demo-acc-00027", "channel": "demo-chan-0000", "event_id": "demo-2024-join-12"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
58	81806201-d164-4c8b-b5c7-9d4a5f66157b	platform.member.joined	demo-chan-0002	{"type": "member.joined", "account": "demo-acc-00000", "channel": "demo-chan-0002", "event_id": "demo-2024-join-13"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
59	2a01b2f7-d7bc-413d-968d-c2c6e85b7ad2	platform.member.joined	demo-chan-0004	{"type": "member.joined", "account": "demo-acc-00021", "channel": "demo-chan-0004", "event_id": "demo-2024-join-14"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
60	86ad188a-c105-4b2c-be1f-b518451e8b0f	platform.member.joined	demo-chan-0004	{"type": "member.joined", "account": "demo-acc-00016", "channel": "demo-chan-0004", "event_id": "demo-2024-join-15"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
61	022bf20c-2269-4b31-89ab-d79fe07000de	platform.member.joined	demo-chan-0005	{"type": "member.joined", "account": "demo-acc-00010", "channel": "demo-chan-0005", "event_id": "demo-2024-join-16"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
62	00148834-2524-4e39-bd04-24cc70b7e5d3	platform.member.joined	demo-chan-0000	{"type": "member.joined", "account": "demo-acc-00008", "channel": "demo-chan-0000", "event_id": "demo-2024-join-19"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
63	6e035c2d-f597-491a-9791-42aabfe9f6c6	platform.member.joined	demo-chan-0001	{"type": "member.joined", "account": "demo-acc-00001", "channel": "demo-chan-0001", "event_id": "demo-2024-join-20"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
64	12ba5b07-1aa6-4a4f-b471-d01e02949c48	platform.member.joined	demo-chan-0002	{"type": "member.joined", "account": "demo-acc-00019", "channel": "demo-chan-0002", "event_id": "demo-2024-join-21"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
65	da5bdf95-e1df-4b03-a793-29136da4b94e	platform.member.joined	demo-chan-0002	{"type": "member.joined", "account": "demo-acc-00031", "channel": "demo-chan-0002", "event_id": "demo-2024-join-22"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
66	93c5a530-a4af-4e71-aef7-36ccb3e7334b	platform.member.joined	demo-chan-0001	{"type": "member.joined", "account": "demo-acc-00023", "channel": "demo-chan-0001", "event_id": "demo-2024-join-23"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
67	7d6ad38d-ad0f-4217-9e5a-417444eea14c	platform.member.joined	demo-chan-0003	{"type": "member.joined", "account": "demo-acc-00027", "channel": "demo-chan-0003", "event_id": "demo-2024-join-24"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
68	ac24f00c-748a-418b-ab61-09849547e8ec	platform.member.joined	demo-chan-0003	{"type": "member.joined", "account": "demo-acc-00039", "channel": "demo-chan-0003", "event_id": "demo-2024-join-25"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
69	bd02a680-1804-411a-9d08-08be4da130df	platform.member.joined	demo-chan-0002	{"type": "member.joined", "account": "demo-acc-00010", "channel": "demo-chan-0002", "event_id": "demo-2024-join-26"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
70	46ac67e3-4b86-4f35-94f1-7699d3bf17fb	platform.member.joined	demo-chan-0000	{"type": "member.joined", "account": "demo-acc-00007", "channel": "demo-chan-0000", "event_id": "demo-2024-join-27"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
71	97a51405-adb3-4be1-a592-5e71a6bb4c87	platform.member.joined	demo-chan-0000	{"type": "member.joined", "account": "demo-acc-00023", "channel": "demo-chan-0000", "event_id": "demo-2024-join-28"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
72	2a8862ed-a2f6-41ea-bcbe-fe436cb40da9	platform.member.joined	demo-chan-0003	{"type": "member.joined", "account": "demo-acc-00011", "channel": "demo-chan-0003", "event_id": "demo-2024-join-29"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
73	50ee75c9-661c-4e28-baa4-b13358f90941	platform.member.joined	demo-chan-0004	{"type": "member.joined", "account": "demo-acc-00006", "channel": "demo-chan-0004", "event_id": "demo-2024-join-30"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
74	74f10bd5-53db-4cce-8f67-f857f96cce07	platform.member.joined	demo-chan-0000	{"type": "member.joined", "account": "demo-acc-00017", "channel": "demo-chan-0000", "event_id": "demo-2024-join-32"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
75	d620105a-b9c4-4b75-8613-de156792f089	platform.member.joined	demo-chan-0001	{"type": "member.joined", "account": "demo-acc-00007", "channel": "demo-chan-0001", "event_id": "demo-2024-join-33"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
76	cc26b10f-e2ea-4304-b586-224cfa4826fc	platform.member.joined	demo-chan-0002	{"type": "member.joined", "account": "demo-acc-00034", "channel": "demo-chan-0002", "event_id": "demo-2024-join-34"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
77	6ec83c75-42f3-4e34-85a7-d1c69b44e4bb	platform.member.joined	demo-chan-0004	{"type": "member.joined", "account": "demo-acc-00008", "channel": "demo-chan-0004", "event_id": "demo-2024-join-35"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
78	96dfe932-f933-4610-913c-7eedfe14bca6	platform.member.joined	demo-chan-0001	{"type": "member.joined", "account": "demo-acc-00036", "channel": "demo-chan-0001", "event_id": "demo-2024-join-36"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
79	7a48da6f-4141-4966-9fef-75a8b7938c49	platform.member.joined	demo-chan-0003	{"type": "member.joined", "account": "demo-acc-00006", "channel": "demo-chan-0003", "event_id": "demo-2024-join-38"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
80	e9815115-97e9-45fa-ab4f-97154cd08910	platform.member.joined	demo-chan-0004	{"type": "member.joined", "account": "demo-acc-00017", "channel": "demo-chan-0004", "event_id": "demo-2024-join-39"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
81	84814649-f204-4b54-96b4-6e23c04ac2b5	platform.member.joined	demo-chan-0001	{"type": "member.joined", "account": "demo-acc-00014", "channel": "demo-chan-0001", "event_id": "demo-2024-join-41"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
82	75df7d32-4631-46aa-95f6-eb8995c6edfc	platform.member.joined	demo-chan-0000	{"type": "member.joined", "account": "demo-acc-00032", "channel": "demo-chan-0000", "event_id": "demo-2024-join-42"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
83	4b539cba-80e4-4dec-8a51-67775394fdab	platform.member.joined	demo-chan-0000	{"type": "member.joined", "account": "demo-acc-00012", "channel": "demo-chan-0000", "event_id": "demo-2024-join-43"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
84	486836e6-ce36-408d-a11b-f7844be6db8c	platform.member.joined	demo-chan-0003	{"type": "member.joined", "account": "demo-acc-00034", "channel": "demo-chan-0003", "event_id": "demo-2024-join-44"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
85	9cb0e2e8-e978-4094-a8fa-1087b8bb420c	platform.member.joined	demo-chan-0004	{"type": "member.joined", "account": "demo-acc-00026", "channel": "demo-chan-0004", "event_id": "demo-2024-join-45"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
86	2ba98822-9825-4500-8bb2-f1b4c27d2a23	platform.member.joined	demo-chan-0003	{"type": "member.joined", "account": "demo-acc-00036", "channel": "demo-chan-0003", "event_id": "demo-2024-join-46"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
87	bcf4aa40-1d7d-49a2-b2a5-e7e83ac8a08c	platform.member.joined	demo-chan-0001	{"type": "member.joined", "account": "demo-acc-00015", "channel": "demo-chan-0001", "event_id": "demo-2024-join-47"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
88	3a2a54fe-361e-4bcf-9daa-4b43f57bd8c7	platform.member.joined	demo-chan-0004	{"type": "member.joined", "account": "demo-acc-00018", "channel": "demo-chan-0004", "event_id": "demo-2024-join-48"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
89	79489d2a-c421-4267-9b86-43dc650b3471	platform.member.joined	demo-chan-0002	{"type": "member.joined", "account": "demo-acc-00037", "channel": "demo-chan-0002", "event_id": "demo-2024-join-49"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
90	7170d292-3b02-40e6-8080-c190cebc439e	platform.member.joined	demo-chan-0002	{"type": "member.joined", "account": "demo-acc-00028", "channel": "demo-chan-0002", "event_id": "demo-2024-join-50"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
91	5b1b3f4e-61ed-4959-b99a-96375a7650a3	platform.member.joined	demo-chan-0005	{"type": "member.joined", "account": "demo-acc-00007", "channel": "demo-chan-0005", "event_id": "demo-2024-join-51"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
92	030f58d2-70e2-49b4-976c-b0856c43b294	platform.member.joined	demo-chan-0003	{"type": "member.joined", "account": "demo-acc-00025", "channel": "demo-chan-0003", "event_id": "demo-2024-join-52"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
93	7605b233-0706-4ea5-9167-311911f57c5e	platform.member.joined	demo-chan-0002	{"type": "member.joined", "account": "demo-acc-00020", "channel": "demo-chan-0002", "event_id": "demo-2024-join-53"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
94	84e10387-5fb0-434b-9d3b-7928fc294ff7	platform.member.joined	demo-chan-0004	{"type": "member.joined", "account": "demo-acc-00033", "channel": "demo-chan-0004", "event_id": "demo-2024-join-54"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
95	c606286a-9074-4058-91f8-a5af94dcc1ce	platform.member.joined	demo-chan-0002	{"type": "member.joined", "account": "demo-acc-00014", "channel": "demo-chan-0002", "event_id": "demo-2024-join-56"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
96	f9305281-bbd5-46b7-b519-64b3e565fe34	platform.member.joined	demo-chan-0003	{"type": "member.joined", "account": "demo-acc-00029", "channel": "demo-chan-0003", "event_id": "demo-2024-join-57"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
97	35a4ebe6-0f3b-4caa-92b5-6862d73537ea	platform.member.joined	demo-chan-0004	{"type": "member.joined", "account": "demo-acc-00019", "channel": "demo-chan-0004", "event_id": "demo-2024-join-58"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
98	b447bff0-6da2-49ea-ab79-790fa55c9e55	platform.member.joined	demo-chan-0002	{"type": "member.joined", "account": "demo-acc-00012", "channel": "demo-chan-0002", "event_id": "demo-2024-join-59"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
99	50e478e5-7eb5-43c9-9956-951b99800ba4	platform.post.created	demo-chan-0005	{"post": "demo-post-00000", "type": "post.created", "author": "demo-acc-00013", "channel": "demo-chan-0005", "event_id": "demo-2024-post-0"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
100	f3fff79c-d433-4786-908c-69ac0a965722	platform.post.created	demo-chan-0004	{"post": "demo-post-00001", "type": "post.created", "author": "demo-acc-00008", "channel": "demo-chan-0004", "event_id": "demo-2024-post-1"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
101	3e87294d-47fc-4dfb-89c6-1f6d74f7ee86	platform.post.created	demo-chan-0001	{"post": "demo-post-00002", "type": "post.created", "author": "demo-acc-00033", "channel": "demo-chan-0001", "event_id": "demo-2024-post-2"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
102	2a1755bd-e467-4224-846e-1c0279291326	platform.post.created	demo-chan-0000	{"post": "demo-post-00003", "type": "post.created", "author": "demo-acc-00038", "channel": "demo-chan-0000", "event_id": "demo-2024-post-3"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
103	440248ae-f566-4e5e-bc55-6d8ea1de3c9a	platform.post.created	demo-chan-0000	{"post": "demo-post-00004", "type": "post.created", "author": "demo-acc-00027", "channel": "demo-chan-0000", "event_id": "demo-2024-post-4"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
104	ce7b88e1-49ec-4390-ac7d-3fa77d871a50	platform.post.created	demo-chan-0002	{"post": "demo-post-00005", "type": "post.created", "author": "demo-acc-00002", "channel": "demo-chan-0002", "event_id": "demo-2024-post-5"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
105	9b0b6516-9dd9-4d43-a8c7-6014024cca88	platform.post.created	demo-chan-0003	{"post": "demo-post-00006", "type": "post.created", "author": "demo-acc-00010", "channel": "demo-chan-0003", "event_id": "demo-2024-post-6"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
106	0eee50ab-66c7-4c7e-b386-eef80a80c0f9	platform.post.created	demo-chan-0000	{"post": "demo-post-00007", "type": "post.created", "author": "demo-acc-00037", "channel": "demo-chan-0000", "event_id": "demo-2024-post-7"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
107	3d02d304-efab-4365-9ceb-426227437428	platform.post.created	demo-chan-0000	{"post": "demo-post-00008", "type": "post.created", "author": "demo-acc-00014", "channel": "demo-chan-0000", "event_id": "demo-2024-post-8"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
108	8f56fc48-c3a9-4e1b-8f31-7ef5efd26e0d	platform.post.created	demo-chan-0005	{"post": "demo-post-00009", "type": "post.created", "author": "demo-acc-00024", "channel": "demo-chan-0005", "event_id": "demo-2024-post-9"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
109	fe0078d5-9e1f-443a-8057-4f3874839028	platform.post.created	demo-chan-0002	{"post": "demo-post-00010", "type": "post.created", "author": "demo-acc-00035", "channel": "demo-chan-0002", "event_id": "demo-2024-post-10"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
110	10c3127f-869b-46e7-aad6-91ceed8693cc	platform.post.created	demo-chan-0004	{"post": "demo-post-00011", "type": "post.created", "author": "demo-acc-00017", "channel": "demo-chan-0004", "event_id": "demo-2024-post-11"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
111	7f0091e7-6aa7-4bc3-89e3-a311c0112088	platform.post.created	demo-chan-0003	{"post": "demo-post-00012", "type": "post.created", "author": "demo-acc-00034", "channel": "demo-chan-0003", "event_id": "demo-2024-post-12"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
112	183717ce-5667-4d2f-aadd-d3948309b718	platform.post.created	demo-chan-0005	{"post": "demo-post-00013", "type": "post.created", "author": "demo-acc-00039", "channel": "demo-chan-0005", "event_id": "demo-2024-post-13"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
113	2b5656bc-f644-4c02-89f9-56aed5790d8c	platform.post.created	demo-chan-0002	{"post": "demo-post-00014", "type": "post.created", "author": "demo-acc-00023", "channel": "demo-chan-0002", "event_id": "demo-2024-post-14"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
114	05a04535-12bb-45c1-acc5-bfce666c94a2	platform.post.created	demo-chan-0004	{"post": "demo-post-00015", "type": "post.created", "author": "demo-acc-00002", "channel": "demo-chan-0004", "event_id": "demo-2024-post-15"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
115	f3095b4a-f5d1-4367-ba04-aa8bc920ccdc	platform.post.created	demo-chan-0005	{"post": "demo-post-00016", "type": "post.created", "author": "demo-acc-00023", "channel": "demo-chan-0005", "event_id": "demo-2024-post-16"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
116	33742944-b486-4316-b22a-b3ebef18f5f5	platform.post.created	demo-chan-0004	{"post": "demo-post-00017", "type": "post.created", "author": "demo-acc-00017", "channel": "demo-chan-0004", "event_id": "demo-2024-post-17"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
117	e2c05001-03df-47f2-8cca-4e3561964df1	platform.post.created	demo-chan-0005	{"post": "demo-post-00018", "type": "post.created", "author": "demo-acc-00007", "channel": "demo-chan-0005", "event_id": "demo-2024-post-18"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
118	32689da9-5ac4-4d5d-8ad0-20a1a5020a6e	platform.post.created	demo-chan-0000	{"post": "demo-post-00019", "type": "post.created", "author": "demo-acc-00030", "channel": "demo-chan-0000", "event_id": "demo-2024-post-19"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
119	cafdc489-5ccd-4891-a301-4756f18fd1e0	platform.post.created	demo-chan-0001	{"post": "demo-post-00020", "type": "post.created", "author": "demo-acc-00020", "channel": "demo-chan-0001", "event_id": "demo-2024-post-20"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
120	4bfd20ed-7fa1-485e-baa8-42a0a6a5090b	platform.post.created	demo-chan-0005	{"post": "demo-post-00021", "type": "post.created", "author": "demo-acc-00013", "channel": "demo-chan-0005", "event_id": "demo-2024-post-21"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
121	2dd58817-9027-4f76-a8b1-414ab73cf784	platform.post.created	demo-chan-0002	{"post": "demo-post-00022", "type": "post.created", "author": "demo-acc-00016", "channel": "demo-chan-0002", "event_id": "demo-2024-post-22"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
122	4df1aa1c-5c64-4d76-8b43-9241c42a7ade	platform.post.created	demo-chan-0002	{"post": "demo-post-00023", "type": "post.created", "author": "demo-acc-00009", "channel": "demo-chan-0002", "event_id": "demo-2024-post-23"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
123	d6f5c156-cc99-4875-b215-82fadd52b011	platform.post.created	demo-chan-0002	{"post": "demo-post-00024", "type": "post.created", "author": "demo-acc-00029", "channel": "demo-chan-0002", "event_id": "demo-2024-post-24"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
124	9155b7d0-c2f9-46f1-92d1-bb564b33d998	platform.post.created	demo-chan-0003	{"post": "demo-post-00025", "type": "post.created", "author": "demo-acc-00003", "channel": "demo-chan-0003", "event_id": "demo-2024-post-25"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
125	d2da28a6-3c1a-43b4-9f63-cd3d70fc0baf	platform.post.created	demo-chan-0002	{"post": "demo-post-00026", "type": "post.created", "author": "demo-acc-00026", "channel": "demo-chan-0002", "event_id": "demo-2024-post-26"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
126	2d0e4edf-ea48-4a16-902f-96ca0f268499	platform.post.created	demo-chan-0000	{"post": "demo-post-00027", "type": "post.created", "author": "demo-acc-00038", "channel": "demo-chan-0000", "event_id": "demo-2024-post-27"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
127	d89990a1-102b-41dd-b2e0-8e58c26addbb	platform.post.created	demo-chan-0001	{"post": "demo-post-00028", "type": "post.created", "author": "demo-acc-00008", "channel": "demo-chan-0001", "event_id": "demo-2024-post-28"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
128	cbf1b47e-0acf-4a5e-b881-67ac94deed4b	platform.post.created	demo-chan-0003	{"post": "demo-post-00029", "type": "post.created", "author": "demo-acc-00031", "channel": "demo-chan-0003", "event_id": "demo-2024-post-29"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
129	e14ea25a-4e28-4191-93ce-d467caabe0c6	platform.post.created	demo-chan-0005	{"post": "demo-post-00030", "type": "post.created", "author": "demo-acc-00033", "channel": "demo-chan-0005", "event_id": "demo-2024-post-30"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
130	0d04b992-cfd7-4d05-91d9-a8be22a5d177	platform.post.created	demo-chan-0004	{"post": "demo-post-00031", "type": "post.created", "author": "demo-acc-00023", "channel": "demo-chan-0004", "event_id": "demo-2024-post-31"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
131	df23f1a3-58a5-42e5-a0c9-5619b9499d82	platform.post.created	demo-chan-0002	{"post": "demo-post-00032", "type": "post.created", "author": "demo-acc-00026", "channel": "demo-chan-0002", "event_id": "demo-2024-post-32"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
132	c8e120d7-3ac3-4e0c-9633-3e11abca77b2	platform.post.created	demo-chan-0000	{"post": "demo-post-00033", "type": "post.created", "author": "demo-acc-00015", "channel": "demo-chan-0000", "event_id": "demo-2024-post-33"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
133	479f06f4-46cf-4e66-98c6-8846484acbee	platform.post.created	demo-chan-0001	{"post": "demo-post-00034", "type": "post.created", "author": "demo-acc-00000", "channel": "demo-chan-0001", "event_id": "demo-2024-post-34"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
134	060f9e3e-dcfa-4070-839e-901bca8f8439	platform.post.created	demo-chan-0001	{"post": "demo-post-00035", "type": "post.created", "author": "demo-acc-00015", "channel": "demo-chan-0001", "event_id": "demo-2024-post-35"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
135	2ec98e3e-535c-4dc5-bf97-80ed3ee0d444	platform.post.created	demo-chan-0000	{"post": "demo-post-00036", "type": "post.created", "author": "demo-acc-00016", "channel": "demo-chan-0000", "event_id": "demo-2024-post-36"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
136	8863cfee-115c-4040-8dfc-a5630ec9ea80	platform.post.created	demo-chan-0000	{"post": "demo-post-00037", "type": "post.created", "author": "demo-acc-00023", "channel": "demo-chan-0000", "event_id": "demo-2024-post-37"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
137	1cbe7e58-c6cf-40bf-94a1-77986216c1f8	platform.post.created	demo-chan-0004	{"post": "demo-post-00038", "type": "post.created", "author": "demo-acc-00027", "channel": "demo-chan-0004", "event_id": "demo-2024-post-38"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
138	06af54b4-949f-4b95-a798-0273c24ccc21	platform.post.created	demo-chan-0002	{"post": "demo-post-00039", "type": "post.created", "author": "demo-acc-00017", "channel": "demo-chan-0002", "event_id": "demo-2024-post-39"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
139	517499e1-4cfc-4e6c-9b7e-953abf35b2c4	platform.post.created	demo-chan-0000	{"post": "demo-post-00040", "type": "post.created", "author": "demo-acc-00009", "channel": "demo-chan-0000", "event_id": "demo-2024-post-40"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
140	c7bf4bea-5437-42eb-9a8e-9326f5209322	platform.post.created	demo-chan-0005	{"post": "demo-post-00041", "type": "post.created", "author": "demo-acc-00005", "channel": "demo-chan-0005", "event_id": "demo-2024-post-41"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
141	2bfbd372-164a-44c1-9e9e-9732e277c126	platform.post.created	demo-chan-0001	{"post": "demo-post-00042", "type": "post.created", "author": "demo-acc-00012", "channel": "demo-chan-0001", "event_id": "demo-2024-post-42"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
142	410cfc7d-98b1-424d-9085-ce2e726b96c9	platform.post.created	demo-chan-0005	{"post": "demo-post-00043", "type": "post.created", "author": "demo-acc-00026", "channel": "demo-chan-0005", "event_id": "demo-2024-post-43"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
143	7571e362-fa89-45fb-95d2-49ba533017d7	platform.post.created	demo-chan-0001	{"post": "demo-post-00044", "type": "post.created", "author": "demo-acc-00015", "channel": "demo-chan-0001", "event_id": "demo-2024-post-44"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
144	d3a5de9f-e2d4-4142-bcde-1dd8bb6bcc65	platform.post.created	demo-chan-0005	{"post": "demo-post-00045", "type": "post.created", "author": "demo-acc-00008", "channel": "demo-chan-0005", "event_id": "demo-2024-post-45"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
145	14021fbd-b93f-43fc-8e1a-2fa0d239b004	platform.post.created	demo-chan-0003	{"post": "demo-post-00046", "type": "post.created", "author": "demo-acc-00010", "channel": "demo-chan-0003", "event_id": "demo-2024-post-46"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
146	2b2e4e34-4e26-4098-8528-a813a9123c05	platform.post.created	demo-chan-0002	{"post": "demo-post-00047", "type": "post.created", "author": "demo-acc-00034", "channel": "demo-chan-0002", "event_id": "demo-2024-post-47"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
147	4ea16770-b620-4246-b114-dcc034a103a2	platform.post.created	demo-chan-0000	{"post": "demo-post-00048", "type": "post.created", "author": "demo-acc-00022", "channel": "demo-chan-0000", "event_id": "demo-2024-post-48"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
148	8e0808c1-05e7-4698-bceb-a3d196fe3d60	platform.post.created	demo-chan-0003	{"post": "demo-post-00049", "type": "post.created", "author": "demo-acc-00006", "channel": "demo-chan-0003", "event_id": "demo-2024-post-49"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
149	7dc3c759-819d-462d-abfc-cc52905f7407	platform.post.created	demo-chan-0005	{"post": "demo-post-00050", "type": "post.created", "author": "demo-acc-00028", "channel": "demo-chan-0005", "event_id": "demo-2024-post-50"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
150	a969dd68-2bce-4efa-9ee8-7a1459dc562f	platform.post.created	demo-chan-0004	{"post": "demo-post-00051", "type": "post.created", "author": "demo-acc-00033", "channel": "demo-chan-0004", "event_id": "demo-2024-post-51"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
151	c5445a78-fd8a-448f-8601-60d5aeab738a	platform.post.created	demo-chan-0003	{"post": "demo-post-00052", "type": "post.created", "author": "demo-acc-00001", "channel": "demo-chan-0003", "event_id": "demo-2024-post-52"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
152	cf661b5b-7761-4706-accf-67bd7603d1ad	platform.post.created	demo-chan-0001	{"post": "demo-post-00053", "type": "post.created", "author": "demo-acc-00036", "channel": "demo-chan-0001", "event_id": "demo-2024-post-53"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
283	8d12dadb-d037-4242-b7ee-643b079b403c	review.case.opened	c294872f-d67e-4e3f-8261-4ecaa3eec5b2	{"tier": 0, "case_id": "c294872f-d67e-4e3f-8261-4ecaa3eec5b2", "item_kind": "post"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
153	5cd28c7f-64b7-44c6-a72f-785ff301e2dd	platform.post.created	demo-chan-0005	{"post": "demo-post-00054", "type": "post.created", "author": "demo-acc-00029", "channel": "demo-chan-0005", "event_id": "demo-2024-post-54"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
154	757a1c6f-6ae7-48e5-b99c-a9c1e05e7e7a	platform.post.created	demo-chan-0002	{"post": "demo-post-00055", "type": "post.created", "author": "demo-acc-00021", "channel": "demo-chan-0002", "event_id": "demo-2024-post-55"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
155	669210fe-afe3-4c16-ae70-ba344bbc121f	platform.post.created	demo-chan-0005	{"post": "demo-post-00056", "type": "post.created", "author": "demo-acc-00018", "channel": "demo-chan-0005", "event_id": "demo-2024-post-56"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
156	b2f2105d-d948-4b18-87dd-200892cdc401	platform.post.created	demo-chan-0004	{"post": "demo-post-00057", "type": "post.created", "author": "demo-acc-00026", "channel": "demo-chan-0004", "event_id": "demo-2024-post-57"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
157	f4388f44-a7f5-4689-8d7e-9b03fda66a3d	platform.post.created	demo-chan-0000	{"post": "demo-post-00058", "type": "post.created", "author": "demo-acc-00034", "channel": "demo-chan-0000", "event_id": "demo-2024-post-58"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
158	d50ab1c8-1b82-47e1-bc80-65518b33f42f	platform.post.created	demo-chan-0005	{"post": "demo-post-00059", "type": "post.created", "author": "demo-acc-00010", "channel": "demo-chan-0005", "event_id": "demo-2024-post-59"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
159	3fdafff4-97e9-4085-95d6-94d25f928f8a	platform.post.created	demo-chan-0005	{"post": "demo-post-00060", "type": "post.created", "author": "demo-acc-00020", "channel": "demo-chan-0005", "event_id": "demo-2024-post-60"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
160	fc8e961c-3a60-4fba-8f1d-80701821f20a	platform.post.created	demo-chan-0003	{"post": "demo-post-00061", "type": "post.created", "author": "demo-acc-00028", "channel": "demo-chan-0003", "event_id": "demo-2024-post-61"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
161	ead38707-3eea-43c4-bf4f-5b2e1dadda9e	platform.post.created	demo-chan-0001	{"post": "demo-post-00062", "type": "post.created", "author": "demo-acc-00002", "channel": "demo-chan-0001", "event_id": "demo-2024-post-62"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
162	e4ed138a-8370-492b-ba00-144a3bb5d29b	platform.post.created	demo-chan-0000	{"post": "demo-post-00063", "type": "post.created", "author": "demo-acc-00011", "channel": "demo-chan-0000", "event_id": "demo-2024-post-63"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
163	784b2a66-7760-42f7-a4bc-ea15c9c61b0f	platform.post.created	demo-chan-0001	{"post": "demo-post-00064", "type": "post.created", "author": "demo-acc-00038", "channel": "demo-chan-0001", "event_id": "demo-2024-post-64"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
164	8cf449f0-30a2-4ac7-b9dd-54d487dfa43c	platform.post.created	demo-chan-0005	{"post": "demo-post-00065", "type": "post.created", "author": "demo-acc-00022", "channel": "demo-chan-0005", "event_id": "demo-2024-post-65"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
165	129bff39-0a34-47bb-8b86-064c4ff6c269	platform.post.created	demo-chan-0003	{"post": "demo-post-00066", "type": "post.created", "author": "demo-acc-00034", "channel": "demo-chan-0003", "event_id": "demo-2024-post-66"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
166	4c5d1227-be97-46ef-a6eb-ce292cc9de93	platform.post.created	demo-chan-0005	{"post": "demo-post-00067", "type": "post.created", "author": "demo-acc-00007", "channel": "demo-chan-0005", "event_id": "demo-2024-post-67"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
167	1abc36fb-b1f5-415e-b354-68c58d89faa8	platform.post.created	demo-chan-0004	{"post": "demo-post-00068", "type": "post.created", "author": "demo-acc-00015", "channel": "demo-chan-0004", "event_id": "demo-2024-post-68"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
168	4e52aa18-bf6b-460e-8bad-d83df75a884c	platform.post.created	demo-chan-0005	{"post": "demo-post-00069", "type": "post.created", "author": "demo-acc-00004", "channel": "demo-chan-0005", "event_id": "demo-2024-post-69"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
169	cd497d12-ba2c-4bbc-bbfb-53e7e83c8a2d	platform.post.created	demo-chan-0005	{"post": "demo-post-00070", "type": "post.created", "author": "demo-acc-00038", "channel": "demo-chan-0005", "event_id": "demo-2024-post-70"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
170	e440a054-af79-4b61-bc2d-f265f3d48f08	platform.post.created	demo-chan-0000	{"post": "demo-post-00071", "type": "post.created", "author": "demo-acc-00003", "channel": "demo-chan-0000", "event_id": "demo-2024-post-71"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
171	01f71e27-c642-495e-b4e5-68e048adcd03	platform.post.created	demo-chan-0000	{"post": "demo-post-00072", "type": "post.created", "author": "demo-acc-00036", "channel": "demo-chan-0000", "event_id": "demo-2024-post-72"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
172	be501800-d31d-4df6-ba87-528f0a22154d	platform.post.created	demo-chan-0004	{"post": "demo-post-00073", "type": "post.created", "author": "demo-acc-00011", "channel": "demo-chan-0004", "event_id": "demo-2024-post-73"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
173	b5a77231-30d1-447c-b923-1db256a4b75b	platform.post.created	demo-chan-0003	{"post": "demo-post-00074", "type": "post.created", "author": "demo-acc-00020", "channel": "demo-chan-0003", "event_id": "demo-2024-post-74"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
174	639a102e-019e-4e71-a511-d839a7b58168	platform.post.created	demo-chan-0005	{"post": "demo-post-00075", "type": "post.created", "author": "demo-acc-00036", "channel": "demo-chan-0005", "event_id": "demo-2024-post-75"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
175	42070897-0721-4b42-a742-a693a4b7d641	platform.post.created	demo-chan-0004	{"post": "demo-post-00076", "type": "post.created", "author": "demo-acc-00037", "channel": "demo-chan-0004", "event_id": "demo-2024-post-76"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
176	d128746b-7ac9-40fe-9fab-e12e6ac30419	platform.post.created	demo-chan-0005	{"post": "demo-post-00077", "type": "post.created", "author": "demo-acc-00011", "channel": "demo-chan-0005", "event_id": "demo-2024-post-77"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
177	028eaba0-513e-44b2-ba03-2926dedd8f8b	platform.post.created	demo-chan-0005	{"post": "demo-post-00078", "type": "post.created", "author": "demo-acc-00023", "channel": "demo-chan-0005", "event_id": "demo-2024-post-78"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
178	91479d26-2d33-435c-ad40-7fdbcdb2f753	platform.post.created	demo-chan-0005	{"post": "demo-post-00079", "type": "post.created", "author": "demo-acc-00017", "channel": "demo-chan-0005", "event_id": "demo-2024-post-79"}	2026-12-08 00:27:47.323225+00	\N	0	\N	\N	\N
179	912ed634-24ea-41ca-8536-6ab4479e3af4	platform.post.created	demo-chan-0005	{"post": "demo-post-20261206-00060", "type": "post.created", "author": "demo-acc-00027", "channel": "demo-chan-0005", "event_id": "demo-activity-demo-post-20261206-00060"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
180	41be5604-3b1a-4fb7-ac70-6300e6e5184d	platform.post.created	demo-chan-0002	{"post": "demo-post-20261206-00065", "type": "post.created", "author": "demo-acc-00001", "channel": "demo-chan-0002", "event_id": "demo-activity-demo-post-20261206-00065"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
181	f0823803-1cec-4430-8c8d-1a4e1120994a	platform.post.created	demo-chan-0002	{"post": "demo-post-20261206-00077", "type": "post.created", "author": "demo-acc-00021", "channel": "demo-chan-0002", "event_id": "demo-activity-demo-post-20261206-00077"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
182	d11abcda-2aa9-4832-9fe8-a29fc167f54a	platform.post.created	demo-chan-0002	{"post": "demo-post-20261206-00091", "type": "post.created", "author": "demo-acc-00038", "channel": "demo-chan-0002", "event_id": "demo-activity-demo-post-20261206-00091"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
183	9f5c8768-9238-4ebc-96e2-aa5113523c38	review.case.opened	f5687c8b-869d-45c3-9325-1a9e6b04ab6b	{"tier": 1, "case_id": "f5687c8b-869d-45c3-9325-1a9e6b04ab6b", "item_kind": "post"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
184	1b20448f-f73b-42d5-b475-459569a82a60	intake.notice.received	f5687c8b-869d-45c3-9325-1a9e6b04ab6b	{"case_id": "f5687c8b-869d-45c3-9325-1a9e6b04ab6b", "notice_id": "9dc5d6ce-3dac-4af3-a8fe-6a0ee972ca6b"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
185	c4882971-4ede-40cd-8311-7cbf4ff15d87	review.case.opened	a720149f-6231-48dd-a497-e8460e2c34f8	{"tier": 0, "case_id": "a720149f-6231-48dd-a497-e8460e2c34f8", "item_kind": "post"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
186	215686ef-0f7f-43a8-8001-7125f89bc17a	intake.notice.received	a720149f-6231-48dd-a497-e8460e2c34f8	{"case_id": "a720149f-6231-48dd-a497-e8460e2c34f8", "notice_id": "75c4c4be-fb47-4115-9475-146910adceb7"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
187	2bcf1c72-5d37-4fb5-8041-e5e724453432	review.case.opened	58e95c0b-90ce-46df-82d3-a545d4a47c7d	{"tier": 0, "case_id": "58e95c0b-90ce-46df-82d3-a545d4a47c7d", "item_kind": "post"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
188	65e43859-97dc-4853-9b91-e4e61f4f0b26	intake.notice.received	58e95c0b-90ce-46df-82d3-a545d4a47c7d	{"case_id": "58e95c0b-90ce-46df-82d3-a545d4a47c7d", "notice_id": "4770d186-7f78-4a4c-9201-784059a18338"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
189	f20dbf33-a361-4848-ac71-bf8db8212b4d	intake.notice.received	f5687c8b-869d-45c3-9325-1a9e6b04ab6b	{"case_id": "f5687c8b-869d-45c3-9325-1a9e6b04ab6b", "notice_id": "aab85321-5985-4f56-af26-0891fb46ff66"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
190	ee9bde36-a0a8-4621-a371-c928a9563416	intake.notice.received	58e95c0b-90ce-46df-82d3-a545d4a47c7d	{"case_id": "58e95c0b-90ce-46df-82d3-a545d4a47c7d", "notice_id": "cecb55f1-7d45-4513-84f9-96b9a2667d3d"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
191	32748c61-8350-4f2d-8109-827c1d6099c1	review.decision.made	f5687c8b-869d-45c3-9325-1a9e6b04ab6b	{"actions": [], "case_id": "f5687c8b-869d-45c3-9325-1a9e6b04ab6b", "outcome": "no_action", "decision_id": "8a51f548-f54e-4b07-9333-487f546bb1ef"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
192	a2f3c1c0-448d-45ac-a3d8-3895802e4dba	platform.post.created	demo-chan-0001	{"post": "demo-post-20261206-00000", "type": "post.created", "author": "demo-acc-00002", "channel": "demo-chan-0001", "event_id": "demo-activity-demo-post-20261206-00000"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
193	9d5561ca-225a-4294-b826-f2deb0636606	platform.post.created	demo-chan-0005	{"post": "demo-post-20261206-00043", "type": "post.created", "author": "demo-acc-00024", "channel": "demo-chan-0005", "event_id": "demo-activity-demo-post-20261206-00043"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
194	08cb1982-7d48-4bc6-a651-cf6811757360	platform.post.created	demo-chan-0005	{"post": "demo-post-20261206-00058", "type": "post.created", "author": "demo-acc-00002", "channel": "demo-chan-0005", "event_id": "demo-activity-demo-post-20261206-00058"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
195	214ae346-fab4-46af-a7be-b64eb0d69c4e	platform.post.created	demo-chan-0001	{"post": "demo-post-20261206-00072", "type": "post.created", "author": "demo-acc-00023", "channel": "demo-chan-0001", "event_id": "demo-activity-demo-post-20261206-00072"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
196	e7e8ba47-d7ea-40c4-991a-af156145ddf3	review.case.opened	889c34fb-d045-4d0d-963f-457df55bb75a	{"tier": 0, "case_id": "889c34fb-d045-4d0d-963f-457df55bb75a", "item_kind": "post"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
197	626a403e-74c8-4322-b5a7-b55fc129eaca	intake.notice.received	889c34fb-d045-4d0d-963f-457df55bb75a	{"case_id": "889c34fb-d045-4d0d-963f-457df55bb75a", "notice_id": "962e9b7e-041c-4830-a362-6dbe59ab03cd"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
198	bce86484-fbc2-4891-8262-7f792feb286d	intake.notice.received	889c34fb-d045-4d0d-963f-457df55bb75a	{"case_id": "889c34fb-d045-4d0d-963f-457df55bb75a", "notice_id": "bfeea01e-2452-4023-9c4e-47e6cd3519ef"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
199	8f295f32-2c15-4048-8324-0ca2dbdd147f	platform.post.created	demo-chan-0002	{"post": "demo-post-20261206-00011", "type": "post.created", "author": "demo-acc-00031", "channel": "demo-chan-0002", "event_id": "demo-activity-demo-post-20261206-00011"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
200	2616148f-499f-4916-9650-77823a379101	platform.post.created	demo-chan-0003	{"post": "demo-post-20261206-00041", "type": "post.created", "author": "demo-acc-00015", "channel": "demo-chan-0003", "event_id": "demo-activity-demo-post-20261206-00041"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
201	8557fbb3-7907-42c1-bafa-66f7efe4dd1e	review.decision.made	58e95c0b-90ce-46df-82d3-a545d4a47c7d	{"actions": ["remove_post"], "case_id": "58e95c0b-90ce-46df-82d3-a545d4a47c7d", "outcome": "action", "decision_id": "ea7c5142-2677-4faa-9980-e6841e26a773"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
202	7aa5e3c3-2e4f-4d87-ad61-dc50b6efcf53	platform.post.created	demo-chan-0001	{"post": "demo-post-20261206-00021", "type": "post.created", "author": "demo-acc-00014", "channel": "demo-chan-0001", "event_id": "demo-activity-demo-post-20261206-00021"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
203	99732ec5-b852-46e8-b65e-a8f2a826a466	platform.post.created	demo-chan-0005	{"post": "demo-post-20261206-00067", "type": "post.created", "author": "demo-acc-00014", "channel": "demo-chan-0005", "event_id": "demo-activity-demo-post-20261206-00067"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
204	f6ede3ea-6b64-4c61-bbcf-9e5e1cf3ba94	platform.post.created	demo-chan-0004	{"post": "demo-post-20261206-00089", "type": "post.created", "author": "demo-acc-00012", "channel": "demo-chan-0004", "event_id": "demo-activity-demo-post-20261206-00089"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
205	b1693760-07de-4ec7-9a1c-9bef574e0feb	platform.post.created	demo-chan-0003	{"post": "demo-post-20261206-00017", "type": "post.created", "author": "demo-acc-00016", "channel": "demo-chan-0003", "event_id": "demo-activity-demo-post-20261206-00017"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
206	d0d8c3ea-7f49-455d-a0e6-6ee3c9b9028a	platform.post.created	demo-chan-0004	{"post": "demo-post-20261206-00042", "type": "post.created", "author": "demo-acc-00028", "channel": "demo-chan-0004", "event_id": "demo-activity-demo-post-20261206-00042"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
207	0c6aed12-f40b-4230-bc12-130aead7ed85	platform.post.created	demo-chan-0002	{"post": "demo-post-20261206-00046", "type": "post.created", "author": "demo-acc-00008", "channel": "demo-chan-0002", "event_id": "demo-activity-demo-post-20261206-00046"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
208	bc7b62e9-32f4-409e-93be-0e446ef82475	platform.post.created	demo-chan-0004	{"post": "demo-post-20261206-00063", "type": "post.created", "author": "demo-acc-00014", "channel": "demo-chan-0004", "event_id": "demo-activity-demo-post-20261206-00063"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
209	c3f6ba3c-c99f-4dae-8aba-d5f9bff73c08	review.case.opened	efdeca09-4fe7-4769-a6bc-62d0f3707ad4	{"tier": 0, "case_id": "efdeca09-4fe7-4769-a6bc-62d0f3707ad4", "item_kind": "post"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
210	156b5a1d-bb92-4ea5-b832-14b897952259	intake.notice.received	efdeca09-4fe7-4769-a6bc-62d0f3707ad4	{"case_id": "efdeca09-4fe7-4769-a6bc-62d0f3707ad4", "notice_id": "2acf12c3-97fc-42fe-86c8-0b4f6fcbac38"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
211	4f719675-cd86-4672-96b5-90f56d39a337	platform.post.created	demo-chan-0000	{"post": "demo-post-20261206-00032", "type": "post.created", "author": "demo-acc-00015", "channel": "demo-chan-0000", "event_id": "demo-activity-demo-post-20261206-00032"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
212	42fd0bf0-3d7a-4f1d-8cfc-d08307e5b155	platform.post.created	demo-chan-0003	{"post": "demo-post-20261206-00047", "type": "post.created", "author": "demo-acc-00036", "channel": "demo-chan-0003", "event_id": "demo-activity-demo-post-20261206-00047"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
213	8bff2c91-f134-495c-9b40-28543b800d38	platform.post.created	demo-chan-0001	{"post": "demo-post-20261206-00051", "type": "post.created", "author": "demo-acc-00006", "channel": "demo-chan-0001", "event_id": "demo-activity-demo-post-20261206-00051"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
214	ab13d4cf-ef50-4ef9-9a3b-4181c50581bf	review.decision.made	889c34fb-d045-4d0d-963f-457df55bb75a	{"actions": ["remove_post"], "case_id": "889c34fb-d045-4d0d-963f-457df55bb75a", "outcome": "action", "decision_id": "9b7c22eb-94e7-4459-b11c-f4f9ff059193"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
215	1275de18-2ad4-43d6-8b23-fdcd758d9556	review.case.opened	6bc5355e-c279-4f96-91f7-e02edd1bb72d	{"tier": 2, "case_id": "6bc5355e-c279-4f96-91f7-e02edd1bb72d", "item_kind": "post"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
216	58e7aabf-8dff-41ae-b529-7a660d472417	intake.notice.received	6bc5355e-c279-4f96-91f7-e02edd1bb72d	{"case_id": "6bc5355e-c279-4f96-91f7-e02edd1bb72d", "notice_id": "c947d04c-35df-4ebf-bd4f-4bec2530de0b"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
217	caf343ec-eac4-49bd-9b78-198951e68472	review.decision.made	6bc5355e-c279-4f96-91f7-e02edd1bb72d	{"actions": [], "case_id": "6bc5355e-c279-4f96-91f7-e02edd1bb72d", "outcome": "no_action", "decision_id": "803e4a29-9b83-4bdd-b3b2-e126e3cb0e77"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
218	394050c7-abb7-4149-b2b4-6a518b9f8ebc	platform.post.created	demo-chan-0002	{"post": "demo-post-20261206-00007", "type": "post.created", "author": "demo-acc-00031", "channel": "demo-chan-0002", "event_id": "demo-activity-demo-post-20261206-00007"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
219	462457d6-1243-4ad9-83f4-b4df3b2f736e	platform.post.created	demo-chan-0004	{"post": "demo-post-20261206-00031", "type": "post.created", "author": "demo-acc-00029", "channel": "demo-chan-0004", "event_id": "demo-activity-demo-post-20261206-00031"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
220	46ea1b3a-bc66-4cd7-8add-4100c947f375	platform.post.created	demo-chan-0002	{"post": "demo-post-20261206-00052", "type": "post.created", "author": "demo-acc-00033", "channel": "demo-chan-0002", "event_id": "demo-activity-demo-post-20261206-00052"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
221	291f4fd2-4ac4-4648-b303-0be1eff21d43	platform.post.created	demo-chan-0003	{"post": "demo-post-20261206-00054", "type": "post.created", "author": "demo-acc-00019", "channel": "demo-chan-0003", "event_id": "demo-activity-demo-post-20261206-00054"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
222	a2ad8d1b-d865-4ce6-9ce2-ff3e076adcf5	platform.post.created	demo-chan-0002	{"post": "demo-post-20261206-00078", "type": "post.created", "author": "demo-acc-00010", "channel": "demo-chan-0002", "event_id": "demo-activity-demo-post-20261206-00078"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
223	6edbae49-1ee8-480c-85b0-8a760065acf8	platform.post.created	demo-chan-0000	{"post": "demo-post-20261206-00093", "type": "post.created", "author": "demo-acc-00036", "channel": "demo-chan-0000", "event_id": "demo-activity-demo-post-20261206-00093"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
224	5ea3a3a2-38ed-4420-9684-c8b14b924106	platform.post.created	demo-chan-0003	{"post": "demo-post-20261206-00008", "type": "post.created", "author": "demo-acc-00020", "channel": "demo-chan-0003", "event_id": "demo-activity-demo-post-20261206-00008"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
225	6683db2b-4ed6-4163-8be5-eca2736a7278	platform.post.created	demo-chan-0005	{"post": "demo-post-20261206-00014", "type": "post.created", "author": "demo-acc-00014", "channel": "demo-chan-0005", "event_id": "demo-activity-demo-post-20261206-00014"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
226	7e000eea-4cd6-4981-af3b-f5b19e2aae76	platform.post.created	demo-chan-0003	{"post": "demo-post-20261206-00055", "type": "post.created", "author": "demo-acc-00018", "channel": "demo-chan-0003", "event_id": "demo-activity-demo-post-20261206-00055"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
227	ee86afc7-0854-460f-b2a8-1e0a770cb26e	platform.post.created	demo-chan-0001	{"post": "demo-post-20261206-00070", "type": "post.created", "author": "demo-acc-00015", "channel": "demo-chan-0001", "event_id": "demo-activity-demo-post-20261206-00070"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
228	ec0fb06c-6740-4ed0-b7e2-570aa8ab3bc0	platform.post.created	demo-chan-0001	{"post": "demo-post-20261206-00079", "type": "post.created", "author": "demo-acc-00015", "channel": "demo-chan-0001", "event_id": "demo-activity-demo-post-20261206-00079"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
229	a6d4ad6b-69a2-4f47-9558-90d7188ab786	review.appeal.submitted	889c34fb-d045-4d0d-963f-457df55bb75a	{"appeal_id": "8a2fa6b9-2f29-44a0-8f24-0e4c5ef45b18", "decision_id": "9b7c22eb-94e7-4459-b11c-f4f9ff059193"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
230	840b3803-5553-4f7a-ac33-f927bdba0b82	review.appeal.submitted	58e95c0b-90ce-46df-82d3-a545d4a47c7d	{"appeal_id": "f0418ad6-adff-4166-9507-1636cbb9e96c", "decision_id": "ea7c5142-2677-4faa-9980-e6841e26a773"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
231	c34c70b8-1fa4-47ef-9c82-27c412fdcef1	platform.post.created	demo-chan-0002	{"post": "demo-post-20261206-00001", "type": "post.created", "author": "demo-acc-00008", "channel": "demo-chan-0002", "event_id": "demo-activity-demo-post-20261206-00001"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
232	5b5e36c2-d6b4-459b-9a97-9c317092f1fd	platform.post.created	demo-chan-0003	{"post": "demo-post-20261206-00074", "type": "post.created", "author": "demo-acc-00015", "channel": "demo-chan-0003", "event_id": "demo-activity-demo-post-20261206-00074"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
233	ce85cebf-1eee-4ea1-af2e-ea251e7085f8	legal.request.received	aec25ee3-6db1-4435-9319-583e38dbbfcf	{"held": false, "type": "removal_order", "status": "acknowledged", "urgency": "normal", "deadline": "2026-12-11T10:06:31Z", "agency_id": "5febaab2-37da-4eca-bd81-4ef8213eefd0", "request_id": "aec25ee3-6db1-4435-9319-583e38dbbfcf", "received_at": "2026-12-06T10:06:31Z"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
234	9a1024d7-0390-4aa5-9690-1e2b843e687a	legal.request.received	94476b71-a58a-4e9d-bf95-54af16eb5f17	{"held": false, "type": "block_channel", "status": "acknowledged", "urgency": "normal", "deadline": "2026-12-11T10:08:09Z", "agency_id": "ba3801fb-f731-43ab-8a36-f747105c0138", "request_id": "94476b71-a58a-4e9d-bf95-54af16eb5f17", "received_at": "2026-12-06T10:08:09Z"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
235	0eaa953d-0077-48f1-9a75-9ede2bdd0a10	platform.post.created	demo-chan-0003	{"post": "demo-post-20261206-00013", "type": "post.created", "author": "demo-acc-00005", "channel": "demo-chan-0003", "event_id": "demo-activity-demo-post-20261206-00013"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
236	5d007755-42cb-49f0-a29d-414baf51afa1	platform.post.created	demo-chan-0002	{"post": "demo-post-20261206-00056", "type": "post.created", "author": "demo-acc-00039", "channel": "demo-chan-0002", "event_id": "demo-activity-demo-post-20261206-00056"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
237	c6b70dc4-479f-45a5-bcec-b8086349293a	platform.post.created	demo-chan-0003	{"post": "demo-post-20261206-00085", "type": "post.created", "author": "demo-acc-00016", "channel": "demo-chan-0003", "event_id": "demo-activity-demo-post-20261206-00085"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
238	884040e0-89f7-4bdb-a5e8-4f0e3ba98e62	platform.post.created	demo-chan-0002	{"post": "demo-post-20261206-00087", "type": "post.created", "author": "demo-acc-00030", "channel": "demo-chan-0002", "event_id": "demo-activity-demo-post-20261206-00087"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
239	7cba6dd4-5d59-47b4-93ff-7793cbefe304	platform.post.created	demo-chan-0005	{"post": "demo-post-20261206-00023", "type": "post.created", "author": "demo-acc-00021", "channel": "demo-chan-0005", "event_id": "demo-activity-demo-post-20261206-00023"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
240	1cc18914-4058-45de-b563-862103db8be2	platform.post.created	demo-chan-0000	{"post": "demo-post-20261206-00088", "type": "post.created", "author": "demo-acc-00008", "channel": "demo-chan-0000", "event_id": "demo-activity-demo-post-20261206-00088"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
241	54d085a5-49cc-4d71-b6a2-17c602c60f2e	review.case.opened	4794b285-6ac5-4da1-af42-183ebbe44bf3	{"tier": 0, "case_id": "4794b285-6ac5-4da1-af42-183ebbe44bf3", "item_kind": "post"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
242	3e3ea0cd-5bf5-442a-bfea-a531620ff0ee	platform.post.created	demo-chan-0003	{"post": "demo-post-20261206-00034", "type": "post.created", "author": "demo-acc-00014", "channel": "demo-chan-0003", "event_id": "demo-activity-demo-post-20261206-00034"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
243	acde8245-83f1-4030-af6f-5b6a98341093	platform.post.created	demo-chan-0005	{"post": "demo-post-20261206-00066", "type": "post.created", "author": "demo-acc-00015", "channel": "demo-chan-0005", "event_id": "demo-activity-demo-post-20261206-00066"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
244	5afaef29-68d9-434a-8380-72727d67996a	review.case.opened	8d772512-0b2d-450e-a5f0-46b40d0e5333	{"tier": 0, "case_id": "8d772512-0b2d-450e-a5f0-46b40d0e5333", "item_kind": "post"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
245	61d8b828-819a-435c-a250-09058b9fa04e	intake.notice.received	8d772512-0b2d-450e-a5f0-46b40d0e5333	{"case_id": "8d772512-0b2d-450e-a5f0-46b40d0e5333", "notice_id": "80a22bf0-a828-4002-ad2a-7d300efba799"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
246	4fc8333d-e0c0-4581-b65f-0c04c760318f	review.case.opened	25c8fc78-725b-41a5-a7b4-562daeffed03	{"tier": 0, "case_id": "25c8fc78-725b-41a5-a7b4-562daeffed03", "item_kind": "post"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
247	c13bf5a7-b257-4e7f-82e8-fe323fa9ae42	platform.post.created	demo-chan-0003	{"post": "demo-post-20261206-00019", "type": "post.created", "author": "demo-acc-00006", "channel": "demo-chan-0003", "event_id": "demo-activity-demo-post-20261206-00019"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
248	716cdc51-23fa-4964-acaf-9f5eda47d2f2	review.case.opened	5b294ebe-e983-428f-a6da-9be1f0b5de8f	{"tier": 1, "case_id": "5b294ebe-e983-428f-a6da-9be1f0b5de8f", "item_kind": "post"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
249	cbe9e3b7-fee6-4065-b1f2-4d6de0d07e59	intake.notice.received	5b294ebe-e983-428f-a6da-9be1f0b5de8f	{"case_id": "5b294ebe-e983-428f-a6da-9be1f0b5de8f", "notice_id": "477b52bd-5fff-4500-8057-167595c8a24e"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
250	1ccd703d-ee4b-4374-acd5-0dc25739bd8c	review.decision.made	4794b285-6ac5-4da1-af42-183ebbe44bf3	{"actions": ["remove_post"], "case_id": "4794b285-6ac5-4da1-af42-183ebbe44bf3", "outcome": "action", "decision_id": "095236cb-91bc-43f6-8a03-9d782fe8a451"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
251	5ed98a2d-657b-4c94-8f75-239c5186dc0e	platform.post.created	demo-chan-0005	{"post": "demo-post-20261206-00009", "type": "post.created", "author": "demo-acc-00013", "channel": "demo-chan-0005", "event_id": "demo-activity-demo-post-20261206-00009"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
252	3190ce4c-97b2-4eae-9ace-f47416e872bf	platform.post.created	demo-chan-0000	{"post": "demo-post-20261206-00081", "type": "post.created", "author": "demo-acc-00038", "channel": "demo-chan-0000", "event_id": "demo-activity-demo-post-20261206-00081"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
253	79d5dbc7-0690-4de9-b56d-9fb0484cac62	review.case.opened	f40f69d2-71ce-4998-8731-f490def61293	{"tier": 1, "case_id": "f40f69d2-71ce-4998-8731-f490def61293", "item_kind": "post"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
254	d2a5923f-e4df-4622-855e-207624b5e6cc	intake.notice.received	f40f69d2-71ce-4998-8731-f490def61293	{"case_id": "f40f69d2-71ce-4998-8731-f490def61293", "notice_id": "ca84f1d4-06f9-4bb7-ae51-86325f5285c9"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
255	fed6897d-f4d8-48d4-95d0-7b935b2cd5d7	platform.post.created	demo-chan-0002	{"post": "demo-post-20261206-00080", "type": "post.created", "author": "demo-acc-00027", "channel": "demo-chan-0002", "event_id": "demo-activity-demo-post-20261206-00080"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
256	0d9b20eb-1333-49cd-a05f-4ef6cd753130	legal.request.received	6454b530-1729-4a25-b1c8-6b5faf333c73	{"held": false, "type": "removal_order", "status": "acknowledged", "urgency": "normal", "deadline": "2026-12-11T12:15:48Z", "agency_id": "0ff81c10-0342-4876-9bb4-f89342e363df", "request_id": "6454b530-1729-4a25-b1c8-6b5faf333c73", "received_at": "2026-12-06T12:15:48Z"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
257	6870b188-48f3-46da-a184-3986ddcfb509	review.decision.made	5b294ebe-e983-428f-a6da-9be1f0b5de8f	{"actions": ["restrict_post"], "case_id": "5b294ebe-e983-428f-a6da-9be1f0b5de8f", "outcome": "action", "decision_id": "ae30064c-276e-49fc-91f8-44a612ab72b6"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
284	b41a2cb3-d2f0-4398-8a67-1d5800a28c52	intake.notice.received	c294872f-d67e-4e3f-8261-4ecaa3eec5b2	{"case_id": "c294872f-d67e-4e3f-8261-4ecaa3eec5b2", "notice_id": "fce5461e-b450-4d57-b2e1-b039a79cac43"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
258	281bd684-385a-48f7-9f85-07db21a03c9d	legal.request.received	a4624c12-c03b-4a23-9377-e244c3bc9a7f	{"held": false, "type": "removal_order", "status": "acknowledged", "urgency": "normal", "deadline": "2026-12-07T12:25:01Z", "agency_id": "5febaab2-37da-4eca-bd81-4ef8213eefd0", "request_id": "a4624c12-c03b-4a23-9377-e244c3bc9a7f", "received_at": "2026-12-06T12:25:01Z"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
259	1a8f7259-a369-4454-8b4d-699870110e33	intake.notice.received	f40f69d2-71ce-4998-8731-f490def61293	{"case_id": "f40f69d2-71ce-4998-8731-f490def61293", "notice_id": "0924263b-d6fc-4923-845d-aac28a2ad70d"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
260	5b8e4157-3ef5-4385-9518-01fea2c58bdd	legal.request.received	acb6b287-6e32-4a47-9b11-b0a4e622bc3f	{"held": false, "type": "production_order", "status": "acknowledged", "urgency": "normal", "deadline": "2026-12-11T12:35:22Z", "agency_id": "8e914c14-7a0e-42f2-98c3-7b56f7e394ee", "request_id": "acb6b287-6e32-4a47-9b11-b0a4e622bc3f", "received_at": "2026-12-06T12:35:22Z"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
261	0efefc24-aeeb-4916-9b20-c73132e3743d	platform.post.created	demo-chan-0001	{"post": "demo-post-20261206-00029", "type": "post.created", "author": "demo-acc-00023", "channel": "demo-chan-0001", "event_id": "demo-activity-demo-post-20261206-00029"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
262	9b50a95d-8ef9-482d-9c89-94a070926252	platform.post.created	demo-chan-0003	{"post": "demo-post-20261206-00083", "type": "post.created", "author": "demo-acc-00022", "channel": "demo-chan-0003", "event_id": "demo-activity-demo-post-20261206-00083"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
263	606a1f62-e560-494c-a27f-a8d296d14cae	platform.post.created	demo-chan-0005	{"post": "demo-post-20261206-00090", "type": "post.created", "author": "demo-acc-00000", "channel": "demo-chan-0005", "event_id": "demo-activity-demo-post-20261206-00090"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
264	ace30bf6-1a56-40c9-a95a-2bde5dbb0c51	review.case.opened	6fe544ff-6434-4acf-971b-ca98e9799133	{"tier": 0, "case_id": "6fe544ff-6434-4acf-971b-ca98e9799133", "item_kind": "post"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
265	6fa18014-a3b0-4f0f-a02c-6dcf591cccc1	review.decision.made	f40f69d2-71ce-4998-8731-f490def61293	{"actions": [], "case_id": "f40f69d2-71ce-4998-8731-f490def61293", "outcome": "no_action", "decision_id": "47bfeeed-0106-4352-9608-8575c4620312"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
266	c4af4492-b164-440c-816c-f65e1608a2c0	platform.post.created	demo-chan-0000	{"post": "demo-post-20261206-00069", "type": "post.created", "author": "demo-acc-00039", "channel": "demo-chan-0000", "event_id": "demo-activity-demo-post-20261206-00069"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
267	c285e781-eb62-4d6a-bb60-ac088823e081	platform.post.created	demo-chan-0004	{"post": "demo-post-20261206-00061", "type": "post.created", "author": "demo-acc-00029", "channel": "demo-chan-0004", "event_id": "demo-activity-demo-post-20261206-00061"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
268	b06e35fb-534a-4a7d-94b6-9ec821ecd30e	platform.post.created	demo-chan-0003	{"post": "demo-post-20261206-00071", "type": "post.created", "author": "demo-acc-00022", "channel": "demo-chan-0003", "event_id": "demo-activity-demo-post-20261206-00071"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
269	ce51496c-9cbe-4087-9533-74354137a7f0	review.case.opened	17fcf5db-99ae-4d2a-8b00-c2528b9b2f8a	{"tier": 2, "case_id": "17fcf5db-99ae-4d2a-8b00-c2528b9b2f8a", "item_kind": "post"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
270	074df0f7-60c1-46de-a85d-aa66ec5cd740	review.decision.made	17fcf5db-99ae-4d2a-8b00-c2528b9b2f8a	{"actions": ["remove_post"], "case_id": "17fcf5db-99ae-4d2a-8b00-c2528b9b2f8a", "outcome": "action", "decision_id": "dfe14d66-4116-4895-9b06-cb0904797862"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
271	a27383cc-77af-49aa-8bd3-a358ce922bd5	legal.request.received	c56f0829-2426-4926-bed2-91e82e191a1c	{"held": false, "type": "removal_order", "status": "acknowledged", "urgency": "urgent", "deadline": "2026-12-06T14:21:06Z", "agency_id": "718be953-cb65-4752-933b-68e66adf57e4", "request_id": "c56f0829-2426-4926-bed2-91e82e191a1c", "received_at": "2026-12-06T13:21:06Z"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
272	3241e79b-60f7-43a4-8540-3a9b02ae7ff8	review.case.opened	9a2aa732-cab4-4d81-b7ad-b44ae4d00826	{"tier": 0, "case_id": "9a2aa732-cab4-4d81-b7ad-b44ae4d00826", "item_kind": "post"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
273	8d055b3e-3d54-4b29-b37f-b85707a5705a	intake.notice.received	9a2aa732-cab4-4d81-b7ad-b44ae4d00826	{"case_id": "9a2aa732-cab4-4d81-b7ad-b44ae4d00826", "notice_id": "16363a61-aeb2-4095-bf40-ace2a4cdce02"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
274	5ccee507-3522-4737-abd5-da415b30a401	platform.post.created	demo-chan-0003	{"post": "demo-post-20261206-00002", "type": "post.created", "author": "demo-acc-00021", "channel": "demo-chan-0003", "event_id": "demo-activity-demo-post-20261206-00002"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
275	8a3fa21c-21d9-492b-b5c7-a08898258a64	platform.post.created	demo-chan-0004	{"post": "demo-post-20261206-00082", "type": "post.created", "author": "demo-acc-00033", "channel": "demo-chan-0004", "event_id": "demo-activity-demo-post-20261206-00082"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
276	d9706362-1ceb-4062-8572-2c8f8a9b704d	review.case.opened	69efc143-c25a-44e2-a091-dfbb08e153dd	{"tier": 0, "case_id": "69efc143-c25a-44e2-a091-dfbb08e153dd", "item_kind": "post"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
277	491c6fcc-8e05-44fe-8d4d-0b901583ad31	review.decision.made	69efc143-c25a-44e2-a091-dfbb08e153dd	{"actions": ["remove_post", "suspend_account"], "case_id": "69efc143-c25a-44e2-a091-dfbb08e153dd", "outcome": "action", "decision_id": "bc140e56-e508-422d-bad1-46cf929b7529"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
278	0d3ddb43-17b2-403a-a94e-fe5182c8704b	legal.request.answered	c56f0829-2426-4926-bed2-91e82e191a1c	{"late": false, "scope": "requesting_country", "answer": "complied", "agency_id": "718be953-cb65-4752-933b-68e66adf57e4", "answer_id": "b47bf344-9a08-4eb2-bf61-6cf6f4417f01", "request_id": "c56f0829-2426-4926-bed2-91e82e191a1c", "answered_at": "2026-12-06T13:39:49.229310Z"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
279	eb7c0405-3819-4bdf-ba3e-2c0a1d5e183f	review.decision.reversed	889c34fb-d045-4d0d-963f-457df55bb75a	{"actions": ["8d41d8e9-6389-4ad7-9a94-87f9178496f5"], "decision_id": "9b7c22eb-94e7-4459-b11c-f4f9ff059193"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
280	f2c9dc83-4787-41bd-b9f7-a1e774fc0dd6	review.decision.made	6fe544ff-6434-4acf-971b-ca98e9799133	{"actions": ["remove_post"], "case_id": "6fe544ff-6434-4acf-971b-ca98e9799133", "outcome": "action", "decision_id": "8a73f145-3282-4118-b172-a638701521f4"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
281	0cde461c-edf9-410a-ad15-453871067215	intake.notice.received	9a2aa732-cab4-4d81-b7ad-b44ae4d00826	{"case_id": "9a2aa732-cab4-4d81-b7ad-b44ae4d00826", "notice_id": "a59180b9-8364-4937-8140-1c2712da2d86"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
282	3dbf3aa1-0deb-4bf4-9e66-64e0ba02dc79	platform.post.created	demo-chan-0005	{"post": "demo-post-20261206-00038", "type": "post.created", "author": "demo-acc-00025", "channel": "demo-chan-0005", "event_id": "demo-activity-demo-post-20261206-00038"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
285	a5ff8834-c09b-4019-8b77-ce31dcacf453	intake.notice.received	9a2aa732-cab4-4d81-b7ad-b44ae4d00826	{"case_id": "9a2aa732-cab4-4d81-b7ad-b44ae4d00826", "notice_id": "0f597f5c-5da6-4577-87fa-11d48f5c2838"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
286	3d950857-c4b9-40de-9be6-deda1b558085	platform.post.created	demo-chan-0001	{"post": "demo-post-20261206-00086", "type": "post.created", "author": "demo-acc-00026", "channel": "demo-chan-0001", "event_id": "demo-activity-demo-post-20261206-00086"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
287	e36717b2-ccf8-41d1-9c0a-a8f614b50cf1	intake.notice.received	9a2aa732-cab4-4d81-b7ad-b44ae4d00826	{"case_id": "9a2aa732-cab4-4d81-b7ad-b44ae4d00826", "notice_id": "228c4ac1-c5b2-4932-bbef-9f527e4f437f"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
288	18251ef2-4f2c-433a-a22f-af7f3e055e5c	intake.notice.received	9a2aa732-cab4-4d81-b7ad-b44ae4d00826	{"case_id": "9a2aa732-cab4-4d81-b7ad-b44ae4d00826", "notice_id": "17727c4f-1d70-4fcb-8b66-42527211371d"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
289	713a17e2-8d05-4cd4-84fb-1fedf30e2e36	platform.post.created	demo-chan-0002	{"post": "demo-post-20261206-00005", "type": "post.created", "author": "demo-acc-00024", "channel": "demo-chan-0002", "event_id": "demo-activity-demo-post-20261206-00005"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
290	d3e049b4-edad-4ea8-9714-e76fd4ffd827	review.case.opened	b90d9ed6-6356-41e0-89c3-c4660884bd59	{"tier": 0, "case_id": "b90d9ed6-6356-41e0-89c3-c4660884bd59", "item_kind": "post"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
291	80fb752a-a2e9-4f9b-8444-e35d7cc88bf2	review.decision.made	b90d9ed6-6356-41e0-89c3-c4660884bd59	{"actions": ["remove_post"], "case_id": "b90d9ed6-6356-41e0-89c3-c4660884bd59", "outcome": "action", "decision_id": "3491bc4d-cdd6-490a-8672-562d665d32a8"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
292	eec74014-1e92-43c5-8722-e81851d71f40	review.decision.made	9a2aa732-cab4-4d81-b7ad-b44ae4d00826	{"actions": [], "case_id": "9a2aa732-cab4-4d81-b7ad-b44ae4d00826", "outcome": "no_action", "decision_id": "d4c72d99-1420-4418-a599-e87f0917b476"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
293	44477946-2488-46d2-b363-16c197199884	legal.request.answered	acb6b287-6e32-4a47-9b11-b0a4e622bc3f	{"late": false, "scope": "none", "answer": "partially_complied", "agency_id": "8e914c14-7a0e-42f2-98c3-7b56f7e394ee", "answer_id": "2ee528b6-851c-4cef-9727-a6159e0a0b7a", "request_id": "acb6b287-6e32-4a47-9b11-b0a4e622bc3f", "answered_at": "2026-12-06T14:37:14.112037Z"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
294	52dbedee-b25c-45e5-92c2-cd194bc226ab	legal.request.answered	a4624c12-c03b-4a23-9377-e244c3bc9a7f	{"late": false, "scope": "requesting_country", "answer": "complied", "agency_id": "5febaab2-37da-4eca-bd81-4ef8213eefd0", "answer_id": "98f5565f-9d66-4797-b615-bf2acb17d725", "request_id": "a4624c12-c03b-4a23-9377-e244c3bc9a7f", "answered_at": "2026-12-06T14:47:41.589624Z"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
295	5fea6a26-0913-4b13-82a0-c9e58b1144c9	review.case.opened	bbdb7a9b-8bd9-4124-81c0-57eee2cbd27e	{"tier": 0, "case_id": "bbdb7a9b-8bd9-4124-81c0-57eee2cbd27e", "item_kind": "post"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
296	3d68c4c4-eae7-494c-925c-f7de62e4f45c	review.decision.made	bbdb7a9b-8bd9-4124-81c0-57eee2cbd27e	{"actions": ["remove_post"], "case_id": "bbdb7a9b-8bd9-4124-81c0-57eee2cbd27e", "outcome": "action", "decision_id": "f6542b79-348e-4c92-ac03-ff2ae47db41d"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
297	aacad0e7-ea0d-4974-9aae-c655526922c2	platform.post.created	demo-chan-0003	{"post": "demo-post-20261206-00016", "type": "post.created", "author": "demo-acc-00036", "channel": "demo-chan-0003", "event_id": "demo-activity-demo-post-20261206-00016"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
298	3d5aef0c-0c40-460f-9932-8070dae2afbd	review.decision.made	c294872f-d67e-4e3f-8261-4ecaa3eec5b2	{"actions": ["restrict_post"], "case_id": "c294872f-d67e-4e3f-8261-4ecaa3eec5b2", "outcome": "action", "decision_id": "c55360a4-67b4-450b-ac16-6455b457b13b"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
299	c42e8803-f42b-4378-ad8b-bcf1495f0886	platform.post.created	demo-chan-0001	{"post": "demo-post-20261206-00075", "type": "post.created", "author": "demo-acc-00000", "channel": "demo-chan-0001", "event_id": "demo-activity-demo-post-20261206-00075"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
300	854f3b8a-dbc0-4c0e-9b4a-4f9ff13be38a	review.case.opened	f81fbe1e-aefc-4c78-9f66-66c6bc17c942	{"tier": 0, "case_id": "f81fbe1e-aefc-4c78-9f66-66c6bc17c942", "item_kind": "post"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
301	c882f800-6abf-4c6d-bbb7-d960779f75ef	platform.post.created	demo-chan-0001	{"post": "demo-post-20261206-00036", "type": "post.created", "author": "demo-acc-00020", "channel": "demo-chan-0001", "event_id": "demo-activity-demo-post-20261206-00036"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
302	a594952e-9aa4-4ade-bca4-6840cc34a2f5	platform.post.created	demo-chan-0003	{"post": "demo-post-20261206-00037", "type": "post.created", "author": "demo-acc-00007", "channel": "demo-chan-0003", "event_id": "demo-activity-demo-post-20261206-00037"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
303	f09f9c89-c087-4c47-a11a-55631d6ce49e	platform.post.created	demo-chan-0000	{"post": "demo-post-20261206-00050", "type": "post.created", "author": "demo-acc-00004", "channel": "demo-chan-0000", "event_id": "demo-activity-demo-post-20261206-00050"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
304	798394da-e4b3-40f8-b756-57324f2457dd	legal.request.received	00a20130-91e8-4b5b-a02a-e4b87512a4a1	{"held": false, "type": "encryption_key", "status": "acknowledged", "urgency": "normal", "deadline": "2026-12-11T15:26:44Z", "agency_id": "4d3d5969-4f77-4b35-ad78-eb559f6edfd8", "request_id": "00a20130-91e8-4b5b-a02a-e4b87512a4a1", "received_at": "2026-12-06T15:26:44Z"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
305	73814fdb-6061-41d5-a9f8-276f4f2b677a	review.case.opened	ca1efcfb-b0c4-492e-bfd2-48d3c6f34f09	{"tier": 0, "case_id": "ca1efcfb-b0c4-492e-bfd2-48d3c6f34f09", "item_kind": "post"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
306	9f1a771c-18a0-471e-8dbe-e5c23920f7ea	intake.notice.received	ca1efcfb-b0c4-492e-bfd2-48d3c6f34f09	{"case_id": "ca1efcfb-b0c4-492e-bfd2-48d3c6f34f09", "notice_id": "7fd043f4-c606-42fe-8ab1-2155b8f36b1b"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
307	8b8c442d-e4f3-4930-9df9-6057ae383362	platform.post.created	demo-chan-0003	{"post": "demo-post-20261206-00064", "type": "post.created", "author": "demo-acc-00015", "channel": "demo-chan-0003", "event_id": "demo-activity-demo-post-20261206-00064"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
308	2c61f1b5-d725-456e-b412-b08292b9a33c	review.case.opened	7a0ea2ab-fde4-437d-bcb3-1beaa04a8b6f	{"tier": 0, "case_id": "7a0ea2ab-fde4-437d-bcb3-1beaa04a8b6f", "item_kind": "post"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
309	a66b8685-edb3-4951-b98e-b93aed3d78c4	intake.notice.received	7a0ea2ab-fde4-437d-bcb3-1beaa04a8b6f	{"case_id": "7a0ea2ab-fde4-437d-bcb3-1beaa04a8b6f", "notice_id": "c9fc03da-472e-43a1-9cf6-6b3a7a6597e2"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
310	aee97283-b75a-4d96-a214-420a485c5eae	platform.post.created	demo-chan-0004	{"post": "demo-post-20261206-00057", "type": "post.created", "author": "demo-acc-00038", "channel": "demo-chan-0004", "event_id": "demo-activity-demo-post-20261206-00057"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
311	94c88059-202c-4198-bc52-9268b3bde835	review.decision.made	7a0ea2ab-fde4-437d-bcb3-1beaa04a8b6f	{"actions": [], "case_id": "7a0ea2ab-fde4-437d-bcb3-1beaa04a8b6f", "outcome": "no_action", "decision_id": "1cd0efe9-9934-41ea-8347-e226f1d371e2"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
312	d3c7a72b-bfcf-4cb0-9da5-c575d1b294eb	platform.post.created	demo-chan-0004	{"post": "demo-post-20261206-00048", "type": "post.created", "author": "demo-acc-00010", "channel": "demo-chan-0004", "event_id": "demo-activity-demo-post-20261206-00048"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
313	01fbcae5-c86d-4265-aa7c-c6874bbbd3f0	platform.post.created	demo-chan-0002	{"post": "demo-post-20261206-00049", "type": "post.created", "author": "demo-acc-00033", "channel": "demo-chan-0002", "event_id": "demo-activity-demo-post-20261206-00049"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
314	bdb7930f-5b17-4a3b-9aa0-53667346032a	review.case.opened	61b3af83-e4b5-473b-b6bf-abb9c2f07587	{"tier": 0, "case_id": "61b3af83-e4b5-473b-b6bf-abb9c2f07587", "item_kind": "post"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
315	012ec150-84b9-484b-8fb5-ef2f0cabe79f	intake.notice.received	61b3af83-e4b5-473b-b6bf-abb9c2f07587	{"case_id": "61b3af83-e4b5-473b-b6bf-abb9c2f07587", "notice_id": "d20e31ec-51fa-4ebb-9a28-0b71b0399068"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
316	187a3fa8-7b07-4f4d-8672-299856bd4630	review.decision.made	a720149f-6231-48dd-a497-e8460e2c34f8	{"actions": ["remove_post"], "case_id": "a720149f-6231-48dd-a497-e8460e2c34f8", "outcome": "action", "decision_id": "3e5cf954-c5f7-44e4-92ad-694a75f49a43"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
317	460d160b-6e6e-4a88-b246-d316c8bcb6ac	platform.post.created	demo-chan-0004	{"post": "demo-post-20261206-00006", "type": "post.created", "author": "demo-acc-00010", "channel": "demo-chan-0004", "event_id": "demo-activity-demo-post-20261206-00006"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
318	be8b4ae7-b87a-4fbc-aeb2-47b3118bc6e7	platform.post.created	demo-chan-0004	{"post": "demo-post-20261206-00022", "type": "post.created", "author": "demo-acc-00035", "channel": "demo-chan-0004", "event_id": "demo-activity-demo-post-20261206-00022"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
319	ded59de4-c8c4-40f2-9831-dc355a37b48e	platform.post.created	demo-chan-0003	{"post": "demo-post-20261206-00062", "type": "post.created", "author": "demo-acc-00010", "channel": "demo-chan-0003", "event_id": "demo-activity-demo-post-20261206-00062"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
320	da4cf9ef-dac4-4729-bf87-dbb381c4a3de	review.decision.made	25c8fc78-725b-41a5-a7b4-562daeffed03	{"actions": ["remove_post"], "case_id": "25c8fc78-725b-41a5-a7b4-562daeffed03", "outcome": "action", "decision_id": "1e3582d7-10ac-41b2-9256-7b96e03f6345"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
321	21880283-2446-40fa-9cd4-4ed2b645a6a9	review.decision.made	f81fbe1e-aefc-4c78-9f66-66c6bc17c942	{"actions": ["remove_post"], "case_id": "f81fbe1e-aefc-4c78-9f66-66c6bc17c942", "outcome": "action", "decision_id": "25254d1e-1e3f-41a9-8bfc-2585cab99523"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
322	074ca40b-8a9b-484c-8fff-533b42d8172e	review.decision.made	8d772512-0b2d-450e-a5f0-46b40d0e5333	{"actions": [], "case_id": "8d772512-0b2d-450e-a5f0-46b40d0e5333", "outcome": "no_action", "decision_id": "86e3847c-be22-4949-81e0-ce9525820da4"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
323	8f541aa5-af37-4b26-9f30-adc59adbe2c2	legal.request.answered	aec25ee3-6db1-4435-9319-583e38dbbfcf	{"late": false, "scope": "requesting_country", "answer": "complied", "agency_id": "5febaab2-37da-4eca-bd81-4ef8213eefd0", "answer_id": "a6422c37-93df-4027-a6db-1bed0da58bbd", "request_id": "aec25ee3-6db1-4435-9319-583e38dbbfcf", "answered_at": "2026-12-06T17:38:16.446165Z"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
324	0b48c5ab-2606-452b-b12d-996648b5bc76	review.decision.made	ca1efcfb-b0c4-492e-bfd2-48d3c6f34f09	{"actions": ["remove_post"], "case_id": "ca1efcfb-b0c4-492e-bfd2-48d3c6f34f09", "outcome": "action", "decision_id": "325891a2-4298-400f-a7b8-c32170565840"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
325	107beba1-5944-4324-8ad8-f41f0b5e243d	platform.post.created	demo-chan-0003	{"post": "demo-post-20261206-00012", "type": "post.created", "author": "demo-acc-00022", "channel": "demo-chan-0003", "event_id": "demo-activity-demo-post-20261206-00012"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
326	872fd26c-5610-4c1a-87a4-8179df02dd15	platform.post.created	demo-chan-0000	{"post": "demo-post-20261206-00015", "type": "post.created", "author": "demo-acc-00002", "channel": "demo-chan-0000", "event_id": "demo-activity-demo-post-20261206-00015"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
327	7b1b07ff-eb25-4ec0-85d8-d17b5709b6bd	platform.post.created	demo-chan-0005	{"post": "demo-post-20261206-00024", "type": "post.created", "author": "demo-acc-00025", "channel": "demo-chan-0005", "event_id": "demo-activity-demo-post-20261206-00024"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
328	4945a36d-1443-4e49-abc8-136a1114f237	platform.post.created	demo-chan-0004	{"post": "demo-post-20261206-00025", "type": "post.created", "author": "demo-acc-00038", "channel": "demo-chan-0004", "event_id": "demo-activity-demo-post-20261206-00025"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
329	5115e5a0-5abd-4573-b3ed-a88b5e38a01b	platform.post.created	demo-chan-0003	{"post": "demo-post-20261206-00026", "type": "post.created", "author": "demo-acc-00032", "channel": "demo-chan-0003", "event_id": "demo-activity-demo-post-20261206-00026"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
330	644537dc-4e34-4395-92ed-5cf79d3701d5	platform.post.created	demo-chan-0003	{"post": "demo-post-20261206-00028", "type": "post.created", "author": "demo-acc-00003", "channel": "demo-chan-0003", "event_id": "demo-activity-demo-post-20261206-00028"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
331	1bafa387-0816-4632-be1d-d2ca81f2a860	platform.post.created	demo-chan-0003	{"post": "demo-post-20261206-00035", "type": "post.created", "author": "demo-acc-00008", "channel": "demo-chan-0003", "event_id": "demo-activity-demo-post-20261206-00035"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
332	2e55eac7-11c3-40a6-853c-6f6662f3bd18	platform.post.created	demo-chan-0000	{"post": "demo-post-20261206-00076", "type": "post.created", "author": "demo-acc-00030", "channel": "demo-chan-0000", "event_id": "demo-activity-demo-post-20261206-00076"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
333	b0575af1-32d0-4281-9222-4e140f1992b0	review.case.opened	debdfe16-3570-4150-ac35-40bf150464d6	{"tier": 1, "case_id": "debdfe16-3570-4150-ac35-40bf150464d6", "item_kind": "post"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
334	133e8051-3282-4b9a-a4fc-7224ed0325af	intake.notice.received	debdfe16-3570-4150-ac35-40bf150464d6	{"case_id": "debdfe16-3570-4150-ac35-40bf150464d6", "notice_id": "ce3e93d4-8b4b-4384-8920-2f620d920914"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
335	39d8ff5b-31db-4fc0-a3ee-34379dcb2d67	review.case.opened	383c7c4f-8736-447a-baa9-fc4252eabccc	{"tier": 0, "case_id": "383c7c4f-8736-447a-baa9-fc4252eabccc", "item_kind": "post"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
336	9042a7dd-9ecd-41d2-9bef-0556c91372db	intake.notice.received	383c7c4f-8736-447a-baa9-fc4252eabccc	{"case_id": "383c7c4f-8736-447a-baa9-fc4252eabccc", "notice_id": "00a9e6ed-a4e6-49d3-ae82-89654d97444e"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
337	d401e749-a410-4b41-958b-7bed583b3ab0	platform.post.created	demo-chan-0000	{"post": "demo-post-20261206-00068", "type": "post.created", "author": "demo-acc-00038", "channel": "demo-chan-0000", "event_id": "demo-activity-demo-post-20261206-00068"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
338	ebbc6ce9-79b4-4f49-989f-40a3403cd043	review.case.opened	39f176ed-b9dd-4ed0-92f9-340b7c33f519	{"tier": 2, "case_id": "39f176ed-b9dd-4ed0-92f9-340b7c33f519", "item_kind": "post"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
339	15d39331-a1b0-44ec-900b-8646a43789ad	intake.notice.received	39f176ed-b9dd-4ed0-92f9-340b7c33f519	{"case_id": "39f176ed-b9dd-4ed0-92f9-340b7c33f519", "notice_id": "27119589-8dba-46dc-994a-121ad87372b1"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
340	acffe9ed-17c5-4ee0-9d23-4873010b515b	platform.post.created	demo-chan-0004	{"post": "demo-post-20261206-00045", "type": "post.created", "author": "demo-acc-00028", "channel": "demo-chan-0004", "event_id": "demo-activity-demo-post-20261206-00045"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
341	cd9fddb8-5bcc-402c-a3a9-16e9844b4b1e	review.case.opened	0d6a5675-df7f-40df-a907-0c77e2346a15	{"tier": 0, "case_id": "0d6a5675-df7f-40df-a907-0c77e2346a15", "item_kind": "post"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
342	bb67576c-4f19-4980-9b24-f6f6991467d3	intake.notice.received	0d6a5675-df7f-40df-a907-0c77e2346a15	{"case_id": "0d6a5675-df7f-40df-a907-0c77e2346a15", "notice_id": "fcdb7543-2543-4bfd-bcc8-f4f8beaf23e5"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
343	357d0595-270d-4c95-b1c3-2f843897a0fb	review.decision.made	39f176ed-b9dd-4ed0-92f9-340b7c33f519	{"actions": [], "case_id": "39f176ed-b9dd-4ed0-92f9-340b7c33f519", "outcome": "no_action", "decision_id": "416a3f05-a93a-4013-812b-c6b3517c496e"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
344	e80cecf1-134b-486c-97f5-63d5258204df	review.case.opened	8b2a24cb-7bc9-4616-80a6-d672ab55d455	{"tier": 0, "case_id": "8b2a24cb-7bc9-4616-80a6-d672ab55d455", "item_kind": "post"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
345	1c0cfc60-5bfc-411a-9f86-b86c8b5b7c8e	intake.notice.received	8b2a24cb-7bc9-4616-80a6-d672ab55d455	{"case_id": "8b2a24cb-7bc9-4616-80a6-d672ab55d455", "notice_id": "ea7bd12e-b2ce-4899-8f36-29910ab68570"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
346	e05b6903-f8ad-4f74-b6e4-92b9b52df62f	intake.notice.received	0d6a5675-df7f-40df-a907-0c77e2346a15	{"case_id": "0d6a5675-df7f-40df-a907-0c77e2346a15", "notice_id": "d145a2df-93f0-421f-bbf8-a91353f25326"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
347	7564c622-c0fc-455c-a073-a02de1e969b0	legal.request.answered	94476b71-a58a-4e9d-bf95-54af16eb5f17	{"late": false, "scope": "none", "answer": "refused", "agency_id": "ba3801fb-f731-43ab-8a36-f747105c0138", "answer_id": "af071c25-7f9c-4520-9afd-54c0f5819383", "request_id": "94476b71-a58a-4e9d-bf95-54af16eb5f17", "answered_at": "2026-12-06T19:17:27.142570Z"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
348	9a645444-7016-496c-8b65-b1659ac9d97c	review.decision.made	0d6a5675-df7f-40df-a907-0c77e2346a15	{"actions": ["remove_post"], "case_id": "0d6a5675-df7f-40df-a907-0c77e2346a15", "outcome": "action", "decision_id": "6941791b-27d8-44ab-b8df-07c5d474addc"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
349	726f1624-908c-405a-bf7b-84a37700fba1	platform.post.created	demo-chan-0003	{"post": "demo-post-20261206-00003", "type": "post.created", "author": "demo-acc-00002", "channel": "demo-chan-0003", "event_id": "demo-activity-demo-post-20261206-00003"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
350	dc809310-6075-4592-8ef7-40874a1684bd	platform.post.created	demo-chan-0001	{"post": "demo-post-20261206-00030", "type": "post.created", "author": "demo-acc-00003", "channel": "demo-chan-0001", "event_id": "demo-activity-demo-post-20261206-00030"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
351	631ae99b-ea63-40b9-bad1-adbed6a0e774	platform.post.created	demo-chan-0003	{"post": "demo-post-20261206-00040", "type": "post.created", "author": "demo-acc-00030", "channel": "demo-chan-0003", "event_id": "demo-activity-demo-post-20261206-00040"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
352	e1d37fe4-3468-4435-9652-b017f6215e7d	platform.post.created	demo-chan-0000	{"post": "demo-post-20261206-00044", "type": "post.created", "author": "demo-acc-00013", "channel": "demo-chan-0000", "event_id": "demo-activity-demo-post-20261206-00044"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
353	ccdc2df0-a424-4b57-ac4a-954046afba7b	platform.post.created	demo-chan-0000	{"post": "demo-post-20261206-00059", "type": "post.created", "author": "demo-acc-00023", "channel": "demo-chan-0000", "event_id": "demo-activity-demo-post-20261206-00059"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
354	eb4c5636-7b51-46ad-b44d-20f1d3333328	platform.post.created	demo-chan-0000	{"post": "demo-post-20261206-00084", "type": "post.created", "author": "demo-acc-00035", "channel": "demo-chan-0000", "event_id": "demo-activity-demo-post-20261206-00084"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
355	1956d45f-2b4c-447e-9707-d23deeb88bb5	legal.request.answered	00a20130-91e8-4b5b-a02a-e4b87512a4a1	{"late": false, "scope": "none", "answer": "refused", "agency_id": "4d3d5969-4f77-4b35-ad78-eb559f6edfd8", "answer_id": "9cae09ca-8c10-4732-b836-d9bdef9767f0", "request_id": "00a20130-91e8-4b5b-a02a-e4b87512a4a1", "answered_at": "2026-12-06T20:11:03.025705Z"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
356	35a1e79b-87d5-48ba-bb17-b27c7faddc5c	platform.post.created	demo-chan-0000	{"post": "demo-post-20261206-00027", "type": "post.created", "author": "demo-acc-00033", "channel": "demo-chan-0000", "event_id": "demo-activity-demo-post-20261206-00027"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
357	83ac3b5d-e5c3-45ae-b666-500b00a9c22d	platform.post.created	demo-chan-0004	{"post": "demo-post-20261206-00092", "type": "post.created", "author": "demo-acc-00010", "channel": "demo-chan-0004", "event_id": "demo-activity-demo-post-20261206-00092"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
358	b653c03a-87ac-458f-b235-10a2fab4bc97	review.case.opened	8f23a850-8604-4938-a6fd-5991e7ac5ff2	{"tier": 2, "case_id": "8f23a850-8604-4938-a6fd-5991e7ac5ff2", "item_kind": "post"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
359	e65c9605-9fc2-4641-a560-1395109bd23a	platform.post.created	demo-chan-0004	{"post": "demo-post-20261206-00010", "type": "post.created", "author": "demo-acc-00036", "channel": "demo-chan-0004", "event_id": "demo-activity-demo-post-20261206-00010"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
360	53e8ade2-1339-4a01-b395-935cdb886632	platform.post.created	demo-chan-0004	{"post": "demo-post-20261206-00039", "type": "post.created", "author": "demo-acc-00008", "channel": "demo-chan-0004", "event_id": "demo-activity-demo-post-20261206-00039"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
361	b9a57257-c8f5-4221-bd85-125929e83c82	platform.post.created	demo-chan-0000	{"post": "demo-post-20261206-00004", "type": "post.created", "author": "demo-acc-00028", "channel": "demo-chan-0000", "event_id": "demo-activity-demo-post-20261206-00004"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
362	ffa29159-3696-45ae-bbe5-d1dbe5cbe230	platform.post.created	demo-chan-0000	{"post": "demo-post-20261206-00020", "type": "post.created", "author": "demo-acc-00012", "channel": "demo-chan-0000", "event_id": "demo-activity-demo-post-20261206-00020"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
363	dec696ee-948b-4e52-ab81-a0584f39ade3	platform.post.created	demo-chan-0003	{"post": "demo-post-20261206-00033", "type": "post.created", "author": "demo-acc-00001", "channel": "demo-chan-0003", "event_id": "demo-activity-demo-post-20261206-00033"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
364	48d0b3a3-bb6c-4e1a-a9fa-736708f7c231	platform.post.created	demo-chan-0003	{"post": "demo-post-20261206-00053", "type": "post.created", "author": "demo-acc-00033", "channel": "demo-chan-0003", "event_id": "demo-activity-demo-post-20261206-00053"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
365	2a5dae94-6123-4a40-ac58-4b691c8232c5	platform.post.created	demo-chan-0002	{"post": "demo-post-20261206-00073", "type": "post.created", "author": "demo-acc-00011", "channel": "demo-chan-0002", "event_id": "demo-activity-demo-post-20261206-00073"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
366	1ad721dc-acc5-4f05-af9c-a524f79d7919	review.case.opened	d2ed75cf-b3ef-4105-9260-b0e0735f505e	{"tier": 0, "case_id": "d2ed75cf-b3ef-4105-9260-b0e0735f505e", "item_kind": "post"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
367	14a25845-3a7b-403d-8c21-5200e2ccf08b	intake.notice.received	d2ed75cf-b3ef-4105-9260-b0e0735f505e	{"case_id": "d2ed75cf-b3ef-4105-9260-b0e0735f505e", "notice_id": "d8d0eaf6-03e3-4ab1-b13f-3a03455d0c41"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
368	7685e27b-c1d6-4465-aadf-5655b56e89c6	review.decision.made	8f23a850-8604-4938-a6fd-5991e7ac5ff2	{"actions": ["remove_post"], "case_id": "8f23a850-8604-4938-a6fd-5991e7ac5ff2", "outcome": "action", "decision_id": "5cc5d1fd-4b38-45ac-baa3-570a760612e3"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
369	689a8c81-fc4f-45b2-af06-06c034f8ecb6	intake.notice.received	d2ed75cf-b3ef-4105-9260-b0e0735f505e	{"case_id": "d2ed75cf-b3ef-4105-9260-b0e0735f505e", "notice_id": "9de545d6-f54d-4f9f-bc3f-2e2aaadbd738"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
370	b9a643b4-713b-4e54-ab7a-3ebc1d68c1fc	platform.post.created	demo-chan-0004	{"post": "demo-post-20261206-00018", "type": "post.created", "author": "demo-acc-00022", "channel": "demo-chan-0004", "event_id": "demo-activity-demo-post-20261206-00018"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
371	6efbaca0-b765-4479-8d74-11e3d432afd7	review.decision.made	8b2a24cb-7bc9-4616-80a6-d672ab55d455	{"actions": ["remove_post"], "case_id": "8b2a24cb-7bc9-4616-80a6-d672ab55d455", "outcome": "action", "decision_id": "c9d52458-bd4f-40d5-8e5f-d58de7727e20"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
372	59eb751f-ad7a-42c6-b56b-c35a8b31e6b9	review.decision.made	d2ed75cf-b3ef-4105-9260-b0e0735f505e	{"actions": ["restrict_post"], "case_id": "d2ed75cf-b3ef-4105-9260-b0e0735f505e", "outcome": "action", "decision_id": "a0bf582c-cacc-4aed-9dd8-e93ef58496f2"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
373	f9ee2c2f-a8f7-409f-9efc-a7e9830f8052	legal.request.received	c66fd3d8-c99b-4046-a53c-05207a95fafe	{"held": false, "type": "removal_order", "status": "acknowledged", "urgency": "normal", "deadline": "2026-12-11T23:29:00Z", "agency_id": "49ab0af4-dca7-4fa1-99b2-7ba776143114", "request_id": "c66fd3d8-c99b-4046-a53c-05207a95fafe", "received_at": "2026-12-06T23:29:00Z"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
374	21037690-5503-44b1-b6b2-64e3cc9e03c9	legal.request.answered	6454b530-1729-4a25-b1c8-6b5faf333c73	{"late": false, "scope": "none", "answer": "need_more_info", "agency_id": "0ff81c10-0342-4876-9bb4-f89342e363df", "answer_id": "e7d38619-cdea-4311-af7e-5b99a9d34f84", "request_id": "6454b530-1729-4a25-b1c8-6b5faf333c73", "answered_at": "2026-12-06T23:58:00Z"}	2026-12-07 01:08:00+00	\N	0	\N	\N	\N
375	fe8e4142-0b1a-4d0b-b947-091151c04cf0	enforcement.action.applied	ea7c5142-2677-4faa-9980-e6841e26a773	{"kind": "remove_post", "decision_id": "ea7c5142-2677-4faa-9980-e6841e26a773", "enforcement_id": "dd4828f5-6e5e-45f0-b78c-5cec654513e2", "legal_request_id": null}	2026-12-06 03:59:59+00	\N	0	\N	\N	\N
376	da369119-a6d1-468d-9477-f5f4e80a5dde	enforcement.action.applied	ea7c5142-2677-4faa-9980-e6841e26a773	{"kind": "notify_user", "decision_id": "ea7c5142-2677-4faa-9980-e6841e26a773", "enforcement_id": "fb9628d7-2258-476c-9857-1ce47cef3b2a", "legal_request_id": null}	2026-12-06 03:59:59+00	\N	0	\N	\N	\N
377	87ec47b0-c70f-4b79-ae4b-c9dfa5db8842	enforcement.action.applied	ea7c5142-2677-4faa-9980-e6841e26a773	{"kind": "notify_user", "decision_id": "ea7c5142-2677-4faa-9980-e6841e26a773", "enforcement_id": "6c6b149e-3b3d-4224-b7e2-0ac1803abd80", "legal_request_id": null}	2026-12-06 03:59:59+00	\N	0	\N	\N	\N
378	de9f0690-e2ef-42d4-9043-c237069334e9	enforcement.action.applied	9b7c22eb-94e7-4459-b11c-f4f9ff059193	{"kind": "notify_user", "decision_id": "9b7c22eb-94e7-4459-b11c-f4f9ff059193", "enforcement_id": "1ced2063-82d4-4fd7-aa15-0d97e7389be4", "legal_request_id": null}	2026-12-06 06:09:59+00	\N	0	\N	\N	\N
379	a3965e1e-4205-44f7-bd3a-3f5bab8a5d96	enforcement.action.applied	095236cb-91bc-43f6-8a03-9d782fe8a451	{"kind": "remove_post", "decision_id": "095236cb-91bc-43f6-8a03-9d782fe8a451", "enforcement_id": "d8783d50-dcd0-455d-8c86-ba09668c789a", "legal_request_id": null}	2026-12-06 11:59:59+00	\N	0	\N	\N	\N
380	dcdd38fd-ce25-460d-9b95-90fab6ffc99a	enforcement.action.applied	095236cb-91bc-43f6-8a03-9d782fe8a451	{"kind": "notify_user", "decision_id": "095236cb-91bc-43f6-8a03-9d782fe8a451", "enforcement_id": "d3d0550f-2b7c-4db9-a3bc-89678a35d639", "legal_request_id": null}	2026-12-06 11:59:59+00	\N	0	\N	\N	\N
381	c2a32fd5-b837-40a0-acdd-9c21168cbc59	enforcement.action.applied	ae30064c-276e-49fc-91f8-44a612ab72b6	{"kind": "restrict_post", "decision_id": "ae30064c-276e-49fc-91f8-44a612ab72b6", "enforcement_id": "80d88a15-4a2a-4fd7-bfcb-0f0f9620b7dd", "legal_request_id": null}	2026-12-06 12:29:59+00	\N	0	\N	\N	\N
382	c2e82dd6-9444-46f6-858d-8add6d30f68e	enforcement.action.applied	ae30064c-276e-49fc-91f8-44a612ab72b6	{"kind": "notify_user", "decision_id": "ae30064c-276e-49fc-91f8-44a612ab72b6", "enforcement_id": "b29deff6-5f3c-4afb-89b8-e996762dff7c", "legal_request_id": null}	2026-12-06 12:29:59+00	\N	0	\N	\N	\N
383	912db1d5-ad15-42ee-b642-5c09e24c6e43	enforcement.action.applied	dfe14d66-4116-4895-9b06-cb0904797862	{"kind": "remove_post", "decision_id": "dfe14d66-4116-4895-9b06-cb0904797862", "enforcement_id": "1ccc2ecb-a86b-456b-a293-5a951a997c2f", "legal_request_id": null}	2026-12-06 13:19:59+00	\N	0	\N	\N	\N
384	694baf31-086b-42af-8313-500c090393bf	enforcement.action.applied	dfe14d66-4116-4895-9b06-cb0904797862	{"kind": "notify_user", "decision_id": "dfe14d66-4116-4895-9b06-cb0904797862", "enforcement_id": "41dd6bf4-a93c-4f68-852c-bc542250b45a", "legal_request_id": null}	2026-12-06 13:19:59+00	\N	0	\N	\N	\N
385	e2b92df2-586a-4be5-9702-4358757fd5b1	enforcement.action.applied	bc140e56-e508-422d-bad1-46cf929b7529	{"kind": "suspend_account", "decision_id": "bc140e56-e508-422d-bad1-46cf929b7529", "enforcement_id": "151bf084-d454-41b9-96d3-5d9f8b0c1e58", "legal_request_id": null}	2026-12-06 13:39:59+00	\N	0	\N	\N	\N
386	ebff9340-6da0-4bbd-87e7-31cfa780cee7	enforcement.action.applied	bc140e56-e508-422d-bad1-46cf929b7529	{"kind": "remove_post", "decision_id": "bc140e56-e508-422d-bad1-46cf929b7529", "enforcement_id": "3c368ce7-c8df-472a-b8a3-7d4eefb7a80d", "legal_request_id": null}	2026-12-06 13:39:59+00	\N	0	\N	\N	\N
387	9f8bc901-b342-421c-9108-3bf19a06e9b9	enforcement.action.applied	c56f0829-2426-4926-bed2-91e82e191a1c	{"kind": "restrict_post", "decision_id": null, "enforcement_id": "b9fa6c7a-6375-43f2-ab03-36c28a741601", "legal_request_id": "c56f0829-2426-4926-bed2-91e82e191a1c"}	2026-12-06 13:39:59+00	\N	0	\N	\N	\N
388	bdc05414-e7be-4b44-9235-c79d80be9fb1	enforcement.action.applied	bc140e56-e508-422d-bad1-46cf929b7529	{"kind": "notify_user", "decision_id": "bc140e56-e508-422d-bad1-46cf929b7529", "enforcement_id": "3616ed66-9fb3-4e95-a1f8-d2da8cd8655d", "legal_request_id": null}	2026-12-06 13:39:59+00	\N	0	\N	\N	\N
389	a6f77fde-0c34-4b82-81e9-8df6c956be03	enforcement.action.applied	bc140e56-e508-422d-bad1-46cf929b7529	{"kind": "notify_user", "decision_id": "bc140e56-e508-422d-bad1-46cf929b7529", "enforcement_id": "60cb9881-19a8-4c80-93b4-6b7709d6dc76", "legal_request_id": null}	2026-12-06 13:39:59+00	\N	0	\N	\N	\N
390	ab410986-804f-43f1-91e2-60a7c8bbf8a3	enforcement.action.applied	c56f0829-2426-4926-bed2-91e82e191a1c	{"kind": "notify_user", "decision_id": null, "enforcement_id": "d86eba37-3122-44c7-99f4-281d564f58d5", "legal_request_id": "c56f0829-2426-4926-bed2-91e82e191a1c"}	2026-12-06 13:39:59+00	\N	0	\N	\N	\N
391	95fc6f91-427a-4693-8dd5-880f284c65ee	legal.request.effect_given	c56f0829-2426-4926-bed2-91e82e191a1c	{"agency_id": "718be953-cb65-4752-933b-68e66adf57e4", "request_id": "c56f0829-2426-4926-bed2-91e82e191a1c", "received_at": "2026-12-06T13:21:06Z", "effect_given_at": "2026-12-06T13:39:59Z"}	2026-12-06 13:39:59+00	\N	0	\N	\N	\N
392	3fbcf9f2-d753-4e45-ae35-01e855e420e4	enforcement.action.applied	8a73f145-3282-4118-b172-a638701521f4	{"kind": "remove_post", "decision_id": "8a73f145-3282-4118-b172-a638701521f4", "enforcement_id": "284982af-7d14-4b10-a0a1-3ba3dc781a6f", "legal_request_id": null}	2026-12-06 13:49:59+00	\N	0	\N	\N	\N
393	9d143130-00b1-4b92-8cc0-58b33755e2f4	enforcement.action.applied	8a73f145-3282-4118-b172-a638701521f4	{"kind": "notify_user", "decision_id": "8a73f145-3282-4118-b172-a638701521f4", "enforcement_id": "23698c5a-4252-4858-b3a0-be806b6c2fe7", "legal_request_id": null}	2026-12-06 13:49:59+00	\N	0	\N	\N	\N
394	08874854-7083-4f63-905b-7bf31c92e2f3	enforcement.action.applied	3491bc4d-cdd6-490a-8672-562d665d32a8	{"kind": "remove_post", "decision_id": "3491bc4d-cdd6-490a-8672-562d665d32a8", "enforcement_id": "68b63747-4468-44d9-bff0-08d016817933", "legal_request_id": null}	2026-12-06 14:29:59+00	\N	0	\N	\N	\N
395	bc602ea4-f18a-4803-a430-f19fbab35258	enforcement.action.applied	3491bc4d-cdd6-490a-8672-562d665d32a8	{"kind": "notify_user", "decision_id": "3491bc4d-cdd6-490a-8672-562d665d32a8", "enforcement_id": "a8878c3f-d820-410a-893d-a68ae14d7236", "legal_request_id": null}	2026-12-06 14:29:59+00	\N	0	\N	\N	\N
396	d333e119-5cec-405c-95ee-7cafa0ce686d	enforcement.action.applied	a4624c12-c03b-4a23-9377-e244c3bc9a7f	{"kind": "restrict_post", "decision_id": null, "enforcement_id": "2dd78031-52c9-4bb5-998c-fdbcd97100f4", "legal_request_id": "a4624c12-c03b-4a23-9377-e244c3bc9a7f"}	2026-12-06 14:49:59+00	\N	0	\N	\N	\N
397	369554da-826d-4968-a629-b3e7b2d0ea3b	enforcement.action.applied	a4624c12-c03b-4a23-9377-e244c3bc9a7f	{"kind": "notify_user", "decision_id": null, "enforcement_id": "62758065-1912-48bb-847d-f14e4412d963", "legal_request_id": "a4624c12-c03b-4a23-9377-e244c3bc9a7f"}	2026-12-06 14:49:59+00	\N	0	\N	\N	\N
398	80143ac9-3b7e-4a73-8671-6806a2e02911	legal.request.effect_given	a4624c12-c03b-4a23-9377-e244c3bc9a7f	{"agency_id": "5febaab2-37da-4eca-bd81-4ef8213eefd0", "request_id": "a4624c12-c03b-4a23-9377-e244c3bc9a7f", "received_at": "2026-12-06T12:25:01Z", "effect_given_at": "2026-12-06T14:49:59Z"}	2026-12-06 14:49:59+00	\N	0	\N	\N	\N
399	16964042-ca1e-45ac-834a-16c167ee6d53	enforcement.action.applied	f6542b79-348e-4c92-ac03-ff2ae47db41d	{"kind": "remove_post", "decision_id": "f6542b79-348e-4c92-ac03-ff2ae47db41d", "enforcement_id": "0820706b-3a71-4703-80ea-45e9f17039a7", "legal_request_id": null}	2026-12-06 14:59:59+00	\N	0	\N	\N	\N
400	80f34740-6dc8-4327-a7b8-90bf694588b1	enforcement.action.applied	f6542b79-348e-4c92-ac03-ff2ae47db41d	{"kind": "notify_user", "decision_id": "f6542b79-348e-4c92-ac03-ff2ae47db41d", "enforcement_id": "0cdea497-423f-49b5-8527-768f83c26acb", "legal_request_id": null}	2026-12-06 14:59:59+00	\N	0	\N	\N	\N
401	5ed17a0a-d39d-4389-aecf-e49a320fa876	enforcement.action.applied	c55360a4-67b4-450b-ac16-6455b457b13b	{"kind": "restrict_post", "decision_id": "c55360a4-67b4-450b-ac16-6455b457b13b", "enforcement_id": "c010b9d3-805b-44e8-823e-445e5fe8cd46", "legal_request_id": null}	2026-12-06 15:09:59+00	\N	0	\N	\N	\N
402	27f4368a-a0ec-450e-8405-ef5e06d07928	enforcement.action.applied	c55360a4-67b4-450b-ac16-6455b457b13b	{"kind": "notify_user", "decision_id": "c55360a4-67b4-450b-ac16-6455b457b13b", "enforcement_id": "1323c5d5-b03d-41f1-adf5-d057c5988964", "legal_request_id": null}	2026-12-06 15:09:59+00	\N	0	\N	\N	\N
403	8230f0db-8a97-49ab-af6b-ff5d574a776a	enforcement.action.applied	3e5cf954-c5f7-44e4-92ad-694a75f49a43	{"kind": "remove_post", "decision_id": "3e5cf954-c5f7-44e4-92ad-694a75f49a43", "enforcement_id": "8f304fb7-4e33-42bc-944b-aef13be83300", "legal_request_id": null}	2026-12-06 16:49:59+00	\N	0	\N	\N	\N
404	8f8951c6-87cb-4381-8403-0e7d60d90988	enforcement.action.applied	3e5cf954-c5f7-44e4-92ad-694a75f49a43	{"kind": "notify_user", "decision_id": "3e5cf954-c5f7-44e4-92ad-694a75f49a43", "enforcement_id": "d260143c-f5ce-4ea5-974d-074124393890", "legal_request_id": null}	2026-12-06 16:49:59+00	\N	0	\N	\N	\N
405	c26f05ea-71c7-4178-a233-f41815e4d4df	enforcement.action.applied	1e3582d7-10ac-41b2-9256-7b96e03f6345	{"kind": "remove_post", "decision_id": "1e3582d7-10ac-41b2-9256-7b96e03f6345", "enforcement_id": "cf66f962-4b65-4025-82e7-cd1b740186ea", "legal_request_id": null}	2026-12-06 17:09:59+00	\N	0	\N	\N	\N
406	730610a0-97db-4458-8710-8554b7838399	enforcement.action.applied	1e3582d7-10ac-41b2-9256-7b96e03f6345	{"kind": "notify_user", "decision_id": "1e3582d7-10ac-41b2-9256-7b96e03f6345", "enforcement_id": "acdacdfe-d565-412d-9a49-7dcc37985d87", "legal_request_id": null}	2026-12-06 17:09:59+00	\N	0	\N	\N	\N
407	f1d82494-7bb6-4135-9387-2b548a701f6c	enforcement.action.applied	25254d1e-1e3f-41a9-8bfc-2585cab99523	{"kind": "remove_post", "decision_id": "25254d1e-1e3f-41a9-8bfc-2585cab99523", "enforcement_id": "24338672-b266-4786-8563-90e711bcc145", "legal_request_id": null}	2026-12-06 17:19:59+00	\N	0	\N	\N	\N
408	d72cb644-5581-42ce-a887-d40f8e11b96e	enforcement.action.applied	25254d1e-1e3f-41a9-8bfc-2585cab99523	{"kind": "notify_user", "decision_id": "25254d1e-1e3f-41a9-8bfc-2585cab99523", "enforcement_id": "aa3467df-4624-43dd-bb93-bfe14e66dc1c", "legal_request_id": null}	2026-12-06 17:19:59+00	\N	0	\N	\N	\N
409	15afa9d0-48f3-41cd-9447-075e70433da1	enforcement.action.applied	aec25ee3-6db1-4435-9319-583e38dbbfcf	{"kind": "restrict_post", "decision_id": null, "enforcement_id": "51cbdc77-8d0d-455d-8a42-730c65017c40", "legal_request_id": "aec25ee3-6db1-4435-9319-583e38dbbfcf"}	2026-12-06 17:39:59+00	\N	0	\N	\N	\N
410	4db8227a-d9a8-476e-b384-7398d7587d72	enforcement.action.applied	aec25ee3-6db1-4435-9319-583e38dbbfcf	{"kind": "notify_user", "decision_id": null, "enforcement_id": "a7c8b4e0-3c90-4db3-bd26-1d69f2947300", "legal_request_id": "aec25ee3-6db1-4435-9319-583e38dbbfcf"}	2026-12-06 17:39:59+00	\N	0	\N	\N	\N
411	f54c7c31-72ee-4543-978d-4d23f89280b7	legal.request.effect_given	aec25ee3-6db1-4435-9319-583e38dbbfcf	{"agency_id": "5febaab2-37da-4eca-bd81-4ef8213eefd0", "request_id": "aec25ee3-6db1-4435-9319-583e38dbbfcf", "received_at": "2026-12-06T10:06:31Z", "effect_given_at": "2026-12-06T17:39:59Z"}	2026-12-06 17:39:59+00	\N	0	\N	\N	\N
412	78c5e3c9-2c2d-4295-8a45-c03be044aebb	enforcement.action.applied	325891a2-4298-400f-a7b8-c32170565840	{"kind": "remove_post", "decision_id": "325891a2-4298-400f-a7b8-c32170565840", "enforcement_id": "64f8eeb7-e1d7-479a-96ef-04750af88f80", "legal_request_id": null}	2026-12-06 17:59:59+00	\N	0	\N	\N	\N
413	8a4dec61-e593-4e1b-8d2e-c29a37980aa4	enforcement.action.applied	325891a2-4298-400f-a7b8-c32170565840	{"kind": "notify_user", "decision_id": "325891a2-4298-400f-a7b8-c32170565840", "enforcement_id": "212b7a19-b870-4fdd-b01c-d34be47f178b", "legal_request_id": null}	2026-12-06 17:59:59+00	\N	0	\N	\N	\N
414	a9767056-0199-4379-8113-15ce43ff5895	enforcement.action.applied	6941791b-27d8-44ab-b8df-07c5d474addc	{"kind": "remove_post", "decision_id": "6941791b-27d8-44ab-b8df-07c5d474addc", "enforcement_id": "0f4ca2a6-db2d-483a-a13e-c918143e4969", "legal_request_id": null}	2026-12-06 19:39:59+00	\N	0	\N	\N	\N
415	0715ef9a-a262-4705-b90b-d7e22d097e41	enforcement.action.applied	6941791b-27d8-44ab-b8df-07c5d474addc	{"kind": "notify_user", "decision_id": "6941791b-27d8-44ab-b8df-07c5d474addc", "enforcement_id": "5545f4aa-7c9d-416f-b99d-a5f9304b3b3e", "legal_request_id": null}	2026-12-06 19:39:59+00	\N	0	\N	\N	\N
416	e33d26e0-a185-470b-af47-8d265a4cbc04	enforcement.action.applied	5cc5d1fd-4b38-45ac-baa3-570a760612e3	{"kind": "remove_post", "decision_id": "5cc5d1fd-4b38-45ac-baa3-570a760612e3", "enforcement_id": "e22c8c40-5011-4673-8979-55edb1a51b86", "legal_request_id": null}	2026-12-06 21:59:59+00	\N	0	\N	\N	\N
417	27b308f8-df93-415a-80b5-b7d70b2f2036	enforcement.action.applied	5cc5d1fd-4b38-45ac-baa3-570a760612e3	{"kind": "notify_user", "decision_id": "5cc5d1fd-4b38-45ac-baa3-570a760612e3", "enforcement_id": "7d740376-5b5b-4f71-bb8e-4c4ff4cc961a", "legal_request_id": null}	2026-12-06 21:59:59+00	\N	0	\N	\N	\N
418	88e65bc1-88fb-4f6d-bf01-c55ea62c1b33	enforcement.action.applied	c9d52458-bd4f-40d5-8e5f-d58de7727e20	{"kind": "remove_post", "decision_id": "c9d52458-bd4f-40d5-8e5f-d58de7727e20", "enforcement_id": "95dfaf49-a6c4-4c00-b9c1-b13303056245", "legal_request_id": null}	2026-12-06 22:09:59+00	\N	0	\N	\N	\N
419	5eb26a5f-7dcf-47d9-9f80-b78a28886aaa	enforcement.action.applied	c9d52458-bd4f-40d5-8e5f-d58de7727e20	{"kind": "notify_user", "decision_id": "c9d52458-bd4f-40d5-8e5f-d58de7727e20", "enforcement_id": "5d8dd27f-5b15-4ae6-8715-3afbddb9072b", "legal_request_id": null}	2026-12-06 22:09:59+00	\N	0	\N	\N	\N
420	44b9d84b-82be-41c5-8db5-f19a659c2f96	enforcement.action.applied	a0bf582c-cacc-4aed-9dd8-e93ef58496f2	{"kind": "restrict_post", "decision_id": "a0bf582c-cacc-4aed-9dd8-e93ef58496f2", "enforcement_id": "e0e06ff8-a9ad-494c-b29d-41ef434b7fb7", "legal_request_id": null}	2026-12-06 22:39:59+00	\N	0	\N	\N	\N
421	acd72485-8e05-48bd-8a4d-a30a298ef99e	enforcement.action.applied	a0bf582c-cacc-4aed-9dd8-e93ef58496f2	{"kind": "notify_user", "decision_id": "a0bf582c-cacc-4aed-9dd8-e93ef58496f2", "enforcement_id": "8c4f0303-49ad-4c36-8e9f-604ab5c3a3cd", "legal_request_id": null}	2026-12-06 22:39:59+00	\N	0	\N	\N	\N
\.


--
-- Data for Name: posts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.posts (id, channel_id, author_id, text, text_sha256, posted_at, edited_at, deleted_at, purged_at, sealed_sha256, source_version, first_seen_at, demo) FROM stdin;
demo-post-00000	demo-chan-0005	demo-acc-00013	Good morning everyone, the weather is lovely today.	f33cea9b1ac085c90f3005344863ae01daa0f9a7346434e8d4f5b423c98d3fcb	2026-01-01 00:00:59+00	\N	\N	\N	\N	2026-01-01 00:00:59+00	2026-12-08 00:27:47.293511+00	t
demo-post-00001	demo-chan-0004	demo-acc-00008	Thanks for the warm welcome to the group!	0d6ce238b97a2bb205b5016221cf259b586d85a62517d02b68bd5ba2bb8afe39	2026-01-01 00:02:43+00	\N	\N	\N	\N	2026-01-01 00:02:43+00	2026-12-08 00:27:47.293511+00	t
demo-post-00002	demo-chan-0001	demo-acc-00033	The minister's statement today raises more questions than it answers.	2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d	2026-01-01 00:04:18+00	\N	\N	\N	\N	2026-01-01 00:04:18+00	2026-12-08 00:27:47.293511+00	t
demo-post-00003	demo-chan-0000	demo-acc-00038	Beautiful sunset photo from the harbour last night.	7a66f1a87b6f21a54cdb9328f189a5be43aba7c1be96a7b198e512f6db31be03	2026-01-01 00:05:27+00	\N	\N	\N	\N	2026-01-01 00:05:27+00	2026-12-08 00:27:47.293511+00	t
demo-post-00004	demo-chan-0000	demo-acc-00027	Our investigation into public spending is out now.	1b2769bda5ec02c6c71e3a629ca71a261733b6ac7958307682d1619f83504c46	2026-01-01 00:07:56+00	\N	\N	\N	\N	2026-01-01 00:07:56+00	2026-12-08 00:27:47.293511+00	t
demo-post-00005	demo-chan-0002	demo-acc-00002	Has anyone tried the new bakery on the corner? Their bread is great.	f35e61a14dd6c81574d461b21a3fa99f43825ca3baaf80fbb5f757a1d1436314	2026-01-01 00:08:29+00	\N	\N	\N	\N	2026-01-01 00:08:29+00	2026-12-08 00:27:47.293511+00	t
demo-post-00006	demo-chan-0003	demo-acc-00010	Does anyone have a spare ticket for Saturday?	7c75aeece0cb5dfa1e1e13c5e7731b60154211839cd60672d02497e074422316	2026-01-01 00:10:15+00	\N	\N	\N	\N	2026-01-01 00:10:15+00	2026-12-08 00:27:47.293511+00	t
demo-post-00007	demo-chan-0000	demo-acc-00037	Has anyone tried the new bakery on the corner? Their bread is great.	f35e61a14dd6c81574d461b21a3fa99f43825ca3baaf80fbb5f757a1d1436314	2026-01-01 00:12:19+00	\N	\N	\N	\N	2026-01-01 00:12:19+00	2026-12-08 00:27:47.293511+00	t
demo-post-00008	demo-chan-0000	demo-acc-00014	The minister's statement today raises more questions than it answers.	2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d	2026-01-01 00:13:45+00	\N	\N	\N	\N	2026-01-01 00:13:45+00	2026-12-08 00:27:47.293511+00	t
demo-post-00009	demo-chan-0005	demo-acc-00024	Peaceful march tomorrow at noon, bring water and stay safe.	0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014	2026-01-01 00:15:03+00	\N	\N	\N	\N	2026-01-01 00:15:03+00	2026-12-08 00:27:47.293511+00	t
demo-post-00010	demo-chan-0002	demo-acc-00035	Thanks for the warm welcome to the group!	0d6ce238b97a2bb205b5016221cf259b586d85a62517d02b68bd5ba2bb8afe39	2026-01-01 00:16:26+00	\N	\N	\N	\N	2026-01-01 00:16:26+00	2026-12-08 00:27:47.293511+00	t
demo-post-00011	demo-chan-0004	demo-acc-00017	Cheap followers, real accounts, fast delivery: http://followers-shop.example	a3ea7726ba605a11888fe84fa33f9cb870fb6921da53ff9703c25c81bde63d38	2026-01-01 00:18:17+00	\N	\N	\N	\N	2026-01-01 00:18:17+00	2026-12-08 00:27:47.293511+00	t
demo-post-00012	demo-chan-0003	demo-acc-00034	Does anyone have a spare ticket for Saturday?	7c75aeece0cb5dfa1e1e13c5e7731b60154211839cd60672d02497e074422316	2026-01-01 00:19:56+00	\N	\N	\N	\N	2026-01-01 00:19:56+00	2026-12-08 00:27:47.293511+00	t
demo-post-00013	demo-chan-0005	demo-acc-00039	Here is the recipe I promised: two eggs, flour, milk and a pinch of salt.	06ac6d31e688df1366e2ff4d98b52cbfb1afd153bd29485be316b2df6bc62c82	2026-01-01 00:21:17+00	\N	\N	\N	\N	2026-01-01 00:21:17+00	2026-12-08 00:27:47.293511+00	t
demo-post-00014	demo-chan-0002	demo-acc-00023	Good morning everyone, the weather is lovely today.	f33cea9b1ac085c90f3005344863ae01daa0f9a7346434e8d4f5b423c98d3fcb	2026-01-01 00:23:32+00	\N	\N	\N	\N	2026-01-01 00:23:32+00	2026-12-08 00:27:47.293511+00	t
demo-post-00015	demo-chan-0004	demo-acc-00002	Peaceful march tomorrow at noon, bring water and stay safe.	0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014	2026-01-01 00:24:52+00	\N	\N	\N	\N	2026-01-01 00:24:52+00	2026-12-08 00:27:47.293511+00	t
demo-post-00016	demo-chan-0005	demo-acc-00023	Peaceful march tomorrow at noon, bring water and stay safe.	0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014	2026-01-01 00:26:28+00	\N	\N	\N	\N	2026-01-01 00:26:28+00	2026-12-08 00:27:47.293511+00	t
demo-post-00017	demo-chan-0004	demo-acc-00017	Has anyone tried the new bakery on the corner? Their bread is great.	f35e61a14dd6c81574d461b21a3fa99f43825ca3baaf80fbb5f757a1d1436314	2026-01-01 00:28:15+00	\N	\N	\N	\N	2026-01-01 00:28:15+00	2026-12-08 00:27:47.293511+00	t
demo-post-00018	demo-chan-0005	demo-acc-00007	The minister's statement today raises more questions than it answers.	2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d	2026-01-01 00:30:02+00	\N	\N	\N	\N	2026-01-01 00:30:02+00	2026-12-08 00:27:47.293511+00	t
demo-post-00019	demo-chan-0000	demo-acc-00030	Our investigation into public spending is out now.	1b2769bda5ec02c6c71e3a629ca71a261733b6ac7958307682d1619f83504c46	2026-01-01 00:31:19+00	\N	\N	\N	\N	2026-01-01 00:31:19+00	2026-12-08 00:27:47.293511+00	t
demo-post-00020	demo-chan-0001	demo-acc-00020	Peaceful march tomorrow at noon, bring water and stay safe.	0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014	2026-01-01 00:32:46+00	\N	\N	\N	\N	2026-01-01 00:32:46+00	2026-12-08 00:27:47.293511+00	t
demo-post-00021	demo-chan-0005	demo-acc-00013	New article: what the city council decided about the bike lanes.	23654fb41e9bad7a93ea0534d7aef5505d673968c2d4be8f759a85b0e6653238	2026-01-01 00:35:18+00	\N	\N	\N	\N	2026-01-01 00:35:18+00	2026-12-08 00:27:47.293511+00	t
demo-post-00022	demo-chan-0002	demo-acc-00016	Here is the recipe I promised: two eggs, flour, milk and a pinch of salt.	06ac6d31e688df1366e2ff4d98b52cbfb1afd153bd29485be316b2df6bc62c82	2026-01-01 00:36:43+00	\N	\N	\N	\N	2026-01-01 00:36:43+00	2026-12-08 00:27:47.293511+00	t
demo-post-00023	demo-chan-0002	demo-acc-00009	Does anyone have a spare ticket for Saturday?	7c75aeece0cb5dfa1e1e13c5e7731b60154211839cd60672d02497e074422316	2026-01-01 00:37:28+00	\N	\N	\N	\N	2026-01-01 00:37:28+00	2026-12-08 00:27:47.293511+00	t
demo-post-00024	demo-chan-0002	demo-acc-00029	Thanks for the warm welcome to the group!	0d6ce238b97a2bb205b5016221cf259b586d85a62517d02b68bd5ba2bb8afe39	2026-01-01 00:38:49+00	\N	\N	\N	\N	2026-01-01 00:38:49+00	2026-12-08 00:27:47.293511+00	t
demo-post-00025	demo-chan-0003	demo-acc-00003	Beautiful sunset photo from the harbour last night.	7a66f1a87b6f21a54cdb9328f189a5be43aba7c1be96a7b198e512f6db31be03	2026-01-01 00:40:45+00	\N	\N	\N	\N	2026-01-01 00:40:45+00	2026-12-08 00:27:47.293511+00	t
demo-post-00026	demo-chan-0002	demo-acc-00026	Thanks for the warm welcome to the group!	0d6ce238b97a2bb205b5016221cf259b586d85a62517d02b68bd5ba2bb8afe39	2026-01-01 00:43:29+00	\N	\N	\N	\N	2026-01-01 00:43:29+00	2026-12-08 00:27:47.293511+00	t
demo-post-00027	demo-chan-0000	demo-acc-00038	The minister's statement today raises more questions than it answers.	2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d	2026-01-01 00:43:54+00	\N	\N	\N	\N	2026-01-01 00:43:54+00	2026-12-08 00:27:47.293511+00	t
demo-post-00028	demo-chan-0001	demo-acc-00008	Peaceful march tomorrow at noon, bring water and stay safe.	0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014	2026-01-01 00:46:22+00	\N	\N	\N	\N	2026-01-01 00:46:22+00	2026-12-08 00:27:47.293511+00	t
demo-post-00029	demo-chan-0003	demo-acc-00031	Reminder: the meetup is moved to Thursday.	3dcb0b58c7c4e86a8f065e6ed5fc661fa16bd90612e70ba5564c1783e9b01930	2026-01-01 00:47:58+00	\N	\N	\N	\N	2026-01-01 00:47:58+00	2026-12-08 00:27:47.293511+00	t
demo-post-00030	demo-chan-0005	demo-acc-00033	Our investigation into public spending is out now.	1b2769bda5ec02c6c71e3a629ca71a261733b6ac7958307682d1619f83504c46	2026-01-01 00:48:58+00	\N	\N	\N	\N	2026-01-01 00:48:58+00	2026-12-08 00:27:47.293511+00	t
demo-post-00031	demo-chan-0004	demo-acc-00023	Has anyone tried the new bakery on the corner? Their bread is great.	f35e61a14dd6c81574d461b21a3fa99f43825ca3baaf80fbb5f757a1d1436314	2026-01-01 00:50:41+00	\N	\N	\N	\N	2026-01-01 00:50:41+00	2026-12-08 00:27:47.293511+00	t
demo-post-00032	demo-chan-0002	demo-acc-00026	Beautiful sunset photo from the harbour last night.	7a66f1a87b6f21a54cdb9328f189a5be43aba7c1be96a7b198e512f6db31be03	2026-01-01 00:52:45+00	\N	\N	\N	\N	2026-01-01 00:52:45+00	2026-12-08 00:27:47.293511+00	t
demo-post-00033	demo-chan-0000	demo-acc-00015	New article: what the city council decided about the bike lanes.	23654fb41e9bad7a93ea0534d7aef5505d673968c2d4be8f759a85b0e6653238	2026-01-01 00:54:09+00	\N	\N	\N	\N	2026-01-01 00:54:09+00	2026-12-08 00:27:47.293511+00	t
demo-post-00034	demo-chan-0001	demo-acc-00000	Match starts at 20:00, see you at the usual place.	2c0521258f47a253c92fa1cf048b1d4de25efb042568d20bf9cc35d70482d32a	2026-01-01 00:56:28+00	\N	\N	\N	\N	2026-01-01 00:56:28+00	2026-12-08 00:27:47.293511+00	t
demo-post-00035	demo-chan-0001	demo-acc-00015	Thanks for the warm welcome to the group!	0d6ce238b97a2bb205b5016221cf259b586d85a62517d02b68bd5ba2bb8afe39	2026-01-01 00:57:09+00	\N	\N	\N	\N	2026-01-01 00:57:09+00	2026-12-08 00:27:47.293511+00	t
demo-post-00036	demo-chan-0000	demo-acc-00016	Match starts at 20:00, see you at the usual place.	2c0521258f47a253c92fa1cf048b1d4de25efb042568d20bf9cc35d70482d32a	2026-01-01 00:58:47+00	\N	\N	\N	\N	2026-01-01 00:58:47+00	2026-12-08 00:27:47.293511+00	t
demo-post-00037	demo-chan-0000	demo-acc-00023	Thanks for the warm welcome to the group!	0d6ce238b97a2bb205b5016221cf259b586d85a62517d02b68bd5ba2bb8afe39	2026-01-01 01:00:34+00	\N	\N	\N	\N	2026-01-01 01:00:34+00	2026-12-08 00:27:47.293511+00	t
demo-post-00038	demo-chan-0004	demo-acc-00027	The minister's statement today raises more questions than it answers.	2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d	2026-01-01 01:01:27+00	\N	\N	\N	\N	2026-01-01 01:01:27+00	2026-12-08 00:27:47.293511+00	t
demo-post-00039	demo-chan-0002	demo-acc-00017	Peaceful march tomorrow at noon, bring water and stay safe.	0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014	2026-01-01 01:03:34+00	\N	\N	\N	\N	2026-01-01 01:03:34+00	2026-12-08 00:27:47.293511+00	t
demo-post-00040	demo-chan-0000	demo-acc-00009	Here is the recipe I promised: two eggs, flour, milk and a pinch of salt.	06ac6d31e688df1366e2ff4d98b52cbfb1afd153bd29485be316b2df6bc62c82	2026-01-01 01:05:38+00	\N	\N	\N	\N	2026-01-01 01:05:38+00	2026-12-08 00:27:47.293511+00	t
demo-post-00041	demo-chan-0005	demo-acc-00005	Has anyone tried the new bakery on the corner? Their bread is great.	f35e61a14dd6c81574d461b21a3fa99f43825ca3baaf80fbb5f757a1d1436314	2026-01-01 01:06:25+00	\N	\N	\N	\N	2026-01-01 01:06:25+00	2026-12-08 00:27:47.293511+00	t
demo-post-00042	demo-chan-0001	demo-acc-00012	Match starts at 20:00, see you at the usual place.	2c0521258f47a253c92fa1cf048b1d4de25efb042568d20bf9cc35d70482d32a	2026-01-01 01:08:04+00	\N	\N	\N	\N	2026-01-01 01:08:04+00	2026-12-08 00:27:47.293511+00	t
demo-post-00043	demo-chan-0005	demo-acc-00026	The minister's statement today raises more questions than it answers.	2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d	2026-01-01 01:10:23+00	\N	\N	\N	\N	2026-01-01 01:10:23+00	2026-12-08 00:27:47.293511+00	t
demo-post-00044	demo-chan-0001	demo-acc-00015	Peaceful march tomorrow at noon, bring water and stay safe.	0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014	2026-01-01 01:11:57+00	\N	\N	\N	\N	2026-01-01 01:11:57+00	2026-12-08 00:27:47.293511+00	t
demo-post-00045	demo-chan-0005	demo-acc-00008	Good morning everyone, the weather is lovely today.	f33cea9b1ac085c90f3005344863ae01daa0f9a7346434e8d4f5b423c98d3fcb	2026-01-01 01:13:10+00	\N	\N	\N	\N	2026-01-01 01:13:10+00	2026-12-08 00:27:47.293511+00	t
demo-post-00046	demo-chan-0003	demo-acc-00010	Here is the recipe I promised: two eggs, flour, milk and a pinch of salt.	06ac6d31e688df1366e2ff4d98b52cbfb1afd153bd29485be316b2df6bc62c82	2026-01-01 01:15:48+00	\N	\N	\N	\N	2026-01-01 01:15:48+00	2026-12-08 00:27:47.293511+00	t
demo-post-00047	demo-chan-0002	demo-acc-00034	Peaceful march tomorrow at noon, bring water and stay safe.	0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014	2026-01-01 01:16:55+00	\N	\N	\N	\N	2026-01-01 01:16:55+00	2026-12-08 00:27:47.293511+00	t
demo-post-00048	demo-chan-0000	demo-acc-00022	Peaceful march tomorrow at noon, bring water and stay safe.	0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014	2026-01-01 01:17:54+00	\N	\N	\N	\N	2026-01-01 01:17:54+00	2026-12-08 00:27:47.293511+00	t
demo-post-00049	demo-chan-0003	demo-acc-00006	Does anyone have a spare ticket for Saturday?	7c75aeece0cb5dfa1e1e13c5e7731b60154211839cd60672d02497e074422316	2026-01-01 01:20:27+00	\N	\N	\N	\N	2026-01-01 01:20:27+00	2026-12-08 00:27:47.293511+00	t
demo-post-00050	demo-chan-0005	demo-acc-00028	The minister's statement today raises more questions than it answers.	2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d	2026-01-01 01:21:41+00	\N	\N	\N	\N	2026-01-01 01:21:41+00	2026-12-08 00:27:47.293511+00	t
demo-post-00051	demo-chan-0004	demo-acc-00033	The minister's statement today raises more questions than it answers.	2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d	2026-01-01 01:23:29+00	\N	\N	\N	\N	2026-01-01 01:23:29+00	2026-12-08 00:27:47.293511+00	t
demo-post-00052	demo-chan-0003	demo-acc-00001	The minister's statement today raises more questions than it answers.	2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d	2026-01-01 01:24:26+00	\N	\N	\N	\N	2026-01-01 01:24:26+00	2026-12-08 00:27:47.293511+00	t
demo-post-00053	demo-chan-0001	demo-acc-00036	New article: what the city council decided about the bike lanes.	23654fb41e9bad7a93ea0534d7aef5505d673968c2d4be8f759a85b0e6653238	2026-01-01 01:26:46+00	\N	\N	\N	\N	2026-01-01 01:26:46+00	2026-12-08 00:27:47.293511+00	t
demo-post-00054	demo-chan-0005	demo-acc-00029	Peaceful march tomorrow at noon, bring water and stay safe.	0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014	2026-01-01 01:27:46+00	\N	\N	\N	\N	2026-01-01 01:27:46+00	2026-12-08 00:27:47.293511+00	t
demo-post-00055	demo-chan-0002	demo-acc-00021	Peaceful march tomorrow at noon, bring water and stay safe.	0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014	2026-01-01 01:30:24+00	\N	\N	\N	\N	2026-01-01 01:30:24+00	2026-12-08 00:27:47.293511+00	t
demo-post-00056	demo-chan-0005	demo-acc-00018	Beautiful sunset photo from the harbour last night.	7a66f1a87b6f21a54cdb9328f189a5be43aba7c1be96a7b198e512f6db31be03	2026-01-01 01:31:51+00	\N	\N	\N	\N	2026-01-01 01:31:51+00	2026-12-08 00:27:47.293511+00	t
demo-post-00057	demo-chan-0004	demo-acc-00026	Match starts at 20:00, see you at the usual place.	2c0521258f47a253c92fa1cf048b1d4de25efb042568d20bf9cc35d70482d32a	2026-01-01 01:33:14+00	\N	\N	\N	\N	2026-01-01 01:33:14+00	2026-12-08 00:27:47.293511+00	t
demo-post-00058	demo-chan-0000	demo-acc-00034	Has anyone tried the new bakery on the corner? Their bread is great.	f35e61a14dd6c81574d461b21a3fa99f43825ca3baaf80fbb5f757a1d1436314	2026-01-01 01:34:50+00	\N	\N	\N	\N	2026-01-01 01:34:50+00	2026-12-08 00:27:47.293511+00	t
demo-post-00059	demo-chan-0005	demo-acc-00010	Your parcel is held, pay the customs fee at http://parcel-fee.example/59	f3d33882e826cbba37531dd4fad4182621ca4e0937e38a52ae595d8139cec957	2026-01-01 01:36:33+00	\N	\N	\N	\N	2026-01-01 01:36:33+00	2026-12-08 00:27:47.293511+00	t
demo-post-00060	demo-chan-0005	demo-acc-00020	Does anyone have a spare ticket for Saturday?	7c75aeece0cb5dfa1e1e13c5e7731b60154211839cd60672d02497e074422316	2026-01-01 01:37:32+00	\N	\N	\N	\N	2026-01-01 01:37:32+00	2026-12-08 00:27:47.293511+00	t
demo-post-00061	demo-chan-0003	demo-acc-00028	Match starts at 20:00, see you at the usual place.	2c0521258f47a253c92fa1cf048b1d4de25efb042568d20bf9cc35d70482d32a	2026-01-01 01:39:20+00	\N	\N	\N	\N	2026-01-01 01:39:20+00	2026-12-08 00:27:47.293511+00	t
demo-post-00062	demo-chan-0001	demo-acc-00002	Cheap followers, real accounts, fast delivery: http://followers-shop.example	a3ea7726ba605a11888fe84fa33f9cb870fb6921da53ff9703c25c81bde63d38	2026-01-01 01:40:19+00	\N	\N	\N	\N	2026-01-01 01:40:19+00	2026-12-08 00:27:47.293511+00	t
demo-post-00063	demo-chan-0000	demo-acc-00011	Peaceful march tomorrow at noon, bring water and stay safe.	0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014	2026-01-01 01:42:04+00	\N	\N	\N	\N	2026-01-01 01:42:04+00	2026-12-08 00:27:47.293511+00	t
demo-post-00064	demo-chan-0001	demo-acc-00038	Our investigation into public spending is out now.	1b2769bda5ec02c6c71e3a629ca71a261733b6ac7958307682d1619f83504c46	2026-01-01 01:43:41+00	\N	\N	\N	\N	2026-01-01 01:43:41+00	2026-12-08 00:27:47.293511+00	t
demo-post-00065	demo-chan-0005	demo-acc-00022	Here is the recipe I promised: two eggs, flour, milk and a pinch of salt.	06ac6d31e688df1366e2ff4d98b52cbfb1afd153bd29485be316b2df6bc62c82	2026-01-01 01:46:03+00	\N	\N	\N	\N	2026-01-01 01:46:03+00	2026-12-08 00:27:47.293511+00	t
demo-post-00066	demo-chan-0003	demo-acc-00034	Your parcel is held, pay the customs fee at http://parcel-fee.example/66	64d538053883e24345cfc7d04a35e534aa22c3b0fc7df962521268ac426baafa	2026-01-01 01:47:17+00	\N	\N	\N	\N	2026-01-01 01:47:17+00	2026-12-08 00:27:47.293511+00	t
demo-post-00067	demo-chan-0005	demo-acc-00007	New article: what the city council decided about the bike lanes.	23654fb41e9bad7a93ea0534d7aef5505d673968c2d4be8f759a85b0e6653238	2026-01-01 01:49:17+00	\N	\N	\N	\N	2026-01-01 01:49:17+00	2026-12-08 00:27:47.293511+00	t
demo-post-00068	demo-chan-0004	demo-acc-00015	Here is the recipe I promised: two eggs, flour, milk and a pinch of salt.	06ac6d31e688df1366e2ff4d98b52cbfb1afd153bd29485be316b2df6bc62c82	2026-01-01 01:51:22+00	\N	\N	\N	\N	2026-01-01 01:51:22+00	2026-12-08 00:27:47.293511+00	t
demo-post-00069	demo-chan-0005	demo-acc-00004	Match starts at 20:00, see you at the usual place.	2c0521258f47a253c92fa1cf048b1d4de25efb042568d20bf9cc35d70482d32a	2026-01-01 01:52:18+00	\N	\N	\N	\N	2026-01-01 01:52:18+00	2026-12-08 00:27:47.293511+00	t
demo-post-00070	demo-chan-0005	demo-acc-00038	Has anyone tried the new bakery on the corner? Their bread is great.	f35e61a14dd6c81574d461b21a3fa99f43825ca3baaf80fbb5f757a1d1436314	2026-01-01 01:53:13+00	\N	\N	\N	\N	2026-01-01 01:53:13+00	2026-12-08 00:27:47.293511+00	t
demo-post-00071	demo-chan-0000	demo-acc-00003	Reminder: the meetup is moved to Thursday.	3dcb0b58c7c4e86a8f065e6ed5fc661fa16bd90612e70ba5564c1783e9b01930	2026-01-01 01:55:30+00	\N	\N	\N	\N	2026-01-01 01:55:30+00	2026-12-08 00:27:47.293511+00	t
demo-post-00072	demo-chan-0000	demo-acc-00036	Here is the recipe I promised: two eggs, flour, milk and a pinch of salt.	06ac6d31e688df1366e2ff4d98b52cbfb1afd153bd29485be316b2df6bc62c82	2026-01-01 01:57:04+00	\N	\N	\N	\N	2026-01-01 01:57:04+00	2026-12-08 00:27:47.293511+00	t
demo-post-00073	demo-chan-0004	demo-acc-00011	New article: what the city council decided about the bike lanes.	23654fb41e9bad7a93ea0534d7aef5505d673968c2d4be8f759a85b0e6653238	2026-01-01 01:59:09+00	\N	\N	\N	\N	2026-01-01 01:59:09+00	2026-12-08 00:27:47.293511+00	t
demo-post-00074	demo-chan-0003	demo-acc-00020	WIN a FREE phone now!!! Click http://free-prize.example/claim?id=74	5f2884dd5f29f9a7e0008a33c1bedf060b617311a13601eadfb657f8358dda64	2026-01-01 02:00:25+00	\N	\N	\N	\N	2026-01-01 02:00:25+00	2026-12-08 00:27:47.293511+00	t
demo-post-00075	demo-chan-0005	demo-acc-00036	Thanks for the warm welcome to the group!	0d6ce238b97a2bb205b5016221cf259b586d85a62517d02b68bd5ba2bb8afe39	2026-01-01 02:01:23+00	\N	\N	\N	\N	2026-01-01 02:01:23+00	2026-12-08 00:27:47.293511+00	t
demo-post-00076	demo-chan-0004	demo-acc-00037	The minister's statement today raises more questions than it answers.	2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d	2026-01-01 02:03:08+00	\N	\N	\N	\N	2026-01-01 02:03:08+00	2026-12-08 00:27:47.293511+00	t
demo-post-00077	demo-chan-0005	demo-acc-00011	Here is the recipe I promised: two eggs, flour, milk and a pinch of salt.	06ac6d31e688df1366e2ff4d98b52cbfb1afd153bd29485be316b2df6bc62c82	2026-01-01 02:05:16+00	\N	\N	\N	\N	2026-01-01 02:05:16+00	2026-12-08 00:27:47.293511+00	t
demo-post-00078	demo-chan-0005	demo-acc-00023	Reminder: the meetup is moved to Thursday.	3dcb0b58c7c4e86a8f065e6ed5fc661fa16bd90612e70ba5564c1783e9b01930	2026-01-01 02:06:53+00	\N	\N	\N	\N	2026-01-01 02:06:53+00	2026-12-08 00:27:47.293511+00	t
demo-post-00079	demo-chan-0005	demo-acc-00017	Peaceful march tomorrow at noon, bring water and stay safe.	0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014	2026-01-01 02:07:53+00	\N	\N	\N	\N	2026-01-01 02:07:53+00	2026-12-08 00:27:47.293511+00	t
demo-post-20261206-00060	demo-chan-0005	demo-acc-00027	[demo] your parcel is held, pay the customs fee at http://parcel-fee.example/60	1d297bd1ea4ee2c478e6ce695ffd137e7eb8fda2bcbd2e2c97826fd48fe392df	2026-12-06 00:00:00+00	\N	\N	\N	\N	2026-12-06 00:00:00+00	2026-12-06 00:48:44+00	t
demo-post-20261206-00065	demo-chan-0002	demo-acc-00001	[demo] repeated harassment of a named classmate	791596b20cfeb6fbf78b8f6fa6417fa1a09d58fe38f5c13ef39d7341cd9033e1	2026-12-06 00:00:00+00	\N	\N	\N	\N	2026-12-06 00:00:00+00	2026-12-06 00:48:44+00	t
demo-post-20261206-00077	demo-chan-0002	demo-acc-00021	[demo] insult against a religious minority, calling for them to be expelled	1edbe17849a9674d56369a3c5f8f46004fd45b5e1d660c60246590985b1ae0fb	2026-12-06 00:00:00+00	\N	\N	\N	\N	2026-12-06 00:00:00+00	2026-12-06 00:48:44+00	t
demo-post-20261206-00091	demo-chan-0002	demo-acc-00038	[demo] post reported by an authority	9fc0eabd9a0481a2aa247f7d4b4a8d7be248e8c4db1c2874688ebd5166d439ac	2026-12-06 00:22:20+00	\N	\N	\N	\N	2026-12-06 00:22:20+00	2026-12-06 00:48:44+00	t
demo-post-20261206-00000	demo-chan-0001	demo-acc-00002	Good morning everyone, the weather is lovely today.	f33cea9b1ac085c90f3005344863ae01daa0f9a7346434e8d4f5b423c98d3fcb	2026-12-06 01:52:30+00	\N	\N	\N	\N	2026-12-06 01:52:30+00	2026-12-06 01:59:59+00	t
demo-post-20261206-00043	demo-chan-0005	demo-acc-00024	New article: what the city council decided about the bike lanes.	23654fb41e9bad7a93ea0534d7aef5505d673968c2d4be8f759a85b0e6653238	2026-12-06 02:07:08+00	\N	\N	\N	\N	2026-12-06 02:07:08+00	2026-12-06 02:45:10+00	t
demo-post-20261206-00058	demo-chan-0005	demo-acc-00002	Reminder: the meetup is moved to Thursday.	3dcb0b58c7c4e86a8f065e6ed5fc661fa16bd90612e70ba5564c1783e9b01930	2026-12-06 02:32:24+00	\N	\N	\N	\N	2026-12-06 02:32:24+00	2026-12-06 02:45:10+00	t
demo-post-20261206-00072	demo-chan-0001	demo-acc-00023	[demo] insult against a religious minority, calling for them to be expelled	1edbe17849a9674d56369a3c5f8f46004fd45b5e1d660c60246590985b1ae0fb	2026-12-06 02:11:53+00	\N	\N	\N	\N	2026-12-06 02:11:53+00	2026-12-06 02:45:10+00	t
demo-post-20261206-00011	demo-chan-0002	demo-acc-00031	Peaceful march tomorrow at noon, bring water and stay safe.	0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014	2026-12-06 02:52:27+00	\N	\N	\N	\N	2026-12-06 02:52:27+00	2026-12-06 02:59:59+00	t
demo-post-20261206-00041	demo-chan-0003	demo-acc-00015	Match starts at 20:00, see you at the usual place.	2c0521258f47a253c92fa1cf048b1d4de25efb042568d20bf9cc35d70482d32a	2026-12-06 02:51:13+00	\N	\N	\N	\N	2026-12-06 02:51:13+00	2026-12-06 02:59:59+00	t
demo-post-20261206-00021	demo-chan-0001	demo-acc-00014	The minister's statement today raises more questions than it answers.	2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d	2026-12-06 03:53:06+00	\N	\N	\N	\N	2026-12-06 03:53:06+00	2026-12-06 03:59:59+00	t
demo-post-20261206-00067	demo-chan-0005	demo-acc-00014	[demo] repeated harassment of a named classmate	791596b20cfeb6fbf78b8f6fa6417fa1a09d58fe38f5c13ef39d7341cd9033e1	2026-12-06 03:49:49+00	\N	\N	\N	\N	2026-12-06 03:49:49+00	2026-12-06 03:59:59+00	t
demo-post-20261206-00089	demo-chan-0004	demo-acc-00012	[demo] post naming a public official and calling for violence against them	2fa41f841b47809e10b97fc259ae5bffc714b6cc6e3c2e2bf32310ae2f321352	2026-12-06 03:22:18+00	\N	\N	\N	\N	2026-12-06 03:22:18+00	2026-12-06 03:59:59+00	t
demo-post-20261206-00017	demo-chan-0003	demo-acc-00016	Our investigation into public spending is out now.	1b2769bda5ec02c6c71e3a629ca71a261733b6ac7958307682d1619f83504c46	2026-12-06 04:28:30+00	\N	\N	\N	\N	2026-12-06 04:28:30+00	2026-12-06 04:59:10+00	t
demo-post-20261206-00042	demo-chan-0004	demo-acc-00028	Peaceful march tomorrow at noon, bring water and stay safe.	0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014	2026-12-06 04:22:32+00	\N	\N	\N	\N	2026-12-06 04:22:32+00	2026-12-06 04:59:10+00	t
demo-post-20261206-00046	demo-chan-0002	demo-acc-00008	Peaceful march tomorrow at noon, bring water and stay safe.	0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014	2026-12-06 04:36:03+00	\N	\N	\N	\N	2026-12-06 04:36:03+00	2026-12-06 04:59:10+00	t
demo-post-20261206-00063	demo-chan-0004	demo-acc-00014	[demo] propaganda video of a listed terrorist organisation	891f78cc3ca395f419c378449fe1e29d2c2853582f3ed6da54bad994b16d1121	2026-12-06 04:22:35+00	\N	\N	\N	\N	2026-12-06 04:22:35+00	2026-12-06 04:59:10+00	t
demo-post-20261206-00032	demo-chan-0000	demo-acc-00015	Good morning everyone, the weather is lovely today.	f33cea9b1ac085c90f3005344863ae01daa0f9a7346434e8d4f5b423c98d3fcb	2026-12-06 05:09:35+00	\N	\N	\N	\N	2026-12-06 05:09:35+00	2026-12-06 05:59:59+00	t
demo-post-20261206-00047	demo-chan-0003	demo-acc-00036	Good morning everyone, the weather is lovely today.	f33cea9b1ac085c90f3005344863ae01daa0f9a7346434e8d4f5b423c98d3fcb	2026-12-06 05:08:15+00	\N	\N	\N	\N	2026-12-06 05:08:15+00	2026-12-06 05:59:59+00	t
demo-post-20261206-00051	demo-chan-0001	demo-acc-00006	Peaceful march tomorrow at noon, bring water and stay safe.	0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014	2026-12-06 05:01:24+00	\N	\N	\N	\N	2026-12-06 05:01:24+00	2026-12-06 05:59:59+00	t
demo-post-20261206-00007	demo-chan-0002	demo-acc-00031	The minister's statement today raises more questions than it answers.	2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d	2026-12-06 06:48:40+00	\N	\N	\N	\N	2026-12-06 06:48:40+00	2026-12-06 06:59:59+00	t
demo-post-20261206-00031	demo-chan-0004	demo-acc-00029	Peaceful march tomorrow at noon, bring water and stay safe.	0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014	2026-12-06 06:54:25+00	\N	\N	\N	\N	2026-12-06 06:54:25+00	2026-12-06 06:59:59+00	t
demo-post-20261206-00052	demo-chan-0002	demo-acc-00033	New article: what the city council decided about the bike lanes.	23654fb41e9bad7a93ea0534d7aef5505d673968c2d4be8f759a85b0e6653238	2026-12-06 07:17:17+00	\N	\N	\N	\N	2026-12-06 07:17:17+00	2026-12-06 07:59:59+00	t
demo-post-20261206-00054	demo-chan-0003	demo-acc-00019	Peaceful march tomorrow at noon, bring water and stay safe.	0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014	2026-12-06 07:13:44+00	\N	\N	\N	\N	2026-12-06 07:13:44+00	2026-12-06 07:59:59+00	t
demo-post-20261206-00078	demo-chan-0002	demo-acc-00010	[demo] repeated harassment of a named classmate	791596b20cfeb6fbf78b8f6fa6417fa1a09d58fe38f5c13ef39d7341cd9033e1	2026-12-06 07:28:19+00	\N	\N	\N	\N	2026-12-06 07:28:19+00	2026-12-06 07:59:59+00	t
demo-post-20261206-00093	demo-chan-0000	demo-acc-00036	[demo] post reported by an authority	9fc0eabd9a0481a2aa247f7d4b4a8d7be248e8c4db1c2874688ebd5166d439ac	2026-12-06 07:04:44+00	\N	\N	\N	\N	2026-12-06 07:04:44+00	2026-12-06 07:59:59+00	t
demo-post-20261206-00008	demo-chan-0003	demo-acc-00020	New article: what the city council decided about the bike lanes.	23654fb41e9bad7a93ea0534d7aef5505d673968c2d4be8f759a85b0e6653238	2026-12-06 08:23:44+00	\N	\N	\N	\N	2026-12-06 08:23:44+00	2026-12-06 08:59:59+00	t
demo-post-20261206-00014	demo-chan-0005	demo-acc-00014	Reminder: the meetup is moved to Thursday.	3dcb0b58c7c4e86a8f065e6ed5fc661fa16bd90612e70ba5564c1783e9b01930	2026-12-06 08:04:19+00	\N	\N	\N	\N	2026-12-06 08:04:19+00	2026-12-06 08:59:59+00	t
demo-post-20261206-00055	demo-chan-0003	demo-acc-00018	New article: what the city council decided about the bike lanes.	23654fb41e9bad7a93ea0534d7aef5505d673968c2d4be8f759a85b0e6653238	2026-12-06 08:58:53+00	\N	\N	\N	\N	2026-12-06 08:58:53+00	2026-12-06 08:59:59+00	t
demo-post-20261206-00070	demo-chan-0001	demo-acc-00015	[demo] polling stations are closed tomorrow, vote online instead	8009be7e2b67fd4c88e082938cb959e27496af822be361b6e5b0058c28c5a1e4	2026-12-06 08:05:42+00	\N	\N	\N	\N	2026-12-06 08:05:42+00	2026-12-06 08:59:59+00	t
demo-post-20261206-00079	demo-chan-0001	demo-acc-00015	[demo] insult against a religious minority, calling for them to be expelled	1edbe17849a9674d56369a3c5f8f46004fd45b5e1d660c60246590985b1ae0fb	2026-12-06 08:56:42+00	\N	\N	\N	\N	2026-12-06 08:56:42+00	2026-12-06 08:59:59+00	t
demo-post-20261206-00001	demo-chan-0002	demo-acc-00008	Match starts at 20:00, see you at the usual place.	2c0521258f47a253c92fa1cf048b1d4de25efb042568d20bf9cc35d70482d32a	2026-12-06 09:35:20+00	\N	\N	\N	\N	2026-12-06 09:35:20+00	2026-12-06 09:59:59+00	t
demo-post-20261206-00074	demo-chan-0003	demo-acc-00015	[demo] insult against a religious minority, calling for them to be expelled	1edbe17849a9674d56369a3c5f8f46004fd45b5e1d660c60246590985b1ae0fb	2026-12-06 09:51:51+00	\N	\N	\N	\N	2026-12-06 09:51:51+00	2026-12-06 09:59:59+00	t
demo-post-20261206-00013	demo-chan-0003	demo-acc-00005	Good morning everyone, the weather is lovely today.	f33cea9b1ac085c90f3005344863ae01daa0f9a7346434e8d4f5b423c98d3fcb	2026-12-06 10:20:13+00	\N	\N	\N	\N	2026-12-06 10:20:13+00	2026-12-06 10:59:59+00	t
demo-post-20261206-00056	demo-chan-0002	demo-acc-00039	Match starts at 20:00, see you at the usual place.	2c0521258f47a253c92fa1cf048b1d4de25efb042568d20bf9cc35d70482d32a	2026-12-06 10:34:57+00	\N	\N	\N	\N	2026-12-06 10:34:57+00	2026-12-06 10:59:59+00	t
demo-post-20261206-00085	demo-chan-0003	demo-acc-00016	[demo] cheap followers, real accounts, fast delivery: http://followers-shop.example	221984bfc83dc390aec5cfe54859ca201f77afb1e5043f4e85747813c0c1dfd0	2026-12-06 10:28:10+00	\N	\N	\N	\N	2026-12-06 10:28:10+00	2026-12-06 10:59:59+00	t
demo-post-20261206-00087	demo-chan-0002	demo-acc-00030	[demo] cheap followers, real accounts, fast delivery: http://followers-shop.example	221984bfc83dc390aec5cfe54859ca201f77afb1e5043f4e85747813c0c1dfd0	2026-12-06 10:47:50+00	\N	\N	\N	\N	2026-12-06 10:47:50+00	2026-12-06 10:59:59+00	t
demo-post-20261206-00023	demo-chan-0005	demo-acc-00021	The minister's statement today raises more questions than it answers.	2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d	2026-12-06 11:08:08+00	\N	\N	\N	\N	2026-12-06 11:08:08+00	2026-12-06 11:08:44+00	t
demo-post-20261206-00088	demo-chan-0000	demo-acc-00008	[demo] guaranteed 300% profit in 24h, visit http://crypto-double.example/88	d1175d252063b1c163313ea3d3d98326f612294224539ab1735183830cc978a2	2026-12-06 11:00:41+00	\N	\N	\N	\N	2026-12-06 11:00:41+00	2026-12-06 11:08:44+00	t
demo-post-20261206-00034	demo-chan-0003	demo-acc-00014	Our investigation into public spending is out now.	1b2769bda5ec02c6c71e3a629ca71a261733b6ac7958307682d1619f83504c46	2026-12-06 11:15:59+00	\N	\N	\N	\N	2026-12-06 11:15:59+00	2026-12-06 11:22:22+00	t
demo-post-20261206-00066	demo-chan-0005	demo-acc-00015	[demo] repeated harassment of a named classmate	791596b20cfeb6fbf78b8f6fa6417fa1a09d58fe38f5c13ef39d7341cd9033e1	2026-12-06 11:09:40+00	\N	\N	\N	\N	2026-12-06 11:09:40+00	2026-12-06 11:22:22+00	t
demo-post-20261206-00019	demo-chan-0003	demo-acc-00006	Reminder: the meetup is moved to Thursday.	3dcb0b58c7c4e86a8f065e6ed5fc661fa16bd90612e70ba5564c1783e9b01930	2026-12-06 11:34:40+00	\N	\N	\N	\N	2026-12-06 11:34:40+00	2026-12-06 11:36:16+00	t
demo-post-20261206-00009	demo-chan-0005	demo-acc-00013	The minister's statement today raises more questions than it answers.	2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d	2026-12-06 11:49:36+00	\N	\N	\N	\N	2026-12-06 11:49:36+00	2026-12-06 11:59:59+00	t
demo-post-20261206-00081	demo-chan-0000	demo-acc-00038	[demo] WIN a FREE phone now, click http://free-prize.example/claim?id=81	6631d931758b3ab1b8c13f465ac94903d80ca87b309fab2c2427540518945f39	2026-12-06 11:55:42+00	\N	\N	\N	\N	2026-12-06 11:55:42+00	2026-12-06 11:59:59+00	t
demo-post-20261206-00080	demo-chan-0002	demo-acc-00027	[demo] re-upload of a known terrorist propaganda image	ba9b6f494507927cffa2e15378009c85d58c303d134685ded93a825315aa0634	2026-12-06 12:07:00+00	\N	\N	\N	\N	2026-12-06 12:07:00+00	2026-12-06 12:15:18+00	t
demo-post-20261206-00029	demo-chan-0001	demo-acc-00023	The minister's statement today raises more questions than it answers.	2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d	2026-12-06 12:29:13+00	\N	\N	\N	\N	2026-12-06 12:29:13+00	2026-12-06 12:38:53+00	t
demo-post-20261206-00083	demo-chan-0003	demo-acc-00022	[demo] WIN a FREE phone now, click http://free-prize.example/claim?id=83	4db9cab64a35b48d5270f7ce979c3c88880bdf03437e8abb09abc83ea1012788	2026-12-06 12:29:25+00	\N	\N	\N	\N	2026-12-06 12:29:25+00	2026-12-06 12:38:53+00	t
demo-post-20261206-00090	demo-chan-0005	demo-acc-00000	[demo] post reported by an authority	9fc0eabd9a0481a2aa247f7d4b4a8d7be248e8c4db1c2874688ebd5166d439ac	2026-12-06 12:29:37+00	\N	\N	\N	\N	2026-12-06 12:29:37+00	2026-12-06 12:38:53+00	t
demo-post-20261206-00069	demo-chan-0000	demo-acc-00039	[demo] your parcel is held, pay the customs fee at http://parcel-fee.example/69	a9cf1d55a759e123596e36ab1235f25912d898f617e6b44588f2d8dc8b64bc1d	2026-12-06 12:55:06+00	\N	\N	\N	\N	2026-12-06 12:55:06+00	2026-12-06 12:59:59+00	t
demo-post-20261206-00061	demo-chan-0004	demo-acc-00029	[demo] insult against a religious minority, calling for them to be expelled	1edbe17849a9674d56369a3c5f8f46004fd45b5e1d660c60246590985b1ae0fb	2026-12-06 13:14:36+00	\N	\N	\N	\N	2026-12-06 13:14:36+00	2026-12-06 13:17:08+00	t
demo-post-20261206-00071	demo-chan-0003	demo-acc-00022	[demo] repeated harassment of a named classmate	791596b20cfeb6fbf78b8f6fa6417fa1a09d58fe38f5c13ef39d7341cd9033e1	2026-12-06 13:13:03+00	\N	\N	\N	\N	2026-12-06 13:13:03+00	2026-12-06 13:17:08+00	t
demo-post-20261206-00002	demo-chan-0003	demo-acc-00021	Peaceful march tomorrow at noon, bring water and stay safe.	0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014	2026-12-06 13:32:53+00	\N	\N	\N	\N	2026-12-06 13:32:53+00	2026-12-06 13:35:53+00	t
demo-post-20261206-00082	demo-chan-0004	demo-acc-00033	[demo] guaranteed 300% profit in 24h, visit http://crypto-double.example/82	eb94d65fa4c1e6f131d6a8d01a83b433a3d129acb9bac1edc918c2c9833e0240	2026-12-06 13:35:11+00	\N	\N	\N	\N	2026-12-06 13:35:11+00	2026-12-06 13:35:53+00	t
demo-post-20261206-00038	demo-chan-0005	demo-acc-00025	Good morning everyone, the weather is lovely today.	f33cea9b1ac085c90f3005344863ae01daa0f9a7346434e8d4f5b423c98d3fcb	2026-12-06 13:42:18+00	\N	\N	\N	\N	2026-12-06 13:42:18+00	2026-12-06 13:47:02+00	t
demo-post-20261206-00086	demo-chan-0001	demo-acc-00026	[demo] cheap followers, real accounts, fast delivery: http://followers-shop.example	221984bfc83dc390aec5cfe54859ca201f77afb1e5043f4e85747813c0c1dfd0	2026-12-06 13:58:05+00	\N	\N	\N	\N	2026-12-06 13:58:05+00	2026-12-06 13:59:59+00	t
demo-post-20261206-00005	demo-chan-0002	demo-acc-00024	The minister's statement today raises more questions than it answers.	2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d	2026-12-06 14:06:09+00	\N	\N	\N	\N	2026-12-06 14:06:09+00	2026-12-06 14:08:24+00	t
demo-post-20261206-00016	demo-chan-0003	demo-acc-00036	Peaceful march tomorrow at noon, bring water and stay safe.	0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014	2026-12-06 14:51:47+00	\N	\N	\N	\N	2026-12-06 14:51:47+00	2026-12-06 14:59:59+00	t
demo-post-20261206-00075	demo-chan-0001	demo-acc-00000	[demo] insult against a religious minority, calling for them to be expelled	1edbe17849a9674d56369a3c5f8f46004fd45b5e1d660c60246590985b1ae0fb	2026-12-06 15:03:56+00	\N	\N	\N	\N	2026-12-06 15:03:56+00	2026-12-06 15:07:13+00	t
demo-post-20261206-00036	demo-chan-0001	demo-acc-00020	Good morning everyone, the weather is lovely today.	f33cea9b1ac085c90f3005344863ae01daa0f9a7346434e8d4f5b423c98d3fcb	2026-12-06 15:11:01+00	\N	\N	\N	\N	2026-12-06 15:11:01+00	2026-12-06 15:26:18+00	t
demo-post-20261206-00037	demo-chan-0003	demo-acc-00007	Our investigation into public spending is out now.	1b2769bda5ec02c6c71e3a629ca71a261733b6ac7958307682d1619f83504c46	2026-12-06 15:13:55+00	\N	\N	\N	\N	2026-12-06 15:13:55+00	2026-12-06 15:26:18+00	t
demo-post-20261206-00050	demo-chan-0000	demo-acc-00004	Reminder: the meetup is moved to Thursday.	3dcb0b58c7c4e86a8f065e6ed5fc661fa16bd90612e70ba5564c1783e9b01930	2026-12-06 15:23:24+00	\N	\N	\N	\N	2026-12-06 15:23:24+00	2026-12-06 15:26:18+00	t
demo-post-20261206-00064	demo-chan-0003	demo-acc-00015	[demo] private photo of a person shared without consent	8bbe2fe4edb2e3bbc1a05337c70e4eaf30c2de922c74681ffd4ab924069a9289	2026-12-06 15:34:52+00	\N	\N	\N	\N	2026-12-06 15:34:52+00	2026-12-06 15:40:19+00	t
demo-post-20261206-00057	demo-chan-0004	demo-acc-00038	Peaceful march tomorrow at noon, bring water and stay safe.	0cdf96e37302018a4bf7dddfde70c1e05e899e15ab151e823ca7ed2e5baf7014	2026-12-06 15:54:54+00	\N	\N	\N	\N	2026-12-06 15:54:54+00	2026-12-06 15:59:59+00	t
demo-post-20261206-00048	demo-chan-0004	demo-acc-00010	Good morning everyone, the weather is lovely today.	f33cea9b1ac085c90f3005344863ae01daa0f9a7346434e8d4f5b423c98d3fcb	2026-12-06 16:05:16+00	\N	\N	\N	\N	2026-12-06 16:05:16+00	2026-12-06 16:26:43+00	t
demo-post-20261206-00049	demo-chan-0002	demo-acc-00033	New article: what the city council decided about the bike lanes.	23654fb41e9bad7a93ea0534d7aef5505d673968c2d4be8f759a85b0e6653238	2026-12-06 16:02:33+00	\N	\N	\N	\N	2026-12-06 16:02:33+00	2026-12-06 16:26:43+00	t
demo-post-20261206-00006	demo-chan-0004	demo-acc-00010	Reminder: the meetup is moved to Thursday.	3dcb0b58c7c4e86a8f065e6ed5fc661fa16bd90612e70ba5564c1783e9b01930	2026-12-06 16:34:17+00	\N	\N	\N	\N	2026-12-06 16:34:17+00	2026-12-06 16:59:59+00	t
demo-post-20261206-00022	demo-chan-0004	demo-acc-00035	Reminder: the meetup is moved to Thursday.	3dcb0b58c7c4e86a8f065e6ed5fc661fa16bd90612e70ba5564c1783e9b01930	2026-12-06 16:49:24+00	\N	\N	\N	\N	2026-12-06 16:49:24+00	2026-12-06 16:59:59+00	t
demo-post-20261206-00062	demo-chan-0003	demo-acc-00010	[demo] repeated harassment of a named classmate	791596b20cfeb6fbf78b8f6fa6417fa1a09d58fe38f5c13ef39d7341cd9033e1	2026-12-06 16:33:55+00	\N	\N	\N	\N	2026-12-06 16:33:55+00	2026-12-06 16:59:59+00	t
demo-post-20261206-00012	demo-chan-0003	demo-acc-00022	Reminder: the meetup is moved to Thursday.	3dcb0b58c7c4e86a8f065e6ed5fc661fa16bd90612e70ba5564c1783e9b01930	2026-12-06 17:43:56+00	\N	\N	\N	\N	2026-12-06 17:43:56+00	2026-12-06 17:53:32+00	t
demo-post-20261206-00015	demo-chan-0000	demo-acc-00002	New article: what the city council decided about the bike lanes.	23654fb41e9bad7a93ea0534d7aef5505d673968c2d4be8f759a85b0e6653238	2026-12-06 17:31:48+00	\N	\N	\N	\N	2026-12-06 17:31:48+00	2026-12-06 17:53:32+00	t
demo-post-20261206-00024	demo-chan-0005	demo-acc-00025	The minister's statement today raises more questions than it answers.	2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d	2026-12-06 17:11:29+00	\N	\N	\N	\N	2026-12-06 17:11:29+00	2026-12-06 17:53:32+00	t
demo-post-20261206-00025	demo-chan-0004	demo-acc-00038	Good morning everyone, the weather is lovely today.	f33cea9b1ac085c90f3005344863ae01daa0f9a7346434e8d4f5b423c98d3fcb	2026-12-06 17:03:30+00	\N	\N	\N	\N	2026-12-06 17:03:30+00	2026-12-06 17:53:32+00	t
demo-post-20261206-00026	demo-chan-0003	demo-acc-00032	Good morning everyone, the weather is lovely today.	f33cea9b1ac085c90f3005344863ae01daa0f9a7346434e8d4f5b423c98d3fcb	2026-12-06 17:23:08+00	\N	\N	\N	\N	2026-12-06 17:23:08+00	2026-12-06 17:53:32+00	t
demo-post-20261206-00028	demo-chan-0003	demo-acc-00003	Reminder: the meetup is moved to Thursday.	3dcb0b58c7c4e86a8f065e6ed5fc661fa16bd90612e70ba5564c1783e9b01930	2026-12-06 17:06:48+00	\N	\N	\N	\N	2026-12-06 17:06:48+00	2026-12-06 17:53:32+00	t
demo-post-20261206-00035	demo-chan-0003	demo-acc-00008	Our investigation into public spending is out now.	1b2769bda5ec02c6c71e3a629ca71a261733b6ac7958307682d1619f83504c46	2026-12-06 17:31:59+00	\N	\N	\N	\N	2026-12-06 17:31:59+00	2026-12-06 17:53:32+00	t
demo-post-20261206-00076	demo-chan-0000	demo-acc-00030	[demo] repeated harassment of a named classmate	791596b20cfeb6fbf78b8f6fa6417fa1a09d58fe38f5c13ef39d7341cd9033e1	2026-12-06 17:32:12+00	\N	\N	\N	\N	2026-12-06 17:32:12+00	2026-12-06 17:53:32+00	t
demo-post-20261206-00068	demo-chan-0000	demo-acc-00038	[demo] propaganda video of a listed terrorist organisation	891f78cc3ca395f419c378449fe1e29d2c2853582f3ed6da54bad994b16d1121	2026-12-06 18:07:12+00	\N	\N	\N	\N	2026-12-06 18:07:12+00	2026-12-06 18:34:38+00	t
demo-post-20261206-00045	demo-chan-0004	demo-acc-00028	New article: what the city council decided about the bike lanes.	23654fb41e9bad7a93ea0534d7aef5505d673968c2d4be8f759a85b0e6653238	2026-12-06 18:36:14+00	\N	\N	\N	\N	2026-12-06 18:36:14+00	2026-12-06 18:47:29+00	t
demo-post-20261206-00003	demo-chan-0003	demo-acc-00002	Good morning everyone, the weather is lovely today.	f33cea9b1ac085c90f3005344863ae01daa0f9a7346434e8d4f5b423c98d3fcb	2026-12-06 19:55:03+00	\N	\N	\N	\N	2026-12-06 19:55:03+00	2026-12-06 19:59:59+00	t
demo-post-20261206-00030	demo-chan-0001	demo-acc-00003	Match starts at 20:00, see you at the usual place.	2c0521258f47a253c92fa1cf048b1d4de25efb042568d20bf9cc35d70482d32a	2026-12-06 19:03:20+00	\N	\N	\N	\N	2026-12-06 19:03:20+00	2026-12-06 19:59:59+00	t
demo-post-20261206-00040	demo-chan-0003	demo-acc-00030	Match starts at 20:00, see you at the usual place.	2c0521258f47a253c92fa1cf048b1d4de25efb042568d20bf9cc35d70482d32a	2026-12-06 19:25:57+00	\N	\N	\N	\N	2026-12-06 19:25:57+00	2026-12-06 19:59:59+00	t
demo-post-20261206-00044	demo-chan-0000	demo-acc-00013	The minister's statement today raises more questions than it answers.	2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d	2026-12-06 19:07:04+00	\N	\N	\N	\N	2026-12-06 19:07:04+00	2026-12-06 19:59:59+00	t
demo-post-20261206-00059	demo-chan-0000	demo-acc-00023	Match starts at 20:00, see you at the usual place.	2c0521258f47a253c92fa1cf048b1d4de25efb042568d20bf9cc35d70482d32a	2026-12-06 19:20:48+00	\N	\N	\N	\N	2026-12-06 19:20:48+00	2026-12-06 19:59:59+00	t
demo-post-20261206-00084	demo-chan-0000	demo-acc-00035	[demo] re-upload of a known terrorist propaganda image	ba9b6f494507927cffa2e15378009c85d58c303d134685ded93a825315aa0634	2026-12-06 19:48:35+00	\N	\N	\N	\N	2026-12-06 19:48:35+00	2026-12-06 19:59:59+00	t
demo-post-20261206-00027	demo-chan-0000	demo-acc-00033	New article: what the city council decided about the bike lanes.	23654fb41e9bad7a93ea0534d7aef5505d673968c2d4be8f759a85b0e6653238	2026-12-06 20:05:17+00	\N	\N	\N	\N	2026-12-06 20:05:17+00	2026-12-06 20:19:46+00	t
demo-post-20261206-00092	demo-chan-0004	demo-acc-00010	[demo] post reported by an authority	9fc0eabd9a0481a2aa247f7d4b4a8d7be248e8c4db1c2874688ebd5166d439ac	2026-12-06 20:01:03+00	\N	\N	\N	\N	2026-12-06 20:01:03+00	2026-12-06 20:19:46+00	t
demo-post-20261206-00010	demo-chan-0004	demo-acc-00036	Reminder: the meetup is moved to Thursday.	3dcb0b58c7c4e86a8f065e6ed5fc661fa16bd90612e70ba5564c1783e9b01930	2026-12-06 20:39:31+00	\N	\N	\N	\N	2026-12-06 20:39:31+00	2026-12-06 20:59:59+00	t
demo-post-20261206-00039	demo-chan-0004	demo-acc-00008	Our investigation into public spending is out now.	1b2769bda5ec02c6c71e3a629ca71a261733b6ac7958307682d1619f83504c46	2026-12-06 20:37:00+00	\N	\N	\N	\N	2026-12-06 20:37:00+00	2026-12-06 20:59:59+00	t
demo-post-20261206-00004	demo-chan-0000	demo-acc-00028	Match starts at 20:00, see you at the usual place.	2c0521258f47a253c92fa1cf048b1d4de25efb042568d20bf9cc35d70482d32a	2026-12-06 21:31:09+00	\N	\N	\N	\N	2026-12-06 21:31:09+00	2026-12-06 21:37:38+00	t
demo-post-20261206-00020	demo-chan-0000	demo-acc-00012	The minister's statement today raises more questions than it answers.	2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d	2026-12-06 21:35:23+00	\N	\N	\N	\N	2026-12-06 21:35:23+00	2026-12-06 21:37:38+00	t
demo-post-20261206-00033	demo-chan-0003	demo-acc-00001	Our investigation into public spending is out now.	1b2769bda5ec02c6c71e3a629ca71a261733b6ac7958307682d1619f83504c46	2026-12-06 21:03:05+00	\N	\N	\N	\N	2026-12-06 21:03:05+00	2026-12-06 21:37:38+00	t
demo-post-20261206-00053	demo-chan-0003	demo-acc-00033	The minister's statement today raises more questions than it answers.	2a2a86fd6c762a722f9b9cc05bdbeb9f6565cc2f5fce53de2a38820f6753272d	2026-12-06 21:31:12+00	\N	\N	\N	\N	2026-12-06 21:31:12+00	2026-12-06 21:37:38+00	t
demo-post-20261206-00073	demo-chan-0002	demo-acc-00011	[demo] insult against a religious minority, calling for them to be expelled	1edbe17849a9674d56369a3c5f8f46004fd45b5e1d660c60246590985b1ae0fb	2026-12-06 21:07:18+00	\N	\N	\N	\N	2026-12-06 21:07:18+00	2026-12-06 21:37:38+00	t
demo-post-20261206-00018	demo-chan-0004	demo-acc-00022	Our investigation into public spending is out now.	1b2769bda5ec02c6c71e3a629ca71a261733b6ac7958307682d1619f83504c46	2026-12-06 21:41:27+00	\N	\N	\N	\N	2026-12-06 21:41:27+00	2026-12-06 21:59:59+00	t
\.


--
-- Data for Name: preservation_snapshots; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.preservation_snapshots (id, request_id, basis, targets, content_encrypted, content_sha256, hold_ids, held_until, extensions, created_at, created_by, purged_at) FROM stdin;
\.


--
-- Data for Name: process_heartbeats; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.process_heartbeats (id, kind, roles, host, pid, started_at, seen_at, processed, errors, leader, state) FROM stdin;
\.


--
-- Data for Name: published_reports; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.published_reports (date, tree_size, root, previous_root, published_at, numbers, files) FROM stdin;
2026-12-06	47	254dfca68a568c5b0243856276658b18512d0a9b6860c6de941ebc25a44864a7	\N	2026-12-07 00:07:00+00	{"date": "2026-12-06", "appeals": {"upheld": 1, "decided": 2, "received": 2, "reversed": 1, "reversals": 1, "partially_reversed": 0}, "acted_on": 21, "decisions": 28, "no_action": 7, "leaves_by_kind": {"appeal": 4, "decision": 28, "authority_answer": 7, "authority_request": 8}, "actions_by_kind": {"remove_post": 15, "restrict_post": 6, "suspend_account": 1}, "actions_by_scope": {"worldwide": 16, "restricted": 6}, "acted_on_by_source": {"user_notice": 8, "authority_order": 3, "trusted_flagger": 1, "own_initiative_automated": 9}, "automated_decisions": 3, "automated_detection": 9, "automated_precision": {"qa_agreed": 0, "qa_reviewed": 0, "qa_precision": null, "appeals_decided": 0, "appeals_reversed": 0}, "decisions_by_source": {"user_notice": 13, "authority_order": 3, "trusted_flagger": 3, "own_initiative_automated": 9}, "acted_on_by_category": {"STATEMENT_CATEGORY_CYBER_VIOLENCE": 3, "STATEMENT_CATEGORY_SCAMS_AND_FRAUD": 5, "STATEMENT_CATEGORY_OTHER_VIOLATION_TC": 3, "STATEMENT_CATEGORY_NOT_SPECIFIED_ORDER": 2, "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY": 3, "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH": 5}, "acted_on_by_item_kind": {"post": 21}, "qa_reviewed_by_source": {}, "restricted_by_country": {"DE": 5, "FR": 1}, "qa_precision_by_source": {}, "time_to_action_seconds": {"p90": 27105, "count": 12, "median": 8560}, "qa_reviewed_by_category": {}, "authority_answer_seconds": {"p90": 42132, "late": 0, "count": 7, "median": 17059}, "qa_precision_by_category": {}, "authority_requests_by_type": {"block_channel": 1, "removal_order": 5, "encryption_key": 1, "production_order": 1}, "authority_requests_received": 8, "authority_answers_by_outcome": {"refused": 2, "complied": 3, "need_more_info": 1, "partially_complied": 1}, "authority_refusals_by_ground": {"R-KEYS-NEVER": 1, "R-PROTECTED-EXPRESSION": 1}, "time_to_action_p90_by_source": {"user_notice": 57405, "authority_order": 27105, "trusted_flagger": 2657}, "authority_requests_by_country": {"BR": 1, "DE": 2, "FR": 1, "IT": 1, "PL": 1, "RU": 1, "US": 1}, "authority_requests_by_outcome": {"pending": 1, "refused": 2, "complied": 3, "need_more_info": 1, "partially_complied": 1}, "time_to_action_median_by_source": {"user_notice": 8693, "authority_order": 8560, "trusted_flagger": 2657}}	{"root.json": "{\\n  \\"date\\": \\"2026-12-06\\",\\n  \\"tree_size\\": 47,\\n  \\"root\\": \\"254dfca68a568c5b0243856276658b18512d0a9b6860c6de941ebc25a44864a7\\",\\n  \\"previous_root\\": null,\\n  \\"report_sha256\\": \\"1d381f2ac275725ad901b43c4ddf44e7537693c64111f58968618263f88f1130\\",\\n  \\"public_key\\": \\"JFhG04HgcPZDI6J3gtQ5DrP9sDhSXwmhadWGi/udj+4=\\",\\n  \\"signature\\": \\"ltQdfwOYgyz1Tik4jXPwR4AFTJgZZRjiPu2NScz1Zh/ExK/c+PrHrKEXU6XzVr6go2bbHWFRW+S1jLmWj3bjAg==\\"\\n}\\n", "index.html": "<!doctype html>\\n<html lang=\\"en\\"><head><meta charset=\\"utf-8\\">\\n<meta name=\\"viewport\\" content=\\"width=device-width, initial-scale=1\\">\\n<title>Transparency report 2026-12-06</title>\\n<style>\\nbody{font:16px/1.5 system-ui,-apple-system,\\"Segoe UI\\",Roboto,sans-serif;color:#222;margin:0 auto;max-width:60rem;padding:1rem}\\nh1{font-size:1.5rem;line-height:1.25}h2{font-size:1.15rem;margin-top:2rem}\\n.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,28rem),1fr));gap:1.5rem}\\nfigure.chart{margin:0;border:1px solid #ddd;border-radius:6px;padding:.5rem;background:#fff}\\nfigure.chart svg{display:block;width:100%;height:auto}\\n.facts{display:flex;flex-wrap:wrap;gap:1rem;padding:0;list-style:none}\\n.facts li{border:1px solid #ddd;border-radius:6px;padding:.5rem .75rem}.facts strong{display:block;font-size:1.4rem}\\ntable{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border-bottom:1px solid #eee;padding:.25rem .5rem;text-align:left;overflow-wrap:anywhere}\\ncode{overflow-wrap:anywhere;font-size:.85em}\\n</style></head><body>\\n<p><a href=\\"../\\">All reports</a></p>\\n<h1>Transparency report for 2026-12-06 (UTC)</h1>\\n<ul class=\\"facts\\">\\n<li><strong>28</strong> decisions</li>\\n<li><strong>21</strong> acted on</li>\\n<li><strong>2.4 h</strong> median time to action</li>\\n<li><strong>8</strong> authority requests</li>\\n<li><strong>2</strong> appeals received, 1 reversals</li>\\n<li><strong>–</strong> precision of automated decisions (0 reviewed blind)</li>\\n</ul>\\n<div class=\\"charts\\">\\n<figure class=\\"chart\\" id=\\"by-category\\">\\n<svg xmlns=\\"http://www.w3.org/2000/svg\\" class=\\"chart-hbar\\" viewBox=\\"0 0 480 310.0\\" width=\\"480\\" height=\\"310.0\\" role=\\"img\\" aria-labelledby=\\"by-category-title by-category-desc\\" font-family=\\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\\" font-size=\\"14\\">\\n<title id=\\"by-category-title\\">Items acted on, by category</title>\\n<desc id=\\"by-category-desc\\">Items acted on, by category: Illegal or harmful speech 5; Scams and/or fraud 5; Cyber violence 3; Other violation of provider’s terms and conditions 3; Risk for public security 3; Authority order (category not specified) 2.</desc>\\n<text class=\\"chart-title\\" x=\\"8\\" y=\\"22\\" font-size=\\"16\\" font-weight=\\"700\\" fill=\\"#111\\" aria-hidden=\\"true\\">Items acted on, by category</text>\\n<text x=\\"8.0\\" y=\\"57.0\\" fill=\\"#222\\">Illegal or harmful speech</text>\\n<rect class=\\"bar\\" x=\\"8.0\\" y=\\"62.0\\" width=\\"400.0\\" height=\\"16.0\\" fill=\\"#0072b2\\" data-series=\\"STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH\\" data-value=\\"5.0\\"><title>Illegal or harmful speech: 5</title></rect>\\n<text x=\\"414.0\\" y=\\"75.0\\" fill=\\"#222\\" font-weight=\\"600\\">5</text>\\n<text x=\\"8.0\\" y=\\"101.0\\" fill=\\"#222\\">Scams and/or fraud</text>\\n<rect class=\\"bar\\" x=\\"8.0\\" y=\\"106.0\\" width=\\"400.0\\" height=\\"16.0\\" fill=\\"#0072b2\\" data-series=\\"STATEMENT_CATEGORY_SCAMS_AND_FRAUD\\" data-value=\\"5.0\\"><title>Scams and/or fraud: 5</title></rect>\\n<text x=\\"414.0\\" y=\\"119.0\\" fill=\\"#222\\" font-weight=\\"600\\">5</text>\\n<text x=\\"8.0\\" y=\\"145.0\\" fill=\\"#222\\">Cyber violence</text>\\n<rect class=\\"bar\\" x=\\"8.0\\" y=\\"150.0\\" width=\\"240.0\\" height=\\"16.0\\" fill=\\"#0072b2\\" data-series=\\"STATEMENT_CATEGORY_CYBER_VIOLENCE\\" data-value=\\"3.0\\"><title>Cyber violence: 3</title></rect>\\n<text x=\\"254.0\\" y=\\"163.0\\" fill=\\"#222\\" font-weight=\\"600\\">3</text>\\n<text x=\\"8.0\\" y=\\"189.0\\" fill=\\"#222\\">Other violation of provider’s terms and conditions</text>\\n<rect class=\\"bar\\" x=\\"8.0\\" y=\\"194.0\\" width=\\"240.0\\" height=\\"16.0\\" fill=\\"#0072b2\\" data-series=\\"STATEMENT_CATEGORY_OTHER_VIOLATION_TC\\" data-value=\\"3.0\\"><title>Other violation of provider’s terms and conditions: 3</title></rect>\\n<text x=\\"254.0\\" y=\\"207.0\\" fill=\\"#222\\" font-weight=\\"600\\">3</text>\\n<text x=\\"8.0\\" y=\\"233.0\\" fill=\\"#222\\">Risk for public security</text>\\n<rect class=\\"bar\\" x=\\"8.0\\" y=\\"238.0\\" width=\\"240.0\\" height=\\"16.0\\" fill=\\"#0072b2\\" data-series=\\"STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY\\" data-value=\\"3.0\\"><title>Risk for public security: 3</title></rect>\\n<text x=\\"254.0\\" y=\\"251.0\\" fill=\\"#222\\" font-weight=\\"600\\">3</text>\\n<text x=\\"8.0\\" y=\\"277.0\\" fill=\\"#222\\">Authority order (category not specified)</text>\\n<rect class=\\"bar\\" x=\\"8.0\\" y=\\"282.0\\" width=\\"160.0\\" height=\\"16.0\\" fill=\\"#0072b2\\" data-series=\\"STATEMENT_CATEGORY_NOT_SPECIFIED_ORDER\\" data-value=\\"2.0\\"><title>Authority order (category not specified): 2</title></rect>\\n<text x=\\"174.0\\" y=\\"295.0\\" fill=\\"#222\\" font-weight=\\"600\\">2</text>\\n</svg>\\n</figure>\\n<figure class=\\"chart\\" id=\\"by-source\\">\\n<svg xmlns=\\"http://www.w3.org/2000/svg\\" class=\\"chart-hbar\\" viewBox=\\"0 0 480 222.0\\" width=\\"480\\" height=\\"222.0\\" role=\\"img\\" aria-labelledby=\\"by-source-title by-source-desc\\" font-family=\\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\\" font-size=\\"14\\">\\n<title id=\\"by-source-title\\">Items acted on, by source</title>\\n<desc id=\\"by-source-desc\\">Items acted on, by source: Own initiative, automated 9; User notices 8; Authority orders 3; Trusted flaggers 1.</desc>\\n<text class=\\"chart-title\\" x=\\"8\\" y=\\"22\\" font-size=\\"16\\" font-weight=\\"700\\" fill=\\"#111\\" aria-hidden=\\"true\\">Items acted on, by source</text>\\n<text x=\\"8.0\\" y=\\"57.0\\" fill=\\"#222\\">Own initiative, automated</text>\\n<rect class=\\"bar\\" x=\\"8.0\\" y=\\"62.0\\" width=\\"400.0\\" height=\\"16.0\\" fill=\\"#0072b2\\" data-series=\\"own_initiative_automated\\" data-value=\\"9.0\\"><title>Own initiative, automated: 9</title></rect>\\n<text x=\\"414.0\\" y=\\"75.0\\" fill=\\"#222\\" font-weight=\\"600\\">9</text>\\n<text x=\\"8.0\\" y=\\"101.0\\" fill=\\"#222\\">User notices</text>\\n<rect class=\\"bar\\" x=\\"8.0\\" y=\\"106.0\\" width=\\"355.6\\" height=\\"16.0\\" fill=\\"#0072b2\\" data-series=\\"user_notice\\" data-value=\\"8.0\\"><title>User notices: 8</title></rect>\\n<text x=\\"369.6\\" y=\\"119.0\\" fill=\\"#222\\" font-weight=\\"600\\">8</text>\\n<text x=\\"8.0\\" y=\\"145.0\\" fill=\\"#222\\">Authority orders</text>\\n<rect class=\\"bar\\" x=\\"8.0\\" y=\\"150.0\\" width=\\"133.3\\" height=\\"16.0\\" fill=\\"#0072b2\\" data-series=\\"authority_order\\" data-value=\\"3.0\\"><title>Authority orders: 3</title></rect>\\n<text x=\\"147.3\\" y=\\"163.0\\" fill=\\"#222\\" font-weight=\\"600\\">3</text>\\n<text x=\\"8.0\\" y=\\"189.0\\" fill=\\"#222\\">Trusted flaggers</text>\\n<rect class=\\"bar\\" x=\\"8.0\\" y=\\"194.0\\" width=\\"44.4\\" height=\\"16.0\\" fill=\\"#0072b2\\" data-series=\\"trusted_flagger\\" data-value=\\"1.0\\"><title>Trusted flaggers: 1</title></rect>\\n<text x=\\"58.4\\" y=\\"207.0\\" fill=\\"#222\\" font-weight=\\"600\\">1</text>\\n</svg>\\n</figure>\\n<figure class=\\"chart\\" id=\\"time-by-source\\">\\n<svg xmlns=\\"http://www.w3.org/2000/svg\\" class=\\"chart-hbar\\" viewBox=\\"0 0 480 178.0\\" width=\\"480\\" height=\\"178.0\\" role=\\"img\\" aria-labelledby=\\"time-by-source-title time-by-source-desc\\" font-family=\\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\\" font-size=\\"14\\">\\n<title id=\\"time-by-source-title\\">Median hours from notice or order to action</title>\\n<desc id=\\"time-by-source-desc\\">Median hours from notice or order to action: User notices 2.41 h; Authority orders 2.38 h; Trusted flaggers 0.74 h.</desc>\\n<text class=\\"chart-title\\" x=\\"8\\" y=\\"22\\" font-size=\\"16\\" font-weight=\\"700\\" fill=\\"#111\\" aria-hidden=\\"true\\">Median hours from notice or order to action</text>\\n<text x=\\"8.0\\" y=\\"57.0\\" fill=\\"#222\\">User notices</text>\\n<rect class=\\"bar\\" x=\\"8.0\\" y=\\"62.0\\" width=\\"400.0\\" height=\\"16.0\\" fill=\\"#0072b2\\" data-series=\\"user_notice\\" data-value=\\"2.41\\"><title>User notices: 2.41 h</title></rect>\\n<text x=\\"414.0\\" y=\\"75.0\\" fill=\\"#222\\" font-weight=\\"600\\">2.41 h</text>\\n<text x=\\"8.0\\" y=\\"101.0\\" fill=\\"#222\\">Authority orders</text>\\n<rect class=\\"bar\\" x=\\"8.0\\" y=\\"106.0\\" width=\\"395.0\\" height=\\"16.0\\" fill=\\"#0072b2\\" data-series=\\"authority_order\\" data-value=\\"2.38\\"><title>Authority orders: 2.38 h</title></rect>\\n<text x=\\"409.0\\" y=\\"119.0\\" fill=\\"#222\\" font-weight=\\"600\\">2.38 h</text>\\n<text x=\\"8.0\\" y=\\"145.0\\" fill=\\"#222\\">Trusted flaggers</text>\\n<rect class=\\"bar\\" x=\\"8.0\\" y=\\"150.0\\" width=\\"122.8\\" height=\\"16.0\\" fill=\\"#0072b2\\" data-series=\\"trusted_flagger\\" data-value=\\"0.74\\"><title>Trusted flaggers: 0.74 h</title></rect>\\n<text x=\\"136.8\\" y=\\"163.0\\" fill=\\"#222\\" font-weight=\\"600\\">0.74 h</text>\\n</svg>\\n</figure>\\n<figure class=\\"chart\\" id=\\"authority-outcomes\\">\\n<svg xmlns=\\"http://www.w3.org/2000/svg\\" class=\\"chart-hbar\\" viewBox=\\"0 0 480 266.0\\" width=\\"480\\" height=\\"266.0\\" role=\\"img\\" aria-labelledby=\\"authority-outcomes-title authority-outcomes-desc\\" font-family=\\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\\" font-size=\\"14\\">\\n<title id=\\"authority-outcomes-title\\">Authority requests received, by outcome</title>\\n<desc id=\\"authority-outcomes-desc\\">Authority requests received, by outcome: Complied 3; Partially complied 1; Refused 2; Need more information 1; Pending 1.</desc>\\n<text class=\\"chart-title\\" x=\\"8\\" y=\\"22\\" font-size=\\"16\\" font-weight=\\"700\\" fill=\\"#111\\" aria-hidden=\\"true\\">Authority requests received, by outcome</text>\\n<text x=\\"8.0\\" y=\\"57.0\\" fill=\\"#222\\">Complied</text>\\n<rect class=\\"bar\\" x=\\"8.0\\" y=\\"62.0\\" width=\\"400.0\\" height=\\"16.0\\" fill=\\"#0072b2\\" data-series=\\"complied\\" data-value=\\"3.0\\"><title>Complied: 3</title></rect>\\n<text x=\\"414.0\\" y=\\"75.0\\" fill=\\"#222\\" font-weight=\\"600\\">3</text>\\n<text x=\\"8.0\\" y=\\"101.0\\" fill=\\"#222\\">Partially complied</text>\\n<rect class=\\"bar\\" x=\\"8.0\\" y=\\"106.0\\" width=\\"133.3\\" height=\\"16.0\\" fill=\\"#0072b2\\" data-series=\\"partially_complied\\" data-value=\\"1.0\\"><title>Partially complied: 1</title></rect>\\n<text x=\\"147.3\\" y=\\"119.0\\" fill=\\"#222\\" font-weight=\\"600\\">1</text>\\n<text x=\\"8.0\\" y=\\"145.0\\" fill=\\"#222\\">Refused</text>\\n<rect class=\\"bar\\" x=\\"8.0\\" y=\\"150.0\\" width=\\"266.7\\" height=\\"16.0\\" fill=\\"#0072b2\\" data-series=\\"refused\\" data-value=\\"2.0\\"><title>Refused: 2</title></rect>\\n<text x=\\"280.7\\" y=\\"163.0\\" fill=\\"#222\\" font-weight=\\"600\\">2</text>\\n<text x=\\"8.0\\" y=\\"189.0\\" fill=\\"#222\\">Need more information</text>\\n<rect class=\\"bar\\" x=\\"8.0\\" y=\\"194.0\\" width=\\"133.3\\" height=\\"16.0\\" fill=\\"#0072b2\\" data-series=\\"need_more_info\\" data-value=\\"1.0\\"><title>Need more information: 1</title></rect>\\n<text x=\\"147.3\\" y=\\"207.0\\" fill=\\"#222\\" font-weight=\\"600\\">1</text>\\n<text x=\\"8.0\\" y=\\"233.0\\" fill=\\"#222\\">Pending</text>\\n<rect class=\\"bar\\" x=\\"8.0\\" y=\\"238.0\\" width=\\"133.3\\" height=\\"16.0\\" fill=\\"#0072b2\\" data-series=\\"pending\\" data-value=\\"1.0\\"><title>Pending: 1</title></rect>\\n<text x=\\"147.3\\" y=\\"251.0\\" fill=\\"#222\\" font-weight=\\"600\\">1</text>\\n</svg>\\n</figure>\\n<figure class=\\"chart\\" id=\\"refusal-grounds\\">\\n<svg xmlns=\\"http://www.w3.org/2000/svg\\" class=\\"chart-hbar\\" viewBox=\\"0 0 480 134.0\\" width=\\"480\\" height=\\"134.0\\" role=\\"img\\" aria-labelledby=\\"refusal-grounds-title refusal-grounds-desc\\" font-family=\\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\\" font-size=\\"14\\">\\n<title id=\\"refusal-grounds-title\\">Authority requests refused, by ground</title>\\n<desc id=\\"refusal-grounds-desc\\">Authority requests refused, by ground: R-keys-never 1; R-protected-expression 1.</desc>\\n<text class=\\"chart-title\\" x=\\"8\\" y=\\"22\\" font-size=\\"16\\" font-weight=\\"700\\" fill=\\"#111\\" aria-hidden=\\"true\\">Authority requests refused, by ground</text>\\n<text x=\\"8.0\\" y=\\"57.0\\" fill=\\"#222\\">R-keys-never</text>\\n<rect class=\\"bar\\" x=\\"8.0\\" y=\\"62.0\\" width=\\"400.0\\" height=\\"16.0\\" fill=\\"#0072b2\\" data-series=\\"R-KEYS-NEVER\\" data-value=\\"1.0\\"><title>R-keys-never: 1</title></rect>\\n<text x=\\"414.0\\" y=\\"75.0\\" fill=\\"#222\\" font-weight=\\"600\\">1</text>\\n<text x=\\"8.0\\" y=\\"101.0\\" fill=\\"#222\\">R-protected-expression</text>\\n<rect class=\\"bar\\" x=\\"8.0\\" y=\\"106.0\\" width=\\"400.0\\" height=\\"16.0\\" fill=\\"#0072b2\\" data-series=\\"R-PROTECTED-EXPRESSION\\" data-value=\\"1.0\\"><title>R-protected-expression: 1</title></rect>\\n<text x=\\"414.0\\" y=\\"119.0\\" fill=\\"#222\\" font-weight=\\"600\\">1</text>\\n</svg>\\n</figure>\\n</div>\\n<h2>Check these numbers</h2>\\n<p>Every number below is computed from the 47 records in <a href=\\"leaves.jsonl\\">leaves.jsonl</a>,\\nwhose Merkle root <code>254dfca68a568c5b0243856276658b18512d0a9b6860c6de941ebc25a44864a7</code> is signed in <a href=\\"root.json\\">root.json</a>\\n(previous day's root: <code>none</code>).\\nRun <code>safeharbour report verify DIR</code> on the downloaded files.\\nMachine-readable: <a href=\\"report.json\\">report.json</a>, <a href=\\"report.csv\\">report.csv</a>.</p>\\n<table><thead><tr><th>metric</th><th>key</th><th>value</th></tr></thead>\\n<tbody>\\n<tr><td>leaves_by_kind</td><td>appeal</td><td>4</td></tr>\\n<tr><td>leaves_by_kind</td><td>authority_answer</td><td>7</td></tr>\\n<tr><td>leaves_by_kind</td><td>authority_request</td><td>8</td></tr>\\n<tr><td>leaves_by_kind</td><td>decision</td><td>28</td></tr>\\n<tr><td>decisions</td><td></td><td>28</td></tr>\\n<tr><td>acted_on</td><td></td><td>21</td></tr>\\n<tr><td>no_action</td><td></td><td>7</td></tr>\\n<tr><td>acted_on_by_item_kind</td><td>post</td><td>21</td></tr>\\n<tr><td>acted_on_by_category</td><td>STATEMENT_CATEGORY_CYBER_VIOLENCE</td><td>3</td></tr>\\n<tr><td>acted_on_by_category</td><td>STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH</td><td>5</td></tr>\\n<tr><td>acted_on_by_category</td><td>STATEMENT_CATEGORY_NOT_SPECIFIED_ORDER</td><td>2</td></tr>\\n<tr><td>acted_on_by_category</td><td>STATEMENT_CATEGORY_OTHER_VIOLATION_TC</td><td>3</td></tr>\\n<tr><td>acted_on_by_category</td><td>STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY</td><td>3</td></tr>\\n<tr><td>acted_on_by_category</td><td>STATEMENT_CATEGORY_SCAMS_AND_FRAUD</td><td>5</td></tr>\\n<tr><td>acted_on_by_source</td><td>authority_order</td><td>3</td></tr>\\n<tr><td>acted_on_by_source</td><td>own_initiative_automated</td><td>9</td></tr>\\n<tr><td>acted_on_by_source</td><td>trusted_flagger</td><td>1</td></tr>\\n<tr><td>acted_on_by_source</td><td>user_notice</td><td>8</td></tr>\\n<tr><td>decisions_by_source</td><td>authority_order</td><td>3</td></tr>\\n<tr><td>decisions_by_source</td><td>own_initiative_automated</td><td>9</td></tr>\\n<tr><td>decisions_by_source</td><td>trusted_flagger</td><td>3</td></tr>\\n<tr><td>decisions_by_source</td><td>user_notice</td><td>13</td></tr>\\n<tr><td>actions_by_kind</td><td>remove_post</td><td>15</td></tr>\\n<tr><td>actions_by_kind</td><td>restrict_post</td><td>6</td></tr>\\n<tr><td>actions_by_kind</td><td>suspend_account</td><td>1</td></tr>\\n<tr><td>actions_by_scope</td><td>restricted</td><td>6</td></tr>\\n<tr><td>actions_by_scope</td><td>worldwide</td><td>16</td></tr>\\n<tr><td>restricted_by_country</td><td>DE</td><td>5</td></tr>\\n<tr><td>restricted_by_country</td><td>FR</td><td>1</td></tr>\\n<tr><td>automated_decisions</td><td></td><td>3</td></tr>\\n<tr><td>automated_detection</td><td></td><td>9</td></tr>\\n<tr><td>time_to_action_seconds</td><td>count</td><td>12</td></tr>\\n<tr><td>time_to_action_seconds</td><td>median</td><td>8560</td></tr>\\n<tr><td>time_to_action_seconds</td><td>p90</td><td>27105</td></tr>\\n<tr><td>time_to_action_median_by_source</td><td>authority_order</td><td>8560</td></tr>\\n<tr><td>time_to_action_median_by_source</td><td>trusted_flagger</td><td>2657</td></tr>\\n<tr><td>time_to_action_median_by_source</td><td>user_notice</td><td>8693</td></tr>\\n<tr><td>time_to_action_p90_by_source</td><td>authority_order</td><td>27105</td></tr>\\n<tr><td>time_to_action_p90_by_source</td><td>trusted_flagger</td><td>2657</td></tr>\\n<tr><td>time_to_action_p90_by_source</td><td>user_notice</td><td>57405</td></tr>\\n<tr><td>authority_requests_received</td><td></td><td>8</td></tr>\\n<tr><td>authority_requests_by_country</td><td>BR</td><td>1</td></tr>\\n<tr><td>authority_requests_by_country</td><td>DE</td><td>2</td></tr>\\n<tr><td>authority_requests_by_country</td><td>FR</td><td>1</td></tr>\\n<tr><td>authority_requests_by_country</td><td>IT</td><td>1</td></tr>\\n<tr><td>authority_requests_by_country</td><td>PL</td><td>1</td></tr>\\n<tr><td>authority_requests_by_country</td><td>RU</td><td>1</td></tr>\\n<tr><td>authority_requests_by_country</td><td>US</td><td>1</td></tr>\\n<tr><td>authority_requests_by_type</td><td>block_channel</td><td>1</td></tr>\\n<tr><td>authority_requests_by_type</td><td>encryption_key</td><td>1</td></tr>\\n<tr><td>authority_requests_by_type</td><td>production_order</td><td>1</td></tr>\\n<tr><td>authority_requests_by_type</td><td>removal_order</td><td>5</td></tr>\\n<tr><td>authority_requests_by_outcome</td><td>complied</td><td>3</td></tr>\\n<tr><td>authority_requests_by_outcome</td><td>partially_complied</td><td>1</td></tr>\\n<tr><td>authority_requests_by_outcome</td><td>refused</td><td>2</td></tr>\\n<tr><td>authority_requests_by_outcome</td><td>need_more_info</td><td>1</td></tr>\\n<tr><td>authority_requests_by_outcome</td><td>pending</td><td>1</td></tr>\\n<tr><td>authority_answers_by_outcome</td><td>complied</td><td>3</td></tr>\\n<tr><td>authority_answers_by_outcome</td><td>partially_complied</td><td>1</td></tr>\\n<tr><td>authority_answers_by_outcome</td><td>refused</td><td>2</td></tr>\\n<tr><td>authority_answers_by_outcome</td><td>need_more_info</td><td>1</td></tr>\\n<tr><td>authority_refusals_by_ground</td><td>R-KEYS-NEVER</td><td>1</td></tr>\\n<tr><td>authority_refusals_by_ground</td><td>R-PROTECTED-EXPRESSION</td><td>1</td></tr>\\n<tr><td>authority_answer_seconds</td><td>count</td><td>7</td></tr>\\n<tr><td>authority_answer_seconds</td><td>median</td><td>17059</td></tr>\\n<tr><td>authority_answer_seconds</td><td>p90</td><td>42132</td></tr>\\n<tr><td>authority_answer_seconds</td><td>late</td><td>0</td></tr>\\n<tr><td>appeals</td><td>received</td><td>2</td></tr>\\n<tr><td>appeals</td><td>decided</td><td>2</td></tr>\\n<tr><td>appeals</td><td>upheld</td><td>1</td></tr>\\n<tr><td>appeals</td><td>reversed</td><td>1</td></tr>\\n<tr><td>appeals</td><td>partially_reversed</td><td>0</td></tr>\\n<tr><td>appeals</td><td>reversals</td><td>1</td></tr>\\n<tr><td>automated_precision</td><td>qa_reviewed</td><td>0</td></tr>\\n<tr><td>automated_precision</td><td>qa_agreed</td><td>0</td></tr>\\n<tr><td>automated_precision</td><td>qa_precision</td><td></td></tr>\\n<tr><td>automated_precision</td><td>appeals_decided</td><td>0</td></tr>\\n<tr><td>automated_precision</td><td>appeals_reversed</td><td>0</td></tr>\\n</tbody></table>\\n</body></html>", "report.csv": "date,metric,key,value\\n2026-12-06,leaves_by_kind,appeal,4\\n2026-12-06,leaves_by_kind,authority_answer,7\\n2026-12-06,leaves_by_kind,authority_request,8\\n2026-12-06,leaves_by_kind,decision,28\\n2026-12-06,decisions,,28\\n2026-12-06,acted_on,,21\\n2026-12-06,no_action,,7\\n2026-12-06,acted_on_by_item_kind,post,21\\n2026-12-06,acted_on_by_category,STATEMENT_CATEGORY_CYBER_VIOLENCE,3\\n2026-12-06,acted_on_by_category,STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH,5\\n2026-12-06,acted_on_by_category,STATEMENT_CATEGORY_NOT_SPECIFIED_ORDER,2\\n2026-12-06,acted_on_by_category,STATEMENT_CATEGORY_OTHER_VIOLATION_TC,3\\n2026-12-06,acted_on_by_category,STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY,3\\n2026-12-06,acted_on_by_category,STATEMENT_CATEGORY_SCAMS_AND_FRAUD,5\\n2026-12-06,acted_on_by_source,authority_order,3\\n2026-12-06,acted_on_by_source,own_initiative_automated,9\\n2026-12-06,acted_on_by_source,trusted_flagger,1\\n2026-12-06,acted_on_by_source,user_notice,8\\n2026-12-06,decisions_by_source,authority_order,3\\n2026-12-06,decisions_by_source,own_initiative_automated,9\\n2026-12-06,decisions_by_source,trusted_flagger,3\\n2026-12-06,decisions_by_source,user_notice,13\\n2026-12-06,actions_by_kind,remove_post,15\\n2026-12-06,actions_by_kind,restrict_post,6\\n2026-12-06,actions_by_kind,suspend_account,1\\n2026-12-06,actions_by_scope,restricted,6\\n2026-12-06,actions_by_scope,worldwide,16\\n2026-12-06,restricted_by_country,DE,5\\n2026-12-06,restricted_by_country,FR,1\\n2026-12-06,automated_decisions,,3\\n2026-12-06,automated_detection,,9\\n2026-12-06,time_to_action_seconds,count,12\\n2026-12-06,time_to_action_seconds,median,8560\\n2026-12-06,time_to_action_seconds,p90,27105\\n2026-12-06,time_to_action_median_by_source,authority_order,8560\\n2026-12-06,time_to_action_median_by_source,trusted_flagger,2657\\n2026-12-06,time_to_action_median_by_source,user_notice,8693\\n2026-12-06,time_to_action_p90_by_source,authority_order,27105\\n2026-12-06,time_to_action_p90_by_source,trusted_flagger,2657\\n2026-12-06,time_to_action_p90_by_source,user_notice,57405\\n2026-12-06,authority_requests_received,,8\\n2026-12-06,authority_requests_by_country,BR,1\\n2026-12-06,authority_requests_by_country,DE,2\\n2026-12-06,authority_requests_by_country,FR,1\\n2026-12-06,authority_requests_by_country,IT,1\\n2026-12-06,authority_requests_by_country,PL,1\\n2026-12-06,authority_requests_by_country,RU,1\\n2026-12-06,authority_requests_by_country,US,1\\n2026-12-06,authority_requests_by_type,block_channel,1\\n2026-12-06,authority_requests_by_type,encryption_key,1\\n2026-12-06,authority_requests_by_type,production_order,1\\n2026-12-06,authority_requests_by_type,removal_order,5\\n2026-12-06,authority_requests_by_outcome,complied,3\\n2026-12-06,authority_requests_by_outcome,partially_complied,1\\n2026-12-06,authority_requests_by_outcome,refused,2\\n2026-12-06,authority_requests_by_outcome,need_more_info,1\\n2026-12-06,authority_requests_by_outcome,pending,1\\n2026-12-06,authority_answers_by_outcome,complied,3\\n2026-12-06,authority_answers_by_outcome,partially_complied,1\\n2026-12-06,authority_answers_by_outcome,refused,2\\n2026-12-06,authority_answers_by_outcome,need_more_info,1\\n2026-12-06,authority_refusals_by_ground,R-KEYS-NEVER,1\\n2026-12-06,authority_refusals_by_ground,R-PROTECTED-EXPRESSION,1\\n2026-12-06,authority_answer_seconds,count,7\\n2026-12-06,authority_answer_seconds,median,17059\\n2026-12-06,authority_answer_seconds,p90,42132\\n2026-12-06,authority_answer_seconds,late,0\\n2026-12-06,appeals,received,2\\n2026-12-06,appeals,decided,2\\n2026-12-06,appeals,upheld,1\\n2026-12-06,appeals,reversed,1\\n2026-12-06,appeals,partially_reversed,0\\n2026-12-06,appeals,reversals,1\\n2026-12-06,automated_precision,qa_reviewed,0\\n2026-12-06,automated_precision,qa_agreed,0\\n2026-12-06,automated_precision,qa_precision,\\n2026-12-06,automated_precision,appeals_decided,0\\n2026-12-06,automated_precision,appeals_reversed,0\\n", "report.json": "{\\n  \\"date\\": \\"2026-12-06\\",\\n  \\"leaves_by_kind\\": {\\n    \\"appeal\\": 4,\\n    \\"authority_answer\\": 7,\\n    \\"authority_request\\": 8,\\n    \\"decision\\": 28\\n  },\\n  \\"decisions\\": 28,\\n  \\"acted_on\\": 21,\\n  \\"no_action\\": 7,\\n  \\"acted_on_by_item_kind\\": {\\n    \\"post\\": 21\\n  },\\n  \\"acted_on_by_category\\": {\\n    \\"STATEMENT_CATEGORY_CYBER_VIOLENCE\\": 3,\\n    \\"STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH\\": 5,\\n    \\"STATEMENT_CATEGORY_NOT_SPECIFIED_ORDER\\": 2,\\n    \\"STATEMENT_CATEGORY_OTHER_VIOLATION_TC\\": 3,\\n    \\"STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY\\": 3,\\n    \\"STATEMENT_CATEGORY_SCAMS_AND_FRAUD\\": 5\\n  },\\n  \\"acted_on_by_source\\": {\\n    \\"authority_order\\": 3,\\n    \\"own_initiative_automated\\": 9,\\n    \\"trusted_flagger\\": 1,\\n    \\"user_notice\\": 8\\n  },\\n  \\"decisions_by_source\\": {\\n    \\"authority_order\\": 3,\\n    \\"own_initiative_automated\\": 9,\\n    \\"trusted_flagger\\": 3,\\n    \\"user_notice\\": 13\\n  },\\n  \\"actions_by_kind\\": {\\n    \\"remove_post\\": 15,\\n    \\"restrict_post\\": 6,\\n    \\"suspend_account\\": 1\\n  },\\n  \\"actions_by_scope\\": {\\n    \\"restricted\\": 6,\\n    \\"worldwide\\": 16\\n  },\\n  \\"restricted_by_country\\": {\\n    \\"DE\\": 5,\\n    \\"FR\\": 1\\n  },\\n  \\"automated_decisions\\": 3,\\n  \\"automated_detection\\": 9,\\n  \\"time_to_action_seconds\\": {\\n    \\"count\\": 12,\\n    \\"median\\": 8560,\\n    \\"p90\\": 27105\\n  },\\n  \\"time_to_action_median_by_source\\": {\\n    \\"authority_order\\": 8560,\\n    \\"trusted_flagger\\": 2657,\\n    \\"user_notice\\": 8693\\n  },\\n  \\"time_to_action_p90_by_source\\": {\\n    \\"authority_order\\": 27105,\\n    \\"trusted_flagger\\": 2657,\\n    \\"user_notice\\": 57405\\n  },\\n  \\"authority_requests_received\\": 8,\\n  \\"authority_requests_by_country\\": {\\n    \\"BR\\": 1,\\n    \\"DE\\": 2,\\n    \\"FR\\": 1,\\n    \\"IT\\": 1,\\n    \\"PL\\": 1,\\n    \\"RU\\": 1,\\n    \\"US\\": 1\\n  },\\n  \\"authority_requests_by_type\\": {\\n    \\"block_channel\\": 1,\\n    \\"encryption_key\\": 1,\\n    \\"production_order\\": 1,\\n    \\"removal_order\\": 5\\n  },\\n  \\"authority_requests_by_outcome\\": {\\n    \\"complied\\": 3,\\n    \\"partially_complied\\": 1,\\n    \\"refused\\": 2,\\n    \\"need_more_info\\": 1,\\n    \\"pending\\": 1\\n  },\\n  \\"authority_answers_by_outcome\\": {\\n    \\"complied\\": 3,\\n    \\"partially_complied\\": 1,\\n    \\"refused\\": 2,\\n    \\"need_more_info\\": 1\\n  },\\n  \\"authority_refusals_by_ground\\": {\\n    \\"R-KEYS-NEVER\\": 1,\\n    \\"R-PROTECTED-EXPRESSION\\": 1\\n  },\\n  \\"authority_answer_seconds\\": {\\n    \\"count\\": 7,\\n    \\"median\\": 17059,\\n    \\"p90\\": 42132,\\n    \\"late\\": 0\\n  },\\n  \\"appeals\\": {\\n    \\"received\\": 2,\\n    \\"decided\\": 2,\\n    \\"upheld\\": 1,\\n    \\"reversed\\": 1,\\n    \\"partially_reversed\\": 0,\\n    \\"reversals\\": 1\\n  },\\n  \\"automated_precision\\": {\\n    \\"qa_reviewed\\": 0,\\n    \\"qa_agreed\\": 0,\\n    \\"qa_precision\\": null,\\n    \\"appeals_decided\\": 0,\\n    \\"appeals_reversed\\": 0\\n  },\\n  \\"qa_reviewed_by_source\\": {},\\n  \\"qa_precision_by_source\\": {},\\n  \\"qa_reviewed_by_category\\": {},\\n  \\"qa_precision_by_category\\": {}\\n}\\n", "leaves.jsonl": "{\\"actions\\":[],\\"automated\\":false,\\"automated_detection\\":false,\\"category\\":\\"STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH\\",\\"id\\":\\"8a51f548-f54e-4b07-9333-487f546bb1ef\\",\\"item_kind\\":\\"post\\",\\"kind\\":\\"decision\\",\\"outcome\\":\\"no_action\\",\\"seconds_to_action\\":3512,\\"source\\":\\"trusted_flagger\\",\\"time\\":\\"2026-12-06T01:47:46.673729Z\\"}\\n{\\"actions\\":[{\\"kind\\":\\"remove_post\\",\\"scope\\":\\"worldwide\\"}],\\"automated\\":false,\\"automated_detection\\":false,\\"category\\":\\"STATEMENT_CATEGORY_SCAMS_AND_FRAUD\\",\\"id\\":\\"ea7c5142-2677-4faa-9980-e6841e26a773\\",\\"item_kind\\":\\"post\\",\\"kind\\":\\"decision\\",\\"outcome\\":\\"action\\",\\"seconds_to_action\\":10798,\\"source\\":\\"user_notice\\",\\"time\\":\\"2026-12-06T03:56:59.592720Z\\"}\\n{\\"actions\\":[{\\"kind\\":\\"remove_post\\",\\"scope\\":\\"worldwide\\"}],\\"automated\\":false,\\"automated_detection\\":false,\\"category\\":\\"STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH\\",\\"id\\":\\"9b7c22eb-94e7-4459-b11c-f4f9ff059193\\",\\"item_kind\\":\\"post\\",\\"kind\\":\\"decision\\",\\"outcome\\":\\"action\\",\\"seconds_to_action\\":12195,\\"source\\":\\"user_notice\\",\\"time\\":\\"2026-12-06T06:08:55.306253Z\\"}\\n{\\"actions\\":[],\\"automated\\":false,\\"automated_detection\\":false,\\"category\\":\\"STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY\\",\\"id\\":\\"803e4a29-9b83-4bdd-b3b2-e126e3cb0e77\\",\\"item_kind\\":\\"post\\",\\"kind\\":\\"decision\\",\\"outcome\\":\\"no_action\\",\\"seconds_to_action\\":651,\\"source\\":\\"user_notice\\",\\"time\\":\\"2026-12-06T06:26:42.284757Z\\"}\\n{\\"appellant\\":\\"affected_user\\",\\"category\\":\\"STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH\\",\\"decision_automated\\":false,\\"event\\":\\"received\\",\\"id\\":\\"8a2fa6b9-2f29-44a0-8f24-0e4c5ef45b18\\",\\"kind\\":\\"appeal\\",\\"outcome\\":null,\\"time\\":\\"2026-12-06T09:04:22.914525Z\\"}\\n{\\"appellant\\":\\"affected_user\\",\\"category\\":\\"STATEMENT_CATEGORY_SCAMS_AND_FRAUD\\",\\"decision_automated\\":false,\\"event\\":\\"received\\",\\"id\\":\\"f0418ad6-adff-4166-9507-1636cbb9e96c\\",\\"kind\\":\\"appeal\\",\\"outcome\\":null,\\"time\\":\\"2026-12-06T09:04:44.884023Z\\"}\\n{\\"country\\":\\"DE\\",\\"grounds\\":[],\\"id\\":\\"aec25ee3-6db1-4435-9319-583e38dbbfcf\\",\\"kind\\":\\"authority_request\\",\\"outcome\\":\\"complied\\",\\"time\\":\\"2026-12-06T10:06:31.000000Z\\",\\"type\\":\\"removal_order\\"}\\n{\\"country\\":\\"RU\\",\\"grounds\\":[\\"R-PROTECTED-EXPRESSION\\"],\\"id\\":\\"94476b71-a58a-4e9d-bf95-54af16eb5f17\\",\\"kind\\":\\"authority_request\\",\\"outcome\\":\\"refused\\",\\"time\\":\\"2026-12-06T10:08:09.000000Z\\",\\"type\\":\\"block_channel\\"}\\n{\\"actions\\":[{\\"kind\\":\\"remove_post\\",\\"scope\\":\\"worldwide\\"}],\\"automated\\":false,\\"automated_detection\\":true,\\"category\\":\\"STATEMENT_CATEGORY_SCAMS_AND_FRAUD\\",\\"id\\":\\"095236cb-91bc-43f6-8a03-9d782fe8a451\\",\\"item_kind\\":\\"post\\",\\"kind\\":\\"decision\\",\\"outcome\\":\\"action\\",\\"seconds_to_action\\":null,\\"source\\":\\"own_initiative_automated\\",\\"time\\":\\"2026-12-06T11:50:12.014168Z\\"}\\n{\\"country\\":\\"PL\\",\\"grounds\\":[],\\"id\\":\\"6454b530-1729-4a25-b1c8-6b5faf333c73\\",\\"kind\\":\\"authority_request\\",\\"outcome\\":\\"need_more_info\\",\\"time\\":\\"2026-12-06T12:15:48.000000Z\\",\\"type\\":\\"removal_order\\"}\\n{\\"actions\\":[{\\"kind\\":\\"restrict_post\\",\\"scope\\":[\\"DE\\"]}],\\"automated\\":false,\\"automated_detection\\":false,\\"category\\":\\"STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH\\",\\"id\\":\\"ae30064c-276e-49fc-91f8-44a612ab72b6\\",\\"item_kind\\":\\"post\\",\\"kind\\":\\"decision\\",\\"outcome\\":\\"action\\",\\"seconds_to_action\\":2657,\\"source\\":\\"trusted_flagger\\",\\"time\\":\\"2026-12-06T12:21:03.111132Z\\"}\\n{\\"country\\":\\"DE\\",\\"grounds\\":[],\\"id\\":\\"a4624c12-c03b-4a23-9377-e244c3bc9a7f\\",\\"kind\\":\\"authority_request\\",\\"outcome\\":\\"complied\\",\\"time\\":\\"2026-12-06T12:25:01.000000Z\\",\\"type\\":\\"removal_order\\"}\\n{\\"country\\":\\"IT\\",\\"grounds\\":[],\\"id\\":\\"acb6b287-6e32-4a47-9b11-b0a4e622bc3f\\",\\"kind\\":\\"authority_request\\",\\"outcome\\":\\"partially_complied\\",\\"time\\":\\"2026-12-06T12:35:22.000000Z\\",\\"type\\":\\"production_order\\"}\\n{\\"actions\\":[],\\"automated\\":false,\\"automated_detection\\":false,\\"category\\":\\"STATEMENT_CATEGORY_CYBER_VIOLENCE\\",\\"id\\":\\"47bfeeed-0106-4352-9608-8575c4620312\\",\\"item_kind\\":\\"post\\",\\"kind\\":\\"decision\\",\\"outcome\\":\\"no_action\\",\\"seconds_to_action\\":2611,\\"source\\":\\"trusted_flagger\\",\\"time\\":\\"2026-12-06T12:45:48.726158Z\\"}\\n{\\"actions\\":[{\\"kind\\":\\"remove_post\\",\\"scope\\":\\"worldwide\\"}],\\"automated\\":true,\\"automated_detection\\":true,\\"category\\":\\"STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY\\",\\"id\\":\\"dfe14d66-4116-4895-9b06-cb0904797862\\",\\"item_kind\\":\\"post\\",\\"kind\\":\\"decision\\",\\"outcome\\":\\"action\\",\\"seconds_to_action\\":null,\\"source\\":\\"own_initiative_automated\\",\\"time\\":\\"2026-12-06T13:18:08.000000Z\\"}\\n{\\"country\\":\\"FR\\",\\"grounds\\":[],\\"id\\":\\"c56f0829-2426-4926-bed2-91e82e191a1c\\",\\"kind\\":\\"authority_request\\",\\"outcome\\":\\"complied\\",\\"time\\":\\"2026-12-06T13:21:06.000000Z\\",\\"type\\":\\"removal_order\\"}\\n{\\"actions\\":[{\\"kind\\":\\"remove_post\\",\\"scope\\":\\"worldwide\\"},{\\"kind\\":\\"suspend_account\\",\\"scope\\":\\"worldwide\\"}],\\"automated\\":true,\\"automated_detection\\":true,\\"category\\":\\"STATEMENT_CATEGORY_SCAMS_AND_FRAUD\\",\\"id\\":\\"bc140e56-e508-422d-bad1-46cf929b7529\\",\\"item_kind\\":\\"post\\",\\"kind\\":\\"decision\\",\\"outcome\\":\\"action\\",\\"seconds_to_action\\":null,\\"source\\":\\"own_initiative_automated\\",\\"time\\":\\"2026-12-06T13:37:23.000000Z\\"}\\n{\\"country\\":\\"FR\\",\\"grounds\\":[],\\"id\\":\\"b47bf344-9a08-4eb2-bf61-6cf6f4417f01\\",\\"kind\\":\\"authority_answer\\",\\"late\\":false,\\"outcome\\":\\"complied\\",\\"seconds_to_answer\\":1123,\\"time\\":\\"2026-12-06T13:39:49.229310Z\\",\\"type\\":\\"removal_order\\"}\\n{\\"actions\\":[{\\"kind\\":\\"restrict_post\\",\\"scope\\":[\\"FR\\"]}],\\"automated\\":false,\\"automated_detection\\":false,\\"category\\":\\"STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY\\",\\"id\\":\\"b47bf344-9a08-4eb2-bf61-6cf6f4417f01\\",\\"item_kind\\":\\"post\\",\\"kind\\":\\"decision\\",\\"outcome\\":\\"action\\",\\"seconds_to_action\\":1123,\\"source\\":\\"authority_order\\",\\"time\\":\\"2026-12-06T13:39:49.229310Z\\"}\\n{\\"appellant\\":\\"affected_user\\",\\"category\\":\\"STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH\\",\\"decision_automated\\":false,\\"event\\":\\"decided\\",\\"id\\":\\"8a2fa6b9-2f29-44a0-8f24-0e4c5ef45b18\\",\\"kind\\":\\"appeal\\",\\"outcome\\":\\"reversed\\",\\"time\\":\\"2026-12-06T13:41:11.853208Z\\"}\\n{\\"actions\\":[{\\"kind\\":\\"remove_post\\",\\"scope\\":\\"worldwide\\"}],\\"automated\\":false,\\"automated_detection\\":true,\\"category\\":\\"STATEMENT_CATEGORY_OTHER_VIOLATION_TC\\",\\"id\\":\\"8a73f145-3282-4118-b172-a638701521f4\\",\\"item_kind\\":\\"post\\",\\"kind\\":\\"decision\\",\\"outcome\\":\\"action\\",\\"seconds_to_action\\":null,\\"source\\":\\"own_initiative_automated\\",\\"time\\":\\"2026-12-06T13:42:52.462564Z\\"}\\n{\\"actions\\":[{\\"kind\\":\\"remove_post\\",\\"scope\\":\\"worldwide\\"}],\\"automated\\":false,\\"automated_detection\\":true,\\"category\\":\\"STATEMENT_CATEGORY_OTHER_VIOLATION_TC\\",\\"id\\":\\"3491bc4d-cdd6-490a-8672-562d665d32a8\\",\\"item_kind\\":\\"post\\",\\"kind\\":\\"decision\\",\\"outcome\\":\\"action\\",\\"seconds_to_action\\":null,\\"source\\":\\"own_initiative_automated\\",\\"time\\":\\"2026-12-06T14:20:02.971405Z\\"}\\n{\\"actions\\":[],\\"automated\\":false,\\"automated_detection\\":false,\\"category\\":\\"STATEMENT_CATEGORY_SCAMS_AND_FRAUD\\",\\"id\\":\\"d4c72d99-1420-4418-a599-e87f0917b476\\",\\"item_kind\\":\\"post\\",\\"kind\\":\\"decision\\",\\"outcome\\":\\"no_action\\",\\"seconds_to_action\\":3000,\\"source\\":\\"user_notice\\",\\"time\\":\\"2026-12-06T14:22:13.205726Z\\"}\\n{\\"country\\":\\"IT\\",\\"grounds\\":[],\\"id\\":\\"2ee528b6-851c-4cef-9727-a6159e0a0b7a\\",\\"kind\\":\\"authority_answer\\",\\"late\\":false,\\"outcome\\":\\"partially_complied\\",\\"seconds_to_answer\\":7312,\\"time\\":\\"2026-12-06T14:37:14.112037Z\\",\\"type\\":\\"production_order\\"}\\n{\\"country\\":\\"DE\\",\\"grounds\\":[],\\"id\\":\\"98f5565f-9d66-4797-b615-bf2acb17d725\\",\\"kind\\":\\"authority_answer\\",\\"late\\":false,\\"outcome\\":\\"complied\\",\\"seconds_to_answer\\":8560,\\"time\\":\\"2026-12-06T14:47:41.589624Z\\",\\"type\\":\\"removal_order\\"}\\n{\\"actions\\":[{\\"kind\\":\\"restrict_post\\",\\"scope\\":[\\"DE\\"]}],\\"automated\\":false,\\"automated_detection\\":false,\\"category\\":\\"STATEMENT_CATEGORY_NOT_SPECIFIED_ORDER\\",\\"id\\":\\"98f5565f-9d66-4797-b615-bf2acb17d725\\",\\"item_kind\\":\\"post\\",\\"kind\\":\\"decision\\",\\"outcome\\":\\"action\\",\\"seconds_to_action\\":8560,\\"source\\":\\"authority_order\\",\\"time\\":\\"2026-12-06T14:47:41.589624Z\\"}\\n{\\"actions\\":[{\\"kind\\":\\"remove_post\\",\\"scope\\":\\"worldwide\\"}],\\"automated\\":true,\\"automated_detection\\":true,\\"category\\":\\"STATEMENT_CATEGORY_SCAMS_AND_FRAUD\\",\\"id\\":\\"f6542b79-348e-4c92-ac03-ff2ae47db41d\\",\\"item_kind\\":\\"post\\",\\"kind\\":\\"decision\\",\\"outcome\\":\\"action\\",\\"seconds_to_action\\":null,\\"source\\":\\"own_initiative_automated\\",\\"time\\":\\"2026-12-06T14:50:00.000000Z\\"}\\n{\\"actions\\":[{\\"kind\\":\\"restrict_post\\",\\"scope\\":[\\"DE\\"]}],\\"automated\\":false,\\"automated_detection\\":false,\\"category\\":\\"STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH\\",\\"id\\":\\"c55360a4-67b4-450b-ac16-6455b457b13b\\",\\"item_kind\\":\\"post\\",\\"kind\\":\\"decision\\",\\"outcome\\":\\"action\\",\\"seconds_to_action\\":4501,\\"source\\":\\"user_notice\\",\\"time\\":\\"2026-12-06T15:02:33.367779Z\\"}\\n{\\"country\\":\\"US\\",\\"grounds\\":[\\"R-KEYS-NEVER\\"],\\"id\\":\\"00a20130-91e8-4b5b-a02a-e4b87512a4a1\\",\\"kind\\":\\"authority_request\\",\\"outcome\\":\\"refused\\",\\"time\\":\\"2026-12-06T15:26:44.000000Z\\",\\"type\\":\\"encryption_key\\"}\\n{\\"appellant\\":\\"affected_user\\",\\"category\\":\\"STATEMENT_CATEGORY_SCAMS_AND_FRAUD\\",\\"decision_automated\\":false,\\"event\\":\\"decided\\",\\"id\\":\\"f0418ad6-adff-4166-9507-1636cbb9e96c\\",\\"kind\\":\\"appeal\\",\\"outcome\\":\\"upheld\\",\\"time\\":\\"2026-12-06T15:43:31.031779Z\\"}\\n{\\"actions\\":[],\\"automated\\":false,\\"automated_detection\\":false,\\"category\\":\\"STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS\\",\\"id\\":\\"1cd0efe9-9934-41ea-8347-e226f1d371e2\\",\\"item_kind\\":\\"post\\",\\"kind\\":\\"decision\\",\\"outcome\\":\\"no_action\\",\\"seconds_to_action\\":2593,\\"source\\":\\"user_notice\\",\\"time\\":\\"2026-12-06T16:24:02.487592Z\\"}\\n{\\"actions\\":[{\\"kind\\":\\"remove_post\\",\\"scope\\":\\"worldwide\\"}],\\"automated\\":false,\\"automated_detection\\":false,\\"category\\":\\"STATEMENT_CATEGORY_CYBER_VIOLENCE\\",\\"id\\":\\"3e5cf954-c5f7-44e4-92ad-694a75f49a43\\",\\"item_kind\\":\\"post\\",\\"kind\\":\\"decision\\",\\"outcome\\":\\"action\\",\\"seconds_to_action\\":57405,\\"source\\":\\"user_notice\\",\\"time\\":\\"2026-12-06T16:47:12.355594Z\\"}\\n{\\"actions\\":[{\\"kind\\":\\"remove_post\\",\\"scope\\":\\"worldwide\\"}],\\"automated\\":false,\\"automated_detection\\":true,\\"category\\":\\"STATEMENT_CATEGORY_OTHER_VIOLATION_TC\\",\\"id\\":\\"1e3582d7-10ac-41b2-9256-7b96e03f6345\\",\\"item_kind\\":\\"post\\",\\"kind\\":\\"decision\\",\\"outcome\\":\\"action\\",\\"seconds_to_action\\":null,\\"source\\":\\"own_initiative_automated\\",\\"time\\":\\"2026-12-06T17:03:44.968813Z\\"}\\n{\\"actions\\":[{\\"kind\\":\\"remove_post\\",\\"scope\\":\\"worldwide\\"}],\\"automated\\":false,\\"automated_detection\\":true,\\"category\\":\\"STATEMENT_CATEGORY_SCAMS_AND_FRAUD\\",\\"id\\":\\"25254d1e-1e3f-41a9-8bfc-2585cab99523\\",\\"item_kind\\":\\"post\\",\\"kind\\":\\"decision\\",\\"outcome\\":\\"action\\",\\"seconds_to_action\\":null,\\"source\\":\\"own_initiative_automated\\",\\"time\\":\\"2026-12-06T17:13:48.462844Z\\"}\\n{\\"actions\\":[],\\"automated\\":false,\\"automated_detection\\":false,\\"category\\":\\"STATEMENT_CATEGORY_CYBER_VIOLENCE\\",\\"id\\":\\"86e3847c-be22-4949-81e0-ce9525820da4\\",\\"item_kind\\":\\"post\\",\\"kind\\":\\"decision\\",\\"outcome\\":\\"no_action\\",\\"seconds_to_action\\":22224,\\"source\\":\\"user_notice\\",\\"time\\":\\"2026-12-06T17:33:16.658944Z\\"}\\n{\\"country\\":\\"DE\\",\\"grounds\\":[],\\"id\\":\\"a6422c37-93df-4027-a6db-1bed0da58bbd\\",\\"kind\\":\\"authority_answer\\",\\"late\\":false,\\"outcome\\":\\"complied\\",\\"seconds_to_answer\\":27105,\\"time\\":\\"2026-12-06T17:38:16.446165Z\\",\\"type\\":\\"removal_order\\"}\\n{\\"actions\\":[{\\"kind\\":\\"restrict_post\\",\\"scope\\":[\\"DE\\"]}],\\"automated\\":false,\\"automated_detection\\":false,\\"category\\":\\"STATEMENT_CATEGORY_NOT_SPECIFIED_ORDER\\",\\"id\\":\\"a6422c37-93df-4027-a6db-1bed0da58bbd\\",\\"item_kind\\":\\"post\\",\\"kind\\":\\"decision\\",\\"outcome\\":\\"action\\",\\"seconds_to_action\\":27105,\\"source\\":\\"authority_order\\",\\"time\\":\\"2026-12-06T17:38:16.446165Z\\"}\\n{\\"actions\\":[{\\"kind\\":\\"remove_post\\",\\"scope\\":\\"worldwide\\"}],\\"automated\\":false,\\"automated_detection\\":false,\\"category\\":\\"STATEMENT_CATEGORY_CYBER_VIOLENCE\\",\\"id\\":\\"325891a2-4298-400f-a7b8-c32170565840\\",\\"item_kind\\":\\"post\\",\\"kind\\":\\"decision\\",\\"outcome\\":\\"action\\",\\"seconds_to_action\\":8693,\\"source\\":\\"user_notice\\",\\"time\\":\\"2026-12-06T17:51:41.718249Z\\"}\\n{\\"actions\\":[],\\"automated\\":false,\\"automated_detection\\":false,\\"category\\":\\"STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY\\",\\"id\\":\\"416a3f05-a93a-4013-812b-c6b3517c496e\\",\\"item_kind\\":\\"post\\",\\"kind\\":\\"decision\\",\\"outcome\\":\\"no_action\\",\\"seconds_to_action\\":1259,\\"source\\":\\"user_notice\\",\\"time\\":\\"2026-12-06T18:56:07.113106Z\\"}\\n{\\"country\\":\\"RU\\",\\"grounds\\":[\\"R-PROTECTED-EXPRESSION\\"],\\"id\\":\\"af071c25-7f9c-4520-9afd-54c0f5819383\\",\\"kind\\":\\"authority_answer\\",\\"late\\":false,\\"outcome\\":\\"refused\\",\\"seconds_to_answer\\":32958,\\"time\\":\\"2026-12-06T19:17:27.142570Z\\",\\"type\\":\\"block_channel\\"}\\n{\\"actions\\":[{\\"kind\\":\\"remove_post\\",\\"scope\\":\\"worldwide\\"}],\\"automated\\":false,\\"automated_detection\\":false,\\"category\\":\\"STATEMENT_CATEGORY_CYBER_VIOLENCE\\",\\"id\\":\\"6941791b-27d8-44ab-b8df-07c5d474addc\\",\\"item_kind\\":\\"post\\",\\"kind\\":\\"decision\\",\\"outcome\\":\\"action\\",\\"seconds_to_action\\":2826,\\"source\\":\\"user_notice\\",\\"time\\":\\"2026-12-06T19:35:05.206699Z\\"}\\n{\\"country\\":\\"US\\",\\"grounds\\":[\\"R-KEYS-NEVER\\"],\\"id\\":\\"9cae09ca-8c10-4732-b836-d9bdef9767f0\\",\\"kind\\":\\"authority_answer\\",\\"late\\":false,\\"outcome\\":\\"refused\\",\\"seconds_to_answer\\":17059,\\"time\\":\\"2026-12-06T20:11:03.025705Z\\",\\"type\\":\\"encryption_key\\"}\\n{\\"actions\\":[{\\"kind\\":\\"remove_post\\",\\"scope\\":\\"worldwide\\"}],\\"automated\\":false,\\"automated_detection\\":true,\\"category\\":\\"STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY\\",\\"id\\":\\"5cc5d1fd-4b38-45ac-baa3-570a760612e3\\",\\"item_kind\\":\\"post\\",\\"kind\\":\\"decision\\",\\"outcome\\":\\"action\\",\\"seconds_to_action\\":null,\\"source\\":\\"own_initiative_automated\\",\\"time\\":\\"2026-12-06T21:55:09.225933Z\\"}\\n{\\"actions\\":[{\\"kind\\":\\"remove_post\\",\\"scope\\":\\"worldwide\\"}],\\"automated\\":false,\\"automated_detection\\":false,\\"category\\":\\"STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH\\",\\"id\\":\\"c9d52458-bd4f-40d5-8e5f-d58de7727e20\\",\\"item_kind\\":\\"post\\",\\"kind\\":\\"decision\\",\\"outcome\\":\\"action\\",\\"seconds_to_action\\":11195,\\"source\\":\\"user_notice\\",\\"time\\":\\"2026-12-06T22:08:30.508451Z\\"}\\n{\\"actions\\":[{\\"kind\\":\\"restrict_post\\",\\"scope\\":[\\"DE\\"]}],\\"automated\\":false,\\"automated_detection\\":false,\\"category\\":\\"STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH\\",\\"id\\":\\"a0bf582c-cacc-4aed-9dd8-e93ef58496f2\\",\\"item_kind\\":\\"post\\",\\"kind\\":\\"decision\\",\\"outcome\\":\\"action\\",\\"seconds_to_action\\":3482,\\"source\\":\\"user_notice\\",\\"time\\":\\"2026-12-06T22:36:10.377404Z\\"}\\n{\\"country\\":\\"BR\\",\\"grounds\\":[],\\"id\\":\\"c66fd3d8-c99b-4046-a53c-05207a95fafe\\",\\"kind\\":\\"authority_request\\",\\"outcome\\":\\"pending\\",\\"time\\":\\"2026-12-06T23:29:00.000000Z\\",\\"type\\":\\"removal_order\\"}\\n{\\"country\\":\\"PL\\",\\"grounds\\":[],\\"id\\":\\"e7d38619-cdea-4311-af7e-5b99a9d34f84\\",\\"kind\\":\\"authority_answer\\",\\"late\\":false,\\"outcome\\":\\"need_more_info\\",\\"seconds_to_answer\\":42132,\\"time\\":\\"2026-12-06T23:58:00.000000Z\\",\\"type\\":\\"removal_order\\"}\\n"}
\.


--
-- Data for Name: qa_reviews; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.qa_reviews (id, decision_id, sample_day, sampled_at, automated_outcome, category, source, status, reviewer_outcome, reviewer_category, agreed, note, reviewed_by, reviewed_at) FROM stdin;
e673ad22-031d-493d-bec5-af549c9a7feb	bc140e56-e508-422d-bad1-46cf929b7529	2026-12-06	2026-12-07 00:09:00+00	action	STATEMENT_CATEGORY_SCAMS_AND_FRAUD	own_initiative_automated	done	action	STATEMENT_CATEGORY_SCAMS_AND_FRAUD	t	\N	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	2026-12-07 00:17:00+00
a6fe9acc-b516-4bc0-987f-52b6d8a711cd	dfe14d66-4116-4895-9b06-cb0904797862	2026-12-06	2026-12-07 00:09:00+00	action	STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY	own_initiative_automated	done	action	STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY	t	\N	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	2026-12-07 00:32:00+00
0ff361f1-a431-42f5-a427-a750f29014dd	f6542b79-348e-4c92-ac03-ff2ae47db41d	2026-12-06	2026-12-07 00:09:00+00	action	STATEMENT_CATEGORY_SCAMS_AND_FRAUD	own_initiative_automated	done	action	STATEMENT_CATEGORY_SCAMS_AND_FRAUD	t	\N	user:a9253dc7-96c6-43fa-80a6-8fa65e15a01d	2026-12-07 01:08:00+00
\.


--
-- Data for Name: source_sanctions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.source_sanctions (id, source_key, flagger_id, kind, ground, reason, evidence, starts_at, ends_at, created_by, lifted_at, lifted_by, lift_reason) FROM stdin;
\.


--
-- Data for Name: statements; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.statements (id, puid, decision_id, decision_action_id, account_id, token_sha256, created_at, delivered_at, reversed_at, elements, dsa, text) FROM stdin;
fa755a9c-ad8a-4fb0-b72b-a671043cdc42	sh-fa755a9c-ad8a-4fb0-b72b-a671043cdc42	ea7c5142-2677-4faa-9980-e6841e26a773	24660428-1e61-46d3-a09f-ef7e05b66b5a	demo-acc-00027	c491b1b785c325c7e554168d5e09ecb6e7a8573a108c933c88a1c3b93aa8d1ef	2026-12-06 03:56:59.59272+00	2026-12-06 03:59:59+00	\N	{"ground": {"kind": "terms_of_service", "explanation": "The item falls under the cited provision on the facts reported.", "contractual_ground": "ToS 4.2 (fraud and scams)"}, "redress": {"judicial_redress": "You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.", "internal_complaint": {"how": "use the complaint link that comes with this statement", "deadline": "2027-06-08T03:56:59.592720+00:00", "free_of_charge": true}, "out_of_court_settlement": "You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first."}, "decision": {"date": "2026-12-06T03:56:59.592720+00:00", "item": {"id": "demo-post-20261206-00060", "kind": "post"}, "type": "remove_post", "label": null, "duration": "indefinite", "description": "removal of the post", "territorial_scope": "worldwide"}, "automated_means": {"decision": "AUTOMATED_DECISION_NOT_AUTOMATED", "detection": false}, "facts_and_circumstances": {"text": "Reviewed against the report and the item's context.", "notices": 2, "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "taken_on": "SOURCE_ARTICLE_16", "notifier_identity": "not disclosed", "category_specification": ["KEYWORD_PHISHING"]}}	{"puid": "sh-fa755a9c-ad8a-4fb0-b72b-a671043cdc42", "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "source_type": "SOURCE_ARTICLE_16", "content_date": "2026-12-06", "content_type": ["CONTENT_TYPE_TEXT"], "decision_facts": "Reviewed against the report and the item's context.", "decision_ground": "DECISION_GROUND_INCOMPATIBLE_CONTENT", "application_date": "2026-12-06", "territorial_scope": ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK"], "automated_decision": "AUTOMATED_DECISION_NOT_AUTOMATED", "automated_detection": "No", "decision_visibility": ["DECISION_VISIBILITY_CONTENT_REMOVED"], "category_specification": ["KEYWORD_PHISHING"], "incompatible_content_ground": "ToS 4.2 (fraud and scams)", "incompatible_content_explanation": "The item falls under the cited provision on the facts reported."}	Statement of reasons (Digital Services Act, Article 17)\n\nWhat we decided: removal of the post (post demo-post-20261206-00060), on 2026-12-06.\nWhere it applies: worldwide.\nHow long: no end date set.\n\nFacts and circumstances: Reviewed against the report and the item's context.\nType of content concerned: Scams and/or fraud.\nThis decision was taken on a notice (DSA Art. 16). We do not disclose who sent a notice.\n\nAutomated means: the content was not detected by automated means; the decision was taken by a person, not by automated means.\n\nContractual ground: the content is incompatible with our terms of service, ToS 4.2 (fraud and scams).\nWhy: The item falls under the cited provision on the facts reported.\n\nHow to contest this decision:\n- Internal complaint, free of charge, until 2027-06-08 (DSA Art. 20): use the complaint link that comes with this statement. A different person reviews the decision.\n- You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first.\n- You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.
94b72079-cf58-404f-8b02-ce24c1c50a0e	sh-94b72079-cf58-404f-8b02-ce24c1c50a0e	ae30064c-276e-49fc-91f8-44a612ab72b6	da00771a-828a-47f0-9e76-5ff6b03a8f50	demo-acc-00015	0467daf887502159fcc65cf4f597a320423f5ce8acdce2d61353ec717425f227	2026-12-06 12:21:03.111132+00	2026-12-06 12:29:59+00	\N	{"ground": {"kind": "illegal_content", "explanation": "The item falls under the cited provision on the facts reported.", "legal_ground": "§ 130 StGB / national incitement-to-hatred law"}, "redress": {"judicial_redress": "You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.", "internal_complaint": {"how": "use the complaint link that comes with this statement", "deadline": "2027-06-08T12:21:03.111132+00:00", "free_of_charge": true}, "out_of_court_settlement": "You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first."}, "decision": {"date": "2026-12-06T12:21:03.111132+00:00", "item": {"id": "demo-post-20261206-00079", "kind": "post"}, "type": "restrict_post", "label": null, "duration": "indefinite", "description": "disabling access to the post in the countries named", "territorial_scope": ["DE"]}, "automated_means": {"decision": "AUTOMATED_DECISION_NOT_AUTOMATED", "detection": false}, "facts_and_circumstances": {"text": "Reviewed against the report and the item's context.", "notices": 1, "category": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "taken_on": "SOURCE_TRUSTED_FLAGGER", "notifier_identity": "not disclosed", "category_specification": ["KEYWORD_HATE_SPEECH"]}}	{"puid": "sh-94b72079-cf58-404f-8b02-ce24c1c50a0e", "category": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "source_type": "SOURCE_TRUSTED_FLAGGER", "content_date": "2026-12-06", "content_type": ["CONTENT_TYPE_TEXT"], "decision_facts": "Reviewed against the report and the item's context.", "decision_ground": "DECISION_GROUND_ILLEGAL_CONTENT", "application_date": "2026-12-06", "territorial_scope": ["DE"], "automated_decision": "AUTOMATED_DECISION_NOT_AUTOMATED", "automated_detection": "No", "decision_visibility": ["DECISION_VISIBILITY_CONTENT_DISABLED"], "category_specification": ["KEYWORD_HATE_SPEECH"], "illegal_content_explanation": "The item falls under the cited provision on the facts reported.", "illegal_content_legal_ground": "§ 130 StGB / national incitement-to-hatred law"}	Statement of reasons (Digital Services Act, Article 17)\n\nWhat we decided: disabling access to the post in the countries named (post demo-post-20261206-00079), on 2026-12-06.\nWhere it applies: only in Germany (DE).\nHow long: no end date set.\n\nFacts and circumstances: Reviewed against the report and the item's context.\nType of content concerned: Illegal or harmful speech.\nThis decision was taken on a notice from a trusted flagger (DSA Art. 22). We do not disclose who sent a notice.\n\nAutomated means: the content was not detected by automated means; the decision was taken by a person, not by automated means.\n\nLegal ground: the content is illegal under § 130 StGB / national incitement-to-hatred law.\nWhy: The item falls under the cited provision on the facts reported.\n\nHow to contest this decision:\n- Internal complaint, free of charge, until 2027-06-08 (DSA Art. 20): use the complaint link that comes with this statement. A different person reviews the decision.\n- You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first.\n- You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.
56823519-457c-4d1e-af50-1cddfa9b0603	sh-56823519-457c-4d1e-af50-1cddfa9b0603	dfe14d66-4116-4895-9b06-cb0904797862	abf5fc6f-adca-4c8b-9e6b-f25a9fb279e7	demo-acc-00027	9c98f522d63cc92f34837a73c1ff9be3c769b51f8b2d8dda7677cc3f3bdc3ee4	2026-12-06 13:18:08+00	2026-12-06 13:19:59+00	\N	{"ground": {"kind": "illegal_content", "explanation": "The item falls under the cited provision on the facts reported.", "legal_ground": "Regulation (EU) 2021/784 (TCO); ToS 2.1"}, "redress": {"judicial_redress": "You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.", "internal_complaint": {"how": "use the complaint link that comes with this statement", "deadline": "2027-06-08T13:18:08+00:00", "free_of_charge": true}, "out_of_court_settlement": "You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first."}, "decision": {"date": "2026-12-06T13:18:08+00:00", "item": {"id": "demo-post-20261206-00080", "kind": "post"}, "type": "remove_post", "label": null, "duration": "indefinite", "description": "removal of the post", "territorial_scope": "worldwide"}, "automated_means": {"decision": "AUTOMATED_DECISION_FULLY", "detection": true}, "facts_and_circumstances": {"text": "Reviewed against the report and the item's context.", "notices": 0, "category": "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY", "taken_on": "SOURCE_VOLUNTARY", "notifier_identity": "not disclosed", "category_specification": ["KEYWORD_TERRORIST_CONTENT"]}}	{"puid": "sh-56823519-457c-4d1e-af50-1cddfa9b0603", "category": "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY", "source_type": "SOURCE_VOLUNTARY", "content_date": "2026-12-06", "content_type": ["CONTENT_TYPE_TEXT"], "decision_facts": "Reviewed against the report and the item's context.", "decision_ground": "DECISION_GROUND_ILLEGAL_CONTENT", "application_date": "2026-12-06", "territorial_scope": ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK"], "automated_decision": "AUTOMATED_DECISION_FULLY", "automated_detection": "Yes", "decision_visibility": ["DECISION_VISIBILITY_CONTENT_REMOVED"], "category_specification": ["KEYWORD_TERRORIST_CONTENT"], "illegal_content_explanation": "The item falls under the cited provision on the facts reported.", "illegal_content_legal_ground": "Regulation (EU) 2021/784 (TCO); ToS 2.1"}	Statement of reasons (Digital Services Act, Article 17)\n\nWhat we decided: removal of the post (post demo-post-20261206-00080), on 2026-12-06.\nWhere it applies: worldwide.\nHow long: no end date set.\n\nFacts and circumstances: Reviewed against the report and the item's context.\nType of content concerned: Risk for public security.\nThis decision was taken on our own initiative. We do not disclose who sent a notice.\n\nAutomated means: the content was detected by automated means; the decision was taken by automated means.\n\nLegal ground: the content is illegal under Regulation (EU) 2021/784 (TCO); ToS 2.1.\nWhy: The item falls under the cited provision on the facts reported.\n\nHow to contest this decision:\n- Internal complaint, free of charge, until 2027-06-08 (DSA Art. 20): use the complaint link that comes with this statement. A different person reviews the decision.\n- You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first.\n- You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.
98ef80d8-14ef-4009-b2ce-ef100dad4f20	sh-98ef80d8-14ef-4009-b2ce-ef100dad4f20	9b7c22eb-94e7-4459-b11c-f4f9ff059193	8d41d8e9-6389-4ad7-9a94-87f9178496f5	demo-acc-00023	0a3b945e1c74b61c5da3b7dc868c81275d2070d4ce4bc25b175f15635a7745eb	2026-12-06 06:08:55.306253+00	\N	2026-12-06 13:41:11.853208+00	{"ground": {"kind": "illegal_content", "explanation": "The item falls under the cited provision on the facts reported.", "legal_ground": "§ 130 StGB / national incitement-to-hatred law"}, "redress": {"judicial_redress": "You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.", "internal_complaint": {"how": "use the complaint link that comes with this statement", "deadline": "2027-06-08T06:08:55.306253+00:00", "free_of_charge": true}, "out_of_court_settlement": "You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first."}, "decision": {"date": "2026-12-06T06:08:55.306253+00:00", "item": {"id": "demo-post-20261206-00072", "kind": "post"}, "type": "remove_post", "label": null, "duration": "indefinite", "description": "removal of the post", "territorial_scope": "worldwide"}, "automated_means": {"decision": "AUTOMATED_DECISION_NOT_AUTOMATED", "detection": false}, "facts_and_circumstances": {"text": "Reviewed against the report and the item's context.", "notices": 2, "category": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "taken_on": "SOURCE_ARTICLE_16", "notifier_identity": "not disclosed", "category_specification": ["KEYWORD_HATE_SPEECH"]}}	{"puid": "sh-98ef80d8-14ef-4009-b2ce-ef100dad4f20", "category": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "source_type": "SOURCE_ARTICLE_16", "content_date": "2026-12-06", "content_type": ["CONTENT_TYPE_TEXT"], "decision_facts": "Reviewed against the report and the item's context.", "decision_ground": "DECISION_GROUND_ILLEGAL_CONTENT", "application_date": "2026-12-06", "territorial_scope": ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK"], "automated_decision": "AUTOMATED_DECISION_NOT_AUTOMATED", "automated_detection": "No", "decision_visibility": ["DECISION_VISIBILITY_CONTENT_REMOVED"], "category_specification": ["KEYWORD_HATE_SPEECH"], "illegal_content_explanation": "The item falls under the cited provision on the facts reported.", "illegal_content_legal_ground": "§ 130 StGB / national incitement-to-hatred law"}	Statement of reasons (Digital Services Act, Article 17)\n\nWhat we decided: removal of the post (post demo-post-20261206-00072), on 2026-12-06.\nWhere it applies: worldwide.\nHow long: no end date set.\n\nFacts and circumstances: Reviewed against the report and the item's context.\nType of content concerned: Illegal or harmful speech.\nThis decision was taken on a notice (DSA Art. 16). We do not disclose who sent a notice.\n\nAutomated means: the content was not detected by automated means; the decision was taken by a person, not by automated means.\n\nLegal ground: the content is illegal under § 130 StGB / national incitement-to-hatred law.\nWhy: The item falls under the cited provision on the facts reported.\n\nHow to contest this decision:\n- Internal complaint, free of charge, until 2027-06-08 (DSA Art. 20): use the complaint link that comes with this statement. A different person reviews the decision.\n- You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first.\n- You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.
baca3e82-e8f2-42a9-8a8f-91c481ec8979	sh-baca3e82-e8f2-42a9-8a8f-91c481ec8979	8a73f145-3282-4118-b172-a638701521f4	984494f9-b356-468b-bebe-dfd5b54e3a64	demo-acc-00030	0f2d359ff3870fe4e43d03798cccc4b05dabfd3046b065366b5a541f79b6ffd9	2026-12-06 13:42:52.462564+00	2026-12-06 13:49:59+00	\N	{"ground": {"kind": "terms_of_service", "explanation": "The item falls under the cited provision on the facts reported.", "contractual_ground": "ToS 4.2 (spam, fraud and scams)"}, "redress": {"judicial_redress": "You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.", "internal_complaint": {"how": "use the complaint link that comes with this statement", "deadline": "2027-06-08T13:42:52.462564+00:00", "free_of_charge": true}, "out_of_court_settlement": "You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first."}, "decision": {"date": "2026-12-06T13:42:52.462564+00:00", "item": {"id": "demo-post-20261206-00087", "kind": "post"}, "type": "remove_post", "label": null, "duration": "indefinite", "description": "removal of the post", "territorial_scope": "worldwide"}, "automated_means": {"decision": "AUTOMATED_DECISION_PARTIALLY", "detection": true}, "facts_and_circumstances": {"text": "Reviewed against the report and the item's context.", "notices": 0, "category": "STATEMENT_CATEGORY_OTHER_VIOLATION_TC", "taken_on": "SOURCE_VOLUNTARY", "notifier_identity": "not disclosed", "category_specification": []}}	{"puid": "sh-baca3e82-e8f2-42a9-8a8f-91c481ec8979", "category": "STATEMENT_CATEGORY_OTHER_VIOLATION_TC", "source_type": "SOURCE_VOLUNTARY", "content_date": "2026-12-06", "content_type": ["CONTENT_TYPE_TEXT"], "decision_facts": "Reviewed against the report and the item's context.", "decision_ground": "DECISION_GROUND_INCOMPATIBLE_CONTENT", "application_date": "2026-12-06", "territorial_scope": ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK"], "automated_decision": "AUTOMATED_DECISION_PARTIALLY", "automated_detection": "Yes", "decision_visibility": ["DECISION_VISIBILITY_CONTENT_REMOVED"], "incompatible_content_ground": "ToS 4.2 (spam, fraud and scams)", "incompatible_content_explanation": "The item falls under the cited provision on the facts reported."}	Statement of reasons (Digital Services Act, Article 17)\n\nWhat we decided: removal of the post (post demo-post-20261206-00087), on 2026-12-06.\nWhere it applies: worldwide.\nHow long: no end date set.\n\nFacts and circumstances: Reviewed against the report and the item's context.\nType of content concerned: Other violation of provider’s terms and conditions.\nThis decision was taken on our own initiative. We do not disclose who sent a notice.\n\nAutomated means: the content was detected by automated means; the decision was taken by a person assisted by automated means.\n\nContractual ground: the content is incompatible with our terms of service, ToS 4.2 (spam, fraud and scams).\nWhy: The item falls under the cited provision on the facts reported.\n\nHow to contest this decision:\n- Internal complaint, free of charge, until 2027-06-08 (DSA Art. 20): use the complaint link that comes with this statement. A different person reviews the decision.\n- You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first.\n- You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.
cd859512-beab-4bf9-916e-4ee1bc962d1b	sh-cd859512-beab-4bf9-916e-4ee1bc962d1b	f6542b79-348e-4c92-ac03-ff2ae47db41d	881cf716-f700-4995-80e3-dbee944d8f84	demo-acc-00038	ee9043687a0b414674fb4c93a29203c496c486e5c91038145bd0c3dfb02772d0	2026-12-06 14:50:00+00	2026-12-06 14:59:59+00	\N	{"ground": {"kind": "terms_of_service", "explanation": "The item falls under the cited provision on the facts reported.", "contractual_ground": "ToS 4.2 (spam, fraud and scams)"}, "redress": {"judicial_redress": "You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.", "internal_complaint": {"how": "use the complaint link that comes with this statement", "deadline": "2027-06-08T14:50:00+00:00", "free_of_charge": true}, "out_of_court_settlement": "You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first."}, "decision": {"date": "2026-12-06T14:50:00+00:00", "item": {"id": "demo-post-20261206-00081", "kind": "post"}, "type": "remove_post", "label": null, "duration": "indefinite", "description": "removal of the post", "territorial_scope": "worldwide"}, "automated_means": {"decision": "AUTOMATED_DECISION_FULLY", "detection": true}, "facts_and_circumstances": {"text": "Reviewed against the report and the item's context.", "notices": 0, "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "taken_on": "SOURCE_VOLUNTARY", "notifier_identity": "not disclosed", "category_specification": ["KEYWORD_PHISHING"]}}	{"puid": "sh-cd859512-beab-4bf9-916e-4ee1bc962d1b", "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "source_type": "SOURCE_VOLUNTARY", "content_date": "2026-12-06", "content_type": ["CONTENT_TYPE_TEXT"], "decision_facts": "Reviewed against the report and the item's context.", "decision_ground": "DECISION_GROUND_INCOMPATIBLE_CONTENT", "application_date": "2026-12-06", "territorial_scope": ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK"], "automated_decision": "AUTOMATED_DECISION_FULLY", "automated_detection": "Yes", "decision_visibility": ["DECISION_VISIBILITY_CONTENT_REMOVED"], "category_specification": ["KEYWORD_PHISHING"], "incompatible_content_ground": "ToS 4.2 (spam, fraud and scams)", "incompatible_content_explanation": "The item falls under the cited provision on the facts reported."}	Statement of reasons (Digital Services Act, Article 17)\n\nWhat we decided: removal of the post (post demo-post-20261206-00081), on 2026-12-06.\nWhere it applies: worldwide.\nHow long: no end date set.\n\nFacts and circumstances: Reviewed against the report and the item's context.\nType of content concerned: Scams and/or fraud.\nThis decision was taken on our own initiative. We do not disclose who sent a notice.\n\nAutomated means: the content was detected by automated means; the decision was taken by automated means.\n\nContractual ground: the content is incompatible with our terms of service, ToS 4.2 (spam, fraud and scams).\nWhy: The item falls under the cited provision on the facts reported.\n\nHow to contest this decision:\n- Internal complaint, free of charge, until 2027-06-08 (DSA Art. 20): use the complaint link that comes with this statement. A different person reviews the decision.\n- You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first.\n- You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.
25af857f-1920-4a9d-9db6-e930807b4ec5	sh-25af857f-1920-4a9d-9db6-e930807b4ec5	c55360a4-67b4-450b-ac16-6455b457b13b	eb2521e7-dc77-4ea5-964c-11243d78b1c2	demo-acc-00015	04945d47f7d585d5aceacf8ca2e289a10ff78f8080bbeb641a345b54d65e768f	2026-12-06 15:02:33.367779+00	2026-12-06 15:09:59+00	\N	{"ground": {"kind": "illegal_content", "explanation": "The item falls under the cited provision on the facts reported.", "legal_ground": "§ 130 StGB / national incitement-to-hatred law"}, "redress": {"judicial_redress": "You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.", "internal_complaint": {"how": "use the complaint link that comes with this statement", "deadline": "2027-06-08T15:02:33.367779+00:00", "free_of_charge": true}, "out_of_court_settlement": "You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first."}, "decision": {"date": "2026-12-06T15:02:33.367779+00:00", "item": {"id": "demo-post-20261206-00074", "kind": "post"}, "type": "restrict_post", "label": null, "duration": "indefinite", "description": "disabling access to the post in the countries named", "territorial_scope": ["DE"]}, "automated_means": {"decision": "AUTOMATED_DECISION_NOT_AUTOMATED", "detection": false}, "facts_and_circumstances": {"text": "Reviewed against the report and the item's context.", "notices": 1, "category": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "taken_on": "SOURCE_ARTICLE_16", "notifier_identity": "not disclosed", "category_specification": ["KEYWORD_HATE_SPEECH"]}}	{"puid": "sh-25af857f-1920-4a9d-9db6-e930807b4ec5", "category": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "source_type": "SOURCE_ARTICLE_16", "content_date": "2026-12-06", "content_type": ["CONTENT_TYPE_TEXT"], "decision_facts": "Reviewed against the report and the item's context.", "decision_ground": "DECISION_GROUND_ILLEGAL_CONTENT", "application_date": "2026-12-06", "territorial_scope": ["DE"], "automated_decision": "AUTOMATED_DECISION_NOT_AUTOMATED", "automated_detection": "No", "decision_visibility": ["DECISION_VISIBILITY_CONTENT_DISABLED"], "category_specification": ["KEYWORD_HATE_SPEECH"], "illegal_content_explanation": "The item falls under the cited provision on the facts reported.", "illegal_content_legal_ground": "§ 130 StGB / national incitement-to-hatred law"}	Statement of reasons (Digital Services Act, Article 17)\n\nWhat we decided: disabling access to the post in the countries named (post demo-post-20261206-00074), on 2026-12-06.\nWhere it applies: only in Germany (DE).\nHow long: no end date set.\n\nFacts and circumstances: Reviewed against the report and the item's context.\nType of content concerned: Illegal or harmful speech.\nThis decision was taken on a notice (DSA Art. 16). We do not disclose who sent a notice.\n\nAutomated means: the content was not detected by automated means; the decision was taken by a person, not by automated means.\n\nLegal ground: the content is illegal under § 130 StGB / national incitement-to-hatred law.\nWhy: The item falls under the cited provision on the facts reported.\n\nHow to contest this decision:\n- Internal complaint, free of charge, until 2027-06-08 (DSA Art. 20): use the complaint link that comes with this statement. A different person reviews the decision.\n- You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first.\n- You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.
eac38a73-1fc4-4ff7-9945-3887c3d205c8	sh-eac38a73-1fc4-4ff7-9945-3887c3d205c8	1e3582d7-10ac-41b2-9256-7b96e03f6345	00c4ed05-33c5-4a1f-838e-fef4578055f2	demo-acc-00016	df629d90a45c27ba46b00b5035c6151c9948e354d0102c8bfee70c63c58f21ea	2026-12-06 17:03:44.968813+00	2026-12-06 17:09:59+00	\N	{"ground": {"kind": "terms_of_service", "explanation": "The item falls under the cited provision on the facts reported.", "contractual_ground": "ToS 4.2 (spam, fraud and scams)"}, "redress": {"judicial_redress": "You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.", "internal_complaint": {"how": "use the complaint link that comes with this statement", "deadline": "2027-06-08T17:03:44.968813+00:00", "free_of_charge": true}, "out_of_court_settlement": "You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first."}, "decision": {"date": "2026-12-06T17:03:44.968813+00:00", "item": {"id": "demo-post-20261206-00085", "kind": "post"}, "type": "remove_post", "label": null, "duration": "indefinite", "description": "removal of the post", "territorial_scope": "worldwide"}, "automated_means": {"decision": "AUTOMATED_DECISION_PARTIALLY", "detection": true}, "facts_and_circumstances": {"text": "Reviewed against the report and the item's context.", "notices": 0, "category": "STATEMENT_CATEGORY_OTHER_VIOLATION_TC", "taken_on": "SOURCE_VOLUNTARY", "notifier_identity": "not disclosed", "category_specification": []}}	{"puid": "sh-eac38a73-1fc4-4ff7-9945-3887c3d205c8", "category": "STATEMENT_CATEGORY_OTHER_VIOLATION_TC", "source_type": "SOURCE_VOLUNTARY", "content_date": "2026-12-06", "content_type": ["CONTENT_TYPE_TEXT"], "decision_facts": "Reviewed against the report and the item's context.", "decision_ground": "DECISION_GROUND_INCOMPATIBLE_CONTENT", "application_date": "2026-12-06", "territorial_scope": ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK"], "automated_decision": "AUTOMATED_DECISION_PARTIALLY", "automated_detection": "Yes", "decision_visibility": ["DECISION_VISIBILITY_CONTENT_REMOVED"], "incompatible_content_ground": "ToS 4.2 (spam, fraud and scams)", "incompatible_content_explanation": "The item falls under the cited provision on the facts reported."}	Statement of reasons (Digital Services Act, Article 17)\n\nWhat we decided: removal of the post (post demo-post-20261206-00085), on 2026-12-06.\nWhere it applies: worldwide.\nHow long: no end date set.\n\nFacts and circumstances: Reviewed against the report and the item's context.\nType of content concerned: Other violation of provider’s terms and conditions.\nThis decision was taken on our own initiative. We do not disclose who sent a notice.\n\nAutomated means: the content was detected by automated means; the decision was taken by a person assisted by automated means.\n\nContractual ground: the content is incompatible with our terms of service, ToS 4.2 (spam, fraud and scams).\nWhy: The item falls under the cited provision on the facts reported.\n\nHow to contest this decision:\n- Internal complaint, free of charge, until 2027-06-08 (DSA Art. 20): use the complaint link that comes with this statement. A different person reviews the decision.\n- You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first.\n- You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.
e3bcb85e-4a92-4802-b13b-59bbc692fa0f	sh-e3bcb85e-4a92-4802-b13b-59bbc692fa0f	325891a2-4298-400f-a7b8-c32170565840	bf265d7a-df5a-4c49-b284-f81ce3ce1bba	demo-acc-00022	2827ee4b62236b79e87c0add45fdfce62a48630036b4b4c080d3e0a5ca6178d9	2026-12-06 17:51:41.718249+00	2026-12-06 17:59:59+00	\N	{"ground": {"kind": "terms_of_service", "explanation": "The item falls under the cited provision on the facts reported.", "contractual_ground": "ToS 3.1 (harassment)"}, "redress": {"judicial_redress": "You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.", "internal_complaint": {"how": "use the complaint link that comes with this statement", "deadline": "2027-06-08T17:51:41.718249+00:00", "free_of_charge": true}, "out_of_court_settlement": "You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first."}, "decision": {"date": "2026-12-06T17:51:41.718249+00:00", "item": {"id": "demo-post-20261206-00071", "kind": "post"}, "type": "remove_post", "label": null, "duration": "indefinite", "description": "removal of the post", "territorial_scope": "worldwide"}, "automated_means": {"decision": "AUTOMATED_DECISION_NOT_AUTOMATED", "detection": false}, "facts_and_circumstances": {"text": "Reviewed against the report and the item's context.", "notices": 1, "category": "STATEMENT_CATEGORY_CYBER_VIOLENCE", "taken_on": "SOURCE_ARTICLE_16", "notifier_identity": "not disclosed", "category_specification": ["KEYWORD_CYBER_HARASSMENT"]}}	{"puid": "sh-e3bcb85e-4a92-4802-b13b-59bbc692fa0f", "category": "STATEMENT_CATEGORY_CYBER_VIOLENCE", "source_type": "SOURCE_ARTICLE_16", "content_date": "2026-12-06", "content_type": ["CONTENT_TYPE_TEXT"], "decision_facts": "Reviewed against the report and the item's context.", "decision_ground": "DECISION_GROUND_INCOMPATIBLE_CONTENT", "application_date": "2026-12-06", "territorial_scope": ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK"], "automated_decision": "AUTOMATED_DECISION_NOT_AUTOMATED", "automated_detection": "No", "decision_visibility": ["DECISION_VISIBILITY_CONTENT_REMOVED"], "category_specification": ["KEYWORD_CYBER_HARASSMENT"], "incompatible_content_ground": "ToS 3.1 (harassment)", "incompatible_content_explanation": "The item falls under the cited provision on the facts reported."}	Statement of reasons (Digital Services Act, Article 17)\n\nWhat we decided: removal of the post (post demo-post-20261206-00071), on 2026-12-06.\nWhere it applies: worldwide.\nHow long: no end date set.\n\nFacts and circumstances: Reviewed against the report and the item's context.\nType of content concerned: Cyber violence.\nThis decision was taken on a notice (DSA Art. 16). We do not disclose who sent a notice.\n\nAutomated means: the content was not detected by automated means; the decision was taken by a person, not by automated means.\n\nContractual ground: the content is incompatible with our terms of service, ToS 3.1 (harassment).\nWhy: The item falls under the cited provision on the facts reported.\n\nHow to contest this decision:\n- Internal complaint, free of charge, until 2027-06-08 (DSA Art. 20): use the complaint link that comes with this statement. A different person reviews the decision.\n- You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first.\n- You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.
00711553-d523-410e-a120-42cc0f10df43	sh-00711553-d523-410e-a120-42cc0f10df43	6941791b-27d8-44ab-b8df-07c5d474addc	53142a83-be4d-4646-a4da-a8835f4f6d90	demo-acc-00010	1d90f8dd2bcc608b158e5ba8a6048c6209c9de6d0278b0875612fc8bff1d670c	2026-12-06 19:35:05.206699+00	2026-12-06 19:39:59+00	\N	{"ground": {"kind": "terms_of_service", "explanation": "The item falls under the cited provision on the facts reported.", "contractual_ground": "ToS 3.1 (harassment)"}, "redress": {"judicial_redress": "You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.", "internal_complaint": {"how": "use the complaint link that comes with this statement", "deadline": "2027-06-08T19:35:05.206699+00:00", "free_of_charge": true}, "out_of_court_settlement": "You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first."}, "decision": {"date": "2026-12-06T19:35:05.206699+00:00", "item": {"id": "demo-post-20261206-00062", "kind": "post"}, "type": "remove_post", "label": null, "duration": "indefinite", "description": "removal of the post", "territorial_scope": "worldwide"}, "automated_means": {"decision": "AUTOMATED_DECISION_NOT_AUTOMATED", "detection": false}, "facts_and_circumstances": {"text": "Reviewed against the report and the item's context.", "notices": 2, "category": "STATEMENT_CATEGORY_CYBER_VIOLENCE", "taken_on": "SOURCE_ARTICLE_16", "notifier_identity": "not disclosed", "category_specification": ["KEYWORD_CYBER_HARASSMENT"]}}	{"puid": "sh-00711553-d523-410e-a120-42cc0f10df43", "category": "STATEMENT_CATEGORY_CYBER_VIOLENCE", "source_type": "SOURCE_ARTICLE_16", "content_date": "2026-12-06", "content_type": ["CONTENT_TYPE_TEXT"], "decision_facts": "Reviewed against the report and the item's context.", "decision_ground": "DECISION_GROUND_INCOMPATIBLE_CONTENT", "application_date": "2026-12-06", "territorial_scope": ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK"], "automated_decision": "AUTOMATED_DECISION_NOT_AUTOMATED", "automated_detection": "No", "decision_visibility": ["DECISION_VISIBILITY_CONTENT_REMOVED"], "category_specification": ["KEYWORD_CYBER_HARASSMENT"], "incompatible_content_ground": "ToS 3.1 (harassment)", "incompatible_content_explanation": "The item falls under the cited provision on the facts reported."}	Statement of reasons (Digital Services Act, Article 17)\n\nWhat we decided: removal of the post (post demo-post-20261206-00062), on 2026-12-06.\nWhere it applies: worldwide.\nHow long: no end date set.\n\nFacts and circumstances: Reviewed against the report and the item's context.\nType of content concerned: Cyber violence.\nThis decision was taken on a notice (DSA Art. 16). We do not disclose who sent a notice.\n\nAutomated means: the content was not detected by automated means; the decision was taken by a person, not by automated means.\n\nContractual ground: the content is incompatible with our terms of service, ToS 3.1 (harassment).\nWhy: The item falls under the cited provision on the facts reported.\n\nHow to contest this decision:\n- Internal complaint, free of charge, until 2027-06-08 (DSA Art. 20): use the complaint link that comes with this statement. A different person reviews the decision.\n- You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first.\n- You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.
d867eef8-dbb7-4d05-9667-918b7ff510ed	sh-d867eef8-dbb7-4d05-9667-918b7ff510ed	5cc5d1fd-4b38-45ac-baa3-570a760612e3	b2ea291c-155e-45ad-b188-6d3a08ed5930	demo-acc-00035	6071a6046995ad3b63861d8b0ef066ad0436bf5bd2924201a94390dad26a639e	2026-12-06 21:55:09.225933+00	2026-12-06 21:59:59+00	\N	{"ground": {"kind": "illegal_content", "explanation": "The item falls under the cited provision on the facts reported.", "legal_ground": "Regulation (EU) 2021/784 (TCO); ToS 2.1"}, "redress": {"judicial_redress": "You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.", "internal_complaint": {"how": "use the complaint link that comes with this statement", "deadline": "2027-06-08T21:55:09.225933+00:00", "free_of_charge": true}, "out_of_court_settlement": "You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first."}, "decision": {"date": "2026-12-06T21:55:09.225933+00:00", "item": {"id": "demo-post-20261206-00084", "kind": "post"}, "type": "remove_post", "label": null, "duration": "indefinite", "description": "removal of the post", "territorial_scope": "worldwide"}, "automated_means": {"decision": "AUTOMATED_DECISION_PARTIALLY", "detection": true}, "facts_and_circumstances": {"text": "Reviewed against the report and the item's context.", "notices": 0, "category": "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY", "taken_on": "SOURCE_VOLUNTARY", "notifier_identity": "not disclosed", "category_specification": ["KEYWORD_TERRORIST_CONTENT"]}}	{"puid": "sh-d867eef8-dbb7-4d05-9667-918b7ff510ed", "category": "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY", "source_type": "SOURCE_VOLUNTARY", "content_date": "2026-12-06", "content_type": ["CONTENT_TYPE_TEXT"], "decision_facts": "Reviewed against the report and the item's context.", "decision_ground": "DECISION_GROUND_ILLEGAL_CONTENT", "application_date": "2026-12-06", "territorial_scope": ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK"], "automated_decision": "AUTOMATED_DECISION_PARTIALLY", "automated_detection": "Yes", "decision_visibility": ["DECISION_VISIBILITY_CONTENT_REMOVED"], "category_specification": ["KEYWORD_TERRORIST_CONTENT"], "illegal_content_explanation": "The item falls under the cited provision on the facts reported.", "illegal_content_legal_ground": "Regulation (EU) 2021/784 (TCO); ToS 2.1"}	Statement of reasons (Digital Services Act, Article 17)\n\nWhat we decided: removal of the post (post demo-post-20261206-00084), on 2026-12-06.\nWhere it applies: worldwide.\nHow long: no end date set.\n\nFacts and circumstances: Reviewed against the report and the item's context.\nType of content concerned: Risk for public security.\nThis decision was taken on our own initiative. We do not disclose who sent a notice.\n\nAutomated means: the content was detected by automated means; the decision was taken by a person assisted by automated means.\n\nLegal ground: the content is illegal under Regulation (EU) 2021/784 (TCO); ToS 2.1.\nWhy: The item falls under the cited provision on the facts reported.\n\nHow to contest this decision:\n- Internal complaint, free of charge, until 2027-06-08 (DSA Art. 20): use the complaint link that comes with this statement. A different person reviews the decision.\n- You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first.\n- You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.
389962f4-db60-434b-b15e-aa630efec6d8	sh-389962f4-db60-434b-b15e-aa630efec6d8	095236cb-91bc-43f6-8a03-9d782fe8a451	be727186-df3a-4dac-93ab-962d3c2c8d60	demo-acc-00008	c39eeb1b7a1c1cde0c9e7f34cd8d63a00d58a213ee5d9daef677e0d907dadd51	2026-12-06 11:50:12.014168+00	2026-12-06 11:59:59+00	\N	{"ground": {"kind": "terms_of_service", "explanation": "The item falls under the cited provision on the facts reported.", "contractual_ground": "ToS 4.2 (spam, fraud and scams)"}, "redress": {"judicial_redress": "You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.", "internal_complaint": {"how": "use the complaint link that comes with this statement", "deadline": "2027-06-08T11:50:12.014168+00:00", "free_of_charge": true}, "out_of_court_settlement": "You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first."}, "decision": {"date": "2026-12-06T11:50:12.014168+00:00", "item": {"id": "demo-post-20261206-00088", "kind": "post"}, "type": "remove_post", "label": null, "duration": "indefinite", "description": "removal of the post", "territorial_scope": "worldwide"}, "automated_means": {"decision": "AUTOMATED_DECISION_PARTIALLY", "detection": true}, "facts_and_circumstances": {"text": "Reviewed against the report and the item's context.", "notices": 0, "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "taken_on": "SOURCE_VOLUNTARY", "notifier_identity": "not disclosed", "category_specification": ["KEYWORD_PYRAMID_SCHEMES"]}}	{"puid": "sh-389962f4-db60-434b-b15e-aa630efec6d8", "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "source_type": "SOURCE_VOLUNTARY", "content_date": "2026-12-06", "content_type": ["CONTENT_TYPE_TEXT"], "decision_facts": "Reviewed against the report and the item's context.", "decision_ground": "DECISION_GROUND_INCOMPATIBLE_CONTENT", "application_date": "2026-12-06", "territorial_scope": ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK"], "automated_decision": "AUTOMATED_DECISION_PARTIALLY", "automated_detection": "Yes", "decision_visibility": ["DECISION_VISIBILITY_CONTENT_REMOVED"], "category_specification": ["KEYWORD_PYRAMID_SCHEMES"], "incompatible_content_ground": "ToS 4.2 (spam, fraud and scams)", "incompatible_content_explanation": "The item falls under the cited provision on the facts reported."}	Statement of reasons (Digital Services Act, Article 17)\n\nWhat we decided: removal of the post (post demo-post-20261206-00088), on 2026-12-06.\nWhere it applies: worldwide.\nHow long: no end date set.\n\nFacts and circumstances: Reviewed against the report and the item's context.\nType of content concerned: Scams and/or fraud.\nThis decision was taken on our own initiative. We do not disclose who sent a notice.\n\nAutomated means: the content was detected by automated means; the decision was taken by a person assisted by automated means.\n\nContractual ground: the content is incompatible with our terms of service, ToS 4.2 (spam, fraud and scams).\nWhy: The item falls under the cited provision on the facts reported.\n\nHow to contest this decision:\n- Internal complaint, free of charge, until 2027-06-08 (DSA Art. 20): use the complaint link that comes with this statement. A different person reviews the decision.\n- You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first.\n- You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.
d21177a9-eaa7-478c-aa92-4f7e0aec3046	sh-d21177a9-eaa7-478c-aa92-4f7e0aec3046	bc140e56-e508-422d-bad1-46cf929b7529	c4868d60-d887-412d-bec5-40411febb85e	demo-acc-00022	8e6fdb290d464aae7d079f9c218852f9bd58dded591e892a02789e883dcc860b	2026-12-06 13:37:23+00	2026-12-06 13:39:59+00	\N	{"ground": {"kind": "terms_of_service", "explanation": "The item falls under the cited provision on the facts reported.", "contractual_ground": "ToS 4.2 (spam, fraud and scams)"}, "redress": {"judicial_redress": "You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.", "internal_complaint": {"how": "use the complaint link that comes with this statement", "deadline": "2027-06-08T13:37:23+00:00", "free_of_charge": true}, "out_of_court_settlement": "You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first."}, "decision": {"date": "2026-12-06T13:37:23+00:00", "item": {"id": "demo-post-20261206-00083", "kind": "post"}, "type": "remove_post", "label": null, "duration": "indefinite", "description": "removal of the post", "territorial_scope": "worldwide"}, "automated_means": {"decision": "AUTOMATED_DECISION_FULLY", "detection": true}, "facts_and_circumstances": {"text": "Reviewed against the report and the item's context.", "notices": 0, "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "taken_on": "SOURCE_VOLUNTARY", "notifier_identity": "not disclosed", "category_specification": ["KEYWORD_PHISHING"]}}	{"puid": "sh-d21177a9-eaa7-478c-aa92-4f7e0aec3046", "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "source_type": "SOURCE_VOLUNTARY", "content_date": "2026-12-06", "content_type": ["CONTENT_TYPE_TEXT"], "decision_facts": "Reviewed against the report and the item's context.", "decision_ground": "DECISION_GROUND_INCOMPATIBLE_CONTENT", "application_date": "2026-12-06", "territorial_scope": ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK"], "automated_decision": "AUTOMATED_DECISION_FULLY", "automated_detection": "Yes", "decision_visibility": ["DECISION_VISIBILITY_CONTENT_REMOVED"], "category_specification": ["KEYWORD_PHISHING"], "incompatible_content_ground": "ToS 4.2 (spam, fraud and scams)", "incompatible_content_explanation": "The item falls under the cited provision on the facts reported."}	Statement of reasons (Digital Services Act, Article 17)\n\nWhat we decided: removal of the post (post demo-post-20261206-00083), on 2026-12-06.\nWhere it applies: worldwide.\nHow long: no end date set.\n\nFacts and circumstances: Reviewed against the report and the item's context.\nType of content concerned: Scams and/or fraud.\nThis decision was taken on our own initiative. We do not disclose who sent a notice.\n\nAutomated means: the content was detected by automated means; the decision was taken by automated means.\n\nContractual ground: the content is incompatible with our terms of service, ToS 4.2 (spam, fraud and scams).\nWhy: The item falls under the cited provision on the facts reported.\n\nHow to contest this decision:\n- Internal complaint, free of charge, until 2027-06-08 (DSA Art. 20): use the complaint link that comes with this statement. A different person reviews the decision.\n- You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first.\n- You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.
65ed5412-8ed9-40fb-8fdf-a1dc4d0f1b90	sh-65ed5412-8ed9-40fb-8fdf-a1dc4d0f1b90	bc140e56-e508-422d-bad1-46cf929b7529	3a12f2f7-7c32-4506-a79a-8bc5dc612965	demo-acc-00022	7428c5349b6c4bf3015a8afbc2bc6fa6944bcd324d7e68da9ebb405d64f6ca87	2026-12-06 13:37:23+00	2026-12-06 13:39:59+00	\N	{"ground": {"kind": "terms_of_service", "explanation": "The item falls under the cited provision on the facts reported.", "contractual_ground": "ToS 4.2 (spam, fraud and scams)"}, "redress": {"judicial_redress": "You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.", "internal_complaint": {"how": "use the complaint link that comes with this statement", "deadline": "2027-06-08T13:37:23+00:00", "free_of_charge": true}, "out_of_court_settlement": "You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first."}, "decision": {"date": "2026-12-06T13:37:23+00:00", "item": {"id": "demo-acc-00022", "kind": "account"}, "type": "suspend_account", "label": null, "duration": {"until": "2027-01-05T13:37:20+00:00"}, "description": "suspension of the account", "territorial_scope": "worldwide"}, "automated_means": {"decision": "AUTOMATED_DECISION_FULLY", "detection": true}, "facts_and_circumstances": {"text": "Reviewed against the report and the item's context.", "notices": 0, "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "taken_on": "SOURCE_VOLUNTARY", "notifier_identity": "not disclosed", "category_specification": ["KEYWORD_PHISHING"]}}	{"puid": "sh-65ed5412-8ed9-40fb-8fdf-a1dc4d0f1b90", "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "source_type": "SOURCE_VOLUNTARY", "content_date": "2026-12-06", "content_type": ["CONTENT_TYPE_OTHER"], "decision_facts": "Reviewed against the report and the item's context.", "decision_ground": "DECISION_GROUND_INCOMPATIBLE_CONTENT", "application_date": "2026-12-06", "decision_account": "DECISION_ACCOUNT_SUSPENDED", "territorial_scope": ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK"], "automated_decision": "AUTOMATED_DECISION_FULLY", "content_type_other": "account", "automated_detection": "Yes", "category_specification": ["KEYWORD_PHISHING"], "incompatible_content_ground": "ToS 4.2 (spam, fraud and scams)", "end_date_account_restriction": "2027-01-05", "incompatible_content_explanation": "The item falls under the cited provision on the facts reported."}	Statement of reasons (Digital Services Act, Article 17)\n\nWhat we decided: suspension of the account (account demo-acc-00022), on 2026-12-06.\nWhere it applies: worldwide.\nHow long: until 2027-01-05 13:37 UTC.\n\nFacts and circumstances: Reviewed against the report and the item's context.\nType of content concerned: Scams and/or fraud.\nThis decision was taken on our own initiative. We do not disclose who sent a notice.\n\nAutomated means: the content was detected by automated means; the decision was taken by automated means.\n\nContractual ground: the content is incompatible with our terms of service, ToS 4.2 (spam, fraud and scams).\nWhy: The item falls under the cited provision on the facts reported.\n\nHow to contest this decision:\n- Internal complaint, free of charge, until 2027-06-08 (DSA Art. 20): use the complaint link that comes with this statement. A different person reviews the decision.\n- You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first.\n- You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.
d823166b-fab3-430d-ae13-32d7c7d96511	sh-d823166b-fab3-430d-ae13-32d7c7d96511	3491bc4d-cdd6-490a-8672-562d665d32a8	a021a128-b013-467f-b932-cd93e89695d4	demo-acc-00026	cae6fd16fd4164fc0524987f0b944921861c9d4db5dfeb23b467b096d0eea0f6	2026-12-06 14:20:02.971405+00	2026-12-06 14:29:59+00	\N	{"ground": {"kind": "terms_of_service", "explanation": "The item falls under the cited provision on the facts reported.", "contractual_ground": "ToS 4.2 (spam, fraud and scams)"}, "redress": {"judicial_redress": "You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.", "internal_complaint": {"how": "use the complaint link that comes with this statement", "deadline": "2027-06-08T14:20:02.971405+00:00", "free_of_charge": true}, "out_of_court_settlement": "You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first."}, "decision": {"date": "2026-12-06T14:20:02.971405+00:00", "item": {"id": "demo-post-20261206-00086", "kind": "post"}, "type": "remove_post", "label": null, "duration": "indefinite", "description": "removal of the post", "territorial_scope": "worldwide"}, "automated_means": {"decision": "AUTOMATED_DECISION_PARTIALLY", "detection": true}, "facts_and_circumstances": {"text": "Reviewed against the report and the item's context.", "notices": 0, "category": "STATEMENT_CATEGORY_OTHER_VIOLATION_TC", "taken_on": "SOURCE_VOLUNTARY", "notifier_identity": "not disclosed", "category_specification": []}}	{"puid": "sh-d823166b-fab3-430d-ae13-32d7c7d96511", "category": "STATEMENT_CATEGORY_OTHER_VIOLATION_TC", "source_type": "SOURCE_VOLUNTARY", "content_date": "2026-12-06", "content_type": ["CONTENT_TYPE_TEXT"], "decision_facts": "Reviewed against the report and the item's context.", "decision_ground": "DECISION_GROUND_INCOMPATIBLE_CONTENT", "application_date": "2026-12-06", "territorial_scope": ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK"], "automated_decision": "AUTOMATED_DECISION_PARTIALLY", "automated_detection": "Yes", "decision_visibility": ["DECISION_VISIBILITY_CONTENT_REMOVED"], "incompatible_content_ground": "ToS 4.2 (spam, fraud and scams)", "incompatible_content_explanation": "The item falls under the cited provision on the facts reported."}	Statement of reasons (Digital Services Act, Article 17)\n\nWhat we decided: removal of the post (post demo-post-20261206-00086), on 2026-12-06.\nWhere it applies: worldwide.\nHow long: no end date set.\n\nFacts and circumstances: Reviewed against the report and the item's context.\nType of content concerned: Other violation of provider’s terms and conditions.\nThis decision was taken on our own initiative. We do not disclose who sent a notice.\n\nAutomated means: the content was detected by automated means; the decision was taken by a person assisted by automated means.\n\nContractual ground: the content is incompatible with our terms of service, ToS 4.2 (spam, fraud and scams).\nWhy: The item falls under the cited provision on the facts reported.\n\nHow to contest this decision:\n- Internal complaint, free of charge, until 2027-06-08 (DSA Art. 20): use the complaint link that comes with this statement. A different person reviews the decision.\n- You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first.\n- You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.
bbc26ca9-599a-49d2-a9c6-ad523552f896	sh-bbc26ca9-599a-49d2-a9c6-ad523552f896	a0bf582c-cacc-4aed-9dd8-e93ef58496f2	7ca5e2de-cb05-49dd-96b4-e903c57ae856	demo-acc-00011	f48afcc27395e3bc6c7a57097978e66b4c501e9bae3c579783938fe82d6beddd	2026-12-06 22:36:10.377404+00	2026-12-06 22:39:59+00	\N	{"ground": {"kind": "illegal_content", "explanation": "The item falls under the cited provision on the facts reported.", "legal_ground": "§ 130 StGB / national incitement-to-hatred law"}, "redress": {"judicial_redress": "You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.", "internal_complaint": {"how": "use the complaint link that comes with this statement", "deadline": "2027-06-08T22:36:10.377404+00:00", "free_of_charge": true}, "out_of_court_settlement": "You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first."}, "decision": {"date": "2026-12-06T22:36:10.377404+00:00", "item": {"id": "demo-post-20261206-00073", "kind": "post"}, "type": "restrict_post", "label": null, "duration": "indefinite", "description": "disabling access to the post in the countries named", "territorial_scope": ["DE"]}, "automated_means": {"decision": "AUTOMATED_DECISION_NOT_AUTOMATED", "detection": false}, "facts_and_circumstances": {"text": "Reviewed against the report and the item's context.", "notices": 2, "category": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "taken_on": "SOURCE_ARTICLE_16", "notifier_identity": "not disclosed", "category_specification": ["KEYWORD_HATE_SPEECH"]}}	{"puid": "sh-bbc26ca9-599a-49d2-a9c6-ad523552f896", "category": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "source_type": "SOURCE_ARTICLE_16", "content_date": "2026-12-06", "content_type": ["CONTENT_TYPE_TEXT"], "decision_facts": "Reviewed against the report and the item's context.", "decision_ground": "DECISION_GROUND_ILLEGAL_CONTENT", "application_date": "2026-12-06", "territorial_scope": ["DE"], "automated_decision": "AUTOMATED_DECISION_NOT_AUTOMATED", "automated_detection": "No", "decision_visibility": ["DECISION_VISIBILITY_CONTENT_DISABLED"], "category_specification": ["KEYWORD_HATE_SPEECH"], "illegal_content_explanation": "The item falls under the cited provision on the facts reported.", "illegal_content_legal_ground": "§ 130 StGB / national incitement-to-hatred law"}	Statement of reasons (Digital Services Act, Article 17)\n\nWhat we decided: disabling access to the post in the countries named (post demo-post-20261206-00073), on 2026-12-06.\nWhere it applies: only in Germany (DE).\nHow long: no end date set.\n\nFacts and circumstances: Reviewed against the report and the item's context.\nType of content concerned: Illegal or harmful speech.\nThis decision was taken on a notice (DSA Art. 16). We do not disclose who sent a notice.\n\nAutomated means: the content was not detected by automated means; the decision was taken by a person, not by automated means.\n\nLegal ground: the content is illegal under § 130 StGB / national incitement-to-hatred law.\nWhy: The item falls under the cited provision on the facts reported.\n\nHow to contest this decision:\n- Internal complaint, free of charge, until 2027-06-08 (DSA Art. 20): use the complaint link that comes with this statement. A different person reviews the decision.\n- You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first.\n- You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.
4399d345-a90f-4d9b-9140-b42a0e0291a2	sh-4399d345-a90f-4d9b-9140-b42a0e0291a2	3e5cf954-c5f7-44e4-92ad-694a75f49a43	abf8da18-a00c-450d-ae80-1d6d1ea268d5	demo-acc-00001	12d0659fc2668c38698028d5c460b32891ead0c0f4f09da077c15e21c1499e73	2026-12-06 16:47:12.355594+00	2026-12-06 16:49:59+00	\N	{"ground": {"kind": "terms_of_service", "explanation": "The item falls under the cited provision on the facts reported.", "contractual_ground": "ToS 3.1 (harassment)"}, "redress": {"judicial_redress": "You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.", "internal_complaint": {"how": "use the complaint link that comes with this statement", "deadline": "2027-06-08T16:47:12.355594+00:00", "free_of_charge": true}, "out_of_court_settlement": "You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first."}, "decision": {"date": "2026-12-06T16:47:12.355594+00:00", "item": {"id": "demo-post-20261206-00065", "kind": "post"}, "type": "remove_post", "label": null, "duration": "indefinite", "description": "removal of the post", "territorial_scope": "worldwide"}, "automated_means": {"decision": "AUTOMATED_DECISION_NOT_AUTOMATED", "detection": false}, "facts_and_circumstances": {"text": "Reviewed against the report and the item's context.", "notices": 1, "category": "STATEMENT_CATEGORY_CYBER_VIOLENCE", "taken_on": "SOURCE_ARTICLE_16", "notifier_identity": "not disclosed", "category_specification": ["KEYWORD_CYBER_HARASSMENT"]}}	{"puid": "sh-4399d345-a90f-4d9b-9140-b42a0e0291a2", "category": "STATEMENT_CATEGORY_CYBER_VIOLENCE", "source_type": "SOURCE_ARTICLE_16", "content_date": "2026-12-06", "content_type": ["CONTENT_TYPE_TEXT"], "decision_facts": "Reviewed against the report and the item's context.", "decision_ground": "DECISION_GROUND_INCOMPATIBLE_CONTENT", "application_date": "2026-12-06", "territorial_scope": ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK"], "automated_decision": "AUTOMATED_DECISION_NOT_AUTOMATED", "automated_detection": "No", "decision_visibility": ["DECISION_VISIBILITY_CONTENT_REMOVED"], "category_specification": ["KEYWORD_CYBER_HARASSMENT"], "incompatible_content_ground": "ToS 3.1 (harassment)", "incompatible_content_explanation": "The item falls under the cited provision on the facts reported."}	Statement of reasons (Digital Services Act, Article 17)\n\nWhat we decided: removal of the post (post demo-post-20261206-00065), on 2026-12-06.\nWhere it applies: worldwide.\nHow long: no end date set.\n\nFacts and circumstances: Reviewed against the report and the item's context.\nType of content concerned: Cyber violence.\nThis decision was taken on a notice (DSA Art. 16). We do not disclose who sent a notice.\n\nAutomated means: the content was not detected by automated means; the decision was taken by a person, not by automated means.\n\nContractual ground: the content is incompatible with our terms of service, ToS 3.1 (harassment).\nWhy: The item falls under the cited provision on the facts reported.\n\nHow to contest this decision:\n- Internal complaint, free of charge, until 2027-06-08 (DSA Art. 20): use the complaint link that comes with this statement. A different person reviews the decision.\n- You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first.\n- You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.
95fcc7ea-0576-4af6-8e26-93a7bd69abfc	sh-95fcc7ea-0576-4af6-8e26-93a7bd69abfc	25254d1e-1e3f-41a9-8bfc-2585cab99523	e8fd255c-c4e1-402e-9dbb-eb949623be49	demo-acc-00033	97f4cd114689e4b867d8cdc6040b0f67398b129a323b611cd01ad3edb4902ecc	2026-12-06 17:13:48.462844+00	2026-12-06 17:19:59+00	\N	{"ground": {"kind": "terms_of_service", "explanation": "The item falls under the cited provision on the facts reported.", "contractual_ground": "ToS 4.2 (spam, fraud and scams)"}, "redress": {"judicial_redress": "You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.", "internal_complaint": {"how": "use the complaint link that comes with this statement", "deadline": "2027-06-08T17:13:48.462844+00:00", "free_of_charge": true}, "out_of_court_settlement": "You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first."}, "decision": {"date": "2026-12-06T17:13:48.462844+00:00", "item": {"id": "demo-post-20261206-00082", "kind": "post"}, "type": "remove_post", "label": null, "duration": "indefinite", "description": "removal of the post", "territorial_scope": "worldwide"}, "automated_means": {"decision": "AUTOMATED_DECISION_PARTIALLY", "detection": true}, "facts_and_circumstances": {"text": "Reviewed against the report and the item's context.", "notices": 0, "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "taken_on": "SOURCE_VOLUNTARY", "notifier_identity": "not disclosed", "category_specification": ["KEYWORD_PYRAMID_SCHEMES"]}}	{"puid": "sh-95fcc7ea-0576-4af6-8e26-93a7bd69abfc", "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "source_type": "SOURCE_VOLUNTARY", "content_date": "2026-12-06", "content_type": ["CONTENT_TYPE_TEXT"], "decision_facts": "Reviewed against the report and the item's context.", "decision_ground": "DECISION_GROUND_INCOMPATIBLE_CONTENT", "application_date": "2026-12-06", "territorial_scope": ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK"], "automated_decision": "AUTOMATED_DECISION_PARTIALLY", "automated_detection": "Yes", "decision_visibility": ["DECISION_VISIBILITY_CONTENT_REMOVED"], "category_specification": ["KEYWORD_PYRAMID_SCHEMES"], "incompatible_content_ground": "ToS 4.2 (spam, fraud and scams)", "incompatible_content_explanation": "The item falls under the cited provision on the facts reported."}	Statement of reasons (Digital Services Act, Article 17)\n\nWhat we decided: removal of the post (post demo-post-20261206-00082), on 2026-12-06.\nWhere it applies: worldwide.\nHow long: no end date set.\n\nFacts and circumstances: Reviewed against the report and the item's context.\nType of content concerned: Scams and/or fraud.\nThis decision was taken on our own initiative. We do not disclose who sent a notice.\n\nAutomated means: the content was detected by automated means; the decision was taken by a person assisted by automated means.\n\nContractual ground: the content is incompatible with our terms of service, ToS 4.2 (spam, fraud and scams).\nWhy: The item falls under the cited provision on the facts reported.\n\nHow to contest this decision:\n- Internal complaint, free of charge, until 2027-06-08 (DSA Art. 20): use the complaint link that comes with this statement. A different person reviews the decision.\n- You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first.\n- You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.
224ffb5b-33ab-4116-af98-4021419adca3	sh-224ffb5b-33ab-4116-af98-4021419adca3	c9d52458-bd4f-40d5-8e5f-d58de7727e20	0e0ddb2e-3dcc-4ee3-8fc5-d719c3060874	demo-acc-00029	bb0c8ba665cf433f75e86a7182f729585092d6d84ca5cb74cfa186e170393aa7	2026-12-06 22:08:30.508451+00	2026-12-06 22:09:59+00	\N	{"ground": {"kind": "illegal_content", "explanation": "The item falls under the cited provision on the facts reported.", "legal_ground": "§ 130 StGB / national incitement-to-hatred law"}, "redress": {"judicial_redress": "You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.", "internal_complaint": {"how": "use the complaint link that comes with this statement", "deadline": "2027-06-08T22:08:30.508451+00:00", "free_of_charge": true}, "out_of_court_settlement": "You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first."}, "decision": {"date": "2026-12-06T22:08:30.508451+00:00", "item": {"id": "demo-post-20261206-00061", "kind": "post"}, "type": "remove_post", "label": null, "duration": "indefinite", "description": "removal of the post", "territorial_scope": "worldwide"}, "automated_means": {"decision": "AUTOMATED_DECISION_NOT_AUTOMATED", "detection": false}, "facts_and_circumstances": {"text": "Reviewed against the report and the item's context.", "notices": 1, "category": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "taken_on": "SOURCE_ARTICLE_16", "notifier_identity": "not disclosed", "category_specification": ["KEYWORD_HATE_SPEECH"]}}	{"puid": "sh-224ffb5b-33ab-4116-af98-4021419adca3", "category": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "source_type": "SOURCE_ARTICLE_16", "content_date": "2026-12-06", "content_type": ["CONTENT_TYPE_TEXT"], "decision_facts": "Reviewed against the report and the item's context.", "decision_ground": "DECISION_GROUND_ILLEGAL_CONTENT", "application_date": "2026-12-06", "territorial_scope": ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK"], "automated_decision": "AUTOMATED_DECISION_NOT_AUTOMATED", "automated_detection": "No", "decision_visibility": ["DECISION_VISIBILITY_CONTENT_REMOVED"], "category_specification": ["KEYWORD_HATE_SPEECH"], "illegal_content_explanation": "The item falls under the cited provision on the facts reported.", "illegal_content_legal_ground": "§ 130 StGB / national incitement-to-hatred law"}	Statement of reasons (Digital Services Act, Article 17)\n\nWhat we decided: removal of the post (post demo-post-20261206-00061), on 2026-12-06.\nWhere it applies: worldwide.\nHow long: no end date set.\n\nFacts and circumstances: Reviewed against the report and the item's context.\nType of content concerned: Illegal or harmful speech.\nThis decision was taken on a notice (DSA Art. 16). We do not disclose who sent a notice.\n\nAutomated means: the content was not detected by automated means; the decision was taken by a person, not by automated means.\n\nLegal ground: the content is illegal under § 130 StGB / national incitement-to-hatred law.\nWhy: The item falls under the cited provision on the facts reported.\n\nHow to contest this decision:\n- Internal complaint, free of charge, until 2027-06-08 (DSA Art. 20): use the complaint link that comes with this statement. A different person reviews the decision.\n- You may refer this decision to an out-of-court dispute settlement body certified under Article 21 of the Digital Services Act. The European Commission publishes the list of certified bodies. You need not use our internal complaint system first.\n- You may also challenge this decision before the courts, in accordance with the law of the country concerned; using our complaint system or a settlement body does not affect that right.
\.


--
-- Data for Name: trusted_flaggers; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.trusted_flaggers (id, name, created_at, details, demo, sla_critical_minutes, sla_default_minutes) FROM stdin;
4e0db490-02a7-4398-a7c1-65bd715d0bd4	Demo Child Safety Hotline	2026-12-08 00:27:47.352197+00	{}	t	\N	\N
5a61561e-529e-4332-b4aa-127280e7b5ee	Demo Network Against Online Hate	2026-12-05 23:00:00+00	{}	t	\N	\N
e8938b18-4cb9-4d76-885c-d8edd713ae21	Demo Consumer Protection Centre	2026-12-05 23:00:00+00	{}	t	\N	\N
4526c352-fb93-40a3-9de2-0f82542420ff	Demo Anti-Fraud Alliance	2026-12-05 23:00:00+00	{}	t	\N	\N
\.


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.users (id, email, password_hash, role, agency_id, flagger_id, totp_secret_encrypted, totp_required, totp_last_counter, created_at, disabled_at, demo) FROM stdin;
63600ef7-0f14-45df-b1a6-1e70d43289c6	admin@demo.safeharbour.example	$argon2id$v=19$m=65536,t=3,p=4$yyQb9JiGhyUtM3PBtN/U4A$H2zuJPyH7YMEeh2TLhCQIJDMp1cK2EN3cnXfrmeilEg	admin	\N	\N	\N	f	\N	2026-12-08 00:27:47.556437+00	\N	t
a9253dc7-96c6-43fa-80a6-8fa65e15a01d	moderator@demo.safeharbour.example	$argon2id$v=19$m=65536,t=3,p=4$Jo853UzH4h8NJIvA8LtmPQ$15HovhV+f7KH+VF97NkC2d7fyoagbYrEzhxXhDMU5ls	moderator	\N	\N	\N	f	\N	2026-12-08 00:27:47.768902+00	\N	t
55547f78-7231-496a-b4e0-0754e32a7ade	senior-moderator@demo.safeharbour.example	$argon2id$v=19$m=65536,t=3,p=4$v3CRfdXNB2cvGwoj9IA0wg$eZe36VoXz7EbHnLjuqq/4Bn8o+1eNb7Z9uId+Fz4VzY	senior_moderator	\N	\N	\N	f	\N	2026-12-08 00:27:47.97435+00	\N	t
9b95e5b5-caca-4258-8064-a6a18400ecfc	legal-officer@demo.safeharbour.example	$argon2id$v=19$m=65536,t=3,p=4$HJOxPPLQX2kQ8qB0v4IcKA$K49vSb2s1fF+HCr85WNKKXkBMpa0UTF8RrzSO8DLNCM	legal_officer	\N	\N	\N	f	\N	2026-12-08 00:27:48.283961+00	\N	t
8446e6b3-6eae-49eb-a4c0-9cd9a428638c	auditor@demo.safeharbour.example	$argon2id$v=19$m=65536,t=3,p=4$PJ5+P3ZQ2JGvycYnQY0Img$8vx0MTfXrpHE6HlSlo988f/nZVOC8ROu15MtApxLXKY	auditor	\N	\N	\N	f	\N	2026-12-08 00:27:48.480911+00	\N	t
2206e86a-3975-4bdd-81f7-729c9dc01d56	trusted-flagger@demo.safeharbour.example	$argon2id$v=19$m=65536,t=3,p=4$FSmLaYeZnvlJuk+YCHN6bw$o7OqWCaxgK8JIhdh9vhLThfwAbLJ5rMbHl6sBva7CzA	trusted_flagger	\N	4e0db490-02a7-4398-a7c1-65bd715d0bd4	\N	f	\N	2026-12-08 00:27:48.649083+00	\N	t
95c63e0f-8dd5-4979-ad63-7d7401ee5517	authority@demo.safeharbour.example	$argon2id$v=19$m=65536,t=3,p=4$XQ4edpxwkBH6yTrmr1EyXw$dunWAVcxKWoKVsDV9cAvZSVXyTk6m/6vr9QzgLHtenc	authority	5febaab2-37da-4eca-bd81-4ef8213eefd0	\N	gAAAAABrF08EmswmjatVKWEcQAOJiPuXFeOxaXBZgCjSq3_Q-mYZ5EhRyb8RRZiCAe_Y1Qji6Zrt8zRli58XyRPsmXXhfbqY1brnmMD41vQbruP9zNkDoMRF9AZi5ZXIftGnCxOUVF4f	t	\N	2026-12-08 00:27:48.847386+00	\N	t
\.


--
-- Name: outbox_position_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.outbox_position_seq', 421, true);


--
-- Name: alembic_version alembic_version_pkc; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alembic_version
    ADD CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num);


--
-- Name: accounts pk_accounts; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT pk_accounts PRIMARY KEY (id);


--
-- Name: agencies pk_agencies; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.agencies
    ADD CONSTRAINT pk_agencies PRIMARY KEY (id);


--
-- Name: api_keys pk_api_keys; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_keys
    ADD CONSTRAINT pk_api_keys PRIMARY KEY (id);


--
-- Name: appeals pk_appeals; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.appeals
    ADD CONSTRAINT pk_appeals PRIMARY KEY (id);


--
-- Name: audit_head pk_audit_head; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_head
    ADD CONSTRAINT pk_audit_head PRIMARY KEY (id);


--
-- Name: audit_log pk_audit_log; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_log
    ADD CONSTRAINT pk_audit_log PRIMARY KEY (seq);


--
-- Name: case_signals pk_case_signals; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_signals
    ADD CONSTRAINT pk_case_signals PRIMARY KEY (id);


--
-- Name: cases pk_cases; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cases
    ADD CONSTRAINT pk_cases PRIMARY KEY (id);


--
-- Name: channels pk_channels; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.channels
    ADD CONSTRAINT pk_channels PRIMARY KEY (id);


--
-- Name: console_sessions pk_console_sessions; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.console_sessions
    ADD CONSTRAINT pk_console_sessions PRIMARY KEY (id);


--
-- Name: decision_actions pk_decision_actions; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.decision_actions
    ADD CONSTRAINT pk_decision_actions PRIMARY KEY (id);


--
-- Name: decisions pk_decisions; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.decisions
    ADD CONSTRAINT pk_decisions PRIMARY KEY (id);


--
-- Name: detection_bank_entries pk_detection_bank_entries; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.detection_bank_entries
    ADD CONSTRAINT pk_detection_bank_entries PRIMARY KEY (id);


--
-- Name: detection_banks pk_detection_banks; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.detection_banks
    ADD CONSTRAINT pk_detection_banks PRIMARY KEY (id);


--
-- Name: detection_behaviour_hits pk_detection_behaviour_hits; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.detection_behaviour_hits
    ADD CONSTRAINT pk_detection_behaviour_hits PRIMARY KEY ("window", key, member);


--
-- Name: detection_entry_hits pk_detection_entry_hits; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.detection_entry_hits
    ADD CONSTRAINT pk_detection_entry_hits PRIMARY KEY (entry_id, post_id);


--
-- Name: detection_rescanned_posts pk_detection_rescanned_posts; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.detection_rescanned_posts
    ADD CONSTRAINT pk_detection_rescanned_posts PRIMARY KEY (bank_id, bank_version, post_id);


--
-- Name: detection_rescans pk_detection_rescans; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.detection_rescans
    ADD CONSTRAINT pk_detection_rescans PRIMARY KEY (id);


--
-- Name: detection_rule_outcomes pk_detection_rule_outcomes; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.detection_rule_outcomes
    ADD CONSTRAINT pk_detection_rule_outcomes PRIMARY KEY (id);


--
-- Name: detection_scans pk_detection_scans; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.detection_scans
    ADD CONSTRAINT pk_detection_scans PRIMARY KEY (event_id);


--
-- Name: disputes pk_disputes; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.disputes
    ADD CONSTRAINT pk_disputes PRIMARY KEY (id);


--
-- Name: enforcement_actions pk_enforcement_actions; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.enforcement_actions
    ADD CONSTRAINT pk_enforcement_actions PRIMARY KEY (id);


--
-- Name: ingested_events pk_ingested_events; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ingested_events
    ADD CONSTRAINT pk_ingested_events PRIMARY KEY (event_id);


--
-- Name: installation_facts pk_installation_facts; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.installation_facts
    ADD CONSTRAINT pk_installation_facts PRIMARY KEY (name);


--
-- Name: item_labels pk_item_labels; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.item_labels
    ADD CONSTRAINT pk_item_labels PRIMARY KEY (id);


--
-- Name: legal_deferred_notices pk_legal_deferred_notices; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_deferred_notices
    ADD CONSTRAINT pk_legal_deferred_notices PRIMARY KEY (id);


--
-- Name: legal_disclosures pk_legal_disclosures; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_disclosures
    ADD CONSTRAINT pk_legal_disclosures PRIMARY KEY (id);


--
-- Name: legal_holds pk_legal_holds; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_holds
    ADD CONSTRAINT pk_legal_holds PRIMARY KEY (id);


--
-- Name: legal_request_answers pk_legal_request_answers; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_request_answers
    ADD CONSTRAINT pk_legal_request_answers PRIMARY KEY (id);


--
-- Name: legal_request_assessments pk_legal_request_assessments; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_request_assessments
    ADD CONSTRAINT pk_legal_request_assessments PRIMARY KEY (id);


--
-- Name: legal_request_attachments pk_legal_request_attachments; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_request_attachments
    ADD CONSTRAINT pk_legal_request_attachments PRIMARY KEY (id);


--
-- Name: legal_request_callbacks pk_legal_request_callbacks; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_request_callbacks
    ADD CONSTRAINT pk_legal_request_callbacks PRIMARY KEY (id);


--
-- Name: legal_request_escalations pk_legal_request_escalations; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_request_escalations
    ADD CONSTRAINT pk_legal_request_escalations PRIMARY KEY (id);


--
-- Name: legal_request_events pk_legal_request_events; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_request_events
    ADD CONSTRAINT pk_legal_request_events PRIMARY KEY (id);


--
-- Name: legal_request_supplements pk_legal_request_supplements; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_request_supplements
    ADD CONSTRAINT pk_legal_request_supplements PRIMARY KEY (id);


--
-- Name: legal_requests pk_legal_requests; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_requests
    ADD CONSTRAINT pk_legal_requests PRIMARY KEY (id);


--
-- Name: media pk_media; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.media
    ADD CONSTRAINT pk_media PRIMARY KEY (post_id, id);


--
-- Name: memberships pk_memberships; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.memberships
    ADD CONSTRAINT pk_memberships PRIMARY KEY (channel_id, account_id);


--
-- Name: notices pk_notices; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notices
    ADD CONSTRAINT pk_notices PRIMARY KEY (id);


--
-- Name: notifications pk_notifications; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications
    ADD CONSTRAINT pk_notifications PRIMARY KEY (id);


--
-- Name: outbound_reports pk_outbound_reports; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbound_reports
    ADD CONSTRAINT pk_outbound_reports PRIMARY KEY (id);


--
-- Name: outbox pk_outbox; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT pk_outbox PRIMARY KEY ("position");


--
-- Name: posts pk_posts; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.posts
    ADD CONSTRAINT pk_posts PRIMARY KEY (id);


--
-- Name: preservation_snapshots pk_preservation_snapshots; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.preservation_snapshots
    ADD CONSTRAINT pk_preservation_snapshots PRIMARY KEY (id);


--
-- Name: process_heartbeats pk_process_heartbeats; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.process_heartbeats
    ADD CONSTRAINT pk_process_heartbeats PRIMARY KEY (id);


--
-- Name: published_reports pk_published_reports; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.published_reports
    ADD CONSTRAINT pk_published_reports PRIMARY KEY (date);


--
-- Name: qa_reviews pk_qa_reviews; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qa_reviews
    ADD CONSTRAINT pk_qa_reviews PRIMARY KEY (id);


--
-- Name: source_sanctions pk_source_sanctions; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.source_sanctions
    ADD CONSTRAINT pk_source_sanctions PRIMARY KEY (id);


--
-- Name: statements pk_statements; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.statements
    ADD CONSTRAINT pk_statements PRIMARY KEY (id);


--
-- Name: trusted_flaggers pk_trusted_flaggers; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.trusted_flaggers
    ADD CONSTRAINT pk_trusted_flaggers PRIMARY KEY (id);


--
-- Name: users pk_users; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT pk_users PRIMARY KEY (id);


--
-- Name: api_keys uq_api_keys_key_sha256; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_keys
    ADD CONSTRAINT uq_api_keys_key_sha256 UNIQUE (key_sha256);


--
-- Name: appeals uq_appeals_open_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.appeals
    ADD CONSTRAINT uq_appeals_open_key UNIQUE (open_key);


--
-- Name: detection_bank_entries uq_bank_entry_value; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.detection_bank_entries
    ADD CONSTRAINT uq_bank_entry_value UNIQUE (bank_id, signal, value_sha256);


--
-- Name: cases uq_cases_open_item_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cases
    ADD CONSTRAINT uq_cases_open_item_key UNIQUE (open_item_key);


--
-- Name: console_sessions uq_console_sessions_token_sha256; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.console_sessions
    ADD CONSTRAINT uq_console_sessions_token_sha256 UNIQUE (token_sha256);


--
-- Name: detection_banks uq_detection_banks_name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.detection_banks
    ADD CONSTRAINT uq_detection_banks_name UNIQUE (name);


--
-- Name: legal_deferred_notices uq_legal_deferred_notices_account; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_deferred_notices
    ADD CONSTRAINT uq_legal_deferred_notices_account UNIQUE (request_id, account_id);


--
-- Name: legal_request_escalations uq_legal_escalations_level; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_request_escalations
    ADD CONSTRAINT uq_legal_escalations_level UNIQUE (request_id, clock_started_at, level);


--
-- Name: legal_request_events uq_legal_request_events_seq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_request_events
    ADD CONSTRAINT uq_legal_request_events_seq UNIQUE (request_id, seq);


--
-- Name: legal_requests uq_legal_requests_idempotency; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_requests
    ADD CONSTRAINT uq_legal_requests_idempotency UNIQUE (agency_id, idempotency_key);


--
-- Name: legal_request_supplements uq_legal_supplements_idempotency; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_request_supplements
    ADD CONSTRAINT uq_legal_supplements_idempotency UNIQUE (request_id, idempotency_key);


--
-- Name: notices uq_notices_status_token_sha256; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notices
    ADD CONSTRAINT uq_notices_status_token_sha256 UNIQUE (status_token_sha256);


--
-- Name: outbound_reports uq_outbound_reports_decision_kind; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbound_reports
    ADD CONSTRAINT uq_outbound_reports_decision_kind UNIQUE (decision_id, kind);


--
-- Name: outbox uq_outbox_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT uq_outbox_id UNIQUE (id);


--
-- Name: qa_reviews uq_qa_reviews_decision_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qa_reviews
    ADD CONSTRAINT uq_qa_reviews_decision_id UNIQUE (decision_id);


--
-- Name: detection_rescans uq_rescan_bank_version; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.detection_rescans
    ADD CONSTRAINT uq_rescan_bank_version UNIQUE (bank_id, bank_version);


--
-- Name: statements uq_statements_decision_action_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.statements
    ADD CONSTRAINT uq_statements_decision_action_id UNIQUE (decision_action_id);


--
-- Name: statements uq_statements_puid; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.statements
    ADD CONSTRAINT uq_statements_puid UNIQUE (puid);


--
-- Name: statements uq_statements_token_sha256; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.statements
    ADD CONSTRAINT uq_statements_token_sha256 UNIQUE (token_sha256);


--
-- Name: users uq_users_email; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT uq_users_email UNIQUE (email);


--
-- Name: ix_api_keys_owner; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_api_keys_owner ON public.api_keys USING btree (owner_id);


--
-- Name: ix_appeals_decision_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_appeals_decision_id ON public.appeals USING btree (decision_id);


--
-- Name: ix_appeals_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_appeals_status ON public.appeals USING btree (status, submitted_at);


--
-- Name: ix_audit_log_action; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_audit_log_action ON public.audit_log USING btree (action);


--
-- Name: ix_case_signals_case_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_case_signals_case_id ON public.case_signals USING btree (case_id);


--
-- Name: ix_cases_item_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_cases_item_key ON public.cases USING btree (item_key);


--
-- Name: ix_cases_queue; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_cases_queue ON public.cases USING btree (status, rank_key, id);


--
-- Name: ix_cases_tier_queue; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_cases_tier_queue ON public.cases USING btree (status, tier, rank_key, id);


--
-- Name: ix_channels_owner_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_channels_owner_id ON public.channels USING btree (owner_id);


--
-- Name: ix_console_sessions_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_console_sessions_user_id ON public.console_sessions USING btree (user_id);


--
-- Name: ix_decision_actions_decision_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_decision_actions_decision_id ON public.decision_actions USING btree (decision_id);


--
-- Name: ix_decisions_case_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_decisions_case_id ON public.decisions USING btree (case_id);


--
-- Name: ix_decisions_effective_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_decisions_effective_at ON public.decisions USING btree (effective_at);


--
-- Name: ix_detection_bank_entries_signal; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_detection_bank_entries_signal ON public.detection_bank_entries USING btree (signal);


--
-- Name: ix_detection_behaviour_hits_key_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_detection_behaviour_hits_key_time ON public.detection_behaviour_hits USING btree ("window", key, hit_at);


--
-- Name: ix_detection_behaviour_hits_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_detection_behaviour_hits_time ON public.detection_behaviour_hits USING btree (hit_at);


--
-- Name: ix_detection_entry_hits_entry_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_detection_entry_hits_entry_time ON public.detection_entry_hits USING btree (entry_id, hit_at);


--
-- Name: ix_detection_rule_outcomes_post_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_detection_rule_outcomes_post_id ON public.detection_rule_outcomes USING btree (post_id);


--
-- Name: ix_detection_rule_outcomes_rule; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_detection_rule_outcomes_rule ON public.detection_rule_outcomes USING btree (rule_id, decided_at);


--
-- Name: ix_detection_rule_outcomes_shadow; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_detection_rule_outcomes_shadow ON public.detection_rule_outcomes USING btree (shadow, decided_at);


--
-- Name: ix_detection_scans_post_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_detection_scans_post_id ON public.detection_scans USING btree (post_id);


--
-- Name: ix_disputes_decision_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_disputes_decision_id ON public.disputes USING btree (decision_id);


--
-- Name: ix_enforcement_actions_decision_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_enforcement_actions_decision_id ON public.enforcement_actions USING btree (decision_id);


--
-- Name: ix_enforcement_actions_legal_request_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_enforcement_actions_legal_request_id ON public.enforcement_actions USING btree (legal_request_id);


--
-- Name: ix_enforcement_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_enforcement_due ON public.enforcement_actions USING btree (status, next_attempt_at);


--
-- Name: ix_ingested_events_received_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_ingested_events_received_at ON public.ingested_events USING btree (received_at);


--
-- Name: ix_legal_deferred_notices_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_legal_deferred_notices_due ON public.legal_deferred_notices USING btree (state, due_at);


--
-- Name: ix_legal_deferred_notices_request_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_legal_deferred_notices_request_id ON public.legal_deferred_notices USING btree (request_id);


--
-- Name: ix_legal_disclosures_request_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_legal_disclosures_request_id ON public.legal_disclosures USING btree (request_id);


--
-- Name: ix_legal_holds_subject; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_legal_holds_subject ON public.legal_holds USING btree (subject_kind, subject_id);


--
-- Name: ix_legal_request_answers_request_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_legal_request_answers_request_id ON public.legal_request_answers USING btree (request_id);


--
-- Name: ix_legal_request_assessments_request_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_legal_request_assessments_request_id ON public.legal_request_assessments USING btree (request_id);


--
-- Name: ix_legal_request_attachments_request_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_legal_request_attachments_request_id ON public.legal_request_attachments USING btree (request_id);


--
-- Name: ix_legal_request_callbacks_request_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_legal_request_callbacks_request_id ON public.legal_request_callbacks USING btree (request_id);


--
-- Name: ix_legal_request_escalations_request_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_legal_request_escalations_request_id ON public.legal_request_escalations USING btree (request_id);


--
-- Name: ix_legal_request_supplements_request_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_legal_request_supplements_request_id ON public.legal_request_supplements USING btree (request_id);


--
-- Name: ix_legal_requests_agency; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_legal_requests_agency ON public.legal_requests USING btree (agency_id, received_at);


--
-- Name: ix_legal_requests_escalation; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_legal_requests_escalation ON public.legal_requests USING btree (next_escalation_at);


--
-- Name: ix_legal_requests_open; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_legal_requests_open ON public.legal_requests USING btree (status, deadline_at);


--
-- Name: ix_media_md5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_media_md5 ON public.media USING btree (md5);


--
-- Name: ix_media_sha256; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_media_sha256 ON public.media USING btree (sha256);


--
-- Name: ix_memberships_account; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_memberships_account ON public.memberships USING btree (account_id);


--
-- Name: ix_notices_case; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_notices_case ON public.notices USING btree (case_id, source_key);


--
-- Name: ix_notices_flagger; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_notices_flagger ON public.notices USING btree (flagger_id, received_at);


--
-- Name: ix_notices_source; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_notices_source ON public.notices USING btree (source_key, received_at);


--
-- Name: ix_notifications_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_notifications_due ON public.notifications USING btree (status, next_attempt_at);


--
-- Name: ix_outbound_reports_decision_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_outbound_reports_decision_id ON public.outbound_reports USING btree (decision_id);


--
-- Name: ix_outbox_pending; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_outbox_pending ON public.outbox USING btree (published_at, dead_at, "position");


--
-- Name: ix_posts_author; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_posts_author ON public.posts USING btree (author_id);


--
-- Name: ix_posts_channel; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_posts_channel ON public.posts USING btree (channel_id);


--
-- Name: ix_posts_sealed; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_posts_sealed ON public.posts USING btree (sealed_sha256);


--
-- Name: ix_preservation_snapshots_held_until; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_preservation_snapshots_held_until ON public.preservation_snapshots USING btree (held_until);


--
-- Name: ix_preservation_snapshots_request_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_preservation_snapshots_request_id ON public.preservation_snapshots USING btree (request_id);


--
-- Name: ix_process_heartbeats_seen; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_process_heartbeats_seen ON public.process_heartbeats USING btree (seen_at);


--
-- Name: ix_qa_reviews_queue; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_qa_reviews_queue ON public.qa_reviews USING btree (status, sampled_at);


--
-- Name: ix_qa_reviews_sample_day; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_qa_reviews_sample_day ON public.qa_reviews USING btree (sample_day);


--
-- Name: ix_source_sanctions_source_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_source_sanctions_source_key ON public.source_sanctions USING btree (source_key);


--
-- Name: ix_statements_decision_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_statements_decision_id ON public.statements USING btree (decision_id);


--
-- Name: ux_item_labels; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX ux_item_labels ON public.item_labels USING btree (item_kind, item_id, label);


--
-- Name: ux_notices_idempotency; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX ux_notices_idempotency ON public.notices USING btree (idempotency_scope, idempotency_digest);


--
-- Name: audit_log audit_log_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON public.audit_log FOR EACH STATEMENT EXECUTE FUNCTION public.audit_log_append_only();


--
-- Name: audit_log audit_log_no_update_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER audit_log_no_update_delete BEFORE DELETE OR UPDATE ON public.audit_log FOR EACH ROW EXECUTE FUNCTION public.audit_log_append_only();


--
-- Name: appeals fk_appeals_case_id_cases; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.appeals
    ADD CONSTRAINT fk_appeals_case_id_cases FOREIGN KEY (case_id) REFERENCES public.cases(id);


--
-- Name: appeals fk_appeals_decision_id_decisions; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.appeals
    ADD CONSTRAINT fk_appeals_decision_id_decisions FOREIGN KEY (decision_id) REFERENCES public.decisions(id);


--
-- Name: case_signals fk_case_signals_case_id_cases; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_signals
    ADD CONSTRAINT fk_case_signals_case_id_cases FOREIGN KEY (case_id) REFERENCES public.cases(id);


--
-- Name: console_sessions fk_console_sessions_user_id_users; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.console_sessions
    ADD CONSTRAINT fk_console_sessions_user_id_users FOREIGN KEY (user_id) REFERENCES public.users(id);


--
-- Name: decision_actions fk_decision_actions_decision_id_decisions; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.decision_actions
    ADD CONSTRAINT fk_decision_actions_decision_id_decisions FOREIGN KEY (decision_id) REFERENCES public.decisions(id);


--
-- Name: decisions fk_decisions_case_id_cases; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.decisions
    ADD CONSTRAINT fk_decisions_case_id_cases FOREIGN KEY (case_id) REFERENCES public.cases(id);


--
-- Name: detection_bank_entries fk_detection_bank_entries_bank_id_detection_banks; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.detection_bank_entries
    ADD CONSTRAINT fk_detection_bank_entries_bank_id_detection_banks FOREIGN KEY (bank_id) REFERENCES public.detection_banks(id) ON DELETE CASCADE;


--
-- Name: detection_entry_hits fk_detection_entry_hits_entry_id_detection_bank_entries; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.detection_entry_hits
    ADD CONSTRAINT fk_detection_entry_hits_entry_id_detection_bank_entries FOREIGN KEY (entry_id) REFERENCES public.detection_bank_entries(id) ON DELETE CASCADE;


--
-- Name: disputes fk_disputes_decision_id_decisions; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.disputes
    ADD CONSTRAINT fk_disputes_decision_id_decisions FOREIGN KEY (decision_id) REFERENCES public.decisions(id);


--
-- Name: enforcement_actions fk_enforcement_actions_decision_id_decisions; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.enforcement_actions
    ADD CONSTRAINT fk_enforcement_actions_decision_id_decisions FOREIGN KEY (decision_id) REFERENCES public.decisions(id);


--
-- Name: enforcement_actions fk_enforcement_actions_legal_request_id_legal_requests; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.enforcement_actions
    ADD CONSTRAINT fk_enforcement_actions_legal_request_id_legal_requests FOREIGN KEY (legal_request_id) REFERENCES public.legal_requests(id);


--
-- Name: legal_deferred_notices fk_legal_deferred_notices_request_id_legal_requests; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_deferred_notices
    ADD CONSTRAINT fk_legal_deferred_notices_request_id_legal_requests FOREIGN KEY (request_id) REFERENCES public.legal_requests(id);


--
-- Name: legal_disclosures fk_legal_disclosures_request_id_legal_requests; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_disclosures
    ADD CONSTRAINT fk_legal_disclosures_request_id_legal_requests FOREIGN KEY (request_id) REFERENCES public.legal_requests(id);


--
-- Name: legal_request_answers fk_legal_request_answers_request_id_legal_requests; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_request_answers
    ADD CONSTRAINT fk_legal_request_answers_request_id_legal_requests FOREIGN KEY (request_id) REFERENCES public.legal_requests(id);


--
-- Name: legal_request_assessments fk_legal_request_assessments_request_id_legal_requests; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_request_assessments
    ADD CONSTRAINT fk_legal_request_assessments_request_id_legal_requests FOREIGN KEY (request_id) REFERENCES public.legal_requests(id);


--
-- Name: legal_request_attachments fk_legal_request_attachments_request_id_legal_requests; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_request_attachments
    ADD CONSTRAINT fk_legal_request_attachments_request_id_legal_requests FOREIGN KEY (request_id) REFERENCES public.legal_requests(id);


--
-- Name: legal_request_attachments fk_legal_request_attachments_supplement_id_legal_reques_3e0f; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_request_attachments
    ADD CONSTRAINT fk_legal_request_attachments_supplement_id_legal_reques_3e0f FOREIGN KEY (supplement_id) REFERENCES public.legal_request_supplements(id);


--
-- Name: legal_request_callbacks fk_legal_request_callbacks_agency_id_agencies; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_request_callbacks
    ADD CONSTRAINT fk_legal_request_callbacks_agency_id_agencies FOREIGN KEY (agency_id) REFERENCES public.agencies(id);


--
-- Name: legal_request_callbacks fk_legal_request_callbacks_request_id_legal_requests; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_request_callbacks
    ADD CONSTRAINT fk_legal_request_callbacks_request_id_legal_requests FOREIGN KEY (request_id) REFERENCES public.legal_requests(id);


--
-- Name: legal_request_escalations fk_legal_request_escalations_request_id_legal_requests; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_request_escalations
    ADD CONSTRAINT fk_legal_request_escalations_request_id_legal_requests FOREIGN KEY (request_id) REFERENCES public.legal_requests(id);


--
-- Name: legal_request_events fk_legal_request_events_request_id_legal_requests; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_request_events
    ADD CONSTRAINT fk_legal_request_events_request_id_legal_requests FOREIGN KEY (request_id) REFERENCES public.legal_requests(id);


--
-- Name: legal_request_supplements fk_legal_request_supplements_request_id_legal_requests; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_request_supplements
    ADD CONSTRAINT fk_legal_request_supplements_request_id_legal_requests FOREIGN KEY (request_id) REFERENCES public.legal_requests(id);


--
-- Name: legal_requests fk_legal_requests_agency_id_agencies; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_requests
    ADD CONSTRAINT fk_legal_requests_agency_id_agencies FOREIGN KEY (agency_id) REFERENCES public.agencies(id);


--
-- Name: notices fk_notices_case_id_cases; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notices
    ADD CONSTRAINT fk_notices_case_id_cases FOREIGN KEY (case_id) REFERENCES public.cases(id);


--
-- Name: notices fk_notices_flagger_id_trusted_flaggers; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notices
    ADD CONSTRAINT fk_notices_flagger_id_trusted_flaggers FOREIGN KEY (flagger_id) REFERENCES public.trusted_flaggers(id);


--
-- Name: preservation_snapshots fk_preservation_snapshots_request_id_legal_requests; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.preservation_snapshots
    ADD CONSTRAINT fk_preservation_snapshots_request_id_legal_requests FOREIGN KEY (request_id) REFERENCES public.legal_requests(id);


--
-- Name: qa_reviews fk_qa_reviews_decision_id_decisions; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qa_reviews
    ADD CONSTRAINT fk_qa_reviews_decision_id_decisions FOREIGN KEY (decision_id) REFERENCES public.decisions(id);


--
-- Name: source_sanctions fk_source_sanctions_flagger_id_trusted_flaggers; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.source_sanctions
    ADD CONSTRAINT fk_source_sanctions_flagger_id_trusted_flaggers FOREIGN KEY (flagger_id) REFERENCES public.trusted_flaggers(id);


--
-- Name: statements fk_statements_decision_id_decisions; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.statements
    ADD CONSTRAINT fk_statements_decision_id_decisions FOREIGN KEY (decision_id) REFERENCES public.decisions(id);


--
-- Name: users fk_users_agency_id_agencies; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT fk_users_agency_id_agencies FOREIGN KEY (agency_id) REFERENCES public.agencies(id);


--
-- Name: users fk_users_flagger_id_trusted_flaggers; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT fk_users_flagger_id_trusted_flaggers FOREIGN KEY (flagger_id) REFERENCES public.trusted_flaggers(id);


--
-- PostgreSQL database dump complete
--

\unrestrict oWJdPHZpfsTUZLBql5ncsybn7H07Zt1ZhcP24ZFl8MQhHILfVrVuzS5606HgPr6

