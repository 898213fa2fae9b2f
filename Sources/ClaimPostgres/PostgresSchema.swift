import Foundation
/// The ledger's tables, as numbered migrations. `claims db migrate` (and the first command that
/// opens the store) applies the ones a database lacks, in order, each in its own transaction;
/// a database migrated by a newer tool is refused rather than written with an older layout.
///
/// Values are stored as the claim files write them (dates, timestamps and statuses as text), so
/// a claim read back is the claim that was written, byte for byte in its YAML form.
enum PostgresSchema {
    /// `@` stands for the schema name, a plain identifier checked when the config was read.
    static let migrations: [String] = [
        // 1: claims, their evidence trail and their status history.
        """
        CREATE TABLE @.claims (
            id text PRIMARY KEY,
            statement text NOT NULL,
            status text NOT NULL,
            event_date text,
            kind text,
            participants text[] NOT NULL DEFAULT '{}',
            place text,
            tags text[] NOT NULL DEFAULT '{}',
            created text NOT NULL,
            updated text NOT NULL
        );
        CREATE INDEX claims_status ON @.claims (status);
        CREATE INDEX claims_event_date ON @.claims (event_date);

        CREATE TABLE @.evidence (
            claim_id text NOT NULL REFERENCES @.claims (id),
            position integer NOT NULL,
            source text NOT NULL,
            url text,
            published text,
            document text,
            said_by text,
            quote text,
            status text,
            event_date text,
            cue text,
            recorded_by text NOT NULL,
            recorded_at text NOT NULL,
            note text,
            PRIMARY KEY (claim_id, position)
        );
        CREATE INDEX evidence_url ON @.evidence (url);

        -- The evidence trail is append-only in the database itself, whoever connects.
        CREATE FUNCTION @.refuse_evidence_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'the evidence trail is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
        END $$;
        CREATE TRIGGER evidence_append_only BEFORE UPDATE OR DELETE ON @.evidence
            FOR EACH ROW EXECUTE FUNCTION @.refuse_evidence_change();
        CREATE TRIGGER evidence_no_truncate BEFORE TRUNCATE ON @.evidence
            FOR EACH STATEMENT EXECUTE FUNCTION @.refuse_evidence_change();

        -- The history is derived by the rules from the evidence, and replayed whole on a change.
        CREATE TABLE @.history (
            claim_id text NOT NULL REFERENCES @.claims (id),
            position integer NOT NULL,
            at text NOT NULL,
            from_status text,
            to_status text NOT NULL,
            because text NOT NULL,
            rule text,
            evidence integer,
            by_person text,
            previous_date text,
            PRIMARY KEY (claim_id, position)
        );
        """,
    ]

    static var latestVersion: Int { migrations.count }

    static func sql(_ migration: String, schema: String) -> String {
        migration.replacingOccurrences(of: "@.", with: "\(schema).")
    }
}
