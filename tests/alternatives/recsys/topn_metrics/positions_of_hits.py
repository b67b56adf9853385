"""From the sorted ranks of the hits: the j-th hit at rank r_j contributes j / r_j."""


def topn_metrics(recommended, relevant, *, k):
    if not k >= 1:
        raise ValueError("k")
    if len(recommended) != len(relevant):
        raise ValueError("lengths")
    totals = [0.0, 0.0, 0.0]
    users = 0
    for ranked, wanted in zip(recommended, relevant):
        ranked = list(ranked)
        if len(ranked) != len(set(ranked)):
            raise ValueError("duplicate in a list")
        wanted = set(int(w) for w in wanted)
        if len(wanted) == 0:
            continue
        users += 1
        hit_ranks = [r for r, item in enumerate(ranked, start=1) if r <= k and int(item) in wanted]
        totals[0] += len(hit_ranks) / k
        totals[1] += len(hit_ranks) / len(wanted)
        totals[2] += sum(j / r for j, r in enumerate(hit_ranks, start=1)) / len(wanted)
    if users == 0:
        raise ValueError("nobody has relevant items")
    return totals[0] / users, totals[1] / users, totals[2] / users
