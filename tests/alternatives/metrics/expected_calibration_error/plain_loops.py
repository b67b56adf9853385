"""Plain Python: assign each sample to a bin by comparing with the edges, then accumulate."""


def expected_calibration_error(y_true, probs, *, n_bins):
    y_true = [int(v) for v in y_true]
    rows = [list(map(float, r)) if hasattr(r, "__len__") else float(r) for r in probs]
    if n_bins < 1 or not y_true or len(rows) != len(y_true):
        raise ValueError("bad input")
    pairs = []
    for label, row in zip(y_true, rows):
        if isinstance(row, list):
            best = max(range(len(row)), key=lambda j: (row[j], -j))  # first index of the max
            pairs.append((row[best], 1.0 if best == label else 0.0))
        else:
            pairs.append((row, 1.0 if label == 1 else 0.0))
    totals = [[0, 0.0, 0.0] for _ in range(n_bins)]
    for c, o in pairs:
        b = 0
        while b < n_bins - 1 and c > (b + 1) / n_bins:
            b += 1
        totals[b][0] += 1
        totals[b][1] += c
        totals[b][2] += o
    n = len(pairs)
    return sum(cnt / n * abs(o / cnt - c / cnt) for cnt, c, o in totals if cnt)
