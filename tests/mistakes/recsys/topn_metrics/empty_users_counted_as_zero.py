"""Counts the users with no relevant item as 0 instead of skipping them.

A user with nothing held out has nothing to find: leave them out of the means.
"""

def topn_metrics(recommended, relevant, *, k):
    if len(recommended) != len(relevant) or k < 1:
        raise ValueError("bad input")
    ps, rs, aps = [], [], []
    for ranked, wanted in zip(recommended, relevant):
        ranked, wanted = [int(x) for x in ranked], {int(x) for x in wanted}
        if len(set(ranked)) != len(ranked):
            raise ValueError("repeated item")
        if not wanted:
            ps.append(0.0); rs.append(0.0); aps.append(0.0); continue
        top = ranked[:k]
        hits, psum = 0, 0.0
        for rank, item in enumerate(top, start=1):
            if item in wanted:
                hits += 1
                psum += hits / rank
        ps.append(hits / k)
        rs.append(hits / len(wanted))
        aps.append(psum / len(wanted))
    if not ps:
        raise ValueError("no user has a relevant item")
    return sum(ps) / len(ps), sum(rs) / len(rs), sum(aps) / len(aps)
