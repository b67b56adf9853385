"""Asymmetric (affine) uint8 quantisation with a zero point, as PyTorch's MinMax observer.

Task
    Quantise a float array to uint8 codes 0..255 with a scale and an integer zero point, so
    that a range that is not centred on 0 (activations after a ReLU, say) uses all 256 codes,
    and dequantise it back:

        min_val    = min(min(x), 0.0)          max_val = max(max(x), 0.0)   (the range holds 0)
        scale      = max((max_val − min_val) / 255, EPS)      EPS = 2**-23 ≈ 1.19e-7
        zero_point = clamp(0 − round(min_val / scale), 0, 255)        a Python int
        q          = clamp(round(x / scale) + zero_point, 0, 255)     as np.uint8
        x̂          = (q − zero_point) · scale                         (dequantise)

    The rules, exactly:
    - The range is widened to include 0, so the float 0.0 is exactly representable: it is the
      code zero_point, and dequantises to exactly 0.0. An all-positive x has zero_point 0; an
      all-negative x has zero_point 255.
    - All arithmetic in float64; x / scale is a DIVISION. round is half to EVEN (np.round,
      torch.round): 2.5 → 2, -2.5 → -2, 0.5 → 0, -1.5 → -2. It applies twice, separately: once
      to min_val / scale for the zero point, once to x / scale before adding the zero point
      (never round(x / scale + zero_point) with an unrounded zero point).
    - EPS (float32's machine epsilon, 2**-23 = 1.1920928955078125e-07) is a floor for the
      scale: an all-zero x, or one whose range is below 255·EPS, gets scale EPS exactly.
    - Dequantising subtracts in a signed type (q is uint8: 0 − 128 must be −128, not 128).

Signature
    quantize_affine(x) -> (q, scale, zero_point)
    dequantize_affine(q, scale, zero_point) -> numpy.ndarray

Shapes and types
    x           a numpy array of floats (or ints) with at least one dimension and one entry
    q           a NEW np.uint8 array of x's shape
    scale       a Python float;  zero_point  a Python int in [0, 255]
    dequantize_affine returns a NEW float64 array of q's shape. The inputs are not modified.

Example
    >>> q, scale, zero_point = quantize_affine(np.array([-64.0, 0.0, 0.25, 0.75, -0.75, 63.5]))
    >>> q, scale, zero_point
    (array([  0, 128, 128, 130, 126, 255], dtype=uint8), 0.5, 128)
    >>> dequantize_affine(q, scale, zero_point)
    array([-64. ,   0. ,   0. ,   1. ,  -1. ,  63.5])
    >>> quantize_affine(np.array([2.0, 127.5]))
    (array([  4, 255], dtype=uint8), 0.5, 0)

Constraints
    numpy only. Raise ValueError when x has no entries or is 0-dimensional, or holds nan or
    ±inf. The hidden tests use arrays of at most 3 dimensions and 60 entries, values of
    magnitude up to 1e6 and as small as 1e-6, both signs.

    Coming from PyTorch: this is torch.ao.quantization.MinMaxObserver(dtype=torch.quint8,
    qscheme=torch.per_tensor_affine) followed by torch.quantize_per_tensor, with two
    differences: PyTorch computes the scale in float32 and quantises with x times 1/scale
    (so a value within float32 rounding of a half step can land on the other code).

Time budget: 15 minutes.
"""
import numpy as np

EPS = 2.0 ** -23


def quantize_affine(x):
    # BEGIN SOLUTION
    # Complexity: O(n) time and memory (n entries).
    x = np.asarray(x, dtype=np.float64)
    if x.ndim == 0 or x.size == 0:
        raise ValueError("x must have at least one dimension and one entry")
    if not np.all(np.isfinite(x)):
        raise ValueError("x must be finite")
    # Widen the range to hold 0, so that 0.0 gets an exact code.
    min_val = min(float(np.min(x)), 0.0)
    max_val = max(float(np.max(x)), 0.0)
    scale = max((max_val - min_val) / 255.0, EPS)
    zero_point = int(np.clip(0 - np.round(min_val / scale), 0, 255))
    q = np.clip(np.round(x / scale) + zero_point, 0, 255).astype(np.uint8)
    return q, scale, zero_point
    # END SOLUTION


def dequantize_affine(q, scale, zero_point):
    # BEGIN SOLUTION
    # Subtract in a signed type: uint8 arithmetic would wrap 0 - 128 around to 128.
    return (np.asarray(q).astype(np.int64) - int(zero_point)) * float(scale)
    # END SOLUTION
