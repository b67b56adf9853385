"""Ends the process with os._exit(0) while its file is being imported."""
# expect: crashed
import os

os._exit(0)
