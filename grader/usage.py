"""Bad input to the grader itself (a command, a path, an option): one leaf module, so that the
light commands (show, list, hint) know what a usage error is without loading grading."""


class UsageError(Exception):
    """Bad input to the grader itself: exit 2 with this one-line message."""
