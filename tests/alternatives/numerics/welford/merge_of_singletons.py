"""welford as a fold of merge over one-value partials (x, 1 value, m2 0); merge via the weighted-mean form."""


def merge(a, b):
    n = a[0] + b[0]
    if n == 0:
        return (0, 0.0, 0.0)
    mean = (a[0] * a[1] + b[0] * b[1]) / n if a[0] and b[0] else (a[1] if a[0] else b[1])
    m2 = a[2] + b[2] + a[0] * (a[1] - mean) ** 2 + b[0] * (b[1] - mean) ** 2
    return (n, float(mean), float(m2))


def welford(values):
    state = (0, 0.0, 0.0)
    for x in values:
        state = merge(state, (1, float(x), 0.0))
    return state


def variance(state, *, ddof=0):
    if not state[0] > ddof:
        raise ValueError("too few values for this ddof")
    return float(state[2] / (state[0] - ddof))
