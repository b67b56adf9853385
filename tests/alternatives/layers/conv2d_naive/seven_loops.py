"""Every index in a Python loop, reading the zero padding through a bounds check instead of np.pad.
"""
import numpy as np


def conv2d_forward(x, w, b, stride=1, padding=0):
    N, C, H, W = x.shape
    F, _, KH, KW = w.shape
    Ho = (H + 2 * padding - KH) // stride + 1
    Wo = (W + 2 * padding - KW) // stride + 1
    if KH > H + 2 * padding or KW > W + 2 * padding:
        raise ValueError(f"kernel {KH}x{KW} larger than padded input")
    out = np.zeros((N, F, Ho, Wo), dtype=np.float64)
    for n in range(N):
        for f in range(F):
            for i in range(Ho):
                for j in range(Wo):
                    total = float(b[f])
                    for c in range(C):
                        for u in range(KH):
                            for v in range(KW):
                                r, s = i * stride + u - padding, j * stride + v - padding
                                if 0 <= r < H and 0 <= s < W:
                                    total += w[f, c, u, v] * x[n, c, r, s]
                    out[n, f, i, j] = total
    return out
