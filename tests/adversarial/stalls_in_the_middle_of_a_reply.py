"""Writes a length header for a thousand bytes, three of them, and stops: a grader that reads
the rest with a blocking read waits until something else kills it."""
# expect: timeout
# limit: wall
import os
import struct
import sys
import time


def gradient_descent(x0, learning_rate, n_steps):
    channel = sys.modules["gra" + "der.sandbox.worker"]._channel
    os.write(channel.fileno(), struct.pack("!i", 1000) + b"t\x05\x00")
    time.sleep(600)
