"""Writing an import's plan: the rooms it writes to checked unchanged, then every row
inserted or updated in bulk with one audit event per record and a summary."""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk_app.services.context import Actor, ServiceContext
from desk_app.services.kit import audit
from desk_app.services.register.bulk import (
    insert_communities,
    insert_residents,
    insert_rooms,
    update_residents,
    update_room_areas,
)
from desk_app.services.register.resident_import.planning import ImportPlan
from desk_app.services.register.resident_import.views import ImportResult
from desk_app.services.register.views import resident_snapshot, room_snapshot


def write_plan(
    session: Session, ctx: ServiceContext, actor: Actor, plan: ImportPlan
) -> ImportResult:
    """Insert and update what ``plan`` says, with its audit events, in the caller's
    transaction."""
    now, reason = ctx.now(), "import"
    view = plan.view
    created = insert_communities(session, now, plan.communities)
    communities = {**view.communities, **created}
    insert_rooms(session, now, plan.rooms, communities, view.buildings, view.units)
    insert_residents(session, now, plan.residents)
    update_room_areas(session, now, ((room_id, area) for room_id, area, _o, _n in plan.areas))
    update_residents(session, now, [update for update, _old, _new in plan.updates])
    events = (
        ("community", "create", ((i, None, {"name": n}) for n, i in created.items())),
        ("room", "create", ((r.id, None, room_snapshot(r)) for r in plan.rooms)),
        ("room", "update", ((i, old, new) for i, _area, old, new in plan.areas)),
        ("resident", "create", ((r.id, None, resident_snapshot(r)) for r in plan.residents)),
        ("resident", "update", ((u.id, old, new) for u, old, new in plan.updates)),
    )
    for entity_type, action, changes in events:
        audit.record_many(session, ctx, actor, action, entity_type, changes, reason=reason)
    result = ImportResult(
        residents_created=len(plan.residents),
        residents_updated=len(plan.updates),
        unchanged=plan.unchanged,
        rooms_created=len(plan.rooms),
        rooms_updated=len(plan.areas),
        problems=plan.problems,
    )
    audit.record(
        session,
        ctx,
        actor,
        "import",
        "register",
        "residents",
        new={
            "file": plan.preview.source,
            "residents_created": result.residents_created,
            "residents_updated": result.residents_updated,
            "unchanged": result.unchanged,
            "rooms_created": result.rooms_created,
            "rooms_updated": result.rooms_updated,
            "rows_rejected": len({(p.sheet, p.row) for p in result.problems}),
        },
    )
    return result


# -- parsing --------------------------------------------------------------------------


def is_unique_violation(error: IntegrityError) -> bool:
    """A duplicate key: what another desk registering the same room meanwhile causes."""
    driver = error.orig
    return (
        getattr(driver, "sqlite_errorname", "") == "SQLITE_CONSTRAINT_UNIQUE"
        or getattr(driver, "sqlstate", None) == "23505"
    )
