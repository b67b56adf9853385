"""Sleeps at import time."""
# expect: timeout
# limit: wall (it sleeps, so only the wall-clock backstop ends it)
import time

time.sleep(3600)
