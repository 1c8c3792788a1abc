-- Indexes for the regional comparisons at scale (docs/performance.md, "Regional comparisons at 10,000 diagnostics").
-- Portable SQL (PostgreSQL and H2 in PostgreSQL mode).

-- The fingerprint read before every comparison: count, latest change and summed versions of a campaign's diagnostics
-- straight from the index, without visiting the rows.
CREATE INDEX ix_diagnostic_campaign_changes ON diagnostic (campaign_id, updated_at, version);

-- The latest change of any organisation (the same fingerprint): one step down the index.
CREATE INDEX ix_organization_updated ON organization (updated_at);

-- Each diagnostic's latest snapshot (latest created_at, then highest id): the comparisons' cube and the facilitators'
-- list of diagnostics.
CREATE INDEX ix_score_snapshot_latest ON score_snapshot (diagnostic_id, created_at, id);
