"""Outside oracles for the layers references: scipy computes some of the same things.

Plain pytest tests (not hidden tests): each loads OUR REFERENCE from solutions/layers/ and compares
it with scipy on 20+ random inputs. PyTorch is not installed here; its conventions are stated in
each statement's "Coming from PyTorch" paragraph.
  - conv2d: scipy.signal.correlate (a cross-correlation, no flip) on the zero-padded input, summed
    over channels, subsampled by the stride, plus the bias.
  - pooling: scipy.ndimage.maximum_filter / uniform_filter with a K × K window whose origin is
    moved to its top-left corner (origin −(K // 2)), sampled every S pixels from (0, 0).
  - layer norm with gamma = 1, beta = 0, eps = 0 is scipy.stats.zscore over the last axis (ddof 0);
    batch norm in training mode is zscore over the batch axis, and its running_var update uses
    the unbiased variance (ddof 1), scipy's tvar / np.var(ddof=1).
"""
import importlib.util

import numpy as np
import pytest
from scipy import ndimage, signal, stats

from grader import ROOT


def _load(name):
    path = ROOT / "solutions" / "layers" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"oracle_layers_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SEEDS = range(24)


@pytest.mark.parametrize("seed", SEEDS)
def test_conv2d_matches_scipy_correlate(seed):
    conv = _load("conv2d_naive")
    rng = np.random.default_rng(seed)
    n, c, f = (int(v) for v in rng.integers(1, [3, 4, 4]))
    kh, kw = (int(v) for v in rng.integers(1, 4, size=2))
    h, w = kh + int(rng.integers(0, 6)), kw + int(rng.integers(0, 6))
    stride, padding = int(rng.integers(1, 4)), int(rng.integers(0, 3))
    x, weight, b = rng.standard_normal((n, c, h, w)), rng.standard_normal((f, c, kh, kw)), rng.standard_normal(f)
    ours = conv.conv2d_forward(x, weight, b, stride=stride, padding=padding)
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    theirs = np.empty_like(ours)
    for i in range(n):
        for j in range(f):
            full = signal.correlate(xp[i], weight[j], mode="valid")[0]     # channels summed by the valid 3-D correlation
            theirs[i, j] = full[::stride, ::stride] + b[j]
    np.testing.assert_allclose(ours, theirs, rtol=1e-10, atol=1e-10)


@pytest.mark.parametrize("seed", SEEDS)
def test_layer_norm_is_zscore_over_the_last_axis(seed):
    ln = _load("layer_norm")
    rng = np.random.default_rng(seed)
    shape = tuple(int(v) for v in rng.integers(2, 6, size=int(rng.integers(2, 4))))
    x = rng.normal(3.0, 2.0, size=shape)
    d = shape[-1]
    np.testing.assert_allclose(ln.layer_norm_forward(x, np.ones(d), np.zeros(d), eps=0.0),
                               stats.zscore(x, axis=-1, ddof=0), rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("seed", SEEDS)
def test_batch_norm_training_is_zscore_and_running_var_is_unbiased(seed):
    bn_module = _load("batch_norm")
    rng = np.random.default_rng(seed)
    n, d = int(rng.integers(2, 8)), int(rng.integers(1, 5))
    x = rng.normal(1.0, 3.0, size=(n, d))
    bn = bn_module.BatchNorm1d(d, eps=0.0, momentum=0.3)
    np.testing.assert_allclose(bn.forward(x), stats.zscore(x, axis=0, ddof=0), rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(bn.running_mean, 0.3 * x.mean(axis=0), rtol=1e-12)
    np.testing.assert_allclose(bn.running_var, 0.7 + 0.3 * stats.tvar(x, axis=0, ddof=1), rtol=1e-12)


@pytest.mark.parametrize("seed", SEEDS)
def test_pooling_matches_scipy_ndimage_filters(seed):
    pool = _load("pooling")
    rng = np.random.default_rng(seed)
    k = int(rng.integers(1, 4))
    x = rng.standard_normal((2, 2, k + int(rng.integers(0, 5)), k + int(rng.integers(0, 5))))
    origin = (0, 0, -(k // 2), -(k // 2))
    for stride in (None, 1, 2, 3):
        s = stride or k
        h_out, w_out = (x.shape[2] - k) // s + 1, (x.shape[3] - k) // s + 1
        for ours, filt in [(pool.max_pool_forward, ndimage.maximum_filter),
                           (pool.avg_pool_forward, ndimage.uniform_filter)]:
            theirs = filt(x, size=(1, 1, k, k), origin=origin, mode="constant")[:, :, :h_out * s:s, :w_out * s:s]
            np.testing.assert_allclose(ours(x, k, stride), theirs, rtol=1e-10, atol=1e-12)
