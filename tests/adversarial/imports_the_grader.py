"""Imports the grader's own comparison module."""
# expect: forbidden
import grader.compare  # noqa: F401
