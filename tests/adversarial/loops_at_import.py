"""Loops at import time."""
# expect: timeout
while True:
    pass
