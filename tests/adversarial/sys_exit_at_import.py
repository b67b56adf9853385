"""Calls sys.exit(0) at import time."""
# expect: error
import sys

sys.exit(0)
