"""The one exception for problems a user can fix outside the data files: a missing setting,
file or package. Findings in the data are not exceptions; they are collected and reported.

Each stage raises a subclass named for itself; the CLI prints the German message (which names
the file or setting and says what to do) and exits with 1, never with a traceback.
"""


class UserError(Exception):
    """A setting, file or package is missing or unusable."""
