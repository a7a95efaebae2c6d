"""Exception types; the CLI maps each to an exit code.

Messages name what was wrong and how to fix it, and never contain a value from the
document being processed.
"""


class RedactError(Exception):
    """Base class for every error this library raises on purpose."""


class PolicyError(RedactError, ValueError):
    """The policy file or object is invalid; the message names the offending key."""


class SecretKeyError(PolicyError):
    """An operator needs a secret key (HMAC, encryption) and none was configured."""


class FileRejected(RedactError):
    """A file cannot be read, decoded, parsed or analysed: it is quarantined, never copied.

    The message is the quarantine reason shown to the user; it never quotes content.
    """


class UsageError(RedactError):
    """The command was asked something impossible (OUT inside SRC, missing SRC ...)."""


class RunInterrupted(RedactError):
    """A run stopped before every file was done (its cluster went away); what finished is recorded."""
