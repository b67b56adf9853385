"""Compensated summation (Kahan–Babuška–Neumaier).

Task
    Add up a list of floats with a running compensation that recovers the low-order bits every
    addition rounds away. Exactly this loop (Neumaier's improvement of Kahan's algorithm):

        total = 0.0;  c = 0.0
        for x in values (each converted to a Python float first):
            t = total + x
            if |total| ≥ |x|:  c += (total − t) + x      the bits of x that t lost
            else:              c += (x − t) + total      the bits of total that t lost
            total = t
        return total + c

    Kahan's original (which subtracts the compensation from the NEXT value) fails when a later
    value is larger than the running total: [1.0, 1e100, 1.0, −1e100] sums to 0.0 under Kahan,
    and to the correct 2.0 here. Plain left-to-right addition gives 0.1 + 0.2 + 0.3 =
    0.6000000000000001; this gives 0.6.

Signature
    compensated_sum(values) -> float

Shapes and types
    values   a list of numbers (floats or ints) or a 1-D numpy array (float64, float32 or int)
             of n ≥ 0 finite values
    returns  a float (also for an empty input, and for int values)

Example
    >>> compensated_sum([0.1, 0.2, 0.3]), sum([0.1, 0.2, 0.3])
    (0.6, 0.6000000000000001)
    >>> compensated_sum([1e16, 1.0, -1e16])           # plain addition loses the 1.0
    1.0

Constraints
    Plain Python (or numpy for reading the input); no math.fsum, which solves a harder problem
    (the exactly rounded sum) and would make this trivial. Do not modify values. The empty sum
    is 0.0. Sums whose intermediate values overflow, and inf or nan inputs, are not tested.
    The hand-checked cases are compared EXACTLY (no tolerance: the last bits are the point);
    on random inputs any result within a relative 1e-15 of this loop's passes, so an exactly
    rounded sum (math.fsum's result) passes too.
    The hidden tests use at most 200 values, with magnitudes up to 1e100.

Time budget: 15 minutes.
"""


def compensated_sum(values):
    # BEGIN SOLUTION
    # Complexity: O(n) time, O(1) extra memory (n values).
    total = 0.0
    compensation = 0.0
    for x in values:
        x = float(x)
        t = total + x
        # (big − t) + small is the rounding error of big + small, exactly, when |big| ≥ |small|.
        if abs(total) >= abs(x):
            compensation += (total - t) + x
        else:
            compensation += (x - t) + total
        total = t
    return total + compensation
    # END SOLUTION
