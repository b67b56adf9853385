"""Python ints throughout (no overflow concerns), shard starts from the closed form r·base + min(r, extra)."""
import numpy as np


def zero_sharding(n_params, n_ranks, stage, bytes_param=2, bytes_grad=2, bytes_optim=12):
    args = (n_params, n_ranks, stage, bytes_param, bytes_grad, bytes_optim)
    if any(type(a) is not int for a in args):
        raise ValueError("ints only")
    if stage not in range(4) or n_ranks < 1 or n_params < 0 or min(args[3:]) < 0:
        raise ValueError("out of range")
    base, extra = divmod(n_params, n_ranks)
    starts = [r * base + min(r, extra) for r in range(n_ranks + 1)]
    rows, totals = [], []
    for r in range(n_ranks):
        own = starts[r + 1] - starts[r]
        kept = {
            "param": own if stage == 3 else n_params,
            "grad": own if stage >= 2 else n_params,
            "optim": own if stage >= 1 else n_params,
        }
        rows.append([starts[r], starts[r + 1]])
        totals.append(kept["param"] * bytes_param + kept["grad"] * bytes_grad + kept["optim"] * bytes_optim)
    return np.array(rows, dtype=np.int64).reshape(n_ranks, 2), np.array(totals, dtype=np.int64)
