"""np.digitize on the full edge list with right=True (an edge value stays in the lower bin), minus 1, 0 clipped into bin 0."""
import numpy as np
def expected_calibration_error(y_true, probs, *, n_bins):
    y = np.asarray(y_true); p = np.asarray(probs, dtype=float)
    if n_bins < 1 or y.size == 0 or p.ndim not in (1, 2) or len(p) != len(y):
        raise ValueError
    if p.ndim == 2:
        conf = p.max(1); o = (p.argmax(1) == y).astype(float)
    else:
        conf = p; o = (y == 1).astype(float)
    edges = np.linspace(0, 1, n_bins + 1)
    idx = np.clip(np.digitize(conf, edges, right=True) - 1, 0, n_bins - 1)
    ece = 0.0
    for b in np.unique(idx):
        m = idx == b
        ece += m.mean() * abs(o[m].mean() - conf[m].mean())
    return float(ece)
