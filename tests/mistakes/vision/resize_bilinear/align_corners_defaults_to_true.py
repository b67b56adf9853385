"""align_corners defaults to True: a call that does not pass it lines up the corner pixels.

The default is align_corners=False (half-pixel centres, as PyTorch's default None and OpenCV): src = (d + 0.5)·n_in/n_out − 0.5; only an explicit align_corners=True uses d·(n_in − 1)/(n_out − 1).
"""
import numpy as np


def resize_bilinear(image, out_h, out_w, *, align_corners=True):
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
