"""Exceptions raised for bad user data (word lists, gazetteers)."""

from __future__ import annotations


class DataError(ValueError):
    """A user data file or list is malformed.

    Attributes: ``file`` (the path or name of the data), ``line`` (1-based,
    or None when the problem is not tied to a line), ``reason`` (what is
    wrong), ``kind`` (``"malformed"``, ``"invalid_utf8"`` or ``"io"``).
    ``str(err)`` is ``"file:line: reason"``.
    """

    def __init__(
        self,
        message: str,
        file: str | None = None,
        line: int | None = None,
        reason: str | None = None,
        kind: str = "malformed",
    ) -> None:
        super().__init__(message)
        self.file = file
        self.line = line
        self.reason = message if reason is None else reason
        self.kind = kind


class DataFileError(DataError, OSError):
    """A user data file cannot be read (missing, unreadable): both a
    ``DataError`` and an ``OSError``."""


DataError.__module__ = DataFileError.__module__ = "indonlp_rs"
