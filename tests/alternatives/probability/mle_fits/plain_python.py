"""Plain Python: sums and loops over floats, no numpy."""
import math


def _floats(x):
    values = [float(v) for v in x]
    if not values:
        raise ValueError("empty data")
    return values


def gaussian_mle(x):
    values = _floats(x)
    n = len(values)
    mean = math.fsum(values) / n
    variance = math.fsum((v - mean) ** 2 for v in values) / n
    return mean, variance


def bernoulli_mle(x):
    values = _floats(x)
    if any(v not in (0.0, 1.0) for v in values):
        raise ValueError("observations must be 0 or 1")
    return sum(values) / len(values)


def poisson_mle(x):
    values = _floats(x)
    if any(v < 0 or not v.is_integer() for v in values):
        raise ValueError("counts must be non-negative integers")
    return math.fsum(values) / len(values)
