"""The shifted-data (assumed mean) algorithm: sums of x − K and (x − K)² with K the first value; Chan's merge written with both means."""


def welford(values):
    values = [float(v) for v in values]
    if not values:
        return (0, 0.0, 0.0)
    shift = values[0]
    n = len(values)
    total = sum(v - shift for v in values)
    total_sq = sum((v - shift) ** 2 for v in values)
    return (n, shift + total / n, max(total_sq - total * total / n, 0.0))


def merge(a, b):
    (na, ma, qa), (nb, mb, qb) = a, b
    n = na + nb
    if n == 0:
        return (0, 0.0, 0.0)
    mean = (na * ma + nb * mb) / n
    return (n, mean, qa + qb + na * (ma - mean) ** 2 + nb * (mb - mean) ** 2)


def variance(state, *, ddof=0):
    n, _, m2 = state
    if n <= ddof:
        raise ValueError(f"need more than {ddof} values")
    return m2 / (n - ddof)
