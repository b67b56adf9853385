# expect: failed
