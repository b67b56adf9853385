"""np.einsum in int64 (wider than needed, also exact), cast to int32; np.rint for the rounding."""
import numpy as np


def quantized_matmul(a_q, a_scale, b_q, b_scale, out_scale):
    a_q, b_q = np.asarray(a_q), np.asarray(b_q)
    if a_q.ndim != 2 or b_q.ndim != 2 or a_q.dtype != np.int8 or b_q.dtype != np.int8:
        raise ValueError("2-D int8 arrays expected")
    if a_q.shape[1] != b_q.shape[0]:
        raise ValueError("shapes")
    col = np.broadcast_to(np.asarray(b_scale, dtype=float), (b_q.shape[1],)) if np.ndim(b_scale) == 0 \
        else np.asarray(b_scale, dtype=float)
    if col.shape != (b_q.shape[1],):
        raise ValueError("b_scale")
    if not (a_scale > 0 and out_scale > 0 and np.all(col > 0)) or not np.isfinite([a_scale, out_scale, *col]).all():
        raise ValueError("scales")
    acc = np.einsum("ik,kj->ij", a_q.astype(np.int64), b_q.astype(np.int64)).astype(np.int32)
    scaled = acc * ((a_scale * col) / out_scale)[np.newaxis, :]
    return acc, np.rint(np.clip(scaled, -127, 127)).astype(np.int8)
