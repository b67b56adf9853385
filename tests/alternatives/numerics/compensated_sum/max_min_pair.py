"""Pick the larger- and smaller-magnitude operand with max/min, then one formula (big − t) + small."""
import numpy as np


def compensated_sum(values):
    s, comp = 0.0, 0.0
    for v in np.asarray(values, dtype=np.float64).tolist():
        big, small = max(s, v, key=abs), min(s, v, key=abs)
        if big is small:          # |s| == |v| and max/min picked the same object
            big, small = s, v
        t = big + small
        comp += (big - t) + small
        s = t
    return float(s + comp)
