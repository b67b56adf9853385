"""Bilinear resize of an image, with PyTorch's two align_corners conventions.

Task
    Resize an image to out_h × out_w by bilinear interpolation. Each output pixel (i, j) reads
    the input at a continuous source position (y, x) and blends the 2 × 2 input pixels around
    it. The rows and the columns are mapped independently; for one axis with input size n_in,
    output size n_out and output index d:

    align_corners=False (the default; "half-pixel centres"): pixels are unit squares whose
    centres are at index + 0.5, and the two images cover the same extent:

        src = (d + 0.5) · n_in / n_out − 0.5,   then src = max(src, 0)   (clamped below at 0)

    align_corners=True: the centres of the corner pixels line up:

        src = d · (n_in − 1) / (n_out − 1)      when n_out > 1;   src = 0 when n_out = 1

    Then with i0 = floor(src), i1 = min(i0 + 1, n_in − 1) and t = src − i0, the value along that
    axis is (1 − t)·v[i0] + t·v[i1] (so past the last pixel the edge value is repeated). In 2-D,
    blend along x within rows y0 and y1, then along y (the order does not change the value).
    No antialiasing: downsampling reads only the 2 × 2 neighbours of each source position.

Signature
    resize_bilinear(image, out_h, out_w, *, align_corners=False) -> resized, a float64 array

Shapes and types
    image: (H, W) or (C, H, W), any real dtype, C, H, W >= 1, every pixel finite (with inf or
    NaN pixels the result is not specified and not tested); out_h, out_w: ints >= 1.
    resized: a new float64 array (out_h, out_w) or (C, out_h, out_w) (each channel on its own).

Example
    >>> import numpy as np
    >>> resize_bilinear(np.array([[0.0, 1.0]]), 1, 4).tolist()
    [[0.0, 0.25, 0.75, 1.0]]
    >>> resize_bilinear(np.array([[0.0, 1.0]]), 1, 4, align_corners=True).tolist()
    [[0.0, 0.3333333333333333, 0.6666666666666666, 1.0]]

Constraints
    Plain Python and numpy. ValueError for: image not 2-D or 3-D, or with H = 0 or W = 0 (or
    C = 0); out_h or out_w not an int >= 1 (a bool is not an int here). The output size equal to
    the input size returns a copy of the image (as float64) in both modes. The inputs are not
    modified.

    Coming from PyTorch: torch.nn.functional.interpolate(x, size=(out_h, out_w),
    mode="bilinear", align_corners=...) on a (N, C, H, W) tensor computes the same when you pass
    `size` (with scale_factor= PyTorch uses 1/scale_factor in the source mapping instead of
    n_in/n_out, unless recompute_scale_factor=True), with antialias=False (its default).
    PyTorch's default align_corners is None, which behaves as False (with a warning in older
    versions). OpenCV's cv2.resize(INTER_LINEAR) uses the same half-pixel mapping as
    align_corners=False. TensorFlow 1's legacy resize_bilinear (src = d · n_in / n_out, no
    half-pixel shift) is neither mode.

    The hidden tests use C ≤ 3 and sizes up to 40.

Time budget: 25 minutes.
"""
import numpy as np


def resize_bilinear(image, out_h, out_w, *, align_corners=False):
    # BEGIN SOLUTION
    # Complexity: O(C·out_h·out_w) time and memory (C channels), plus O(out_h + out_w) for the weights.
    image = np.asarray(image)
    if image.ndim not in (2, 3) or 0 in image.shape:
        raise ValueError("image must be (H, W) or (C, H, W) and not empty")
    for size in (out_h, out_w):
        if isinstance(size, bool) or not isinstance(size, (int, np.integer)) or size < 1:
            raise ValueError("out_h and out_w must be ints >= 1")
    image = image.astype(np.float64)
    axes = []  # per axis: the two source indices and the weight of the second, per output index
    for n_in, n_out in ((image.shape[-2], out_h), (image.shape[-1], out_w)):
        d = np.arange(n_out, dtype=np.float64)
        if align_corners:
            src = d * ((n_in - 1) / (n_out - 1)) if n_out > 1 else np.zeros(n_out)
        else:
            src = np.maximum((d + 0.5) * (n_in / n_out) - 0.5, 0.0)
        i0 = np.minimum(np.floor(src).astype(np.int64), n_in - 1)
        axes.append((i0, np.minimum(i0 + 1, n_in - 1), src - i0))
    (y0, y1, ty), (x0, x1, tx) = axes
    # blend along x within the two source rows, then along y
    top = image[..., y0, :][..., x0] * (1 - tx) + image[..., y0, :][..., x1] * tx
    bottom = image[..., y1, :][..., x0] * (1 - tx) + image[..., y1, :][..., x1] * tx
    return top * (1 - ty)[:, None] + bottom * ty[:, None]
    # END SOLUTION
