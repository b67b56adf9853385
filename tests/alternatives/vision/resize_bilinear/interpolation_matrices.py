"""Separable: one (n_out, n_in) interpolation matrix per axis, then R_y · image · R_xᵀ (per channel)."""
import numpy as np


def _matrix(n_in, n_out, align_corners):
    R = np.zeros((n_out, n_in))
    for d in range(n_out):
        if align_corners:
            src = d * (n_in - 1) / (n_out - 1) if n_out > 1 else 0.0
        else:
            src = max((d + 0.5) * n_in / n_out - 0.5, 0.0)
        lo = min(int(np.floor(src)), n_in - 1)
        hi = min(lo + 1, n_in - 1)
        t = src - lo
        R[d, lo] += 1 - t
        R[d, hi] += t
    return R


def resize_bilinear(image, out_h, out_w, *, align_corners=False):
    img = np.array(image, dtype=np.float64)
    if img.ndim not in (2, 3) or img.size == 0:
        raise ValueError("image")
    if any(type(s) is bool or not isinstance(s, (int, np.integer)) or s < 1 for s in (out_h, out_w)):
        raise ValueError("size")
    Ry = _matrix(img.shape[-2], out_h, align_corners)
    Rx = _matrix(img.shape[-1], out_w, align_corners)
    return Ry @ img @ Rx.T
