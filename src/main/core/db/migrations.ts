/**
 * Schema history, oldest first. Index + 1 is the schema version stored in PRAGMA user_version.
 * Never edit a migration that has shipped: add a new one. All pending migrations run in one transaction.
 */
import type { Database } from 'better-sqlite3';

export type Migration = (db: Database) => void;

export const migrations: Migration[] = [
  function v1_foundation(db) {
    db.exec(`
      CREATE TABLE platforms (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        website TEXT,
        official_domains TEXT NOT NULL DEFAULT '[]',
        notes TEXT,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE channels (
        id INTEGER PRIMARY KEY,
        platform_id INTEGER NOT NULL REFERENCES platforms(id),
        kind TEXT NOT NULL CHECK (kind IN ('live_chat','email','phone','social','forum','ticket_form')),
        address TEXT NOT NULL,
        found_via TEXT CHECK (found_via IN ('official_website','user_agreement','search_engine','community')),
        verified INTEGER NOT NULL DEFAULT 0 CHECK (verified IN (0,1)),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX channels_by_platform ON channels(platform_id);

      CREATE TABLE tickets (
        id INTEGER PRIMARY KEY,
        platform_id INTEGER NOT NULL REFERENCES platforms(id),
        title TEXT NOT NULL,
        category TEXT NOT NULL CHECK (category IN ('deposit_not_credited','withdrawal_delayed','account_frozen','kyc','trade_problem','fees','fraud','other')),
        status TEXT NOT NULL CHECK (status IN ('open','waiting_platform','waiting_me','escalated','complaint_filed','resolved','closed')),
        platform_refs TEXT NOT NULL DEFAULT '[]',
        opened_at TEXT NOT NULL,
        desired_outcome TEXT,
        summary TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX tickets_by_platform ON tickets(platform_id);

      CREATE TABLE transactions (
        id INTEGER PRIMARY KEY,
        ticket_id INTEGER NOT NULL REFERENCES tickets(id),
        asset TEXT NOT NULL,
        amount TEXT NOT NULL,
        network TEXT,
        txid TEXT,
        from_address TEXT,
        to_address TEXT,
        order_id TEXT,
        occurred_at TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX transactions_by_ticket ON transactions(ticket_id);

      -- The conversation log. occurred_at is when it happened (UTC), time_zone where; recorded_at when it
      -- was written down. Entries are append-only: text changes go through entry_revisions.
      CREATE TABLE entries (
        id INTEGER PRIMARY KEY,
        ticket_id INTEGER NOT NULL REFERENCES tickets(id),
        kind TEXT NOT NULL CHECK (kind IN ('message','call')),
        author TEXT NOT NULL CHECK (author IN ('me','agent','system','note')),
        agent_name TEXT,
        channel TEXT CHECK (channel IN ('live_chat','email','phone','social','forum','ticket_form')),
        occurred_at TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        text TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1,
        revised_at TEXT,
        call_duration_sec INTEGER,
        call_number TEXT
      ) STRICT;
      -- The timeline query: one ticket's entries in time order (id breaks ties in insertion order).
      CREATE INDEX entries_timeline ON entries(ticket_id, occurred_at, id);

      -- Earlier texts of edited entries: revision N's text, and when it was written.
      CREATE TABLE entry_revisions (
        entry_id INTEGER NOT NULL REFERENCES entries(id),
        revision INTEGER NOT NULL,
        text TEXT NOT NULL,
        written_at TEXT NOT NULL,
        PRIMARY KEY (entry_id, revision)
      ) STRICT;

      CREATE TRIGGER entries_append_only BEFORE DELETE ON entries
      BEGIN SELECT RAISE(ABORT, 'entries are append-only'); END;
      CREATE TRIGGER entry_revisions_append_only_update BEFORE UPDATE ON entry_revisions
      BEGIN SELECT RAISE(ABORT, 'entry history cannot be changed'); END;
      CREATE TRIGGER entry_revisions_append_only_delete BEFORE DELETE ON entry_revisions
      BEGIN SELECT RAISE(ABORT, 'entry history cannot be changed'); END;

      CREATE TABLE evidence (
        id INTEGER PRIMARY KEY,
        ticket_id INTEGER NOT NULL REFERENCES tickets(id),
        entry_id INTEGER REFERENCES entries(id),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        original_name TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size >= 0),
        mime_type TEXT NOT NULL,
        extension_mismatch INTEGER NOT NULL CHECK (extension_mismatch IN (0,1)),
        captured_at TEXT NOT NULL,
        captured_at_source TEXT NOT NULL CHECK (captured_at_source IN ('metadata','file_time','added')),
        description TEXT,
        added_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX evidence_by_ticket ON evidence(ticket_id, added_at, id);
      CREATE INDEX evidence_by_hash ON evidence(sha256);

      -- Every change, chained by hash so that a rewritten history is detectable.
      CREATE TABLE audit_events (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        ticket_id INTEGER,
        subject TEXT NOT NULL,
        detail TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_by_ticket ON audit_events(ticket_id, id);
      CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit_events
      BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;
      CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit_events
      BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;
    `);
  },

  function v2_evidenceVault(db) {
    db.exec(`
      -- What users sort and find evidence by, and the pixel size of images (NULL for other types and
      -- for images added before v2, whose size was never read).
      ALTER TABLE evidence ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE evidence ADD COLUMN width INTEGER;
      ALTER TABLE evidence ADD COLUMN height INTEGER;

      -- The chain of custody: every event in an item's life with the hash of its file at that moment.
      -- No foreign key to evidence: the rows must outlive a removed item (they are its proof of existence).
      -- Append-only, like the audit trail.
      CREATE TABLE evidence_custody (
        id INTEGER PRIMARY KEY,
        evidence_id INTEGER NOT NULL,
        ticket_id INTEGER NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        event TEXT NOT NULL CHECK (event IN ('added','exported','verified','altered','missing','removed')),
        via TEXT,
        detail TEXT,
        at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX evidence_custody_by_item ON evidence_custody(evidence_id, id);
      CREATE TRIGGER evidence_custody_append_only_update BEFORE UPDATE ON evidence_custody
      BEGIN SELECT RAISE(ABORT, 'the custody record cannot be changed'); END;
      CREATE TRIGGER evidence_custody_append_only_delete BEFORE DELETE ON evidence_custody
      BEGIN SELECT RAISE(ABORT, 'the custody record cannot be changed'); END;

      -- Items added before v2 get their 'added' event now, so every item's history starts at its arrival.
      -- The path it came by is the one its audit event recorded; detail says the row was written later.
      INSERT INTO evidence_custody (evidence_id, ticket_id, sha256, event, via, detail, at)
      SELECT e.id, e.ticket_id, e.sha256, 'added',
             coalesce((SELECT json_extract(a.detail, '$.via') FROM audit_events a
                       WHERE a.action = 'evidence.added' AND a.subject = 'evidence:' || e.id
                       ORDER BY a.id LIMIT 1), 'upload'),
             '{"backfilled":"schema v2"}',
             e.added_at
      FROM evidence e ORDER BY e.added_at, e.id;

      -- User preferences (key → JSON value); read with defaults, so a missing key is never an error.
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
  },

  function v3_conversationLog(db) {
    db.exec(`
      -- Imported entries carry the transcript's de-duplication key (src/main/core/import/keys.ts): a second
      -- import of the same messages into the same ticket finds them and adds nothing. Typed entries have none.
      ALTER TABLE entries ADD COLUMN import_key TEXT;
      -- How the entry got here: 'typed' (log.add) or 'import:<format>'. NULL for entries written before v3.
      ALTER TABLE entries ADD COLUMN source TEXT CHECK (source IS NULL OR source = 'typed' OR source LIKE 'import:%');
      CREATE UNIQUE INDEX entries_import_key ON entries(ticket_id, import_key) WHERE import_key IS NOT NULL;

      -- Which sender is "me" in transcripts from this platform, per format (the import preview's default).
      CREATE TABLE platform_import_prefs (
        platform_id INTEGER NOT NULL REFERENCES platforms(id),
        format TEXT NOT NULL CHECK (format IN ('whatsapp','telegram','email','livechat','csv')),
        me TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (platform_id, format)
      ) STRICT;

      -- Full-text search (src/main/core/search/). One external-content FTS5 table per source, so the text is
      -- stored once (in its own table) and only the index is extra. The trigram tokenizer finds any substring
      -- of 3+ characters, case-insensitively, in any script (Chinese, hex txids, order numbers); shorter
      -- queries fall back to LIKE on the same columns. Triggers keep the indexes in step with every write.
      CREATE VIRTUAL TABLE search_entries USING fts5(
        text, agent_name, content='entries', content_rowid='id', tokenize='trigram'
      );
      CREATE TRIGGER search_entries_insert AFTER INSERT ON entries BEGIN
        INSERT INTO search_entries (rowid, text, agent_name) VALUES (new.id, new.text, new.agent_name);
      END;
      CREATE TRIGGER search_entries_update AFTER UPDATE OF text, agent_name ON entries BEGIN
        INSERT INTO search_entries (search_entries, rowid, text, agent_name) VALUES ('delete', old.id, old.text, old.agent_name);
        INSERT INTO search_entries (rowid, text, agent_name) VALUES (new.id, new.text, new.agent_name);
      END;
      CREATE TRIGGER search_entries_delete AFTER DELETE ON entries BEGIN
        INSERT INTO search_entries (search_entries, rowid, text, agent_name) VALUES ('delete', old.id, old.text, old.agent_name);
      END;

      CREATE VIRTUAL TABLE search_tickets USING fts5(
        title, summary, desired_outcome, platform_refs, content='tickets', content_rowid='id', tokenize='trigram'
      );
      CREATE TRIGGER search_tickets_insert AFTER INSERT ON tickets BEGIN
        INSERT INTO search_tickets (rowid, title, summary, desired_outcome, platform_refs)
        VALUES (new.id, new.title, new.summary, new.desired_outcome, new.platform_refs);
      END;
      CREATE TRIGGER search_tickets_update AFTER UPDATE OF title, summary, desired_outcome, platform_refs ON tickets BEGIN
        INSERT INTO search_tickets (search_tickets, rowid, title, summary, desired_outcome, platform_refs)
        VALUES ('delete', old.id, old.title, old.summary, old.desired_outcome, old.platform_refs);
        INSERT INTO search_tickets (rowid, title, summary, desired_outcome, platform_refs)
        VALUES (new.id, new.title, new.summary, new.desired_outcome, new.platform_refs);
      END;
      CREATE TRIGGER search_tickets_delete AFTER DELETE ON tickets BEGIN
        INSERT INTO search_tickets (search_tickets, rowid, title, summary, desired_outcome, platform_refs)
        VALUES ('delete', old.id, old.title, old.summary, old.desired_outcome, old.platform_refs);
      END;

      CREATE VIRTUAL TABLE search_transactions USING fts5(
        asset, network, txid, from_address, to_address, order_id, content='transactions', content_rowid='id', tokenize='trigram'
      );
      CREATE TRIGGER search_transactions_insert AFTER INSERT ON transactions BEGIN
        INSERT INTO search_transactions (rowid, asset, network, txid, from_address, to_address, order_id)
        VALUES (new.id, new.asset, new.network, new.txid, new.from_address, new.to_address, new.order_id);
      END;
      CREATE TRIGGER search_transactions_update AFTER UPDATE OF asset, network, txid, from_address, to_address, order_id ON transactions BEGIN
        INSERT INTO search_transactions (search_transactions, rowid, asset, network, txid, from_address, to_address, order_id)
        VALUES ('delete', old.id, old.asset, old.network, old.txid, old.from_address, old.to_address, old.order_id);
        INSERT INTO search_transactions (rowid, asset, network, txid, from_address, to_address, order_id)
        VALUES (new.id, new.asset, new.network, new.txid, new.from_address, new.to_address, new.order_id);
      END;
      CREATE TRIGGER search_transactions_delete AFTER DELETE ON transactions BEGIN
        INSERT INTO search_transactions (search_transactions, rowid, asset, network, txid, from_address, to_address, order_id)
        VALUES ('delete', old.id, old.asset, old.network, old.txid, old.from_address, old.to_address, old.order_id);
      END;

      CREATE VIRTUAL TABLE search_evidence USING fts5(
        original_name, description, tags, content='evidence', content_rowid='id', tokenize='trigram'
      );
      CREATE TRIGGER search_evidence_insert AFTER INSERT ON evidence BEGIN
        INSERT INTO search_evidence (rowid, original_name, description, tags) VALUES (new.id, new.original_name, new.description, new.tags);
      END;
      CREATE TRIGGER search_evidence_update AFTER UPDATE OF original_name, description, tags ON evidence BEGIN
        INSERT INTO search_evidence (search_evidence, rowid, original_name, description, tags)
        VALUES ('delete', old.id, old.original_name, old.description, old.tags);
        INSERT INTO search_evidence (rowid, original_name, description, tags) VALUES (new.id, new.original_name, new.description, new.tags);
      END;
      CREATE TRIGGER search_evidence_delete AFTER DELETE ON evidence BEGIN
        INSERT INTO search_evidence (search_evidence, rowid, original_name, description, tags)
        VALUES ('delete', old.id, old.original_name, old.description, old.tags);
      END;

      -- What was written before v3 becomes searchable now: each index is built from its content table.
      INSERT INTO search_entries (search_entries) VALUES ('rebuild');
      INSERT INTO search_tickets (search_tickets) VALUES ('rebuild');
      INSERT INTO search_transactions (search_transactions) VALUES ('rebuild');
      INSERT INTO search_evidence (search_evidence) VALUES ('rebuild');
    `);
  },

  function v4_guardFlags(db) {
    db.exec(`
      -- The guard (issue 7): marks of support impersonation found in agent-side entries. Derived data, written
      -- by the core (src/main/core/log/entryFlags.ts) and replaced whenever the entry is scanned again, so
      -- not append-only. ticket_id is the entry's (copied) so that log.list and the tickets' flagged counts
      -- read one index. start/end are UTF-16 offsets into the entry's text; reason is {code, params} JSON.
      CREATE TABLE entry_flags (
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES entries(id),
        ticket_id INTEGER NOT NULL REFERENCES tickets(id),
        kind TEXT NOT NULL,
        rule_id TEXT NOT NULL,
        excerpt TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        reason TEXT NOT NULL
      ) STRICT;
      CREATE INDEX entry_flags_by_entry ON entry_flags(entry_id);
      CREATE INDEX entry_flags_by_ticket ON entry_flags(ticket_id, entry_id);

      -- The rules version an entry was last scanned with (NULL: never). No backfill here: the scan is app
      -- code that changes with the rules, so the core scans what is missing or out of date at start-up
      -- (rescanMissingFlags), which also covers later rule updates.
      ALTER TABLE entries ADD COLUMN scanned_rules_version INTEGER;
    `);
  },

  function v5_followUpAndDossier(db) {
    db.exec(`
      -- Issue 5 (follow up and escalate) and issue 6 (dossier).
      -- The platform's promised response time per channel ("email: 24 h"), in hours.
      ALTER TABLE channels ADD COLUMN promised_response_hours REAL CHECK (promised_response_hours IS NULL OR promised_response_hours > 0);
      -- The dossier's respondent block and the venue directory's choice.
      ALTER TABLE platforms ADD COLUMN legal_entity TEXT;
      ALTER TABLE platforms ADD COLUMN registration_number TEXT;
      ALTER TABLE platforms ADD COLUMN jurisdiction TEXT;
      ALTER TABLE platforms ADD COLUMN account_uid TEXT;
      -- The fiat value in dispute, as the user states it.
      ALTER TABLE tickets ADD COLUMN fiat_amount TEXT;
      ALTER TABLE tickets ADD COLUMN fiat_currency TEXT;

      -- Every status a ticket has had, and since when: the clocks pause while it was 'waiting_me'.
      -- Append-only. Tickets from before v5 start with their current status at their last update.
      CREATE TABLE ticket_status_changes (
        id INTEGER PRIMARY KEY,
        ticket_id INTEGER NOT NULL REFERENCES tickets(id),
        status TEXT NOT NULL CHECK (status IN ('open','waiting_platform','waiting_me','escalated','complaint_filed','resolved','closed')),
        at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX ticket_status_changes_by_ticket ON ticket_status_changes(ticket_id, at, id);
      INSERT INTO ticket_status_changes (ticket_id, status, at) SELECT id, 'open', opened_at FROM tickets;
      INSERT INTO ticket_status_changes (ticket_id, status, at)
        SELECT id, status, updated_at FROM tickets WHERE status <> 'open';

      -- Reminders: due_at is the current occurrence; notified_at marks it delivered (exactly once).
      CREATE TABLE reminders (
        id INTEGER PRIMARY KEY,
        ticket_id INTEGER NOT NULL REFERENCES tickets(id),
        due_at TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        note TEXT,
        repeat_every_days INTEGER CHECK (repeat_every_days IS NULL OR repeat_every_days BETWEEN 1 AND 365),
        until_reply INTEGER NOT NULL DEFAULT 0 CHECK (until_reply IN (0,1)),
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','done','answered','cancelled')),
        notified_at TEXT,
        created_at TEXT NOT NULL,
        ended_at TEXT
      ) STRICT;
      CREATE INDEX reminders_pending ON reminders(state, due_at);
      CREATE INDEX reminders_by_ticket ON reminders(ticket_id);

      -- The escalation ladder: each step, recorded on the timeline as well (entry_id).
      CREATE TABLE escalations (
        id INTEGER PRIMARY KEY,
        ticket_id INTEGER NOT NULL REFERENCES tickets(id),
        level TEXT NOT NULL CHECK (level IN ('frontline','senior','management','third_party')),
        venue_kind TEXT CHECK (venue_kind IS NULL OR venue_kind IN ('regulator','ombudsman','dispute_scheme','consumer_body','police')),
        venue_id TEXT,
        at TEXT NOT NULL,
        to_whom TEXT,
        channel TEXT CHECK (channel IS NULL OR channel IN ('live_chat','email','phone','social','forum','ticket_form')),
        reference TEXT,
        answer TEXT,
        answered_at TEXT,
        deadline_at TEXT,
        notes TEXT,
        entry_id INTEGER REFERENCES entries(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX escalations_by_ticket ON escalations(ticket_id, at);

      -- Playbook proposals the user dismissed, by the proposal's situation key.
      CREATE TABLE playbook_dismissals (
        ticket_id INTEGER NOT NULL REFERENCES tickets(id),
        key TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (ticket_id, key)
      ) STRICT;

      -- Letter templates the user wrote, or built-in ones they edited (same id as the built-in).
      CREATE TABLE letter_templates (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('follow_up','escalation_request','formal_complaint','third_party_complaint')),
        language TEXT NOT NULL CHECK (language IN ('en','zh-CN')),
        name TEXT NOT NULL,
        subject TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- The user's rating of how the platform handled a ticket (one per ticket; re-rating replaces it).
      CREATE TABLE ticket_ratings (
        ticket_id INTEGER PRIMARY KEY REFERENCES tickets(id),
        attitude INTEGER NOT NULL CHECK (attitude BETWEEN 1 AND 5),
        problem_solving INTEGER NOT NULL CHECK (problem_solving BETWEEN 1 AND 5),
        lessons TEXT,
        rated_at TEXT NOT NULL
      ) STRICT;

      -- Venues the user added to the shipped directory (resources/venues/venues.json): the Venue as JSON.
      CREATE TABLE user_venues (
        id TEXT PRIMARY KEY,
        data TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
];

export const SCHEMA_VERSION = migrations.length;
