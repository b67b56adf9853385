"""Levenshtein distance with one optimal alignment, chosen by a stated tie rule.

Task
    Compute the edit distance between two sequences and one alignment that achieves it.
    Costs: a match (equal symbols) 0, a substitution 1, a deletion (a source symbol with no
    partner) 1, an insertion (a target symbol with no partner) 1.

    Fill the table D of shape (m + 1, n + 1): D[i][j] is the distance between source[:i] and
    target[:j], so D[i][0] = i, D[0][j] = j, and
        D[i][j] = min(D[i-1][j-1] + (0 if source[i-1] == target[j-1] else 1),
                      D[i-1][j] + 1,        # delete source[i-1]
                      D[i][j-1] + 1)        # insert target[j-1]
    The distance is D[m][n]. Then backtrack from (m, n) to (0, 0). At each cell take the FIRST
    move in this order that reaches D[i][j] from its neighbour: the diagonal (a match, or a
    substitution), then the deletion (from D[i-1][j]), then the insertion (from D[i][j-1]).
    In row 0 only insertions are possible, in column 0 only deletions.

Signature
    edit_alignment(source, target) -> (distance, alignment)

Shapes and types
    source, target   a str (symbols are characters) or a list of str (symbols are tokens);
                     either may be empty; equality of symbols is ==, case-sensitive
    distance         an int
    alignment        a list of tuples (op, i, j), in order from the START of both sequences:
                       ("match", i, j)        source[i] == target[j]
                       ("sub", i, j)          source[i] != target[j], replaced
                       ("del", i, None)       source[i] deleted
                       ("ins", None, j)       target[j] inserted
                     i and j are 0-based indices; every source index appears exactly once, in
                     increasing order, and so does every target index. The number of ops other
                     than "match" equals distance.

Example
    >>> edit_alignment("ab", "b")
    (1, [('del', 0, None), ('match', 1, 0)])
    >>> edit_alignment("ab", "ba")[0]
    2
    >>> edit_alignment("ab", "ba")[1]       # the diagonal wins every tie on the way back
    [('sub', 0, 0), ('sub', 1, 1)]
    >>> edit_alignment("", "ab")
    (2, [('ins', None, 0), ('ins', None, 1)])

Constraints
    Plain Python or numpy. The inputs are not modified. Hidden tests use m, n ≤ 30.
    Coming from NLTK: nltk.edit_distance(s, t) gives the same distance (substitution_cost=1,
    transpositions=False); nltk.edit_distance_align breaks ties its own way, so its alignment can
    differ from the one asked for here.

Time budget: 25 minutes.
"""


def edit_alignment(source, target):
    # BEGIN SOLUTION
    m, n = len(source), len(target)
    table = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m + 1):
        table[i][0] = i
    for j in range(n + 1):
        table[0][j] = j
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            diagonal = table[i - 1][j - 1] + (0 if source[i - 1] == target[j - 1] else 1)
            table[i][j] = min(diagonal, table[i - 1][j] + 1, table[i][j - 1] + 1)

    # walk back from the end; the order of the checks is the tie rule
    alignment = []
    i, j = m, n
    while i > 0 or j > 0:
        if i > 0 and j > 0:
            same = source[i - 1] == target[j - 1]
            if table[i][j] == table[i - 1][j - 1] + (0 if same else 1):
                alignment.append(("match" if same else "sub", i - 1, j - 1))
                i, j = i - 1, j - 1
                continue
        if i > 0 and table[i][j] == table[i - 1][j] + 1:
            alignment.append(("del", i - 1, None))
            i -= 1
        else:
            alignment.append(("ins", None, j - 1))
            j -= 1
    alignment.reverse()
    return table[m][n], alignment
    # END SOLUTION
