"""Writes its own reply on the channel: six million empty lists in 30 MB (the "empty set"
opcodes of a pickle did the same: each byte or five becomes an object of 56 bytes or more),
then the old pickle flood itself."""
# expect: forbidden
import struct
import sys


def gradient_descent(x0, learning_rate, n_steps):
    channel = sys.modules["gra" + "der.sandbox.worker"]._channel
    n = 6_000_000
    channel.send_bytes(b"l" + struct.pack("<I", n) + b"l\0\0\0\0" * n)
    channel.send_bytes(b"\x80\x05" + b"\x8f" * 20_000_000 + b".")
    import time
    time.sleep(60)
