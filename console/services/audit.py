"""The event log: every state change appends who, when, what, from, to and why.

One function for every service, inside the caller's transaction, so a change and its record
are written together or not at all. The database refuses to update or delete these rows.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, insert

from console.storage.models import Event, utcnow


def record_event(
    conn: Connection,
    *,
    actor_id: int | None,
    entity: str,
    entity_id: int,
    action: str,
    from_state: str = "",
    to_state: str = "",
    reason: str = "",
    data: dict[str, Any] | None = None,
) -> None:
    conn.execute(
        _INSERT,
        {
            "occurred_at": utcnow(),
            "actor_id": actor_id,
            "entity": entity,
            "entity_id": entity_id,
            "action": action,
            "from_state": from_state,
            "to_state": to_state,
            "reason": reason,
            "data": data or {},
        },
    )


# Built once: the parameters vary, the statement does not (its compiled form is cached).
_INSERT = insert(Event)
