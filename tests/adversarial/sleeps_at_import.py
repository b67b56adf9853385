"""Sleeps at import time."""
# expect: timeout
import time

time.sleep(3600)
