"""Writes a length header that claims a reply of more than 2 GiB (the 8-byte form) and sends
nothing after it."""
# expect: forbidden
import os
import struct
import sys
import time


def gradient_descent(x0, learning_rate, n_steps):
    channel = sys.modules["gra" + "der.sandbox.worker"]._channel
    os.write(channel.fileno(), struct.pack("!i", -1) + struct.pack("!Q", 3 * 1024 ** 3))
    time.sleep(600)
