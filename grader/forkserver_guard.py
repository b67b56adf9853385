"""Imported first by the fork server (and by nothing else): it dies with the grader that
started it, so a grader that is killed leaves no fork server, and so no worker, behind (each
worker also dies with its parent). See grader.sandbox.context()."""
from grader import confine

confine.die_with_parent()
