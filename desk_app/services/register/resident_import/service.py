"""``ResidentImportService``: preview a register file, then import it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from desk_app.domain.register import Community
from desk_app.domain.roles import Permission
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.register.bulk import RegisterView, load_states, pause_cyclic_gc
from desk_app.services.register.cleaning import clean_community_name
from desk_app.services.register.resident_import.planning import (
    ImportPlan,
    classify,
    in_order,
    plan_import,
)
from desk_app.services.register.resident_import.reading import read_rows
from desk_app.services.register.resident_import.views import (
    ImportPreview,
    ImportResult,
    RegisterChanged,
)
from desk_app.services.register.resident_import.writing import is_unique_violation, write_plan

# Tries to write before giving up when other desks keep changing the rooms it writes to.
WRITE_ATTEMPTS = 3


class ResidentImportService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def preview(
        self, actor: Actor, path: Path | str, *, community: str | None = None
    ) -> ImportPreview:
        """Read ``path`` and report what an import would do, writing nothing.

        ``community`` names the community of rows that do not say; by default the
        only community registered. Raises ValidationError when the file cannot be read
        or has no header with a room and a name column.
        """
        require(actor, Permission.IMPORT_REGISTER)
        with pause_cyclic_gc():
            return self._preview(Path(path), community)

    def _preview(self, path: Path, community: str | None) -> ImportPreview:
        today = self.ctx.today()
        headers, parsed, problems = read_rows(path, self._default_community(community), today)
        with self.ctx.db.read() as session:
            view = RegisterView.load(session, (p.room_key for p in parsed))
        pairs, conflicts = classify(view, parsed, today)
        return ImportPreview(
            source=path.name,
            header=tuple(headers),
            rows=tuple(row for _item, row in pairs),
            problems=tuple(in_order(problems + conflicts, headers)),
            parsed=tuple(parsed),
            parse_problems=tuple(problems),
        )

    def commit(self, actor: Actor, preview: ImportPreview) -> ImportResult:
        """Write the valid rows of ``preview`` in one transaction, compared afresh with
        the register (another desk may have changed it since the preview).

        The comparison is made before the transaction (``plan``), which then only checks
        that the rooms it writes to are as they were and writes (``write``): other
        desks wait a moment for the write lock, not for the whole import. When another
        desk changed one of those rooms in between, the plan is made again.
        """
        require(actor, Permission.IMPORT_REGISTER)
        for _attempt in range(WRITE_ATTEMPTS - 1):
            try:
                return self.write(actor, self.plan(actor, preview))
            except RegisterChanged:
                continue
        return self.write(actor, self.plan(actor, preview))

    def plan(self, actor: Actor, preview: ImportPreview) -> ImportPlan:
        """What importing ``preview`` writes, compared with the register as it is now."""
        require(actor, Permission.IMPORT_REGISTER)
        today = self.ctx.today()
        with pause_cyclic_gc():
            with self.ctx.db.read() as session:
                view = RegisterView.load(session, (p.room_key for p in preview.parsed))
            pairs, conflicts = classify(view, preview.parsed, today)
            problems = tuple(in_order(list(preview.parse_problems) + conflicts, preview.header))
            return plan_import(preview, problems, view, pairs, today)

    def write(self, actor: Actor, plan: ImportPlan) -> ImportResult:
        """Write ``plan`` in one transaction, all of it or nothing.

        Raises RegisterChanged when a room it writes to changed after the plan was made,
        or a room, unit, building or community it registers was registered meanwhile.
        """
        require(actor, Permission.IMPORT_REGISTER)
        try:
            with pause_cyclic_gc(), self.ctx.db.write() as session:
                if load_states(session, plan.checked) != plan.checked:
                    raise RegisterChanged()
                result = write_plan(session, self.ctx, actor, plan)
        except IntegrityError as error:
            if not is_unique_violation(error):
                raise
            raise RegisterChanged() from None
        return result

    def _default_community(self, community: str | None) -> str | None:
        if community is not None:
            return clean_community_name(community, field="community") if community.strip() else None
        with self.ctx.db.read() as session:
            names = list(
                session.scalars(select(Community.name).where(Community.active.is_(True)).limit(2))
            )
        return names[0] if len(names) == 1 else None
