"""The error the handout stage raises for problems a user can fix; the CLI prints it."""

from __future__ import annotations

from generator.errors import UserError


class HandoutError(UserError):
    """Raised by the handout stage when a setting, file or package is missing or unusable.

    The message is German, names the file or setting and says what to do."""
