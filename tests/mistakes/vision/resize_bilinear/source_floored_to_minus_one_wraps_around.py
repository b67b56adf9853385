"""The half-pixel source position is not clamped at 0: floor(−0.25) = −1, and numpy's index −1 reads the LAST pixel.

With align_corners=False, src = (d + 0.5)·n_in/n_out − 0.5 is negative near the top-left when upsampling: clamp it at 0 (src = max(src, 0)) before taking i0 = floor(src), so the first output pixels repeat the edge instead of blending in the opposite edge.
"""
import numpy as np


def resize_bilinear(image, out_h, out_w, *, align_corners=False):
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
            src = (d + 0.5) * (n_in / n_out) - 0.5
        i0 = np.minimum(np.floor(src).astype(np.int64), n_in - 1)
        axes.append((i0, np.minimum(i0 + 1, n_in - 1), src - i0))
    (y0, y1, ty), (x0, x1, tx) = axes
    # blend along x within the two source rows, then along y
    top = image[..., y0, :][..., x0] * (1 - tx) + image[..., y0, :][..., x1] * tx
    bottom = image[..., y1, :][..., x0] * (1 - tx) + image[..., y1, :][..., x1] * tx
    return top * (1 - ty)[:, None] + bottom * ty[:, None]
