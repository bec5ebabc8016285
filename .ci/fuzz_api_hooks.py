"""Schemathesis hooks of .ci/fuzz-api: a refused request (any 4xx) must leave the database as it found it.

Before each call the hook takes a fingerprint of every table of the stack's database (row count and a digest of
the rows); the check `refused_request_changes_nothing` fails a 4xx answer after which a fingerprint differs. One
exception, by design: support's refused actions are audited (`support_audit` rows with outcome REFUSED, API.md and
SupportActionResource), so those rows are not counted. The fuzz runs with one worker, so no other request of the
fuzz runs between the two fingerprints; the stack runs without its demo. Its channels' inventory syncs do write in
the background (a reconciliation an earlier request asked for, a push of changes an earlier request made): the tables
only their steps write (`channel_syncs`, `channel_stock`, `inventory_differences`) are not counted, and
`inventory_changes`, which requests add to and the syncs' pushes delete from, counts by the changes ever added (its
sequence), which only a request moves.

FUZZ_DATABASE_URL: the stack's database, postgresql://user@host:port/db (libpq form).
"""

import os

import psycopg
import schemathesis

_DATABASE_URL = os.environ["FUZZ_DATABASE_URL"]
_SKIPPED = {"flyway_schema_history", "channel_syncs", "channel_stock", "inventory_differences"}
_FILTERS = {"support_audit": "where outcome <> 'REFUSED'"}
_BY_SEQUENCE = {"inventory_changes": "inventory_changes_change_id_seq"}
_connection = None
_before = {}


def _connect():
    global _connection
    if _connection is None or _connection.closed:
        _connection = psycopg.connect(_DATABASE_URL, autocommit=True)
    return _connection


def _fingerprint():
    with _connect().cursor() as cursor:
        cursor.execute(
            "select table_name from information_schema.tables"
            " where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name"
        )
        tables = [row[0] for row in cursor.fetchall() if row[0] not in _SKIPPED]
        state = {}
        for table in tables:
            if table in _BY_SEQUENCE:
                cursor.execute(f'select last_value, is_called from "{_BY_SEQUENCE[table]}"')
                state[table] = cursor.fetchone()
                continue
            cursor.execute(
                f'select count(*), coalesce(md5(string_agg(md5(t::text), \'\' order by md5(t::text))), \'\')'
                f' from "{table}" t {_FILTERS.get(table, "")}'
            )
            state[table] = cursor.fetchone()
        return state


@schemathesis.hook
def before_call(ctx, case, kwargs):
    _before[id(case)] = _fingerprint()


@schemathesis.check
def refused_request_changes_nothing(ctx, response, case):
    """A request the API refused (4xx) changed nothing in the database."""
    before = _before.pop(id(case), None)
    if before is None or not 400 <= response.status_code < 500:
        return None
    after = _fingerprint()
    changed = sorted(t for t in set(before) | set(after) if before.get(t) != after.get(t))
    if changed:
        raise AssertionError(
            f"refused with {response.status_code}, yet the request changed table(s) {', '.join(changed)}"
        )
    return None
