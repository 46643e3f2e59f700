"""Backups and restore of the whole database."""

from desk_app.services.backups.naming import BackupFile
from desk_app.services.backups.service import (
    STALE_AFTER,
    BackupReport,
    BackupService,
    RestoreReport,
    check_backup_file,
    pg_dump_available,
)

__all__ = [
    "STALE_AFTER",
    "BackupFile",
    "BackupReport",
    "BackupService",
    "RestoreReport",
    "check_backup_file",
    "pg_dump_available",
]
