"""An LM data loader: pack documents into fixed-length rows, with the shift and a document mask.

Task
    Pretraining packs many short documents into rows of seq_len tokens, so no compute is
    spent on padding. Build the batch:

    1. stream   = doc_0 + [eos_id] + doc_1 + [eos_id] + …   (every document, an empty one
                  included, is followed by one eos_id, which belongs to that document)
    2. rows     R = (len(stream) − 1) // seq_len; row r reads stream[r·L : r·L + L + 1]
                  (L = seq_len): inputs[r] = its first L tokens, targets[r] = its last L (the
                  next-token shift). Consecutive rows overlap by one token, so every token of
                  the stream after the first is a target exactly once, up to the last full row;
                  the remainder is dropped.
    3. segment_ids[r, t]    the index in docs of the document inputs[r, t] belongs to
       positions[r, t]      its position WITHIN its document (0 at the document's first token,
                            len(doc) at its eos), continuing across rows for a document that
                            is split between two rows
       attention_mask[r, i, j]  True when input j may be attended by input i: j ≤ i (causal)
                            and both in the same document (no attention across documents)
       loss_mask[r, t]      True except where inputs[r, t] is an eos_id: that target is the
                            first token of the next document, which the document mask hides.

Signature
    pack_documents(docs, seq_len, eos_id)
        -> (inputs, targets, segment_ids, positions, attention_mask, loss_mask)

Shapes and types
    docs     a list of lists of ints ≥ 0 (possibly empty lists; possibly no document), none of
             which contains eos_id
    seq_len  an int L ≥ 1; eos_id an int ≥ 0
    returns  a tuple of new arrays: inputs, targets, segment_ids, positions int64 (R, L);
             attention_mask bool (R, L, L); loss_mask bool (R, L). R = 0 gives shapes (0, L)
             and (0, L, L). Hidden tests use at most 6 documents and 40 stream tokens.

Example
    >>> inputs, targets, segments, positions, attention, loss = pack_documents([[5, 6, 7], [8], [9, 10]], 3, 0)
    >>> inputs.tolist(), targets.tolist()         # stream 5 6 7 0 8 0 9 10 0: 2 rows
    ([[5, 6, 7], [0, 8, 0]], [[6, 7, 0], [8, 0, 9]])
    >>> segments.tolist(), positions.tolist(), loss.tolist()
    ([[0, 0, 0], [0, 1, 1]], [[0, 1, 2], [3, 0, 1]], [[True, True, True], [False, True, False]])
    >>> attention[1].astype(int).tolist()         # the eos of doc 0 sees only itself in row 1
    [[1, 0, 0], [0, 1, 0], [0, 1, 1]]

Constraints
    numpy only. The inputs are not modified. Raise ValueError if seq_len < 1.
    Attention inside a row only: a document split across rows sees, in the second row, only
    its tokens in that row (positions still count from the document's start).
    Coming from Hugging Face: DataCollatorWithFlattening returns position_ids that restart at
    each document, as ours do; GPT-style loaders often skip the document mask (every token
    sees the whole row) and keep the cross-document target: here both are masked.

Time budget: 25 minutes.
"""
import numpy as np


def pack_documents(docs, seq_len, eos_id):
    # BEGIN SOLUTION
    # Complexity: O(n + R·L²) time and memory (n stream tokens, R rows of L; the attention masks are R·L²).
    if seq_len < 1:
        raise ValueError(f"seq_len must be at least 1, not {seq_len}")
    stream, segment, position = [], [], []
    for index, doc in enumerate(docs):
        for offset, token in enumerate(list(doc) + [eos_id]):
            stream.append(token)
            segment.append(index)
            position.append(offset)
    stream = np.array(stream, dtype=np.int64)
    segment = np.array(segment, dtype=np.int64)
    position = np.array(position, dtype=np.int64)
    L = seq_len
    R = max(len(stream) - 1, 0) // L
    starts = np.arange(R)[:, None] * L + np.arange(L)[None, :]      # (R, L) stream indices
    inputs, targets = stream[starts], stream[starts + 1]
    segment_ids, positions = segment[starts], position[starts]
    causal = np.tril(np.ones((L, L), dtype=bool))
    same_doc = segment_ids[:, :, None] == segment_ids[:, None, :]
    attention_mask = causal[None] & same_doc
    loss_mask = inputs != eos_id
    return inputs, targets, segment_ids, positions, attention_mask, loss_mask
    # END SOLUTION
