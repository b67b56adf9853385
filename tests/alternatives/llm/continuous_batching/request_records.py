"""One small record per request; remaining tokens counted down."""


class _Request:
    def __init__(self, rid, prompt_len, max_new_tokens):
        self.rid, self.prompt_len, self.remaining = rid, prompt_len, max_new_tokens


class Scheduler:
    def __init__(self, token_budget, max_batch):
        self.token_budget, self.max_batch = token_budget, max_batch
        self._waiting, self._running = [], []

    @property
    def waiting(self):
        return [r.rid for r in self._waiting]

    @property
    def running(self):
        return [r.rid for r in self._running]

    def add(self, request_id, prompt_len, max_new_tokens):
        if prompt_len < 1 or max_new_tokens < 1 or prompt_len > self.token_budget:
            raise ValueError("request cannot be scheduled")
        if any(r.rid == request_id for r in self._waiting + self._running):
            raise ValueError("duplicate id")
        self._waiting.append(_Request(request_id, prompt_len, max_new_tokens))

    def step(self):
        out = []
        left = self.token_budget - len(self._running)
        for r in self._running:
            out.append(r)
        chosen = []
        while self._waiting:
            head = self._waiting[0]
            if len(self._running) + len(chosen) >= self.max_batch or head.prompt_len > left:
                break
            chosen.append(self._waiting.pop(0))
            left -= head.prompt_len
        self._running.extend(chosen)
        scheduled = [[r.rid, 1] for r in out] + [[r.rid, r.prompt_len] for r in chosen]
        finished = []
        for r in out + chosen:
            r.remaining -= 1
            if r.remaining == 0:
                finished.append(r.rid)
        self._running = [r for r in self._running if r.remaining > 0]
        return scheduled, finished
