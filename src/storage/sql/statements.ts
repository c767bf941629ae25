/**
 * The statements both databases run as written. Parameters are named (@name, filled from the row
 * values of rows.ts); SQLite binds them by name, the PostgreSQL store numbers them. What only one
 * database can say (a change notification, a bulk insert) stays in that database's store.
 */
const RUN_COLUMNS = 'id, subscription_id, platform, channel_id, scheduled_at, state, attempts';
const CLAIMED_BY_OWNER = "id = @id AND owner = @owner AND state = 'claimed'";

export const SQL = {
  /** One statement, so two processes saving the same channel at once cannot both insert. */
  saveSubscription: `INSERT INTO subscriptions (id, platform, channel_id, time, timezone, filter_person, filter_topic,
       quiet, threaded, status, status_reason, created_by, created_at, updated_at)
     VALUES (@id, @platform, @channel_id, @time, @timezone, @filter_person, @filter_topic,
       @quiet, @threaded, 'active', NULL, @created_by, @now, @now)
     ON CONFLICT (platform, channel_id) WHERE status <> 'removed' DO UPDATE SET
       time = excluded.time, timezone = excluded.timezone, filter_person = excluded.filter_person,
       filter_topic = excluded.filter_topic, quiet = excluded.quiet, threaded = excluded.threaded,
       status = 'active',
       status_reason = NULL, updated_at = excluded.updated_at
     RETURNING *`,
  liveSubscription: `SELECT * FROM subscriptions
     WHERE platform = @platform AND channel_id = @channel_id AND status <> 'removed'`,
  subscriptionById: 'SELECT * FROM subscriptions WHERE id = @id',
  activeSubscriptions: `SELECT * FROM subscriptions WHERE status = 'active' ORDER BY created_at, id`,
  removeSubscription: `UPDATE subscriptions SET status = 'removed', status_reason = 'unsubscribed', updated_at = @now
     WHERE platform = @platform AND channel_id = @channel_id AND status <> 'removed'
     RETURNING id`,
  pauseSubscription: `UPDATE subscriptions SET status = 'paused', status_reason = @reason, updated_at = @now
     WHERE id = @id AND status = 'active'
     RETURNING id`,

  /** The claim: the unique (subscription, scheduled instant) lets only one process insert the run. */
  claimRun: `INSERT INTO digest_runs (${RUN_COLUMNS}, owner, lease_until, covers_until, created_at, updated_at)
     VALUES (@id, @subscription_id, @platform, @channel_id, @scheduled_at, 'claimed', 0,
       @owner, @lease_until, @now, @now, @now)
     ON CONFLICT (subscription_id, scheduled_at) DO NOTHING
     RETURNING *`,
  skipRun: `INSERT INTO digest_runs (${RUN_COLUMNS}, covers_until, detail, created_at, updated_at)
     VALUES (@id, @subscription_id, @platform, @channel_id, @scheduled_at, 'skipped', 0,
       @now, @detail, @now, @now)
     ON CONFLICT (subscription_id, scheduled_at) DO NOTHING
     RETURNING *`,
  /**
   * On PostgreSQL the row lock of UPDATE serialises two processes taking over at once: the second
   * re-checks lease_until after the first committed, finds it renewed, and changes nothing.
   */
  takeOverRun: `UPDATE digest_runs SET owner = @owner, lease_until = @lease_until, updated_at = @now
     WHERE id = @id AND state = 'claimed' AND lease_until <= @now
     RETURNING *`,
  recordAttempt: `UPDATE digest_runs SET attempts = attempts + 1, lease_until = @lease_until, updated_at = @now
     WHERE ${CLAIMED_BY_OWNER} RETURNING id`,
  /** A thread's parent, noted while the run is still claimed so a resumed run replies under it. */
  recordParent: `UPDATE digest_runs SET message_id = @message_id, updated_at = @now
     WHERE ${CLAIMED_BY_OWNER} RETURNING id`,
  renewLease: `UPDATE digest_runs SET lease_until = @lease_until WHERE ${CLAIMED_BY_OWNER} RETURNING id`,
  finishRun: `UPDATE digest_runs SET state = @state, message_id = @message_id, detail = @detail,
       lease_until = NULL, updated_at = @now
     WHERE ${CLAIMED_BY_OWNER} RETURNING id`,

  runAt:
    'SELECT * FROM digest_runs WHERE subscription_id = @subscription_id AND scheduled_at = @scheduled_at',
  abandonedRuns: `SELECT * FROM digest_runs WHERE state = 'claimed' AND lease_until <= @now ORDER BY scheduled_at, id`,
  lastSentRun: `SELECT * FROM digest_runs WHERE subscription_id = @subscription_id AND state = 'sent'
     ORDER BY scheduled_at DESC LIMIT 1`,
  recentRuns: `SELECT * FROM digest_runs WHERE subscription_id = @subscription_id
     ORDER BY scheduled_at DESC LIMIT @limit`,

  arrivalsBetween: `SELECT article_id FROM article_arrivals WHERE first_seen_at > @after AND first_seen_at <= @up_to
     ORDER BY first_seen_at, article_id`,
} as const;
