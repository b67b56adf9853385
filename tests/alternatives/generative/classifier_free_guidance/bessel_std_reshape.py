"""Flatten to (batch, rest) and use the sample std with Bessel's correction: the ratio does not change.

Constant samples (np.ptp == 0, every one-entry sample among them) are found first, so the 0/0 of
Bessel's correction on one entry never happens.
"""
import numpy as np


def classifier_free_guidance(eps_uncond, eps_cond, guidance_scale, guidance_rescale=0.0):
    u = np.asarray(eps_uncond, dtype=np.float64)
    c = np.asarray(eps_cond, dtype=np.float64)
    if u.shape != c.shape or u.ndim < 2:
        raise ValueError("eps_uncond and eps_cond must share one (batch, ...) shape")
    if not (0.0 <= guidance_rescale <= 1.0):
        raise ValueError("guidance_rescale must be in [0, 1]")
    guided = u + guidance_scale * (c - u)
    if guidance_rescale == 0.0:
        return guided
    n = u.shape[0]
    rest = int(np.prod(u.shape[1:]))
    flat_g, flat_c = guided.reshape(n, rest), c.reshape(n, rest)
    if flat_g.shape[1] < 2:   # one entry per sample: a constant sample, ratio 1
        return guided.copy()
    varies = np.ptp(flat_g, axis=1) > 0
    std_g = flat_g.std(axis=1, ddof=1)
    std_c = np.where(np.ptp(flat_c, axis=1) > 0, flat_c.std(axis=1, ddof=1), 0.0)
    ratio = np.ones(n)
    ratio[varies] = std_c[varies] / std_g[varies]
    factor = (guidance_rescale * ratio + 1.0 - guidance_rescale).reshape((n,) + (1,) * (u.ndim - 1))
    return guided * factor
