"""Streaming mean and variance: Welford's update and Chan's merge.

Task
    Summarise a stream of numbers in one pass and O(1) memory as a partial result
    (count, mean, m2), where m2 = Σ (x − mean)² is the sum of squared deviations.

    welford(values): start from (0, 0.0, 0.0) and, for each x in order,
        count += 1;  delta = x − mean;  mean += delta / count;  m2 += delta · (x − mean)
    (the second factor uses the UPDATED mean). Never form Σx² − n·mean²: for data like
    1e9 + [4, 7, 13, 16] the two terms agree in every digit and their difference is garbage.

    merge(a, b): combine the partial results of two disjoint chunks (Chan et al., 1979), so
    chunks can be summarised in parallel and merged:
        n = n_a + n_b;   delta = mean_b − mean_a
        mean = mean_a + delta · n_b / n
        m2   = m2_a + m2_b + delta² · n_a · n_b / n
    The merge of two empty partials is (0, 0.0, 0.0); merging with an empty partial gives
    the other one's values.

    variance(state, ddof=0): m2 / (count − ddof). ddof=0 is the population variance
    (np.var's default), ddof=1 the unbiased sample variance (np.var(x, ddof=1), pandas'
    default, statistics.variance).

Signature
    welford(values) -> (count, mean, m2)
    merge(a, b) -> (count, mean, m2)
    variance(state, *, ddof=0) -> float

Shapes and types
    values   a list of numbers or a 1-D numpy array (floats or ints) of length n ≥ 0
    a, b     partial results: tuples (count, mean, m2) as returned by welford or merge
    state    a partial result
    ddof     an int ≥ 0
    returns  welford and merge: a tuple (count, mean, m2) of an int and two floats (also for
             empty input, and for int values); variance: a float

Example
    >>> welford([2, 4, 4, 4, 5, 5, 7, 9])
    (8, 5.0, 32.0)
    >>> merge(welford([2, 4, 4, 4]), welford([5, 5, 7, 9]))
    (8, 5.0, 32.0)
    >>> variance((8, 5.0, 32.0)), round(variance((8, 5.0, 32.0), ddof=1), 6)
    (4.0, 4.571429)

Constraints
    Plain Python or numpy, one pass over values. Do not modify the inputs. The empty stream
    is (0, 0.0, 0.0): its mean is 0.0 by this convention (np.mean of nothing is nan).
    variance raises ValueError when count − ddof ≤ 0 (count = ddof included: the sample
    variance of one value is undefined); np.var returns nan or inf with a warning there.
    Results must agree with the exact values to a relative 1e-6, also for data with a large
    offset such as 1e9 + [4, 7, 13, 16] (m2 = 90).
    The hidden tests use at most 50 values, with magnitudes up to about 10⁹.

Time budget: 20 minutes.
"""


def welford(values):
    # BEGIN SOLUTION
    # Complexity: O(n) time, O(1) extra memory (n values, one pass).
    count, mean, m2 = 0, 0.0, 0.0
    for x in values:
        x = float(x)
        count += 1
        delta = x - mean
        mean += delta / count
        m2 += delta * (x - mean)     # old deviation times new deviation: stays ≥ 0
    return count, mean, m2
    # END SOLUTION


def merge(a, b):
    # BEGIN SOLUTION
    n_a, mean_a, m2_a = a
    n_b, mean_b, m2_b = b
    n = n_a + n_b
    if n == 0:
        return 0, 0.0, 0.0
    delta = float(mean_b) - float(mean_a)
    # Weighted by the chunk sizes: the bigger chunk pulls the mean harder.
    mean = float(mean_a) + delta * n_b / n
    m2 = float(m2_a) + float(m2_b) + delta * delta * n_a * n_b / n
    return int(n), mean, m2
    # END SOLUTION


def variance(state, *, ddof=0):
    # BEGIN SOLUTION
    count, _, m2 = state
    if count - ddof <= 0:
        raise ValueError(f"variance with ddof={ddof} needs more than {ddof} value(s), got {count}")
    return float(m2) / (count - ddof)
    # END SOLUTION
